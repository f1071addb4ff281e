from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class datum_kennisgeving_inburgeringsplicht(Variable):
    """Dag waarop DUO (Onze Minister) de persoon schriftelijk in kennis stelde van de inburgeringsplicht.
    Sinds de versie van 2023-01-01 van Bi2021 art. 5.3 lid 1 tellen de 10 weken voor het PIP vanaf deze
    dag (in de versie 2022-01-01 speelde de kennisgeving geen rol). Niet opgegeven: (nog) geen
    kennisgeving. Een dag vóór de geboortedatum is een fout."""

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Dagtekening kennisgeving inburgeringsplicht (DUO)"
    reference = [artikel(BI2021, "5.3", lid=1)]
