from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Diploma
from inburgering_rules.wetten import RI2021, WI2021, artikel


class diploma(Variable):
    """Hoogste Nederlandse diploma. Welke diploma's vrijstellen bepaalt Ri2021 art. 2.1 op grond van
    Wi2021 art. 4 lid 1 b, en onder de Wi2013 Besluit inburgering art. 2.3 lid 1 b op grond van Wi2013
    art. 5 lid 1 c (parameter ``inburgeringsplicht.vrijstellende_diplomas``, per datum)."""

    value_type = Enum
    possible_values = Diploma
    default_value = Diploma.GEEN
    entity = Persoon
    definition_period = ETERNITY
    label = "Hoogste Nederlandse diploma"
    reference = [artikel(WI2021, "4", lid=1), artikel(RI2021, "2.1")]
