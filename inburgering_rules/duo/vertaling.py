"""DUO's vocabulary → our inputs: the ONE place where a DUO field or code becomes a fact of the model.

The resources are read exactly as DUO's machine-to-machine APIs for the inburgeringsketen return them
(``../shared/reference/duo-m2m/API/*/openapi.yml``; versions in ``DUO_API_VERSIES``), one key per
resource, any subset. ``VELDEN`` lists every field of every resource read: the input it becomes, or
why it is not used (then it is only compared with what the rules derive, or ignored). The table in
``docs/duo.md`` is this list.

Principles
- Only a fact DUO registers becomes an input (a decision DUO took is a fact for the municipality:
  an ontheffing granted, a PIP registered). DUO's own *conclusions* that the rules also draw
  (inburgeringsplichtig, doelgroep, the term's dates) are not inputs: they are compared with the
  rules' answer, and a difference is a finding (``beoordeling.py``).
- A fact dated after the peildatum had not happened on the peildatum and is not used.
- DUO does not deliver the BRP and IND facts the plicht depends on (birth date, nationality, residence
  permit). They go under ``gegevens``, in our own input names, validated like ``/calculate``'s.
  Where DUO's classification determines one of them (``gedetailleerdeDoelgroep`` → ``verblijfsgrond``),
  it is used only when ``gegevens`` does not give it; a needed fact neither gives is an error naming
  it, never a default.
- Anything unknown — a resource, a field, a code, a date that does not exist — is a 400 at its path.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..dates import term_end
from ..errors import ErrorCollector
from ..situatie import EERSTE_DATUM, LAATSTE_DATUM

DUO_API_VERSIES = {
    "Inburgeringsplicht": "1.2.2", "Inburgeringstermijn": "1.0.0", "PIP": "1.2.0", "Vrijstelling": "1.0.0",
    "Ontheffing": "1.0.0", "Leerbaarheidstoets": "1.2.0", "Examen": "1.0.0", "GevolgdeUren": "1.0.0",
    "MAP,PVT,Zroute": "1.0.0",
}

# The keys of one person in a /duo request: DUO's resource (the GET that returns it) → its shape.
RESOURCES = {
    "inburgeringsplicht": "GET /personen/{bsn}/inburgeringsplicht (Inburgeringsplicht)",
    "doelgroep": "GET /personen/{bsn}/doelgroep (Doelgroep)",
    "inburgeringstermijn": "GET /personen/{bsn}/inburgeringstermijn (Inburgeringstermijn)",
    "inburgeringstermijn_historie": "GET /personen/{bsn}/inburgeringstermijn/historie ([Inburgeringstermijnhistorie])",
    "pip": "GET /personen/{bsn}/PIP (Gemeente met pip)",
    "vrijstellingen": "GET /personen/{bsn}/vrijstellingen ([Vrijstelling])",
    "ontheffingen": "GET /personen/{bsn}/ontheffingen ([Ontheffing])",
    "lbt_resultaten": "GET /personen/{bsn}/lbt/resultaten ([Resultaat])",
    "examenresultaten": "GET /personen/{bsn}/examens/resultaten ([Examenresultaat])",
    "uren": "GET /personen/{bsn}/uren ([Gemeente])",
    "map": "GET /personen/{bsn}/map (DatumMap)",
    "pvt": "GET /personen/{bsn}/pvt (DatumPvt)",
    "zroute": "PUT /personen/{bsn}/zroute (ResultaatZroute: de gemeente's eigen registratie)",
    "gegevens": "BRP/IND-feiten die DUO niet levert, in onze invoernamen (als bij /calculate)",
}

# (resource, field path, our input or None, why). Every field of every resource above.
VELDEN: tuple[tuple[str, str, str | None, str], ...] = (
    ("inburgeringsplicht", "indicatorInburgeringsplicht", None,
     "DUO's conclusie; vergeleken met inburgeringsplichtig (Wi2021 art. 3), niet overgenomen"),
    ("inburgeringsplicht", "begindatum", None, "vergeleken met datum_aanvang_inburgeringsplicht; DUO's plicht geldt vanaf hier"),
    ("inburgeringsplicht", "einddatum", None, "DUO's plicht geldt tot en met hier (vergelijking op de peildatum)"),
    ("inburgeringsplicht", "wijzigingsdatum", None, "administratief, niet gebruikt"),
    ("inburgeringsplicht", "datumKennisgevingInburgeringsplicht", "datum_kennisgeving_inburgeringsplicht",
     "de kennisgeving van de Minister waarmee de PIP-termijn begint (Bi2021 art. 5.3)"),
    ("inburgeringsplicht", "redenGeenInburgeringsplicht", "inburgeringsplicht_voldaan",
     "'Inburgeringsplicht voldaan' is DUO's vaststelling (Wi2021 art. 6) → inburgeringsplicht_voldaan = true; "
     "de andere redenen worden alleen vergeleken"),
    ("doelgroep", "indeling", None, "DUO's conclusie; vergeleken met doelgroep (Wi2021 art. 13 lid 1)"),
    ("doelgroep", "begindatum", None, "niet gebruikt: de doelgroep volgt uit de verblijfsgrond"),
    ("doelgroep", "gedetailleerdeDoelgroep", "verblijfsgrond",
     "DUO leidt dit af uit het verblijfsdoel; alleen gebruikt als gegevens.verblijfsgrond ontbreekt"),
    ("doelgroep", "asielrechtenWijzigingVerblijfsdoel", None,
     "niet gemodelleerd: een wijziging van verblijfsdoel met behoud van rechten kent het model niet"),
    ("inburgeringstermijn", "startdatum", "datum_dagtekening_pip",
     "de termijn begint de dag na de dagtekening van het eerste PIP (Wi2021 art. 11 lid 2); een gewijzigd PIP "
     "verschuift hem niet (lid 3), dus startdatum − 1 dag is de dagtekening van het eerste PIP"),
    ("inburgeringstermijn", "einddatum", "toegekende_verlenging_dagen",
     "met verlengingsgrondcode: einddatum − (start + 3 jaar − 1 dag) is de verlenging (Wi2021 art. 12); "
     "zonder: vergeleken met start + 3 jaar − 1 dag (art. 11 lid 1)"),
    ("inburgeringstermijn", "wijzigingsdatum", None, "administratief, niet gebruikt"),
    ("inburgeringstermijn", "verlengingsgrondcode", None,
     "zegt dat verlengd is (Wi2021 art. 12); DUO publiceert de codes niet in de specificatie, de code zelf telt niet"),
    ("inburgeringstermijn", "verlengingsgrondomschrijving", None, "tekst bij de code, niet gebruikt"),
    ("inburgeringstermijn_historie", "[].einddatum", None,
     "de oudste einddatum zonder verlengingsgrond wordt vergeleken met start + 3 jaar − 1 dag"),
    ("inburgeringstermijn_historie", "[].wijzigingsdatum", None, "volgorde van de historie"),
    ("inburgeringstermijn_historie", "[].verlengingsgrondcode", None, "zie inburgeringstermijn"),
    ("inburgeringstermijn_historie", "[].verlengingsgrondomschrijving", None, "niet gebruikt"),
    ("pip", "gemeentecode", None, "niet gebruikt: de beslissingen hangen niet af van de gemeente"),
    ("pip", "pip.dagtekeningPip", "datum_dagtekening_pip",
     "alleen als inburgeringstermijn ontbreekt (dan is het actuele PIP het eerste, aanname die als bevinding "
     "wordt gemeld); anders vergeleken"),
    ("pip", "pip.leerroute", "leerroute", "B → B1 (Wi2021 art. 7), O → ONDERWIJS (art. 8), Z → Z (art. 9)"),
    ("pip", "pip.niveau", "afgeschaald_naar_a2",
     "A2 in de B1-route = afgeschaald (Bi2021 art. 5.5, Wi2021 art. 17 lid 3); B1 of leeg = niet afgeschaald"),
    ("pip", "pip.geschatteIntensiteitB1Route", None, "niet gemodelleerd (Wi2021 art. 15 lid 2); gecontroleerd in /duo/pip-controle"),
    ("pip", "pip.indicatorMagOpleidingAfmaken", None, "niet gemodelleerd"),
    ("pip", "pip.indicatorAlfabetiseringsonderwijs", None, "niet gemodelleerd"),
    ("vrijstellingen", "[].GeheleVrijstelling", None,
     "AVI/DIP/DOC/INB: het model kent de vrijstelling alleen via diploma; een toegekende gehele vrijstelling "
     "wordt vergeleken (bevinding als de regels toch een plicht afleiden)"),
    ("vrijstellingen", "[].TijdelijkeVrijstelling", "volgt_vrijstellende_opleiding",
     "INS/OPL toegekend en lopend op de peildatum: volgt een opleiding naar een vrijstellend diploma "
     "(Wi2021 art. 4 lid 1 onderdeel d)"),
    ("vrijstellingen", "[].GedeeltelijkeVrijstelling", None,
     "GED per examenonderdeel: niet gemodelleerd (het model telt behaalde taalexamens, geen vrijgestelde)"),
    ("ontheffingen", "[].GeheleOntheffing", "ontheffing",
     "toegekend, oordeel op of voor de peildatum: MED → MEDISCH, BIO → BIJZONDERE_OMSTANDIGHEDEN (Wi2021 art. 4 lid 1 e, f)"),
    ("ontheffingen", "[].GedeeltelijkeOntheffing", "ontheffing",
     "MED toegekend → MEDISCH_GEDEELTELIJK (Bi2021 art. 2.7 lid 3), als er geen gehele is; BIO gedeeltelijk kent "
     "het model niet (niet gebruikt, gemeld)"),
    ("lbt_resultaten", "[].resultaat", "leerbaarheidstoets_b1_haalbaar",
     "de laatste afname op of voor de peildatum: 'B1-route haalbaar' → true, 'B1-route niet haalbaar' → false, "
     "'Onbekend' → niet opgegeven (Wi2021 art. 14)"),
    ("lbt_resultaten", "[].datumAfname", None, "kiest de laatste afname"),
    ("lbt_resultaten", "[].behaaldeScore", None, "gecontroleerd op vorm, niet gebruikt: het resultaat beslist"),
    ("lbt_resultaten", "[].benodigdeScore", None, "gecontroleerd op vorm, niet gebruikt"),
    ("examenresultaten", "[].onderdeel", "knm_examen_behaald",
     "KNM Geslaagd op of voor de peildatum → true (Bi2021 art. 3.4)"),
    ("examenresultaten", "[].resultaat", "taalexamens_behaald",
     "aantal van LE, LU, SC, SP Geslaagd op het niveau van het PIP of hoger (Bi2021 art. 3.3 a-d)"),
    ("examenresultaten", "[].niveau", None, "bepaalt of een taalonderdeel op het niveau van het PIP telt"),
    ("examenresultaten", "[].examendatum", None, "alleen examens op of voor de peildatum tellen"),
    ("examenresultaten", "[].redenGeenResultaat", None, "niet gebruikt (geen uitslag)"),
    ("uren", "[].gemeentecode", None, "niet gebruikt: uren van alle gemeenten tellen samen"),
    ("uren", "[].bekendTot", None, "niet gebruikt"),
    ("uren", "[].TaallesEnKnmBredeIntake.uren", "z_route_cursusuren",
     "som over de gemeenten: cursusuren taal en KNM in de Z-route (Bi2021 art. 3.14)"),
    ("uren", "[].ParticipatieAlsTaalles.uren", "z_route_cursusuren", "telt als taalles mee (DUO: participatie als taalles)"),
    ("uren", "[].ParticipatieactiviteitenBredeIntake.uren", "z_route_participatie_uren",
     "som over de gemeenten: participatie-uren in de Z-route (Bi2021 art. 3.14)"),
    ("map", "datumEindgesprekMap", "map_afgerond", "een eindgesprek op of voor de peildatum → true (Bi2021 art. 3.2)"),
    ("pvt", "datumOndertekeningPvt", "pvt_afgerond", "ondertekend op of voor de peildatum → true (Bi2021 art. 3.1)"),
    ("zroute", "datumAfrondingZroute", None, "vergeleken met z_route_afgerond (Bi2021 art. 3.14)"),
)

LEERROUTE = {"B": "B1", "O": "ONDERWIJS", "Z": "Z"}
ONTHEFFINGSGROND_GEHEEL = {"MED": "MEDISCH", "BIO": "BIJZONDERE_OMSTANDIGHEDEN"}
GEDETAILLEERDE_DOELGROEP = {
    "Asielstatushouder": "ASIEL",
    "Geestelijk bedienaar": "GEESTELIJK_BEDIENAAR",
    "Gezinshereniger": "GEZINSMIGRATIE",
    "Gezinsvormer": "GEZINSMIGRATIE",
    # Family of an asielstatushouder with a regular permit: Wi2021 art. 13 lid 1 onderdeel b.
    "Gezinshereniger met Asielstatushouder": "NAREIZIGER_REGULIER",
    "Gezinsvormer met Asielstatushouder": "NAREIZIGER_REGULIER",
    # DUO registers only persons under the law: the remaining doel is not a temporary one.
    "Overig": "OVERIG_NIET_TIJDELIJK",
}
REDENEN_GEEN_PLICHT = ("Volledige ontheffing", "Volledige vrijstelling", "Inburgeringsplicht voldaan",
                       "Verblijfsdoel gewijzigd", "Vertrek uit Nederland langer dan een jaar", "Overlijden", "Overig",
                       "Tijdelijke vrijstelling")
DOELGROEPINDELING = ("Asielstatushouder", "Gezinsmigrant en overige migrant")
ASIELRECHTEN = ("Asielrechten toegekend", "Behoud asielrechten", "Op verzoek behoud rechten van gezins- en overige migrant",
                "Op verzoek rechten van gezins- en overige migrant toegekend")
OORDEEL = ("Toekenning", "Afwijzing")
REDEN_VRIJSTELLING = ("AVI", "DIP", "DOC", "GED", "INB", "INS", "OPL")
EXAMENONDERDEEL = ("KNM", "LE", "LU", "SC", "SP")
TAALONDERDELEN = ("LE", "LU", "SC", "SP")
NIVEAU_RANG = {"A1": 1, "A2": 2, "B1": 3, "B2": 4}


@dataclass
class DuoBeeld:
    """What DUO itself registered, to compare with what the rules derive."""

    plicht: dict[str, Any] | None = None
    doelgroep: dict[str, Any] | None = None
    termijn: dict[str, Any] | None = None
    termijn_historie: list[dict[str, Any]] = field(default_factory=list)
    pip: dict[str, Any] | None = None
    gehele_vrijstellingen: list[dict[str, Any]] = field(default_factory=list)
    gedeeltelijke_bio: bool = False
    lbt: dict[str, Any] | None = None
    zroute: dict[str, Any] | None = None
    map: dict[str, Any] | None = None
    pvt: dict[str, Any] | None = None


@dataclass
class Vertaald:
    """One person in our vocabulary: the inputs, where each came from, and DUO's own picture."""

    invoer: dict[str, Any] = field(default_factory=dict)
    herkomst: dict[str, str] = field(default_factory=dict)
    niet_gebruikt: list[str] = field(default_factory=list)
    duo: DuoBeeld = field(default_factory=DuoBeeld)


