from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2021, artikel


class datum_verblijfsrecht(Variable):
    """Dag waarop de IND het verblijfsrecht bekendmaakte: daarmee begint de inburgeringsplicht
    (Wi2021 art. 3). Niet opgegeven, of na de peildatum, betekent: (nog) geen rechtmatig verblijf."""

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Datum bekendmaking verblijfsrecht"
    reference = [artikel(WI2021, "3", lid=1)]
