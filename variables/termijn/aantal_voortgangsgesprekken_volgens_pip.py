from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class aantal_voortgangsgesprekken_volgens_pip(Variable):
    """Aantal voortgangsgesprekken dat het college in het PIP vastlegde voor de periode waarover
    ``aantal_voortgangsgesprekken`` telt (de eerste 12 maanden van de termijn). De wet noemt geen vast
    aantal: "Het college legt het aantal te voeren voortgangsgesprekken met de inburgeringsplichtige
    vast in het persoonlijk plan inburgering en participatie" (Bi2021 art. 5.3 lid 3 in de versie
    2022-01-01, lid 4 sinds de versie 2023-01-01, zelfde tekst t/m 2026-04-02). Nodig voor de
    achterstand zodra de eerste 12 maanden voorbij zijn: niet opgegeven is dan een fout die dit gegeven
    noemt, geen stille 2. Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Aantal voortgangsgesprekken volgens het PIP (eerste 12 maanden)"
    unit = "count"
    reference = [artikel(BI2021, "5.3", lid=3), artikel(BI2021, "5.3", lid=4)]
