"""How easy a Dutch text is to read: sentence length, long words and the Flesch-Douma score.

Flesch-Douma (Douma 1960, the Dutch adaptation of Flesch's reading ease):
``206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence``. Above 60 reads as "fairly
easy" (plain language for a general audience; B1 texts typically score 60–80). Syllables are counted
as groups of vowels, with the Dutch diphthongs and long vowels (aa, ee, ie, oe, ui, ij, eu, ou, au…)
as one: an estimate, the same for every text, which is what a check needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ZIN = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9€“\"'(])")
_WOORD = re.compile(r"[A-Za-zÀ-ÿ0-9€'’-]+")
_KLINKERGROEP = re.compile(r"(?:aai|ooi|oei|eeuw|ieuw|uw|aa|ee|ie|oe|oo|uu|ui|ij|ei|eu|ou|au|é|è|ë|ï|ü|ö|[aeiouy])",
                           re.IGNORECASE)


@dataclass(frozen=True)
class Leesbaarheid:
    zinnen: int
    woorden: int
    lettergrepen: int
    langste_zin: int  # words
    lange_woorden: tuple[str, ...]  # words of more than LANG letters
    flesch_douma: float


LANG = 13


def zinnen(tekst: str) -> list[str]:
    return [z for z in _ZIN.split(" ".join(tekst.split())) if z.strip()]


def woorden(tekst: str) -> list[str]:
    return [w for w in _WOORD.findall(tekst) if any(c.isalnum() for c in w)]


def lettergrepen(woord: str) -> int:
    if any(c.isdigit() for c in woord):
        return max(1, len(re.findall(r"\d", woord)) // 2)  # "2025", "€": read as a short number
    return max(1, len(_KLINKERGROEP.findall(woord)))


def meet(tekst: str) -> Leesbaarheid:
    delen = zinnen(tekst)
    alle = woorden(tekst)
    grepen = sum(lettergrepen(w) for w in alle)
    n_zinnen, n_woorden = max(len(delen), 1), max(len(alle), 1)
    score = 206.84 - 0.77 * (100 * grepen / n_woorden) - 0.93 * (n_woorden / n_zinnen)
    return Leesbaarheid(
        zinnen=len(delen), woorden=len(alle), lettergrepen=grepen,
        langste_zin=max((len(woorden(z)) for z in delen), default=0),
        lange_woorden=tuple(w for w in alle if len(w) > LANG),
        flesch_douma=round(score, 1),
    )
