"""The DUO adapter (issue #13, item 1): DUO's resources in, decisions and findings out.

Expected values are worked out by hand from the texts cited in each test."""

from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from api.duo_voorbeelden import BEOORDELING, PIP_CONTROLE
from api.main import app
from inburgering_rules.duo.bsn import bsn_probleem
from inburgering_rules.duo.vertaling import RESOURCES, VELDEN

client = TestClient(app)
BSN = "999993653"
DUO_API = Path(__file__).resolve().parent.parent.parent / "shared" / "reference" / "duo-m2m" / "API"
GEGEVENS = {"geboortedatum": "1990-05-01", "nationaliteit": "OVERIG", "datum_verblijfsrecht": "2022-03-01",
            "datum_inschrijving_brp": "2022-04-01"}


def beoordeel(persoon, peildatum="2024-01-05"):
    response = client.post("/duo/beoordeling", json={"peildatum": peildatum, "personen": {BSN: persoon}})
    assert response.status_code == 200, response.text
    return response.json()["personen"][BSN]


def codes(uitkomst):
    return {b["code"]: b for b in uitkomst["bevindingen"]}


def test_elfproef():
    # 9·9 + 8·9 + 7·9 + 6·9 + 5·9 + 4·3 + 3·6 + 2·5 − 3 = 352 = 32 · 11
    assert bsn_probleem("999993653") is None
    assert "elfproef" in bsn_probleem("999993654")
    assert "9 cijfers" in bsn_probleem("12345678")
    assert "elfproef" in bsn_probleem("000000000")


def test_the_example_agrees_with_duo():
    anna = client.post("/duo/beoordeling", json=BEOORDELING).json()["personen"][BSN]
    assert anna["bevindingen"] == []
    # Wi2021 art. 11 lid 1-2: DUO's start 2022-06-02 → PIP 2022-06-01 → end 2025-06-01.
    assert anna["situatie"]["datum_dagtekening_pip"] == "2022-06-01"
    assert anna["besluiten"]["inburgeringstermijn_einddatum"] == "2025-06-01"
    assert anna["besluiten"]["doelgroep"] == "ASIELSTATUSHOUDER"
    # Bi2021 art. 5.3: later of kennisgeving 2022-03-15 and BRP 2022-04-01, + 10 weeks = 2022-06-10.
    assert anna["besluiten"]["pip_uiterste_datum"] == "2022-06-10"
    assert anna["situatie"]["knm_examen_behaald"] is True and anna["situatie"]["taalexamens_behaald"] == 1
    assert anna["herkomst"]["leerroute"] == "pip.pip.leerroute"


def test_the_example_with_disagreements():
    eu = client.post("/duo/beoordeling", json=BEOORDELING).json()["personen"]["999990019"]
    found = codes(eu)
    # Wi2021 art. 3 lid 1: an EU citizen is not inburgeringsplichtig; DUO says he is.
    assert found["PLICHT_WIJKT_AF"]["duo"] is True and found["PLICHT_WIJKT_AF"]["regels"] is False
    # Wi2021 art. 11 lid 1: 2022-11-16 + 3 years − 1 day = 2025-11-15, not DUO's 2025-11-16.
    assert found["TERMIJNEINDE_WIJKT_AF"]["regels"] == "2025-11-15"
    assert found["TERMIJNEINDE_WIJKT_AF"]["ernst"] == "fout"
    assert found["TERMIJNEINDE_WIJKT_AF"]["artikel"]["href"].endswith("artikel=11&lid=1")


