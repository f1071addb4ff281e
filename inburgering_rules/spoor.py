"""/trace: OpenFisca's computation graph, each node with its law.

Each variable node carries its label, article references, the dated formula that ran (with its
docstring) and every parameter it read with value, unit, reference and provenance.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from openfisca_core.parameters import Parameter

from .berekening import json_values, run
from .metadata import find_parameter
from .errors import ClientError
from .situatie import Request
from .tijdslimiet import controleer as binnen_de_tijd


def _formula_that_ran(variable, period) -> dict[str, Any] | None:
    if not variable.formulas:
        return None
    formula = variable.get_formula(period)
    start = next((s for s, f in variable.formulas.items() if f is formula), None)
    return {"start": start, "documentation": (formula.__doc__ or "").strip()}


def _value_at(parameter: Parameter, instant: str):
    for value in parameter.values_list:  # newest first
        if value.instant_str <= instant:
            return value
    return None


def describe_parameter_read(tbs, name: str, period, value) -> dict[str, Any]:
    instant = str(period.start if hasattr(period, "start") else period)
    parameter = find_parameter(tbs, name)
    body: dict[str, Any] = {"value": _plain(value)}
    if isinstance(parameter, Parameter):
        meta = parameter.metadata
        at = _value_at(parameter, instant)
        own = (at.metadata or {}) if at else {}
        body.update(
            label=meta.get("label"),
            unit=meta.get("unit"),
            valid_from=at.instant_str if at else None,
            reference=own.get("reference", meta.get("reference")),
            provenance=own.get("provenance", meta.get("provenance")),
        )
    return body


def _plain(value):
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    return value


def _key(node) -> str:
    return f"{node.name}<{node.period}>"


def flat_trace(tbs, simulation) -> dict[str, Any]:
    nodes: dict[str, Any] = {}

    def visit(node):
        key = _key(node)
        if key in nodes:
            return
        binnen_de_tijd()
        variable = tbs.variables[node.name]
        nodes[key] = {
            "value": json_values(simulation, variable, node.value) if node.value is not None else None,
            "label": variable.label,
            "references": variable.reference or [],
            "formula": _formula_that_ran(variable, node.period),
            "dependencies": [_key(child) for child in node.children],
            "parameters": {
                f"{p.name}<{p.period}>": describe_parameter_read(tbs, p.name, p.period, p.value)
                for p in node.parameters
            },
            "calculation_time": node.calculation_time(),
            "formula_time": node.formula_time(),
        }
        for child in node.children:
            visit(child)

    for tree in simulation.tracer.trees:
        visit(tree)
    return nodes


def trace_budget(simulation, max_values: int) -> None:
    """A 422 before the graph is written when it holds more than ``max_values`` values.

    Every node carries the whole vector of its entity, so the answer grows with nodes × instances
    (100,000 persons and 60 periods once made a 1.7 GB answer).
    """
    # Pre-order, left to right, as ``flat_trace`` writes it: a cached call repeats a key without children.
    seen, stack, values = set(), list(reversed(simulation.tracer.trees)), 0
    while stack:
        node = stack.pop()
        key = _key(node)
        if key in seen:
            continue
        seen.add(key)
        values += 1 if node.value is None else max(1, int(np.size(node.value)))
        if values > max_values:
            raise ClientError(422, {
                "error": f"The computation graph holds more than {max_values:,} values (nodes × instances); "
                         "ask for fewer outputs, periods or persons per request, or use /calculate.",
                "limit": "trace_values",
                "maximum": max_values,
            })
        stack.extend(reversed(node.children))


def trace(tbs, request: Request, max_values: int | None = None) -> dict[str, Any]:
    simulation, _results = run(tbs, request, trace=True)
    if max_values is not None:
        trace_budget(simulation, max_values)
    return {
        "trace": flat_trace(tbs, simulation),
        "entitiesDescription": {
            population.entity.plural: [str(i) for i in population.ids]
            for population in simulation.populations.values()
        },
        "requestedCalculations": [f"{name}<{period}>" for name, period in request.wanted],
    }
