from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class map_afgerond(Variable):
    """De module Arbeidsmarkt en Participatie is afgerond, met het eindgesprek met het college (Wi2021
    art. 6 lid 1 onderdeel b; Bi2021 art. 3.2)."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "MAP afgerond"
    reference = [artikel(WI2021, "6", lid=1), artikel(BI2021, "3.2")]
