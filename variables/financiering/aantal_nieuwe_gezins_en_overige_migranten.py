from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from inburgering_rules.entities import Gemeente
from inburgering_rules.wetten import BI2021, WI2021, artikel


class aantal_nieuwe_gezins_en_overige_migranten(Variable):
    """Aantal gezins- en overige migranten dat in het jaar in de gemeente inburgeringsplichtig werd onder
    de Wet inburgering 2021 (hun eerste jaar), geteld op 31 december. Zij tellen eenmaal mee voor de
    SPUK (Wi2021 art. 40; DUO). In de tekst: AGO van het cohort (Bi2021 art. 10.1 lid 2 en 10.2 lid
    1), bepaald "aan de hand van gegevens van DUO met als peildatum voor de woongemeente ultimo jaar"
    (art. 10.4 a en b): de definitieve uitkering telt het cohort van jaar t, de voorlopige dat van t−2.

    Een aantal per kalenderjaar; een negatief aantal is een fout."""

    value_type = int
    entity = Gemeente
    definition_period = YEAR
    unit = "count"
    label = "Aantal nieuwe gezins- en overige migranten in het jaar"
    reference = [artikel(WI2021, "40"), artikel(BI2021, "10.2", lid=1), artikel(BI2021, "10.1", lid=2), artikel(BI2021, "10.4")]
