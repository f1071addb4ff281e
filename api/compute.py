"""Run a validated situation: each (variable, period) once as a vector, then fill the nulls."""

from __future__ import annotations

import copy
from typing import Any

import numpy as np
from openfisca_core.errors import ParameterNotFoundError, SituationParsingError
from openfisca_core.indexed_enums import Enum
from openfisca_core.simulations import SimulationBuilder

from inburgering_rules.errors import OngeldigGegeven, OntbrekendGegeven, ParameterZonderWaarde
from inburgering_rules.geld import naar_centen

from .errors import ClientError, ErrorCollector
from .situation import PLACEHOLDER_PERSON, Request


def build_simulation(tbs, request: Request, trace: bool = False):
    try:
        simulation = SimulationBuilder().build_from_entities(tbs, copy.deepcopy(request.inputs))
    except SituationParsingError as error:
        raise ClientError(error.code or 400, error.error) from error
    simulation.trace = trace
    return simulation


def to_json_values(variable, values: np.ndarray) -> list[Any]:
    """A result vector as JSON values: enum names, ISO dates, money in whole cents."""
    if variable.value_type is Enum:
        names = np.array([m.name for m in variable.possible_values], dtype=object)
        return names[np.asarray(values)].tolist()
    if np.issubdtype(values.dtype, np.datetime64):
        return np.datetime_as_string(values.astype("datetime64[D]")).tolist()
    if variable.value_type is float:
        return [naar_centen(v) for v in values]
    return values.tolist()


def evaluate(tbs, simulation, name: str, period: str) -> np.ndarray:
    """``simulation.calculate`` with every rule error turned into a 400 that names its cause."""
    try:
        return simulation.calculate(name, period)
    except (OntbrekendGegeven, OngeldigGegeven) as error:
        raise ClientError(400, rule_error_body(simulation, error)) from error
    except ParameterZonderWaarde as error:
        raise ClientError(400, {"error": str(error), "parameter": error.parameter, "date": error.date}) from error
    except ParameterNotFoundError as error:
        parameter = full_parameter_name(tbs, error.name)
        raise ClientError(
            400,
            {
                "error": f"Parameter '{parameter}' has no value on {error.instant_str}: the law is not modelled "
                f"for that date, so '{name}' cannot be computed for {period}.",
                "parameter": parameter,
                "date": str(error.instant_str),
            },
        ) from error


def run(tbs, request: Request, trace: bool = False):
    """Build the simulation and compute every requested (variable, period) once."""
    simulation = build_simulation(tbs, request, trace=trace)
    results = {(name, period): evaluate(tbs, simulation, name, period) for name, period in request.wanted}
    return simulation, results


def fill(tbs, simulation, data: dict[str, Any], request: Request, results) -> dict[str, Any]:
    answer = copy.deepcopy(data)
    for (name, period), places in request.wanted.items():
        variable = tbs.variables[name]
        as_json = to_json_values(variable, results[(name, period)])
        population = simulation.get_population(variable.entity.plural)
        for plural, instance_id, key in places:
            answer[plural][instance_id][name][key] = as_json[population.get_index(instance_id)]
    return answer


def calculate(tbs, data: dict[str, Any], request: Request) -> dict[str, Any]:
    simulation, results = run(tbs, request)
    return fill(tbs, simulation, data, request, results)


def rule_error_body(simulation, error) -> dict[str, Any]:
    """Place a rule error at each offending instance: ``{personen: {anna: {geboortedatum: ...}}}``."""
    population = simulation.get_population(error.entity_plural)
    collector = ErrorCollector()
    for index in error.indices:
        instance_id = str(population.ids[index])
        if instance_id != PLACEHOLDER_PERSON:
            collector.add([error.entity_plural, instance_id, error.variable], error.instance_message)
    return collector.body


def full_parameter_name(tbs, name: str) -> str:
    """OpenFisca sometimes names only the leaf; find its full dotted path for the caller."""
    if "." in name:
        return name
    matches = [
        leaf.name for leaf in tbs.parameters.get_descendants() if leaf.name == name or leaf.name.endswith("." + name)
    ]
    return matches[0] if len(matches) == 1 else name
