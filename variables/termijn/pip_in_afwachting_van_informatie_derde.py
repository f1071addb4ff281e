from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class pip_in_afwachting_van_informatie_derde(Variable):
    """Het college wijkt af van de PIP-termijn van Bi2021 art. 5.3 lid 1, omdat het "redelijkerwijs niet
    mogelijk is om het persoonlijk plan inburgering en participatie binnen deze termijn vast te stellen
    zonder informatie van een derde, van welke informatie het college in afwachting is" (art. 5.3 lid 2,
    versie 2023-01-01; zelfde tekst t/m 2026-04-02; de versie 2022-01-01 kent deze afwijking niet).

    Of het zonder die informatie redelijkerwijs niet kon, is het oordeel van het college: dit gegeven
    zegt dat het college zo oordeelde. Niet opgegeven: geen afwijking (de termijn van lid 1 geldt).
    Het plan volgt dan uiterlijk twee weken na ``datum_ontvangst_informatie_derde``."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "College wacht op informatie van een derde voor het PIP (Bi2021 art. 5.3 lid 2)"
    reference = [artikel(BI2021, "5.3", lid=2, versie="2023-01-01")]
