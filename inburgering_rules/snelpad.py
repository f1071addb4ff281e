"""The compiled path for ``/calculate``: the same formula functions, without openfisca-core's per-call bookkeeping.

OpenFisca's ``Simulation.calculate`` spends ~14 µs on every (variable, period) it evaluates — the
tracer stack, holders and their storage, the cycle check, the formula look-up — whether the array
holds one person or a thousand; a single-person request evaluates ≈45 of them. This path runs the
model's own formula functions, with the parameters OpenFisca would give them, over plain arrays:

- At start-up (once per process) every variable gets a ``_Regel``: entity, definition period,
  dtype, default and its dated formulas; and the dependency order of the variables is computed from
  the formulas' source (``VOLGORDE``), which also shows the rules hold no cycle.
- A request is evaluated on demand along that order, each (variable, period) once, in a dict
  cache. On demand, not eagerly: formulas read some facts only where they matter (a regime's term
  length only where such a term runs), and evaluating everything upfront would raise errors that
  OpenFisca does not.

What OpenFisca guarantees that callers rely on is kept: a period must fit the variable's definition
period, an input set for one period is read only for that period (an ETERNITY one for every period),
a formula is chosen by the period's start, its result cast and checked as OpenFisca does, and the
errors are the same objects with the same messages. Whatever this path cannot mirror exactly — an
option (ADD/DIVIDE), a cross-entity projection, a period that does not fit, a variable read while it
is itself being computed, any attribute of the population it does not offer — raises ``Terugval``
and the request is run by OpenFisca's simulation instead, so an answer is never different, only
slower. ``tests/test_snelpad.py`` holds the two paths together.
"""

from __future__ import annotations

import ast
import functools
import inspect
import textwrap
from typing import Any

import numpy as np
from openfisca_core import periods
from openfisca_core.indexed_enums import Enum, EnumArray
from openfisca_core.periods import DateUnit, Period

from .berekening import _default, _encoder, _input_dtype, evaluate, gemeente_indeling, json_values_for, parsed_period
from .situatie import Request
from .tijdslimiet import controleer as binnen_de_tijd

ETERNITY = periods.period(DateUnit.ETERNITY)


class Terugval(BaseException):
    """This request needs OpenFisca's own simulation. A BaseException, so that no formula's
    ``except Exception`` can swallow it and answer from a half-mirrored state."""


class _EnumArray(EnumArray):
    """``EnumArray`` whose comparison with a member of its own enum skips the generic checks.

    The result is what ``EnumArray.__eq__`` gives for such a member (``indices == member.index``);
    every other comparison is ``EnumArray``'s own. The formulas compare regimes, grounds and
    reasons this way a dozen times a request.
    """

    def __eq__(self, other):
        if other.__class__ is self.possible_values:
            return self.view(np.ndarray) == other.index
        return EnumArray.__eq__(self, other)

    def __ne__(self, other):
        if other.__class__ is self.possible_values:
            return self.view(np.ndarray) != other.index
        return EnumArray.__ne__(self, other)

    __hash__ = None


class _Regel:
    """One variable as the compiled path needs it, read once from OpenFisca's definition."""

    __slots__ = ("variable", "name", "entity_key", "eternal", "unit", "enum", "dtype", "formulas", "_formula_at")

    def __init__(self, variable):
        self.variable = variable
        self.name = variable.name
        self.entity_key = variable.entity.key
        self.unit = variable.definition_period
        self.eternal = self.unit == DateUnit.ETERNITY
        self.enum = variable.value_type is Enum
        self.dtype = variable.dtype
        self.formulas = bool(variable.formulas)
        self._formula_at: dict[Any, Any] = {}

    def formula(self, period):
        """OpenFisca's own choice of dated formula (``Variable.get_formula``), remembered per start."""
        try:
            return self._formula_at[period.start]
        except KeyError:
            formula = self.variable.get_formula(period)
            self._formula_at[period.start] = formula
            return formula


