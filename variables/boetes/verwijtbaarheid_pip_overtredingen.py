from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Verwijtbaarheid
from inburgering_rules.wetten import BI2021, artikel


class verwijtbaarheid_pip_overtredingen(Variable):
    """De verwijtbaarheid van de PIP-overtredingen van het kalenderjaar (Bi2021 art. 7.1 lid 4,
    versie 2022-01-01, gelijk in 2026-04-02): opzet 100 %, grove schuld 75 %, geen opzet of grove
    schuld 50 %, verminderde verwijtbaarheid 25 % van de (bij herhaling verhoogde) boete.

    Niet opgegeven: ``NIET_OPGEGEVEN``. Lid 4 laat het percentage afhangen van wat het college over de
    overtreding vaststelt ("indien er sprake is van opzet …", "indien er geen sprake is van opzet of
    grove schuld …"); het college moet de verwijtbaarheid dus vaststellen voordat het beboet. Waar
    ``boete_pip_niet_nakomen`` ervan afhangt (ten minste één te beboeten overtreding, ruimte onder het
    termijnmaximum, geen verlaagde bijstand), stopt de berekening met een fout die dit gegeven noemt,
    in plaats van stil 50 % te nemen (tot de herziening van 2026-12 was dat de standaardwaarde). Het
    geldt voor alle overtredingen van dat jaar; wie per overtreding verschilt, vraagt per overtreding."""

    value_type = Enum
    possible_values = Verwijtbaarheid
    default_value = Verwijtbaarheid.NIET_OPGEGEVEN
    entity = Persoon
    definition_period = YEAR
    label = "Verwijtbaarheid van de PIP-overtredingen"
    reference = [artikel(BI2021, "7.1", lid=4)]
