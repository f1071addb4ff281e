"""Strict reading of an OpenFisca situation: every fact typed, every period fitting its variable.

OpenFisca itself coerces ``"false"`` to ``True``, resets other persons when an ETERNITY input uses a
month key (openfisca-core #1295) and answers a period mismatch with a 500. Here each of those is a
400 that names the JSON path and says what is expected.
"""

from __future__ import annotations

import datetime
import functools
import math
import re
from dataclasses import dataclass, field
from typing import Any

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DateUnit

from .errors import ClientError, ErrorCollector

INT32 = (-(2**31), 2**31 - 1)
# OpenFisca cannot simulate without a person; a gemeente-only request gets this one, unseen.
PLACEHOLDER_PERSON = "_geen_persoon_"
# ASCII digits only (``\d`` also matches "٢٠٢٤"), matched whole (``$`` lets "2024\n" through).
_PERIOD_SHAPES = {
    DateUnit.DAY: (re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"), "a day, YYYY-MM-DD"),
    DateUnit.MONTH: (re.compile(r"[0-9]{4}-[0-9]{2}"), "a month, YYYY-MM"),
    DateUnit.YEAR: (re.compile(r"[0-9]{4}"), "a year, YYYY"),
}
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# The range the law is modelled for (issue #11). A peildatum outside it is a 400 naming the field:
# OpenFisca's period arithmetic breaks on year 9999 (a MONTH or YEAR period ends after it) and year 1.
EERSTE_PERIODE, LAATSTE_PERIODE = datetime.date(1900, 1, 1), datetime.date(2199, 12, 31)
# Facts (birth dates, decisions) may lie earlier; 9999-12-31 is NOOIT (no such date, see dates.py).
EERSTE_DATUM, LAATSTE_DATUM, NOOIT = datetime.date(1800, 1, 1), datetime.date(2199, 12, 31), "9999-12-31"
PERIOD_RANGE_TEXT = f"between {EERSTE_PERIODE.year} and {LAATSTE_PERIODE.year}"
DATE_RANGE_TEXT = f"between {EERSTE_DATUM} and {LAATSTE_DATUM} (or {NOOIT}: no date)"
# What an amount or count can mean in this law; beyond it float64 loses cents and dates overflow.
MAX_BEDRAG = 1e12
MAX_PER_EENHEID = {"count": 10_000_000, "day": 36_600, "month": 1_200, "year": 150, "hour": 1_000_000}
# Longer strings are refused before any cache sees them (the caches hold only short, valid keys).
_MAX_PERIOD_KEY = 10


@dataclass
class Request:
    """A validated situation: OpenFisca input without the nulls, and what the caller asked for."""

    inputs: dict[str, Any]
    # (variable, period) -> [(entity plural, id, original period key)]
    wanted: dict[tuple[str, str], list[tuple[str, str, str]]] = field(default_factory=dict)
    # (variable, normalised period) -> ([id, ...], [value, ...]): the given facts by column, gathered
    # while validating, so that a large batch is built column by column without walking it again
    columns: dict[tuple[str, str], tuple[list[str], list[Any]]] = field(default_factory=dict)


def _valid_period(key: str, unit) -> str | None:
    """The normalised period for ``key``, or None when it does not fit ``unit``."""
    if len(key) > _MAX_PERIOD_KEY:
        return None
    return _cached_period(key, unit)


valid_period = _valid_period  # public: the scenario scaffold checks the periods it writes


@functools.lru_cache(maxsize=8192)  # keys of at most 10 characters: under a megabyte in all
def _cached_period(key: str, unit) -> str | None:
    if unit == DateUnit.ETERNITY:
        if key.upper() == "ETERNITY":
            return "ETERNITY"
        # A dated key on a constant fact means the same fact: accept any valid period shape.
        for other in (DateUnit.DAY, DateUnit.MONTH, DateUnit.YEAR):
            if _cached_period(key, other):
                return "ETERNITY"
        return None
    pattern, _ = _PERIOD_SHAPES[unit]
    if not pattern.fullmatch(key):
        return None
    try:
        if unit == DateUnit.DAY:
            start = end = datetime.date.fromisoformat(key)
        elif unit == DateUnit.MONTH:
            start = end = datetime.date.fromisoformat(key + "-01")
        else:
            start, end = datetime.date(int(key), 1, 1), datetime.date(int(key), 12, 31)
    except ValueError:
        return None
    if start < EERSTE_PERIODE or end > LAATSTE_PERIODE:
        return None
    return key


def _shown(value) -> str:
    """A caller's value in an error message, cut short (the body must not echo megabytes)."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _in_range(unit) -> str:
    return "" if unit == DateUnit.ETERNITY else f", {PERIOD_RANGE_TEXT}"


def expected_period(unit) -> str:
    if unit == DateUnit.ETERNITY:
        return '"ETERNITY" (a fact that does not change over time)'
    return _PERIOD_SHAPES[unit][1]


def _date_problem(value: str) -> str | None:
    if len(value) != 10:  # never cached: an attacker's long string must not stay in memory
        return "expected a date as YYYY-MM-DD"
    return _cached_date_problem(value)


@functools.lru_cache(maxsize=65536)  # ten-character keys: a few megabytes at most
def _cached_date_problem(value: str) -> str | None:
    if not _ISO_DATE.fullmatch(value):
        return "expected a date as YYYY-MM-DD"
    try:
        date = datetime.date.fromisoformat(value)
    except ValueError:
        return f"'{value}' is not a date that exists; expected YYYY-MM-DD"
    if value != NOOIT and not EERSTE_DATUM <= date <= LAATSTE_DATUM:
        return f"'{value}' lies outside the range the law is modelled for: expected a date {DATE_RANGE_TEXT}"
    return None


@functools.lru_cache(maxsize=1024)
def _enum_names(variable) -> frozenset[str]:
    return frozenset(variable.possible_values.__members__)


def check_value(variable, value) -> tuple[Any, str | None]:
    """The value OpenFisca should receive, or an explanation of what was expected."""
    kind = variable.value_type
    if kind is bool:
        if isinstance(value, bool):
            return value, None
        return None, "expected true or false (a JSON boolean, not a string or number)"
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                return None, "expected a whole number"
        if not INT32[0] <= value <= INT32[1]:
            return None, f"expected a whole number between {INT32[0]} and {INT32[1]}"
        maximum = MAX_PER_EENHEID.get(getattr(variable, "unit", None))
        if maximum is not None and abs(value) > maximum:
            return None, f"expected at most {maximum:,} ({variable.unit}): more is not something this law can mean"
        return value, None
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            return None, "expected a number"
        if abs(value) > MAX_BEDRAG:
            return None, f"expected an amount of at most {MAX_BEDRAG:,.0f}: more is not something this law can mean"
        return value, None
    if kind is datetime.date:
        if not isinstance(value, str):
            return None, "expected a date as YYYY-MM-DD"
        problem = _date_problem(value)
        return (None, problem) if problem else (value, None)
    if kind is Enum:
        if isinstance(value, str) and value in _enum_names(variable):
            return value, None
        return None, f"expected one of {', '.join(variable.possible_values.__members__)}"
    if kind is str:
        return (value, None) if isinstance(value, str) else (None, "expected a string")
    return None, f"unsupported value type {kind}"


def read_situation(tbs, data: Any) -> Request:
    if not isinstance(data, dict):
        raise ClientError(400, {"error": "The request body must be a JSON object with 'personen' and/or 'gemeenten'."})
    entities = {e.plural: e for e in tbs.entities}
    errors = ErrorCollector()
    request = Request(inputs={})
    if not data:
        errors.add(["error"], "The situation is empty: give 'personen' and/or 'gemeenten'.")
    for plural, instances in data.items():
        entity = entities.get(plural)
        if entity is None:
            errors.add([plural], f"Unknown entity '{plural}'; expected one of {', '.join(entities)}.")
            continue
        if not isinstance(instances, dict):
            errors.add([plural], f"expected an object of {entity.key} ids to their variables")
            continue
        request.inputs[plural] = {}
        if PLACEHOLDER_PERSON in instances:
            errors.add([plural, PLACEHOLDER_PERSON], f"'{PLACEHOLDER_PERSON}' is a name the service uses internally; "
                                                     "choose another id")
            continue
        for instance_id, facts in instances.items():
            _read_instance(tbs, entity, plural, instance_id, facts, data, request, errors)
    errors.raise_if_any()
    _add_placeholder_person(request)
    return request


def _add_placeholder_person(request: Request) -> None:
    """A municipality's budget is computed from counts, so a request may hold only ``gemeenten``."""
    if request.inputs.get("personen"):
        return
    request.inputs["personen"] = {PLACEHOLDER_PERSON: {}}
    gemeenten = request.inputs.get("gemeenten") or {}
    if gemeenten:
        first = next(iter(gemeenten.values()))
        first["inburgeraars"] = [PLACEHOLDER_PERSON]


def _read_instance(tbs, entity, plural, instance_id, facts, data, request, errors):
    path = [plural, instance_id]
    if not isinstance(facts, dict):
        errors.add(path, "expected an object of variable names to {period: value}")
        return
    clean: dict[str, Any] = {}
    request.inputs[plural][instance_id] = clean
    roles = {} if entity.is_person else {r.plural: r for r in entity.roles}
    for name, periods in facts.items():
        if name in roles:
            persons = data.get("personen", {})
            if not isinstance(periods, list) or not all(isinstance(p, str) for p in periods):
                errors.add(path + [name], "expected a list of persoon ids")
            elif unknown := [p for p in periods if not isinstance(persons, dict) or p not in persons]:
                errors.add(path + [name], f"unknown persoon id(s) {', '.join(unknown)}: declare them under 'personen'")
            else:
                clean[name] = periods
            continue
        variable = tbs.variables.get(name)
        if variable is None:
            errors.add(path + [name], f"Unknown variable '{name}'. See GET /variables for the vocabulary.")
            continue
        if variable.entity.key != entity.key:
            errors.add(
                path + [name],
                f"'{name}' belongs to {variable.entity.plural}, not to {plural}",
            )
            continue
        unit = variable.definition_period
        if not isinstance(periods, dict):
            if unit == DateUnit.ETERNITY and periods is not None:
                periods = {"ETERNITY": periods}  # a bare value for a constant fact, as OpenFisca allows
            else:
                errors.add(path + [name], f"expected an object of periods ({expected_period(unit)}) to values")
                continue
        given: dict[str, Any] = {}
        for key, value in periods.items():
            period = _valid_period(str(key), unit)
            if period is None:
                errors.add(
                    path + [name, str(key)],
                    f"'{key}' is not a valid period for '{name}', which is defined per "
                    f"{unit.name.lower()}: expected {expected_period(unit)}{_in_range(unit)}",
                )
                continue
            if value is None:
                request.wanted.setdefault((name, period), []).append((plural, instance_id, str(key)))
                continue
            checked, problem = check_value(variable, value)
            if problem:
                errors.add(path + [name, str(key)], f"Invalid value {_shown(value)} for '{name}': {problem}.")
                continue
            if period in given and given[period] != checked:
                errors.add(path + [name, str(key)], f"conflicting values for '{name}', which does not change over time")
                continue
            given[period] = checked
            ids, values = request.columns.setdefault((name, period), ([], []))
            ids.append(instance_id)
            values.append(checked)
        if given:
            clean[name] = given