class _Plan:
    """The rules compiled once: a ``_Regel`` per variable and the dependency order."""

    def __init__(self, tbs):
        self.tbs = tbs
        self.regels = {name: _Regel(variable) for name, variable in tbs.variables.items()}
        self.parameters_at = tbs.get_parameters_at_instant
        self.afhankelijkheden = {name: _reads(variable, tbs.variables) for name, variable in tbs.variables.items()}
        self.volgorde, self.kringen = _topological(self.afhankelijkheden)


@functools.lru_cache(maxsize=4)
def plan(tbs) -> _Plan:
    return _Plan(tbs)


def _reads(variable, names) -> frozenset[str]:
    """Every variable a formula may read: each string in its source that names a variable.

    An over-approximation on purpose (a name handed to a helper such as ``niet_negatief`` counts
    too): it orders and checks the rules, it does not decide what is evaluated.
    """
    found: set[str] = set()
    for formula in variable.formulas.values():
        try:
            tree = ast.parse(textwrap.dedent(inspect.getsource(formula)))
        except (OSError, TypeError, SyntaxError):
            continue
        found.update(
            node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in names
        )
    found.discard(variable.name)
    return frozenset(found)


def _topological(graph: dict[str, frozenset[str]]) -> tuple[list[str], set[str]]:
    """Dependencies first; the variables that take part in a cycle are returned apart."""
    order: list[str] = []
    state: dict[str, int] = {}
    in_cycle: set[str] = set()

    def visit(name: str, stack: list[str]) -> None:
        mark = state.get(name)
        if mark == 2:
            return
        if mark == 1:
            in_cycle.update(stack[stack.index(name):])
            return
        state[name] = 1
        stack.append(name)
        for dependency in sorted(graph.get(name, ())):
            visit(dependency, stack)
        stack.pop()
        state[name] = 2
        order.append(name)

    for name in sorted(graph):
        visit(name, [])
    return order, in_cycle


class _Populatie:
    """What a formula sees as ``persoon`` or ``gemeente``: callable for a variable and a period."""

    __slots__ = ("berekening", "entity", "key", "count", "ids")

    def __init__(self, berekening, entity, ids: list[str]):
        self.berekening = berekening
        self.entity = entity
        self.key = entity.key
        self.ids = ids
        self.count = len(ids)

    def __call__(self, variable_name, period, options=None):
        if options is not None:
            raise Terugval(f"option {options} on '{variable_name}'")
        regel = self.berekening.plan.regels.get(variable_name)
        if regel is None or regel.entity_key != self.key:
            raise Terugval(f"'{variable_name}' is not a variable of {self.entity.plural}")
        if period is None:
            raise Terugval(f"'{variable_name}' asked without a period")
        if type(period) is not Period:
            period = periods.period(period)
        return self.berekening.waarde(regel, period)

    def get_holder(self, variable_name):
        regel = self.berekening.plan.regels.get(variable_name)
        if regel is None or regel.entity_key != self.key:
            raise Terugval(f"holder of '{variable_name}'")
        return _Houder(self.berekening, regel, self.count)

    def filled_array(self, value, dtype=None):
        return np.full(self.count, value, dtype)

    def empty_array(self):
        return np.zeros(self.count, dtype=np.float32)

    def __getattr__(self, name):
        # Anything else (members, projections, get_index, …) is OpenFisca's to answer.
        raise Terugval(f"population attribute '{name}'")


class _Houder:
    """The part of OpenFisca's ``Holder`` a formula may read: known periods and the default."""

    __slots__ = ("berekening", "regel", "count")

    def __init__(self, berekening, regel: _Regel, count: int):
        self.berekening, self.regel, self.count = berekening, regel, count

    def default_array(self):
        return self.regel.variable.default_array(self.count)

    def get_known_periods(self):
        """The periods with a value (given or computed), as OpenFisca's storage holds them.

        In a shared evaluation a fact that one request gave and another did not would be "known" to
        both, and the other answered differently than alone: that shared run falls back.
        """
        berekening, name = self.berekening, self.regel.name
        given_by = berekening.gegeven_door.get(name)
        if given_by is not None and len(given_by) != berekening.verzoeken:
            raise Terugval(f"'{name}' given by only some of the requests evaluated together")
        return [key for (variable, key) in berekening.cache if variable == name]

    def __getattr__(self, name):
        raise Terugval(f"holder attribute '{name}'")


