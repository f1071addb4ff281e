from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Verblijfsgrond
from inburgering_rules.wetten import WI2021, artikel


class verblijfsgrond(Variable):
    """Grond van het rechtmatig verblijf (Vw2000 art. 8 a of c). Wi2021 art. 3 lid 1: plichtig is wie
    verblijft "anders dan voor een tijdelijk doel" of geestelijk bedienaar is; art. 13 lid 1 bepaalt
    wie asielstatushouder is (ook de nareiziger met een reguliere vergunning, onderdeel b)."""

    value_type = Enum
    possible_values = Verblijfsgrond
    default_value = Verblijfsgrond.GEEN
    entity = Persoon
    definition_period = ETERNITY
    label = "Verblijfsgrond"
    reference = [artikel(WI2021, "3", lid=1), artikel(WI2021, "13", lid=1)]
