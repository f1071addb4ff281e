from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class datum_ontvangst_informatie_derde(Variable):
    """Dag waarop het college de informatie van een derde ontving waarop het wachtte
    (``pip_in_afwachting_van_informatie_derde``). Bi2021 art. 5.3 lid 2, tweede zin (versie 2023-01-01):
    "Uiterlijk twee weken na ontvangst van deze informatie stelt het college het plan alsnog vast."
    Niet opgegeven: (nog) niet ontvangen, dan loopt er nog geen uiterste datum. Een dag vóór de
    geboortedatum is een fout."""

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Dag van ontvangst van de informatie van een derde (PIP)"
    reference = [artikel(BI2021, "5.3", lid=2, versie="2023-01-01")]
