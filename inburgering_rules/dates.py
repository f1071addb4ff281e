"""Vectorised calendar arithmetic under the rulebook's rules (RULEBOOK §1).

- "+ N months/years" keeps the day of the month and clamps to the last day of the target month:
  2024-01-31 + 1 month = 2024-02-29, 2024-02-29 + 1 year = 2025-02-28.
- A term of N years starting on S ends the day before the N-year anniversary.
- ``NOOIT`` (9999-12-31) stands for an event that has not happened or a date that does not exist;
  arithmetic keeps it as it is, so "a term that never started" also never ends.

Every function takes and returns ``datetime64[D]`` arrays (scalars broadcast).
"""

from __future__ import annotations

import datetime
import functools

import numpy as np

NOOIT = np.datetime64("9999-12-31", "D")
NOOIT_DATE = datetime.date(9999, 12, 31)
ONE_DAY = np.timedelta64(1, "D")


def as_days(value) -> np.ndarray:
    """Any date-like value or array as ``datetime64[D]``."""
    return np.asarray(value, dtype="datetime64[D]")


def peildatum(period) -> np.datetime64:
    """The first day of an OpenFisca period: the day on which the law is applied."""
    return _eerste_dag(period.start)


@functools.lru_cache(maxsize=4096)
def _eerste_dag(start) -> np.datetime64:
    # A request reads the peildatum in most formulas; building it from the Instant costs ~5 µs each
    # time. A datetime64 scalar is immutable, so one per instant can be shared.
    return np.datetime64(start.date, "D")


def is_nooit(dates) -> np.ndarray:
    return as_days(dates) == NOOIT


def _months(n) -> np.ndarray:
    # numpy 2.5 deprecates datetime64[M] + plain int; an explicit timedelta64[M] is exact.
    return np.asarray(n, dtype=np.int64).astype("timedelta64[M]")


def add_months(dates, n) -> np.ndarray:
    """``dates`` + ``n`` calendar months, clamped to the end of the target month."""
    dates = as_days(dates)
    month = dates.astype("datetime64[M]")
    day_offset = dates - month.astype("datetime64[D]")
    target = month + _months(n)
    last_day = (target + np.timedelta64(1, "M")).astype("datetime64[D]") - ONE_DAY
    shifted = np.minimum(target.astype("datetime64[D]") + day_offset, last_day)
    return np.where(is_nooit(dates), NOOIT, shifted)


def add_years(dates, n) -> np.ndarray:
    """``dates`` + ``n`` calendar years (29 February clamps to 28 February)."""
    return add_months(dates, np.asarray(n, dtype=np.int64) * 12)


def add_weeks(dates, n) -> np.ndarray:
    dates = as_days(dates)
    shifted = dates + (np.asarray(n, dtype=np.int64) * 7).astype("timedelta64[D]")
    return np.where(is_nooit(dates), NOOIT, shifted)


def add_days(dates, n) -> np.ndarray:
    dates = as_days(dates)
    shifted = dates + np.asarray(n, dtype=np.int64).astype("timedelta64[D]")
    return np.where(is_nooit(dates), NOOIT, shifted)


def term_end(start, years) -> np.ndarray:
    """Last day of a term of ``years`` years that starts on ``start`` (start + N years − 1 day)."""
    return add_days(add_years(start, years), -1)


def later_of(*dates) -> np.ndarray:
    return np.maximum.reduce([as_days(d) for d in dates])


def _calendar_months(dates) -> np.ndarray:
    return as_days(dates).astype("datetime64[M]").astype(np.int64)


def age_in_months(birth, on) -> np.ndarray:
    """Whole months lived on ``on``; the monthly anniversary itself counts (clamped like add_months)."""
    birth, on = np.broadcast_arrays(as_days(birth), as_days(on))
    months = _calendar_months(on) - _calendar_months(birth)
    not_yet = add_months(birth, months) > on
    return months - not_yet


def age_in_years(birth, on) -> np.ndarray:
    """Whole years lived on ``on``; the birthday itself counts (RULEBOOK §1, "Age")."""
    return age_in_months(birth, on) // 12


def end_of_month(dates) -> np.ndarray:
    month = as_days(dates).astype("datetime64[M]")
    return (month + np.timedelta64(1, "M")).astype("datetime64[D]") - ONE_DAY
