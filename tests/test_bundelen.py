"""Request coalescing (api/bundelen.py): concurrent /calculate requests evaluated together, each
answered as if it had come alone, with its own answer or its own error."""

from __future__ import annotations

import asyncio
import json
import threading
import urllib.error
import urllib.request

from api.bundelen import Bundelaar, verwerk_calculate


def test_requests_of_one_turn_form_one_batch_bounded_by_the_maximum():
    batches = []

    def verwerk(bodies):
        batches.append(list(bodies))
        return [body.upper() for body in bodies]

    async def main():
        bundelaar = Bundelaar(verwerk, venster_s=0, max_bundel=4)
        answers = await asyncio.gather(*(bundelaar.bereken(f"r{i}".encode()) for i in range(10)))
        bundelaar.sluit()
        return answers

    answers = asyncio.run(main())
    assert answers == [f"R{i}".encode() for i in range(10)]
    assert [len(b) for b in batches] == [4, 4, 2]


def test_a_lone_request_is_evaluated_at_once_and_an_error_reaches_only_its_caller():
    def verwerk(bodies):
        return [ValueError(body.decode()) if body == b"kapot" else body for body in bodies]

    async def main():
        bundelaar = Bundelaar(verwerk, venster_s=0, max_bundel=64)
        alone = await bundelaar.bereken(b"alleen")
        results = await asyncio.gather(bundelaar.bereken(b"a"), bundelaar.bereken(b"kapot"), bundelaar.bereken(b"b"),
                                       return_exceptions=True)
        bundelaar.sluit()
        return alone, results

    alone, (a, kapot, b) = asyncio.run(main())
    assert alone == b"alleen" and a == b"a" and b == b"b"
    assert isinstance(kapot, ValueError) and str(kapot) == "kapot"


def _persoon(geboren: str, grond: str, pip: str | None) -> dict:
    facts = {
        "geboortedatum": {"ETERNITY": geboren},
        "verblijfsgrond": {"ETERNITY": grond},
        "datum_verblijfsrecht": {"ETERNITY": "2022-03-01"},
        "inburgeringsplichtig": {"2025-03-01": None},
        "inburgeringstermijn_einddatum": {"2025-03-01": None},
        "leeftijd": {"2025-03-01": None},
    }
    if pip:
        facts["datum_dagtekening_pip"] = {"ETERNITY": pip}
    return {"personen": {"p": facts}}


def _bodies() -> list[bytes]:
    bodies = [json.dumps(_persoon(f"19{60 + i % 40}-0{1 + i % 9}-1{i % 10}", ["ASIEL", "GEZINSMIGRATIE"][i % 2],
                                  "2022-06-01")).encode() for i in range(24)]
    bodies[3] = b"{not json"
    bodies[7] = json.dumps(_persoon("2030-01-01", "ASIEL", "2022-06-01")).encode()  # PIP before birth
    bodies[11] = json.dumps({"personen": {"p": {"onbekend": {"ETERNITY": 1}}}}).encode()
    bodies[15] = json.dumps(_persoon("1990-05-01", "ASIEL", "1980-01-01")).encode()  # PIP before birth
    return bodies


def test_batch_processing_answers_each_body_as_alone(tbs):
    bodies = _bodies()
    alone = [verwerk_calculate(tbs, [body])[0] for body in bodies]
    together = verwerk_calculate(tbs, bodies)
    for expected, actual in zip(alone, together):
        if isinstance(expected, BaseException):
            assert type(actual) is type(expected) and getattr(actual, "body", None) == getattr(expected, "body", None)
        else:
            assert actual == expected
    assert sum(isinstance(a, BaseException) for a in together) == 4


def _post(base: str, body: bytes):
    request = urllib.request.Request(base + "/calculate", data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_concurrent_http_requests_each_get_their_own_answer(live_server):
    bodies = _bodies()
    alone = [_post(live_server, body) for body in bodies]
    together: list = [None] * len(bodies)

    def send(n):
        together[n] = _post(live_server, bodies[n])

    threads = [threading.Thread(target=send, args=(n,)) for n in range(len(bodies))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert together == alone
    assert [status for status, _ in alone].count(200) == 20


def test_health_answers_while_a_large_batch_is_evaluated(live_server):
    """Evaluation runs on the worker thread, so the event loop still serves /health meanwhile: no
    /health call waits anywhere near as long as the batch takes."""
    import time

    from bench.payloads import outputs, situation
    from inburgering_rules.systeem import systeem

    variables = systeem().variables
    # 15,000 persons: a large batch that stays under the 20 MiB body limit (api/limits.py).
    body = json.dumps(situation(15_000, outputs(variables), variables)).encode()
    done = {}

    def batch():
        started = time.monotonic()
        done["status"] = _post(live_server, body)[0]
        done["seconds"] = time.monotonic() - started

    worker = threading.Thread(target=batch)
    worker.start()
    waits = []
    while worker.is_alive():
        started = time.monotonic()
        with urllib.request.urlopen(live_server + "/health", timeout=60) as response:
            assert response.status == 200
        waits.append(time.monotonic() - started)
        time.sleep(0.02)
    worker.join()
    assert done["status"] == 200
    assert len(waits) >= 3 and max(waits) < done["seconds"] / 2, (max(waits), done["seconds"])
