"""Issue #11, over real HTTP: a corpus of malformed and abusive requests against uvicorn on loopback,
started with the settings of ``scripts/serve.sh``. Asserts status, JSON shape and the model-version
header of every answer, that the keep-alive connection stays usable, the worker's memory growth,
and ``/health`` latency while a heavy request runs. Bounded: about 40 requests, well under a minute.
"""

import datetime
import http.client
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ANNA = {"geboortedatum": "1990-05-01", "verblijfsgrond": "ASIEL", "datum_verblijfsrecht": "2022-03-01",
        "datum_dagtekening_pip": "2022-06-01"}


def _serve_flags() -> list[str]:
    """The uvicorn flags of scripts/serve.sh, so the suite tests what is deployed."""
    tekst = (ROOT / "scripts" / "serve.sh").read_text(encoding="utf-8")
    regel = re.search(r"--http h11[^\n]*\n[^\n]*", tekst).group(0)
    return [w for w in regel.replace("\\", " ").split() if not w.startswith("$")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = _free_port()
    env = {**os.environ, "INBURGERING_BODY_TIMEOUT_SECONDS": "2", "INBURGERING_HEADER_TIMEOUT_SECONDS": "2",
           "INBURGERING_DEADLINE_SECONDS": "120"}  # a loaded CI machine must not turn the heavy request into a 422
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1", "--port", str(port), *_serve_flags()],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(process.stderr.read().decode())
            time.sleep(0.2)
    yield port, process.pid
    process.terminate()
    process.wait(timeout=10)


def rss_mb(pid: int) -> float:
    for regel in Path(f"/proc/{pid}/status").read_text().splitlines():
        if regel.startswith("VmRSS:"):
            return int(regel.split()[1]) / 1024
    return 0.0


def request(connection, method, path, body=b"", headers=None):
    connection.request(method, path, body=body, headers={"Content-Type": "application/json", **(headers or {})})
    response = connection.getresponse()
    return response.status, response.read(), response


def _situatie(facts):
    return json.dumps({"personen": {"a": facts}}).encode()


# (name, path, raw body, extra headers, expected status, a word the JSON must hold)
CORPUS = [
    ("json nested 1000 deep", "/calculate", b"[" * 1000 + b"]" * 1000, {}, 400, "nested"),
    ("json nested 100000 deep", "/trace", b"{\"a\":" * 100_000, {}, 400, "Invalid JSON"),
    ("surrogate in id", "/calculate", b'{"personen": {"\\ud800": {"inburgeringsplichtig": {"2024-01-05": null}}}}', {}, 400, "surrogate"),
    ("surrogate in name", "/explain", b'{"personen": {"a": {"\\udfff": {"2024-01-05": null}}}}', {}, 400, "surrogate"),
    ("surrogate in period", "/calculate", b'{"personen": {"a": {"inburgeringsplichtig": {"\\ud800": null}}}}', {}, 400, "surrogate"),
    ("year with newline", "/calculate", json.dumps({"gemeenten": {"g": {"spuk_inburgeringsvoorzieningen": {"2024\n": None}}}}).encode(), {}, 400, "not a valid period"),
    ("year 9999 for a YEAR output", "/calculate", json.dumps({"gemeenten": {"g": {"spuk_inburgeringsvoorzieningen": {"9999": None}}}}).encode(), {}, 400, "between 1900 and 2199"),
    ("year 0001 for a MONTH output", "/calculate", _situatie({**ANNA, "ontzorgen_in_te_houden_bedrag": {"0001-01": None}}), {}, 400, "between 1900 and 2199"),
    ("explain with a date before year 1000", "/explain", _situatie({**ANNA, "geboortedatum": "0999-12-31", "inburgeringsplichtig": {"2024-01-05": None}}), {}, 400, "outside the range"),
    ("amount of 1e26", "/calculate", _situatie({**ANNA, "huur": {"2024-01": 1e26}, "ontzorgen_in_te_houden_bedrag": {"2024-01": None}}), {}, 400, "at most"),
    ("count of 1.2e9", "/calculate", json.dumps({"gemeenten": {"g": {"aantal_gehuisveste_asielstatushouders": {"2024": 1_200_000_000}, "spuk_inburgeringsvoorzieningen": {"2024": None}}}}).encode(), {}, 400, "at most"),
    ("two billion days of extension", "/calculate", _situatie({**ANNA, "toegekende_verlenging_dagen": 2_000_000_000, "inburgeringstermijn_einddatum": {"2024-01-05": None}}), {}, 400, "at most"),
    ("leeftijd -71", "/calculate", _situatie({**ANNA, "leeftijd": {"1919-01-01": None}}), {}, 400, "negative"),
    ("duplicate key", "/calculate", b'{"personen": {"a": {}, "a": {}}}', {}, 400, "occurs twice"),
    ("arabic-indic year", "/calculate", json.dumps({"gemeenten": {"g": {"spuk_inburgeringsvoorzieningen": {"\u0662\u0660\u0662\u0664": None}}}}).encode(), {}, 400, "not a valid period"),
    ("internal person name", "/calculate", _situatie({}).replace(b'"a"', b'"_geen_persoon_"'), {}, 400, "internally"),
    ("not json", "/calculate", b"\xff\xfe{", {}, 400, "Invalid JSON"),
    ("a list, not an object", "/calculate", b"[]", {}, 400, "JSON object"),
    ("NaN", "/calculate", _situatie({**ANNA, "huur": {"2024-01": float("nan")}}), {}, 400, "number"),
    ("very long key", "/calculate", json.dumps({"personen": {"x" * 50_000: {}}}).encode(), {}, 400, "key_chars"),
    ("100,000 persons on /trace", "/trace", json.dumps({"personen": {**{f"p{i}": {} for i in range(100_000)}, "p0": {"inburgeringsplichtig": {"2024-01-05": None}}}}).encode(), {}, 422, "instances"),
    ("20,000 persons on /explain", "/explain", json.dumps({"personen": {f"p{i}": {"nationaliteit": "NEDERLANDS", "inburgeringsplichtig": {"2024-01-05": None}} for i in range(20_000)}}).encode(), {}, 422, "trace_cells"),
    ("one person, 20,000 periods", "/calculate", _situatie({**ANNA, "inburgeringsplichtig": {str(datetime.date(2024, 1, 1) + datetime.timedelta(d)): None for d in range(20_000) if d < 64_000}}), {}, 422, "periods_per_variable"),
    ("form of 200 kB", "/wet/bereken", b"peildatum=" + b"x" * 200_000, {"Content-Type": "application/x-www-form-urlencoded"}, 413, "form_bytes"),
    ("header of 20 kB", "/health", b"", {"X-Opvulling": "a" * 20_000}, 431, "header_bytes"),
]


@pytest.mark.parametrize("naam, path, body, headers, status, woord", CORPUS, ids=[c[0] for c in CORPUS])
def test_hostile_request_is_a_4xx_json_and_the_connection_stays_usable(server, naam, path, body, headers, status, woord):
    port, _pid = server
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    method = "POST" if body or path != "/health" else "GET"
    code, raw, response = request(connection, method, path, body, headers)
    assert code == status, raw[:300]
    assert response.getheader("X-Model-Version") and response.getheader("Content-Type") == "application/json"
    assert woord in raw.decode(), raw[:300]
    assert len(raw) < 10_000  # an error never echoes the request
    if response.getheader("Connection") != "close" and code not in (413, 431):
        code, raw, _ = request(connection, "GET", "/health")  # the same keep-alive connection
        assert code == 200 and json.loads(raw)["status"] == "ok"


def _stuur(port: int, data: bytes, wacht: float = 0.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(data)
        if wacht:
            time.sleep(wacht)
        s.settimeout(30)
        ontvangen = b""
        while b"\r\n\r\n" not in ontvangen or not _compleet(ontvangen):
            deel = s.recv(65536)
            if not deel:
                break
            ontvangen += deel
        return ontvangen


def _compleet(raw: bytes) -> bool:
    kop, _, lijf = raw.partition(b"\r\n\r\n")
    lengte = re.search(rb"content-length: (\d+)", kop, re.IGNORECASE)
    return bool(lengte) and len(lijf) >= int(lengte.group(1))


def test_regressie_a_chunked_body_was_buffered_whole_before_the_413(server):
    port, pid = server
    voor = rss_mb(pid)
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(b"POST /calculate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        blok = b" " * 1_000_000
        verstuurd = 0
        try:
            for _ in range(200):  # up to 200 MB; the server answers after ~20
                s.sendall(b"%x\r\n%s\r\n" % (len(blok), blok))
                verstuurd += len(blok)
        except (BrokenPipeError, ConnectionResetError):
            pass
        s.settimeout(10)
        antwoord = s.recv(65536)
    assert b" 413 " in antwoord.split(b"\r\n")[0] and b"body_bytes" in antwoord
    assert verstuurd < 100_000_000
    assert rss_mb(pid) - voor < 100


def test_regressie_a_body_that_trickles_in_is_a_408(server):
    port, _pid = server
    antwoord = _stuur(port, b"POST /calculate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            b"Content-Length: 100\r\n\r\n{", wacht=3)
    assert b" 408 " in antwoord.split(b"\r\n")[0] and b"body_timeout_seconds" in antwoord


def _gesloten_na(port: int, data: bytes) -> float:
    """Seconds until the server closes a connection that sent ``data`` and then nothing more."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        begin = time.monotonic()
        if data:
            s.sendall(data)
        while s.recv(65536):
            pass
        return time.monotonic() - begin


def test_regressie_a_client_that_never_finishes_its_headers_held_a_connection(server):
    port, _pid = server
    assert _gesloten_na(port, b"GET /health HTTP/1.1\r\nHost: x\r\nX-Langzaam: a") < 5
    assert _gesloten_na(port, b"") < 5  # a connection that sends nothing at all
    # A slow client on a keep-alive connection: the first request is answered, the second never completes.
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        assert b" 200 " in s.recv(65536)
        begin = time.monotonic()
        s.sendall(b"GET /health HTTP/1.1\r\n")
        time.sleep(1)
        s.sendall(b"Host: x\r\n")
        while s.recv(65536):
            pass
        assert time.monotonic() - begin < 4  # the keep-alive timeout (5 s) stopped with the first byte


def test_a_content_length_that_is_not_a_number_is_refused(server):
    port, _pid = server
    antwoord = _stuur(port, b"POST /calculate HTTP/1.1\r\nHost: x\r\nContent-Length: 1e9\r\n\r\n{}")
    assert re.match(rb"HTTP/1.1 4\d\d ", antwoord), antwoord[:200]


def test_regressie_the_trailing_slash_redirect_trusted_host(server):
    port, _pid = server
    antwoord = _stuur(port, b"GET /wet/ HTTP/1.1\r\nHost: evil.example\r\n\r\n")
    assert re.search(rb"\r\nlocation: /wet\r\n", antwoord, re.IGNORECASE), antwoord[:300]
    assert b"evil.example" not in antwoord


def test_security_headers_on_the_explorer_over_http(server):
    port, _pid = server
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    code, _raw, response = request(connection, "GET", "/wet")
    assert code == 200
    assert "default-src 'none'" in response.getheader("Content-Security-Policy")
    assert response.getheader("X-Content-Type-Options") == "nosniff" and response.getheader("X-Frame-Options") == "DENY"


def _zwaar() -> bytes:
    """Within every limit, and seconds of work: 1,500 persons × 400 days of the term's end (12 MB)."""
    dagen = [str(datetime.date(2024, 1, 1) + datetime.timedelta(d)) for d in range(400)]
    return json.dumps({"personen": {f"p{i}": {**ANNA, "inburgeringstermijn_einddatum": {d: None for d in dagen}}
                                    for i in range(1_500)}}).encode()


def test_health_answers_within_a_second_while_a_heavy_request_runs_and_memory_stays_bounded(server):
    port, pid = server
    lichaam = _zwaar()
    voor = rss_mb(pid)
    uitkomst = {}

    def zwaar():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        begin = time.monotonic()
        uitkomst["status"], raw, _ = request(connection, "POST", "/calculate", lichaam)
        uitkomst["seconden"] = time.monotonic() - begin
        uitkomst["personen"] = len(json.loads(raw)["personen"])

    draad = threading.Thread(target=zwaar)
    draad.start()
    time.sleep(0.5)
    wachttijden = []
    while draad.is_alive() and len(wachttijden) < 40:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        begin = time.monotonic()
        code, _raw, _ = request(connection, "GET", "/health")
        wachttijden.append(time.monotonic() - begin)
        assert code == 200
        time.sleep(0.1)
    draad.join(120)
    assert uitkomst["status"] == 200 and uitkomst["personen"] == 1_500
    assert wachttijden and max(wachttijden) < 1.0, wachttijden
    groei = rss_mb(pid) - voor
    print(f"heavy request {uitkomst['seconden']:.1f} s; /health max {max(wachttijden) * 1000:.0f} ms over "
          f"{len(wachttijden)} calls; RSS {voor:.0f} → {rss_mb(pid):.0f} MB")
    assert groei < 300, groei


def test_serve_sh_and_the_dockerfile_carry_the_same_http_limits():
    flags = " ".join(_serve_flags())
    for vlag in ("--h11-max-incomplete-event-size 16384", "--timeout-keep-alive 5", "--limit-concurrency 100"):
        assert vlag in flags
        assert vlag in (ROOT / "Dockerfile").read_text(encoding="utf-8")
