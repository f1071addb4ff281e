from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Ontheffing
from inburgering_rules.wetten import WI2013, WI2021, artikel


class ontheffing(Variable):
    """Ontheffing die DUO namens de minister verleende: medisch (onderdeel a) of wegens bijzondere
    individuele omstandigheden (onderdeel b) — Wi2021 art. 5; Wi2013 art. 6 lid 1."""

    value_type = Enum
    possible_values = Ontheffing
    default_value = Ontheffing.GEEN
    entity = Persoon
    definition_period = ETERNITY
    label = "Ontheffing van de inburgeringsplicht"
    reference = [artikel(WI2021, "5"), artikel(WI2013, "6", lid=1)]
