"""The compiled path of /calculate (inburgering_rules.snelpad) answers exactly as OpenFisca's simulation.

Three ways: every output for a large generated population (every enum member, dates on both sides
of every date the parameters and formulas change on, each peildatum around the statute's dates);
each of a few hundred single-person requests alone, with facts missing and impossible values, as
the API answers them (the answer or the error body); and the same requests coalesced. The YAML
scenarios run through both paths as well (``tests/conftest.py``, items marked ``[snelpad]``).
"""

from __future__ import annotations

import copy
import datetime
import random

import numpy as np
import pytest
from openfisca_core import periods
from openfisca_core.indexed_enums import Enum, EnumArray
from openfisca_core.simulations import SimulationBuilder

from inburgering_rules import berekening, snelpad
from inburgering_rules.dates import NOOIT
from inburgering_rules.errors import ClientError
from inburgering_rules.situatie import read_situation

PEILDATA = ["2012-12-31", "2013-01-01", "2019-06-15", "2021-12-31", "2022-01-01", "2023-01-01", "2024-02-29",
            "2025-03-01", "2026-12-31", "2031-01-01"]
PERSONEN = 3000


def _instants(tbs) -> list[np.datetime64]:
    """Every date a parameter value or a dated formula starts on."""
    found = set()
    for leaf in tbs.parameters.get_descendants():
        for value in getattr(leaf, "values_list", []):
            found.add(value.instant_str)
    for variable in tbs.variables.values():
        found.update(str(start) for start in variable.formulas)
    return [np.datetime64(d, "D") for d in sorted(found)]


def _periode(variable, peildatum: str):
    unit = variable.definition_period
    if unit == periods.DateUnit.ETERNITY:
        return periods.period("ETERNITY")
    if unit == periods.DateUnit.YEAR:
        return periods.period(peildatum[:4])
    if unit == periods.DateUnit.MONTH:
        return periods.period(peildatum[:7])
    return periods.period(peildatum)


def _waarden(variable, n: int, rng: np.random.Generator, peildatum: str, grenzen, complete: bool):
    kind = variable.value_type
    if kind is bool:
        return rng.random(n) < 0.5
    if kind is Enum:
        members = list(variable.possible_values)
        return EnumArray(rng.integers(0, len(members), n).astype(np.int16), variable.possible_values)
    if kind is datetime.date:
        peil = np.datetime64(peildatum, "D")
        pool = [g + np.timedelta64(d, "D") for g in grenzen for d in (-1, 0, 1)]
        if variable.name == "geboortedatum":
            pool = [(peil.astype("datetime64[M]") - np.timedelta64(12 * jaren, "M")).astype("datetime64[D]")
                    + np.timedelta64(peil.astype(datetime.date).day - 1 + d, "D")
                    for jaren in (16, 17, 18, 65, 66, 67, 68) for d in (-1, 0, 1)]
        else:
            pool += [peil + np.timedelta64(d, "D") for d in (-1096, -365, -1, 0, 1, 30)]
        chosen = np.array(pool, dtype="datetime64[D]")[rng.integers(0, len(pool), n)]
        random_dates = np.datetime64("1945-01-01") + rng.integers(0, 31_000, n).astype("timedelta64[D]")
        chosen = np.where(rng.random(n) < 0.3, random_dates, chosen)
        if not complete:
            chosen = np.where(rng.random(n) < 0.05, NOOIT, chosen)
        return chosen
    if kind is int:
        low = 0 if complete else -2
        return rng.integers(low, 12, n).astype(np.int32)
    if kind is float:
        low = 0 if complete else -50
        return np.round(rng.uniform(low, 2500, n), 2)
    pytest.skip(f"no generator for {kind}")


