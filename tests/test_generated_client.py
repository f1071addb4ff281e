"""A client generated from /spec with a real generator calls the live server (issue #13, item 2)."""

import importlib
import json
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

GENERATOR = shutil.which("openapi-python-client") or str(Path(sys.executable).parent / "openapi-python-client")


@pytest.fixture(scope="module")
def generated(live_server, tmp_path_factory):
    if not Path(GENERATOR).exists():
        pytest.skip("openapi-python-client is not installed")
    work = tmp_path_factory.mktemp("client")
    with urllib.request.urlopen(live_server + "/spec") as response:
        (work / "spec.json").write_bytes(response.read())
    subprocess.run([GENERATOR, "generate", "--path", "spec.json", "--output-path", "inburgering_client", "--meta", "none"],
                   cwd=work, check=True, capture_output=True, timeout=300)
    sys.path.insert(0, str(work))
    try:
        yield importlib.import_module("inburgering_client"), live_server
    finally:
        sys.path.remove(str(work))


def test_generated_client_calculates_and_reads_the_answer(generated):
    package, base = generated
    calculate = importlib.import_module("inburgering_client.api.default.post_calculate_calculate_post")
    models = importlib.import_module("inburgering_client.models")
    client = package.Client(base_url=base)
    body = models.Situatie.from_dict({"personen": {"anna": {
        "geboortedatum": {"ETERNITY": "1990-05-01"}, "verblijfsgrond": {"ETERNITY": "ASIEL"},
        "datum_verblijfsrecht": {"ETERNITY": "2022-03-01"}, "datum_dagtekening_pip": {"ETERNITY": "2022-06-01"},
        "inburgeringstermijn_einddatum": {"2024-01-05": None}}}})
    response = calculate.sync_detailed(client=client, body=body)
    assert response.status_code == 200
    answer = response.parsed
    assert isinstance(answer, models.Antwoord)
    # Wi2021 art. 11 lid 1-2: PIP 2022-06-01 → last day 2025-06-01
    assert answer.to_dict()["personen"]["anna"]["inburgeringstermijn_einddatum"] == {"2024-01-05": "2025-06-01"}


def test_generated_client_reads_an_error_and_the_health(generated):
    package, base = generated
    calculate = importlib.import_module("inburgering_client.api.default.post_calculate_calculate_post")
    health = importlib.import_module("inburgering_client.api.default.health_health_get")
    models = importlib.import_module("inburgering_client.models")
    client = package.Client(base_url=base)
    bad = models.Situatie.from_dict({"personen": {"anna": {"geboortedatum": {"ETERNITY": "1990-02-30"},
                                                           "leeftijd": {"2024-01-05": None}}}})
    response = calculate.sync_detailed(client=client, body=bad)
    assert response.status_code == 400 and isinstance(response.parsed, models.Fout)
    assert "1990-02-30" in json.dumps(response.parsed.to_dict())
    status = health.sync(client=client)
    assert status.status == "ok" and "+" in status.model_version
