"""/trace, /explain, /spec and the metadata endpoints (issue #5), in-process."""

import pytest
from fastapi.testclient import TestClient

from api.examples import SITUATIE
from api.main import app

client = TestClient(app)
DAY = "2024-01-05"


def test_every_spec_example_runs():
    spec = client.get("/spec").json()
    ran = 0
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            example = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("example")
            if example is not None:
                response = client.request(method.upper(), path, json=example)
                assert response.status_code == 200, (path, response.text)
                ran += 1
    assert ran >= 3


def test_trace_nodes_carry_label_articles_formula_and_parameters():
    trace = client.post("/trace", json=SITUATIE).json()
    assert f"inburgeringstermijn_einddatum<{DAY}>" in trace["requestedCalculations"]
    node = trace["trace"][f"inburgeringstermijn_einddatum<{DAY}>"]
    assert node["value"] == ["2025-06-01", "9999-12-31"]  # anna: PIP 2022-06-01; bob: no regime
    assert node["label"] == "Laatste dag inburgeringstermijn"
    assert any("artikel=11" in link for link in node["references"])
    assert node["formula"]["start"] == "2013-01-01" and node["formula"]["documentation"]
    duur = node["parameters"][f"termijn.duur_jaren.WI2021<{DAY}>"]
    assert duur["value"] == 3 and duur["provenance"] == "bevestigd" and duur["reference"][0]["href"].startswith("https://")
    assert f"inburgeringstermijn_startdatum<{DAY}>" in node["dependencies"]
    assert trace["entitiesDescription"]["personen"] == ["anna", "bob"]


def test_explain_gives_the_deciding_reason_in_order_with_articles():
    body = client.post("/explain", json=SITUATIE).json()
    bob = body["personen"]["bob"]["reden_geen_inburgeringsplicht"][DAY]
    assert bob["value"] == "TIJDELIJK_VERBLIJFSDOEL"
    assert "niet inburgeringsplichtig" in bob["outcome"] and "tijdelijk doel" in bob["outcome"]
    answers = [c["answer"] for c in bob["conditions"]]
    # reason 5 of RULEBOOK §3 decides; Wi2021 art. 3 lid 2 c (added 2026-12) is asked before it
    assert answers[:6] == ["nee", "nee", "nee", "nee", "nee", "ja"]
    assert set(answers[6:]) == {"niet meer getoetst"}
    assert any(a["href"].endswith("artikel=3&lid=1") for a in bob["articles"])
    # nationaliteit was not given; reasons 1, 2 and 6 rest on it
    assert "nationaliteit" in [m["variable"] for m in bob["missing_inputs"]]
    # reasons after the decisive one are not asked for
    assert "diploma" not in [m["variable"] for m in bob["missing_inputs"]]


def test_explain_lists_parameters_with_provenance_for_a_plichtige():
    anna = client.post("/explain", json=SITUATIE).json()["personen"]["anna"]["inburgeringsplichtig"][DAY]
    assert anna["value"] is True
    minimum = next(p for p in anna["parameters"] if p["parameter"] == "inburgeringsplicht.minimumleeftijd")
    assert minimum["value"] == 16 and minimum["provenance"] in ("bevestigd", "gerapporteerd")
    assert "Minimumleeftijd inburgeringsplicht: 16 jaar" in anna["text"]
    assert "nationaliteit" not in [m["variable"] for m in anna["missing_inputs"]]  # anna gave it


def test_explain_in_english():
    response = client.post("/explain", json=SITUATIE, headers={"Accept-Language": "en-GB,en;q=0.9"})
    bob = response.json()["personen"]["bob"]["reden_geen_inburgeringsplicht"][DAY]
    assert bob["language"] == "en"
    assert bob["outcome"].startswith("On 5 January 2024 bob is not inburgeringsplichtig")
    assert "temporary purpose" in bob["outcome"]


def test_explain_of_a_date_names_its_inputs():
    anna = client.post("/explain", json=SITUATIE).json()["personen"]["anna"]["inburgeringstermijn_einddatum"][DAY]
    assert anna["value"] == "2025-06-01"
    assert "1 juni 2025" in anna["outcome"]
    assert {c["variable"] for c in anna["conditions"]} >= {"inburgeringstermijn_startdatum", "inburgeringsregime"}


def test_parameter_endpoint_keeps_per_value_provenance():
    # The AOW age: read in AOW art. 7a lid 1 up to 2025, reported from 2026 (set by Staatscourant notice).
    body = client.get("/parameter/inburgeringsplicht.pensioengerechtigde_leeftijd").json()
    assert body["values"]["2024-01-01"] == 804 and body["values"]["2026-01-01"] == 804
    assert body["values_metadata"]["2024-01-01"]["provenance"] == "bevestigd"
    assert body["values_metadata"]["2026-01-01"]["provenance"] == "gerapporteerd"
    assert client.get("/parameter/inburgeringsplicht/minimumleeftijd").status_code == 200


@pytest.mark.parametrize("path", ["/parameter/bestaat.niet", "/variable/bestaat_niet", "/nergens"])
def test_unknown_things_are_404_json(path):
    response = client.get(path)
    assert response.status_code == 404
    assert "error" in response.json()


def test_variable_endpoint_describes_the_law():
    body = client.get("/variable/reden_geen_inburgeringsplicht").json()
    assert body["definitionPeriod"] == "DAY" and body["entity"] == "persoon"
    assert "TIJDELIJK_VERBLIJFSDOEL" in body["possibleValues"]
    assert body["documentation"] and body["references"]
    assert body["formulas"]["0001-01-01"]["documentation"]
    # absolute, as openfisca serve gives it (issue #13: the Legislation Explorer follows it)
    assert client.get("/variables").json()["geboortedatum"]["href"] == "http://testserver/variable/geboortedatum"


def test_entities_and_parameters_listing():
    entities = client.get("/entities").json()
    assert entities["gemeente"]["roles"]["inburgeraar"]["plural"] == "inburgeraars"
    parameters = client.get("/parameters").json()
    assert parameters["termijn.duur_jaren.WI2021"]["provenance"] == "bevestigd"


def test_gemeente_only_request_works():
    response = client.post("/calculate", json={"gemeenten": {"vlaardingen": {}}})
    assert response.status_code == 200
    assert response.json() == {"gemeenten": {"vlaardingen": {}}}
