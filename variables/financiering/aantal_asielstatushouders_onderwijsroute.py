from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from inburgering_rules.entities import Gemeente
from inburgering_rules.wetten import BI2021, artikel


class aantal_asielstatushouders_onderwijsroute(Variable):
    """AAO: "het aantal gehuisveste asielstatushouders in het betreffende jaar bij wie in het persoonlijk
    plan inburgering en participatie [...] de onderwijsroute is vastgelegd en voor wie niet eerder een
    aanvullend bedrag is uitgekeerd voor de onderwijsroute" (Bi2021 art. 10.2 lid 4 a, tekst sinds
    2025-11-20, gelijk 2026-04-02).

    Een aantal per kalenderjaar; een negatief aantal is een fout."""

    value_type = int
    entity = Gemeente
    definition_period = YEAR
    unit = "count"
    label = "Aantal asielstatushouders in de onderwijsroute (nog geen aanvullend bedrag)"
    reference = [artikel(BI2021, "10.2", lid=4)]
