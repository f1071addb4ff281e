"""A proposed parameter change, not saved: its YAML patch and what it changes (the explorer's what-if).

A legal advisor proposes a new value for one parameter from a date, with the reference and provenance
as she types them. This module
- writes the change into the parameter file's text (a new dated entry, or the entry of that date
  replaced), so the result is the patch a reviewer sees (``patch``: a unified diff that ``git apply``
  takes from the repository root);
- checks the changed file as ``inburgering-rules check`` would;
- loads the changed parameters into a second rule system and runs the same comparison as
  ``inburgering-rules impact`` (``impact.vergelijking``) over the YAML scenarios and a caseload, skipping
  the scenarios whose outputs cannot read the parameter.
Nothing in the working tree is written: the changed tree lives in a temporary folder.
"""

from __future__ import annotations

import datetime
import difflib
import json
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from openfisca_core.parameters import Parameter

from .. import CountryTaxBenefitSystem, afhankelijkheden
from ..paths import rules_root
from . import yamlbron as yb
from .checks import EENHEDEN, HELE_GETALLEN, PROVENANCE, Probleem, waarde_fout
from .impact import Vergelijking, vergelijking
from .parameterbestanden import controleer_bestand

VOORBEELD_CASELOAD = Path(__file__).resolve().parent.parent / "data" / "voorbeeld_caseload.json"
MAX_CASELOAD_BYTES = 2_000_000
MAX_CASELOAD_ENTITEITEN = 2_000  # persons and municipalities together: a what-if stays within seconds


class VoorstelFout(Exception):
    """The proposal cannot be made; ``veld`` names the form field, the message is Dutch."""

    def __init__(self, veld: str, melding: str):
        super().__init__(melding)
        self.veld = veld
        self.melding = melding


@dataclass(frozen=True)
class Voorstel:
    parameter: str
    vanaf: str  # ISO date the new value applies from
    waarde: object
    herkomst: str = "gerapporteerd"
    bron_titel: str = ""
    bron_href: str = ""
    toelichting: str = ""


@dataclass
class Uitkomst:
    voorstel: Voorstel
    bestand: str  # parameters/…yaml, relative to the repository root
    patch: str
    problemen: list[Probleem]
    vergelijking: Vergelijking | None
    betrokken: set[str] = field(default_factory=set)  # variables that read the parameter, directly or not
    seconden: float = 0.0


def lees_waarde(tekst: str, eenheid: str | None):
    """The typed value for ``eenheid`` from the form's text, or VoorstelFout in Dutch."""
    tekst = (tekst or "").strip()
    if not tekst:
        raise VoorstelFout("waarde", "Vul een nieuwe waarde in.")
    if eenheid == "bool":
        if tekst.lower() in ("ja", "true", "waar", "1"):
            return True
        if tekst.lower() in ("nee", "false", "onwaar", "0"):
            return False
        raise VoorstelFout("waarde", "Kies ja of nee.")
    if eenheid == "date":
        try:
            return datetime.date.fromisoformat(tekst).isoformat()
        except ValueError:
            raise VoorstelFout("waarde", f"'{tekst}' is geen datum (JJJJ-MM-DD).") from None
    schoon = tekst.replace("€", "").replace(" ", "")
    if "," in schoon:  # Dutch notation: 1.234,56
        schoon = schoon.replace(".", "").replace(",", ".")
    try:
        getal = float(schoon)
    except ValueError:
        raise VoorstelFout("waarde", f"'{tekst}' is geen getal.") from None
    waarde = int(getal) if eenheid in HELE_GETALLEN | {"year"} and getal.is_integer() else getal
    if eenheid == "currency-EUR":
        waarde = round(getal, 2) if round(getal, 2) == getal else getal
    if eenheid and (fout := waarde_fout(waarde, eenheid)):
        raise VoorstelFout("waarde", f"Deze waarde past niet bij de eenheid ({EENHEDEN.get(eenheid, eenheid)}): {fout.nl}.")
    return waarde


