"""The parameter files checked one by one, with the line of each problem (``inburgering-rules check``).

OpenFisca forgives too much: a typo such as ``valeus:`` silently becomes an empty parameter group,
and a date out of order is sorted away. This check reads the YAML with line numbers
(``yamlbron``) and knows the layout of RULEBOOK §9, so each problem names file, line and key.

Layout. A file (or a mapping inside one) is a *leaf parameter* when it has ``values`` or looks
like one (leaf metadata, or a key that resembles ``values``); otherwise it is a *group* whose other
keys are children. ``index.yaml`` describes its folder and holds no children.
"""

from __future__ import annotations

import datetime
import difflib
import re
from pathlib import Path

import yaml
from openfisca_core.parameters import ParameterNode

from .. import veilig_yaml
from . import yamlbron as yb
from .checks import (
    EENHEDEN,
    PROVENANCE,
    WAARSCHUWING,
    bevestigd_fout,
    Melding,
    Probleem,
    probleem,
    referentie_fout,
    referentie_fouten,
    waarde_fout,
)

BLAD_SLEUTELS = ("description", "metadata", "values", "documentation")
BLAD_METADATA = ("label", "unit", "provenance", "reference", "documentation", "note")
WAARDE_SLEUTELS = ("value", "metadata")
WAARDE_METADATA = ("provenance", "reference", "note", "documentation")
GROEP_SLEUTELS = ("description", "metadata", "documentation")
GROEP_METADATA = ("order", "label", "documentation", "note", "reference")
_NAAM = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_DATUM = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Bestand:
    """Collects the problems of one file."""

    def __init__(self, pad: Path, root: Path):
        self.naam = str(pad.relative_to(root))
        self.problemen: list[Probleem] = []

    def meld(self, node_of_regel, sleutel: str, nl: str, en: str, ernst: str = "fout") -> None:
        regel = node_of_regel if isinstance(node_of_regel, int) or node_of_regel is None else yb.regel(node_of_regel)
        self.problemen.append(probleem(self.naam, sleutel, Melding(nl, en), regel, ernst))


def _is_datum(tekst: str) -> bool:
    if not _DATUM.match(tekst):
        return False
    try:
        datetime.date.fromisoformat(tekst)
    except ValueError:
        return False
    return True


def _lijkt_op(naam: str, bekend) -> str:
    """' — bedoelde u 'values'?' when the unknown key resembles a known one."""
    match = difflib.get_close_matches(naam, list(bekend), n=1, cutoff=0.6)
    return f" — bedoelde u '{match[0]}'?" if match else ""


def _onbekende_sleutels(b: Bestand, mapping, sleutel: str, bekend, waar: tuple[str, str], extra=("", "")):
    """Report each key not in ``bekend``; ``waar`` and ``extra`` are (Dutch, English) texts."""
    for naam, k, _v in yb.paren(mapping):
        if naam not in bekend:
            hint = _lijkt_op(naam, bekend)
            b.meld(k, f"{sleutel} [{naam}]",
                   f"onbekende sleutel '{naam}' in {waar[0]}{hint} Toegestaan: {', '.join(bekend)}.{extra[0]}",
                   f"unknown key '{naam}' in {waar[1]}{hint.replace('bedoelde u', 'did you mean')} "
                   f"Allowed: {', '.join(bekend)}.{extra[1]}")


def _lijkt_op_blad(mapping) -> bool:
    sleutels = yb.als_dict(mapping)
    if "values" in sleutels or "brackets" in sleutels:
        return True
    if difflib.get_close_matches("values", list(sleutels), n=1, cutoff=0.7):
        return True
    meta = sleutels.get("metadata")
    return bool(meta and yb.is_mapping(meta[1]) and set(yb.als_dict(meta[1])) & {"label", "unit", "provenance"})


def _controleer_referenties(b: Bestand, node, sleutel: str, waar: str) -> None:
    if not yb.is_lijst(node) or not node.value:
        for fout in referentie_fouten(yb.waarde(node), waar):
            b.meld(node, sleutel, fout.nl, fout.en)
        return
    for i, item in enumerate(node.value, 1):
        if yb.is_mapping(item):
            _onbekende_sleutels(b, item, sleutel, ("title", "href"), ("een referentie", "a reference"))
            href = yb.als_dict(item).get("href")
            plek = href[1] if href else item
        else:
            plek = item
        if fout := referentie_fout(yb.waarde(item), waar, i):
            b.meld(plek, sleutel, fout.nl, fout.en)


