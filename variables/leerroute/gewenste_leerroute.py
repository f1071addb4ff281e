from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Leerroute
from inburgering_rules.wetten import BI2021, artikel


class gewenste_leerroute(Variable):
    """De leerroute waarnaar gewisseld zou worden (Bi2021 art. 5.4: wijzigen van de leerroute).
    ``GEEN``: geen wissel gevraagd."""

    value_type = Enum
    possible_values = Leerroute
    default_value = Leerroute.GEEN
    entity = Persoon
    definition_period = ETERNITY
    label = "Gewenste leerroute"
    reference = [artikel(BI2021, "5.4")]