def test_extension_days_come_from_duos_extended_end():
    # Wi2021 art. 12: start 2022-06-02, regular end 2025-06-01, extended to 2025-12-01 = 183 days.
    persoon = {"inburgeringstermijn": {"startdatum": "2022-06-02", "einddatum": "2025-12-01", "verlengingsgrondcode": "1"},
               "inburgeringstermijn_historie": [{"einddatum": "2025-06-01", "wijzigingsdatum": "2022-06-02"},
                                                {"einddatum": "2025-12-01", "verlengingsgrondcode": "1",
                                                 "wijzigingsdatum": "2025-01-10"}],
               "doelgroep": {"gedetailleerdeDoelgroep": "Asielstatushouder"}, "gegevens": GEGEVENS}
    uitkomst = beoordeel(persoon)
    assert uitkomst["situatie"]["toegekende_verlenging_dagen"] == 183
    assert uitkomst["besluiten"]["inburgeringstermijn_einddatum"] == "2025-12-01"
    assert set(codes(uitkomst)) == {"TERMIJN_VERLENGD"}


def test_a_wrong_original_end_in_the_history_is_a_finding():
    persoon = {"inburgeringstermijn": {"startdatum": "2022-06-02", "einddatum": "2025-12-01", "verlengingsgrondcode": "1"},
               "inburgeringstermijn_historie": [{"einddatum": "2025-06-02", "wijzigingsdatum": "2022-06-02"}]}
    assert codes(beoordeel(persoon))["OORSPRONKELIJK_TERMIJNEINDE_WIJKT_AF"]["regels"] == "2025-06-01"


def test_an_extension_code_without_a_later_end_is_an_error():
    persoon = {"inburgeringstermijn": {"startdatum": "2022-06-02", "einddatum": "2025-06-01", "verlengingsgrondcode": "1"}}
    assert codes(beoordeel(persoon))["VERLENGING_ZONDER_LATER_EINDE"]["ernst"] == "fout"


def test_duo_says_plichtig_but_a_granted_medical_ontheffing_ends_it():
    # Wi2021 art. 4 lid 1 (ontheffing): the rules derive reason ONTHEFFING.
    persoon = {"inburgeringsplicht": {"indicatorInburgeringsplicht": True, "begindatum": "2022-03-01"},
               "doelgroep": {"gedetailleerdeDoelgroep": "Asielstatushouder"},
               "ontheffingen": [{"GeheleOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2023-05-01", "grond": "MED"}}],
               "gegevens": GEGEVENS}
    uitkomst = beoordeel(persoon)
    assert uitkomst["situatie"]["ontheffing"] == "MEDISCH"
    assert uitkomst["besluiten"]["reden_geen_inburgeringsplicht"] == "ONTHEFFING"
    assert "PLICHT_WIJKT_AF" in codes(uitkomst)


def test_an_ontheffing_decided_after_the_peildatum_does_not_count():
    persoon = {"doelgroep": {"gedetailleerdeDoelgroep": "Asielstatushouder"},
               "ontheffingen": [{"GeheleOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2024-05-01", "grond": "MED"}}],
               "gegevens": GEGEVENS}
    uitkomst = beoordeel(persoon)
    assert "ontheffing" not in uitkomst["situatie"]
    assert uitkomst["besluiten"]["inburgeringsplichtig"] is True


def test_a_partial_medical_ontheffing_and_a_rejection():
    persoon = {"ontheffingen": [
        {"GedeeltelijkeOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2023-01-01", "grond": "MED",
                                     "examenonderdeel": "SP"}},
        {"GeheleOntheffing": {"oordeel": "Afwijzing", "datumOordeel": "2023-02-01", "grond": "MED"}}],
        "gegevens": {**GEGEVENS, "verblijfsgrond": "ASIEL"}}
    uitkomst = beoordeel(persoon)
    assert uitkomst["situatie"]["ontheffing"] == "MEDISCH_GEDEELTELIJK"
    assert uitkomst["herkomst"]["verblijfsgrond"] == "gegevens"


def test_a_temporary_exemption_for_a_study_runs_on_the_peildatum():
    # Wi2021 art. 4 lid 1 onderdeel d: following a study towards an exempting diploma.
    vrijstelling = {"TijdelijkeVrijstelling": {"oordeel": "Toekenning", "reden": "OPL", "startdatum": "2023-09-01",
                                               "einddatum": "2024-08-31"}}
    assert beoordeel({"vrijstellingen": [vrijstelling]})["situatie"]["volgt_vrijstellende_opleiding"] is True
    assert "volgt_vrijstellende_opleiding" not in beoordeel({"vrijstellingen": [vrijstelling]}, "2024-09-01")["situatie"]


