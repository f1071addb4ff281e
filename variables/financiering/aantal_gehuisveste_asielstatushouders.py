from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from inburgering_rules.entities import Gemeente
from inburgering_rules.wetten import BI2021, WI2021, artikel


class aantal_gehuisveste_asielstatushouders(Variable):
    """Aantal inburgeringsplichtige asielstatushouders onder de Wet inburgering 2021 dat in het jaar in de
    gemeente is gehuisvest (COA-uitstroommelding of BRP), geteld op 31 december: het cohort van dat
    jaar. Wie nog in een azc verblijft, telt niet. Ieder cohort telt drie jaar achtereen mee voor de
    SPUK (Wi2021 art. 40; DUO). In de tekst: AA, "het aantal asielstatushouders van het betreffende
    cohort in de gemeente" (Bi2021 art. 10.2 lid 3 a, versies 2022-01-01 tot en met 2026-04-02), met
    "Cohort [...] het jaar waarin de asielstatushouders in een Nederlandse gemeente zijn gehuisvest";
    wie op de peildatum al aan de plicht voldeed, telt mee (art. 10.3 lid 6).

    Een aantal per kalenderjaar; een negatief aantal is een fout."""

    value_type = int
    entity = Gemeente
    definition_period = YEAR
    unit = "count"
    label = "Aantal in het jaar gehuisveste asielstatushouders (cohort)"
    reference = [artikel(WI2021, "40"), artikel(BI2021, "10.2", lid=3), artikel(BI2021, "10.3", lid=6)]
