from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from inburgering_rules.entities import Gemeente
from inburgering_rules.wetten import BI2021, artikel


class landelijk_aantal_gehuisveste_asielstatushouders(Variable):
    """Het landelijk aantal asielstatushouders van het cohort van dit jaar (LAA, Bi2021 art. 10.2 lid 2,
    versies 2022-01-01 en 2026-04-02: "LAA staat voor het landelijk aantal asielstatushouders van het
    betreffende cohort"): het landelijke totaal van ``aantal_gehuisveste_asielstatushouders``. Een
    landelijk cijfer, op te geven bij elke gemeente waarvoor ``spuk_landelijk_budget_asielstatushouders``
    of ``spuk_deel_asielstatushouders`` wordt gevraagd.

    Een aantal per kalenderjaar; een negatief aantal is een fout."""

    value_type = int
    entity = Gemeente
    definition_period = YEAR
    unit = "count"
    label = "Landelijk aantal gehuisveste asielstatushouders (cohort)"
    reference = [artikel(BI2021, "10.2", lid=2)]
