"""What a parameter edit changes: every YAML scenario (and given situations) under two parameter trees.

``inburgering-rules impact --against REV`` takes the ``parameters/`` folder of git revision REV
(``git archive``, nothing in the checkout is touched) and the working tree's, builds one rule system
on each (same variables: only the figures differ), and computes every output the scenarios assert,
at their period, under both. Each output whose value differs is listed with old and new value.

``vergelijking`` is the one engine: the command line (``vergelijk``) and the explorer's what-if
(``/wet/parameter/…/watals``, through ``hulpmiddelen.voorstel``) both call it. It takes situations from
files or in memory, and can skip the scenarios whose outputs cannot depend on the edit (``alleen``:
the variables that read the parameter, directly or through other variables), which keeps a what-if
within seconds.
"""

from __future__ import annotations

import copy
import datetime
import io
import json
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from openfisca_core.simulations import SimulationBuilder

from .. import CountryTaxBenefitSystem
from ..snelpad import calculate
from ..errors import ClientError
from ..situatie import read_situation


class ImpactFout(Exception):
    """The comparison cannot be made (unknown revision, unreadable file); the message says why."""


@dataclass(frozen=True)
class Wijziging:
    bron: str  # "tests/yaml/termijn/x.yaml: <case name>" or "situaties.json"
    waar: str  # "personen.anna.inburgeringstermijn_einddatum@2024-01-05"
    oud: str
    nieuw: str
    verwacht: str = ""  # what the scenario asserts, when it is a scenario


def _tekst(waarde) -> str:
    if isinstance(waarde, (list, tuple)):
        return "[" + ", ".join(_tekst(w) for w in waarde) + "]"
    if isinstance(waarde, np.generic):
        waarde = waarde.item()
    if hasattr(waarde, "name") and not isinstance(waarde, (str, bytes)):
        return str(waarde.name)
    if isinstance(waarde, bool):
        return "true" if waarde else "false"  # as a YAML scenario writes it
    if isinstance(waarde, float):
        return f"{waarde:.2f}"
    if isinstance(waarde, (datetime.date, np.datetime64)):
        return str(waarde)[:10]
    return str(waarde)


def _bereken(simulation, variable: str, period, index: int | None) -> str:
    try:
        vector = simulation.calculate(variable, str(period))
    except Exception as fout:  # noqa: BLE001 - a refusal (e.g. a figure without value) is an outcome too
        return f"fout: {' '.join(str(fout).split())[:160]}"
    waarden = list(vector.decode() if hasattr(vector, "decode") else vector)
    if index is not None:
        return _tekst(waarden[index])
    # Without an entity id a scenario asserts the whole vector (one value per instance).
    return _tekst(waarden[0] if len(waarden) == 1 else waarden)


def _uitvoer(tbs, simulation, output: dict, period):
    """(place, variable, period, entity index, expected) for each value a scenario asserts."""
    for sleutel, verwacht in output.items():
        if sleutel in tbs.variables:
            yield from _per_periode(sleutel, sleutel, verwacht, period, None)
        elif (populatie := simulation.get_population(plural=sleutel)) is not None:
            for instantie, waarden in verwacht.items():
                for naam, w in waarden.items():
                    yield from _per_periode(f"{sleutel}.{instantie}.{naam}", naam, w, period,
                                            populatie.get_index(instantie))
        else:
            for naam, w in (verwacht or {}).items():  # an entity singular: its first instance
                yield from _per_periode(f"{sleutel}.{naam}", naam, w, period, None)


def _per_periode(plek, naam, verwacht, period, index):
    if isinstance(verwacht, dict):
        for periode, w in verwacht.items():
            yield f"{plek}@{periode}", naam, periode, index, w
    else:
        yield f"{plek}@{period}", naam, period, index, verwacht


def _scenario_uitkomsten(tbs, case: dict) -> dict[str, tuple[str, str]]:
    builder = SimulationBuilder()
    builder.set_default_period(str(case.get("period")))
    try:
        simulation = builder.build_from_dict(tbs, case.get("input") or {})
    except Exception as fout:  # noqa: BLE001
        return {"(situatie)": (f"fout: {' '.join(str(fout).split())[:160]}", "")}
    return {
        plek: (_bereken(simulation, naam, periode, index), _tekst(verwacht))
        for plek, naam, periode, index, verwacht in _uitvoer(tbs, simulation, case.get("output") or {}, case.get("period"))
    }


