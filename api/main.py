"""The decision API: ``uvicorn api.main:app``. The rules are loaded once, at import."""

from __future__ import annotations

import gc
import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

import inburgering_rules
from inburgering_rules import metadata
from inburgering_rules.errors import ClientError
from inburgering_rules.gedeeltelijk import calculate_partial
from inburgering_rules.situatie import read_situation
from inburgering_rules.spoor import trace
from inburgering_rules.systeem import systeem
from inburgering_rules.verklaring import explain, language
from inburgering_rules.versie import model_version

from . import contract, duo, kop_tijdslimiet, limits, logboek, openfisca_compat, start, wet, wet_artikelen, wet_watals, wet_zoek
from .bundelen import Bundelaar, verwerk_calculate
from .examples import request_body

MODEL_VERSION = model_version()

TBS = systeem()
# The rules are loaded once and never change: keep them out of the garbage collector's scans, and
# let it run less often (a request allocates many short-lived objects and no cycles of note).
gc.freeze()
gc.set_threshold(50_000, 50, 100)

app = FastAPI(
    title="inburgering-rules",
    version=MODEL_VERSION,
    description="De Wet inburgering 2021 (en de Wi2013 voor oudere cohorten) als beslisservice.",
    docs_url=None,  # served from the local swagger-ui-bundle package by api/start.py
)


def _json(status: int, body: Any) -> JSONResponse:
    return JSONResponse(status_code=status, content=body, headers={"X-Model-Version": MODEL_VERSION})


# Body budget while streaming, security headers, the model version, relative redirects, a JSON 500
# (api/limits.py); then CORS and OpenFisca's Country-Package headers, the request log, GET /.
app.add_middleware(limits.Bewaking)
kop_tijdslimiet.installeer()  # uvicorn has no deadline for a client's headers: add one
openfisca_compat.install(app, inburgering_rules.__version__)  # the package version, as openfisca serve
app.add_middleware(logboek.RequestLog)
start.install(app, MODEL_VERSION)


@app.exception_handler(ClientError)
async def client_error(_request: Request, error: ClientError):
    return _json(error.status, error.body)


@app.exception_handler(StarletteHTTPException)
async def http_error(_request: Request, error: StarletteHTTPException):
    return _json(error.status_code, {"error": str(error.detail)})


@app.exception_handler(RequestValidationError)
async def validation_error(_request: Request, error: RequestValidationError):
    return _json(400, {"error": "Invalid request", "details": json.loads(json.dumps(error.errors(), default=str))})


def _situation(data, soort: str):
    situation = read_situation(TBS, data)
    limits.controleer_budget(TBS, situation, soort)
    return situation


# Concurrent /calculate requests are evaluated together on one worker thread (api/bundelen.py), each
# body parsed and held to the same budgets and deadline as every other route (api/limits.py).
BUNDELAAR = Bundelaar(lambda bodies: verwerk_calculate(TBS, bodies))


@app.post("/calculate", openapi_extra=request_body("A situation; null marks each value to compute."))
async def post_calculate(request: Request, gedeeltelijk: bool = False):
    """OpenFisca's situation JSON in; the same JSON out with every ``null`` filled.

    With ``?gedeeltelijk=true`` a batch answers every instance it can: the others keep their nulls
    and get their error under ``errors`` at their JSON path; ``summary`` counts them (docs/api.md)."""
    if gedeeltelijk:
        budget = lambda situation: limits.controleer_budget(TBS, situation, "calculate")  # noqa: E731
        return await limits.reken(request, lambda data: calculate_partial(TBS, data, controleer=budget))
    answer = await BUNDELAAR.bereken(await request.body())  # the body limit is enforced while it streams
    return Response(answer, status_code=200, media_type="application/json", headers={"X-Model-Version": MODEL_VERSION})


@app.post("/trace", openapi_extra=request_body("A situation; the graph of what computing its nulls read."))
async def post_trace(request: Request):
    """OpenFisca's computation graph, each node enriched with label, articles, formula and parameters."""
    maximum = limits.GRENZEN.trace_values
    return await limits.reken(request, lambda data: trace(TBS, _situation(data, "trace"), max_values=maximum))


@app.post("/explain", openapi_extra=request_body("A situation; each null gets an explanation."))
async def post_explain(request: Request):
    """A Dutch (or, with Accept-Language: en, English) explanation for each requested output."""
    taal = language(request.headers.get("accept-language"))
    maximum = limits.GRENZEN.trace_values
    return await limits.reken(
        request, lambda data: explain(TBS, data, _situation(data, "explain"), taal, max_values=maximum))


@app.get("/parameters")
def get_parameters(request: Request):
    return _json(200, metadata.list_parameters(TBS, openfisca_compat.base_url(request)))


@app.get("/parameter/{parameter_id:path}")
def get_parameter(parameter_id: str):
    parameter = metadata.find_parameter(TBS, parameter_id)
    if parameter is None:
        return _json(404, {"error": f"Unknown parameter '{parameter_id}'. See GET /parameters."})
    return _json(200, metadata.describe_parameter(parameter))


@app.get("/variables")
def get_variables(request: Request):
    return _json(200, metadata.list_variables(TBS, openfisca_compat.base_url(request)))


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
def get_spec(request: Request):
    """The OpenAPI 3.0 description of this API with ``servers``, as OpenFisca's clients read it; the
    3.1 document is at ``/openapi.json``. Its examples run."""
    return _json(200, openfisca_compat.openapi_30(app.openapi(), openfisca_compat.base_url(request)))


@app.get("/health")
async def health():  # on the event loop itself: answered while a computation runs in the pool
    return {"status": "ok", "model_version": MODEL_VERSION, "variables": len(TBS.variables)}


app.include_router(wet_watals.router)  # before wet.router: its /parameter/{id:path} would take …/watals
app.include_router(wet.router)
app.include_router(wet_artikelen.router)
app.include_router(wet_zoek.router)
app.include_router(duo.router)


def _openapi():
    """The contract generated from the variables (api/contract.py), built once."""
    if app.openapi_schema is None:
        app.openapi_schema = contract.build(app, TBS)
    return app.openapi_schema


app.openapi = _openapi
