"""The explanation as a letter to the inburgeraar: plain Dutch at level B1, from fixed templates.

Short sentences, common words, "u" for the reader; dates written out ("1 juni 2025"), amounts in
euros ("€ 340,00"), ages and terms in years ("67 jaar"). Each letter keeps its legal basis beside it
(``grondslag``: the articles, with links), so a case worker can cite what the letter says in plain
words. ``leesbaarheid`` checks the result (the tests hold every template to its limits).
No language model: the same outcome gives the same words.
"""

from __future__ import annotations

from .enums import RedenGeenInburgeringsplicht as R
from .uitleg import datum_tekst, waarde_tekst

NOOIT = "9999-12-31"

REDEN_B1 = {
    R.NEDERLANDER.name: "u bent Nederlander",
    R.EU_EER_ZWITSERS.name: "u komt uit een land van de Europese Unie. Of u komt uit Noorwegen, IJsland, "
                               "Liechtenstein of Zwitserland",
    R.FAMILIELID_EU_BURGER.name: "u bent familie van iemand uit de Europese Unie of Zwitserland. Daarom mag u hier wonen",
    R.GEEN_RECHTMATIG_VERBLIJF.name: "op die dag mag u nog niet in Nederland wonen. Er is nog geen besluit over uw verblijf",
    R.TIJDELIJK_VERBLIJFSDOEL.name: "u woont hier voor een korte tijd, bijvoorbeeld voor studie of werk",
    R.TURKSE_NATIONALITEIT.name: "u hebt de Turkse nationaliteit. Voor u geldt de plicht niet",
    R.JONGER_DAN_MINIMUMLEEFTIJD.name: "u bent nog te jong. U bent jonger dan 16 jaar",
    R.KWALIFICATIEPLICHTIG.name: "u moet nog naar school. U bent jonger dan 18 jaar. En u hebt nog geen diploma "
                                 "van havo, vwo of mbo 2",
    R.PENSIOENGERECHTIGDE_LEEFTIJD.name: "u hebt de leeftijd voor de AOW bereikt",
    R.ACHT_JAAR_LEERPLICHTIG_IN_NL.name: "u hebt als kind 8 jaar of langer in Nederland gewoond. U moest toen naar school",
    R.VRIJSTELLEND_DIPLOMA.name: "u hebt al een Nederlands diploma dat genoeg is",
    R.VRIJSTELLENDE_OPLEIDING.name: "u volgt een opleiding voor een Nederlands diploma dat genoeg is",
    R.ONTHEFFING.name: "DUO heeft besloten dat u niet hoeft in te burgeren. Dat heet een ontheffing",
    R.VOLDAAN.name: "u bent al klaar met inburgeren",
}

REGIME_B1 = {
    "WI2021": ["Voor u geldt de Wet inburgering 2021."],
    "WI2013": ["Voor u geldt de oude wet: de Wet inburgering van 2013.",
               "Dat komt doordat uw plicht begon vóór 1 januari 2022."],
    "WI2007": ["Voor u geldt de wet over inburgeren van vóór 2013.", "Uw gemeente voert die wet uit."],
    "GEEN": ["Voor u geldt geen wet over inburgeren.", "U hoeft niet in te burgeren."],
}

DOELGROEP_B1 = {
    "ASIELSTATUSHOUDER": ["U hoort bij de groep asielstatushouders.",
                          "U hebt een verblijfsvergunning asiel. Of u kwam als gezin bij iemand met zo'n vergunning."],
    "GEZINSMIGRANT": ["U hoort bij de groep gezinsmigranten.", "U kwam naar Nederland om bij uw familie te wonen."],
    "OVERIGE_MIGRANT": ["U hoort bij de groep overige migranten.",
                        "U kwam niet als vluchteling en niet om bij familie te wonen."],
    "GEEN": ["U hoort bij geen groep.", "U hoeft namelijk niet in te burgeren."],
}


def _datum(iso: str) -> str:
    return datum_tekst(iso)


def zinnen(naam: str, waarde, periode: str, reden: str | None = None, variabele=None) -> list[str]:
    """The letter's sentences for output ``naam`` with ``waarde`` on ``periode`` (a day, month or year)."""
    op = _datum(periode) if len(periode) == 10 else periode
    if naam in ("inburgeringsplichtig", "reden_geen_inburgeringsplicht"):
        if (reden or "GEEN") == "GEEN":
            return ["U moet inburgeren.", "Zo heet dat in de wet: u bent inburgeringsplichtig.", f"Dit geldt op {op}."]
        uitleg = REDEN_B1.get(reden, "de wet zegt dat de plicht voor u niet geldt")
        eerste, *rest = uitleg.split(". ")
        return ["U hoeft niet in te burgeren.", f"Dit geldt op {op}.", f"De reden: {eerste}."] + [f"{r}." for r in rest]
    if naam == "datum_aanvang_inburgeringsplicht":
        if str(waarde).startswith(NOOIT):
            return ["U hoeft niet in te burgeren.", "Er is dus geen dag waarop uw plicht begon."]
        return [f"Uw plicht om in te burgeren begon op {_datum(waarde)}."]
    if naam == "inburgeringsregime":
        return list(REGIME_B1.get(str(waarde), [f"Voor u geldt: {waarde}."]))
    if naam == "doelgroep":
        return list(DOELGROEP_B1.get(str(waarde), [f"U hoort bij de groep: {waarde}."]))
    if naam == "inburgeringstermijn_startdatum":
        if str(waarde).startswith(NOOIT):
            return ["Uw tijd om in te burgeren is nog niet begonnen.",
                    "Die tijd begint de dag nadat de gemeente uw plan heeft gemaakt."]
        return [f"Uw tijd om in te burgeren begon op {_datum(waarde)}."]
    if naam == "inburgeringstermijn_einddatum":
        if str(waarde).startswith(NOOIT):
            return ["Er is nog geen laatste dag om in te burgeren.", "Die komt er als uw tijd om in te burgeren begint."]
        return [f"U moet uiterlijk op {_datum(waarde)} klaar zijn met inburgeren."]
    return [_algemeen(variabele, waarde, op)]


def _algemeen(variabele, waarde, op: str) -> str:
    label = (getattr(variabele, "label", None) or "De uitkomst").rstrip(".")
    if isinstance(waarde, bool):
        return f"{label}: {'ja' if waarde else 'nee'}. Dit geldt op {op}."
    if isinstance(waarde, str) and len(waarde) == 10 and waarde[4] == "-":
        return f"{label}: {'geen datum' if waarde.startswith(NOOIT) else _datum(waarde)}."
    if isinstance(waarde, float) and getattr(variabele, "unit", None) == "currency-EUR":
        return f"{label}: {waarde_tekst(waarde, 'currency-EUR')}. Dit geldt op {op}."
    if isinstance(waarde, str) and getattr(variabele, "possible_values", None) is not None and waarde in variabele.possible_values.__members__:
        return f"{label}: {variabele.possible_values[waarde].value}."
    return f"{label}: {waarde}."


def brief(naam: str, waarde, periode: str, reden: str | None = None, variabele=None) -> str:
    return " ".join(zinnen(naam, waarde, periode, reden, variabele))
