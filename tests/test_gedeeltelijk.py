"""/calculate?gedeeltelijk=true: a batch answers every person it can (issue #13, item 3)."""

from fastapi.testclient import TestClient

from api.main import app

client = TestClient(app)
DAG = "2024-01-05"
ANNA = {
    "geboortedatum": "1990-05-01", "verblijfsgrond": "ASIEL", "datum_verblijfsrecht": "2022-03-01",
    "datum_dagtekening_pip": "2022-06-01", "inburgeringstermijn_einddatum": {DAG: None},
}


def batch():
    return {"personen": {
        "anna": dict(ANNA),
        "datum_fout": {"geboortedatum": "1990-02-30", "inburgeringsplichtig": {DAG: None}},
        "geen_geboortedatum": {"verblijfsgrond": "ASIEL", "datum_verblijfsrecht": "2022-03-01",
                               "inburgeringsplichtig": {DAG: None}},
        "te_vroeg": {**ANNA, "inburgeringsplichtig": {"2010-01-05": None}},
        "bob": {"nationaliteit": "NEDERLANDS", "reden_geen_inburgeringsplicht": {DAG: None}},
    }}


def test_default_is_unchanged_one_bad_person_fails_the_batch():
    assert client.post("/calculate", json=batch()).status_code == 400


def test_partial_answers_the_others_and_puts_each_error_at_its_path():
    response = client.post("/calculate?gedeeltelijk=true", json=batch())
    assert response.status_code == 200, response.text
    body = response.json()
    personen = body["personen"]
    # Wi2021 art. 11 lid 1-2: PIP 2022-06-01 → last day 2025-06-01, as without the others.
    assert personen["anna"]["inburgeringstermijn_einddatum"] == {DAG: "2025-06-01"}
    assert personen["bob"]["reden_geen_inburgeringsplicht"] == {DAG: "NEDERLANDER"}
    fouten = body["errors"]["personen"]
    assert "is not a date that exists" in fouten["datum_fout"]["geboortedatum"]["ETERNITY"]
    assert "geboortedatum" in fouten["geen_geboortedatum"]
    assert fouten["te_vroeg"]["date"] == "2010-01-05"  # a parameter without a value, pinned by halving
    assert personen["te_vroeg"]["inburgeringsplichtig"] == {"2010-01-05": None}  # nulls stay
    assert set(fouten) == {"datum_fout", "geen_geboortedatum", "te_vroeg"}
    assert body["summary"] == {"instances": 5, "answered": 2, "failed": 3}


def test_partial_answers_match_the_default_path_person_by_person():
    personen = batch()["personen"]
    partial = client.post("/calculate?gedeeltelijk=true", json=batch()).json()["personen"]
    for naam in ("anna", "bob"):
        alone = client.post("/calculate", json={"personen": {naam: personen[naam]}}).json()["personen"][naam]
        assert partial[naam] == alone


def test_partial_keeps_a_gemeente_when_its_inburgeraar_fails():
    body = {"personen": {"fout": {"geboortedatum": "x", "inburgeringsplichtig": {DAG: None}}},
            "gemeenten": {"vlaardingen": {"inburgeraars": ["fout"], "aantal_gehuisveste_asielstatushouders": {"2024": 10},
                                          "spuk_deel_cohort_jaar_1": {"2024": None}}}}
    response = client.post("/calculate?gedeeltelijk=true", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["summary"]["failed"] == 1
    assert "fout" in response.json()["errors"]["personen"]


def test_partial_still_refuses_a_body_of_the_wrong_shape():
    assert client.post("/calculate?gedeeltelijk=true", json=[]).status_code == 400
    assert client.post("/calculate?gedeeltelijk=true", json={"huishoudens": {}}).status_code == 400
