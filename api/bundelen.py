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
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

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
        self._wachtend: list[tuple[bytes, asyncio.Future]] = []
        self._bezig = False
        self._gepland = False
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bereken")
        self._lock = threading.Lock()

    async def bereken(self, body: bytes) -> Any:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._wachtend.append((body, future))
        self._plan(loop)
        result = await future
        return result

    async def alleen(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` on the same worker thread (a large batch, evaluated on its own)."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn)

    def _plan(self, loop) -> None:
        if self._bezig or self._gepland:
            return  # the batch running now picks these up when it ends
        self._gepland = True
        if self.venster_s > 0 and len(self._wachtend) < self.max_bundel:
            loop.call_later(self.venster_s, self._start, loop)
        else:
            loop.call_soon(self._start, loop)

    def _start(self, loop) -> None:
        self._gepland = False
        if self._bezig or not self._wachtend:
            return
        batch, self._wachtend = self._wachtend[: self.max_bundel], self._wachtend[self.max_bundel:]
        self._bezig = True
        work = loop.run_in_executor(self._executor, self.verwerk, [body for body, _ in batch])
        work.add_done_callback(lambda done: self._klaar(loop, batch, done))

    def _klaar(self, loop, batch, done) -> None:
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
