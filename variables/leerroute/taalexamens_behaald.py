from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class taalexamens_behaald(Variable):
    """Aantal van de 4 taalexamenonderdelen (lezen, luisteren, schrijven, spreken; Bi2021 art. 3.3
    onderdelen a-d) dat is behaald op het niveau van het PIP of hoger. Minder dan 0 of meer dan 4
    is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Taalexamens behaald op het niveau van het PIP"
    unit = "count"
    reference = [artikel(BI2021, "3.3")]