class Berekening:
    """One evaluation: populations, the inputs and every value computed so far, keyed by (variable, period).

    Offers what ``berekening.evaluate``, ``fill`` and ``rule_error_body`` use of a simulation
    (``calculate``, ``get_population``, ``populations``), so both paths share those.
    """

    def __init__(self, plan_: _Plan, ids: dict[str, list[str]]):
        self.plan = plan_
        entities = {entity.plural: entity for entity in plan_.tbs.entities}
        self.populations = {entities[plural].key: _Populatie(self, entities[plural], ids[plural]) for plural in ids}
        self.cache: dict[tuple[str, Any], Any] = {}
        self.bezig: set[str] = set()
        self.verzoeken = 1
        # variable -> the requests (by position) that gave it, in a shared evaluation
        self.gegeven_door: dict[str, set[int]] = {}

    def sluit(self) -> None:
        """Drop the populations and the cache (they refer back to this evaluation)."""
        self.populations = {}
        self.cache = {}

    def get_population(self, plural: str) -> _Populatie:
        for population in self.populations.values():
            if population.entity.plural == plural:
                return population
        raise KeyError(plural)

    def calculate(self, name: str, period) -> np.ndarray:
        if type(period) is not Period:
            period = periods.period(period)
        return self.waarde(self.plan.regels[name], period)

    @classmethod
    def uit_simulatie(cls, tbs, simulation) -> "Berekening":
        """The same populations and inputs as an OpenFisca simulation that has computed nothing yet
        (for tests and tools that build their situation with OpenFisca's own builders)."""
        berekening = cls(plan(tbs), {p.entity.plural: [str(i) for i in p.ids] for p in simulation.populations.values()})
        for population in simulation.populations.values():
            for name, holder in population._holders.items():
                for period in holder.get_known_periods():
                    berekening.zet_invoer(berekening.plan.regels[name], period, holder.get_array(period))
                    berekening.gegeven_door.setdefault(name, set()).add(0)
        return berekening

    def zet_invoer(self, regel: _Regel, period, array) -> None:
        """``Holder.set_input`` for an input whose period fits (the situation was validated)."""
        if regel.eternal:
            key = ETERNITY
        elif period.unit != regel.unit or period.size != 1:
            raise Terugval(f"input of '{regel.name}' for {period}")  # OpenFisca's own error, or its set_input
        else:
            key = period
        self.cache[(regel.name, key)] = self._als_array(regel, array)

    def waarde(self, regel: _Regel, period) -> np.ndarray:
        """``Simulation._calculate`` without its bookkeeping (see the module docstring)."""
        if regel.eternal:
            key = ETERNITY
        else:
            if period.unit != regel.unit or period.size != 1:
                raise Terugval(f"'{regel.name}' for {period}")  # OpenFisca raises, or fails on storing
            key = period
        cached = self.cache.get((regel.name, key))
        if cached is not None:
            return cached
        if regel.name in self.bezig:
            raise Terugval(f"'{regel.name}' read while it is being computed")  # a cycle or a spiral
        population = self.populations[regel.entity_key]
        formula = regel.formula(period) if regel.formulas else None
        if formula is None:
            array = regel.variable.default_array(population.count)
        else:
            self.bezig.add(regel.name)
            try:
                if formula.__code__.co_argcount == 2:
                    array = formula(population, period)
                else:
                    array = formula(population, period, self.plan.parameters_at)
            finally:
                self.bezig.discard(regel.name)
            if array is None:
                array = regel.variable.default_array(population.count)
        array = self._als_array(regel, self._cast(regel, population, array))
        self.cache[(regel.name, key)] = array
        return array

    @staticmethod
    def _cast(regel: _Regel, population: _Populatie, value):
        """``Simulation._cast_formula_result``."""
        if regel.enum and not isinstance(value, EnumArray):
            return regel.variable.possible_values.encode(value)
        if not isinstance(value, np.ndarray):
            value = population.filled_array(value)
        if value.dtype != regel.dtype:
            return value.astype(regel.dtype)
        return value

    def _als_array(self, regel: _Regel, value):
        """``Holder._to_array``: the checks OpenFisca makes before it stores a value."""
        if not isinstance(value, np.ndarray):
            value = np.asarray(value)
        if value.ndim == 0:
            value = value.reshape(1)
        if len(value) != self.populations[regel.entity_key].count:
            raise Terugval(f"'{regel.name}' has the wrong length")  # OpenFisca's ValueError names it
        if regel.enum:
            value = regel.variable.possible_values.encode(value)
            if type(value) is EnumArray:
                value = value.view(_EnumArray)
        if value.dtype != regel.dtype:
            try:
                value = value.astype(regel.dtype)
            except ValueError as error:
                raise Terugval(f"'{regel.name}' has dtype {value.dtype}") from error
        return value


