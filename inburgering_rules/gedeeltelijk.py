"""Partial results: a batch answers every instance it can; each one that cannot be answered gets its
error at its own JSON path, and the answer ends with a count.

The default path (``snelpad.calculate``) stops at the first problem, as OpenFisca does. A nightly
run over a caseload cannot afford that: one person without a birth date would leave thousands without
an answer. Here

- a validation error (unknown variable, wrong type, bad period) names its instance: that instance is
  set aside and the rest validated again;
- a rule error (a needed fact missing, an impossible value) names the positions it failed for: those
  instances are set aside and the batch computed again without them;
- an error that names no instance (a parameter without a value on the date) splits the batch in
  halves until it is pinned on the instances that need that figure.

The instances that are set aside keep their ``null``s in the answer. Same rules, same engine
(``berekening.run`` and ``fill``); only the order of work differs.
"""

from __future__ import annotations

from typing import Any, Callable

from .berekening import fill, run
from .errors import ClientError, merge_into
from .situatie import PLACEHOLDER_PERSON, Request, read_situation

# Rounds of "set aside and read again": each round removes at least one instance, so this bounds the
# work only for pathological bodies (a fresh problem per round).
_MAX_ROUNDS = 10_000


def calculate_partial(tbs, data: Any, controleer: Callable[[Request], None] | None = None) -> dict[str, Any]:
    """``data`` with every null it can fill filled, plus ``errors`` (nested at the path, as a 400
    would be) and ``summary`` (instances, answered, failed). ``controleer`` sees the validated
    situation before any work (the API's request budget)."""
    if not isinstance(data, dict) or not data:
        read_situation(tbs, data)  # the shape of the whole body is wrong: the ordinary 400
    entities = {e.plural for e in tbs.entities}
    if unknown := [key for key in data if key not in entities]:
        read_situation(tbs, {key: data[key] for key in unknown})
    errors: dict[str, Any] = {}
    request = _validated(tbs, data, errors)
    if request is not None and controleer is not None:
        controleer(request)
    if request is not None:
        _solve(tbs, data, request, errors)
    total = sum(len(v) for v in data.values() if isinstance(v, dict))
    failed = sum(len(v) for v in errors.values() if isinstance(v, dict))
    answer = dict(data)
    answer["errors"] = errors
    answer["summary"] = {"instances": total, "answered": total - failed, "failed": failed}
    return answer


def failing_instances(body: dict[str, Any]) -> dict[str, set[str]]:
    """The instances an error body names: ``{"personen": {"anna": …}}`` → ``{"personen": {"anna"}}``."""
    found: dict[str, set[str]] = {}
    for plural, value in body.items():
        if isinstance(value, dict):
            found.setdefault(plural, set()).update(str(k) for k in value if k != "*")
    return {plural: ids for plural, ids in found.items() if ids}


def _validated(tbs, data: dict[str, Any], errors: dict[str, Any]) -> Request | None:
    """Read the situation, setting aside each instance that does not validate, until the rest does."""
    work = _copy_shallow(data)
    for _ in range(_MAX_ROUNDS):
        if not any(work.values()):
            return None
        try:
            return read_situation(tbs, work)
        except ClientError as error:
            named = failing_instances(error.body)
            if not named:
                raise
            merge_into(errors, {p: {i: error.body[p][i] for i in ids} for p, ids in named.items()})
            _drop(work, named)
    raise ClientError(400, {"error": "Too many invalid instances to set aside one round at a time."})


def _copy_shallow(data: dict[str, Any]) -> dict[str, Any]:
    return {plural: dict(instances) if isinstance(instances, dict) else instances for plural, instances in data.items()}


def _drop(work: dict[str, Any], named: dict[str, set[str]]) -> None:
    """Remove instances, and a removed person from every gemeente's list of inburgeraars."""
    for plural, ids in named.items():
        instances = work.get(plural)
        if isinstance(instances, dict):
            for instance_id in ids:
                instances.pop(instance_id, None)
    gone = named.get("personen", set())
    if gone:
        for gemeente_id, facts in list((work.get("gemeenten") or {}).items()):
            if isinstance(facts, dict) and isinstance(facts.get("inburgeraars"), list):
                kept = [p for p in facts["inburgeraars"] if p not in gone]
                if len(kept) != len(facts["inburgeraars"]):
                    work["gemeenten"][gemeente_id] = {**facts, "inburgeraars": kept}


def _solve(tbs, data: dict[str, Any], request: Request, errors: dict[str, Any]) -> None:
    for _ in range(_MAX_ROUNDS):
        if not request.wanted:
            return
        try:
            simulation, results = run(tbs, request)
        except ClientError as error:
            named = failing_instances(error.body)
            named.get("personen", set()).discard(PLACEHOLDER_PERSON)
            if named:
                merge_into(errors, {p: {i: error.body[p][i] for i in ids} for p, ids in named.items()})
                request = _without(request, named)
                continue
            halves = _halves(request)
            if halves is None:  # one instance left: the error is its own
                for plural, instance_id in _asking(request):
                    merge_into(errors, {plural: {instance_id: error.body}})
                return
            for half in halves:
                _solve(tbs, data, half, errors)
            return
        fill(tbs, simulation, data, request, results)
        return


def _asking(request: Request) -> list[tuple[str, str]]:
    return sorted({(plural, instance_id) for places in request.wanted.values() for plural, instance_id, _ in places})


def _without(request: Request, named: dict[str, set[str]]) -> Request:
    inputs = _copy_shallow(request.inputs)
    _drop(inputs, named)
    wanted = {}
    for key, places in request.wanted.items():
        kept = [place for place in places if place[1] not in named.get(place[0], set())]
        if kept:
            wanted[key] = kept
    return _completed(Request(inputs=inputs, wanted=wanted))


def _completed(request: Request) -> Request:
    if not request.inputs.get("personen"):
        request.inputs["personen"] = {PLACEHOLDER_PERSON: {}}
        gemeenten = request.inputs.get("gemeenten") or {}
        if gemeenten:
            first_id = next(iter(gemeenten))
            gemeenten[first_id] = {**gemeenten[first_id], "inburgeraars": [PLACEHOLDER_PERSON]}
    return request


def _halves(request: Request) -> tuple[Request, Request] | None:
    """Split the instances that ask for something into two requests; None when only one asks."""
    asking = _asking(request)
    if len(asking) < 2:
        return None
    middle = len(asking) // 2
    first, second = asking[:middle], asking[middle:]
    # An instance that asks nothing stays in both halves (its facts may be read); each half drops
    # only the other half's askers.
    return _without(request, _grouped(second)), _without(request, _grouped(first))


def _grouped(places: list[tuple[str, str]]) -> dict[str, set[str]]:
    grouped: dict[str, set[str]] = {}
    for plural, instance_id in places:
        grouped.setdefault(plural, set()).add(instance_id)
    return grouped
