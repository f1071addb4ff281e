"""Run a validated situation: each (variable, period) once as a vector, then fill the nulls."""

from __future__ import annotations

import copy
from typing import Any

import numpy as np
from openfisca_core.errors import ParameterNotFoundError, SituationParsingError
from openfisca_core.indexed_enums import Enum
from openfisca_core.simulations import SimulationBuilder

from inburgering_rules.geld import naar_centen
from inburgering_rules.errors import OngeldigGegeven, OntbrekendGegeven, ParameterZonderWaarde

from .errors import ClientError, ErrorCollector
from .situation import Request


def build_simulation(tbs, request: Request):
    try:
        return SimulationBuilder().build_from_entities(tbs, copy.deepcopy(request.inputs))
    except SituationParsingError as error:
        raise ClientError(error.code or 400, error.error) from error


def to_json_values(variable, values: np.ndarray) -> list[Any]:
    """A result vector as JSON values: enum names, ISO dates, plain numbers."""
    if variable.value_type is Enum:
        names = np.array([m.name for m in variable.possible_values], dtype=object)
        return names[np.asarray(values)].tolist()
    if np.issubdtype(values.dtype, np.datetime64):
        return np.datetime_as_string(values.astype("datetime64[D]")).tolist()
    if variable.value_type is float:
        return [naar_centen(v) for v in values]
    return values.tolist()


def calculate(tbs, data: dict[str, Any], request: Request) -> dict[str, Any]:
    simulation = build_simulation(tbs, request)
    answer = copy.deepcopy(data)
    for (name, period), places in request.wanted.items():
        variable = tbs.variables[name]
        try:
            values = simulation.calculate(name, period)
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
        as_json = to_json_values(variable, values)
        population = simulation.get_population(variable.entity.plural)
        for plural, instance_id, key in places:
            answer[plural][instance_id][name][key] = as_json[population.get_index(instance_id)]
    return answer


def rule_error_body(simulation, error) -> dict[str, Any]:
    """Place a rule error at each offending instance: ``{personen: {anna: {geboortedatum: ...}}}``."""
    population = simulation.get_population(error.entity_plural)
    collector = ErrorCollector()
    for index in error.indices:
        collector.add([error.entity_plural, str(population.ids[index]), error.variable], error.instance_message)
    return collector.body


def full_parameter_name(tbs, name: str) -> str:
    """OpenFisca sometimes names only the leaf; find its full dotted path for the caller."""
    if "." in name:
        return name
    matches = [
        leaf.name for leaf in tbs.parameters.get_descendants()
        if leaf.name == name or leaf.name.endswith("." + name)
    ]
    return matches[0] if len(matches) == 1 else name