def maak_voorstel(tbs, parameter: str, velden: dict[str, str]) -> Voorstel:
    blad = _blad(tbs, parameter)
    eenheid = (blad.metadata or {}).get("unit")
    vanaf = (velden.get("vanaf") or "").strip()
    try:
        vanaf = datetime.date.fromisoformat(vanaf).isoformat()
    except ValueError:
        raise VoorstelFout("vanaf", "Vul de datum in vanaf wanneer de nieuwe waarde geldt (JJJJ-MM-DD).") from None
    herkomst = (velden.get("herkomst") or "gerapporteerd").strip()
    if herkomst not in PROVENANCE:
        raise VoorstelFout("herkomst", "Kies bevestigd, gerapporteerd of aanname.")
    href = (velden.get("bron_href") or "").strip()
    if href and (not href.startswith("https://") or any(c.isspace() for c in href)):
        raise VoorstelFout("bron_href", "Een bron-link begint met https:// en heeft geen spaties.")
    return Voorstel(parameter, vanaf, lees_waarde(velden.get("waarde", ""), eenheid), herkomst,
                    " ".join((velden.get("bron_titel") or "").split()), href,
                    " ".join((velden.get("toelichting") or "").split()))


def _blad(tbs, naam: str) -> Parameter:
    knoop = tbs.parameters
    try:
        for deel in naam.split("."):
            knoop = knoop.children[deel]
    except (KeyError, AttributeError):
        raise VoorstelFout("parameter", f"Er is geen parameter '{naam}'.") from None
    if not isinstance(knoop, Parameter):
        raise VoorstelFout("parameter", f"'{naam}' is een groep; kies een parameter met waarden.")
    return knoop


def _scalair(waarde) -> str:
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if isinstance(waarde, float):
        return f"{waarde:.2f}" if round(waarde, 2) == waarde else repr(waarde)
    return str(waarde)


def _tekst(tekst: str) -> str:
    return json.dumps(tekst, ensure_ascii=False)  # a JSON string is a valid double-quoted YAML scalar


def _blok(voorstel: Voorstel, inspringen: int) -> list[str]:
    i = " " * inspringen
    regels = [f"{i}{voorstel.vanaf}:", f"{i}  value: {_scalair(voorstel.waarde)}", f"{i}  metadata:",
              f"{i}    provenance: {voorstel.herkomst}"]
    if voorstel.bron_titel or voorstel.bron_href:
        regels += [f"{i}    reference:", f"{i}      - title: {_tekst(voorstel.bron_titel or voorstel.bron_href)}"]
        if voorstel.bron_href:
            regels.append(f"{i}        href: {_tekst(voorstel.bron_href)}")
    if voorstel.toelichting:
        regels.append(f"{i}    note: {_tekst(voorstel.toelichting)}")
    return regels


def nieuwe_tekst(tekst: str, pad_in_bestand: list[str], voorstel: Voorstel) -> str:
    """The file text with the proposal written in: the entry of ``vanaf`` replaced, or a new one in date order."""
    wortel = yb.lees(tekst)
    knoop = wortel
    for deel in pad_in_bestand:
        knoop = yb.als_dict(knoop)[deel][1]
    waarden = yb.als_dict(knoop)["values"][1]
    regels = tekst.splitlines()
    paren = yb.paren(waarden)
    inspringen = paren[0][1].start_mark.column if paren else 2

    def einde(i: int) -> int:  # first line after entry i
        if i + 1 < len(paren):
            return paren[i + 1][1].start_mark.line
        eind = paren[i][2].end_mark
        return eind.line if eind.column == 0 else eind.line + 1

    blok = _blok(voorstel, inspringen)
    for i, (datum, sleutel, _waarde) in enumerate(paren):
        if datum == voorstel.vanaf:
            regels[sleutel.start_mark.line:einde(i)] = blok
            break
        if datum > voorstel.vanaf:
            regels[sleutel.start_mark.line:sleutel.start_mark.line] = blok
            break
    else:
        positie = einde(len(paren) - 1) if paren else waarden.end_mark.line
        regels[positie:positie] = blok
    return "\n".join(regels) + "\n"


def patch(bestand: str, oud: str, nieuw: str) -> str:
    """A unified diff of one file, paths relative to the repository root (``git apply`` takes it)."""
    regels = difflib.unified_diff(oud.splitlines(keepends=True), nieuw.splitlines(keepends=True),
                                  f"a/{bestand}", f"b/{bestand}")
    return "".join(regels)


