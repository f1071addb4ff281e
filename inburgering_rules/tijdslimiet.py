"""A wall-clock deadline for one computation, checked between steps (issue #11).

A thread cannot be stopped from outside, so the computation looks at the clock itself: between
the (variable, period) pairs it evaluates, the trace nodes it writes and the outputs it explains.
The deadline lives in a context variable: each request (each thread) has its own, and code run
without one (the CLI tools, the YAML tests) never stops.
"""

from __future__ import annotations

import contextlib
import contextvars
import time

from .errors import ClientError

_EINDE: contextvars.ContextVar[tuple[float, float] | None] = contextvars.ContextVar("einde", default=None)


@contextlib.contextmanager
def binnen(seconden: float | None):
    """Run the body under a deadline of ``seconden`` (None or 0: no deadline)."""
    token = _EINDE.set((time.monotonic() + seconden, seconden) if seconden else None)
    try:
        yield
    finally:
        _EINDE.reset(token)


def controleer() -> None:
    """A 422 naming the limit once the deadline has passed."""
    einde = _EINDE.get()
    if einde is not None and time.monotonic() > einde[0]:
        raise ClientError(422, {
            "error": f"The computation did not finish within {einde[1]:g} s; split the batch into smaller requests.",
            "limit": "deadline_seconds",
            "maximum": einde[1],
        })
