from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class datum_kennisgeving_inburgeringsplicht(Variable):
    """Dag van de kennisgeving van DUO dat de persoon inburgeringsplichtig is. Met de inschrijving in
    de BRP bepaalt zij wanneer de termijn voor het vaststellen van het PIP begint (Bi2021 art. 5.3).
    Niet opgegeven: (nog) geen kennisgeving. Een dag vóór de geboortedatum is een fout."""

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Dagtekening kennisgeving inburgeringsplicht (DUO)"
    reference = [artikel(BI2021, "5.3")]