# --- One request, or many evaluated as one population ---


def _ids(request: Request) -> dict[str, list[str]]:
    """The instance ids of each entity exactly as ``berekening.build_simulation`` declares them."""
    person_ids = list(request.inputs.get("personen", {}))
    gemeente_ids, _ = gemeente_indeling(request.inputs.get("gemeenten", {}), person_ids)
    return {"personen": person_ids, "gemeenten": gemeente_ids}


def bouw(tbs, requests: list[Request]) -> tuple[Berekening, list[dict[str, int]]]:
    """One evaluation over the requests' populations laid end to end, built column by column.

    Returns it with, per request, the offset of its instances in each entity.
    """
    plan_ = plan(tbs)
    ids: dict[str, list[str]] = {"personen": [], "gemeenten": []}
    offsets = []
    per_request = []
    for request in requests:
        own = _ids(request)
        offsets.append({plural: len(ids[plural]) for plural in ids})
        per_request.append(own)
        for plural in ids:
            ids[plural].extend(own[plural])
    berekening = Berekening(plan_, ids)
    berekening.verzoeken = len(requests)
    counts = {plural: len(v) for plural, v in ids.items()}
    columns: dict[tuple[str, str], list[tuple[Any, list[Any]]]] = {}
    for n, (request, offset, own) in enumerate(zip(requests, offsets, per_request)):
        where: dict[str, dict[str, int]] = {}
        for (name, period), (instance_ids, values) in request.columns.items():
            plural = plan_.regels[name].variable.entity.plural
            berekening.gegeven_door.setdefault(name, set()).add(n)
            base = offset[plural]
            if instance_ids == own[plural]:
                places: Any = slice(base, base + len(instance_ids))  # every instance, in order
            else:
                at = where.get(plural) or where.setdefault(plural, {i: k for k, i in enumerate(own[plural])})
                places = base + np.fromiter(map(at.__getitem__, instance_ids), dtype=np.int64, count=len(instance_ids))
            columns.setdefault((name, period), []).append((places, values))
    for (name, period), parts in columns.items():
        regel = plan_.regels[name]
        variable = regel.variable
        code = _encoder(variable)
        count = counts[variable.entity.plural]
        dtype = _input_dtype(variable)
        if len(parts) == 1 and isinstance(parts[0][0], slice) and parts[0][0] == slice(0, count):
            array = _kolom(variable, parts[0][1], dtype, code)
        else:
            array = np.full(count, code(_default(variable)), dtype=dtype)
            for places, values in parts:
                array[places] = _kolom(variable, values, dtype, code)
        if regel.enum:
            array = EnumArray(array, variable.possible_values)
        berekening.zet_invoer(regel, parsed_period(period), array)
    return berekening, offsets


def _kolom(variable, values: list[Any], dtype, code) -> np.ndarray:
    """Validated values as one array: enum names by index, ISO dates parsed by numpy."""
    if variable.value_type is Enum:
        return np.fromiter(map(code, values), dtype=dtype, count=len(values))
    return np.array(values, dtype=dtype)


