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

from .errors import (
    ClientError,
    ErrorCollector,
    NietGemodelleerd,
    OngeldigGegeven,
    OntbrekendGegeven,
    ParameterZonderWaarde,
)
from .geld import naar_centen
from .situatie import PLACEHOLDER_PERSON, Request
from .tijdslimiet import controleer as binnen_de_tijd


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
            own = person_id
            while own in taken:  # "anna#gemeente" may itself be a caller's gemeente id
                own += "#gemeente"
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


_LAATSTE_DAG = np.datetime64("9999-12-31", "D")
_EERSTE_DAG = np.datetime64("0001-01-01", "D")
# Units whose value counts something: a negative result means a period before the facts it counts from.
_TELLEND = {"year", "month", "week", "day", "hour", "count"}


class BuitenDomein(ValueError):
    """A result no answer may carry: a date after 9999-12-31, a negative age or count, no amount."""

    def __init__(self, variable, indices, why: str):
        super().__init__(why)
        self.variable = variable
        self.indices = [int(i) for i in np.atleast_1d(indices)]
        self.why = why


def _domain_problem(variable, values: np.ndarray):
    """(indices, why) for results outside what the law can mean, or None."""
    if np.issubdtype(values.dtype, np.datetime64):
        days = values.astype("datetime64[D]")
        wrong = np.flatnonzero((days > _LAATSTE_DAG) | (days < _EERSTE_DAG))
        return (wrong, "the date comes out outside the calendar (after 9999-12-31): "
                       "check the dates and durations given") if wrong.size else None
    if variable.value_type in (int, float) and getattr(variable, "unit", None) in _TELLEND:
        wrong = np.flatnonzero(np.asarray(values) < 0)
        return (wrong, "the result comes out negative, which this law cannot mean; is the peildatum before "
                       "the facts it counts from (e.g. before the geboortedatum)") if wrong.size else None
    if variable.value_type is float:
        wrong = np.flatnonzero(~np.isfinite(np.asarray(values, dtype=np.float64)))
        return (wrong, "the amount cannot be computed (not finite)") if wrong.size else None
    return None


def to_json_values(variable, values: np.ndarray) -> list[Any]:
    """A result vector as JSON values: enum names, ISO dates, money in whole cents.

    ``BuitenDomein`` when a result lies outside what the law can mean ("10002-01-01", age −71):
    such a value is never returned as if it were an answer.
    """
    if variable.value_type is Enum:
        names = np.array([m.name for m in variable.possible_values], dtype=object)
        return names[np.asarray(values)].tolist()
    if problem := _domain_problem(variable, values):
        raise BuitenDomein(variable.name, *problem)
    if np.issubdtype(values.dtype, np.datetime64):
        return np.datetime_as_string(values.astype("datetime64[D]")).tolist()
    if variable.value_type is float:
        return [naar_centen(v) for v in values]
    return values.tolist()


def json_values(simulation, variable, values: np.ndarray, offset: int = 0) -> list[Any]:
    """``to_json_values``, with a result outside the law's domain as a 400 at each instance it concerns."""
    ids = simulation.get_population(variable.entity.plural).ids
    return json_values_for(variable, values, ids[offset:])


def json_values_for(variable, values: np.ndarray, ids) -> list[Any]:
    """``json_values`` for results whose instances are ``ids`` (in order): a result outside the law's
    domain is a 400 at each instance it concerns (the compiled path cuts its results per request)."""
    try:
        return to_json_values(variable, values)
    except BuitenDomein as error:
        collector = ErrorCollector()
        for index in error.indices:
            instance_id = str(ids[index])
            if instance_id != PLACEHOLDER_PERSON:
                collector.add([variable.entity.plural, instance_id, variable.name], f"No answer: {error.why}.")
        raise ClientError(400, collector.body or {"error": f"No answer for '{variable.name}': {error.why}."}) from error


def evaluate(tbs, simulation, name: str, period: str) -> np.ndarray:
    """``simulation.calculate`` with every rule error turned into a 400 that names its cause."""
    try:
        return simulation.calculate(name, parsed_period(period))
    except (OntbrekendGegeven, OngeldigGegeven, NietGemodelleerd) as error:
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
    results = {}
    for name, period in request.wanted:
        binnen_de_tijd()
        results[(name, period)] = evaluate(tbs, simulation, name, period)
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
        binnen_de_tijd()
        variable = tbs.variables[name]
        as_json = json_values(simulation, variable, results[(name, period)])
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
