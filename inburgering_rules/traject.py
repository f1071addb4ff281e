"""Building blocks shared by the termijn and leerroute variables (RULEBOOK §4 and §5).

- ``wi2021_plichtige``: the person is inburgeringsplichtig on the peildatum under the Wi2021 regime:
  only such a person gets a leerroute-indicatie, a PVT and a MAP.
- ``niet_voor_geboorte``: an event date (PIP, kennisgeving, BRP) before the birth date is impossible.
- ``verplichte_invoer``: a yes/no fact the answer cannot do without, whose default would otherwise
  decide the outcome silently.
- ``termijn_begonnen``: the inburgeringstermijn has started on the peildatum.
- ``voortgangsgesprekken_volgens_pip``: the number of voortgangsgesprekken set in the PIP, required
  only where an answer needs it.
"""

from __future__ import annotations

import numpy as np

from .dates import NOOIT, as_days
from .enums import Inburgeringsregime
from .errors import OntbrekendGegeven
from .rules import begrensd, niet_eerder_dan


def wi2021_plichtige(persoon, period) -> np.ndarray:
    """Inburgeringsplichtig op de peildatum én onder het regime van de Wi2021 (art. 3, art. 54)."""
    plichtig = persoon("inburgeringsplichtig", period)
    regime = persoon("inburgeringsregime", period)
    return plichtig & (regime == Inburgeringsregime.WI2021)


def niet_voor_geboorte(persoon, variable: str, period) -> np.ndarray:
    """The event date ``variable``, after checking that no person has it before his birth date.

    An event that has not happened (9999-12-31) and an unknown birth date (9999-12-31) are not
    checked: only a given event before a given birth is impossible.
    """
    return niet_eerder_dan(
        persoon, variable, persoon(variable, period), persoon("geboortedatum", period),
        "a date on or after geboortedatum (an event cannot happen before the person is born)",
    )


def verplichte_invoer(persoon, variable: str, period, nodig, reason: str) -> np.ndarray:
    """Read a yes/no fact that the answer needs wherever ``nodig`` holds.

    A bool has no "unknown" value, so a missing fact would silently take the variable's default.
    When nobody in the request gave ``variable`` and somebody needs it, the calculation stops with
    an error naming it. The fact is only read where it is needed, so its default is never cached
    (OpenFisca caches a default on first read, after which it would look given).

    Limitation: in a batch where some persons give the fact, OpenFisca fills the others with the
    default; that default must therefore be the legally safer one (see the variable's docstring).
    """
    nodig = np.asarray(nodig, dtype=bool)
    holder = persoon.get_holder(variable)
    if not nodig.any():
        return np.asarray(holder.default_array())
    if not holder.get_known_periods():
        raise OntbrekendGegeven(variable, persoon.entity.plural, np.flatnonzero(nodig), reason)
    return persoon(variable, period)


def termijn_begonnen(start, dag) -> np.ndarray:
    """De inburgeringstermijn is op ``dag`` begonnen: er is een startdatum en die ligt niet na ``dag``."""
    start = as_days(start)
    return (start != NOOIT) & (start <= dag)


_REDEN_VOORTGANGSGESPREKKEN = (
    "the college sets the number of voortgangsgesprekken in the PIP (Bi2021 art. 5.3 lid 3, "
    "from 2023-01-01 lid 4); the law names no number"
)


def voortgangsgesprekken_volgens_pip(persoon, period, nodig):
    """The number set in the PIP (Bi2021 art. 5.3 lid 3/4), read and required only where ``nodig``.

    0 elsewhere: without a PIP no number is set, and where no answer needs it, it is not asked.
    """
    nodig = np.asarray(nodig, dtype=bool)
    variable = "aantal_voortgangsgesprekken_volgens_pip"
    aantal = verplichte_invoer(persoon, variable, period, nodig=nodig, reason=_REDEN_VOORTGANGSGESPREKKEN)
    aantal = begrensd(persoon, variable, aantal, minimum=0)
    return np.where(nodig, aantal, 0)
