"""``inburgering-rules``: tools for legal advisors and test authors.

    inburgering-rules check [--lang en] [--streng]      every parameter file: metadata, links, values
    inburgering-rules dekking [--check]                  write (or verify) docs/wetsdekking.md
    inburgering-rules impact --against REV [--situations FILE.json]
    inburgering-rules scenario new --situatie FILE.json --naam "..." [--bron "..."] [--uit FILE.yaml]
    inburgering-rules bereken INVOER --peildatum D --uit UITVOER [--uitvoer a,b] [--stuk N] [--stil]

Also ``python -m inburgering_rules.hulpmiddelen.cli …``. Exit status 0 = in order, 1 = problems found, 2 = the
command itself could not run (a bad argument, an unknown git revision, an unreadable file).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import paths

TEKSTEN = {
    "nl": {
        "ok": "Alle {n} parameterbestanden in {map} zijn in orde.",
        "waarschuwingen": "{w} waarschuwing(en): een 'bevestigd' getal zonder artikel, versiedatum en citaat in de bron. "
                          "Met --streng telt een waarschuwing als fout.",
        "fout": "{p} probleem/problemen in {b} bestand(en). Herstel ze en draai 'inburgering-rules check' opnieuw.",
    },
    "en": {
        "ok": "All {n} parameter files in {map} are in order.",
        "waarschuwingen": "{w} warning(s): a 'bevestigd' figure whose reference lacks article, version date and quote. "
                          "With --streng a warning counts as an error.",
        "fout": "{p} problem(s) in {b} file(s). Fix them and run 'inburgering-rules check' again.",
    },
}


def _toon(pad: Path) -> str:
    """A path as the user typed it: relative to the current folder when it lies inside it."""
    from .parameterbestanden import relatief_pad

    return relatief_pad(pad, Path.cwd())


def _check(args) -> int:
    from .parameterbestanden import controleer_parameters, fouten, parameterbestanden

    map_ = Path(args.parameters) if args.parameters else paths.rules_root() / "parameters"
    problemen = controleer_parameters(map_)
    tekst = TEKSTEN[args.lang]
    for p in problemen:
        print(p.tekst(args.lang))
    ernstig = problemen if args.streng else fouten(problemen)
    if ernstig:
        print(tekst["fout"].format(p=len(ernstig), b=len({p.bestand for p in ernstig})), file=sys.stderr)
        return 1
    print(tekst["ok"].format(n=len(parameterbestanden(map_)), map=_toon(map_)))
    if problemen:
        print(tekst["waarschuwingen"].format(w=len(problemen)))
    return 0


def _dekking(args) -> int:
    from .dekking import DEKKING_BESTAND, controleer_dekking, schrijf_dekking

    uit = Path(args.uit) if args.uit else paths.rules_root() / DEKKING_BESTAND
    if args.check:
        fout = controleer_dekking(paths.rules_root(), uit, _toon(uit))
        if fout:
            print(fout, file=sys.stderr)
            return 1
        print(f"{_toon(uit)} is actueel.")
        return 0
    aantal = schrijf_dekking(paths.rules_root(), uit)
    print(f"{_toon(uit)} geschreven: {aantal} artikelen.")
    return 0


def _impact(args) -> int:
    from .impact import ImpactFout, impact_tegen_revisie, rapport

    root = paths.rules_root()
    scenarios = Path(args.scenarios) if args.scenarios else root / "tests" / "yaml"
    try:
        wijzigingen, aantal = impact_tegen_revisie(root, args.against, scenarios, [Path(s) for s in args.situations])
    except ImpactFout as fout:
        print(str(fout), file=sys.stderr)
        return 2
    print(rapport(wijzigingen, aantal, args.against))
    return 0


def _scenario_nieuw(args) -> int:
    from .scenario import ScenarioFout, nieuw_scenario

    try:
        tekst, doel = nieuw_scenario(
            Path(args.situatie), args.naam, bron=args.bron, uit=Path(args.uit) if args.uit else None,
            periode=args.periode, scenarios=paths.rules_root() / "tests" / "yaml",
        )
    except ScenarioFout as fout:
        print(str(fout), file=sys.stderr)
        return 2
    if doel is None:
        print(tekst, end="")
    else:
        print(f"Toegevoegd aan {doel}. Vul elke VUL_IN met de hand in uit de bron; tot dan faalt het scenario.")
    return 0


def _bereken(args) -> int:
    try:
        from .caseload import STANDAARD_UITVOER, CaseloadFout, bereken_bestand
    except ImportError as error:  # pandas, pyarrow or tqdm missing
        print(f"{error}: installeer met pip install 'inburgering-rules[caseload]'", file=sys.stderr)
        return 2
    uitvoer = [u.strip() for u in args.uitvoer.split(",")] if args.uitvoer else list(STANDAARD_UITVOER)
    try:
        rijen, fout = bereken_bestand(Path(args.invoer), args.peildatum, Path(args.uit), uitvoer,
                                      grootte=args.stuk, voortgang=not args.stil)
    except CaseloadFout as error:
        print(str(error), file=sys.stderr)
        return 2
    print(f"{rijen} rijen berekend naar {_toon(Path(args.uit))}; {fout} met een fout (kolom 'fout').")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="inburgering-rules", description="Hulpmiddelen voor juristen en testschrijvers.")
    sub = p.add_subparsers(dest="opdracht", required=True)

    check = sub.add_parser("check", help="controleer elk parameterbestand (metadata, links, waarden)")
    check.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal van de meldingen (nl, en)")
    check.add_argument("--parameters", help="een andere parametermap (standaard: parameters/ van het model)")
    check.add_argument("--streng", action="store_true",
                       help="een waarschuwing (bevestigd zonder artikel, versiedatum en citaat) telt als fout")
    check.set_defaults(functie=_check)

    dekking = sub.add_parser("dekking", help="schrijf docs/wetsdekking.md (met --check: controleer of het actueel is)")
    dekking.add_argument("--check", action="store_true", help="schrijf niets; faal als het bestand verouderd is")
    dekking.add_argument("--uit", help="ander uitvoerbestand (standaard docs/wetsdekking.md)")
    dekking.set_defaults(functie=_dekking)

    impact = sub.add_parser("impact", help="welke uitkomsten veranderen t.o.v. de parameters van een git-revisie")
    impact.add_argument("--against", required=True, metavar="REV", help="git-revisie, bv. HEAD of main~3")
    impact.add_argument("--situations", action="append", default=[], metavar="FILE.json",
                        help="ook deze situatie(s) (OpenFisca-JSON met null); mag vaker")
    impact.add_argument("--scenarios", help="map met YAML-scenario's (standaard tests/yaml)")
    impact.set_defaults(functie=_impact)

    scenario = sub.add_parser("scenario", help="YAML-scenario's")
    scenario_sub = scenario.add_subparsers(dest="actie", required=True)
    nieuw = scenario_sub.add_parser("new", help="maak een scenario uit een situatie, met VUL_IN voor de uitkomsten")
    nieuw.add_argument("--situatie", required=True, metavar="FILE.json",
                       help="OpenFisca-JSON van één persoon, of platte sleutel/waarden")
    nieuw.add_argument("--naam", required=True, help="unieke naam van het scenario")
    nieuw.add_argument("--bron", help='de bron, bv. "seed 000_66a781fd78fa1f29.txt l.12" of "Wi2021 art. 11 lid 2"')
    nieuw.add_argument("--uit", metavar="FILE.yaml", help="voeg toe aan dit bestand (anders naar het scherm)")
    nieuw.add_argument("--periode", metavar="JJJJ-MM-DD", help="de peildatum (anders uit de null-vragen in de situatie)")
    nieuw.set_defaults(functie=_scenario_nieuw)

    bereken = sub.add_parser("bereken", help="een caseload uit CSV, Parquet of DUO-JSON-regels, in stukken")
    bereken.add_argument("invoer", metavar="INVOER", help=".csv/.parquet (kolommen = invoernamen) of .jsonl (DUO)")
    bereken.add_argument("--peildatum", required=True, metavar="JJJJ-MM-DD")
    bereken.add_argument("--uit", required=True, metavar="UITVOER", help=".csv of .parquet")
    bereken.add_argument("--uitvoer", metavar="a,b,c", help="de te berekenen variabelen (standaard: plicht en termijn)")
    bereken.add_argument("--stuk", type=int, default=10_000, metavar="N", help="rijen per stuk (standaard 10000)")
    bereken.add_argument("--stil", action="store_true", help="geen voortgangsbalk")
    bereken.set_defaults(functie=_bereken)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.functie(args)


if __name__ == "__main__":
    sys.exit(main())
