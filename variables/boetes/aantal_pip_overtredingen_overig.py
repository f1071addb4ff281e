from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2021, artikel


class aantal_pip_overtredingen_overig(Variable):
    """Aantal keren in het kalenderjaar dat de inburgeringsplichtige niet of onvoldoende meewerkte aan
    de ondersteuning en begeleiding uit het PIP, of niet voldeed aan de intensiteit van PVT of MAP
    (Wi2021 art. 23; seed 002 l.1754-1758). Telt voor iedere doelgroep. Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = YEAR
    unit = "count"
    label = "PIP-overtredingen (begeleiding, PVT, MAP) in het jaar"
    reference = [artikel(WI2021, "23")]
