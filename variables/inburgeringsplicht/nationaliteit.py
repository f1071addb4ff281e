from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Nationaliteit
from inburgering_rules.wetten import WI2013, WI2021, artikel


class nationaliteit(Variable):
    """Nationaliteit. Alleen een vreemdeling kan inburgeringsplichtig zijn (Wi2021 art. 3 lid 1);
    EU/EER/Zwitserse onderdanen zijn uitgezonderd (Wi2013 art. 5 lid 2 a), Turkse onderdanen
    alleen vanaf een peildatum van hun verblijfsrecht."""

    value_type = Enum
    possible_values = Nationaliteit
    default_value = Nationaliteit.OVERIG
    entity = Persoon
    definition_period = ETERNITY
    label = "Nationaliteit"
    reference = [artikel(WI2021, "3", lid=1), artikel(WI2013, "5", lid=2)]
