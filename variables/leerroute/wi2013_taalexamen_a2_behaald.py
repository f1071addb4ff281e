from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, artikel


class wi2013_taalexamen_a2_behaald(Variable):
    """Onder de Wet inburgering (2013): het examenonderdeel van art. 7 lid 2 onderdeel b is behaald, "de
    examinering van mondelinge en schriftelijke vaardigheden in de Nederlandse taal op ten minste het
    niveau A2 van het Europese Raamwerk voor Moderne Vreemde Talen" (versie 2017-10-01), op of vóór de
    peildatum. Vanaf 2017-10-01 beboet DUO het niet behalen van de onderdelen
    b en c binnen de termijn (art. 31 lid 1, art. 33), niet het ontbreken van de participatieverklaring
    (onderdeel a, art. 28-30). Niet opgegeven: niet behaald (er is geen uitslag)."""

    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = ETERNITY
    label = "Wi2013: taalexamen A2 behaald (art. 7 lid 2 b)"
    reference = [artikel(WI2013, "7", lid=2), artikel(WI2013, "31", lid=1)]
