"""Contract tests over real HTTP: uvicorn on a loopback port, started by the test suite."""

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def server(live_server):
    return live_server


def call(base, path, body: bytes | None = None, headers=None):
    request = urllib.request.Request(base + path, data=body, headers=headers or {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read()), response.headers
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read()), error.headers


def test_health_carries_the_model_version(server):
    status, body, headers = call(server, "/health")
    assert status == 200 and body["status"] == "ok"
    assert headers.get("X-Model-Version") == body["model_version"]


def test_calculate_over_http(server):
    # Wi2021 art. 11: PIP dated 2022-06-01 → last day of the term 2025-06-01.
    situation = {
        "personen": {
            "anna": {
                "geboortedatum": {"ETERNITY": "1990-05-01"},
                "verblijfsgrond": {"ETERNITY": "GEZINSMIGRATIE"},
                "datum_verblijfsrecht": {"ETERNITY": "2022-03-01"},
                "datum_dagtekening_pip": {"ETERNITY": "2022-06-01"},
                "doelgroep": {"2023-01-01": None},
                "inburgeringstermijn_einddatum": {"2023-01-01": None},
            }
        }
    }
    status, body, _ = call(server, "/calculate", json.dumps(situation).encode())
    assert status == 200
    assert body["personen"]["anna"]["doelgroep"] == {"2023-01-01": "GEZINSMIGRANT"}
    assert body["personen"]["anna"]["inburgeringstermijn_einddatum"] == {"2023-01-01": "2025-06-01"}


def test_openfisca_client_request_works_unchanged(server):
    # Written as for `openfisca serve`: ids, variables, period keys, nulls; a bare ETERNITY value.
    situation = {"personen": {"p1": {"nationaliteit": "EU_EER_ZWITSERS", "inburgeringsplichtig": {"2024-05-01": None}}}}
    status, body, _ = call(server, "/calculate", json.dumps(situation).encode())
    assert status == 200
    assert body["personen"]["p1"]["inburgeringsplichtig"]["2024-05-01"] is False


@pytest.mark.parametrize(
    "raw, words",
    [
        (b"{oops", "Invalid JSON"),
        (b'{"personen": {"a": {"geboortedatum": {"ETERNITY": "1990-13-01"}}}}', "not a date that exists"),
        (b'{"personen": {"a": {"nationaliteit": {"ETERNITY": "DUTCH"}}}}', "NEDERLANDS"),
    ],
)
def test_bad_input_over_http_is_400_json(server, raw, words):
    status, body, _ = call(server, "/calculate", raw)
    assert status == 400
    assert words in json.dumps(body)


def test_trace_and_explain_over_http(server):
    from api.examples import SITUATIE

    status, trace, _ = call(server, "/trace", json.dumps(SITUATIE).encode())
    assert status == 200 and "inburgeringsplichtig<2024-01-05>" in trace["trace"]
    status, explained, _ = call(server, "/explain", json.dumps(SITUATIE).encode(), {"Content-Type": "application/json", "Accept-Language": "en"})
    assert status == 200
    assert explained["personen"]["bob"]["reden_geen_inburgeringsplicht"]["2024-01-05"]["language"] == "en"


@pytest.mark.parametrize("path", ["/parameter/geen.parameter", "/variable/geen_variabele"])
def test_unknown_metadata_is_404_json_over_http(server, path):
    status, body, headers = call(server, path)
    assert status == 404 and "error" in body
    assert headers.get("X-Model-Version")


def test_oversized_body_is_413_over_http(server):
    import http.client

    host, port = server.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    connection.putrequest("POST", "/calculate")
    connection.putheader("Content-Type", "application/json")
    connection.putheader("Content-Length", str(50 * 1024 * 1024))
    connection.endheaders()
    response = connection.getresponse()
    assert response.status == 413
    assert "larger than" in json.loads(response.read())["error"]
