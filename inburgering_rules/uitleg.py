"""Texts for explanations a case worker can put in a letter (Dutch; English for ``en``).

The order of ``REDENEN`` is the order of precedence of RULEBOOK §3; each reason names the question
asked, the article, and the facts it rests on (so an explanation can say which were not given).
"""

from __future__ import annotations

from dataclasses import dataclass

from .enums import RedenGeenInburgeringsplicht as R
from .wetten import RI2021, WI2013, WI2021, WIJZIGINGSWET_2012, artikel

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def datum_tekst(iso: str, taal: str = "nl") -> str:
    """2024-01-05 → "5 januari 2024" (en: "5 January 2024"); 9999-12-31 → "(geen datum)"."""
    if iso.startswith("9999-12-31"):
        return "(geen datum)" if taal == "nl" else "(no date)"
    year, month, day = (int(part) for part in iso[:10].split("-"))
    names = MAANDEN if taal == "nl" else MONTHS
    return f"{day} {names[month - 1]} {year}"


@dataclass(frozen=True)
class Reden:
    lid: R
    vraag: str
    question: str
    artikel: str
    artikel_link: str
    feiten: tuple[str, ...]
    reason: str
    parameters: tuple[str, ...] = ()
    reason: str = ""
    parameters: tuple[str, ...] = ()


REDENEN = (
    Reden(
        R.NEDERLANDER, "Heeft de persoon de Nederlandse nationaliteit?", "Is the person a Dutch national?",
        "Wet inburgering 2021, art. 3 lid 1", artikel(WI2021, "3", lid=1), ("nationaliteit",),
        "Dutch national",
    ),
    Reden(
        R.EU_EER_ZWITSERS, "Is de persoon onderdaan van een EU-lidstaat, de EER of Zwitserland?",
        "Is the person an EU, EEA or Swiss national?",
        "Wet inburgering (2013), art. 5 lid 2 onderdeel a", artikel(WI2013, "5", lid=2), ("nationaliteit",),
        "EU, EEA or Swiss national",
    ),
    Reden(
        R.FAMILIELID_EU_BURGER, "Is de persoon familielid van een EU/EER/Zwitserse burger met verblijfsrecht?",
        "Is the person a family member of an EU/EEA/Swiss citizen with free-movement rights?",
        "Wet inburgering (2013), art. 5 lid 2 onderdeel b", artikel(WI2013, "5", lid=2), ("familielid_eu_burger",),
        "family member of an EU/EEA/Swiss citizen",
    ),
    Reden(
        R.INBURGERINGSVEREISTE_ANDERE_LIDSTAAT,
        "Heeft de persoon elders in de EU/EER voldaan aan een inburgeringsvereiste voor langdurig ingezetenen?",
        "Has the person met an integration requirement of another EU/EEA state for long-term resident status?",
        "Wet inburgering 2021, art. 3 lid 2 onderdeel c", artikel(WI2021, "3", lid=2),
        ("inburgeringsvereiste_andere_lidstaat_voldaan",), "integration requirement met in another member state",
    ),
    Reden(
        R.GEEN_RECHTMATIG_VERBLIJF, "Ontbreekt (op de peildatum) een bekendgemaakt rechtmatig verblijf?",
        "Is there no lawful residence made known on the reference date?",
        "Wet inburgering 2021, art. 3 lid 1", artikel(WI2021, "3", lid=1), ("verblijfsgrond", "datum_verblijfsrecht"),
        "no lawful residence (yet)",
    ),
    Reden(
        R.TIJDELIJK_VERBLIJFSDOEL, "Verblijft de persoon voor een tijdelijk doel?",
        "Does the person reside for a temporary purpose?",
        "Wet inburgering 2021, art. 3 lid 1", artikel(WI2021, "3", lid=1), ("verblijfsgrond",),
        "residence for a temporary purpose",
    ),
    Reden(
        R.TURKSE_NATIONALITEIT,
        "Heeft de persoon de Turkse nationaliteit en is hij niet naar datum onder de plicht gebracht?",
        "Is the person a Turkish national not brought under the obligation by date?",
        "Rijksoverheid/DUO: Turkse nationaliteit (asiel vanaf 1 mei 2020, overig vanaf 1 januari 2022)",
        "https://www.rijksoverheid.nl/onderwerpen/immigratie-naar-nederland/vraag-en-antwoord/inburgeren-turkse-nationaliteit",
        ("nationaliteit", "verblijfsgrond", "datum_verblijfsrecht"),
        "Turkish national not brought under the obligation",
        ("inburgeringsplicht.turkse_nationaliteit",),
    ),
    Reden(
        R.OUDKOMER_ZONDER_TERMIJN,
        "Verbleef de persoon al vóór 2007 in Nederland zonder dat vóór 2013 een inburgeringstermijn was opgelegd?",
        "Did the person reside in the Netherlands before 2007 without a term set before 2013?",
        "Wet van 13 september 2012 (Stb. 2012, 430), art. X lid 2; Wet inburgering (2013), art. 3 lid 1 en 4",
        artikel(WIJZIGINGSWET_2012, "X", lid=2),
        ("datum_verblijfsrecht", "datum_inburgeringstermijn_oudkomer_bepaald"),
        "long-term resident without a term set before 2013",
        ("inburgeringsplicht.inwerkingtreding_wi2007", "inburgeringsplicht.inwerkingtreding_wi2013"),
    ),
    Reden(
        R.JONGER_DAN_MINIMUMLEEFTIJD, "Is de persoon jonger dan de minimumleeftijd?", "Is the person under the minimum age?",
        "Wet inburgering 2021, art. 3", artikel(WI2021, "3"), ("geboortedatum",),
        "under the minimum age", ("inburgeringsplicht.minimumleeftijd",),
    ),
    Reden(
        R.KWALIFICATIEPLICHTIG, "Is de persoon nog kwalificatieplichtig (jonger dan 18 zonder startkwalificatie)?",
        "Is the person still subject to the qualification duty (under 18 without a basic qualification)?",
        "Wet inburgering (2013), art. 5 lid 1 onderdeel d", artikel(WI2013, "5", lid=1),
        ("geboortedatum", "heeft_startkwalificatie"),
        "subject to the qualification duty", ("inburgeringsplicht.einde_kwalificatieplicht_leeftijd",),
    ),
    Reden(
        R.PENSIOENGERECHTIGDE_LEEFTIJD, "Heeft de persoon de pensioengerechtigde leeftijd (AOW) bereikt?",
        "Has the person reached the state pension (AOW) age?",
        "Wet inburgering (2013), art. 5 lid 1 onderdeel a; Algemene Ouderdomswet, art. 7a",
        artikel(WI2013, "5", lid=1), ("geboortedatum",),
        "state pension age reached",
        ("inburgeringsplicht.pensioengerechtigde_leeftijd", "inburgeringsplicht.leeftijdsgrens_wi2007"),
    ),
    Reden(
        R.ACHT_JAAR_LEERPLICHTIG_IN_NL,
        "Heeft de persoon ten minste acht jaar tijdens de leerplichtige leeftijd in Nederland gewoond?",
        "Did the person live in the Netherlands for at least eight years of compulsory-school age?",
        "Wet inburgering (2013), art. 5 lid 1 onderdeel b", artikel(WI2013, "5", lid=1),
        ("jaren_leerplichtig_in_nederland",),
        "eight years of compulsory-school age in the Netherlands",
        ("inburgeringsplicht.jaren_leerplichtig_in_nederland_vrijstelling",),
    ),
    Reden(
        R.VRIJSTELLEND_DIPLOMA, "Heeft de persoon een diploma dat op de peildatum vrijstelt?",
        "Does the person hold a diploma that exempts on the reference date?",
        "Wet inburgering 2021, art. 4 lid 1 onderdeel b; Regeling inburgering 2021, art. 2.1",
        artikel(RI2021, "2.1"), ("diploma",),
        "exempting Dutch diploma", ("inburgeringsplicht.vrijstellende_diplomas",),
    ),
    Reden(
        R.VRIJSTELLENDE_OPLEIDING, "Volgt de persoon een opleiding die tot een vrijstellend diploma leidt?",
        "Is the person following an education leading to an exempting diploma?",
        "Wet inburgering 2021, art. 4 lid 1 onderdeel d", artikel(WI2021, "4", lid=1),
        ("volgt_vrijstellende_opleiding", "datum_einde_vrijstellende_opleiding"), "following an exempting education",
    ),
    Reden(
        R.VOLDOENDE_INGEBURGERD, "Heeft de persoon aangetoond al voldoende te zijn ingeburgerd?",
        "Has the person shown to be sufficiently integrated already?",
        "Wet inburgering 2021, art. 4 lid 1 onderdeel e; Besluit inburgering 2021, art. 2.3", artikel(WI2021, "4", lid=1),
        ("voldoende_ingeburgerd_aangetoond",), "already sufficiently integrated",
    ),
    Reden(
        R.ONTHEFFING, "Heeft DUO ontheffing verleend?", "Has DUO granted a dispensation?",
        "Wet inburgering 2021, art. 5", artikel(WI2021, "5"), ("ontheffing",), "dispensation granted",
    ),
    Reden(
        R.VOLDAAN, "Heeft de persoon al aan de inburgeringsplicht voldaan?", "Has the person already met the obligation?",
        "Wet inburgering 2021, art. 6", artikel(WI2021, "6"), ("inburgeringsplicht_voldaan",),
        "obligation already met",
    ),
)

