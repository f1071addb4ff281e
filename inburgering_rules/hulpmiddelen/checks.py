"""Checks on the parameter files, in plain words for the legal advisors who edit them (RULEBOOK §9).

Every leaf parameter needs: a description, ``metadata.label``, ``metadata.unit`` (one of
``EENHEDEN``), ``metadata.reference`` (a list of ``{title, href}``) and ``metadata.provenance``
(``bevestigd``, ``gerapporteerd`` or ``aanname``). A value may carry its own reference and
provenance, which must follow the same rules.

This module holds the vocabulary of those checks (units, provenance labels, juriconnect links) and
the shape of a problem; ``parameterbestanden.controleer_parameters`` applies them to each file with
line numbers and then loads the tree the way OpenFisca does. Each problem has a Dutch text and an
English one (``Probleem.tekst("en")``).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

PROVENANCE = ("bevestigd", "gerapporteerd", "aanname")
EENHEDEN = {
    "date": "een datum (JJJJ-MM-DD)",
    "bool": "waar/onwaar",
    "year": "jaren",
    "month": "maanden",
    "week": "weken",
    "day": "dagen",
    "hour": "uren",
    "count": "een aantal",
    "currency-EUR": "euro's",
    "/1": "een fractie",
}
# Units that count whole things: "2.5 weken" is a typo, not a rule.
HELE_GETALLEN = {"count", "day", "week", "month"}


@dataclass(frozen=True)
class Melding:
    """One message in both languages of the tool."""

    nl: str
    en: str


FOUT, WAARSCHUWING = "fout", "waarschuwing"


@dataclass(frozen=True)
class Probleem:
    bestand: str
    sleutel: str
    melding: str
    regel: int | None = None
    message: str | None = None  # the English text; the Dutch one is ``melding``
    ernst: str = FOUT  # a WAARSCHUWING is shown but does not fail the check (unless --streng)

    def tekst(self, taal: str = "nl") -> str:
        melding = self.message if taal == "en" and self.message else self.melding
        plek = f"{self.bestand}:{self.regel}" if self.regel else self.bestand
        soort = ("warning: " if taal == "en" else "waarschuwing: ") if self.ernst == WAARSCHUWING else ""
        return f"{plek}: {self.sleutel}: {soort}{melding}"

    def __str__(self) -> str:
        return self.tekst("nl")


def probleem(bestand: str, sleutel: str, melding: Melding, regel: int | None = None, ernst: str = FOUT) -> Probleem:
    return Probleem(bestand, sleutel, melding.nl, regel, melding.en, ernst)


_JCI = re.compile(r"^https://wetten\.overheid\.nl/jci1\.3:c:(BWBR\d{7})((?:&[^&=\s]+=[^&=\s]+)*)$")
_JCI_SLEUTELS = {"artikel", "lid", "hoofdstuk", "titeldeel", "afdeling", "paragraaf", "sub-paragraaf",
                 "onderdeel", "bijlage", "g", "z"}
# Articles are numbered 7, 7a, 2.3, 10.1a; amending acts number theirs in roman numerals (art. X).
_ARTIKELNUMMER = re.compile(r"^(\d+[a-z]*(\.\d+[a-z]*)*|[IVXLC]+[a-z]*)$")


def juriconnect_fout(href: str) -> Melding | None:
    """Why a wetten.overheid.nl link is not a well-formed juriconnect link (None when it is)."""
    if not href.startswith("https://wetten.overheid.nl/"):
        return None
    match = _JCI.match(href)
    if not match:
        return Melding(
            f"de link '{href}' is geen juriconnect-link; verwacht "
            "https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=11&lid=1",
            f"the link '{href}' is not a juriconnect link; expected "
            "https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=11&lid=1",
        )
    delen = [deel.split("=", 1) for deel in match.group(2).split("&")[1:]]
    namen = [naam for naam, _ in delen]
    onbekend = [naam for naam in namen if naam not in _JCI_SLEUTELS]
    if onbekend:
        return Melding(
            f"de link '{href}' heeft een onbekend onderdeel '{onbekend[0]}' (bekend: {', '.join(sorted(_JCI_SLEUTELS))})",
            f"the link '{href}' has an unknown part '{onbekend[0]}' (known: {', '.join(sorted(_JCI_SLEUTELS))})",
        )
    if len(set(namen)) != len(namen):
        return Melding(f"de link '{href}' noemt een onderdeel twee keer", f"the link '{href}' names a part twice")
    delen = dict(delen)
    if "artikel" in delen and not _ARTIKELNUMMER.match(delen["artikel"]):
        return Melding(f"de link '{href}': '{delen['artikel']}' is geen artikelnummer",
                       f"the link '{href}': '{delen['artikel']}' is not an article number")
    if "lid" in delen and ("artikel" not in delen or not delen["lid"].isdigit()):
        return Melding(f"de link '{href}': 'lid' moet een getal zijn en hoort bij een 'artikel'",
                       f"the link '{href}': 'lid' must be a number and needs an 'artikel'")
    for datum in ("g", "z"):
        if datum in delen:
            try:
                datetime.date.fromisoformat(delen[datum])
            except ValueError:
                return Melding(f"de link '{href}': '{datum}={delen[datum]}' is geen datum JJJJ-MM-DD",
                               f"the link '{href}': '{datum}={delen[datum]}' is not a date YYYY-MM-DD")
    return None


def referentie_fouten(refs, waar: str) -> list[Melding]:
    """What is wrong with a ``reference`` list (``waar`` names it in the message)."""
    if not isinstance(refs, list) or not refs:
        return [Melding(f"{waar} ontbreekt of is leeg: geef een lijst van {{title, href}} met het artikel",
                        f"{waar} is missing or empty: give a list of {{title, href}} naming the article")]
    return [fout for i, ref in enumerate(refs, 1) if (fout := referentie_fout(ref, waar, i))]


def referentie_fout(ref, waar: str, i: int) -> Melding | None:
    """What is wrong with reference number ``i`` (None when it is a {title, href} with a good link)."""
    if not isinstance(ref, dict) or not ref.get("title") or not ref.get("href"):
        return Melding(f"{waar} nr. {i} heeft geen 'title' en 'href'", f"{waar} no. {i} lacks 'title' and 'href'")
    href = str(ref["href"])
    if not href.startswith("https://"):
        return Melding(f"{waar} nr. {i}: de link '{href}' begint niet met https://",
                       f"{waar} no. {i}: the link '{href}' does not start with https://")
    if fout := juriconnect_fout(href):
        return Melding(f"{waar} nr. {i}: {fout.nl}", f"{waar} no. {i}: {fout.en}")
    return None


# A "bevestigd" figure names what was read: the article, the version date of the text and a short quote,
# e.g. 'Besluit inburgering 2021, art. 7.1 lid 2 (versie 2022-01-01): "De bestuurlijke boete ... € 50"'.
_ARTIKEL_IN_TITEL = re.compile(r"\b(?:art\.|artikel|artikelen)\s*\d", re.IGNORECASE)
_VERSIEDATUM = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_CITAAT = re.compile(r"[\"“„«'‘][^\"”“„»'’]{8,}[\"”“»'’]")


def bevestigd_fout(refs) -> Melding | None:
    """Why a ``bevestigd`` figure's references do not show what was read (None when one of them does).

    One reference must name the article, the version date of the text read and a verbatim quote; a
    juriconnect link with the article is its ``href``.
    """
    beste = None
    for ref in refs if isinstance(refs, list) else []:
        if not isinstance(ref, dict):
            continue
        titel, href = str(ref.get("title") or ""), str(ref.get("href") or "")
        mist = [naam for naam, ok in (("artikel", bool(_ARTIKEL_IN_TITEL.search(titel)) or "artikel=" in href),
                                      ("versiedatum", bool(_VERSIEDATUM.search(titel))),
                                      ("citaat", bool(_CITAAT.search(titel)))) if not ok]
        if not mist:
            return None
        if beste is None or len(mist) < len(beste):
            beste = mist
    mist = beste or ["artikel", "versiedatum", "citaat"]
    en = {"artikel": "article", "versiedatum": "version date", "citaat": "quote"}
    voorbeeld = ("'Besluit inburgering 2021, art. 7.1 lid 2 (versie 2022-01-01): \"De bestuurlijke boete, bedoeld in "
                 "artikel 23 van de wet, bedraagt € 50.\"'")
    return Melding(
        f"'bevestigd' vraagt een bron die zegt wat gelezen is: artikel, versiedatum en citaat samen in één referentie "
        f"(de beste mist: {', '.join(mist)}). "
        f"Schrijf bv. {voorbeeld}, of maak de herkomst 'gerapporteerd' met de reden",
        f"'bevestigd' needs a reference saying what was read: article, version date and quote in one reference "
        f"(the best one lacks: {', '.join(en[m] for m in mist)}). Write e.g. {voorbeeld}, or make the provenance 'gerapporteerd' with the reason",
    )


def waarde_fout(waarde, eenheid: str) -> Melding | None:
    """Why a value does not fit its unit (None when it does; null is allowed: an unknown figure)."""
    if waarde is None:
        return None
    if eenheid == "date":
        try:
            datetime.date.fromisoformat(str(waarde))
        except ValueError:
            return Melding(f"waarde '{waarde}' is geen datum JJJJ-MM-DD", f"value '{waarde}' is not a date YYYY-MM-DD")
        return None
    if eenheid == "bool":
        if isinstance(waarde, bool):
            return None
        return Melding(f"waarde '{waarde}' is geen true/false", f"value '{waarde}' is not true/false")
    if isinstance(waarde, bool) or not isinstance(waarde, (int, float)):
        return Melding(f"waarde '{waarde}' is geen getal (eenheid {eenheid})",
                       f"value '{waarde}' is not a number (unit {eenheid})")
    if waarde < 0:
        return Melding(f"waarde {waarde} is negatief", f"value {waarde} is negative")
    if eenheid in HELE_GETALLEN and waarde != int(waarde):
        return Melding(f"waarde {waarde} is geen heel getal ({EENHEDEN[eenheid]})",
                       f"value {waarde} is not a whole number (unit {eenheid})")
    if eenheid == "currency-EUR" and round(waarde, 2) != waarde:
        return Melding(f"waarde {waarde} heeft meer dan twee decimalen (euro's en centen)",
                       f"value {waarde} has more than two decimals (euros and cents)")
    if eenheid == "/1" and waarde > 1:
        return Melding(f"waarde {waarde} is geen fractie tussen 0 en 1 (schrijf 10% als 0.1)",
                       f"value {waarde} is not a fraction between 0 and 1 (write 10% as 0.1)")
    return None
