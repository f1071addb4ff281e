from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, WI2021, artikel


class inburgeringsplicht_voldaan(Variable):
    """Heeft het inburgeringsdiploma of -certificaat al behaald: aan de plicht is voldaan
    (Wi2021 art. 6; Wi2013 art. 7 lid 1)."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Aan de inburgeringsplicht voldaan"
    reference = [artikel(WI2021, "6"), artikel(WI2013, "7", lid=1)]
