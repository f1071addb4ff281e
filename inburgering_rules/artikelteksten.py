"""The statute texts the model touches, per lid and per version, and where each article sits in its law.

The texts come from ``data/artikelteksten.yaml``, generated once by ``scripts/artikelteksten.py`` from
the verbatim extracts of ``MinBZK/regelrecht-corpus`` (``../shared/reference/statute-articles.md``).
An extract holds the leden the model touches, not always the whole article: a lid without text here
is read on wetten.overheid.nl (the page links to the version in force on the chosen date).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .wetten import AOW, BI2021, LPW, PW, RI2021, WI2013, WI2021, naam_regeling

DATA = Path(__file__).resolve().parent / "data" / "artikelteksten.yaml"
BI2013 = "BWBR0020674"  # Besluit inburgering (2013)

# Short names in the explorer's URLs (/wet/artikel/wi2021/12) and back.
CODES = {"wi2021": WI2021, "bi2021": BI2021, "ri2021": RI2021, "pw": PW, "wi2013": WI2013, "bi2013": BI2013,
         "aow": AOW, "lpw": LPW}
CODE_VAN = {bwb: code for code, bwb in CODES.items()}

# Chapters of the Wet inburgering 2021 by article range. From the ``hoofdstuk`` the corpus gives each
# internal reference (regulation/nl/wet/wet_inburgering_2021/2022-01-01.yaml); art. 18 and 42 lie between
# articles of known chapters and are placed by position; art. 43–56 are the closing provisions.
_HOOFDSTUKKEN_WI2021 = ((1, 2, "1"), (3, 5, "2"), (6, 10, "3"), (11, 12, "4"), (13, 18, "5"), (19, 21, "6"),
                        (22, 27, "7"), (28, 32, "8"), (33, 39, "9"), (40, 42, "10"), (43, 99, "11–12"))


@dataclass(frozen=True)
class Lidtekst:
    lid: str  # "" when the extract quotes the article (or an onderdeel) as a whole
    vanaf: str  # the version the text was read in
    tekst: str
    bron: str  # wetten.overheid.nl URL of that version
    ook_in: tuple[str, ...] = ()  # later versions checked to carry the same text
    opmerking: str = ""


@lru_cache(maxsize=1)
def _alle() -> dict[str, dict[str, tuple[Lidtekst, ...]]]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8")) or {}
    return {
        bwb: {
            nummer: tuple(Lidtekst(str(t["lid"]), str(t["vanaf"]), str(t["tekst"]), str(t.get("bron", "")),
                                   tuple(str(d) for d in t.get("ook_in", ())), str(t.get("opmerking", "")))
                          for t in teksten)
            for nummer, teksten in artikelen.items()
        }
        for bwb, artikelen in data.items()
    }


def nummer(label: str) -> str:
    """"12" for "art. 12"."""
    return label.removeprefix("art. ")


def teksten(bwb: str, artikel: str) -> tuple[Lidtekst, ...]:
    return _alle().get(bwb, {}).get(nummer(artikel), ())


def tekst_op(bwb: str, artikel: str, datum: str) -> dict[str, tuple[Lidtekst, bool]]:
    """lid → (the text in force on ``datum``, whether it is from a later version than ``datum``).

    The version read last on or before the date applies; when the extracts hold only later versions,
    the earliest of them is given and flagged, so the page can say so instead of pretending.
    """
    per_lid: dict[str, list[Lidtekst]] = {}
    for t in teksten(bwb, artikel):
        per_lid.setdefault(t.lid, []).append(t)
    gekozen = {}
    for lid, versies in per_lid.items():
        versies.sort(key=lambda t: t.vanaf)
        eerder = [t for t in versies if t.vanaf <= datum]
        gekozen[lid] = (eerder[-1], False) if eerder else (versies[0], True)
    return dict(sorted(gekozen.items(), key=lambda kv: (kv[0] != "", int(kv[0]) if kv[0].isdigit() else 0)))


def hoofdstuk(bwb: str, artikel: str) -> str:
    """The chapter an article sits in ("" where the model does not know it)."""
    n = nummer(artikel)
    if bwb in (BI2021, RI2021, BI2013) and "." in n:
        return n.split(".", 1)[0]
    if bwb == WI2021:
        hoofd = int("".join(c for c in n if c.isdigit()) or 0)
        return next((h for van, tot, h in _HOOFDSTUKKEN_WI2021 if van <= hoofd <= tot), "")
    return ""


def versie_link(bwb: str, artikel: str, datum: str, lid: str = "") -> str:
    """The juriconnect link to the article (and lid) as in force on ``datum``."""
    link = f"https://wetten.overheid.nl/jci1.3:c:{bwb}&artikel={nummer(artikel)}"
    if lid:
        link += f"&lid={lid}"
    return link + f"&g={datum}"


def pad(sleutel: tuple[str, str]) -> str | None:
    """The explorer's path of an article, ``/wet/artikel/wi2021/12``; None for a chapter or a whole law."""
    bwb, label = sleutel
    if not label.startswith("art. ") or bwb not in CODE_VAN:
        return None
    return f"/wet/artikel/{CODE_VAN[bwb]}/{nummer(label)}"


def titel(sleutel: tuple[str, str]) -> str:
    bwb, label = sleutel
    return f"{naam_regeling(bwb)}, {label.replace('art. ', 'artikel ')}"


def vandaag() -> str:
    return datetime.date.today().isoformat()
