"""Shared building blocks for formulas: facts, precedence, parameter look-ups."""

from __future__ import annotations

import functools
from typing import Sequence

import numpy as np
from openfisca_core.errors import ParameterNotFoundError

from .dates import NOOIT, add_months, as_days
from .errors import OntbrekendGegeven, OngeldigGegeven


def vereist(entity, variable: str, values, nodig, reason: str, missing=NOOIT):
    """Return ``values`` after checking the fact is known wherever the answer ``nodig`` needs it.

    A required fact that was not given holds its default (``missing``); computing a legal answer
    from that default would be a silent guess, so the caller gets an error naming the fact.
    """
    ontbreekt = np.asarray(nodig) & (np.asarray(values) == missing)
    if ontbreekt.any():
        raise OntbrekendGegeven(variable, entity.entity.plural, np.flatnonzero(ontbreekt), reason)
    return values


def begrensd(entity, variable: str, values, minimum=None, maximum=None):
    """Reject impossible counts (negative hours, more exams than exist) instead of computing on them."""
    values = np.asarray(values)
    fout = np.zeros(values.shape, dtype=bool)
    if minimum is not None:
        fout |= values < minimum
    if maximum is not None:
        fout |= values > maximum
    if fout.any():
        expected = " and ".join(
            part
            for part in (
                f"at least {minimum}" if minimum is not None else "",
                f"at most {maximum}" if maximum is not None else "",
            )
            if part
        )
        raise OngeldigGegeven(variable, entity.entity.plural, np.flatnonzero(fout), f"a number {expected}")
    return values


def niet_negatief(entity, variable: str, period):
    """Read a count or an amount the caller gave; a negative one is refused, naming the field."""
    return begrensd(entity, variable, entity(variable, period), minimum=0)


def niet_eerder_dan(entity, variable: str, datum, grens, expected: str):
    """``datum`` (the fact ``variable``), after checking it does not precede ``grens``.

    Only two given dates are compared: an event that has not happened and an unknown bound are both
    9999-12-31 and never make a date impossible.
    """
    datum, grens = as_days(datum), as_days(grens)
    onmogelijk = (datum != NOOIT) & (grens != NOOIT) & (datum < grens)
    if onmogelijk.any():
        raise OngeldigGegeven(variable, entity.entity.plural, np.flatnonzero(onmogelijk), expected)
    return datum


def eerste_van_toepassing(uitzonderingen: Sequence[tuple[object, np.ndarray]], anders):
    """Catala-style precedence: the first ``(uitkomst, voorwaarde)`` whose condition holds wins.

    ``uitzonderingen`` is ordered from highest to lowest priority; ``anders`` applies where none
    holds. Works for Enum members (returns their indices) and plain values.
    """
    result = None
    # Lowest priority first, so each higher exception overwrites: the same as np.select, without
    # its per-call overhead, which dominates for the one-person requests of a case system.
    for uitkomst, voorwaarde in reversed(uitzonderingen):
        base = getattr(anders, "index", anders) if result is None else result
        result = np.where(voorwaarde, getattr(uitkomst, "index", uitkomst), base)
    return result if result is not None else getattr(anders, "index", anders)


def opzoektabel(node, enum_class, default=False, dtype=bool) -> np.ndarray:
    """A parameter node keyed by Enum member names, as an array indexed by the Enum's index.

    Faster than OpenFisca's fancy indexing (which loops per person) and explicit about members the
    node does not list: they take ``default``.
    """
    if type(node).__name__ == "ParameterNodeAtInstant":
        # Untraced nodes are cached per instant by OpenFisca, so the table can be too; a traced
        # node is built anew each time and must be read each time, so /trace records the reads.
        return _opzoektabel_cached(node, enum_class, default, np.dtype(dtype).str)
    return _opzoektabel(node, enum_class, default, dtype)


@functools.lru_cache(maxsize=256)
def _opzoektabel_cached(node, enum_class, default, dtype) -> np.ndarray:
    table = _opzoektabel(node, enum_class, default, dtype)
    table.flags.writeable = False
    return table


def _opzoektabel(node, enum_class, default, dtype) -> np.ndarray:
    names = set(node)
    return np.array(
        [node[m.name] if m.name in names else default for m in enum_class],
        dtype=dtype,
    )


def een_van(waarden, leden) -> np.ndarray:
    """Is each enum value one of ``leden``? A look-up table by index instead of ``np.isin``
    (which sorts on every call, ~20 µs for a single person); same answer for every member."""
    leden = tuple(leden)
    if not leden:
        return np.zeros(np.shape(waarden), dtype=bool)
    return _lidtabel(type(leden[0]), leden)[np.asarray(waarden)]


@functools.lru_cache(maxsize=256)
def _lidtabel(enum_class, leden) -> np.ndarray:
    table = np.zeros(len(enum_class), dtype=bool)
    table[[lid.index for lid in leden]] = True
    table.flags.writeable = False
    return table


def datum_parameter(value) -> np.datetime64:
    """A date-valued parameter (stored as an ISO string) as ``datetime64[D]``."""
    return np.datetime64(str(value), "D")


def voor_peildatum(event_dates, dag) -> np.ndarray:
    """An event dated after the peildatum has not happened on it (RULEBOOK §1)."""
    event_dates = as_days(event_dates)
    return np.where(event_dates <= dag, event_dates, NOOIT)


def pensioengerechtigde_leeftijd_bereikt(geboren, leeftijd_maanden, dag, parameters, period) -> np.ndarray:
    """Has the person reached the AOW age on ``dag`` (AOW art. 7a lid 1)?

    The AOW age of a calendar year applies to whoever reaches it in that year, so a person who
    reached 66y10m in December 2023 stays pensioner in January 2024 although the 2024 age is 67.
    Comparing only with the age in force on ``dag`` would wrongly make him plichtig again for up to
    three months. Checking this year and last year suffices: the age rises by at most 3 months a
    year, and anyone who reached it earlier is now older than any later AOW age.
    ``leeftijd_maanden`` is the age on ``dag`` in whole months, which the caller has already computed.
    """
    aow_nu = parameters(period).inburgeringsplicht.pensioengerechtigde_leeftijd
    bereikt = leeftijd_maanden >= aow_nu
    # Only someone within a year of this AOW age can have reached last year's (lower) age already.
    if not ((leeftijd_maanden >= aow_nu - 12) & ~bereikt).any():
        return bereikt
    jaar = period.start.year
    for offset in (0, -1):
        try:
            maanden = parameters(period.this_year.offset(offset)).inburgeringsplicht.pensioengerechtigde_leeftijd
        except ParameterNotFoundError:
            continue
        aow_datum = add_months(geboren, maanden)
        in_dat_jaar = aow_datum.astype("datetime64[Y]").astype(np.int64) + 1970 == jaar + offset
        bereikt |= in_dat_jaar & (aow_datum <= dag)
    return bereikt
