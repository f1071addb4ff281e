"""The law coverage map ``docs/wetsdekking.md``: per article, what in the model implements or cites it.

Sources, all read from the repository (nothing from outside, so the output is the same everywhere):
- variables: the juriconnect links in their ``reference``;
- parameters: the juriconnect links in ``metadata.reference`` and in each value's reference;
- YAML scenarios: the articles ("Wi2021 art. 11 lid 2") and seeds ("seed 000_… l.12") named in
  their ``description``.
Plus every figure still ``gerapporteerd`` or ``aanname``, per value: the open legal questions; the
number of figures per provenance; and the known gaps (``inburgering_rules/data/lacunes.yaml``, a
hand-kept list of leden whose decision the model does not make yet, each with its quote).
Per article the map goes down to the lid: what implements it, which scenarios test it, what is open.
Everything is sorted, so ``--check`` (regenerate in memory and compare) is stable.

``Dekking`` is also the article index of the explorer (``/wet/artikel/…``): ``artikel_status`` and
``per_lid`` answer "what implements art. 12, and is it tested?".
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml
from openfisca_core.parameters import Parameter

from .. import wetten
from ..wetten import AOW, BI2021, PW, RI2021, WI2013, WI2021, naam_regeling
from .checks import bevestigd_fout

DEKKING_BESTAND = Path("docs") / "wetsdekking.md"
LACUNES = Path(__file__).resolve().parent.parent / "data" / "lacunes.yaml"
HERKOMSTEN = ("bevestigd", "gerapporteerd", "aanname")
UITGEVOERD, DEELS, NOG_NIET = "uitgevoerd", "deels", "nog niet"
VOLGORDE = (WI2021, BI2021, RI2021, PW, WI2013, AOW)
_JCI = re.compile(r"jci1\.3:c:(BWBR\d{7})((?:&[^&=\s]+=[^&\s]+)*)")
# Law names as the scenario descriptions write them; a bare "art. N" belongs to the law named last.
_WETNAMEN = [
    (re.compile(r"Wi ?2021|Wet inburgering 2021"), WI2021),
    (re.compile(r"Bi ?2021|Besluit inburgering 2021"), BI2021),
    (re.compile(r"Ri ?2021|Regeling inburgering 2021"), RI2021),
    (re.compile(r"Wi ?2013|Wet inburgering \(2013\)|Wet inburgering 2013"), WI2013),
    (re.compile(r"\bPw\b|Participatiewet"), PW),
    (re.compile(r"\bAOW\b|Algemene Ouderdomswet"), AOW),
]
_ARTIKEL = re.compile(r"\b(?:art\.|artikel|article)\s*(\d+[a-z]?(?:\.\d+[a-z]?)?)(?:\s+lid\s+(\d+))?")
_VAN = re.compile(r"^[^.;]{0,30}?\bvan\s+(?:de\s+|het\s+)?$")
_SEED = re.compile(r"\bseeds?\s+(\d{3}(?:_[0-9a-f]+(?:\.txt)?)?(?:\s*(?:/|,|en|and|&)\s*\d{3}\b)*)(?:\s*l\.\s*([\d–\-]+))?")


@dataclass(frozen=True, order=True)
class Vindplaats:
    """Where an article is implemented or cited: kind, name, link target, and the lid if one is named."""

    soort: str  # "parameter", "variabele", "scenario", "lacune"
    naam: str
    pad: str
    lid: str = ""


def artikel_van_link(link: str) -> tuple[tuple[str, str], str] | None:
    """``((BWBR…, "art. 11"), "1")`` for a juriconnect link to article 11 lid 1; None for other links."""
    match = _JCI.search(link)
    if not match:
        return None
    delen = dict(d.split("=", 1) for d in match.group(2).split("&")[1:])
    for soort in ("artikel", "hoofdstuk", "afdeling", "paragraaf", "bijlage"):
        if soort in delen:
            label = f"art. {delen[soort]}" if soort == "artikel" else f"{soort} {delen[soort]}"
            return (match.group(1), label), delen.get("lid", "")
    return (match.group(1), "(hele regeling)"), ""


def artikelen_in_tekst(tekst: str) -> list[tuple[tuple[str, str], str]]:
    """The articles a free text names, each attributed to the law named before it (else after it)."""
    wetten = sorted((m.start(), bwb) for patroon, bwb in _WETNAMEN for m in patroon.finditer(tekst))
    gevonden = []
    for m in _ARTIKEL.finditer(tekst):
        ervoor = [bwb for pos, bwb in wetten if pos < m.start()]
        # "artikel 18 van de Participatiewet": a law named right after with "van" wins.
        erna = [bwb for pos, bwb in wetten if pos >= m.end() and _VAN.match(tekst[m.end():pos])]
        bwb = erna[0] if erna else (ervoor[-1] if ervoor else WI2021)
        gevonden.append(((bwb, f"art. {m.group(1)}"), m.group(2) or ""))
    return gevonden


def seeds_in_tekst(tekst: str) -> list[tuple[str, str, str]]:
    """(seed number, file name if given, line reference) for each seed a text cites."""
    gevonden = []
    for m in _SEED.finditer(tekst):
        eerste = re.match(r"\d{3}(?:_[0-9a-f]+(?:\.txt)?)?", m.group(1)).group(0)
        nummers = [eerste[:3]] + re.findall(r"(?:/|,|en|and|&)\s*(\d{3})\b", m.group(1)[len(eerste):])
        for nummer in nummers:
            naam = eerste if nummer == eerste[:3] and "_" in eerste else ""
            gevonden.append((nummer, naam, m.group(2) or ""))
    return gevonden


def _sorteer_artikel(sleutel: tuple[str, str]):
    bwb, label = sleutel
    volgorde = VOLGORDE.index(bwb) if bwb in VOLGORDE else len(VOLGORDE)
    delen = [(int(d) if d.isdigit() else 0, d) for d in re.findall(r"\d+|[a-z]+", label.split(" ", 1)[-1])]
    return (volgorde, bwb, not label.startswith("art."), label.split(" ")[0], delen)


# For the explorer (article index, search): the law names a text may use, and the order of articles.
WETNAMEN = _WETNAMEN
sorteer_artikel = _sorteer_artikel


def _md(tekst) -> str:
    """A table cell or list item: one line, pipes escaped."""
    return " ".join(str(tekst).split()).replace("|", "\\|")


@dataclass(frozen=True, order=True)
class Lacune:
    """A lid whose decision the model does not make yet (``data/lacunes.yaml``)."""

    sleutel: tuple[str, str]
    lid: str
    versie: str
    citaat: str
    beslissing: str


def lees_lacunes(pad: Path = LACUNES) -> list[Lacune]:
    gelezen = yaml.safe_load(pad.read_text(encoding="utf-8")) or []
    return sorted(
        Lacune((getattr(wetten, str(g["wet"])), f"art. {g['artikel']}"), str(g.get("lid") or ""), str(g["versie"]),
               " ".join(str(g["citaat"]).split()), " ".join(str(g["beslissing"]).split()))
        for g in gelezen
    )


class Dekking:
    def __init__(self, root: Path, tbs=None):
        from .. import CountryTaxBenefitSystem

        self.root = root
        self.tbs = tbs or CountryTaxBenefitSystem(root / "parameters", root / "variables")
        self.per_artikel: dict[tuple[str, str], set[Vindplaats]] = defaultdict(set)
        self.per_seed: dict[str, set[Vindplaats]] = defaultdict(set)
        self.seednamen: dict[str, str] = {}
        self.zonder_artikel: set[Vindplaats] = set()
        self.open_vragen: list[tuple] = []
        self.herkomst: dict[str, int] = dict.fromkeys(HERKOMSTEN, 0)
        self.herkomst_onbekend: dict[str, int] = dict.fromkeys(HERKOMSTEN, 0)  # values that are null
        self.bevestigd_zonder_citaat: list[tuple[str, str]] = []  # (parameter, from date)
        self.open_per_parameter: dict[str, list[tuple]] = defaultdict(list)
        self.lacunes = lees_lacunes()
        self._variabelen()
        self._parameters()
        self._scenarios()
        for lacune in self.lacunes:
            self.per_artikel[lacune.sleutel].add(Vindplaats("lacune", lacune.beslissing, "", lacune.lid))

    def per_lid(self, sleutel) -> dict[str, dict[str, list[Vindplaats]]]:
        """lid ("" = the article as a whole) → kind → places, each list sorted."""
        leden: dict[str, dict[str, list[Vindplaats]]] = defaultdict(lambda: defaultdict(list))
        for plek in sorted(self.per_artikel.get(sleutel, ())):
            leden[plek.lid][plek.soort].append(plek)
        return {lid: dict(soorten) for lid, soorten in sorted(leden.items(), key=lambda kv: _lid_volgorde(kv[0]))}

    def artikel_status(self, sleutel) -> str:
        """uitgevoerd (rules and no known gap), deels (rules and a gap), nog niet (no rule implements it)."""
        soorten = {p.soort for p in self.per_artikel.get(sleutel, ())}
        if not soorten & {"parameter", "variabele"}:
            return NOG_NIET
        return DEELS if "lacune" in soorten else UITGEVOERD

    def artikelen(self) -> list[tuple[str, str]]:
        return sorted(self.per_artikel, key=_sorteer_artikel)

    def _rel(self, pad) -> str:
        return Path(pad).resolve().relative_to(self.root.resolve()).as_posix()

    def _variabelen(self):
        bestanden = {p.stem: p for p in (self.root / "variables").rglob("*.py")}
        for naam, variabele in self.tbs.variables.items():
            plek = Vindplaats("variabele", naam, self._rel(bestanden[naam]) if naam in bestanden else "")
            links = [artikel_van_link(str(r)) for r in (variabele.reference or [])]
            for sleutel, lid in filter(None, links):
                self.per_artikel[sleutel].add(Vindplaats(plek.soort, plek.naam, plek.pad, lid))
            if not any(links):
                self.zonder_artikel.add(plek)

    def _parameters(self):
        for leaf in self.tbs.parameters.get_descendants():
            if not isinstance(leaf, Parameter):
                continue
            plek = Vindplaats("parameter", leaf.name, self._rel(leaf.file_path))
            meta = leaf.metadata or {}
            refs = list(meta.get("reference") or [])
            for waarde in leaf.values_list:
                refs += (waarde.metadata or {}).get("reference") or []
                self._open_vraag(leaf, waarde, meta)
            links = [artikel_van_link(str(r.get("href", ""))) for r in refs if isinstance(r, dict)]
            for sleutel, lid in filter(None, links):
                self.per_artikel[sleutel].add(Vindplaats(plek.soort, plek.naam, plek.pad, lid))
            if not any(links):
                self.zonder_artikel.add(plek)
            for r in refs:
                for nummer, naam, regels in seeds_in_tekst(str(r.get("title", "")) if isinstance(r, dict) else ""):
                    self._seed(nummer, naam, Vindplaats(plek.soort, plek.naam, plek.pad, regels))

    def _open_vraag(self, leaf, waarde, meta):
        eigen = waarde.metadata or {}
        herkomst = eigen.get("provenance", meta.get("provenance"))
        refs = eigen.get("reference", meta.get("reference")) or []
        if herkomst in self.herkomst:
            self.herkomst[herkomst] += 1
            self.herkomst_onbekend[herkomst] += waarde.value is None
        if herkomst == "bevestigd":
            if bevestigd_fout(refs):
                self.bevestigd_zonder_citaat.append((leaf.name, waarde.instant_str))
            return
        bron = "; ".join(str(r.get("title", "")) for r in refs if isinstance(r, dict))
        vraag = (leaf.name, waarde.instant_str, "null" if waarde.value is None else str(waarde.value),
                 str(herkomst), bron, str(eigen.get("note", "")), self._rel(leaf.file_path))
        self.open_vragen.append(vraag)
        self.open_per_parameter[leaf.name].append(vraag)

    def _seed(self, nummer, naam, plek):
        self.per_seed[nummer].add(plek)
        if naam and len(naam) > len(self.seednamen.get(nummer, "")):
            self.seednamen[nummer] = naam

    def _scenarios(self):
        for bestand in sorted((self.root / "tests" / "yaml").rglob("*.y*ml")):
            try:
                cases = yaml.safe_load(bestand.read_text(encoding="utf-8")) or []
            except yaml.YAMLError:
                continue  # the YAML runner reports it; the map skips it
            for case in cases if isinstance(cases, list) else [cases]:
                if not isinstance(case, dict):
                    continue
                tekst = str(case.get("description") or "")
                plek = Vindplaats("scenario", str(case.get("name", "")), self._rel(bestand))
                artikelen = artikelen_in_tekst(tekst)
                for sleutel, lid in artikelen:
                    self.per_artikel[sleutel].add(Vindplaats(plek.soort, plek.naam, plek.pad, lid))
                for nummer, naam, regels in seeds_in_tekst(tekst):
                    self._seed(nummer, naam, Vindplaats(plek.soort, plek.naam, plek.pad, regels))
                if not artikelen and not seeds_in_tekst(tekst):
                    self.zonder_artikel.add(plek)  # a scenario that cites no source at all


SOORTEN = (("parameter", "Parameters"), ("variabele", "Variabelen"), ("scenario", "Scenario's"))


def _lid_volgorde(lid: str):
    return (lid != "", int(lid) if lid.isdigit() else 0, lid)


def _link_artikel(sleutel) -> str:
    bwb, label = sleutel
    if label.startswith("art. "):
        return f"https://wetten.overheid.nl/jci1.3:c:{bwb}&artikel={label[5:]}"
    if label == "(hele regeling)":
        return f"https://wetten.overheid.nl/jci1.3:c:{bwb}"
    soort, nummer = label.split(" ", 1)
    return f"https://wetten.overheid.nl/jci1.3:c:{bwb}&{soort}={nummer}"


def _regels_vindplaatsen(plekken) -> list[str]:
    regels = []
    samengevoegd: dict[tuple, list[str]] = defaultdict(list)
    for p in plekken:
        samengevoegd[(p.soort, p.naam, p.pad)].append(p.lid)
    for soort, kop in SOORTEN:
        items = sorted((k, sorted(set(l for l in v if l))) for k, v in samengevoegd.items() if k[0] == soort)
        if not items:
            continue
        regels.append(f"- **{kop}** ({len(items)}):")
        for (_, naam, pad), leden in items:
            waar = f" — lid {', '.join(leden)}" if leden else ""
            if soort == "scenario":
                kort = pad.removeprefix("tests/yaml/")
                regels.append(f"  - {_md(naam)} ([{kort}](../{pad})){waar}")
            else:
                regels.append(f"  - [`{naam}`](../{pad}){waar}")
    return regels


def _plek_md(p: Vindplaats) -> str:
    if p.soort == "scenario":
        return f"{_md(p.naam)} ([{p.pad.removeprefix('tests/yaml/')}](../{p.pad}))"
    return f"[`{p.naam}`](../{p.pad})"


def _regels_per_lid(d: "Dekking", sleutel) -> list[str]:
    regels = []
    lacunes = {(l.lid, l.beslissing): l for l in d.lacunes if l.sleutel == sleutel}
    for lid, soorten in d.per_lid(sleutel).items():
        regels.append(f"- **{'lid ' + lid if lid else 'artikel als geheel'}**")
        uitvoering = sorted({(p.soort, p.naam, p.pad) for s in ("parameter", "variabele") for p in soorten.get(s, [])})
        if uitvoering:
            regels.append("  - uitgevoerd door: " + ", ".join(_plek_md(Vindplaats(*u)) for u in uitvoering))
        scenarios = sorted({(p.soort, p.naam, p.pad) for p in soorten.get("scenario", [])})
        if scenarios:
            regels.append(f"  - getest door {len(scenarios)} scenario('s):")
            regels += [f"    - {_plek_md(Vindplaats(*s))}" for s in scenarios]
        for p in soorten.get("lacune", []):
            l = lacunes[(lid, p.naam)]
            regels.append(f"  - **nog niet in het model**: {_md(l.beslissing)} — \"{_md(l.citaat)}\" (versie {l.versie})")
    return regels


def genereer(root: Path) -> str:
    d = Dekking(root)
    artikelen = d.artikelen()
    status = {sleutel: d.artikel_status(sleutel) for sleutel in artikelen}
    regels = [
        "# Wetsdekking",
        "",
        "Gegenereerd door `inburgering-rules dekking`: niet met de hand bewerken. "
        "`inburgering-rules dekking --check` (en `tests/test_wetsdekking.py`) faalt zodra dit bestand niet meer "
        "klopt met het model; draai dan `inburgering-rules dekking`.",
        "",
        "Per artikel en per lid de parameters en variabelen die het uitvoeren en de YAML-scenario's die het testen: "
        "variabelen en parameters via de juriconnect-links in hun `reference` (met `&lid=` als er een lid is), "
        "scenario's via de artikelen die hun `description` noemt (een kaal \"art. N\" hoort bij de wet die erna met "
        "\"van\" of anders ervoor genoemd is; zonder wet de Wi2021). Een lid waarvan het model de beslissing nog niet "
        "neemt, staat erbij als **nog niet in het model** (met hand bijgehouden in "
        "`inburgering_rules/data/lacunes.yaml`, met het citaat). Daarna de bronnen (seeds), wat aan geen artikel "
        "gekoppeld is, en de open juridische vragen: elk getal dat nog `gerapporteerd` of `aanname` is.",
        "",
        f"Samenvatting: {len(artikelen)} artikelen, {len(d.tbs.variables)} variabelen, "
        f"{sum(isinstance(p, Parameter) for p in d.tbs.parameters.get_descendants())} parameters, "
        f"{len(d.open_vragen)} open waarden.",
        "",
        "## Herkomst van de getallen",
        "",
        "Elke waarde van een parameter vanaf haar datum telt als een getal; een waarde zonder eigen herkomst "
        "krijgt die van haar parameter.",
        "",
        "| herkomst | getallen | waarvan onbekend (`null`) |",
        "|---|---|---|",
    ]
    regels += [f"| {h} | {d.herkomst[h]} | {d.herkomst_onbekend[h]} |" for h in HERKOMSTEN]
    regels += [
        f"| **totaal** | {sum(d.herkomst.values())} | {sum(d.herkomst_onbekend.values())} |",
        "",
        f"Van de {d.herkomst['bevestigd']} `bevestigd`-getallen noemen er {len(d.bevestigd_zonder_citaat)} nog niet "
        "artikel, versiedatum en een letterlijk citaat in één referentie (een waarschuwing van "
        "`inburgering-rules check`; `--streng` maakt er een fout van).",
        "",
        "## Overzicht",
        "",
        "| regeling | artikelen | uitgevoerd | deels | nog niet |",
        "|---|---|---|---|---|",
    ]
    per_wet: dict[str, list] = defaultdict(list)
    for sleutel in artikelen:
        per_wet[sleutel[0]].append(sleutel)
    wetvolgorde = sorted(per_wet, key=lambda b: _sorteer_artikel((b, ""))[:2])
    for bwb in wetvolgorde:
        tel = [status[k] for k in per_wet[bwb]]
        regels.append(f"| {naam_regeling(bwb)} | {len(tel)} | {tel.count(UITGEVOERD)} | {tel.count(DEELS)} | "
                      f"{tel.count(NOG_NIET)} |")
    regels.append("")
    for bwb in wetvolgorde:
        regels += [f"## {naam_regeling(bwb)}", ""]
        for sleutel in per_wet[bwb]:
            regels += [f"### [{naam_regeling(bwb)}, {sleutel[1]}]({_link_artikel(sleutel)}) — {status[sleutel]}", ""]
            regels += _regels_per_lid(d, sleutel) + [""]
    regels += ["## Bronnen (seeds)", ""]
    for nummer in sorted(d.per_seed):
        regels += [f"### Seed {d.seednamen.get(nummer) or nummer}", ""]
        regels += _regels_vindplaatsen({Vindplaats(p.soort, p.naam, p.pad, f"l.{p.lid}" if p.lid else "")
                                        for p in d.per_seed[nummer]}) + [""]
    regels = [r.replace(" — lid l.", " — l.") for r in regels]
    regels += ["## Niet aan een artikel gekoppeld", "",
               "Variabelen en parameters zonder juriconnect-link; scenario's die geen artikel en geen seed noemen.", ""]
    regels += _regels_vindplaatsen(d.zonder_artikel) + [""]
    regels += ["## Open juridische vragen", "",
               "Elke waarde die nog `gerapporteerd` (secundaire bron) of `aanname` (modelkeuze) is; "
               "`null` betekent: onbekend, het model weigert dan te rekenen (RULEBOOK §0).", "",
               "| parameter | vanaf | waarde | herkomst | bron | toelichting |", "|---|---|---|---|---|---|"]
    for naam, vanaf, waarde, herkomst, bron, noot, pad in sorted(d.open_vragen):
        regels.append(f"| [`{naam}`](../{pad}) | {vanaf} | {_md(waarde)} | {herkomst} | {_md(bron)} | {_md(noot)} |")
    return "\n".join(regels).rstrip() + "\n"


def schrijf_dekking(root: Path, uit: Path) -> int:
    tekst = genereer(root)
    uit.parent.mkdir(parents=True, exist_ok=True)
    uit.write_text(tekst, encoding="utf-8")
    return tekst.count("\n### [")


def controleer_dekking(root: Path, bestand: Path, naam: str | None = None) -> str | None:
    """None when ``bestand`` matches the model; otherwise what to do (``naam``: how to call the file)."""
    verwacht = genereer(root)
    naam = naam or str(bestand)
    if not bestand.exists():
        return f"{naam} bestaat niet. Maak het met: inburgering-rules dekking"
    huidig = bestand.read_text(encoding="utf-8")
    if huidig == verwacht:
        return None
    import difflib

    verschil = list(difflib.unified_diff(huidig.splitlines(), verwacht.splitlines(), "huidig", "verwacht", lineterm="", n=0))
    voorbeeld = "\n".join(verschil[:20])
    return (f"{naam} is verouderd: het model is gewijzigd ({sum(1 for r in verschil if r[:1] in '+-') - 2} regels "
            f"verschillen). Werk het bij met: inburgering-rules dekking\n{voorbeeld}")
