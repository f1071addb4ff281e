import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import add_months, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.rules import begrensd
from inburgering_rules.traject import termijn_begonnen
from inburgering_rules.wetten import WI2021, artikel


class voortgangsgesprekken_achterstand(Variable):
    """Hoeveel voortgangsgesprekken het college in de eerste 12 maanden van de termijn te weinig voerde
    (Wi2021 art. 15; seed 000 l.401-403): max(0, minimum − gevoerd).

    De eerste 12 maanden lopen van de startdatum tot en met de dag vóór start + 12 maanden (zoals
    een termijn in RULEBOOK §1). Pas vanaf start + 12 maanden staat vast of het minimum is gehaald;
    daarvóór, en zolang de termijn niet begon, is de achterstand 0.
    """

    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Achterstand voortgangsgesprekken na de eerste 12 maanden"
    unit = "count"
    reference = [artikel(WI2021, "15")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: de begeleidingsplicht van het college onder de Wi2021."""
        dag = peildatum(period)
        p = parameters(period).termijn.voortgangsgesprekken
        start = persoon("inburgeringstermijn_startdatum", period)
        minimum = persoon("minimaal_aantal_voortgangsgesprekken", period)
        gevoerd = begrensd(
            persoon, "aantal_voortgangsgesprekken", persoon("aantal_voortgangsgesprekken", period), minimum=0
        )

        eerste_periode_voorbij = termijn_begonnen(start, dag) & (dag >= add_months(start, p.periode_maanden))
        tekort = np.maximum(0, minimum - gevoerd)
        return np.where(eerste_periode_voorbij, tekort, 0)
