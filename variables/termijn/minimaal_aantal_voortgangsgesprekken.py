import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.traject import wi2021_plichtige
from inburgering_rules.wetten import WI2021, artikel


class minimaal_aantal_voortgangsgesprekken(Variable):
    """Minimum aantal voortgangsgesprekken dat het college in de eerste 12 maanden na aanvang van de
    inburgeringstermijn met de inburgeringsplichtige voert: 2 (periodiek contact bij het PIP, Wi2021
    art. 15; seed 000 l.401-403, seed 002 l.1698). Alleen voor wie op de peildatum onder de Wi2021
    inburgeringsplichtig is; voor ieder ander 0 (geen PIP, geen begeleiding door het college)."""

    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Minimaal aantal voortgangsgesprekken in de eerste 12 maanden"
    unit = "count"
    reference = [artikel(WI2021, "15")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: de begeleidingsplicht van het college onder de Wi2021."""
        minimum = parameters(period).termijn.voortgangsgesprekken.minimum_aantal
        return np.where(wi2021_plichtige(persoon, period), minimum, 0)
