from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Ontheffing
from inburgering_rules.wetten import BI2021, WI2013, WI2021, artikel


class ontheffing(Variable):
    """Ontheffing die DUO namens de minister verleende. ``MEDISCH`` (geheel) en
    ``BIJZONDERE_OMSTANDIGHEDEN`` beëindigen de plicht (Wi2021 art. 5 lid 1 en 2; Wi2013 art. 6 lid 1).
    ``MEDISCH_GEDEELTELIJK`` niet: Wi2021 art. 5 lid 1 "geheel of gedeeltelijk"; Bi2021 art. 2.7 lid 3
    (versie 2022-01-01): "Een gedeeltelijke ontheffing ... wordt uitsluitend verleend indien ... niet kan
    worden voldaan aan: a. maximaal drie van de vier examenonderdelen ..." - de overige onderdelen blijven."""

    value_type = Enum
    possible_values = Ontheffing
    default_value = Ontheffing.GEEN
    entity = Persoon
    definition_period = ETERNITY
    label = "Ontheffing van de inburgeringsplicht"
    reference = [artikel(WI2021, "5"), artikel(BI2021, "2.7", lid=3), artikel(WI2013, "6", lid=1)]
