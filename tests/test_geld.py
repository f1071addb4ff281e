"""Money exact to the cent (RULEBOOK §1), unknown figures refused (§0), impossible money facts rejected.

Every expected amount below was computed by hand from the seed amounts (shown in the comments); the
Decimal sums only re-check that arithmetic, they do not produce the expectations.
"""

from decimal import Decimal

import numpy as np
import pytest
from fastapi.testclient import TestClient
from openfisca_core.simulations import SimulationBuilder

from api.main import app
from inburgering_rules.errors import ParameterZonderWaarde
from inburgering_rules.geld import Geldbedrag, naar_centen

client = TestClient(app)

ASIELSTATUSHOUDER = {
    "geboortedatum": {"ETERNITY": "1990-04-12"},
    "verblijfsgrond": {"ETERNITY": "ASIEL"},
    "datum_verblijfsrecht": {"ETERNITY": "2024-03-01"},
    "datum_aanvang_bijstand": {"ETERNITY": "2024-03-15"},
}


def gemeente(**tellingen):
    """A situation with one gemeente 'g' and a placeholder persoon (OpenFisca needs one)."""
    return {"personen": {"p": {}}, "gemeenten": {"g": {"inburgeraars": ["p"], **tellingen}}}


def simulatie(tbs, situatie):
    return SimulationBuilder().build_from_entities(tbs, situatie)


# Budget 2024 (seed 002 l.4454-4457), a municipality-scale total above one billion euros:
#   102,003 × 8,870.51 = 904,818,631.53   (cohort 2024, year 1)
#    12,345 × 4,491.54 =  55,448,061.30   (cohort 2023, year 2)
#     6,789 × 1,122.89 =   7,623,300.21   (cohort 2022, year 3)
#    54,322 ×   672.66 =  36,540,236.52   (gezins/overige 2024)
#                total = 1,004,430,229.56
MILJARD_TELLINGEN = {
    "aantal_gehuisveste_asielstatushouders": {"2022": 6789, "2023": 12345, "2024": 102003},
    "aantal_nieuwe_gezins_en_overige_migranten": {"2024": 54322},
}
MILJARD_TOTAAL = "1004430229.56"

# Budget 2025 (seed 002 l.4454-4457), the YAML case 'SPUK 2025 - miljoenenbudget exact tot op de cent':
#   1,234 × 9,154.91 = 11,297,158.94;  843 × 4,635.54 = 3,907,760.22;
#     777 × 1,158.89 =    900,457.53;  321 ×   694.23 =   222,847.83;  total 16,328,224.52
MILJOEN_TELLINGEN = {
    "aantal_gehuisveste_asielstatushouders": {"2023": 777, "2024": 843, "2025": 1234},
    "aantal_nieuwe_gezins_en_overige_migranten": {"2025": 321},
}
MILJOEN_TOTAAL = "16328224.52"


def test_hand_sums_are_right():
    assert (
        102003 * Decimal("8870.51") + 12345 * Decimal("4491.54") + 6789 * Decimal("1122.89")
        + 54322 * Decimal("672.66")
    ) == Decimal(MILJARD_TOTAAL)
    assert (
        1234 * Decimal("9154.91") + 843 * Decimal("4635.54") + 777 * Decimal("1158.89") + 321 * Decimal("694.23")
    ) == Decimal(MILJOEN_TOTAAL)


@pytest.mark.parametrize("totaal", [MILJARD_TOTAAL, MILJOEN_TOTAAL])
def test_float32_cannot_hold_these_totals_to_the_cent(totaal):
    # The reason money is float64: float32 is more than half a cent off on these totals.
    exact = float(totaal)
    assert float(np.float32(exact)) != exact  # (NumPy 2 compares np.float32 with a Python float in float32)
    assert abs(float(np.float32(exact)) - exact) > 0.005


def test_spuk_above_a_billion_is_exact_to_the_cent(tbs):
    sim = simulatie(tbs, gemeente(**MILJARD_TELLINGEN))
    totaal = sim.calculate("spuk_inburgeringsvoorzieningen", "2024")
    assert totaal.dtype == np.float64
    assert abs(float(totaal[0]) - float(MILJARD_TOTAAL)) < 0.005
    assert Decimal(str(naar_centen(totaal[0]))) == Decimal(MILJARD_TOTAAL)
    assert naar_centen(sim.calculate("spuk_deel_cohort_jaar_1", "2024")[0]) == 904818631.53
    assert naar_centen(sim.calculate("spuk_deel_gezins_en_overige_migranten", "2024")[0]) == 36540236.52


