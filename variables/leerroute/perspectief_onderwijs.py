from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2021, artikel


class perspectief_onderwijs(Variable):
    """Uit de brede intake blijkt dat de persoon een opleiding in het mbo, hbo of wo wil en kan gaan
    volgen: voorwaarde voor de onderwijsroute (Wi2021 art. 8 lid 1, versie 2022-01-01: "aangeeft een
    opleiding in het beroeps- of hoger onderwijs te willen volgen" en "naar het oordeel van het college
    een grote kans bestaat" op een diploma; brede intake art. 14). De wet noemt geen leeftijd.
    Standaard onwaar: de onderwijsroute vraagt een vastgesteld perspectief, dus zonder dat gegeven
    wordt het de B1-route (de hoofdroute, art. 7)."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Perspectief op mbo, hbo of wo"
    reference = [artikel(WI2021, "8"), artikel(WI2021, "14")]