def _controleer_provenance(b: Bestand, node, sleutel: str) -> None:
    waarde = yb.waarde(node)
    if waarde not in PROVENANCE:
        b.meld(node, sleutel, f"provenance is '{waarde}', verwacht bevestigd, gerapporteerd of aanname",
               f"provenance is '{waarde}', expected bevestigd, gerapporteerd or aanname")


def controleer_blad(b: Bestand, mapping, naam: str, regel_ouder: int) -> None:
    """A leaf parameter: description, metadata (label, unit, reference, provenance) and dated values."""
    _onbekende_sleutels(b, mapping, naam, BLAD_SLEUTELS, ("een parameter", "a parameter"),
                        (" OpenFisca maakt van een onbekende sleutel stil een lege parametergroep.",
                         " OpenFisca silently turns an unknown key into an empty parameter group."))
    sleutels = yb.als_dict(mapping)
    beschrijving = sleutels.get("description")
    if not beschrijving or not str(yb.waarde(beschrijving[1]) or "").strip():
        b.meld(beschrijving[0] if beschrijving else regel_ouder, f"{naam} [description]",
               "'description' ontbreekt: beschrijf in een zin wat dit getal regelt",
               "'description' is missing: say in one sentence what this figure governs")
    eenheid = _controleer_metadata(b, sleutels.get("metadata"), naam, regel_ouder)
    waarden = sleutels.get("values")
    if waarden is None and not difflib.get_close_matches("values", list(sleutels), n=1, cutoff=0.7):
        b.meld(regel_ouder, f"{naam} [values]", "'values' ontbreekt: de parameter heeft geen enkele waarde",
               "'values' is missing: the parameter has no value at all")
    if waarden is None:
        return
    _controleer_waarden(b, waarden, naam, eenheid)
    _controleer_bevestigd(b, sleutels, naam)


def _controleer_bevestigd(b: Bestand, sleutels: dict, naam: str) -> None:
    """A ``bevestigd`` figure must say what was read (article, version date, quote): a warning for now.

    It is a warning, not an error, while the parameter files are being converted to quoted references;
    ``inburgering-rules check --streng`` treats it as an error.
    """
    meta = sleutels.get("metadata")
    velden = yb.als_dict(meta[1]) if meta and yb.is_mapping(meta[1]) else {}
    herkomst = yb.waarde(velden["provenance"][1]) if "provenance" in velden else None
    refs = yb.waarde(velden["reference"][1]) if "reference" in velden else None
    if herkomst == "bevestigd" and (fout := bevestigd_fout(refs)):
        plek = velden["provenance"][1]
        b.meld(plek, f"{naam} [metadata.provenance]", fout.nl, fout.en, WAARSCHUWING)
    waarden = sleutels.get("values")
    if not waarden or not yb.is_mapping(waarden[1]):
        return
    for datum, k, v in yb.paren(waarden[1]):
        wmeta = yb.als_dict(v).get("metadata") if yb.is_mapping(v) else None
        if not wmeta or not yb.is_mapping(wmeta[1]):
            continue
        eigen = yb.als_dict(wmeta[1])
        if "provenance" not in eigen and "reference" not in eigen:
            continue
        w_herkomst = yb.waarde(eigen["provenance"][1]) if "provenance" in eigen else herkomst
        w_refs = yb.waarde(eigen["reference"][1]) if "reference" in eigen else refs
        if w_herkomst == "bevestigd" and (fout := bevestigd_fout(w_refs)):
            b.meld(eigen.get("provenance", eigen.get("reference"))[1], f"{naam} [values.{datum}.metadata]",
                   fout.nl, fout.en, WAARSCHUWING)


