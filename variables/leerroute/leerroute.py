from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Leerroute
from inburgering_rules.wetten import WI2021, artikel


class leerroute(Variable):
    """De leerroute die het college in het PIP vastlegde: B1-route (Wi2021 art. 7), onderwijsroute
    (art. 8) of zelfredzaamheidsroute (art. 9); vastgesteld op grond van de brede intake (art. 14) in
    het PIP (art. 15). ``GEEN``: (nog) geen route vastgelegd."""

    value_type = Enum
    possible_values = Leerroute
    default_value = Leerroute.GEEN
    entity = Persoon
    definition_period = ETERNITY
    label = "Leerroute in het PIP"
    reference = [artikel(WI2021, "7"), artikel(WI2021, "8"), artikel(WI2021, "9"), artikel(WI2021, "15")]
