"""In-process run of N persons through the full chain of outputs: `python -m bench.vector N [--openfisca]`.

Inputs are set as arrays (no JSON), each output computed once as a vector on the compiled path of
/calculate (``--openfisca``: by OpenFisca's simulation); prints one JSON line with build and compute
time and the process's peak memory.
"""

from __future__ import annotations

import json
import resource
import sys
import time

import numpy as np
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.simulations import SimulationBuilder

from bench.payloads import GRONDEN, NATIONALITEITEN, PEILDATUM
from inburgering_rules import CountryTaxBenefitSystem
from inburgering_rules.snelpad import Berekening


def main(count: int, openfisca: bool = False) -> dict:
    rng = np.random.default_rng(7)
    tbs = CountryTaxBenefitSystem()
    started = time.perf_counter()
    builder = SimulationBuilder()
    builder.create_entities(tbs)
    ids = np.arange(count).astype(str)
    builder.declare_person_entity("persoon", ids)
    gemeenten = builder.declare_entity("gemeente", ids)
    # One gemeente per person, set directly: join_with_persons sorts a million string ids.
    gemeenten.members_entity_id = np.arange(count, dtype=np.int32)
    gemeenten.members_role = np.full(count, gemeenten.entity.flattened_roles[0], dtype=object)
    simulation = builder.build(tbs)

    born = np.datetime64("1950-01-01") + rng.integers(0, 17_000, count).astype("timedelta64[D]")
    granted = np.datetime64("2019-01-01") + rng.integers(0, 2_000, count).astype("timedelta64[D]")
    inputs = {
        "geboortedatum": born,
        "datum_verblijfsrecht": granted,
        "datum_dagtekening_pip": granted + np.timedelta64(70, "D"),
        "datum_kennisgeving_inburgeringsplicht": granted,
        "datum_inschrijving_brp": granted,
        "leerbaarheidstoets_b1_haalbaar": rng.random(count) < 0.8,
        "perspectief_onderwijs": rng.random(count) < 0.3,
        "aantal_voortgangsgesprekken_volgens_pip": np.full(count, 2, dtype=np.int32),
        "persoon_artikel_6_1": np.zeros(count, dtype=bool),
    }
    for name, values in inputs.items():
        if name in tbs.variables:
            simulation.set_input(name, "ETERNITY", values)
    for name, names in (("verblijfsgrond", GRONDEN), ("nationaliteit", NATIONALITEITEN)):
        enum = tbs.variables[name].possible_values
        codes = np.array([enum[n].index for n in names], dtype=np.int16)[rng.integers(0, len(names), count)]
        simulation.set_input(name, "ETERNITY", EnumArray(codes, enum))
    if not openfisca:
        simulation = Berekening.uit_simulatie(tbs, simulation)
    built = time.perf_counter()

    outputs = [
        name for name, variable in tbs.variables.items()
        if variable.formulas and variable.entity.key == "persoon" and variable.definition_period == "day"
    ]
    for name in outputs:
        simulation.calculate(name, PEILDATUM)
    done = time.perf_counter()
    return {
        "path": "openfisca" if openfisca else "compiled",
        "persons": count,
        "outputs": len(outputs),
        "build_s": built - started,
        "compute_s": done - built,
        "total_s": done - started,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]), "--openfisca" in sys.argv[2:])))