def _toon(bestand: Path, map_: Path) -> str:
    """``tests/yaml/termijn/x.yaml`` for the project's own folder, else the path below ``map_``."""
    basis = map_.parent.parent if map_.parts[-2:] == ("tests", "yaml") else map_
    return bestand.relative_to(basis).as_posix()


def scenarios(map_: Path) -> list[tuple[str, dict]]:
    """(``file: name``, case) for every case under ``map_``, in file order."""
    gevonden = []
    for bestand in sorted(map_.rglob("*.y*ml")):
        try:
            cases = yaml.safe_load(bestand.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as fout:
            raise ImpactFout(f"{bestand} is geen geldige YAML: {fout}") from fout
        for case in cases if isinstance(cases, list) else [cases]:
            if isinstance(case, dict) and "output" in case:
                gevonden.append((f"{_toon(bestand, map_)}: {case.get('name', '')}", case))
    return gevonden


def _situatie_uitkomsten(tbs, data) -> dict[str, tuple[str, str]]:

    vraag = copy.deepcopy(data)  # calculate fills the nulls in place; both rule systems need the question
    try:
        antwoord = calculate(tbs, vraag, read_situation(tbs, vraag))
    except ClientError as fout:
        return {"(situatie)": (f"fout: {json.dumps(fout.body, ensure_ascii=False)[:200]}", "")}
    uitkomsten = {}
    for meervoud, instanties in data.items():
        for instantie, feiten in (instanties or {}).items():
            for naam, perioden in (feiten or {}).items():
                for periode, waarde in (perioden.items() if isinstance(perioden, dict) else []):
                    if waarde is None:
                        nieuw = antwoord[meervoud][instantie][naam][periode]
                        uitkomsten[f"{meervoud}.{instantie}.{naam}@{periode}"] = (_tekst(nieuw), "")
    return uitkomsten


def _lees_situaties(pad: Path) -> list[dict]:
    try:
        data = json.loads(pad.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as fout:
        raise ImpactFout(f"{pad} kan niet gelezen worden als JSON: {str(fout)[:300]}") from fout
    situaties = data if isinstance(data, list) else [data]
    if not all(isinstance(s, dict) for s in situaties):
        raise ImpactFout(f"{pad}: verwacht een situatie (JSON-object) of een lijst van situaties")
    return situaties


def _regels(parameters: Path, variables: Path, wat: str):
    """One rule system; a parameter tree that cannot be loaded safely is an ``ImpactFout``, not a traceback."""
    try:
        return CountryTaxBenefitSystem(parameters_dir=parameters, variables_dir=variables)
    except Exception as fout:  # noqa: BLE001 - any refusal of the tree ends the comparison with its reason
        regels = [r for r in str(fout).splitlines() if r.strip()]
        raise ImpactFout(f"De parameters van {wat} kunnen niet geladen worden: {' / '.join(regels[-4:])[:600]}") from fout


@dataclass
class Vergelijking:
    wijzigingen: list[Wijziging]  # every output that differs, scenarios and situations
    aantal: int  # outputs compared
    overgeslagen: int = 0  # scenarios skipped: none of their outputs reads the edited figure
    situatie_uitkomsten: list[Wijziging] = None  # every situation output, changed or not (for totals)


def _uitvoernamen(output) -> set[str]:
    """The variable names a scenario's ``output`` asserts, at any depth."""
    namen = set()
    for sleutel, waarde in (output or {}).items():
        namen.add(sleutel)
        if isinstance(waarde, dict):
            namen |= _uitvoernamen(waarde)
    return namen


def vergelijking(oud, nieuw, scenario_map: Path | None, situaties: list[Path] = (),
                 gegevens: list[tuple[str, dict]] = (), alleen: set[str] | None = None) -> Vergelijking:
    """Every scenario and situation computed under rule systems ``oud`` and ``nieuw``; what differs."""
    gelezen_situaties = [(pad, _lees_situaties(pad)) for pad in situaties]  # a bad file fails before any work
    werk, overgeslagen = [], 0
    for bron, case in (scenarios(scenario_map) if scenario_map and scenario_map.is_dir() else []):
        if alleen is not None and not _uitvoernamen(case.get("output")) & alleen:
            overgeslagen += 1
            continue
        werk.append((bron, lambda t, c=case: _scenario_uitkomsten(t, c), False))
    for pad, gelezen in gelezen_situaties:
        for i, data in enumerate(gelezen, 1):
            gegevens = [*gegevens, (str(pad) if len(gelezen) == 1 else f"{pad} #{i}", data)]
    for bron, data in gegevens:
        werk.append((bron, lambda t, d=data: _situatie_uitkomsten(t, d), True))
    wijzigingen, aantal, alle = [], 0, []
    for bron, bereken, is_situatie in werk:
        voor, na = bereken(oud), bereken(nieuw)
        for plek in sorted(set(voor) | set(na)):
            aantal += 1
            (o, verwacht), (n, _) = voor.get(plek, ("-", "")), na.get(plek, ("-", ""))
            if o != n:
                wijzigingen.append(Wijziging(bron, plek, o, n, verwacht))
            if is_situatie:
                alle.append(Wijziging(bron, plek, o, n))
    return Vergelijking(wijzigingen, aantal, overgeslagen, alle)


def vergelijk(parameters_oud: Path, parameters_nieuw: Path, variables: Path, scenario_map: Path | None,
              situaties: list[Path] = (), **opties) -> tuple[list[Wijziging], int]:
    """The outputs that differ between the two parameter trees, and how many outputs were compared."""
    for pad in situaties:
        _lees_situaties(pad)  # a bad file fails before the rule systems are built
    oud = _regels(parameters_oud, variables, "de revisie")
    nieuw = _regels(parameters_nieuw, variables, "de werkmap")
    uitkomst = vergelijking(oud, nieuw, scenario_map, situaties, **opties)
    return uitkomst.wijzigingen, uitkomst.aantal


def parameters_van_revisie(root: Path, revisie: str, doel: Path) -> Path:
    """Extract ``parameters/`` as it was in ``revisie`` into ``doel/parameters`` (git archive)."""
    def git(*args, **kwargs):
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False, **kwargs)

    prefix = git("rev-parse", "--show-prefix")
    if prefix.returncode != 0:
        raise ImpactFout(f"{root} is geen git-repository: {prefix.stderr.decode().strip()}")
    pad = prefix.stdout.decode().strip() + "parameters"
    # The revision is a name, never an option: "--output=/tmp/x" must not reach git as one.
    commit = git("rev-parse", "--verify", "--quiet", "--end-of-options", f"{revisie}^{{commit}}")
    if revisie.startswith("-") or commit.returncode != 0:
        raise ImpactFout(
            f"Revisie '{revisie}' is niet gevonden (geen commit, tak of tag). "
            "Geef een commit, tak of tag, bv. --against HEAD of --against main~1."
        )
    archief = git("archive", "--format=tar", f"{commit.stdout.decode().strip()}:{pad}")
    if archief.returncode != 0:
        raise ImpactFout(
            f"Revisie '{revisie}' (map {pad}) is niet gevonden: {archief.stderr.decode().strip()}. "
            "Geef een commit, tak of tag, bv. --against HEAD of --against main~1."
        )
    (doel / "parameters").mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archief.stdout)) as tar:
        tar.extractall(doel / "parameters", filter="data")
    return doel / "parameters"


def impact_tegen_revisie(root: Path, revisie: str, scenario_map: Path | None, situaties: list[Path] = ()):
    with tempfile.TemporaryDirectory(prefix="impact-") as tmp:
        oud = parameters_van_revisie(root, revisie, Path(tmp))
        return vergelijk(oud, root / "parameters", root / "variables", scenario_map, situaties)


def rapport(wijzigingen: list[Wijziging], aantal: int, revisie: str) -> str:
    if not wijzigingen:
        return (f"Geen enkele uitkomst verandert: {aantal} uitkomsten vergeleken tussen de parameters van "
                f"{revisie} en de werkmap.")
    regels = [f"{len(wijzigingen)} van {aantal} uitkomsten veranderen (parameters van {revisie} → werkmap):", ""]
    vorige = None
    for w in wijzigingen:
        if w.bron != vorige:
            regels.append(w.bron)
            vorige = w.bron
        verwacht = f"   (scenario verwacht {w.verwacht})" if w.verwacht else ""
        regels.append(f"  {w.waar}: {w.oud} → {w.nieuw}{verwacht}")
    return "\n".join(regels)