class _Lezer:
    """Reads DUO JSON strictly, collecting every problem at its path."""

    def __init__(self, errors: ErrorCollector, basis: list[str]):
        self.errors = errors
        self.basis = basis

    def fout(self, pad: list[str], melding: str) -> None:
        self.errors.add(self.basis + pad, melding)

    def object(self, pad, waarde, velden: dict[str, Any], verplicht=()) -> dict[str, Any] | None:
        """An object with only known fields; each read with its reader (None = nested, read by the caller)."""
        if not isinstance(waarde, dict):
            self.fout(pad, "verwacht een JSON-object")
            return None
        goed = {}
        for naam, inhoud in waarde.items():
            if naam not in velden:
                self.fout(pad + [naam], f"onbekend veld; verwacht een van: {', '.join(velden)}")
                continue
            lezer = velden[naam]
            gelezen = lezer(pad + [naam], inhoud) if lezer else inhoud
            if gelezen is not _FOUT:
                goed[naam] = gelezen
        for naam in verplicht:
            if naam not in waarde:
                self.fout(pad + [naam], "verplicht veld ontbreekt")
        return goed

    def lijst(self, pad, waarde, element) -> list[Any]:
        if not isinstance(waarde, list):
            self.fout(pad, "verwacht een JSON-lijst")
            return []
        return [x for i, item in enumerate(waarde) if (x := element(pad + [str(i)], item)) is not None]

    def datum(self, pad, waarde):
        if not isinstance(waarde, str):
            self.fout(pad, "verwacht een datum als JJJJ-MM-DD")
            return _FOUT
        try:
            if len(waarde) != 10:
                raise ValueError
            datum = datetime.date.fromisoformat(waarde)
        except ValueError:
            self.fout(pad, f"'{waarde}' is geen bestaande datum (verwacht JJJJ-MM-DD)")
            return _FOUT
        # The range /calculate holds every date to; outside it the term arithmetic (start + 3 years,
        # dagtekening ± 1 day) overflowed into a 500 (schemathesis, issue #13 item 2).
        if not EERSTE_DATUM <= datum <= LAATSTE_DATUM:
            self.fout(pad, f"'{waarde}' ligt buiten het bereik waarvoor de wet gemodelleerd is: verwacht een datum "
                           f"van {EERSTE_DATUM} tot en met {LAATSTE_DATUM}")
            return _FOUT
        return datum

    def code(self, toegestaan):
        def lees(pad, waarde):
            if waarde not in toegestaan:
                self.fout(pad, f"onbekende code {waarde!r}; verwacht een van: {', '.join(toegestaan)}")
                return _FOUT
            return waarde
        return lees

    def boolean(self, pad, waarde):
        if not isinstance(waarde, bool):
            self.fout(pad, "verwacht true of false")
            return _FOUT
        return waarde

    def geheel(self, pad, waarde):
        if isinstance(waarde, bool) or not isinstance(waarde, int) or not 0 <= waarde <= 2**31 - 1:
            self.fout(pad, "verwacht een geheel getal van ten minste 0")
            return _FOUT
        return waarde

    def tekst(self, maximum: int):
        def lees(pad, waarde):
            if not isinstance(waarde, str) or not 1 <= len(waarde) <= maximum:
                self.fout(pad, f"verwacht een tekst van 1 tot {maximum} tekens")
                return _FOUT
            return waarde
        return lees

    def patroon(self, regex: str, uitleg: str):
        import re

        compiled = re.compile(regex)

        def lees(pad, waarde):
            if not isinstance(waarde, str) or not compiled.fullmatch(waarde):
                self.fout(pad, f"verwacht {uitleg}")
                return _FOUT
            return waarde
        return lees