def _simulatie(tbs, peildatum: str, seed: int, complete: bool = True):
    rng = np.random.default_rng(seed)
    builder = SimulationBuilder()
    builder.create_entities(tbs)
    ids = [f"p{i}" for i in range(PERSONEN)]
    builder.declare_person_entity("persoon", ids)
    gemeenten = builder.declare_entity("gemeente", ids)
    gemeenten.members_entity_id = np.arange(PERSONEN, dtype=np.int32)
    gemeenten.members_role = np.full(PERSONEN, gemeenten.entity.flattened_roles[0], dtype=object)
    simulation = builder.build(tbs)
    grenzen = _instants(tbs)
    for name, variable in sorted(tbs.variables.items()):
        if variable.formulas:
            continue
        simulation.set_input(name, _periode(variable, peildatum),
                             _waarden(variable, PERSONEN, rng, peildatum, grenzen, complete))
    return simulation


def _uitkomst(compute):
    try:
        value = compute()
    except snelpad.Terugval as terugval:  # pragma: no cover - reported as a failure
        return ("terugval", str(terugval))
    except Exception as error:  # noqa: BLE001 - the error itself is what is compared
        return ("fout", type(error).__name__, str(error))
    return ("waarde", str(value.dtype), np.asarray(value).tolist())


@pytest.mark.parametrize("peildatum", PEILDATA)
def test_every_output_for_a_generated_population_is_identical(tbs, peildatum):
    outputs = sorted(name for name, variable in tbs.variables.items() if variable.formulas)
    compared = answered = 0
    for complete in (True, False):
        # One population per kind, every output in the same order on both sides: what one output
        # computed (or failed on) stays cached for the next, alike in both.
        seed = 10 * PEILDATA.index(peildatum) + complete
        reference = _simulatie(tbs, peildatum, seed, complete)
        compiled = snelpad.Berekening.uit_simulatie(tbs, _simulatie(tbs, peildatum, seed, complete))
        for name in outputs:
            period = _periode(tbs.variables[name], peildatum)
            expected = _uitkomst(lambda: reference.calculate(name, period))
            actual = _uitkomst(lambda: compiled.calculate(name, period))
            assert actual[0] != "terugval", f"{name}@{period}: the compiled path fell back ({actual[1]})"
            assert actual == expected, f"{name}@{period} ({'complete' if complete else 'with impossible facts'})"
            compared += 1
            answered += complete and expected[0] == "waarde"
    assert compared == 2 * len(outputs)
    print(f"{peildatum}: {answered} of {len(outputs)} outputs answered for the complete population")


def _verzoeken(tbs, count: int, seed: int = 11) -> list[dict]:
    """Single-person requests as a case system sends them, some with facts missing or impossible."""
    rng = random.Random(seed)
    inputs = sorted(name for name, v in tbs.variables.items()
                    if not v.formulas and v.entity.key == "persoon")
    outputs = sorted(name for name, v in tbs.variables.items()
                     if v.formulas and v.entity.key == "persoon")
    grenzen = [str(d) for d in _instants(tbs) if np.datetime64("1950-01-01") < d < np.datetime64("9000-01-01")]
    verzoeken = []
    for i in range(count):
        peildatum = rng.choice(PEILDATA)
        facts = {}
        for name in inputs:
            if rng.random() < 0.15:
                continue  # a missing fact
            variable = tbs.variables[name]
            kind = variable.value_type
            if kind is bool:
                value = rng.random() < 0.5
            elif kind is Enum:
                value = rng.choice(list(variable.possible_values.__members__))
            elif kind is datetime.date:
                base = datetime.date.fromisoformat(rng.choice(grenzen + [peildatum]))
                value = (base + datetime.timedelta(days=rng.choice([-1, 0, 1, -400, -4000, -9000]))).isoformat()
            elif kind is int:
                value = rng.choice([0, 1, 2, 3, 8, -1]) if rng.random() < 0.95 else 10**6
            else:
                value = rng.choice([0, 12.5, 640.0, 1234.56, -3.0])
            period = str(_periode(variable, peildatum))
            facts[name] = {period: value}
        asked = rng.sample(outputs, k=rng.randint(1, 10))
        for name in asked:
            facts[name] = {str(_periode(tbs.variables[name], peildatum)): None}
        verzoeken.append({"personen": {f"persoon_{i}": facts}})
    return verzoeken