@pytest.mark.parametrize(
    "tellingen, jaar, totaal",
    [(MILJARD_TELLINGEN, "2024", MILJARD_TOTAAL), (MILJOEN_TELLINGEN, "2025", MILJOEN_TOTAAL)],
)
def test_api_returns_the_exact_cents(tellingen, jaar, totaal):
    body = gemeente(**tellingen, spuk_inburgeringsvoorzieningen={jaar: None})
    response = client.post("/calculate", json=body)
    assert response.status_code == 200, response.text
    waarde = response.json()["gemeenten"]["g"]["spuk_inburgeringsvoorzieningen"][jaar]
    assert Decimal(str(waarde)) == Decimal(totaal)


def test_every_money_variable_of_sections_6_to_8_is_float64(tbs):
    namen = [
        "bijstandsuitkering", "huur", "energiekosten", "waterkosten", "zorgverzekeringspremie",
        "ontzorgen_in_te_houden_bedrag", "bijstand_netto_uit_te_betalen",
        "spuk_inburgeringsvoorzieningen", "spuk_deel_cohort_jaar_1", "spuk_deel_cohort_jaar_2",
        "spuk_deel_cohort_jaar_3", "spuk_deel_gezins_en_overige_migranten", "prestatiebekostiging",
        "boete_brede_intake", "boete_pip_niet_nakomen", "boete_leerroute_maximum", "boete_pvt",
        "boete_map", "boete_pvt_map", "boete_wi2013", "pip_boetes_eerder_in_termijn",
        "brede_intake_boetes_in_termijn",
    ]
    for naam in namen:
        variabele = tbs.variables[naam]
        assert isinstance(variabele, Geldbedrag), naam
        assert variabele.dtype == np.float64, naam
        assert variabele.value_type is float, naam


def test_ontzorgen_amounts_are_exact_to_the_cent_via_the_api():
    # May 2024, month 3 of ontzorgen: 1,300.00 − (650.00 + 120.50 + 25.75 + 145.30 = 941.55) = 358.45.
    body = {"personen": {"a": {
        **ASIELSTATUSHOUDER,
        "bijstandsuitkering": {"2024-05": 1300.00}, "huur": {"2024-05": 650.00},
        "energiekosten": {"2024-05": 120.50}, "waterkosten": {"2024-05": 25.75},
        "zorgverzekeringspremie": {"2024-05": 145.30},
        "ontzorgen_in_te_houden_bedrag": {"2024-05": None}, "bijstand_netto_uit_te_betalen": {"2024-05": None},
    }}}
    response = client.post("/calculate", json=body)
    assert response.status_code == 200, response.text
    anna = response.json()["personen"]["a"]
    assert anna["ontzorgen_in_te_houden_bedrag"] == {"2024-05": 941.55}
    assert anna["bijstand_netto_uit_te_betalen"] == {"2024-05": 358.45}


# --- Unknown figures: never guessed (RULEBOOK §0) -------------------------------------------------


@pytest.mark.parametrize(
    "tellingen, jaar, parameter, datum",
    [
        ({"aantal_gehuisveste_asielstatushouders": {"2023": 4}}, "2023",
         "financiering.spuk.bedrag_cohort_jaar_1", "2023-01-01"),
        ({"aantal_gehuisveste_asielstatushouders": {"2022": 4}}, "2023",
         "financiering.spuk.bedrag_cohort_jaar_2", "2023-01-01"),
        ({"aantal_nieuwe_gezins_en_overige_migranten": {"2022": 2}}, "2022",
         "financiering.spuk.bedrag_gezins_en_overige_migrant", "2022-01-01"),
        ({"aantal_nieuwe_gezins_en_overige_migranten": {"2023": 2}}, "2023",
         "financiering.spuk.bedrag_gezins_en_overige_migrant", "2023-01-01"),
        ({"aantal_gehuisveste_asielstatushouders": {"2026": 1}}, "2026",
         "financiering.spuk.bedrag_cohort_jaar_1", "2026-01-01"),
    ],
)
def test_unknown_spuk_amount_is_a_400_naming_parameter_and_date(tbs, tellingen, jaar, parameter, datum):
    with pytest.raises(ParameterZonderWaarde) as fout:
        simulatie(tbs, gemeente(**tellingen)).calculate("spuk_inburgeringsvoorzieningen", jaar)
    assert fout.value.parameter == parameter
    assert fout.value.date == datum
    assert jaar in str(fout.value)

    response = client.post("/calculate", json=gemeente(**tellingen, spuk_inburgeringsvoorzieningen={jaar: None}))
    assert response.status_code == 400, response.text
    assert response.json()["parameter"] == parameter
    assert response.json()["date"] == datum


