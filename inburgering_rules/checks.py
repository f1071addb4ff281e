"""Checks on the parameter files, in plain words for the legal advisors who edit them (RULEBOOK §9).

Every leaf parameter needs: a description, ``metadata.label``, ``metadata.unit`` (one of
``EENHEDEN``), ``metadata.reference`` (a list of ``{title, href}``) and ``metadata.provenance``
(``bevestigd``, ``gerapporteerd`` or ``aanname``). A value may carry its own reference and
provenance, which must follow the same rules.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from openfisca_core.parameters import Parameter, ParameterNode

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


@dataclass(frozen=True)
class Probleem:
    bestand: str
    sleutel: str
    melding: str

    def __str__(self) -> str:
        return f"{self.bestand}: {self.sleutel}: {self.melding}"


def _referenties(refs, waar: str) -> list[str]:
    if not isinstance(refs, list) or not refs:
        return [f"{waar} ontbreekt of is leeg: geef een lijst van {{title, href}} met het artikel"]
    fouten = []
    for i, ref in enumerate(refs, 1):
        if not isinstance(ref, dict) or not ref.get("title") or not ref.get("href"):
            fouten.append(f"{waar} nr. {i} heeft geen 'title' en 'href'")
        elif not str(ref["href"]).startswith("https://"):
            fouten.append(f"{waar} nr. {i}: de link '{ref['href']}' begint niet met https://")
    return fouten


def _waarde_past(waarde, eenheid: str) -> str | None:
    if waarde is None:
        return None  # a null value ends the parameter: allowed
    if eenheid == "date":
        try:
            datetime.date.fromisoformat(str(waarde))
        except ValueError:
            return f"waarde '{waarde}' is geen datum JJJJ-MM-DD"
        return None
    if eenheid == "bool":
        return None if isinstance(waarde, bool) else f"waarde '{waarde}' is geen true/false"
    if isinstance(waarde, bool) or not isinstance(waarde, (int, float)):
        return f"waarde '{waarde}' is geen getal (eenheid {eenheid})"
    if waarde < 0:
        return f"waarde {waarde} is negatief"
    return None


def controleer_parameter(param: Parameter, root: Path) -> list[Probleem]:
    bestand = _relatief(param.file_path, root)
    meta = param.metadata or {}
    meldingen = []
    if not (param.description or "").strip():
        meldingen.append("'description' ontbreekt: beschrijf in een zin wat dit getal regelt")
    if not meta.get("label"):
        meldingen.append("'metadata.label' ontbreekt: een korte naam voor schermen en uitleg")
    eenheid = meta.get("unit")
    if eenheid not in EENHEDEN:
        meldingen.append(
            f"'metadata.unit' is '{eenheid}', verwacht een van: " + ", ".join(sorted(EENHEDEN))
        )
    meldingen += _referenties(meta.get("reference"), "'metadata.reference'")
    if meta.get("provenance") not in PROVENANCE:
        meldingen.append(
            f"'metadata.provenance' is '{meta.get('provenance')}', verwacht bevestigd, gerapporteerd of aanname"
        )
    if not param.values_list:
        meldingen.append("er staat geen enkele waarde onder 'values'")
    for waarde in param.values_list:
        plek = f"waarde van {waarde.instant_str}"
        wmeta = waarde.metadata or {}
        if "provenance" in wmeta and wmeta["provenance"] not in PROVENANCE:
            meldingen.append(f"{plek}: provenance '{wmeta['provenance']}' is geen bevestigd, gerapporteerd of aanname")
        if "reference" in wmeta:
            meldingen += [f"{plek}: {f}" for f in _referenties(wmeta["reference"], "reference")]
        if eenheid in EENHEDEN and (fout := _waarde_past(waarde.value, eenheid)):
            meldingen.append(f"{plek}: {fout}")
    return [Probleem(bestand, param.name, m) for m in meldingen]


def _relatief(path, root: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(root.resolve()))
    except (ValueError, TypeError):
        return str(path)


def _leaves(node: ParameterNode):
    for child in node.children.values():
        if isinstance(child, ParameterNode):
            yield from _leaves(child)
        else:
            yield child


def controleer_parameters(parameters_dir: Path) -> list[Probleem]:
    """Load the tree the way OpenFisca does and report every problem (an unreadable file is one too)."""
    from openfisca_core.errors import ParameterParsingError

    try:
        tree = ParameterNode("", directory_path=str(parameters_dir))
    except ParameterParsingError as error:
        return [Probleem(str(parameters_dir), "-", f"het bestand kan niet worden gelezen: {error}")]
    problemen = []
    for leaf in _leaves(tree):
        problemen += controleer_parameter(leaf, parameters_dir.parent)
    return problemen
