"""/calculate in-process: the answers of RULEBOOK §3 and the 4xx errors of issue #2."""

import pytest
from fastapi.testclient import TestClient

from api.main import app

client = TestClient(app)

ASIELSTATUSHOUDER = {
    "geboortedatum": {"ETERNITY": "1990-05-01"},
    "verblijfsgrond": {"ETERNITY": "ASIEL"},
    "datum_verblijfsrecht": {"ETERNITY": "2022-03-01"},
    "datum_dagtekening_pip": {"ETERNITY": "2022-06-01"},
}


def post(body):
    return client.post("/calculate", json=body)


def test_fills_every_null_with_iso_dates_and_enum_names():
    # RULEBOOK §1: PIP dated 2022-06-01 → term 2022-06-02 … 2025-06-01; ASIEL → asielstatushouder.
    day = "2024-01-05"
    wanted = ["inburgeringsplichtig", "reden_geen_inburgeringsplicht", "inburgeringsregime", "doelgroep",
              "datum_aanvang_inburgeringsplicht", "inburgeringstermijn_startdatum", "inburgeringstermijn_einddatum"]
    body = {"personen": {"anna": {**ASIELSTATUSHOUDER, **{v: {day: None} for v in wanted}}}}
    response = post(body)
    assert response.status_code == 200, response.text
    anna = response.json()["personen"]["anna"]
    assert anna["inburgeringsplichtig"] == {day: True}
    assert anna["reden_geen_inburgeringsplicht"] == {day: "GEEN"}
    assert anna["inburgeringsregime"] == {day: "WI2021"}
    assert anna["doelgroep"] == {day: "ASIELSTATUSHOUDER"}
    assert anna["datum_aanvang_inburgeringsplicht"] == {day: "2022-03-01"}
    assert anna["inburgeringstermijn_startdatum"] == {day: "2022-06-02"}
    assert anna["inburgeringstermijn_einddatum"] == {day: "2025-06-01"}
    assert anna["geboortedatum"] == {"ETERNITY": "1990-05-01"}  # inputs are echoed
    assert response.headers["X-Model-Version"]


def test_batch_answers_each_person_separately():
    body = {
        "personen": {
            "nl": {"nationaliteit": "NEDERLANDS", "reden_geen_inburgeringsplicht": {"2024-01-05": None}},
            "eu": {"nationaliteit": "EU_EER_ZWITSERS", "reden_geen_inburgeringsplicht": {"2024-01-05": None}},
            "anna": {**ASIELSTATUSHOUDER, "reden_geen_inburgeringsplicht": {"2024-01-05": None}},
        }
    }
    personen = post(body).json()["personen"]
    assert personen["nl"]["reden_geen_inburgeringsplicht"]["2024-01-05"] == "NEDERLANDER"
    assert personen["eu"]["reden_geen_inburgeringsplicht"]["2024-01-05"] == "EU_EER_ZWITSERS"
    assert personen["anna"]["reden_geen_inburgeringsplicht"]["2024-01-05"] == "GEEN"


def test_missing_birth_date_is_named_when_the_answer_depends_on_it():
    body = {"personen": {"anna": {"verblijfsgrond": "ASIEL", "datum_verblijfsrecht": "2022-03-01",
                                  "inburgeringsplichtig": {"2024-01-05": None}}}}
    response = post(body)
    assert response.status_code == 400
    assert "geboortedatum" in response.json()["personen"]["anna"]


def test_missing_birth_date_is_no_error_when_the_answer_does_not_need_it():
    # A Dutch national is never obliged (reason 1): his age does not matter.
    body = {"personen": {"nl": {"nationaliteit": "NEDERLANDS", "inburgeringsplichtig": {"2024-01-05": None}}}}
    response = post(body)
    assert response.status_code == 200
    assert response.json()["personen"]["nl"]["inburgeringsplichtig"] == {"2024-01-05": False}


