from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, WI2021, artikel


class inburgeringsvereiste_andere_lidstaat_voldaan(Variable):
    """Heeft volgens de wetgeving van een andere EU- of EER-staat voldaan aan een inburgeringsvereiste om
    de status van langdurig ingezetene (richtlijn 2003/109/EG) te verkrijgen: niet inburgeringsplichtig.

    Wi2021 art. 3 lid 2 c (versies 2022-01-01 en 2023-01-01); Wi2013 art. 5 lid 2 c (versies 2013-01-01
    en 2021-12-31, sinds 2013 ook na richtlijn 2011/51/EU) en de tekst tot 2013 (versie 2012-11-01).
    """

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Voldaan aan een inburgeringsvereiste van een andere EU/EER-staat (langdurig ingezetene)"
    reference = [artikel(WI2021, "3", lid=2), artikel(WI2013, "5", lid=2)]