def _controleer_metadata(b: Bestand, paar, naam: str, regel_ouder: int) -> str | None:
    if paar is None or not yb.is_mapping(paar[1]):
        b.meld(paar[0] if paar else regel_ouder, f"{naam} [metadata]",
               "'metadata' ontbreekt: geef label, unit, reference en provenance",
               "'metadata' is missing: give label, unit, reference and provenance")
        return None
    sleutel_node, meta = paar
    _onbekende_sleutels(b, meta, f"{naam} [metadata]", BLAD_METADATA, ("'metadata'", "'metadata'"))
    velden = yb.als_dict(meta)
    if "label" not in velden or not str(yb.waarde(velden["label"][1]) or "").strip():
        b.meld(sleutel_node, f"{naam} [metadata.label]", "'metadata.label' ontbreekt: een korte naam voor schermen en uitleg",
               "'metadata.label' is missing: a short name for screens and explanations")
    eenheid = yb.waarde(velden["unit"][1]) if "unit" in velden else None
    if eenheid not in EENHEDEN:
        b.meld(velden["unit"][1] if "unit" in velden else sleutel_node, f"{naam} [metadata.unit]",
               f"'metadata.unit' is '{eenheid}', verwacht een van: {', '.join(sorted(EENHEDEN))}",
               f"'metadata.unit' is '{eenheid}', expected one of: {', '.join(sorted(EENHEDEN))}")
    if "reference" in velden:
        _controleer_referenties(b, velden["reference"][1], f"{naam} [metadata.reference]", "'metadata.reference'")
    else:
        b.meld(sleutel_node, f"{naam} [metadata.reference]",
               "'metadata.reference' ontbreekt: geef een lijst van {title, href} met het artikel",
               "'metadata.reference' is missing: give a list of {title, href} naming the article")
    if "provenance" in velden:
        _controleer_provenance(b, velden["provenance"][1], f"{naam} [metadata.provenance]")
    else:
        b.meld(sleutel_node, f"{naam} [metadata.provenance]",
               "'metadata.provenance' ontbreekt: bevestigd, gerapporteerd of aanname (RULEBOOK §0)",
               "'metadata.provenance' is missing: bevestigd, gerapporteerd or aanname (RULEBOOK §0)")
    return eenheid if eenheid in EENHEDEN else None


def _controleer_waarden(b: Bestand, paar, naam: str, eenheid: str | None) -> None:
    sleutel_node, waarden = paar
    if not yb.is_mapping(waarden) or not waarden.value:
        b.meld(sleutel_node, f"{naam} [values]", "onder 'values' staat geen enkele datum met een waarde",
               "'values' holds no dated value")
        return
    vorige = None
    for datum, k, v in yb.paren(waarden):
        sleutel = f"{naam} [values.{datum}]"
        if not _is_datum(datum):
            b.meld(k, sleutel,
                   f"'{datum}' is geen datum JJJJ-MM-DD (elke sleutel onder 'values' is de dag vanaf wanneer de waarde geldt)",
                   f"'{datum}' is not a date YYYY-MM-DD (each key under 'values' is the day the value applies from)")
        elif vorige and datum <= vorige:
            b.meld(k, sleutel, f"datum {datum} staat in het bestand na {vorige}: zet de datums in oplopende volgorde",
                   f"date {datum} comes after {vorige} in the file: put the dates in ascending order")
        else:
            vorige = datum
        _controleer_waarde(b, v, k, sleutel, eenheid)


def _controleer_waarde(b: Bestand, node, sleutel_node, sleutel: str, eenheid: str | None) -> None:
    if not yb.is_mapping(node):
        b.meld(sleutel_node, sleutel, "schrijf de waarde als 'value: …' onder de datum",
               "write the value as 'value: …' under the date")
        return
    _onbekende_sleutels(b, node, sleutel, WAARDE_SLEUTELS, ("een datum onder 'values'", "a date under 'values'"))
    velden = yb.als_dict(node)
    if "value" not in velden:
        b.meld(sleutel_node, sleutel, "'value' ontbreekt onder deze datum (een onbekend getal is 'value: null')",
               "'value' is missing under this date (an unknown figure is 'value: null')")
    elif eenheid and (fout := waarde_fout(yb.waarde(velden["value"][1]), eenheid)):
        b.meld(velden["value"][1], sleutel, fout.nl, fout.en)
    meta = velden.get("metadata")
    if meta is None:
        return
    if not yb.is_mapping(meta[1]):
        b.meld(meta[0], f"{sleutel} [metadata]", "'metadata' van een waarde moet provenance/reference bevatten",
               "a value's 'metadata' must hold provenance/reference")
        return
    _onbekende_sleutels(b, meta[1], f"{sleutel} [metadata]", WAARDE_METADATA, ("de metadata van een waarde", "a value's metadata"))
    wmeta = yb.als_dict(meta[1])
    if "provenance" in wmeta:
        _controleer_provenance(b, wmeta["provenance"][1], f"{sleutel} [metadata.provenance]")
    if "reference" in wmeta:
        _controleer_referenties(b, wmeta["reference"][1], f"{sleutel} [metadata.reference]", "reference")


