"""The SPUK formulas of Besluit inburgering 2021 hoofdstuk 10 on a year with a performance weight.

The amounts for 2026 (Regeling inburgering 2021) are unknown, so the model has no value for them and
refuses. To check the arithmetic of the text itself, this test gives a fresh system invented figures for
2026 (they are not the law's figures) and computes by hand, per Bi2021 art. 10.1 lid 1 and 3 and art. 10.2
(versie 2026-04-02):

  GG  = AA(2026) × a + AA(2025) × b + AA(2024) × c + AIA × d
      = 4 × 9,000 + 3 × 4,000 + 2 × 1,000 + (5 + 7 + 37) × 1,000     (first year: art. 10.3 lid 5)
      = 36,000 + 12,000 + 2,000 + 49,000 = 99,000
  TBA = LAA(2026) × a + LAA(2025) × b + LAA(2024) × c = 40 × 9,000 + 30 × 4,000 + 20 × 1,000 = 500,000
  BA  = GG / SOM GG × TBA = 99,000 / 1,980,000 × 500,000 = 25,000.00
  BGO = AGO(2026) × 700 = 2 × 700 = 1,400.00;  ABO = AAO(2026) × 1,500 = 3 × 1,500 = 4,500.00
  U   = BGO + BA + ABO = 30,900.00
"""

import numpy as np
import pytest
from openfisca_core.periods import period
from openfisca_core.simulations import SimulationBuilder

from inburgering_rules import CountryTaxBenefitSystem
from inburgering_rules.errors import OntbrekendGegeven

BEDRAGEN_2026 = {
    "bedrag_cohort_jaar_1": 9000.0, "bedrag_cohort_jaar_2": 4000.0, "bedrag_cohort_jaar_3": 1000.0,
    "bedrag_gezins_en_overige_migrant": 700.0, "bedrag_onderwijsroute": 1500.0, "gewichten_gelijk_aan_bedragen": True,
}
TELLINGEN = {
    "aantal_gehuisveste_asielstatushouders": {"2024": 2, "2025": 3, "2026": 4},
    "landelijk_aantal_gehuisveste_asielstatushouders": {"2024": 20, "2025": 30, "2026": 40},
    "aantal_afgeronde_inburgeringstrajecten": {"2022": 5, "2023": 7, "2024": 37},
    "aantal_nieuwe_gezins_en_overige_migranten": {"2026": 2},
    "aantal_asielstatushouders_onderwijsroute": {"2026": 3},
}


@pytest.fixture(scope="module")
def tbs_2026():
    tbs = CountryTaxBenefitSystem()
    spuk = tbs.parameters.financiering.spuk
    for naam, waarde in BEDRAGEN_2026.items():
        getattr(spuk, naam).update(period=period("year:2026:1"), value=waarde)
    tbs._parameters_at_instant_cache = {}
    return tbs


def simulatie(tbs, **extra):
    gemeente = {"inburgeraars": ["p"], **TELLINGEN, **extra}
    return SimulationBuilder().build_from_entities(tbs, {"personen": {"p": {}}, "gemeenten": {"g": gemeente}})


def test_grondslag_aandeel_en_uitkering_2026_volgen_de_formules(tbs_2026):
    sim = simulatie(tbs_2026, landelijke_som_gemeentelijke_grondslagen={"2026": 1980000.0})
    assert sim.calculate("spuk_gemeentelijke_grondslag", "2026")[0] == 99000.0
    assert sim.calculate("spuk_landelijk_budget_asielstatushouders", "2026")[0] == 500000.0
    assert sim.calculate("spuk_deel_asielstatushouders", "2026")[0] == 25000.0
    assert sim.calculate("spuk_deel_onderwijsroute", "2026")[0] == 4500.0
    totaal = sim.calculate("spuk_inburgeringsvoorzieningen", "2026")
    assert totaal.dtype == np.float64 and totaal[0] == 30900.0


def test_zonder_landelijke_som_van_de_grondslagen_geen_aandeel(tbs_2026):
    sim = simulatie(tbs_2026)
    with pytest.raises(OntbrekendGegeven, match="landelijke_som_gemeentelijke_grondslagen"):
        sim.calculate("spuk_deel_asielstatushouders", "2026")
