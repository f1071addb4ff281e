"""Where one /calculate request's time goes, in-process: `python -m bench.profiel [--persons N]`.

Each step repeated; median of five runs of each, in milliseconds per request. Prints a Markdown table,
then (with --cprofile) the functions that take the most time on the compiled path.
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import json
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.bundelen import schrijf_json, verwerk_calculate  # noqa: E402
from api.limits import lees_json  # noqa: E402
from bench.payloads import outputs, situation  # noqa: E402
from inburgering_rules import berekening, snelpad  # noqa: E402
from inburgering_rules.situatie import read_situation  # noqa: E402
from inburgering_rules.systeem import systeem  # noqa: E402


def ms(fn, repeat: int) -> float:
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(repeat):
            fn()
        runs.append((time.perf_counter() - start) / repeat * 1000)
    return statistics.median(runs)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=1)
    parser.add_argument("--cprofile", action="store_true")
    args = parser.parse_args(argv)
    tbs = systeem()
    wanted = outputs(tbs.variables)
    data = situation(args.persons, wanted, tbs.variables)
    body = json.dumps(data).encode()
    repeat = max(3, 2000 // args.persons)
    for _ in range(50):
        verwerk_calculate(tbs, [body])

    request = read_situation(tbs, lees_json(body))
    compiled, _ = snelpad.bouw(tbs, [request])
    answer = snelpad.calculate_compiled(tbs, lees_json(body), request)

    results = {(n, p): berekening.evaluate(tbs, compiled, n, p) for n, p in request.wanted}
    index = {plural: {i: k for k, i in enumerate(ids)} for plural, ids in snelpad._ids(request).items()}
    offset = {"personen": 0, "gemeenten": 0}
    copies = [copy.deepcopy(data) for _ in range(5 * repeat + 1)]

    def fresh():
        return copies.pop()

    def evaluate_compiled():
        ev, _ = snelpad.bouw(tbs, [request])
        for name, period in request.wanted:
            berekening.evaluate(tbs, ev, name, period)

    def evaluate_openfisca():
        simulation = berekening.build_simulation(tbs, request)
        for name, period in request.wanted:
            berekening.evaluate(tbs, simulation, name, period)

    rows = [
        ("parse (json, duplicate keys refused)", ms(lambda: lees_json(body), repeat)),
        ("validate the situation", ms(lambda: read_situation(tbs, lees_json(body)), repeat)),
        ("build (compiled path)", ms(lambda: snelpad.bouw(tbs, [request]), repeat)),
        ("build + evaluate (compiled path)", ms(evaluate_compiled, repeat)),
        ("build + evaluate (OpenFisca's simulation)", ms(evaluate_openfisca, repeat)),
        ("fill the answers into the body", ms(lambda: snelpad._vul(tbs, fresh(), request, results, index, offset),
                                               repeat)),
        ("render alone (orjson)", ms(lambda: schrijf_json(answer), repeat)),
        ("render alone (json)", ms(lambda: json.dumps(answer).encode(), repeat)),
        ("whole request in the worker (compiled)", ms(lambda: verwerk_calculate(tbs, [body]), repeat)),
        ("whole request, OpenFisca path", ms(lambda: json.dumps(berekening.calculate(
            tbs, lees_json(body), read_situation(tbs, lees_json(body)))).encode(), repeat)),
    ]
    if args.persons == 1:
        batch = [body] * 64
        rows.append(("per request, 64 coalesced", ms(lambda: verwerk_calculate(tbs, batch), 20) / 64))
    del compiled
    print(f"| step ({args.persons:,} person(s), {len(wanted)} outputs) | ms per request |")
    print("|---|---|")
    for label, value in rows:
        print(f"| {label} | {value:.3f} |")
    if args.cprofile:
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(repeat):
            verwerk_calculate(tbs, [body])
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
