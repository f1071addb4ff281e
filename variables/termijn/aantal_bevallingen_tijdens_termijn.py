from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class aantal_bevallingen_tijdens_termijn(Variable):
    """Aantal keren dat de inburgeringsplichtige tijdens haar inburgeringstermijn beviel (een
    meerling is één bevalling). Grond voor verlenging: een omstandigheid die niet te verwijten valt (Wi2021
    art. 12 lid 1 onderdeel a; Bi2021 art. 4.3 lid 1). Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Aantal bevallingen tijdens de inburgeringstermijn"
    unit = "count"
    reference = [artikel(WI2021, "12", lid=1), artikel(BI2021, "4.3", lid=1)]
