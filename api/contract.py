"""The OpenAPI contract, generated from the variables themselves, so a client can be generated from it.

FastAPI only sees ``Request`` bodies: every request was ``{"type": "object"}``, every 200 ``{}``, a
422 was documented that never comes (a validation error is a 400 here) and its encoder dropped the
``null``s from the examples. This module rewrites the document once:

- ``Persoon`` and ``Gemeente``: one property per variable with its type, enum values, definition
  period and label (``x-definition-period``, ``x-is-input``); a date output declares the sentinel
  ``9999-12-31`` (``x-geen-datum``);
- ``Situatie`` for the request and the answer of ``/calculate`` (with ``errors`` and ``summary``
  under ``?gedeeltelijk=true``), ``/trace`` and ``/explain`` their own shapes;
- every error status with its body (``Fout``): 400 on every operation, 404 where an id is looked up,
  413 where a body is read;
- the examples put back with their ``null``s (they run: tests post each one).
"""

from __future__ import annotations

import copy
import datetime
from typing import Any

from fastapi.openapi.utils import get_openapi
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DateUnit

from inburgering_rules.dates import NOOIT_DATE

from .duo_voorbeelden import BEOORDELING, PIP_CONTROLE
from .examples import SITUATIE

_PERIOD = {DateUnit.ETERNITY: "ETERNITY", DateUnit.DAY: "DAY", DateUnit.MONTH: "MONTH", DateUnit.YEAR: "YEAR"}
_PERIOD_KEY = {
    DateUnit.ETERNITY: "ETERNITY (of een datum, maand of jaar: een vast gegeven)",
    DateUnit.DAY: "een dag, JJJJ-MM-DD", DateUnit.MONTH: "een maand, JJJJ-MM", DateUnit.YEAR: "een jaar, JJJJ",
}
SITUATION_PATHS = ("/calculate", "/trace", "/explain")
BODY_PATHS = SITUATION_PATHS + ("/duo/beoordeling", "/duo/pip-controle")


def value_schema(variable) -> dict[str, Any]:
    kind = variable.value_type
    if kind is bool:
        schema = {"type": "boolean"}
    elif kind is int:
        schema = {"type": "integer", "format": "int32"}
    elif kind is float:
        schema = {"type": "number"}
    elif kind is datetime.date:
        schema = {"type": "string", "format": "date"}
        if variable.formulas:
            schema["x-geen-datum"] = NOOIT_DATE.isoformat()
    elif kind is Enum:
        schema = {"type": "string", "enum": list(variable.possible_values.__members__)}
    else:
        schema = {"type": "string"}
    schema["nullable"] = True  # null asks for the value
    return schema


def variable_schema(variable) -> dict[str, Any]:
    unit = variable.definition_period
    rol = "uitkomst (vraag met null)" if variable.formulas else "invoer"
    description = f"{variable.label}. {rol.capitalize()}; periode: {_PERIOD_KEY[unit]}."
    if variable.value_type is datetime.date and variable.formulas:
        description += f" {NOOIT_DATE.isoformat()} betekent: die datum bestaat (nog) niet."
    return {
        "type": "object",
        "title": variable.name,
        "description": description,
        "additionalProperties": value_schema(variable),
        "x-definition-period": _PERIOD[unit],
        "x-is-input": not variable.formulas,
        "x-label": variable.label,
    }


