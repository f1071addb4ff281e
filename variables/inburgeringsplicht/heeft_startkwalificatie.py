from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, artikel


class heeft_startkwalificatie(Variable):
    """Heeft een startkwalificatie: de kwalificatieplicht eindigt dan al vóór 18 jaar, zodat de
    uitzondering van Wi2013 art. 5 lid 1 d (kwalificatieplichtig) niet meer geldt."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Heeft een startkwalificatie"
    reference = [artikel(WI2013, "5", lid=1)]