def betrokken_variabelen(tbs, parameter: str) -> set[str]:
    """The variables that read ``parameter``, directly or through other variables (from the formulas)."""
    gevonden = set(afhankelijkheden.parameter_gebruikt_door(tbs, parameter))
    rand = list(gevonden)
    while rand:
        for gebruiker in afhankelijkheden.gebruikt_door(tbs, rand.pop()):
            if gebruiker not in gevonden:
                gevonden.add(gebruiker)
                rand.append(gebruiker)
    return gevonden


def lees_caseload(inhoud: bytes | str | None) -> list[tuple[str, dict]]:
    """(label, situation) for each situation of an uploaded caseload (a JSON object or a list of them)."""
    if inhoud is None:
        inhoud = VOORBEELD_CASELOAD.read_bytes()
        naam = "voorbeeld-caseload"
    else:
        naam = "caseload"
    if len(inhoud) > MAX_CASELOAD_BYTES:
        raise VoorstelFout("caseload", f"Het bestand is groter dan {MAX_CASELOAD_BYTES // 1_000_000} MB.")
    try:
        data = json.loads(inhoud)
    except (ValueError, UnicodeDecodeError):
        raise VoorstelFout("caseload", "Het bestand is geen geldige JSON (een situatie zoals /calculate die leest).") from None
    lijst = data if isinstance(data, list) else [data]
    if not lijst or not all(isinstance(d, dict) for d in lijst):
        raise VoorstelFout("caseload", "Het bestand moet een situatie zijn, of een lijst van situaties.")
    entiteiten = sum(len(v) for d in lijst for v in d.values() if isinstance(v, dict))
    if entiteiten > MAX_CASELOAD_ENTITEITEN:
        raise VoorstelFout("caseload", f"De caseload heeft {entiteiten} personen en gemeenten; het maximum is "
                                       f"{MAX_CASELOAD_ENTITEITEN}. Neem een steekproef.")
    return [(naam if len(lijst) == 1 else f"{naam} #{i}", d) for i, d in enumerate(lijst, 1)]


def bereken(tbs, voorstel: Voorstel, caseload: list[tuple[str, dict]] = (), root: Path | None = None,
            scenarios: bool = True) -> Uitkomst:
    """The patch, the check of the changed file, and the comparison (scenarios and caseload)."""
    begin = time.monotonic()
    root = root or rules_root()
    blad = _blad(tbs, voorstel.parameter)
    bestand_pad = Path(blad.file_path).resolve()
    parameters = (root / "parameters").resolve()
    relatief = bestand_pad.relative_to(parameters)
    deel = relatief.with_suffix("").parts
    pad_in_bestand = voorstel.parameter.split(".")[len(deel):]
    oud = bestand_pad.read_text(encoding="utf-8")
    nieuw = nieuwe_tekst(oud, pad_in_bestand, voorstel)
    bestand = f"parameters/{relatief.as_posix()}"
    uitkomst = Uitkomst(voorstel, bestand, patch(bestand, oud, nieuw), [], None)
    with tempfile.TemporaryDirectory(prefix="watals-") as tmp:
        kopie = Path(tmp) / "parameters"
        shutil.copytree(parameters, kopie, ignore=shutil.ignore_patterns("__pycache__"))
        (kopie / relatief).write_text(nieuw, encoding="utf-8")
        # Only what the proposal brings in: the file's existing warnings are not the advisor's doing.
        eerder = {(p.sleutel, p.melding) for p in controleer_bestand(bestand_pad, parameters)}
        uitkomst.problemen = [p for p in controleer_bestand(kopie / relatief, kopie) if (p.sleutel, p.melding) not in eerder]
        if any(p.ernst == "fout" for p in uitkomst.problemen):
            uitkomst.seconden = time.monotonic() - begin
            return uitkomst
        nieuw_tbs = CountryTaxBenefitSystem(parameters_dir=kopie, variables_dir=root / "variables")
    uitkomst.betrokken = betrokken_variabelen(tbs, voorstel.parameter)
    uitkomst.vergelijking = vergelijking(tbs, nieuw_tbs, root / "tests" / "yaml" if scenarios else None,
                                         gegevens=list(caseload), alleen=uitkomst.betrokken)
    uitkomst.seconden = time.monotonic() - begin
    return uitkomst
