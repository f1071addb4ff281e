"""The rules as loaded once per process, shared by every caller (API, explorer, CLI tools, benchmarks).

Loading the parameter tree and every variable takes about a second; the loaded system never changes,
so one instance serves the whole process. Tools that compare two parameter trees build their own.
"""

from __future__ import annotations

import threading

from . import CountryTaxBenefitSystem

_SYSTEEM: CountryTaxBenefitSystem | None = None
# Threads (a Dask worker's, the API's compute pool) may ask at the same moment: build it once. Two
# threads loading at once would also parse the variable files concurrently, which CPython 3.11.7's
# ast module does not survive ("AST constructor recursion depth mismatch").
_BOUWEN = threading.Lock()


def systeem() -> CountryTaxBenefitSystem:
    global _SYSTEEM
    if _SYSTEEM is None:
        with _BOUWEN:
            if _SYSTEEM is None:
                _SYSTEEM = CountryTaxBenefitSystem()
    return _SYSTEEM
