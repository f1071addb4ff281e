"""``inburgering-rules scenario new``: a YAML case from a situation, expected values left to the author.

The expected outputs are written as ``VUL_IN`` on purpose: a test author computes them by hand from
the source (never copies them from the model's output). The YAML runner (tests/conftest.py) fails
any case that still holds ``VUL_IN``, and ``openfisca test`` fails it too (not a valid value).
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import yaml
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DateUnit

from .. import CountryTaxBenefitSystem
from ..errors import ClientError, flatten
from ..situatie import read_situation, valid_period

PLAATSHOUDER = "VUL_IN"
# What a person case asks when the situation asks nothing (the §3 outcomes).
STANDAARD_UITKOMSTEN = ("inburgeringsplichtig", "reden_geen_inburgeringsplicht", "inburgeringsregime", "doelgroep")


class ScenarioFout(Exception):
    """The scaffold cannot be written; the message says what to fix."""


def plaatshouders(waarde, pad: str = "") -> list[str]:
    """The paths (``output.inburgeringsplichtig``) where a case still holds ``VUL_IN``."""
    if isinstance(waarde, dict):
        return [p for k, v in waarde.items() for p in plaatshouders(v, f"{pad}.{k}" if pad else str(k))]
    if isinstance(waarde, list):
        return [p for i, v in enumerate(waarde) for p in plaatshouders(v, f"{pad}[{i}]")]
    return [pad] if isinstance(waarde, str) and PLAATSHOUDER in waarde else []


def _feiten(data) -> tuple[str, dict]:
    """(person id, facts) from OpenFisca JSON with one person, or from flat key/values."""
    if not isinstance(data, dict):
        raise ScenarioFout('De situatie moet een JSON-object zijn: {"personen": {"anna": {...}}} '
                           'of {"geboortedatum": ...}.')
    if "personen" in data:
        if set(data) - {"personen"} or not isinstance(data["personen"], dict) or len(data["personen"]) != 1:
            raise ScenarioFout("Geef precies één persoon onder 'personen' (en geen 'gemeenten'): "
                               "een scenario van de steiger gaat over één persoon.")
        (persoon, feiten), = data["personen"].items()
        return str(persoon), feiten or {}
    return "persoon", data


def _splits(tbs, feiten: dict, periode: str | None):
    """Inputs (name → value or {period: value}) and outputs (name → period), and the case's period."""
    invoer, uitvoer = {}, {}
    for naam, waarde in feiten.items():
        if naam not in tbs.variables:
            raise ScenarioFout(f"Onbekende variabele '{naam}'. Zie GET /variables of /wet voor de namen.")
        if waarde is None:
            uitvoer[naam] = None
        elif isinstance(waarde, dict) and all(v is None for v in waarde.values()):
            for p in waarde:
                uitvoer[naam] = str(p)
        elif isinstance(waarde, dict):
            gegeven = {str(p): v for p, v in waarde.items() if v is not None}
            constant = set(gegeven) <= {"ETERNITY", "eternity"}  # a fact: written bare, as the scenarios do
            invoer[naam] = next(iter(gegeven.values())) if constant else gegeven
        else:
            invoer[naam] = waarde
    periode = periode or next((p for p in uitvoer.values() if p), None)
    if not uitvoer:
        uitvoer = {naam: None for naam in STANDAARD_UITKOMSTEN}
    return invoer, {naam: (p if p and p != periode else None) for naam, p in uitvoer.items()}, periode


def _controleer_invoer(tbs, persoon: str, invoer: dict) -> None:
    """The inputs as the API would read them: a wrong type or enum name is caught here, not in CI."""
    try:
        read_situation(tbs, {"personen": {persoon: invoer}})
    except ClientError as fout:
        regels = "\n".join(f"  {pad}: {bericht}" for pad, bericht in flatten(fout.body))
        raise ScenarioFout(f"De situatie klopt niet:\n{regels}") from fout


def _scalar(waarde) -> str:
    if isinstance(waarde, str):
        try:
            datetime.date.fromisoformat(waarde)
            return waarde  # unquoted, as the other scenarios write dates
        except ValueError:
            pass
    return yaml.safe_dump(waarde, default_flow_style=True, allow_unicode=True).removesuffix("\n...\n").strip()


