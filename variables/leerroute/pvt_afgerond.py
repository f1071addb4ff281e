from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class pvt_afgerond(Variable):
    """Het participatieverklaringstraject is afgerond, met ondertekening van de participatieverklaring
    (Wi2021 art. 6 lid 1 onderdeel a; Bi2021 art. 3.1)."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "PVT afgerond"
    reference = [artikel(WI2021, "6", lid=1), artikel(BI2021, "3.1")]
