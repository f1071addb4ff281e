"""Juriconnect links to the articles the variables implement (wetten.overheid.nl)."""

WI2021 = "BWBR0044770"  # Wet inburgering 2021
BI2021 = "BWBR0045555"  # Besluit inburgering 2021
RI2021 = "BWBR0045574"  # Regeling inburgering 2021
WI2013 = "BWBR0020611"  # Wet inburgering (regime for cohorts obliged before 2022)
PW = "BWBR0015703"  # Participatiewet
AOW = "BWBR0002221"  # Algemene Ouderdomswet
LPW = "BWBR0002628"  # Leerplichtwet 1969 (kwalificatieplicht)
BI2013 = "BWBR0020674"  # Besluit inburgering (under the Wet inburgering 2013)
# Wet van 13 september 2012 tot wijziging van de Wet inburgering (Stb. 2012, 430): its art. X keeps the
# pre-2013 law for the cohort whose term had begun (regime WI2007).
WIJZIGINGSWET_2012 = "BWBR0032031"

# The Wet inburgering (2013) was withdrawn on 2022-01-01; its links point at the last version in force.
_LAATSTE_VERSIE = {WI2013: "2021-12-31", BI2013: "2021-12-31"}


def artikel(regeling: str, nummer: str, lid: int | None = None, versie: str | None = None) -> str:
    """The juriconnect link to an article (and lid) of a regulation, in version ``versie`` (a date) if given."""
    link = f"https://wetten.overheid.nl/jci1.3:c:{regeling}&artikel={nummer}"
    if lid is not None:
        link += f"&lid={lid}"
    versie = versie or _LAATSTE_VERSIE.get(regeling)
    if versie:
        link += f"&g={versie}"
    return link


_NAMEN = {
    WI2021: "Wet inburgering 2021",
    BI2021: "Besluit inburgering 2021",
    RI2021: "Regeling inburgering 2021",
    WI2013: "Wet inburgering (2013)",
    PW: "Participatiewet",
    AOW: "Algemene Ouderdomswet",
    LPW: "Leerplichtwet 1969",
    BI2013: "Besluit inburgering",
    WIJZIGINGSWET_2012: "Wet tot wijziging van de Wet inburgering (Stb. 2012, 430)",
}


def naam_regeling(regeling: str) -> str:
    """"Wet inburgering 2021" for BWBR0044770; the BWB id itself for a regulation not named here."""
    return _NAMEN.get(regeling, regeling)


def titel(link: str) -> str:
    """A readable title for a juriconnect link: "Wet inburgering 2021, art. 11 lid 1"."""
    if "jci1.3:c:" not in link:
        return link
    parts = dict(p.split("=", 1) for p in link.split("&")[1:] if "=" in p)
    regeling = link.split("jci1.3:c:", 1)[1].split("&", 1)[0]
    tekst = f"{_NAMEN.get(regeling, regeling)}, art. {parts.get('artikel', '?')}"
    return tekst + (f" lid {parts['lid']}" if "lid" in parts else "")
