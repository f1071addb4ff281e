from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from inburgering_rules.entities import Gemeente
from inburgering_rules.wetten import BI2021, WI2021, artikel


class aantal_gehuisveste_asielstatushouders(Variable):
    """Aantal inburgeringsplichtige asielstatushouders onder de Wet inburgering 2021 dat in het jaar in de
    gemeente is gehuisvest (COA-uitstroommelding of BRP), geteld op 31 december: het cohort van dat
    jaar. Wie nog in een azc verblijft, telt niet. Ieder cohort telt drie jaar achtereen mee voor de
    SPUK (Wi2021 art. 40; Bi2021 hoofdstuk 10; DUO).

    Een aantal per kalenderjaar; een negatief aantal is een fout."""

    value_type = int
    entity = Gemeente
    definition_period = YEAR
    unit = "count"
    label = "Aantal in het jaar gehuisveste asielstatushouders (cohort)"
    reference = [artikel(WI2021, "40"), artikel(BI2021, "10.1")]