def test_a_known_part_of_a_year_with_unknown_parts_is_still_answered(tbs):
    # 2022: year-1 amount 7,865.71 is known (seed 003 Tabel 10); the gezins/overige amount is not,
    # but with none of them the total does not depend on it: 3 × 7,865.71 = 23,597.13.
    sim = simulatie(tbs, gemeente(aantal_gehuisveste_asielstatushouders={"2022": 3}))
    assert naar_centen(sim.calculate("spuk_inburgeringsvoorzieningen", "2022")[0]) == 23597.13


# --- Impossible money facts: 400 naming the field -------------------------------------------------


@pytest.mark.parametrize(
    "veld, uitvoer",
    [
        ("aantal_gehuisveste_asielstatushouders", "spuk_inburgeringsvoorzieningen"),
        ("aantal_nieuwe_gezins_en_overige_migranten", "spuk_inburgeringsvoorzieningen"),
        ("aantal_afgeronde_inburgeringstrajecten", "prestatiebekostiging"),
    ],
)
def test_negative_gemeente_count_is_a_400_at_its_path(veld, uitvoer):
    jaar = "2026" if uitvoer == "prestatiebekostiging" else "2024"
    telling_jaar = "2024"
    body = gemeente(**{veld: {telling_jaar: -3}, uitvoer: {jaar: None}})
    response = client.post("/calculate", json=body)
    assert response.status_code == 400, response.text
    assert "at least 0" in response.json()["gemeenten"]["g"][veld]


@pytest.mark.parametrize(
    "veld, uitvoer",
    [
        ("huur", "ontzorgen_in_te_houden_bedrag"),
        ("energiekosten", "ontzorgen_in_te_houden_bedrag"),
        ("waterkosten", "ontzorgen_in_te_houden_bedrag"),
        ("zorgverzekeringspremie", "ontzorgen_in_te_houden_bedrag"),
        ("bijstandsuitkering", "bijstand_netto_uit_te_betalen"),
    ],
)
def test_negative_amount_is_a_400_at_its_path(veld, uitvoer):
    body = {"personen": {"a": {**ASIELSTATUSHOUDER, veld: {"2024-04": -10.5}, uitvoer: {"2024-04": None}}}}
    response = client.post("/calculate", json=body)
    assert response.status_code == 400, response.text
    assert "at least 0" in response.json()["personen"]["a"][veld]


@pytest.mark.parametrize("uitvoer, periode", [
    ("financieel_ontzorgen_verplicht", "2024-03"),
    ("financieel_ontzorgen_einddatum", "2024-06-01"),
    ("ontzorgen_in_te_houden_bedrag", "2024-04"),
])
def test_bijstand_before_the_residence_right_is_a_400_naming_datum_aanvang_bijstand(uitvoer, periode):
    persoon = {**ASIELSTATUSHOUDER, "datum_aanvang_bijstand": {"ETERNITY": "2024-02-29"}}
    response = client.post("/calculate", json={"personen": {"a": {**persoon, uitvoer: {periode: None}}}})
    assert response.status_code == 400, response.text
    melding = response.json()["personen"]["a"]["datum_aanvang_bijstand"]
    assert "datum_verblijfsrecht" in melding


