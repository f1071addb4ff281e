from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, WI2021, artikel


class familielid_eu_burger(Variable):
    """Derdelander die als familielid van een EU/EER/Zwitserse burger "uit hoofde van richtlijn 2004/38/EG"
    of de verdragen met de EER en Zwitserland "gerechtigd is Nederland binnen te komen en er te verblijven":
    niet inburgeringsplichtig. Wi2021 art. 3 lid 2 b (versies 2022-01-01 en 2023-01-01); Wi2013 art. 5 lid 2 b
    (versies 2013-01-01 en 2021-12-31) en de tekst tot 2013 (versie 2012-11-01) luiden gelijk."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Familielid van een EU/EER/Zwitserse burger met vrij verkeer"
    reference = [artikel(WI2021, "3", lid=2), artikel(WI2013, "5", lid=2)]
