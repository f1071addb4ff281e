"""Request coalescing for ``/calculate``: concurrent requests evaluated together, off the event loop.

A case system calls ``/calculate`` one person at a time, many at once. Each request costs a fixed
amount of rule evaluation whatever its size, so requests that arrive together are evaluated as one
population (``inburgering_rules.snelpad.calculate_many``) and each answer is cut out for its own
caller. One worker thread evaluates: while it runs a batch, the requests that arrive meanwhile
queue up and form the next one. The event loop only reads bodies and hands them over, so
``/health`` and the other routes stay responsive whatever is being computed.

- A lone request is evaluated at once (no waiting window unless one is configured), paying only
  the hand-over to the worker thread, which every request pays anyway to keep the loop free.
- ``INBURGERING_BUNDEL_VENSTER_MS`` (default 0): how long a batch may wait for more requests after
  the first; 0 means "what has arrived by the next turn of the event loop".
- ``INBURGERING_BUNDEL_MAX`` (default 64): the most requests evaluated together.
- A request with more than ``INBURGERING_BUNDEL_MAX_PERSONEN`` persons (default 50) is already a
  batch and is evaluated on its own.
- Each request is parsed and validated on its own; one whose evaluation raises is answered on its
  own, with its own error, and never changes another's answer (see ``calculate_many``).
"""

from __future__ import annotations

import asyncio
import json
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

import orjson

from inburgering_rules import tijdslimiet
from inburgering_rules.situatie import read_situation
from inburgering_rules.snelpad import calculate_each, calculate_many

from . import limits

VENSTER_S = float(os.environ.get("INBURGERING_BUNDEL_VENSTER_MS", "0")) / 1000
MAX_BUNDEL = max(1, int(os.environ.get("INBURGERING_BUNDEL_MAX", "64")))
MAX_PERSONEN = int(os.environ.get("INBURGERING_BUNDEL_MAX_PERSONEN", "50"))


class Bundelaar:
    """Collects ``/calculate`` work on the event loop and evaluates it in batches on one thread.

    ``verwerk(items)`` runs in the worker thread: given a list of request bodies (bytes) it returns,
    per body, the result or the exception to raise to that caller.
    """

    def __init__(self, verwerk: Callable[[list[bytes]], list[Any]], venster_s: float = VENSTER_S,
                 max_bundel: int = MAX_BUNDEL):
        self.verwerk = verwerk
        self.venster_s = venster_s
        self.max_bundel = max_bundel
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bereken")
        self._loop = None

    def _voor(self, loop) -> None:
        """State belongs to one event loop (a test client may start several, one after another)."""
        if loop is not self._loop:
            self._loop = loop
            self._wachtend: list[tuple[bytes, asyncio.Future]] = []
            self._bezig = False
            self._gepland = False

    async def bereken(self, body: bytes) -> Any:
        loop = asyncio.get_running_loop()
        self._voor(loop)
        future = loop.create_future()
        self._wachtend.append((body, future))
        self._plan(loop)
        return await future

    def _plan(self, loop) -> None:
        if self._bezig or self._gepland:
            return  # the batch running now picks these up when it ends
        self._gepland = True
        if self.venster_s > 0 and len(self._wachtend) < self.max_bundel:
            loop.call_later(self.venster_s, self._start, loop)
        else:
            loop.call_soon(self._start, loop)

    def _start(self, loop) -> None:
        if loop is not self._loop:
            return
        self._gepland = False
        if self._bezig or not self._wachtend:
            return
        batch, self._wachtend = self._wachtend[: self.max_bundel], self._wachtend[self.max_bundel:]
        self._bezig = True
        work = loop.run_in_executor(self._executor, self.verwerk, [body for body, _ in batch])
        work.add_done_callback(lambda done: self._klaar(loop, batch, done))

    def _klaar(self, loop, batch, done) -> None:
        if loop is not self._loop:
            return
        self._bezig = False
        error = done.exception()
        results = [error] * len(batch) if error is not None else done.result()
        for (_, future), result in zip(batch, results):
            if future.cancelled():
                continue  # the caller went away
            if isinstance(result, BaseException):
                future.set_exception(result)
            else:
                future.set_result(result)
        if self._wachtend:
            # What arrived during this batch forms the next one at once: it has waited already.
            self._gepland = True
            loop.call_soon(self._start, loop)

    def sluit(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


# --- What the worker thread does with a batch of /calculate bodies ---


def schrijf_json(answer: Any) -> bytes:
    try:
        return orjson.dumps(answer)
    except TypeError:  # an integer beyond 64 bits, echoed from the input
        return json.dumps(answer, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def verwerk_calculate(tbs, bodies: list[bytes]) -> list[Any]:
    """Per body the rendered answer (bytes), or the exception its caller gets.

    Each body is parsed and validated on its own; the valid ones are evaluated together where they
    can be (``calculate_many``); a large request is evaluated on its own.
    """
    grenzen = limits.GRENZEN
    out: list[Any] = [None] * len(bodies)
    samen: list[int] = []
    items: list[tuple[dict, Any]] = []
    for n, body in enumerate(bodies):
        try:
            # The same parser and budgets as every other route: duplicate keys, depth, surrogates,
            # persons × outputs × periods, all refused before any work (api/limits.py).
            data = limits.lees_json(body, grenzen)
            request = read_situation(tbs, data)
            limits.controleer_budget(tbs, request, "calculate", grenzen)
        except Exception as error:  # noqa: BLE001 - this caller's own error
            out[n] = error
            continue
        if len(bodies) == 1 or len(request.inputs.get("personen", ())) > MAX_PERSONEN:
            out[n] = _binnen_de_tijd(lambda: calculate_each(tbs, [(data, request)])[0], grenzen)
        else:
            samen.append(n)
            items.append((data, request))
    if items:
        for n, answer in zip(samen, _binnen_de_tijd(lambda: calculate_many(tbs, items), grenzen)):
            out[n] = answer
    for n, answer in enumerate(out):
        if not isinstance(answer, BaseException):
            try:
                out[n] = schrijf_json(answer)
                if len(out[n]) > grenzen.answer_bytes:
                    out[n] = limits.te_veel(413, "answer_bytes", len(out[n]), grenzen.answer_bytes,
                                            "The answer in bytes", "split the batch into smaller requests.")
            except Exception as error:  # noqa: BLE001
                out[n] = error
    return out


def _binnen_de_tijd(werk, grenzen):
    """``werk()`` under the request deadline (a batch of coalesced requests shares one)."""
    with tijdslimiet.binnen(grenzen.deadline_seconds):
        resultaat = werk()
        tijdslimiet.controleer()
        return resultaat