@pytest.mark.parametrize(
    "facts, path, words",
    [
        ({"verblijfsgrond": {"ETERNITY": "ASIL"}}, ["verblijfsgrond", "ETERNITY"], "ASIEL"),
        ({"geboortedatum": {"ETERNITY": "1990-02-30"}}, ["geboortedatum", "ETERNITY"], "not a date that exists"),
        ({"geboortedatum": {"ETERNITY": "01-05-1990"}}, ["geboortedatum", "ETERNITY"], "YYYY-MM-DD"),
        ({"familielid_eu_burger": {"ETERNITY": "false"}}, ["familielid_eu_burger", "ETERNITY"], "JSON boolean"),
        ({"jaren_leerplichtig_in_nederland": {"ETERNITY": 2.5}}, ["jaren_leerplichtig_in_nederland", "ETERNITY"], "whole number"),
        ({"inburgeringsplichtig": {"2024-01": None}}, ["inburgeringsplichtig", "2024-01"], "YYYY-MM-DD"),
        ({"inburgeringsplichtig": {"2024-02-30": None}}, ["inburgeringsplichtig", "2024-02-30"], "not a valid period"),
        ({"bestaat_niet": {"2024-01-05": None}}, ["bestaat_niet"], "Unknown variable"),
    ],
)
def test_bad_input_is_a_400_at_its_path(facts, path, words):
    response = post({"personen": {"anna": {**ASIELSTATUSHOUDER, **facts}}})
    assert response.status_code == 400, response.text
    node = response.json()["personen"]["anna"]
    for key in path:
        node = node[key]
    assert words in node


def test_negative_count_is_a_400_naming_the_field():
    body = {"personen": {"anna": {**ASIELSTATUSHOUDER, "jaren_leerplichtig_in_nederland": -1,
                                  "inburgeringsplichtig": {"2024-01-05": None}}}}
    response = post(body)
    assert response.status_code == 400
    assert "at least 0" in response.json()["personen"]["anna"]["jaren_leerplichtig_in_nederland"]


def test_negative_extension_is_a_400_naming_the_field():
    body = {"personen": {"anna": {**ASIELSTATUSHOUDER, "toegekende_verlenging_dagen": -5,
                                  "inburgeringstermijn_einddatum": {"2024-01-05": None}}}}
    response = post(body)
    assert response.status_code == 400
    assert "toegekende_verlenging_dagen" in response.json()["personen"]["anna"]


@pytest.mark.parametrize(
    "raw, status, words",
    [
        (b"{not json", 400, "Invalid JSON"),
        (b"[1, 2]", 400, "JSON object"),
        (b'"text"', 400, "JSON object"),
        (b"{}", 400, "empty"),
        (b'{"huishoudens": {}}', 400, "Unknown entity"),
    ],
)
def test_malformed_bodies_are_4xx(raw, status, words):
    response = client.post("/calculate", content=raw, headers={"content-type": "application/json"})
    assert response.status_code == status
    assert words in response.text


def test_date_before_the_modelled_law_names_the_parameter():
    body = {"personen": {"anna": {**ASIELSTATUSHOUDER, "inburgeringsplichtig": {"2010-01-05": None}}}}
    response = post(body)
    assert response.status_code == 400
    assert response.json()["parameter"].startswith("inburgeringsplicht.")


def test_huge_body_is_413():
    response = client.post(
        "/calculate", content=b" " * 10, headers={"content-type": "application/json", "content-length": "999999999999"}
    )
    assert response.status_code == 413


def test_eternity_keys_are_normalised_so_no_person_loses_a_fact():
    # openfisca-core #1295: mixed ETERNITY key spellings reset other persons' inputs.
    body = {
        "personen": {
            "a": {"geboortedatum": {"eternity": "1990-01-01"}, "leeftijd": {"2024-01-01": None}},
            "b": {"geboortedatum": {"2023-01": "1980-01-01"}, "leeftijd": {"2024-01-01": None}},
        }
    }
    personen = post(body).json()["personen"]
    assert personen["a"]["leeftijd"] == {"2024-01-01": 34}
    assert personen["b"]["leeftijd"] == {"2024-01-01": 44}


