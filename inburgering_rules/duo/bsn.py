"""The burgerservicenummer and its elfproef (Wet algemene bepalingen burgerservicenummer, art. 1;
the check DUO's APIs apply to the ``{bsn}`` path parameter: nine digits, pattern ``\\d{9}``)."""

from __future__ import annotations

import re

_NEGEN_CIJFERS = re.compile(r"^\d{9}$")


def bsn_probleem(bsn: object) -> str | None:
    """None for a valid BSN; otherwise why it is not one.

    The elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0)."""
    if not isinstance(bsn, str) or not _NEGEN_CIJFERS.match(bsn):
        return "een BSN bestaat uit precies 9 cijfers"
    cijfers = [int(c) for c in bsn]
    som = sum(gewicht * cijfer for gewicht, cijfer in zip(range(9, 1, -1), cijfers[:8])) - cijfers[8]
    if som == 0 or som % 11:
        return f"'{bsn}' voldoet niet aan de elfproef"
    return None