def _vul(tbs, data: dict[str, Any], request: Request, results, index: dict[str, dict[str, int]], offset) -> dict[str, Any]:
    """``berekening.fill`` for one request cut out of a shared evaluation."""
    for (name, period), places in request.wanted.items():
        variable = tbs.variables[name]
        plural = variable.entity.plural
        values = results[(name, period)]
        start = offset[plural]
        as_json = json_values_for(variable, values[start:start + len(index[plural])], list(index[plural]))
        where = index[plural]
        for entity_plural, instance_id, key in places:
            data[entity_plural][instance_id][name][key] = as_json[where[instance_id]]
    return data


def calculate_compiled(tbs, data: dict[str, Any], request: Request) -> dict[str, Any]:
    """One request through the compiled path only (raises ``Terugval`` where it cannot mirror OpenFisca)."""
    return calculate_together(tbs, [(data, request)])[0]


def calculate_together(tbs, items: list[tuple[dict[str, Any], Request]]) -> list[dict[str, Any]]:
    """Several validated requests evaluated as one population; each answer cut out for its caller.

    Raises whatever the shared evaluation raises (a rule error of one request, or ``Terugval``):
    the caller then answers each request on its own (``calculate_each``).
    """
    requests = [request for _, request in items]
    berekening, offsets = bouw(tbs, requests)
    wanted = dict.fromkeys(key for request in requests for key in request.wanted)
    try:
        results = {}
        for name, period in wanted:
            binnen_de_tijd()  # the request's deadline, between outputs as on the OpenFisca path
            results[(name, period)] = evaluate(tbs, berekening, name, period)
    finally:
        # The populations and the evaluation refer to each other: break the cycle now, so the
        # memory goes back at once instead of at the next (rare, see api/main.py) GC collection.
        berekening.sluit()
    answers = []
    for (data, request), offset in zip(items, offsets):
        own = _ids(request)
        index = {plural: {instance_id: n for n, instance_id in enumerate(ids)} for plural, ids in own.items()}
        answers.append(_vul(tbs, data, request, results, index, offset))
    return answers


def calculate(tbs, data: dict[str, Any], request: Request) -> dict[str, Any]:
    """The computation every caller uses: the compiled path, or OpenFisca where it cannot mirror it."""
    from .berekening import calculate as calculate_openfisca

    try:
        return calculate_compiled(tbs, data, request)
    except Terugval:
        return calculate_openfisca(tbs, data, request)


def calculate_each(tbs, items: list[tuple[dict[str, Any], Request]]) -> list[Any]:
    """Each request alone: its answer, or the exception (``ClientError`` or other) it raised."""
    out: list[Any] = []
    for data, request in items:
        try:
            out.append(calculate(tbs, data, request))
        except Exception as error:  # noqa: BLE001 - handed to that request's caller, unchanged
            out.append(error)
    return out


def calculate_many(tbs, items: list[tuple[dict[str, Any], Request]]) -> list[Any]:
    """Evaluate the requests together where they can be, each alone where the shared run fails.

    Requests that ask for the same (variable, period) keys share one evaluation; a request whose
    evaluation raises is answered on its own, with its own error, and never affects the others.
    """
    out: list[Any] = [None] * len(items)
    groups: dict[frozenset, list[int]] = {}
    for n, (_, request) in enumerate(items):
        groups.setdefault(frozenset(request.wanted), []).append(n)
    for members in groups.values():
        chosen = [items[n] for n in members]
        if len(chosen) > 1:
            try:
                answers = calculate_together(tbs, chosen)
            except (Exception, Terugval):  # noqa: BLE001 - every request is then run alone
                answers = calculate_each(tbs, chosen)
        else:
            answers = calculate_each(tbs, chosen)
        for n, answer in zip(members, answers):
            out[n] = answer
    return out


__all__ = [
    "Berekening", "Terugval", "bouw", "calculate", "calculate_compiled", "calculate_each",
    "calculate_many", "calculate_together", "plan",
]