def _sleutel(periode: str) -> str:
    """A period key as written: already validated (``_controleer_perioden``), quoted all the same
    unless it is a plain date, month or year, as the other scenarios write them."""
    return periode if re.fullmatch(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|ETERNITY", periode) else json.dumps(periode)


def _controleer_perioden(tbs, uitvoer: dict, periode: str) -> None:
    """Every period the scaffold writes fits its variable (the inputs are checked by read_situation)."""
    if valid_period(periode, DateUnit.DAY) is None and valid_period(periode, DateUnit.MONTH) is None \
            and valid_period(periode, DateUnit.YEAR) is None:
        raise ScenarioFout(f"De peildatum '{periode}' is geen geldige periode (JJJJ-MM-DD, JJJJ-MM of JJJJ).")
    for naam, eigen in uitvoer.items():
        unit = tbs.variables[naam].definition_period
        if eigen and valid_period(eigen, unit) is None:
            raise ScenarioFout(f"'{eigen}' is geen geldige periode voor '{naam}' (per {unit.name.lower()}).")


def _hint(variabele) -> str:
    if variabele.value_type is bool:
        return "true of false"
    if variabele.value_type is datetime.date:
        return "een datum JJJJ-MM-DD (9999-12-31 = geen datum)"
    if variabele.value_type is Enum:
        return "een van: " + ", ".join(variabele.possible_values.__members__)
    if variabele.value_type is float:
        return "een bedrag in euro's, bv. 250.00"
    if variabele.value_type is int:
        return "een heel getal"
    return str(variabele.value_type.__name__)


def scenario_tekst(tbs, naam: str, bron: str | None, periode: str, invoer: dict, uitvoer: dict) -> str:
    regels = [
        f"- name: {json.dumps(naam, ensure_ascii=False)}",
        "  # Beschrijf wat de bron zegt en hoe je elke verwachte waarde met de hand hebt uitgerekend.",
        "  description: >",
        # One line, folded: a newline in --bron could otherwise end the block and add keys of its own.
        f"    Bron: {' '.join((bron or 'VUL_IN de bron: seed-bestand en regel (seed 000_66a781fd78fa1f29.txt l.12) of artikel').split())}.",
        f"  period: {_sleutel(periode)}",
        "  input:" if invoer else "  input: {}",
    ]
    for naam_invoer, waarde in invoer.items():
        if isinstance(waarde, dict):
            regels.append(f"    {naam_invoer}: {{{', '.join(f'{_sleutel(p)}: {_scalar(v)}' for p, v in waarde.items())}}}")
        else:
            regels.append(f"    {naam_invoer}: {_scalar(waarde)}")
    regels += ["  output:",
               "    # Reken elke waarde met de hand uit de bron uit; neem haar nooit over uit de uitkomst van het model.",
               f"    # Zolang hier {PLAATSHOUDER} staat, faalt dit scenario."]
    for naam_uitvoer, eigen_periode in uitvoer.items():
        hint = _hint(tbs.variables[naam_uitvoer])
        if eigen_periode:
            regels.append(f"    {naam_uitvoer}: {{{_sleutel(eigen_periode)}: {PLAATSHOUDER}}}  # {hint}")
        else:
            regels.append(f"    {naam_uitvoer}: {PLAATSHOUDER}  # {hint}")
    return "\n".join(regels) + "\n"


def bestaande_namen(map_: Path) -> set[str]:
    namen = set()
    for bestand in map_.rglob("*.y*ml") if map_.is_dir() else []:
        try:
            cases = yaml.safe_load(bestand.read_text(encoding="utf-8")) or []
        except yaml.YAMLError:
            continue
        namen |= {str(c.get("name")) for c in (cases if isinstance(cases, list) else [cases]) if isinstance(c, dict)}
    return namen


def nieuw_scenario(situatie: Path, naam: str, bron: str | None = None, uit: Path | None = None,
                   periode: str | None = None, scenarios: Path | None = None) -> tuple[str, Path | None]:
    """The YAML text of the new case, and the file it was appended to (None: not written)."""
    try:
        data = json.loads(situatie.read_text(encoding="utf-8"))
    except (OSError, ValueError) as fout:
        raise ScenarioFout(f"{situatie} kan niet gelezen worden als JSON: {fout}") from fout
    if periode:
        try:
            datetime.date.fromisoformat(periode)
        except ValueError as fout:
            raise ScenarioFout(f"--periode '{periode}' is geen datum JJJJ-MM-DD") from fout
    if not naam.strip():
        raise ScenarioFout("--naam is leeg: geef het scenario een unieke, beschrijvende naam.")
    if scenarios and naam in bestaande_namen(scenarios):
        raise ScenarioFout(f"Er is al een scenario met de naam '{naam}': kies een unieke naam (pytest -k zoekt erop).")
    tbs = CountryTaxBenefitSystem()
    persoon, feiten = _feiten(data)
    invoer, uitvoer, periode = _splits(tbs, feiten, periode)
    _controleer_invoer(tbs, persoon, invoer)
    if not periode:
        raise ScenarioFout("Geen peildatum: geef --periode JJJJ-MM-DD of vraag een uitkomst op een dag, "
                           'bv. "inburgeringsplichtig": {"2025-03-01": null}.')
    _controleer_perioden(tbs, uitvoer, periode)
    tekst = scenario_tekst(tbs, naam, bron, periode, invoer, uitvoer)
    yaml.safe_load(tekst)  # the scaffold itself must be valid YAML
    if uit is None:
        return tekst, None
    uit.parent.mkdir(parents=True, exist_ok=True)
    bestaand = uit.read_text(encoding="utf-8") if uit.exists() else ""
    if bestaand and not bestaand.endswith("\n"):
        bestaand += "\n"
    uit.write_text(bestaand + ("\n" if bestaand else "") + tekst, encoding="utf-8")
    return tekst, uit