def test_persons_in_a_gemeente_and_alone_are_both_answered():
    body = {
        "personen": {
            "anna": {**ASIELSTATUSHOUDER, "doelgroep": {"2024-01-05": None}},
            "bob": {"nationaliteit": "NEDERLANDS", "doelgroep": {"2024-01-05": None}},
        },
        "gemeenten": {"vlaardingen": {"inburgeraars": ["anna"]}},
    }
    response = post(body)
    assert response.status_code == 200, response.text
    assert response.json()["personen"]["anna"]["doelgroep"] == {"2024-01-05": "ASIELSTATUSHOUDER"}
    assert response.json()["personen"]["bob"]["doelgroep"] == {"2024-01-05": "GEEN"}


@pytest.mark.parametrize(
    "gemeenten, words",
    [
        ({"a": {"inburgeraars": ["anna"]}, "b": {"inburgeraars": ["anna"]}}, "already an inburgeraar"),
        ({"a": {"inburgeraars": ["niemand"]}}, "unknown persoon"),
        ({"a": {"inburgeraars": "anna"}}, "list of persoon ids"),
    ],
)
def test_bad_membership_is_a_400(gemeenten, words):
    response = post({"personen": {"anna": ASIELSTATUSHOUDER}, "gemeenten": gemeenten})
    assert response.status_code == 400
    assert words in response.text


def test_large_batch_answers_every_person():
    # 3,000 persons, three kinds: each answer must land on its own person (vectorised fill).
    grounds = ["ASIEL", "GEZINSMIGRATIE", "TIJDELIJK_DOEL"]
    expected = ["ASIELSTATUSHOUDER", "GEZINSMIGRANT", "GEEN"]
    personen = {
        f"p{i}": {**ASIELSTATUSHOUDER, "verblijfsgrond": grounds[i % 3], "doelgroep": {"2024-01-05": None}}
        for i in range(3000)
    }
    answer = post({"personen": personen}).json()["personen"]
    assert all(answer[f"p{i}"]["doelgroep"]["2024-01-05"] == expected[i % 3] for i in range(3000))


def test_regression_pip_dated_before_the_plicht_began_is_a_400_not_a_500():
    # Found by the property tests: born 2004, residence 2000, PIP 2019 — the plicht starts at 18
    # (2022), so the PIP cannot be earlier; the term-length parameter lookup then crashed with a 500.
    body = {"personen": {"jong": {"geboortedatum": "2004-05-01", "verblijfsgrond": "ASIEL",
                                  "datum_verblijfsrecht": "2000-01-01", "datum_dagtekening_pip": "2019-01-01",
                                  "inburgeringstermijn_einddatum": {"2019-06-01": None}}}}
    response = post(body)
    assert response.status_code == 400
    assert "datum_aanvang_inburgeringsplicht" in response.json()["personen"]["jong"]["datum_dagtekening_pip"]


def test_regression_unnamed_missing_parameter_is_a_400():
    from inburgering_rules.berekening import full_parameter_name

    assert full_parameter_name(None, None) == "(unnamed parameter)"


def test_year_variable_asked_for_a_month_is_a_400_naming_the_period():
    # openfisca serve answers this with a 500 (spike §4); here it is the caller's mistake.
    response = post({"gemeenten": {"g": {"aantal_gehuisveste_asielstatushouders": {"2024": 10},
                                         "spuk_inburgeringsvoorzieningen": {"2024-01": None}}}})
    assert response.status_code == 400
    message = response.json()["gemeenten"]["g"]["spuk_inburgeringsvoorzieningen"]["2024-01"]
    assert "defined per year" in message and "YYYY" in message


def test_unknown_spuk_year_is_a_400_naming_parameter_and_year():
    # RULEBOOK §8: the 2023 amounts are unknown — never a guessed figure.
    response = post({"gemeenten": {"g": {"aantal_gehuisveste_asielstatushouders": {"2023": 10},
                                         "spuk_inburgeringsvoorzieningen": {"2023": None}}}})
    assert response.status_code == 400
    body = response.json()
    assert "spuk" in body["parameter"] and body["date"].startswith("2023")
