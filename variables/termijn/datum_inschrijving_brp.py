from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class datum_inschrijving_brp(Variable):
    """Dag van inschrijving in de Basisregistratie Personen (BRP) in de gemeente. Was de persoon bij
    de kennisgeving van DUO nog niet ingeschreven, dan telt de termijn voor het PIP vanaf deze dag
    (Bi2021 art. 5.3). Niet opgegeven: (nog) niet ingeschreven."""

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Datum inschrijving in de BRP"
    reference = [artikel(BI2021, "5.3")]