def controleer_groep(b: Bestand, mapping, naam: str, kinderen_elders=()) -> None:
    """A group: description, metadata.order naming existing children, and each child."""
    sleutels = yb.als_dict(mapping)
    kinderen = [n for n in sleutels if n not in GROEP_SLEUTELS]
    meta = sleutels.get("metadata")
    if meta and yb.is_mapping(meta[1]):
        _onbekende_sleutels(b, meta[1], f"{naam} [metadata]", GROEP_METADATA, ("de metadata van een groep", "a group's metadata"))
        volgorde = yb.als_dict(meta[1]).get("order")
        bestaand = set(kinderen) | set(kinderen_elders)
        if volgorde and yb.is_lijst(volgorde[1]):
            for item in volgorde[1].value:
                if str(yb.waarde(item)) not in bestaand:
                    b.meld(item, f"{naam} [metadata.order]",
                           f"'{yb.waarde(item)}' in 'order' bestaat niet in deze groep",
                           f"'{yb.waarde(item)}' in 'order' does not exist in this group")
    for kind in kinderen:
        k, v = sleutels[kind]
        volle_naam = f"{naam}.{kind}" if naam else kind
        if _is_datum(kind) or _DATUM.match(kind):
            b.meld(k, f"{naam} [{kind}]", f"'{kind}' is een datum op de plaats van een parameternaam: zet datums onder 'values'",
                   f"'{kind}' is a date where a parameter name belongs: put dates under 'values'")
        elif not yb.is_mapping(v):
            hint = _lijkt_op(kind, GROEP_SLEUTELS)
            b.meld(k, f"{naam} [{kind}]",
                   f"onbekende sleutel '{kind}'{hint} Toegestaan: {', '.join(GROEP_SLEUTELS)} en parameters.",
                   f"unknown key '{kind}'{hint.replace('bedoelde u', 'did you mean')} Allowed: "
                   f"{', '.join(GROEP_SLEUTELS)} and parameters.")
        elif not _NAAM.match(kind):
            b.meld(k, volle_naam, f"'{kind}' is geen geldige naam (letters, cijfers en _; niet met een cijfer beginnen)",
                   f"'{kind}' is not a valid name (letters, digits and _; not starting with a digit)")
        else:
            controleer_knoop(b, v, volle_naam, yb.regel(k))


def controleer_knoop(b: Bestand, mapping, naam: str, regel_ouder: int) -> None:
    if _lijkt_op_blad(mapping):
        controleer_blad(b, mapping, naam, regel_ouder)
    else:
        controleer_groep(b, mapping, naam)