_FOUT = object()


def termijn_einde(start: datetime.date, jaren: int) -> datetime.date:
    """The last day of a term of ``jaren`` years from ``start`` (Wi2021 art. 11 lid 1), as the rules
    compute it (``dates.term_end``)."""
    return term_end(np.array([start], dtype="datetime64[D]"), jaren)[0].astype(datetime.date)


def vertaal(bsn: str, persoon: Any, peildatum: datetime.date, errors: ErrorCollector,
            termijn_jaren: int = 3) -> Vertaald:
    """One person's DUO resources → our inputs (problems go to ``errors`` at their path).

    ``termijn_jaren``: the Wi2021 term length on the peildatum (parameter ``termijn.duur_jaren.WI2021``),
    to turn DUO's extended einddatum into the extension in days."""
    uit = Vertaald()
    lees = _Lezer(errors, ["personen", bsn])
    if not isinstance(persoon, dict):
        lees.fout([], f"verwacht een object met DUO-resources: {', '.join(RESOURCES)}")
        return uit
    for naam in persoon:
        if naam not in RESOURCES:
            lees.fout([naam], f"onbekende resource; verwacht een van: {', '.join(RESOURCES)}")
    duo = uit.duo

    def zet(invoer: str, waarde: Any, bron: str) -> None:
        uit.invoer[invoer] = waarde
        uit.herkomst[invoer] = bron

    def ongebruikt(bron: str, waarom: str) -> None:
        uit.niet_gebruikt.append(f"{bron}: {waarom}")

    def op_peildatum(d) -> bool:
        return isinstance(d, datetime.date) and d <= peildatum

    # --- Inburgeringsplicht (API Inburgeringsplicht 1.2.2) ---
    if "inburgeringsplicht" in persoon:
        p = lees.object(["inburgeringsplicht"], persoon["inburgeringsplicht"], {
            "indicatorInburgeringsplicht": lees.boolean, "begindatum": lees.datum, "einddatum": lees.datum,
            "wijzigingsdatum": lees.datum, "datumKennisgevingInburgeringsplicht": lees.datum,
            "redenGeenInburgeringsplicht": lees.code(REDENEN_GEEN_PLICHT),
        }, verplicht=("indicatorInburgeringsplicht",))
        if p is not None:
            duo.plicht = p
            if "datumKennisgevingInburgeringsplicht" in p:
                zet("datum_kennisgeving_inburgeringsplicht", p["datumKennisgevingInburgeringsplicht"].isoformat(),
                    "inburgeringsplicht.datumKennisgevingInburgeringsplicht")
            if p.get("redenGeenInburgeringsplicht") == "Inburgeringsplicht voldaan" and (
                    "begindatum" not in p or op_peildatum(p["begindatum"])):
                zet("inburgeringsplicht_voldaan", True, "inburgeringsplicht.redenGeenInburgeringsplicht")

    # --- Doelgroep ---
    if "doelgroep" in persoon:
        d = lees.object(["doelgroep"], persoon["doelgroep"], {
            "indeling": lees.code(DOELGROEPINDELING), "begindatum": lees.datum,
            "gedetailleerdeDoelgroep": lees.code(tuple(GEDETAILLEERDE_DOELGROEP)),
            "asielrechtenWijzigingVerblijfsdoel": lees.code(ASIELRECHTEN),
        })
        if d is not None:
            duo.doelgroep = d
            if "gedetailleerdeDoelgroep" in d:
                zet("verblijfsgrond", GEDETAILLEERDE_DOELGROEP[d["gedetailleerdeDoelgroep"]],
                    "doelgroep.gedetailleerdeDoelgroep")
            if "asielrechtenWijzigingVerblijfsdoel" in d:
                ongebruikt("doelgroep.asielrechtenWijzigingVerblijfsdoel", "niet gemodelleerd")

    # --- Inburgeringstermijn en historie ---
    termijn_velden = {"startdatum": lees.datum, "einddatum": lees.datum, "wijzigingsdatum": lees.datum,
                      "verlengingsgrondcode": lees.tekst(10), "verlengingsgrondomschrijving": lees.tekst(200)}
    if "inburgeringstermijn" in persoon:
        t = lees.object(["inburgeringstermijn"], persoon["inburgeringstermijn"], termijn_velden,
                        verplicht=("startdatum", "einddatum"))
        if t is not None and "startdatum" in t and "einddatum" in t:
            duo.termijn = t
            if t["einddatum"] < t["startdatum"]:
                lees.fout(["inburgeringstermijn", "einddatum"], "de einddatum ligt voor de startdatum")
            zet("datum_dagtekening_pip", (t["startdatum"] - datetime.timedelta(days=1)).isoformat(),
                "inburgeringstermijn.startdatum (− 1 dag, Wi2021 art. 11 lid 2)")
            verlenging = 0
            if "verlengingsgrondcode" in t:
                verlenging = max(0, (t["einddatum"] - termijn_einde(t["startdatum"], termijn_jaren)).days)
            zet("toegekende_verlenging_dagen", verlenging, "inburgeringstermijn.einddatum − (startdatum + termijn)")
    if "inburgeringstermijn_historie" in persoon:
        historie_velden = {k: v for k, v in termijn_velden.items() if k != "startdatum"}
        duo.termijn_historie = lees.lijst(["inburgeringstermijn_historie"], persoon["inburgeringstermijn_historie"],
                                          lambda pad, x: lees.object(pad, x, historie_velden))

    # --- PIP ---
    if "pip" in persoon:
        g = lees.object(["pip"], persoon["pip"], {
            "gemeentecode": lees.patroon(r"\d{4}", "een gemeentecode van 4 cijfers"),
            "pip": lambda pad, x: lees_pip(lees, pad, x),
        }, verplicht=("gemeentecode", "pip"))
        if g is not None and g.get("pip"):
            duo.pip = g["pip"]
            pip = g["pip"]
            if "datum_dagtekening_pip" not in uit.invoer and "dagtekeningPip" in pip:
                zet("datum_dagtekening_pip", pip["dagtekeningPip"].isoformat(), "pip.pip.dagtekeningPip")
            if "leerroute" in pip:
                zet("leerroute", LEERROUTE[pip["leerroute"]], "pip.pip.leerroute")
                zet("afgeschaald_naar_a2", pip["leerroute"] == "B" and pip.get("niveau") == "A2", "pip.pip.niveau")
            for veld in ("geschatteIntensiteitB1Route", "indicatorMagOpleidingAfmaken", "indicatorAlfabetiseringsonderwijs"):
                if veld in pip:
                    ongebruikt(f"pip.pip.{veld}", "niet gemodelleerd")

    # --- Vrijstellingen ---
    if "vrijstellingen" in persoon:
        soorten = {
            "GeheleVrijstelling": {"oordeel": lees.code(OORDEEL), "reden": lees.code(REDEN_VRIJSTELLING),
                                   "datumOordeel": lees.datum},
            "TijdelijkeVrijstelling": {"oordeel": lees.code(OORDEEL), "reden": lees.code(REDEN_VRIJSTELLING),
                                       "datumOordeel": lees.datum, "startdatum": lees.datum, "einddatum": lees.datum},
            "GedeeltelijkeVrijstelling": {"reden": lees.code(REDEN_VRIJSTELLING), "oordeel": lees.code(OORDEEL),
                                          "datumOordeel": lees.datum, "examenonderdeel": lees.code(TAALONDERDELEN),
                                          "examenniveau": lees.code(("A2", "B1"))},
        }
        lijst = lees.lijst(["vrijstellingen"], persoon["vrijstellingen"], lambda pad, x: lees.object(
            pad, x, {soort: (lambda s: lambda p2, y: lees.object(p2, y, soorten[s], verplicht=("oordeel", "reden")))(soort)
                     for soort in soorten}))
        for item in lijst:
            for soort, v in item.items():
                if not v or v.get("oordeel") != "Toekenning" or not (
                        "datumOordeel" not in v or op_peildatum(v["datumOordeel"])):
                    continue
                if soort == "GeheleVrijstelling":
                    duo.gehele_vrijstellingen.append(v)
                elif soort == "TijdelijkeVrijstelling":
                    lopend = op_peildatum(v.get("startdatum", peildatum)) and v.get("einddatum", peildatum) >= peildatum
                    if v.get("reden") in ("INS", "OPL") and lopend:
                        zet("volgt_vrijstellende_opleiding", True, "vrijstellingen[].TijdelijkeVrijstelling")
                else:
                    ongebruikt("vrijstellingen[].GedeeltelijkeVrijstelling",
                               "niet gemodelleerd: vrijstelling van een examenonderdeel")

    # --- Ontheffingen ---
    if "ontheffingen" in persoon:
        velden = {"oordeel": lees.code(OORDEEL), "datumOordeel": lees.datum, "grond": lees.code(("BIO", "MED"))}
        deel = {**velden, "examenonderdeel": lees.code(EXAMENONDERDEEL),
                "urenBelastbaarheidParticipatieactiviteit": lees.geheel}
        lijst = lees.lijst(["ontheffingen"], persoon["ontheffingen"], lambda pad, x: lees.object(pad, x, {
            "GeheleOntheffing": lambda p2, y: lees.object(p2, y, velden, verplicht=tuple(velden)),
            "GedeeltelijkeOntheffing": lambda p2, y: lees.object(p2, y, deel, verplicht=tuple(velden)),
        }))
        geheel = gedeeltelijk = None
        for item in lijst:
            for soort, v in item.items():
                if not v or v.get("oordeel") != "Toekenning" or not op_peildatum(v.get("datumOordeel")):
                    continue
                if soort == "GeheleOntheffing":
                    geheel = v
                elif v.get("grond") == "MED":
                    gedeeltelijk = v
                else:
                    duo.gedeeltelijke_bio = True
                    ongebruikt("ontheffingen[].GedeeltelijkeOntheffing (BIO)", "een gedeeltelijke BIO-ontheffing kent het model niet")
        if geheel:
            zet("ontheffing", ONTHEFFINGSGROND_GEHEEL[geheel["grond"]], "ontheffingen[].GeheleOntheffing.grond")
        elif gedeeltelijk:
            zet("ontheffing", "MEDISCH_GEDEELTELIJK", "ontheffingen[].GedeeltelijkeOntheffing.grond")

    # --- Leerbaarheidstoets ---
    if "lbt_resultaten" in persoon:
        score = lees.patroon(r"\d{1,3},\d{2}", "een score als 123,45")
        lijst = lees.lijst(["lbt_resultaten"], persoon["lbt_resultaten"], lambda pad, x: lees.object(pad, x, {
            "resultaat": lees.code(("B1-route haalbaar", "B1-route niet haalbaar", "Onbekend")),
            "behaaldeScore": score, "benodigdeScore": score, "datumAfname": lees.datum,
        }, verplicht=("resultaat", "behaaldeScore", "benodigdeScore", "datumAfname")))
        geldig = [r for r in lijst if op_peildatum(r.get("datumAfname")) and r.get("resultaat") != "Onbekend"]
        if geldig:
            laatste = max(geldig, key=lambda r: r["datumAfname"])
            duo.lbt = laatste
            zet("leerbaarheidstoets_b1_haalbaar", laatste["resultaat"] == "B1-route haalbaar", "lbt_resultaten[].resultaat")

    # --- Examenresultaten ---
    if "examenresultaten" in persoon:
        lijst = lees.lijst(["examenresultaten"], persoon["examenresultaten"], lambda pad, x: lees.object(pad, x, {
            "examendatum": lees.datum, "resultaat": lees.code(("Geslaagd", "Gezakt", "Geen")),
            "redenGeenResultaat": lees.code(("Verwijtbaar", "Nietverwijtbaar", "Afgemeld", "Absent")),
            "onderdeel": lees.code(EXAMENONDERDEEL), "niveau": lees.code(("A2", "B1", "B2")),
        }, verplicht=("examendatum", "resultaat", "onderdeel")))
        geslaagd = [r for r in lijst if r.get("resultaat") == "Geslaagd" and op_peildatum(r.get("examendatum"))]
        zet("knm_examen_behaald", any(r.get("onderdeel") == "KNM" for r in geslaagd), "examenresultaten[]")
        vereist = "A2" if uit.invoer.get("afgeschaald_naar_a2") else "B1"
        behaald = {r["onderdeel"] for r in geslaagd if r.get("onderdeel") in TAALONDERDELEN
                   and NIVEAU_RANG.get(r.get("niveau"), 0) >= NIVEAU_RANG[vereist]}
        zet("taalexamens_behaald", len(behaald), f"examenresultaten[] (taalonderdelen op {vereist} of hoger)")

    # --- Gevolgde uren ---
    if "uren" in persoon:
        uren = lambda pad, x: lees.object(pad, x, {"uren": lees.geheel}, verplicht=("uren",))  # noqa: E731
        lijst = lees.lijst(["uren"], persoon["uren"], lambda pad, x: lees.object(pad, x, {
            "gemeentecode": lees.patroon(r"\d{4}", "een gemeentecode van 4 cijfers"), "bekendTot": lees.datum,
            "ParticipatieAlsTaalles": uren, "ParticipatieactiviteitenBredeIntake": uren, "TaallesEnKnmBredeIntake": uren,
        }))

        def som(soort):
            return sum((g.get(soort) or {}).get("uren", 0) for g in lijst)

        zet("z_route_cursusuren", som("TaallesEnKnmBredeIntake") + som("ParticipatieAlsTaalles"), "uren[]")
        zet("z_route_participatie_uren", som("ParticipatieactiviteitenBredeIntake"), "uren[]")

    # --- MAP, PVT, Z-route ---
    for resource, veld, invoer in (("map", "datumEindgesprekMap", "map_afgerond"),
                                   ("pvt", "datumOndertekeningPvt", "pvt_afgerond")):
        if resource in persoon:
            r = lees.object([resource], persoon[resource], {veld: lees.datum}, verplicht=(veld,))
            if r and veld in r:
                setattr(duo, resource, r)
                zet(invoer, op_peildatum(r[veld]), f"{resource}.{veld}")
    if "zroute" in persoon:
        z = lees.object(["zroute"], persoon["zroute"], {"datumAfrondingZroute": lees.datum})
        if z:
            duo.zroute = z

    # --- gegevens: BRP/IND facts in our own names; they win over what was derived from DUO ---
    if "gegevens" in persoon:
        if isinstance(persoon["gegevens"], dict):
            for naam, waarde in persoon["gegevens"].items():
                uit.invoer[naam] = waarde
                uit.herkomst[naam] = "gegevens"
        else:
            lees.fout(["gegevens"], "verwacht een object van onze invoernamen naar waarden (zie GET /variables)")
    return uit


def lees_pip(lees: _Lezer, pad: list[str], waarde: Any) -> dict[str, Any] | None:
    """DUO's PIP object (API PIP 1.2.0), as GET returns it and POST takes it."""
    return lees.object(pad, waarde, {
        "dagtekeningPip": lees.datum, "leerroute": lees.code(tuple(LEERROUTE)), "niveau": lees.code(("A2", "B1")),
        "geschatteIntensiteitB1Route": lees.geheel, "indicatorMagOpleidingAfmaken": lees.boolean,
        "indicatorAlfabetiseringsonderwijs": lees.code(("A", "AA", "NVT")),
    }, verplicht=("dagtekeningPip", "leerroute"))


def lezer(errors: ErrorCollector, basis: list[str]) -> _Lezer:
    return _Lezer(errors, basis)