def test_a_whole_exemption_the_rules_cannot_see_is_a_finding():
    persoon = {"vrijstellingen": [{"GeheleVrijstelling": {"oordeel": "Toekenning", "reden": "DIP"}}],
               "doelgroep": {"gedetailleerdeDoelgroep": "Asielstatushouder"}, "gegevens": GEGEVENS}
    found = codes(beoordeel(persoon))["VRIJSTELLING_NIET_AFGELEID"]
    assert "Regeling inburgering 2021, art. 2.1" == found["artikel"]["titel"]


def test_exams_count_at_the_level_of_the_pip():
    # Bi2021 art. 3.3 a-d: parts at the PIP's level or higher; after afschalen (A2) an A2 pass counts.
    examens = [{"examendatum": "2023-01-01", "resultaat": "Geslaagd", "onderdeel": o, "niveau": "A2"}
               for o in ("LE", "LU", "SC")] + [
        {"examendatum": "2023-01-01", "resultaat": "Gezakt", "onderdeel": "SP", "niveau": "A2"},
        {"examendatum": "2025-01-01", "resultaat": "Geslaagd", "onderdeel": "KNM"}]
    b1 = beoordeel({"pip": {"gemeentecode": "0622", "pip": {"dagtekeningPip": "2022-06-01", "leerroute": "B"}},
                    "examenresultaten": examens})["situatie"]
    assert b1["taalexamens_behaald"] == 0 and b1["knm_examen_behaald"] is False  # KNM after the peildatum
    a2 = beoordeel({"pip": {"gemeentecode": "0622", "pip": {"dagtekeningPip": "2022-06-01", "leerroute": "B",
                                                            "niveau": "A2"}},
                    "examenresultaten": examens})["situatie"]
    assert a2["afgeschaald_naar_a2"] is True and a2["taalexamens_behaald"] == 3


def test_hours_are_summed_over_municipalities():
    uren = [{"gemeentecode": "0622", "TaallesEnKnmBredeIntake": {"uren": 300}, "ParticipatieAlsTaalles": {"uren": 50},
             "ParticipatieactiviteitenBredeIntake": {"uren": 100}},
            {"gemeentecode": "0599", "TaallesEnKnmBredeIntake": {"uren": 200}}]
    situatie = beoordeel({"uren": uren})["situatie"]
    assert situatie["z_route_cursusuren"] == 550 and situatie["z_route_participatie_uren"] == 100


def test_duo_data_alone_names_the_missing_facts_and_still_answers():
    uitkomst = beoordeel({"inburgeringsplicht": {"indicatorInburgeringsplicht": True, "begindatum": "2022-03-01"}})
    assert "geboortedatum" in str(uitkomst["niet_te_bepalen"]["inburgeringsplichtig"])


