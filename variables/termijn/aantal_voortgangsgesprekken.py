from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class aantal_voortgangsgesprekken(Variable):
    """Aantal voortgangsgesprekken dat het college in de eerste 12 maanden van de inburgeringstermijn
    met de inburgeringsplichtige voerde; het aantal dat er gevoerd moest worden legt het college vast in
    het PIP (Bi2021 art. 5.3 lid 3, vanaf 2023-01-01 lid 4; ``aantal_voortgangsgesprekken_volgens_pip``).
    Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Aantal gevoerde voortgangsgesprekken (eerste 12 maanden)"
    unit = "count"
    reference = [artikel(BI2021, "5.3", lid=4), artikel(WI2021, "15")]
