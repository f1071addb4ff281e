from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from inburgering_rules.entities import Gemeente
from inburgering_rules.wetten import BI2021, WI2021, artikel


class aantal_nieuwe_gezins_en_overige_migranten(Variable):
    """Aantal gezins- en overige migranten dat in het jaar in de gemeente inburgeringsplichtig werd onder
    de Wet inburgering 2021 (hun eerste jaar), geteld op 31 december. Zij tellen eenmaal mee voor de
    SPUK (Wi2021 art. 40; DUO).

    Een aantal per kalenderjaar; een negatief aantal is een fout."""

    value_type = int
    entity = Gemeente
    definition_period = YEAR
    unit = "count"
    label = "Aantal nieuwe gezins- en overige migranten in het jaar"
    reference = [artikel(WI2021, "40"), artikel(BI2021, "10.1")]
