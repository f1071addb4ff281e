"""Shared building blocks for formulas: facts, precedence, parameter look-ups."""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np

from .dates import NOOIT, as_days
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


def eerste_van_toepassing(uitzonderingen: Sequence[tuple[object, np.ndarray]], anders):
    """Catala-style precedence: the first ``(uitkomst, voorwaarde)`` whose condition holds wins.

    ``uitzonderingen`` is ordered from highest to lowest priority; ``anders`` applies where none
    holds. Works for Enum members (returns their indices) and plain values.
    """
    uitkomsten = [getattr(u, "index", u) for u, _ in uitzonderingen]
    voorwaarden = [np.asarray(v, dtype=bool) for _, v in uitzonderingen]
    return np.select(voorwaarden, uitkomsten, default=getattr(anders, "index", anders))


def opzoektabel(node, enum_class, default=False, dtype=bool) -> np.ndarray:
    """A parameter node keyed by Enum member names, as an array indexed by the Enum's index.

    Faster than OpenFisca's fancy indexing (which loops per person) and explicit about members the
    node does not list: they take ``default``.
    """
    names = set(node)
    return np.array(
        [node[m.name] if m.name in names else default for m in enum_class],
        dtype=dtype,
    )


def datum_parameter(value) -> np.datetime64:
    """A date-valued parameter (stored as an ISO string) as ``datetime64[D]``."""
    return np.datetime64(str(value), "D")


def voor_peildatum(event_dates, dag) -> np.ndarray:
    """An event dated after the peildatum has not happened on it (RULEBOOK §1)."""
    event_dates = as_days(event_dates)
    return np.where(event_dates <= dag, event_dates, NOOIT)


def pensioengerechtigde_leeftijd_bereikt(geboren, dag, parameters, period) -> np.ndarray:
    """Has the person reached the AOW age on ``dag`` (AOW art. 7a lid 1)?

    The AOW age of a calendar year applies to whoever reaches it in that year, so a person who
    reached 66y10m in December 2023 stays pensioner in January 2024 although the 2024 age is 67.
    Comparing only with the age in force on ``dag`` would wrongly make him plichtig again for up to
    three months. Checking this year and last year suffices: the age rises by at most 3 months a
    year, and anyone who reached it earlier is now older than any later AOW age.
    """
    from openfisca_core.errors import ParameterNotFoundError

    from .dates import add_months, age_in_months

    bereikt = age_in_months(geboren, dag) >= parameters(period).inburgeringsplicht.pensioengerechtigde_leeftijd
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
