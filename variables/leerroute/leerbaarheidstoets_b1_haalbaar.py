from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2021, artikel


class leerbaarheidstoets_b1_haalbaar(Variable):
    """Uitkomst van de leerbaarheidstoets in de brede intake (Wi2021 art. 14 lid 3 onderdeel a): is
    taalniveau B1 binnen de termijn haalbaar? Nee leidt tot de zelfredzaamheidsroute (art. 9 lid 1: "naar
    het oordeel van het college redelijkerwijs niet in staat"). Wie sinds de versie 2025-10-21 ontheffing
    van de toets kreeg (art. 14 lid 6: visuele of auditieve beperking), krijgt hier het oordeel van het
    college.

    Dit gegeven beslist de leerroute-indicatie. Een ja/nee-gegeven kent geen "onbekend", dus:
    - wordt het voor niemand in het verzoek opgegeven terwijl een Wi2021-inburgeringsplichtige een
      indicatie nodig heeft, dan stopt de berekening met een fout die dit gegeven noemt (geen stille
      aanname);
    - krijgt in een verzoek met meerdere personen alleen een deel een waarde, dan vult OpenFisca de
      anderen met de standaardwaarde waar: de B1-route is de hoofdroute van de wet (art. 7) en de
      Z-route vraagt een vastgestelde uitkomst "niet haalbaar" (art. 9).
    """

    value_type = bool
    default_value = True
    entity = Persoon
    definition_period = ETERNITY
    label = "Leerbaarheidstoets: B1 haalbaar"
    reference = [artikel(WI2021, "14"), artikel(WI2021, "9")]