def controleer_bestand(pad: Path, parameters_dir: Path) -> list[Probleem]:
    b = Bestand(pad, parameters_dir.parent)
    deel = pad.relative_to(parameters_dir).with_suffix("").parts
    naam = ".".join(deel[:-1] if deel[-1] == "index" else deel)
    try:
        wortel = yb.lees(pad.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        b.meld(None, naam or "-", "het bestand is geen UTF-8-tekst", "the file is not UTF-8 text")
        return b.problemen
    except yb.YamlFout as fout:
        b.meld(fout.regel, naam or "-", f"dit is geen geldige YAML: {fout.probleem}",
               f"this is not valid YAML: {fout.probleem}")
        return b.problemen
    if onveilig := veilig_yaml.knoop_problemen(wortel):
        # Nothing further is read: walking an alias bomb or a recursive alias would not end.
        for regel, nl, en in onveilig:
            b.meld(regel, naam or "-", nl, en)
        return b.problemen
    if wortel is None or not yb.is_mapping(wortel):
        b.meld(1, naam or "-", "het bestand moet sleutels met waarden bevatten (description, metadata, values …)",
               "the file must be a mapping of keys (description, metadata, values …)")
        return b.problemen
    for mapping in yb.alle_mappings(wortel):
        for sleutel, eerste, dubbel in yb.dubbele_sleutels(mapping):
            b.meld(dubbel, f"{naam} [{sleutel}]",
                   f"sleutel '{sleutel}' staat twee keer in dezelfde groep (ook op regel {eerste}); YAML houdt alleen de laatste",
                   f"key '{sleutel}' occurs twice in the same mapping (also on line {eerste}); YAML keeps only the last")
    if deel[-1] == "index":
        _onbekende_sleutels(b, wortel, naam or "parameters", GROEP_SLEUTELS, ("index.yaml", "index.yaml"),
                            (" Een index.yaml beschrijft alleen de map; zet parameters in een eigen bestand.",
                             " An index.yaml only describes its folder; put parameters in a file of their own."))
        naast = [p.stem for p in pad.parent.iterdir() if p.stem != "index" and not p.name.startswith((".", "__"))]
        groep = yaml.MappingNode(wortel.tag, [(k, v) for k, v in wortel.value if yb.waarde(k) in GROEP_SLEUTELS])
        controleer_groep(b, groep, naam, kinderen_elders=naast)
    else:
        controleer_knoop(b, wortel, naam, 1)
    return b.problemen


def parameterbestanden(parameters_dir: Path) -> list[Path]:
    """The YAML files of the tree; a symlink is never followed (``controleer_map`` reports it)."""
    return sorted(p for p in parameters_dir.rglob("*")
                  if p.suffix in (".yaml", ".yml") and p.is_file() and not p.is_symlink())


def controleer_map(parameters_dir: Path) -> list[Probleem]:
    problemen = [
        probleem(str(pad.relative_to(parameters_dir.resolve().parent)), "-", Melding(nl, en))
        for pad, nl, en in veilig_yaml.boom_problemen(parameters_dir)
    ]
    for pad in parameterbestanden(parameters_dir):
        problemen += sorted(controleer_bestand(pad, parameters_dir), key=lambda p: p.regel or 0)
    return problemen


def relatief_pad(path, root: Path) -> str:
    """``path`` relative to ``root`` when it lies inside it, else as given."""
    try:
        return str(Path(path).resolve().relative_to(root.resolve()))
    except (ValueError, TypeError):
        return str(path)


def laad_met_openfisca(parameters_dir: Path) -> list[Probleem]:
    """Whatever OpenFisca itself refuses when it loads the tree (its message has no line numbers)."""
    try:
        ParameterNode("", directory_path=str(parameters_dir))
    except Exception as error:  # noqa: BLE001 - any refusal is a problem to report, not a crash
        # OpenFisca's message starts with a traceback; its file and last line say what matters.
        gevonden = re.search(r"Error parsing parameter file '([^']+)'", str(error))
        bestand = relatief_pad(gevonden.group(1) if gevonden else parameters_dir, parameters_dir.parent)
        regels = [r for r in str(error).splitlines() if r.strip()]
        tekst = " ".join((regels[-1] if regels else repr(error)).split())[:500]
        return [probleem(bestand, "-", Melding(f"OpenFisca kan de parameters niet laden: {tekst}",
                                              f"OpenFisca cannot load the parameters: {tekst}"))]
    return []


def controleer_parameters(parameters_dir: Path) -> list[Probleem]:
    """Every problem in the parameter files, each with file, line and key, in file order."""
    problemen = controleer_map(Path(parameters_dir))
    if any(p.ernst != WAARSCHUWING for p in problemen):
        return problemen
    return problemen + laad_met_openfisca(Path(parameters_dir))


def fouten(problemen: list[Probleem]) -> list[Probleem]:
    """The problems that fail the check (warnings left out)."""
    return [p for p in problemen if p.ernst != WAARSCHUWING]
