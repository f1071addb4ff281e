"""Money exact to the cent.

OpenFisca stores ``float`` variables as float32, which has 24 bits of mantissa: above about
€167,772 it cannot tell neighbouring cents apart, and a municipality's SPUK runs into millions.
``Geldbedrag`` variables are stored as float64 (exact cents up to about €90 billion when rounded
once at the API boundary, half up, by ``naar_centen``).
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Context, Decimal

import numpy as np
from openfisca_core.variables import Variable


class Geldbedrag(Variable):
    """Base for money variables: declare ``value_type = float`` and ``unit = "currency-EUR"``.

    OpenFisca reads a variable's attributes from its own class only, so this base adds nothing
    but the float64 storage.
    """

    def __init__(self, baseline_variable=None):
        super().__init__(baseline_variable)
        self.dtype = np.float64


# Enough digits for any float64 with two decimals (the default 28 made 1e26 an InvalidOperation).
_CONTEXT = Context(prec=400)


def naar_centen(value: float) -> float:
    """Round a euro amount half up to whole cents (the shortest repr avoids binary artefacts).

    ``ValueError`` for infinity or NaN: no amount of money.
    """
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"{value} is not an amount of money")
    return float(Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP, context=_CONTEXT))
