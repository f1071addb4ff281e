import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import add_months, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.rules import niet_negatief
from inburgering_rules.traject import termijn_begonnen, voortgangsgesprekken_volgens_pip, wi2021_plichtige
from inburgering_rules.wetten import BI2021, WI2021, artikel


class voortgangsgesprekken_achterstand(Variable):
    """Hoeveel voortgangsgesprekken het college in de eerste 12 maanden van de termijn te weinig voerde:
    max(0, aantal volgens het PIP − gevoerd). Het aantal staat in het PIP (Bi2021 art. 5.3 lid 3,
    versie 2022-01-01; lid 4 sinds 2023-01-01), niet in de wet.

    De eerste 12 maanden (seed 000 l.401-403, praktijk: de wet noemt geen periode) lopen van de
    startdatum tot en met de dag vóór start + 12 maanden (zoals een termijn in RULEBOOK §1). Pas vanaf
    start + 12 maanden staat vast of het aantal is gehaald; daarvóór, zolang de termijn niet begon en
    voor wie niet onder de Wi2021 inburgeringsplichtig is, is de achterstand 0. Vanaf dat moment is
    ``aantal_voortgangsgesprekken_volgens_pip`` verplicht.
    """

    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Achterstand voortgangsgesprekken na de eerste 12 maanden"
    unit = "count"
    reference = [artikel(BI2021, "5.3", lid=3), artikel(BI2021, "5.3", lid=4), artikel(WI2021, "15")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: de begeleiding door het college onder de Wi2021."""
        dag = peildatum(period)
        p = parameters(period).termijn.voortgangsgesprekken
        start = persoon("inburgeringstermijn_startdatum", period)
        gevoerd = niet_negatief(persoon, "aantal_voortgangsgesprekken", period)

        eerste_periode_voorbij = termijn_begonnen(start, dag) & (dag >= add_months(start, p.periode_maanden))
        nodig = eerste_periode_voorbij & wi2021_plichtige(persoon, period)
        volgens_pip = voortgangsgesprekken_volgens_pip(persoon, period, nodig)
        return np.where(nodig, np.maximum(0, volgens_pip - gevoerd), 0)