@pytest.mark.parametrize("body, pad", [
    ({"peildatum": "2024-01-05", "personen": {"123456789": {}}}, ["personen", "123456789"]),
    ({"peildatum": "2024-02-30", "personen": {BSN: {}}}, ["peildatum"]),
    ({"peildatum": "2024-01-05", "personen": {BSN: {"pip": {"gemeentecode": "0622", "pip": {
        "dagtekeningPip": "2022-06-01", "leerroute": "X"}}}}}, ["personen", BSN, "pip", "pip", "leerroute"]),
    ({"peildatum": "2024-01-05", "personen": {BSN: {"ontheffingen": [{"GeheleOntheffing": {
        "oordeel": "Toekenning", "datumOordeel": "2023-13-01", "grond": "MED"}}]}}},
     ["personen", BSN, "ontheffingen", "0", "GeheleOntheffing", "datumOordeel"]),
    ({"peildatum": "2024-01-05", "personen": {BSN: {"vrijstellingen": [{"GeheleVrijstelling": {
        "oordeel": "Toekenning", "reden": "XYZ"}}]}}}, ["personen", BSN, "vrijstellingen", "0", "GeheleVrijstelling", "reden"]),
    ({"peildatum": "2024-01-05", "personen": {BSN: {"brp": {}}}}, ["personen", BSN, "brp"]),
    ({"peildatum": "2024-01-05", "personen": {BSN: {"map": {"datum": "2023-01-01"}}}}, ["personen", BSN, "map", "datum"]),
    ({"peildatum": "2024-01-05", "personen": {BSN: {"gegevens": {"geboortedatum": "1990-02-30"}}}},
     ["personen", BSN, "gegevens", "geboortedatum"]),
])
def test_bad_input_is_a_400_naming_the_path(body, pad):
    response = client.post("/duo/beoordeling", json=body)
    assert response.status_code == 400, response.text
    node = response.json()
    for key in pad:
        assert key in node, (key, node)
        node = node[key]


def pip_controle(nieuw_pip, **duo):
    persoon = {"nieuw_pip": nieuw_pip, **duo}
    response = client.post("/duo/pip-controle", json={"peildatum": "2024-01-05", "personen": {BSN: persoon}})
    assert response.status_code == 200, response.text
    return response.json()["personen"][BSN]


PLICHT = {"inburgeringsplicht": {"indicatorInburgeringsplicht": True, "begindatum": "2023-09-01",
                                 "datumKennisgevingInburgeringsplicht": "2023-09-20"}}


def test_pip_example_gets_a_dutch_finding_with_its_article():
    uitkomst = client.post("/duo/pip-controle", json=PIP_CONTROLE).json()["personen"][BSN]
    found = codes(uitkomst)
    assert found["NIVEAU_A2_ONDERWIJSROUTE"]["ernst"] == "fout"
    assert found["NIVEAU_A2_ONDERWIJSROUTE"]["artikel"]["titel"] == "Wet inburgering 2021, art. 8"
    # Bi2021 art. 5.3: kennisgeving 2023-09-20 (later than BRP 2023-09-05) + 70 days = 2023-11-29 < 2023-12-01.
    assert found["NA_UITERSTE_DATUM"]["ernst"] == "waarschuwing"
    assert uitkomst["geldig"] is False


def test_pip_b1_in_the_z_route_and_a2_in_a_first_b1_route():
    assert "NIVEAU_B1_ZROUTE" in codes(pip_controle({"dagtekeningPip": "2023-10-01", "leerroute": "Z", "niveau": "B1"}, **PLICHT))
    eerste = codes(pip_controle({"dagtekeningPip": "2023-10-01", "leerroute": "B", "niveau": "A2"}, **PLICHT))
    assert eerste["AFSCHALEN_IN_EERSTE_PIP"]["artikel"]["href"].endswith("artikel=17&lid=3")
    later = pip_controle({"dagtekeningPip": "2024-01-02", "leerroute": "B", "niveau": "A2"}, **PLICHT,
                         pip={"gemeentecode": "0622", "pip": {"dagtekeningPip": "2023-10-01", "leerroute": "B"}})
    assert "AFSCHALEN_IN_EERSTE_PIP" not in codes(later)


def test_pip_dagtekening_before_the_plicht_or_the_current_pip():
    found = codes(pip_controle({"dagtekeningPip": "2023-08-01", "leerroute": "B"}, **PLICHT,
                               pip={"gemeentecode": "0622", "pip": {"dagtekeningPip": "2023-10-01", "leerroute": "B"}}))
    assert {"GEEN_PLICHT_OP_DAGTEKENING", "DAGTEKENING_VOOR_START_PLICHT", "DAGTEKENING_VOOR_ACTUELE_PIP"} <= set(found)


