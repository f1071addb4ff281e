"""Run a validated situation: each (variable, period) once as a vector, then fill the nulls."""

from __future__ import annotations

import datetime
import functools
from typing import Any

import numpy as np
from openfisca_core.errors import ParameterNotFoundError, PeriodMismatchError
from openfisca_core.indexed_enums import Enum, EnumArray
from openfisca_core import periods
from openfisca_core.simulations import SimulationBuilder

from .errors import ClientError, ErrorCollector, OngeldigGegeven, OntbrekendGegeven, ParameterZonderWaarde
from .geld import naar_centen
from .situatie import PLACEHOLDER_PERSON, Request


def build_simulation(tbs, request: Request, trace: bool = False):
    """Build the simulation vectorially from the validated inputs.

    OpenFisca's ``build_from_entities`` looks every instance up in a list (``list.index``), which
    makes a batch cost quadratic time; the situation is already validated, so each entity, each
    membership and each (variable, period) input is set here as one array.
    """
    builder = SimulationBuilder()
    builder.create_entities(tbs)
    personen = request.inputs.get("personen", {})
    person_ids = list(personen)
    builder.declare_person_entity("persoon", person_ids)
    _declare_gemeenten(builder, request.inputs.get("gemeenten", {}), person_ids)
    simulation = builder.build(tbs)
    for plural, instances in request.inputs.items():
        population = simulation.get_population(plural)
        where = {str(i): n for n, i in enumerate(population.ids)}
        for (name, period), values in _columns(instances).items():
            variable = tbs.variables[name]
            code = _encoder(variable)
            array = np.full(population.count, code(_default(variable)), dtype=_input_dtype(variable))
            for instance_id, value in values:
                array[where[instance_id]] = code(value)
            try:
                simulation.set_input(name, parsed_period(period), _encode(variable, array))
            except (ValueError, PeriodMismatchError) as error:
                raise ClientError(400, {plural: {"*": {name: {period: str(error)}}}}) from error
    simulation.trace = trace
    return simulation


def _declare_gemeenten(builder, gemeenten: dict[str, Any], person_ids: list[str]) -> None:
    gemeente_ids, members = gemeente_indeling(gemeenten, person_ids)
    population = builder.declare_entity("gemeente", gemeente_ids)
    population.members_entity_id = members
    role = population.entity.flattened_roles[0]
    population.members_role = np.array([role] * len(person_ids), dtype=object)


def gemeente_indeling(gemeenten: dict[str, Any], person_ids: list[str]) -> tuple[list[str], np.ndarray]:
    """Every person belongs to one gemeente; one not placed gets a gemeente of its own (as OpenFisca does).

    Returns the gemeente ids and, per person, the index of its gemeente; shared by both evaluation paths.
    """
    lid_van = {}
    for gemeente_id, facts in gemeenten.items():
        for person_id in facts.get("inburgeraars", []):
            if person_id in lid_van:
                raise ClientError(
                    400,
                    {"gemeenten": {gemeente_id: {"inburgeraars": f"persoon '{person_id}' is already an inburgeraar of "
                                                                 f"gemeente '{lid_van[person_id]}'"}}},
                )
            lid_van[person_id] = gemeente_id
    gemeente_ids = list(gemeenten)
    taken = set(gemeente_ids)
    for person_id in person_ids:
        if person_id not in lid_van:
            own = person_id if person_id not in taken else f"{person_id}#gemeente"
            lid_van[person_id] = own
            gemeente_ids.append(own)
            taken.add(own)
    index = {g: n for n, g in enumerate(gemeente_ids)}
    return gemeente_ids, np.array([index[lid_van[p]] for p in person_ids], dtype=np.int32)


@functools.lru_cache(maxsize=4096)
def parsed_period(key: str):
    """OpenFisca parses a period string on every call; a request names few periods, parse each once."""
    return periods.period(key)


def _columns(instances: dict[str, Any]) -> dict[tuple[str, str], list[tuple[str, Any]]]:
    columns: dict[tuple[str, str], list[tuple[str, Any]]] = {}
    for instance_id, facts in instances.items():
        for name, by_period in facts.items():
            if isinstance(by_period, dict):
                for period, value in by_period.items():
                    columns.setdefault((name, period), []).append((instance_id, value))
    return columns


def _default(variable):
    value = variable.default_value
    return value.name if variable.value_type is Enum else value


def _input_dtype(variable):
    if variable.value_type is datetime.date:
        return "datetime64[D]"
    return variable.dtype


def _encoder(variable):
    """Enum members travel by name and are stored by index; everything else as it is."""
    if variable.value_type is not Enum:
        return lambda value: value
    index = {member.name: member.index for member in variable.possible_values}
    return index.__getitem__


def _encode(variable, array):
    if variable.value_type is Enum:
        return EnumArray(array, variable.possible_values)
    return array


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
        return simulation.calculate(name, parsed_period(period))
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


def positions(simulation) -> dict[str, dict[str, int]]:
    """id → index per entity, built once: OpenFisca's ``get_index`` scans all ids on every call."""
    return {
        population.entity.plural: {str(i): n for n, i in enumerate(population.ids)}
        for population in simulation.populations.values()
    }


def fill(tbs, simulation, data: dict[str, Any], request: Request, results) -> dict[str, Any]:
    """Write the results into ``data`` itself: it is the parsed request body, used once, and a
    deep copy of a large batch costs more than computing it."""
    answer = data
    index = positions(simulation)
    for (name, period), places in request.wanted.items():
        variable = tbs.variables[name]
        as_json = to_json_values(variable, results[(name, period)])
        where = index[variable.entity.plural]
        for plural, instance_id, key in places:
            answer[plural][instance_id][name][key] = as_json[where[instance_id]]
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
    """OpenFisca sometimes names only the leaf, or nothing; find the full dotted path for the caller."""
    if not name:
        return "(unnamed parameter)"
    if "." in name:
        return name
    matches = [
        leaf.name for leaf in tbs.parameters.get_descendants() if leaf.name == name or leaf.name.endswith("." + name)
    ]
    return matches[0] if len(matches) == 1 else name
