from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2021, artikel


class aantal_pip_overtredingen_leerroute(Variable):
    """Aantal keren in het kalenderjaar dat de inburgeringsplichtige niet voldeed aan wat het PIP van
    hem vraagt voor de leerroute (lessen volgen, intensiteit; Wi2021 art. 23). Telt alleen voor een
    asielstatushouder: een gezins- of overige migrant is niet verplicht lessen te volgen (seed 002
    l.1768-1769). Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = YEAR
    unit = "count"
    label = "PIP-overtredingen leerroute in het jaar"
    reference = [artikel(WI2021, "23")]