def test_pip_intensity_only_for_an_asielstatushouder_in_the_b1_route():
    gezin = {"doelgroep": {"indeling": "Gezinsmigrant en overige migrant"}}
    found = codes(pip_controle({"dagtekeningPip": "2023-10-01", "leerroute": "B", "geschatteIntensiteitB1Route": 3},
                               **PLICHT, **gezin))
    assert found["INTENSITEIT_NIET_TOEGESTAAN"]["artikel"]["href"].endswith("artikel=15&lid=2")


def test_pip_against_the_leerbaarheidstoets():
    lbt = {"lbt_resultaten": [{"resultaat": "B1-route niet haalbaar", "behaaldeScore": "20,00",
                               "benodigdeScore": "50,00", "datumAfname": "2023-09-25"}]}
    assert "B1ROUTE_TEGEN_LEERBAARHEIDSTOETS" in codes(pip_controle({"dagtekeningPip": "2023-10-01", "leerroute": "B"},
                                                                    **PLICHT, **lbt))
    zonder = codes(pip_controle({"dagtekeningPip": "2023-10-01", "leerroute": "Z"}, **PLICHT))
    assert zonder["GEEN_LEERBAARHEIDSTOETS"]["ernst"] == "waarschuwing"
    assert {"PVT_VERPLICHT", "MAP_VERPLICHT"} <= set(zonder)


def test_pip_controle_needs_the_new_pip():
    response = client.post("/duo/pip-controle", json={"peildatum": "2024-01-05", "personen": {BSN: {}}})
    assert response.status_code == 400
    assert "nieuw_pip" in response.json()["personen"][BSN]


@pytest.mark.skipif(not DUO_API.is_dir(), reason="DUO's OpenAPI files are not next to this clone")
def test_every_field_of_every_resource_read_is_in_the_mapping_table():
    bestanden = {"inburgeringsplicht": ("Inburgeringsplicht", "Inburgeringsplicht"), "doelgroep": ("Inburgeringsplicht", "Doelgroep"),
                 "inburgeringstermijn": ("Inburgeringstermijn", "Inburgeringstermijn"), "map": ("MAP,PVT,Zroute", "DatumMap"),
                 "pvt": ("MAP,PVT,Zroute", "DatumPvt"), "zroute": ("MAP,PVT,Zroute", "ResultaatZroute"),
                 "lbt_resultaten": ("Leerbaarheidstoets", "Resultaat"), "examenresultaten": ("Examen", "Examenresultaat"),
                 "vrijstellingen": ("Vrijstelling", "Vrijstelling"), "ontheffingen": ("Ontheffing", "Ontheffing"),
                 "uren": ("GevolgdeUren", "Gemeente"), "pip": ("PIP", "Gemeente")}
    in_tabel = {(r, f.removeprefix("[].").split(".")[0]) for r, f, _, _ in VELDEN}
    for resource, (api, schema) in bestanden.items():
        assert resource in RESOURCES
        schemas = yaml.safe_load((DUO_API / api / "openapi.yml").read_text())["components"]["schemas"]
        for veld in schemas[schema]["properties"]:
            assert (resource, veld) in in_tabel, (resource, veld)
    pip = yaml.safe_load((DUO_API / "PIP" / "openapi.yml").read_text())["components"]["schemas"]["PIP"]["properties"]
    assert {f"pip.{v}" for v in pip} <= {f for r, f, _, _ in VELDEN if r == "pip"}


def test_docs_list_every_mapped_field():
    text = (Path(__file__).resolve().parent.parent / "docs" / "duo.md").read_text(encoding="utf-8")
    for resource, veld, invoer, _ in VELDEN:
        assert f"| `{resource}` | `{veld}` |" in text, (resource, veld)


def test_a_peildatum_before_the_wi2021_is_a_400():
    response = client.post("/duo/beoordeling", json={"peildatum": "2020-01-01", "personen": {BSN: {}}})
    assert response.status_code == 400
    assert "peildatum" in response.json()
