from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2021, artikel


class geboortedatum(Variable):
    """Geboortedatum: bepaalt de leeftijdsgrenzen van Wi2021 art. 3 en 4 en de AOW-leeftijd.

    Niet opgegeven betekent onbekend (9999-12-31). Een uitkomst die van de leeftijd afhangt geeft
    dan een fout die dit gegeven noemt, in plaats van een leeftijd te raden.
    """

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Geboortedatum"
    reference = [artikel(WI2021, "3")]
