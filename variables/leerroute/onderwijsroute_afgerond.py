from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2021, artikel


class onderwijsroute_afgerond(Variable):
    """De onderwijsroute (taalschakeltraject naar mbo, hbo of wo) is met succes afgerond (Wi2021 art. 8;
    seed 002 l.2524)."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Onderwijsroute afgerond"
    reference = [artikel(WI2021, "8")]
