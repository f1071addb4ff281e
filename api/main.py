"""The decision API: ``uvicorn api.main:app``. The rules are loaded once, at import."""

from __future__ import annotations

import gc
import json
import os
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

import inburgering_rules
from inburgering_rules import metadata
from inburgering_rules.errors import ClientError
from inburgering_rules.situatie import read_situation
from inburgering_rules.spoor import trace
from inburgering_rules.systeem import systeem
from inburgering_rules.verklaring import explain, language

from . import wet
from .bundelen import Bundelaar, lees_json, verwerk_calculate
from .examples import request_body

MODEL_VERSION = inburgering_rules.__version__
MAX_BODY_BYTES = int(os.environ.get("INBURGERING_MAX_BODY_BYTES", 20 * 1024 * 1024))

TBS = systeem()
# The rules are loaded once and never change: keep them out of the garbage collector's scans, and
# let it run less often (a request allocates many short-lived objects and no cycles of note).
gc.freeze()
gc.set_threshold(50_000, 50, 100)

app = FastAPI(
    title="inburgering-rules",
    version=MODEL_VERSION,
    description="De Wet inburgering 2021 (en de Wi2013 voor oudere cohorten) als beslisservice.",
)


def _json(status: int, body: Any) -> JSONResponse:
    return JSONResponse(status_code=status, content=body, headers={"X-Model-Version": MODEL_VERSION})


class ModelVersionAndBodyLimit:
    """Pure ASGI middleware (Starlette's BaseHTTPMiddleware costs ~0.5 ms a request): every response
    carries the model version, and a declared body over the limit is refused before it is read."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope["headers"]:
            if name == b"content-length" and (not value.isdigit() or int(value) > MAX_BODY_BYTES):
                response = _json(413, {"error": f"The request body is larger than {MAX_BODY_BYTES} bytes; split the batch."})
                return await response(scope, receive, send)

        async def send_with_version(message):
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() != b"x-model-version"]
                message["headers"] = headers + [(b"x-model-version", MODEL_VERSION.encode())]
            await send(message)

        return await self.app(scope, receive, send_with_version)


app.add_middleware(ModelVersionAndBodyLimit)


@app.exception_handler(ClientError)
async def client_error(_request: Request, error: ClientError):
    return _json(error.status, error.body)


@app.exception_handler(StarletteHTTPException)
async def http_error(_request: Request, error: StarletteHTTPException):
    return _json(error.status_code, {"error": str(error.detail)})


@app.exception_handler(RequestValidationError)
async def validation_error(_request: Request, error: RequestValidationError):
    return _json(400, {"error": "Invalid request", "details": json.loads(json.dumps(error.errors(), default=str))})


async def _read_body(request: Request) -> bytes:
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        raise ClientError(413, {"error": f"The request body is larger than {MAX_BODY_BYTES} bytes; split the batch."})
    return body


async def _read_json(request: Request) -> Any:
    return lees_json(await _read_body(request))


# Concurrent /calculate requests are evaluated together, on one worker thread (api/bundelen.py).
BUNDELAAR = Bundelaar(lambda bodies: verwerk_calculate(TBS, bodies))


@app.post("/calculate", openapi_extra=request_body("A situation; null marks each value to compute."))
async def post_calculate(request: Request):
    """OpenFisca's situation JSON in; the same JSON out with every ``null`` filled."""
    answer = await BUNDELAAR.bereken(await _read_body(request))
    return Response(answer, status_code=200, media_type="application/json",
                    headers={"X-Model-Version": MODEL_VERSION})


@app.post("/trace", openapi_extra=request_body("A situation; the graph of what computing its nulls read."))
async def post_trace(request: Request):
    """OpenFisca's computation graph, each node enriched with label, articles, formula and parameters."""
    data = await _read_json(request)
    return _json(200, trace(TBS, read_situation(TBS, data)))


@app.post("/explain", openapi_extra=request_body("A situation; each null gets an explanation."))
async def post_explain(request: Request):
    """A Dutch (or, with Accept-Language: en, English) explanation for each requested output."""
    data = await _read_json(request)
    taal = language(request.headers.get("accept-language"))
    return _json(200, explain(TBS, data, read_situation(TBS, data), taal))


@app.get("/parameters")
def get_parameters():
    return _json(200, metadata.list_parameters(TBS))


@app.get("/parameter/{parameter_id:path}")
def get_parameter(parameter_id: str):
    parameter = metadata.find_parameter(TBS, parameter_id)
    if parameter is None:
        return _json(404, {"error": f"Unknown parameter '{parameter_id}'. See GET /parameters."})
    return _json(200, metadata.describe_parameter(parameter))


@app.get("/variables")
def get_variables():
    return _json(200, metadata.list_variables(TBS))


@app.get("/variable/{variable_id}")
def get_variable(variable_id: str):
    variable = TBS.variables.get(variable_id)
    if variable is None:
        return _json(404, {"error": f"Unknown variable '{variable_id}'. See GET /variables."})
    return _json(200, metadata.describe_variable(variable))


@app.get("/entities")
def get_entities():
    return _json(200, metadata.describe_entities(TBS))


@app.get("/spec")
def get_spec():
    """The OpenAPI description of this API, with examples that run."""
    return _json(200, app.openapi())


@app.get("/health")
def health():
    return {"status": "ok", "model_version": MODEL_VERSION, "variables": len(TBS.variables)}


app.include_router(wet.router)
