from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import PW, artikel


class datum_aanvang_bijstand(Variable):
    """Dag waarop het recht op bijstand ontstond. Vanaf die dag telt de periode van zes maanden financieel
    ontzorgen (Participatiewet art. 56a). Niet opgegeven: (nog) geen bijstand. Een datum vóór
    ``datum_verblijfsrecht`` is onmogelijk (Pw art. 11 lid 2 en 3: alleen bij rechtmatig verblijf)."""

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Datum aanvang recht op bijstand"
    reference = [artikel(PW, "56a", lid=2), artikel(PW, "11")]
