from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, artikel


class wi2013_knm_behaald(Variable):
    """Onder de Wet inburgering (2013): het examenonderdeel van art. 7 lid 2 onderdeel c is behaald, "de
    examinering van de kennis van de Nederlandse samenleving" (versie 2017-10-01),
    op of vóór de peildatum. Met ``wi2013_taalexamen_a2_behaald`` bepaalt dit vanaf 2017-10-01 of de
    examenboete van art. 31 en 33 kan volgen. Niet opgegeven: niet behaald (er is geen uitslag)."""

    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = ETERNITY
    label = "Wi2013: examen kennis van de Nederlandse samenleving behaald (art. 7 lid 2 c)"
    reference = [artikel(WI2013, "7", lid=2), artikel(WI2013, "31", lid=1)]
