"""Operations (issue #13, item 6): GET /, Swagger UI offline, request ids, JSON logs without personal
data, and serve.sh starting from an installed environment with no package index."""

import json
import logging
import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from fastapi.testclient import TestClient

from api.logboek import ACCESS, JsonFormatter
from api.main import MODEL_VERSION, app

client = TestClient(app)
ROOT = Path(__file__).resolve().parent.parent


def test_root_answers_with_the_links():
    body = client.get("/").json()
    assert body["model_version"] == MODEL_VERSION
    assert body["links"]["calculate"] == {"method": "POST", "href": "http://testserver/calculate",
                                          "description": body["links"]["calculate"]["description"]}
    assert client.get(body["links"]["spec"]["href"]).status_code == 200


def test_swagger_ui_is_served_from_the_local_package():
    html = client.get("/docs").text
    assert "/docs/static/swagger-ui-bundle.js" in html and "cdn" not in html.lower()
    assert "/spec" in html
    script = client.get("/docs/static/swagger-ui-bundle.js")
    assert script.status_code == 200 and len(script.content) > 100_000


def test_request_id_is_echoed_or_made():
    assert client.get("/health", headers={"X-Request-Id": "abc-123"}).headers["X-Request-Id"] == "abc-123"
    made = client.get("/health", headers={"X-Request-Id": "not a token"}).headers["X-Request-Id"]
    assert len(made) == 32 and made != "not a token"


class _Lines(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []
        self.setFormatter(JsonFormatter())

    def emit(self, record):
        self.lines.append(self.format(record))


def test_access_log_is_json_with_the_id_and_no_query_or_body():
    handler = _Lines()
    ACCESS.addHandler(handler)
    try:
        client.get("/wet/bereken?geboortedatum=1987-06-05&verblijfsgrond=ASIEL", headers={"X-Request-Id": "r1"})
        client.post("/calculate", json={"personen": {"jan_jansen": {"geboortedatum": "1987-06-05",
                                                                     "leeftijd": {"2024-01-05": None}}}})
    finally:
        ACCESS.removeHandler(handler)
    lines = [json.loads(line) for line in handler.lines]
    assert lines[0]["request_id"] == "r1" and lines[0]["path"] == "/wet/bereken" and lines[0]["status"] in (200, 400)
    assert lines[1]["path"] == "/calculate" and lines[1]["method"] == "POST"
    text = "\n".join(handler.lines)
    assert "1987" not in text and "jan_jansen" not in text and "ASIEL" not in text


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_sh_starts_an_installed_environment_without_a_package_index():
    want = subprocess.run("cat pyproject.toml setup.py | sha256sum | cut -c1-16", shell=True, cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.strip()
    (ROOT / ".venv" / ".installed-from").write_text(want + "\n")  # what serve.sh writes after installing
    port = _free_port()
    env = {**os.environ, "PORT": str(port), "PIP_INDEX_URL": "http://127.0.0.1:9/simple", "PIP_NO_INDEX": "1",
           "PIP_FIND_LINKS": ""}
    process = subprocess.Popen(["bash", "scripts/serve.sh"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health?x=geheim", timeout=1) as response:
                    health = json.loads(response.read())
                break
            except OSError:
                assert process.poll() is None, process.stderr.read()
                assert time.monotonic() < deadline, "serve.sh did not start within 30 s"
                time.sleep(0.3)
        assert health["model_version"] == MODEL_VERSION
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    logged = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    assert logged[0]["message"].startswith("installed environment found")
    assert any(line.get("path") == "/health" for line in logged)
    assert "geheim" not in stderr
