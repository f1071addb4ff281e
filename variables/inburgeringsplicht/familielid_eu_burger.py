from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, artikel


class familielid_eu_burger(Variable):
    """Derdelander die als familielid van een EU/EER/Zwitserse burger het recht heeft Nederland
    binnen te komen en er te verblijven (Wi2013 art. 5 lid 2 b; voor Wi2021 gerapporteerd gelijk)."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Familielid van een EU/EER/Zwitserse burger met vrij verkeer"
    reference = [artikel(WI2013, "5", lid=2)]
