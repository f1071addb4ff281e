from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, WI2021, artikel

HVJ_C_158_23 = "https://www.rijksoverheid.nl/actueel/nieuws/2025/02/04/europese-hof-doet-uitspraak-over-nederlands-inburgeringsbeleid"


class bewezen_aanhoudend_gebrek_aan_integratiebereidheid(Variable):
    """Bij de asielstatushouder is een bewezen en aanhoudend gebrek aan bereidheid tot integratie
    vastgesteld. Het Hof van Justitie (4 februari 2025, C-158/23, ECLI:EU:C:2025:52) staat een boete
    voor een asielstatushouder alleen in uitzonderlijke gevallen toe, "zoals bij een bewezen en
    aanhoudend gebrek aan bereidheid tot integratie" (NJB; Rijksoverheid 4 februari 2025). Waar dit waar
    is, geldt de opschorting van de DUO-boetes voor asielstatushouders niet en volgen leerroute-, PVT/MAP-
    en Wi2013-boete de wet (Wi2021 art. 24, 25; Wi2013 art. 31). Rechtspraak, geen wettekst; het oordeel
    zelf is aan DUO en de rechter, niet aan dit model. Niet opgegeven: onwaar (het gebrek is niet
    bewezen)."""

    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = ETERNITY
    label = "Bewezen en aanhoudend gebrek aan integratiebereidheid (HvJ EU C-158/23)"
    reference = [HVJ_C_158_23, artikel(WI2021, "25", lid=1), artikel(WI2013, "31", lid=1)]
