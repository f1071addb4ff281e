from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2021, artikel


class datum_dagtekening_pip(Variable):
    """Dagtekening van het eerste persoonlijk plan inburgering en participatie (Wi2021 art. 15 lid 3).
    De dag erna begint de inburgeringstermijn (art. 11 lid 2); een later of gewijzigd plan verschuift
    dat niet (art. 11 lid 3), dus alleen het eerste plan telt. Niet opgegeven: nog geen PIP."""

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Dagtekening eerste PIP"
    reference = [artikel(WI2021, "11", lid=2), artikel(WI2021, "15", lid=3)]
