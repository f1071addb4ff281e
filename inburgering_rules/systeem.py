"""The rules as loaded once per process, shared by every caller (API, explorer, CLI tools, benchmarks).

Loading the parameter tree and every variable takes about a second; the loaded system never changes,
so one instance serves the whole process. Tools that compare two parameter trees build their own.
"""

from __future__ import annotations

import functools

from . import CountryTaxBenefitSystem


@functools.cache
def systeem() -> CountryTaxBenefitSystem:
    return CountryTaxBenefitSystem()
