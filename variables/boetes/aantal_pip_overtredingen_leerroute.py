from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2021, artikel


class aantal_pip_overtredingen_leerroute(Variable):
    """Aantal keren in het kalenderjaar dat de inburgeringsplichtige niet voldeed aan "de vastgestelde
    intensiteit van de leerroute, bedoeld in artikel 15, tweede lid" (Wi2021 art. 23 lid 1, versie
    2022-01-01, gelijk in 2025-10-21). Telt alleen voor een asielstatushouder: het college stelt die
    intensiteit alleen vast "voor een inburgeringsplichtige als bedoeld in artikel 13, eerste lid" (art. 15
    lid 2); een gezins- of overige migrant is niet verplicht lessen te volgen (seed 002 l.1768-1769). Een
    negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = YEAR
    unit = "count"
    label = "PIP-overtredingen leerroute in het jaar"
    reference = [artikel(WI2021, "23", lid=1), artikel(WI2021, "15", lid=2)]
