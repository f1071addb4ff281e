from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, artikel


class heeft_startkwalificatie(Variable):
    """Heeft een startkwalificatie: de kwalificatieplicht eindigt dan al vóór 18 jaar (Leerplichtwet 1969
    art. 4b: "eindigt zodra de jongere de leeftijd van 18 jaar bereikt of een startkwalificatie heeft
    behaald"), zodat Wi2013 art. 5 lid 1 d en Wi2021 art. 4 lid 1 c (kwalificatieplichtig) niet meer gelden."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Heeft een startkwalificatie"
    reference = [artikel(WI2013, "5", lid=1)]
