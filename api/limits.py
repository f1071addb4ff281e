"""HTTP budgets and hygiene (issue #11): no request can take a worker down or get a 5xx.

- ``Bewaking``, a pure ASGI middleware: the body is counted *while it streams* (chunked or not, every
  route, the explorer's form included) and refused with a 413 at the limit; a body that trickles in
  slower than ``body_timeout_seconds`` a chunk is a 408; every response carries ``X-Model-Version``,
  ``X-Content-Type-Options`` and ``X-Frame-Options`` (HTML also a ``Content-Security-Policy``); a
  redirect is made relative (the ``Host`` header is the caller's, not ours); an unexpected error is a
  JSON 500 with the version header, and the connection stays usable.
- ``lees_json``: duplicate keys, lone UTF-16 surrogates, over-long keys and deep nesting are 400s.
- ``controleer_budget``: instances, persons × outputs × periods, periods per variable and (for
  /trace and /explain) the size of the graph, each a 422 naming the limit, checked before any work.
- ``reken``: the computation runs in a thread pool of ``compute_threads`` under a wall-clock
  deadline, so the event loop (and ``/health``) stays responsive; the answer is serialised there too
  and refused with a 413 when larger than ``answer_bytes``.

Every limit is an environment variable (``INBURGERING_MAX_…``), listed in ``docs/api.md``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable

import anyio
from fastapi import Request
from fastapi.responses import Response

from inburgering_rules import tijdslimiet
from inburgering_rules.errors import ClientError
from inburgering_rules.versie import model_version

MODEL_VERSION = model_version()
log = logging.getLogger("inburgering_rules.api")


def _env(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        return type(default)(raw)
    except ValueError as error:
        raise SystemExit(f"{name}={raw!r} is not a number") from error


@dataclass(frozen=True)
class Grenzen:
    body_bytes: int = _env("INBURGERING_MAX_BODY_BYTES", 20 * 1024 * 1024)
    form_bytes: int = _env("INBURGERING_MAX_FORM_BYTES", 64 * 1024)
    body_timeout_seconds: float = _env("INBURGERING_BODY_TIMEOUT_SECONDS", 30.0)
    header_bytes: int = _env("INBURGERING_MAX_HEADER_BYTES", 16 * 1024)
    json_depth: int = _env("INBURGERING_MAX_JSON_DEPTH", 16)
    key_chars: int = _env("INBURGERING_MAX_KEY_CHARS", 256)
    instances: int = _env("INBURGERING_MAX_INSTANCES", 50_000)
    cells: int = _env("INBURGERING_MAX_CELLS", 1_000_000)
    periods_per_variable: int = _env("INBURGERING_MAX_PERIODS_PER_VARIABLE", 400)
    trace_cells: int = _env("INBURGERING_MAX_TRACE_CELLS", 10_000)
    trace_values: int = _env("INBURGERING_MAX_TRACE_VALUES", 1_000_000)
    explain_outputs: int = _env("INBURGERING_MAX_EXPLAIN_OUTPUTS", 1_000)
    answer_bytes: int = _env("INBURGERING_MAX_ANSWER_BYTES", 100 * 1024 * 1024)
    deadline_seconds: float = _env("INBURGERING_DEADLINE_SECONDS", 30.0)
    compute_threads: int = _env("INBURGERING_COMPUTE_THREADS", 1)


GRENZEN = Grenzen()
_ENV = {
    "body_bytes": "INBURGERING_MAX_BODY_BYTES", "form_bytes": "INBURGERING_MAX_FORM_BYTES",
    "header_bytes": "INBURGERING_MAX_HEADER_BYTES", "body_timeout_seconds": "INBURGERING_BODY_TIMEOUT_SECONDS",
    "json_depth": "INBURGERING_MAX_JSON_DEPTH", "key_chars": "INBURGERING_MAX_KEY_CHARS",
    "instances": "INBURGERING_MAX_INSTANCES", "cells": "INBURGERING_MAX_CELLS",
    "periods_per_variable": "INBURGERING_MAX_PERIODS_PER_VARIABLE", "trace_cells": "INBURGERING_MAX_TRACE_CELLS",
    "trace_values": "INBURGERING_MAX_TRACE_VALUES", "explain_outputs": "INBURGERING_MAX_EXPLAIN_OUTPUTS",
    "answer_bytes": "INBURGERING_MAX_ANSWER_BYTES", "deadline_seconds": "INBURGERING_DEADLINE_SECONDS",
}


def te_veel(status: int, limit: str, value: int, maximum: int, wat: str, hoe: str) -> ClientError:
    return ClientError(status, {
        "error": f"{wat}: {value:,} is more than the limit of {maximum:,}; {hoe}",
        "limit": limit, "setting": _ENV.get(limit), "value": value, "maximum": maximum,
    })


def _json_bytes(status: int, body: Any) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    return status, [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())], data


async def _send_json(send, status: int, body: Any, sluit: bool = False) -> None:
    status, headers, data = _json_bytes(status, body)
    if sluit:  # the rest of an oversized or stalled body is not read: end the connection, not drain it
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers + _vaste_headers()})
    await send({"type": "http.response.body", "body": data})


def _vaste_headers() -> list[tuple[bytes, bytes]]:
    return [(b"x-model-version", MODEL_VERSION.encode()), (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer")]


# The explorer's pages use inline styles and SVG only; FastAPI's /docs loads its script from a CDN.
# The explorer's pages use one stylesheet file and no script of their own; a download link is fetched
# from the same origin (connect-src), nothing else is loaded.
CSP = (b"default-src 'none'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; "
       b"frame-ancestors 'none'; base-uri 'none'")
_EIGEN_CSP_VRIJ = ("/docs", "/redoc")
_BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


class Bewaking:
    """Pure ASGI middleware (Starlette's BaseHTTPMiddleware costs ~0.5 ms a request)."""

    def __init__(self, app, grenzen: Grenzen | None = None):
        self.app = app
        self._grenzen = grenzen

    @property
    def grenzen(self) -> Grenzen:
        return self._grenzen or GRENZEN

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        limiet = self.grenzen.form_bytes if path.startswith("/wet") else self.grenzen.body_bytes
        # uvicorn's h11 limit only bites on a header that arrives in pieces: count them all here.
        kop = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
        kop += sum(len(name) + len(value) + 4 for name, value in scope["headers"])
        if kop > self.grenzen.header_bytes:
            return await _send_json(send, 431, sluit=True, body={
                "error": f"The request line and headers are larger than {self.grenzen.header_bytes} bytes.",
                "limit": "header_bytes", "setting": _ENV["header_bytes"], "maximum": self.grenzen.header_bytes})
        host = b""
        for name, value in scope["headers"]:
            if name == b"content-length" and (not value.isdigit() or int(value) > limiet):
                return await _send_json(send, 413, self._te_groot(limiet), sluit=True)
            if name == b"host":
                host = value
        if scope.get("method") in _BODY_METHODS:
            gelezen = await self._lees_body(receive, limiet)
            if isinstance(gelezen, tuple):
                return await _send_json(send, *gelezen, sluit=True)
            receive = _opnieuw(gelezen, receive)

        started = False

        async def send_with_headers(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [h for h in message.get("headers", []) if h[0].lower() not in _VASTE_NAMEN]
                if any(k.lower() == b"content-type" and v.startswith(b"text/html") for k, v in headers) \
                        and not path.startswith(_EIGEN_CSP_VRIJ):
                    headers.append((b"content-security-policy", CSP))
                headers = [_relatief(h, host, scope) for h in headers]
                message["headers"] = headers + _vaste_headers()
            await send(message)

        try:
            return await self.app(scope, receive, send_with_headers)
        except Exception as error:  # noqa: BLE001 - the last line of defence: a JSON 500, never a reset
            # No request content in the log (personal data): the route and the kind of error only.
            log.error("unexpected %s on %s %s", type(error).__name__, scope.get("method"), path, exc_info=error)
            if not started:
                await _send_json(send, 500, {"error": "An unexpected error occurred; it has been logged. "
                                                      "Please report it with the model version.",
                                             "model_version": MODEL_VERSION})
            return None

    def _te_groot(self, limiet: int) -> dict:
        limit = "form_bytes" if limiet == self.grenzen.form_bytes else "body_bytes"
        return {"error": f"The request body is larger than {limiet} bytes; split the batch.",
                "limit": limit, "setting": _ENV[limit], "maximum": limiet}

    async def _lees_body(self, receive, limiet: int):
        """The whole body, or (status, error body) as soon as it exceeds ``limiet`` or stalls."""
        delen, grootte = [], 0
        while True:
            try:
                message = await asyncio.wait_for(receive(), self.grenzen.body_timeout_seconds)
            except asyncio.TimeoutError:
                return 408, {"error": f"The request body did not arrive within {self.grenzen.body_timeout_seconds:g} s "
                                      "a chunk.", "limit": "body_timeout_seconds",
                             "setting": _ENV["body_timeout_seconds"]}
            if message["type"] == "http.disconnect":
                return 400, {"error": "The client disconnected before the body was complete."}
            deel = message.get("body", b"")
            grootte += len(deel)
            if grootte > limiet:
                return 413, self._te_groot(limiet)
            delen.append(deel)
            if not message.get("more_body", False):
                return b"".join(delen)


_VASTE_NAMEN = {b"x-model-version", b"x-content-type-options", b"x-frame-options", b"referrer-policy"}


def _opnieuw(body: bytes, receive):
    """A ``receive`` that hands the buffered body over once, then listens for a disconnect."""
    verstuurd = False

    async def ontvang():
        nonlocal verstuurd
        if not verstuurd:
            verstuurd = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return ontvang


def _relatief(header: tuple[bytes, bytes], host: bytes, scope) -> tuple[bytes, bytes]:
    """``Location: http://<Host>/wet`` → ``/wet``: the Host header is whatever the caller sent."""
    name, value = header
    if name.lower() != b"location":
        return header
    match = re.match(rb"^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*(.*)$", value)
    if match:
        rest = match.group(1) or b"/"
        # "//evil" would still leave the site: keep one leading slash.
        return name, b"/" + rest.lstrip(b"/")
    return header


# --- JSON ----------------------------------------------------------------------------------------

_SURROGAAT = re.compile(rb"\\u[dD][89a-fA-F]", re.ASCII)


class _DubbeleSleutel(ValueError):
    def __init__(self, sleutel: str):
        super().__init__(sleutel)
        self.sleutel = sleutel


def _zonder_dubbele(paren):
    gezien = {}
    for sleutel, waarde in paren:
        if sleutel in gezien:
            raise _DubbeleSleutel(sleutel)
        gezien[sleutel] = waarde
    return gezien


def _kort(tekst: str) -> str:
    tekst = tekst.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
    return tekst if len(tekst) <= 80 else tekst[:77] + "..."


def lees_json(body: bytes, grenzen: Grenzen | None = None) -> Any:
    """The parsed body; a 400 naming what is wrong for anything the model must never see."""
    grenzen = grenzen or GRENZEN
    try:
        data = json.loads(body, object_pairs_hook=_zonder_dubbele)
    except _DubbeleSleutel as error:
        raise ClientError(400, {"error": f"Invalid JSON: the key '{_kort(error.sleutel)}' occurs twice in one "
                                         "object; give each key once.", "key": _kort(error.sleutel)}) from error
    except RecursionError as error:
        raise ClientError(400, {"error": f"Invalid JSON: nested more than {grenzen.json_depth} levels deep.",
                                "limit": "json_depth", "maximum": grenzen.json_depth}) from error
    except (ValueError, UnicodeDecodeError) as error:
        raise ClientError(400, {"error": f"Invalid JSON: {_kort(str(error))}"}) from error
    _controleer_boom(data, grenzen, surrogaten=bool(_SURROGAAT.search(body)))
    return data


def _controleer_boom(data: Any, grenzen: Grenzen, surrogaten: bool) -> None:
    """Depth, key length and (only when the body escapes one) lone surrogates, without recursion."""
    stapel = [(data, 1, ())]
    while stapel:
        waarde, diepte, pad = stapel.pop()
        if diepte > grenzen.json_depth:
            raise ClientError(400, {"error": f"Invalid JSON: nested more than {grenzen.json_depth} levels deep.",
                                    "limit": "json_depth", "maximum": grenzen.json_depth})
        if isinstance(waarde, dict):
            for sleutel, kind in waarde.items():
                if len(sleutel) > grenzen.key_chars:
                    raise ClientError(400, {"error": f"A key of {len(sleutel):,} characters at "
                                                     f"{'.'.join(pad) or '(top)'}: at most {grenzen.key_chars} allowed.",
                                            "limit": "key_chars", "maximum": grenzen.key_chars})
                if surrogaten:
                    _geen_surrogaat(sleutel, pad + (_kort(sleutel),))
                if isinstance(kind, (dict, list)) or (surrogaten and isinstance(kind, str)):
                    stapel.append((kind, diepte + 1, pad + (_kort(sleutel),)))
        elif isinstance(waarde, list):
            stapel.extend((kind, diepte + 1, pad) for kind in waarde
                          if isinstance(kind, (dict, list)) or (surrogaten and isinstance(kind, str)))
        elif isinstance(waarde, str):
            _geen_surrogaat(waarde, pad)


def _geen_surrogaat(tekst: str, pad) -> None:
    try:
        tekst.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ClientError(400, {"error": f"Invalid JSON: a lone UTF-16 surrogate (\\u{ord(tekst[error.start]):04x}) "
                                         f"at {'.'.join(pad) or '(top)'}; text must be valid Unicode."}) from error


# --- Budgets -------------------------------------------------------------------------------------

def controleer_budget(tbs, situation, soort: str, grenzen: Grenzen | None = None) -> None:
    """A 422 naming the limit, before any simulation is built (``soort``: calculate, trace, explain)."""
    grenzen = grenzen or GRENZEN
    inputs = situation.inputs
    personen = len(inputs.get("personen", {}))
    gemeenten = len(inputs.get("gemeenten", {}))
    instances = personen + gemeenten
    if instances > grenzen.instances:
        raise te_veel(422, "instances", instances, grenzen.instances, "Persons and gemeenten in one request",
                      "split the batch into smaller requests.")
    population = {"personen": personen, "gemeenten": gemeenten + personen}  # each unplaced person: own gemeente
    periods: dict[str, set] = defaultdict(set)
    cells = 0
    for name, period in situation.wanted:
        periods[name].add(period)
    for plural, instanties in inputs.items():
        for feiten in instanties.values():
            for name, per_period in feiten.items():
                if isinstance(per_period, dict) and len(per_period) > 1:
                    periods[name].update(per_period)
    for name, gevraagd in periods.items():
        if len(gevraagd) > grenzen.periods_per_variable:
            raise te_veel(422, "periods_per_variable", len(gevraagd), grenzen.periods_per_variable,
                          f"Periods of '{name}' in one request", "ask for fewer periods per request.")
    for name, _period in situation.wanted:
        cells += population.get(tbs.variables[name].entity.plural, instances)
    maximum, limit = (grenzen.cells, "cells") if soort == "calculate" else (grenzen.trace_cells, "trace_cells")
    if cells > maximum:
        raise te_veel(422, limit, cells, maximum, "Instances × requested (output, period) pairs",
                      "split the batch or ask for fewer outputs or periods per request"
                      + ("." if soort == "calculate" else "; /calculate allows more."))
    if soort == "explain":
        uitleg = sum(len(plekken) for plekken in situation.wanted.values())
        if uitleg > grenzen.explain_outputs:
            raise te_veel(422, "explain_outputs", uitleg, grenzen.explain_outputs, "Outputs to explain",
                          "split the batch into smaller requests.")


def _dumps(waarde) -> str:
    return json.dumps(waarde, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def in_stukken(waarde, diepte: int = 3) -> str:
    """``json.dumps`` in pieces: one C call for a 50 MB answer holds the GIL for a second, and the
    event loop (``/health``) waits; a call per person or per trace node lets it in between."""
    if diepte and isinstance(waarde, dict) and waarde and all(isinstance(k, str) for k in waarde):
        return "{" + ",".join(_dumps(k) + ":" + in_stukken(v, diepte - 1) for k, v in waarde.items()) + "}"
    return _dumps(waarde)


# --- The computation, off the event loop ---------------------------------------------------------

_LIMITERS: dict[int, anyio.CapacityLimiter] = {}


def _limiter() -> anyio.CapacityLimiter:
    """One pool per event loop (a worker has one; the test client may start several)."""
    loop = id(asyncio.get_running_loop())
    if loop not in _LIMITERS:
        _LIMITERS[loop] = anyio.CapacityLimiter(max(1, int(GRENZEN.compute_threads)))
    return _LIMITERS[loop]


async def reken(request: Request, werk: Callable[[Any], Any], grenzen: Grenzen | None = None) -> Response:
    """Parse, check, compute and serialise ``werk(data)`` in the compute pool, under the deadline."""
    grenzen = grenzen or GRENZEN
    body = await request.body()

    def in_thread() -> bytes:
        with tijdslimiet.binnen(grenzen.deadline_seconds):
            antwoord = werk(lees_json(body, grenzen))
            tijdslimiet.controleer()
        data = in_stukken(antwoord).encode()
        if len(data) > grenzen.answer_bytes:
            raise te_veel(413, "answer_bytes", len(data), grenzen.answer_bytes, "The answer in bytes",
                          "split the batch into smaller requests.")
        return data

    data = await anyio.to_thread.run_sync(in_thread, limiter=_limiter())
    return Response(data, media_type="application/json", headers={"X-Model-Version": MODEL_VERSION})


async def in_pool(functie: Callable[..., Any], *args, grenzen: Grenzen | None = None) -> Any:
    """``functie(*args)`` in the compute pool under the deadline (the explorer's form)."""
    grenzen = grenzen or GRENZEN

    def in_thread():
        with tijdslimiet.binnen(grenzen.deadline_seconds):
            return functie(*args)

    return await anyio.to_thread.run_sync(in_thread, limiter=_limiter())
