"""Structured JSON logs with a request id, and nothing personal in them.

One access line per request, written by this middleware (run uvicorn with ``--no-access-log``: its
own line holds the query string, and ``/wet/bereken?geboortedatum=…`` puts personal data there). The
line holds the method, the path without its query, the status, the duration and the request id;
never a query string, a header value other than the id, or a body. The id comes from the caller's
``X-Request-Id`` when it is a short token, else it is made here; it is returned in ``X-Request-Id``.

``JsonFormatter`` formats every log record (also uvicorn's, through ``api/logging.json``) as one
JSON object a line.
"""

from __future__ import annotations

import datetime
import json
import logging
import re
import time
import uuid

ACCESS = logging.getLogger("inburgering.toegang")
_TOKEN = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_FIELDS = ("request_id", "method", "path", "status", "duration_ms")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        body = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for field in _FIELDS:
            if hasattr(record, field):
                body[field] = getattr(record, field)
        if record.exc_info:
            body["exception"] = self.formatException(record.exc_info)
        return json.dumps(body, ensure_ascii=False)


def _configure_default() -> None:
    """Without a logging config (tests, ``uvicorn api.main:app`` as is), the access lines still go out as JSON."""
    if not ACCESS.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(JsonFormatter())
        ACCESS.addHandler(handler)
        ACCESS.setLevel(logging.INFO)
        ACCESS.propagate = False


class RequestLog:
    """Pure ASGI middleware: a request id on every response, one JSON access line per request."""

    def __init__(self, app):
        self.app = app
        _configure_default()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        given = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"x-request-id"), "")
        request_id = given if _TOKEN.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = {"code": 500}

        async def send_with_id(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                message["headers"] = list(message.get("headers", [])) + [(b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            ACCESS.info("request", extra={
                "request_id": request_id, "method": scope["method"], "path": scope["path"],
                "status": status["code"], "duration_ms": round((time.perf_counter() - started) * 1000, 2),
            })