def schemas(tbs) -> dict[str, Any]:
    per_entity: dict[str, dict[str, Any]] = {"persoon": {}, "gemeente": {}}
    for name, variable in sorted(tbs.variables.items()):
        per_entity[variable.entity.key][name] = {"$ref": f"#/components/schemas/var_{name}"}
    out: dict[str, Any] = {f"var_{name}": variable_schema(v) for name, v in sorted(tbs.variables.items())}
    out["Persoon"] = {"type": "object", "description": "De gegevens en gevraagde uitkomsten van één persoon.",
                      "properties": per_entity["persoon"], "additionalProperties": False}
    out["Gemeente"] = {"type": "object", "description": "De gegevens van één gemeente; inburgeraars zijn persoon-ids.",
                       "properties": {**per_entity["gemeente"],
                                      "inburgeraars": {"type": "array", "items": {"type": "string"}}},
                       "additionalProperties": False}
    out["Situatie"] = {
        "type": "object",
        "description": "OpenFisca's situatie: entiteiten → ids → variabelen → perioden → waarden; null vraagt een uitkomst.",
        "properties": {
            "personen": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Persoon"}},
            "gemeenten": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Gemeente"}},
        },
        "additionalProperties": False,
    }
    out["Antwoord"] = {
        "type": "object",
        "description": "De situatie met elke null ingevuld; met ?gedeeltelijk=true ook errors en summary.",
        "properties": {
            **copy.deepcopy(out["Situatie"]["properties"]),
            "errors": {"type": "object", "description": "per instantie de fout, op haar JSON-pad (alleen ?gedeeltelijk=true)",
                       "additionalProperties": True},
            "summary": {"type": "object", "properties": {"instances": {"type": "integer"}, "answered": {"type": "integer"},
                                                         "failed": {"type": "integer"}},
                        "required": ["instances", "answered", "failed"]},
        },
    }
    out["Fout"] = {
        "type": "object",
        "description": "Een fout van de aanroeper: 'error' met een uitleg, of de melding genest op het JSON-pad "
                       "dat fout is ({\"personen\": {\"anna\": {\"geboortedatum\": \"…\"}}}).",
        "properties": {"error": {"type": "string"}, "parameter": {"type": "string"}, "date": {"type": "string"},
                       "details": {"type": "array", "items": {}}},
        "additionalProperties": True,
    }
    out["Spoor"] = {"type": "object", "properties": {
        "requestedCalculations": {"type": "array", "items": {"type": "string"}},
        "trace": {"type": "object", "additionalProperties": {"type": "object", "additionalProperties": True}},
        "entitiesDescription": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
    }, "required": ["requestedCalculations", "trace", "entitiesDescription"]}
    out["Uitleg"] = {"type": "object", "description": "De situatie met op elke null een uitleg (value, model_version, "
                     "outcome, conditions, articles, parameters, missing_inputs, text).", "additionalProperties": True}
    out["Gezondheid"] = {"type": "object", "properties": {"status": {"type": "string"}, "model_version": {"type": "string"},
                                                          "variables": {"type": "integer"}},
                         "required": ["status", "model_version", "variables"]}
    out["Object"] = {"type": "object", "additionalProperties": True}
    return out


def _json_response(description: str, ref: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}}


_OK = {"/calculate": "Antwoord", "/trace": "Spoor", "/explain": "Uitleg", "/health": "Gezondheid"}


def build(app, tbs) -> dict[str, Any]:
    spec = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    spec.setdefault("components", {})["schemas"] = {
        k: v for k, v in spec["components"].get("schemas", {}).items() if k not in ("HTTPValidationError", "ValidationError")
    }
    spec["components"]["schemas"].update(schemas(tbs))
    examples = {"/calculate": SITUATIE, "/trace": SITUATIE, "/explain": SITUATIE,
                "/duo/beoordeling": BEOORDELING, "/duo/pip-controle": PIP_CONTROLE}
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            responses.pop("422", None)
            ok = responses.setdefault("200", {"description": "OK"})
            ok["content"] = {"application/json": {"schema": {"$ref": f"#/components/schemas/{_OK.get(path, 'Object')}"}}}
            responses["400"] = _json_response("Een fout in het verzoek, genest op het pad dat fout is.", "Fout")
            if "{" in path:
                responses["404"] = _json_response("Onbekend id.", "Fout")
            if path in BODY_PATHS:
                responses["413"] = _json_response("Het verzoek is groter dan de grens (INBURGERING_MAX_BODY_BYTES).", "Fout")
                content = operation["requestBody"]["content"]["application/json"]
                content["example"] = copy.deepcopy(examples[path])  # with its nulls
                if path in SITUATION_PATHS:
                    content["schema"] = {"$ref": "#/components/schemas/Situatie"}
    return spec
