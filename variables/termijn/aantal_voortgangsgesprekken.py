from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2021, artikel


class aantal_voortgangsgesprekken(Variable):
    """Aantal voortgangsgesprekken dat het college in de eerste 12 maanden van de inburgeringstermijn
    met de inburgeringsplichtige voerde (periodiek contact bij het PIP, Wi2021 art. 15). Een negatief
    aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Aantal gevoerde voortgangsgesprekken (eerste 12 maanden)"
    unit = "count"
    reference = [artikel(WI2021, "15")]
