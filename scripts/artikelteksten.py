"""Generate ``inburgering_rules/data/artikelteksten.yaml``: the statute texts the model touches, per lid
and per version, for the explorer's article pages (``/wet/artikel/…``).

Source: ``../shared/reference/statute-articles.md``, verbatim extracts of the consolidated texts in the
public repository ``MinBZK/regelrecht-corpus`` (one file per version, ``valid_from`` in its name), each
with its wetten.overheid.nl URL and the version it was read in. The text is copied as it stands; only
the quotes around it are taken off. Run once after the extracts change:

    .venv/bin/python scripts/artikelteksten.py [PATH/TO/statute-articles.md]

and commit the YAML. ``tests/test_artikelteksten.py`` checks that every quote in the data file occurs
verbatim in the extracts when they are available.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BRON = ROOT.parent / "shared" / "reference" / "statute-articles.md"
DOEL = ROOT / "inburgering_rules" / "data" / "artikelteksten.yaml"

_WET = re.compile(r"^## .*\((BWBR\d{7})\)")
_KOP = re.compile(r"^### Art\. (\S+)(.*)$")
_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}")
_LID_REGEL = re.compile(r"^- lid (\d+)(?: \(([^)]*)\))?: (.*)$")
_VERSIE_REGEL = re.compile(r"^- (\d{4}-\d{2}-\d{2})(?: \((https://[^)]*)\))?: (.*)$")
_ONDERDEEL = re.compile(r"^\s+- ([a-z0-9]+°?\.) (.*)$")


def _zonder_aanhalingstekens(tekst: str) -> tuple[str, str]:
    """(quoted text, remark after it) from '"…" (remark)'."""
    tekst = tekst.strip()
    if tekst.startswith('"'):
        eind = tekst.rfind('"')
        if eind > 0:
            return tekst[1:eind], tekst[eind + 1:].strip().strip("()")
    return tekst, ""


def _versie_van_kop(kop: str) -> str:
    gevonden = re.search(r"version (\d{4}-\d{2}-\d{2})", kop)
    return gevonden.group(1) if gevonden else (_DATUM.findall(kop) or [""])[0]


def _ook_in(kop: str) -> list[str]:
    """The later versions the extract says carry the same text, for the whole article: "(same … dates)".

    A remark that names leden ("lid 1 same 2022-01-01") is left out: it does not hold for every lid.
    """
    return sorted({d for deel in re.findall(r"\((?:same|also)[^)]*\)", kop) for d in _DATUM.findall(deel)})


# The extracts' remarks are in English; the pages are Dutch.
_OPMERKINGEN = {
    "first sentence": "eerste zin",
    "whitespace of the formula condensed": "witruimte in de formule ingekort",
    "whitespace condensed": "witruimte ingekort",
    "the list continues": "de opsomming loopt door",
}


def _vertaal(opmerking: str) -> str:
    for en, nl in _OPMERKINGEN.items():
        if opmerking.startswith(en):
            return nl + opmerking[len(en):]
    return opmerking


def _lid_van_kop(rest: str) -> str:
    gevonden = re.match(r"\s*lid (\d+)\b(?![–-])", rest)
    return gevonden.group(1) if gevonden and not re.match(r"\s*lid \d+ en", rest) else ""


def _bron(urls: list[str], versie: str) -> str:
    for url in urls:
        if f"/{versie}#" in url:
            return url
    return urls[0] if urls else ""


def lees(pad: Path) -> dict:
    data: dict[str, dict[str, list[dict]]] = {}
    bwb, artikel, versie, urls, rest, ook = "", "", "", [], "", []
    laatste: dict | None = None
    for regel in pad.read_text(encoding="utf-8").splitlines():
        if m := _WET.match(regel):
            bwb, artikel, laatste = m.group(1), "", None
            continue
        if m := _KOP.match(regel):
            artikel, rest = m.group(1), m.group(2)
            versie, ook, urls, laatste = _versie_van_kop(rest), _ook_in(rest), [], None
            continue
        if not artikel:
            continue
        if regel.startswith("URL: "):
            urls = [u.strip() for u in regel[5:].split(";")]
            continue
        eigen_bwb = next((re.search(r"(BWBR\d{7})", u).group(1) for u in urls if "BWBR" in u), bwb)
        regels = data.setdefault(eigen_bwb, {}).setdefault(artikel, [])
        if m := _LID_REGEL.match(regel):
            lid, noot, tekst = m.groups()
            datum = (_DATUM.findall(noot or "") or [""])[0]
            if not datum and noot and re.fullmatch(r"\d{4}", noot.strip()):
                datum = next((d for d in [versie, *ook] if d.startswith(noot.strip())), f"{noot.strip()}-01-01")
                datum = next((_DATUM.search(u).group(0) for u in urls if f"/{noot.strip()}-" in u), datum)
            tekst, opmerking = _zonder_aanhalingstekens(tekst)
            laatste = {"lid": lid, "vanaf": datum or versie, "tekst": tekst}
            if noot and not datum and not re.fullmatch(r"\d{4}", noot.strip()):
                laatste["opmerking"] = _vertaal(noot)
            if opmerking:
                laatste["opmerking"] = _vertaal(opmerking)
        elif m := _VERSIE_REGEL.match(regel):
            datum, url, tekst = m.groups()
            tekst, opmerking = _zonder_aanhalingstekens(tekst)
            laatste = {"lid": _lid_van_kop(rest) or ("1" if "lid 1" in rest else ""), "vanaf": datum, "tekst": tekst}
            if url:
                laatste["bron"] = url
            if opmerking:
                laatste["opmerking"] = _vertaal(opmerking)
        elif (m := _ONDERDEEL.match(regel)) and laatste is not None:
            onderdeel, tekst = m.groups()
            laatste["tekst"] += f" {onderdeel} {_zonder_aanhalingstekens(tekst)[0]}"
            continue
        elif regel.startswith('"'):
            tekst, opmerking = _zonder_aanhalingstekens(regel)
            laatste = {"lid": _lid_van_kop(rest), "vanaf": versie, "tekst": tekst}
            if opmerking:
                laatste["opmerking"] = _vertaal(opmerking)
        else:
            continue
        laatste.setdefault("bron", _bron(urls, laatste["vanaf"]))
        if ook and laatste["vanaf"] == versie:
            laatste["ook_in"] = ook
        regels.append(laatste)
    return {b: {a: r for a, r in artikelen.items() if r} for b, artikelen in data.items()}


def main(argv: list[str]) -> int:
    bron = Path(argv[1]) if len(argv) > 1 else BRON
    data = lees(bron)
    kop = ("# Generated by scripts/artikelteksten.py from ../shared/reference/statute-articles.md (verbatim extracts\n"
           "# of MinBZK/regelrecht-corpus): do not edit by hand. Per BWB id and article, each lid's text with the\n"
           "# version it was read in (vanaf), its wetten.overheid.nl URL (bron) and later versions with the same text.\n")
    DOEL.write_text(kop + yaml.safe_dump(data, allow_unicode=True, sort_keys=True, width=120), encoding="utf-8")
    print(f"{DOEL.relative_to(ROOT)}: {sum(len(a) for a in data.values())} artikelen, "
          f"{sum(len(r) for a in data.values() for r in a.values())} teksten")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
