"""The situations both servers are measured on: same rules, same JSON."""

from __future__ import annotations

import random

PEILDATUM = "2025-03-01"

# Ten outputs across the chain; later rules are used when this version of the model has them.
OUTPUTS = [
    "inburgeringsplichtig",
    "reden_geen_inburgeringsplicht",
    "datum_aanvang_inburgeringsplicht",
    "inburgeringsregime",
    "doelgroep",
    "inburgeringstermijn_startdatum",
    "inburgeringstermijn_einddatum",
    "pip_uiterste_datum",
    "leerroute_indicatie",
    "verlenging_aanvragen_vanaf",
    "leeftijd",
]
GRONDEN = ["ASIEL", "NAREIZIGER_REGULIER", "GEZINSMIGRATIE", "OVERIG_NIET_TIJDELIJK", "TIJDELIJK_DOEL"]
NATIONALITEITEN = ["OVERIG", "OVERIG", "OVERIG", "TURKS", "EU_EER_ZWITSERS"]


def outputs(variables) -> list[str]:
    return [name for name in OUTPUTS if name in variables][:10]


def person(i: int, rng: random.Random, wanted: list[str], variables=()) -> dict:
    born = f"{rng.randint(1950, 2000)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    granted = f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    facts = {
        "geboortedatum": {"ETERNITY": born},
        "nationaliteit": {"ETERNITY": rng.choice(NATIONALITEITEN)},
        "verblijfsgrond": {"ETERNITY": rng.choice(GRONDEN)},
        "datum_verblijfsrecht": {"ETERNITY": granted},
        "datum_dagtekening_pip": {"ETERNITY": f"{int(granted[:4]) + 1}{granted[4:]}"},
    }
    extra = {
        "datum_kennisgeving_inburgeringsplicht": {"ETERNITY": granted},
        "datum_inschrijving_brp": {"ETERNITY": granted},
        "leerbaarheidstoets_b1_haalbaar": {"ETERNITY": rng.random() < 0.8},
        "perspectief_onderwijs": {"ETERNITY": rng.random() < 0.3},
        # Facts the law needs where an answer depends on them (Bi2021 art. 5.3: the number of
        # voortgangsgesprekken is set in the PIP; Bi2021 art. 6.1: a vrijwillige inburgeraar).
        "aantal_voortgangsgesprekken_volgens_pip": {"ETERNITY": 2},
        "persoon_artikel_6_1": {"ETERNITY": False},
    }
    facts.update({name: value for name, value in extra.items() if name in variables})
    return {**facts, **{name: {PEILDATUM: None} for name in wanted}}


def situation(count: int, wanted: list[str], variables=(), seed: int = 7) -> dict:
    rng = random.Random(seed)
    return {"personen": {f"p{i}": person(i, rng, wanted, variables) for i in range(count)}}
