from openfisca_core.periods import YEAR

from inburgering_rules.entities import Gemeente
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import hoofdstuk, op_centen, spuk_cohortdeel
from inburgering_rules.wetten import BI2021, RI2021, WI2021, artikel


class spuk_landelijk_budget_asielstatushouders(Geldbedrag):
    """Het totaal beschikbare landelijke budget voor asielstatushouders TBA voor de definitieve uitkering
    (Bi2021 art. 10.2 lid 2; formule uit de versie 2026-04-02, de corpustekst van 2022-01-01 en 2025-11-20
    geeft alleen de definities a-c): "TBA = LAA (cohort jaar t) * [a] + LAA (cohort jaar t-1) * [b] + LAA
    (cohort jaar t-2) * [c]", met [a] tot en met [c] "de bedragen per asielstatushouder per variabele":
    de bedragen ``financiering.spuk.bedrag_cohort_jaar_1/2/3`` van jaar t (gerapporteerd, seeds). Alleen
    cohorten vanaf 2022 (Wi2021 art. 54), zoals bij de delen per
    gemeente. LAA: ``landelijk_aantal_gehuisveste_asielstatushouders``.
    """

    value_type = float
    entity = Gemeente
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Landelijk budget SPUK voor asielstatushouders (TBA, definitief)"
    reference = [artikel(BI2021, "10.2", lid=2), artikel(BI2021, "10.3", lid=3), artikel(WI2021, "54"), hoofdstuk(RI2021, "10")]

    def formula_2022_01_01(gemeente, period, parameters):
        """Sinds 2022 (Bi2021 hoofdstuk 10)."""
        telling = "landelijk_aantal_gehuisveste_asielstatushouders"
        return op_centen(sum(
            spuk_cohortdeel(gemeente, period, parameters, jaar_van_verblijf=k, telling=telling) for k in (1, 2, 3)
        ))