def _antwoord(compute):
    try:
        return ("antwoord", compute())
    except ClientError as error:
        return ("fout", error.status, error.body)
    except Exception as error:  # noqa: BLE001
        return ("fout", type(error).__name__, str(error))


def test_single_requests_alone_answer_identically_including_errors(tbs):
    verzoeken = _verzoeken(tbs, 400)
    errors = 0
    for data in verzoeken:
        expected = _antwoord(lambda: berekening.calculate(tbs, copy.deepcopy(data), read_situation(tbs, data)))
        actual = _antwoord(lambda: snelpad.calculate_compiled(tbs, copy.deepcopy(data), read_situation(tbs, data)))
        assert actual == expected, data
        errors += expected[0] == "fout"
    # Both kinds occur, or the comparison proves little.
    assert 40 < errors < 360


def _valideert(tbs, data) -> bool:
    try:
        read_situation(tbs, data)
    except ClientError:
        return False
    return True


def test_coalesced_requests_answer_as_each_alone(tbs):
    verzoeken = _verzoeken(tbs, 300, seed=23)
    # Case systems send the same shape many times: make groups that ask the same outputs.
    shape = {name: by_period for name, by_period in verzoeken[0]["personen"]["persoon_0"].items() if by_period.get(
        next(iter(by_period))) is None}
    for data in verzoeken[::2]:
        facts = next(iter(data["personen"].values()))
        for name in [n for n, v in facts.items() if None in v.values()]:
            del facts[name]
        facts.update(copy.deepcopy(shape))
    # A value the law cannot mean (e.g. a million days of extension) is refused while the situation is
    # read, before either path runs: only requests that validate are coalesced.
    verzoeken = [d for d in verzoeken if _valideert(tbs, d)]
    assert len(verzoeken) > 200
    alone = [_antwoord(lambda d=d: snelpad.calculate(tbs, copy.deepcopy(d), read_situation(tbs, d)))
             for d in verzoeken]
    items = [(copy.deepcopy(d), read_situation(tbs, d)) for d in verzoeken]
    together = snelpad.calculate_many(tbs, items)
    for expected, answer in zip(alone, together):
        if isinstance(answer, ClientError):
            actual = ("fout", answer.status, answer.body)
        elif isinstance(answer, Exception):
            actual = ("fout", type(answer).__name__, str(answer))
        else:
            actual = ("antwoord", answer)
        assert actual == expected


def test_dependency_order_puts_every_read_first_and_finds_no_cycle(tbs):
    compiled = snelpad.plan(tbs)
    assert not compiled.kringen
    position = {name: n for n, name in enumerate(compiled.volgorde)}
    assert set(position) == set(tbs.variables)
    for name, reads in compiled.afhankelijkheden.items():
        assert all(position[read] < position[name] for read in reads), name
    assert "reden_geen_inburgeringsplicht" in compiled.afhankelijkheden["inburgeringsplichtig"]


def test_what_the_compiled_path_cannot_mirror_falls_back_to_openfisca(tbs):
    """An option such as ADD is OpenFisca's to answer: the compiled path refuses, never guesses."""
    simulation = _simulatie(tbs, "2025-03-01", 1)
    compiled = snelpad.Berekening.uit_simulatie(tbs, simulation)
    persoon = compiled.populations["persoon"]
    with pytest.raises(snelpad.Terugval):
        persoon("huur", periods.period("2025"), options=["add"])
    with pytest.raises(snelpad.Terugval):
        persoon("leeftijd", periods.period("2025-03"))  # a DAY variable asked for a month
    with pytest.raises(snelpad.Terugval):
        persoon.get_rank  # noqa: B018 - any other population attribute


def test_een_van_answers_as_np_isin_for_every_member():
    from inburgering_rules.enums import RedenGeenInburgeringsplicht
    from inburgering_rules.rules import een_van

    members = list(RedenGeenInburgeringsplicht)
    values = np.array([m.index for m in members] * 3, dtype=np.int16)
    for chosen in (members[:1], members[1:4], members[::2], []):
        expected = np.isin(values, [m.index for m in chosen])
        assert np.array_equal(een_van(EnumArray(values, RedenGeenInburgeringsplicht), chosen), expected)
