from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Examenpogingen
from inburgering_rules.wetten import WI2013, artikel


class examenpogingen(Variable):
    """Hoe vaak de Wi2013-inburgeringsplichtige de examenonderdelen heeft geprobeerd: niet alle,
    alle eenmaal, of alle niet-behaalde onderdelen tweemaal of vaker. Bepaalt met de lesuren de
    DUO-boete (Wi2013 art. 31 en 34; DUO-tabel). Niet opgegeven: niet alle geprobeerd (het hoogste
    bedrag; wie meer deed, moet dat aangeven)."""

    value_type = Enum
    possible_values = Examenpogingen
    default_value = Examenpogingen.NIET_ALLE_GEPROBEERD
    entity = Persoon
    definition_period = ETERNITY
    label = "Examenpogingen (Wi2013)"
    reference = [artikel(WI2013, "31", lid=1), artikel(WI2013, "34")]