EENHEDEN = {
    "nl": {"year": "jaar", "month": "maanden", "week": "weken", "day": "dagen", "hour": "uur", "count": ""},
    "en": {"year": "years", "month": "months", "week": "weeks", "day": "days", "hour": "hours", "count": ""},
}


def waarde_tekst(value, unit: str | None, taal: str = "nl") -> str:
    """A parameter value as a person reads it: "16 jaar", "1 januari 2022", "ja", "€ 250,00"."""
    if isinstance(value, bool):
        return ("ja" if value else "nee") if taal == "nl" else ("yes" if value else "no")
    if unit == "date":
        return datum_tekst(str(value), taal)
    if unit == "currency-EUR":
        amount = f"{float(value):,.2f}"
        return "€ " + amount.replace(",", "_").replace(".", ",").replace("_", ".") if taal == "nl" else "€" + amount
    if unit == "month" and isinstance(value, (int, float)) and float(value).is_integer() and value >= 24:
        return maanden_tekst(int(value), taal)
    suffix = EENHEDEN[taal].get(unit or "", unit or "")
    return f"{value} {suffix}".strip()


def maanden_tekst(maanden: int, taal: str = "nl") -> str:
    """804 → "67 jaar", 807 → "67 jaar en 3 maanden": an age or a term as a person says it."""
    jaren, rest = divmod(maanden, 12)
    if taal == "en":
        return f"{jaren} years" + (f" and {rest} month{'s' if rest != 1 else ''}" if rest else "")
    return f"{jaren} jaar" + (f" en {rest} {'maand' if rest == 1 else 'maanden'}" if rest else "")