def test_bijstand_on_the_day_of_the_residence_right_is_fine():
    persoon = {**ASIELSTATUSHOUDER, "datum_aanvang_bijstand": {"ETERNITY": "2024-03-01"}}
    body = {"personen": {"a": {**persoon, "financieel_ontzorgen_verplicht": {"2024-03": None}}}}
    response = client.post("/calculate", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["personen"]["a"]["financieel_ontzorgen_verplicht"] == {"2024-03": True}


# --- Fines: impossible counts and amounts ---------------------------------------------------------

GEZINSMIGRANT_NA_TERMIJN = {
    "geboortedatum": {"ETERNITY": "1988-07-01"},
    "verblijfsgrond": {"ETERNITY": "GEZINSMIGRATIE"},
    "datum_verblijfsrecht": {"ETERNITY": "2022-02-01"},
    "datum_dagtekening_pip": {"ETERNITY": "2022-04-14"},
}
WI2013_NA_TERMIJN = {
    "geboortedatum": {"ETERNITY": "1985-03-10"},
    "verblijfsgrond": {"ETERNITY": "GEZINSMIGRATIE"},
    "datum_verblijfsrecht": {"ETERNITY": "2020-06-01"},
}


@pytest.mark.parametrize(
    "persoon, veld, waarde, uitvoer",
    [
        (GEZINSMIGRANT_NA_TERMIJN, "aantal_niet_verschenen_brede_intake", {"ETERNITY": -1},
         {"boete_brede_intake": {"2023-06-01": None}}),
        (GEZINSMIGRANT_NA_TERMIJN, "aantal_pip_overtredingen_leerroute", {"2023": -2},
         {"boete_pip_niet_nakomen": {"2023": None}}),
        (GEZINSMIGRANT_NA_TERMIJN, "aantal_pip_overtredingen_overig", {"2023": -2},
         {"boete_pip_niet_nakomen": {"2023": None}}),
        (GEZINSMIGRANT_NA_TERMIJN, "pip_boetes_eerder_in_termijn", {"2023": -50.0},
         {"boete_pip_niet_nakomen": {"2023": None}}),
        (GEZINSMIGRANT_NA_TERMIJN, "brede_intake_boetes_in_termijn", {"2023": -250.0},
         {"boete_pip_niet_nakomen": {"2023": None}}),
        (GEZINSMIGRANT_NA_TERMIJN, "aantal_eerdere_pip_boetes_binnen_12_maanden", {"2023": -1},
         {"boete_pip_niet_nakomen": {"2023": None}}),
        (WI2013_NA_TERMIJN, "uren_nt2_les_keurmerk", {"ETERNITY": -10},
         {"boete_wi2013": {"2024-01-15": None}}),
    ],
)
def test_negative_fine_input_is_a_400_at_its_path(persoon, veld, waarde, uitvoer):
    body = {"personen": {"a": {**persoon, veld: waarde, **uitvoer}}}
    response = client.post("/calculate", json=body)
    assert response.status_code == 400, response.text
    assert "at least 0" in response.json()["personen"]["a"][veld]


def test_fines_come_back_as_euros_through_the_api():
    # Gezinsmigrant, term 2022-04-15 .. 2025-04-14, nothing completed: 1,000 (Wi2021 art. 26 lid 1 d) and
    # ONE art. 24 fine of 340 (Bi2021 art. 7.2 lid 1), all of it the PVT part;
    # Wi2013 person, 200 hours, all exams tried once: 625 (DUO table, row 150-300).
    body = {"personen": {
        "g": {**GEZINSMIGRANT_NA_TERMIJN, "leerroute": {"ETERNITY": "B1"},
              "boete_leerroute_maximum": {"2025-04-15": None}, "boete_pvt": {"2025-04-15": None},
              "boete_map": {"2025-04-15": None}, "boete_pvt_map": {"2025-04-15": None}},
        "w": {**WI2013_NA_TERMIJN, "uren_nt2_les_keurmerk": {"ETERNITY": 200},
              "examenpogingen": {"ETERNITY": "ALLE_EENMAAL"}, "boete_wi2013": {"2024-01-15": None}},
    }}
    response = client.post("/calculate", json=body)
    assert response.status_code == 200, response.text
    personen = response.json()["personen"]
    assert personen["g"]["boete_leerroute_maximum"] == {"2025-04-15": 1000.0}
    assert personen["g"]["boete_pvt"] == {"2025-04-15": 340.0}
    assert personen["g"]["boete_map"] == {"2025-04-15": 0.0}
    assert personen["g"]["boete_pvt_map"] == {"2025-04-15": 340.0}
    assert personen["w"]["boete_wi2013"] == {"2024-01-15": 625.0}
