from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import is_nooit, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.rules import voor_peildatum
from inburgering_rules.traject import voortgangsgesprekken_volgens_pip, wi2021_plichtige
from inburgering_rules.wetten import BI2021, artikel


class minimaal_aantal_voortgangsgesprekken(Variable):
    """Aantal voortgangsgesprekken dat het college in de eerste 12 maanden van de termijn met de
    inburgeringsplichtige voert: het aantal dat het college in het PIP vastlegde
    (``aantal_voortgangsgesprekken_volgens_pip``; Bi2021 art. 5.3 lid 3, versie 2022-01-01, lid 4 sinds
    2023-01-01: "Het college legt het aantal te voeren voortgangsgesprekken met de
    inburgeringsplichtige vast in het persoonlijk plan inburgering en participatie"). De 2 van seed 000
    l.401-403 is praktijk, geen wet. Alleen voor wie op de peildatum onder de Wi2021
    inburgeringsplichtig is en een PIP heeft (dagtekening uiterlijk op de peildatum); dan is het gegeven
    verplicht (niet opgegeven: een fout die het noemt). Voor ieder ander 0: zonder PIP is er geen aantal
    vastgelegd."""

    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Aantal voortgangsgesprekken in de eerste 12 maanden (volgens het PIP)"
    unit = "count"
    reference = [artikel(BI2021, "5.3", lid=3), artikel(BI2021, "5.3", lid=4)]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: het aantal uit het PIP (Bi2021 art. 5.3)."""
        pip = voor_peildatum(persoon("datum_dagtekening_pip", period), peildatum(period))
        nodig = wi2021_plichtige(persoon, period) & ~is_nooit(pip)
        return voortgangsgesprekken_volgens_pip(persoon, period, nodig)
