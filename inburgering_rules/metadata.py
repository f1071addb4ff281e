"""What the model knows, for callers and legal advisors: parameters, variables, entities.

Compatible with ``openfisca serve``'s shapes, plus what it drops: per-value references and
provenance of parameters, a variable's unit and the documentation of each dated formula.
"""

from __future__ import annotations

import datetime
import functools
import importlib.metadata
import inspect
import os
import textwrap
from pathlib import Path
from typing import Any

from openfisca_core.indexed_enums import Enum
from openfisca_core.parameters import Parameter, ParameterNode

from .paths import ROOT

_VALUE_TYPES = {bool: "Boolean", int: "Int", float: "Float", str: "String", datetime.date: "Date", Enum: "String"}


def _relative(path) -> str | None:
    if not path:
        return None
    try:
        return str(Path(path).resolve().relative_to(ROOT.resolve()))
    except ValueError:
        return str(path)


@functools.cache
def repository_url() -> str:
    """Where the source is browsed, as ``openfisca serve`` links it: ``INBURGERING_REPOSITORY_URL``,
    else the package's ``Repository`` project URL."""
    configured = os.environ.get("INBURGERING_REPOSITORY_URL")
    if configured:
        return configured.rstrip("/")
    try:
        for entry in importlib.metadata.metadata("inburgering-rules").get_all("Project-URL") or []:
            label, _, url = entry.partition(",")
            if label.strip().lower() == "repository":
                return url.strip().rstrip("/")
    except importlib.metadata.PackageNotFoundError:
        pass
    return "https://example.invalid/inburgering-rules"


def repository_ref() -> str:
    """The branch, tag or commit the links point at: ``INBURGERING_REPOSITORY_REF``, else the version."""
    from . import __version__

    return os.environ.get("INBURGERING_REPOSITORY_REF") or __version__


def source_url(path, first_line: int | None = None, last_line: int | None = None) -> str | None:
    """An absolute link to a file (and lines) in the repository, the shape of ``openfisca serve``'s
    ``source``: ``{repository}/blob/{ref}/{path}#L{first}-L{last}``."""
    relative = _relative(path)
    if relative is None:
        return None
    link = f"{repository_url()}/blob/{repository_ref()}/{relative}"
    if first_line is not None:
        link += f"#L{first_line}-L{last_line if last_line is not None else first_line}"
    return link




def describe_parameter(parameter) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": parameter.name,
        "description": parameter.description,
        "metadata": parameter.metadata,
        "source": source_url(parameter.file_path),
    }
    if getattr(parameter, "documentation", None):
        body["documentation"] = parameter.documentation.strip()
    if isinstance(parameter, Parameter):
        body["values"] = {v.instant_str: v.value for v in reversed(parameter.values_list)}
        body["values_metadata"] = {
            v.instant_str: {
                "value": v.value,
                "reference": (v.metadata or {}).get("reference", parameter.metadata.get("reference")),
                "provenance": (v.metadata or {}).get("provenance", parameter.metadata.get("provenance")),
            }
            for v in reversed(parameter.values_list)
        }
    elif isinstance(parameter, ParameterNode):
        body["subparams"] = {name: {"description": child.description} for name, child in parameter.children.items()}
    return body


def list_parameters(tbs, base: str = "") -> dict[str, Any]:
    """``base``: the server's own URL, so each ``href`` is absolute as ``openfisca serve`` gives it."""
    return {
        leaf.name: {
            "description": leaf.description,
            "label": leaf.metadata.get("label"),
            "provenance": leaf.metadata.get("provenance"),
            "href": f"{base}/parameter/{leaf.name}",
        }
        for leaf in tbs.parameters.get_descendants()
        if isinstance(leaf, Parameter)
    }


def find_parameter(tbs, parameter_id: str):
    """``a.b.c`` or ``a/b/c``; None when unknown."""
    node = tbs.parameters
    for part in parameter_id.replace("/", ".").split("."):
        children = getattr(node, "children", None)
        if not children or part not in children:
            return None
        node = children[part]
    return node


def default_value_json(variable):
    value = variable.default_value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if hasattr(value, "name") and variable.value_type is Enum:
        return value.name
    return value


def formula_documentation(variable) -> dict[str, Any]:
    result = {}
    for start, formula in variable.formulas.items():
        source, line = inspect.getsourcelines(formula)
        result[start] = {
            "documentation": textwrap.dedent(formula.__doc__ or "").strip(),
            "content": textwrap.dedent("".join(source)),
            "source": source_url(inspect.getsourcefile(formula), line, line + len(source) - 1),
        }
    return result


def describe_variable(variable) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": variable.name,
        "description": variable.label,
        "label": variable.label,
        "valueType": _VALUE_TYPES.get(variable.value_type, str(variable.value_type)),
        "defaultValue": default_value_json(variable),
        "definitionPeriod": variable.definition_period.upper(),
        "entity": variable.entity.key,
        "references": variable.reference or [],
        "documentation": textwrap.dedent(type(variable).__doc__ or variable.documentation or "").strip(),
        "unit": getattr(variable, "unit", None),
        "isInput": not variable.formulas,
    }
    source = _variable_source(variable)
    if source:
        body["source"] = source
    if variable.value_type is Enum:
        body["possibleValues"] = {m.name: m.value for m in variable.possible_values}
    if variable.formulas:
        body["formulas"] = formula_documentation(variable)
    return body


def _variable_source(variable) -> str | None:
    try:
        lines, first = inspect.getsourcelines(type(variable))
        return source_url(inspect.getsourcefile(type(variable)), first, first + len(lines) - 1)
    except (OSError, TypeError):
        return None


def list_variables(tbs, base: str = "") -> dict[str, Any]:
    return {
        name: {"description": variable.label, "entity": variable.entity.key, "href": f"{base}/variable/{name}"}
        for name, variable in sorted(tbs.variables.items())
    }


def describe_entities(tbs) -> dict[str, Any]:
    result = {}
    for entity in tbs.entities:
        body = {"plural": entity.plural, "description": entity.label, "documentation": entity.doc}
        if not entity.is_person:
            body["roles"] = {role.key: _describe_role(role) for role in entity.roles}
        result[entity.key] = body
    return result


def _describe_role(role) -> dict[str, Any]:
    """A role as ``openfisca serve`` gives it: the Legislation Explorer shows only ``description``
    (and ``max``) in its roles table, and there ``openfisca serve`` puts the role's doc. The short
    label stays in ``label``, the doc also in ``documentation`` as before."""
    body: dict[str, Any] = {
        "plural": role.plural,
        "description": (role.doc or "").strip() or role.label,
        "label": role.label,
        "documentation": role.doc,
    }
    if role.subroles:
        body["max"] = len(role.subroles)
    elif role.max:
        body["max"] = role.max
    return body
