"""DUO loan: a fact the answer needs is never guessed (Bi2021 art. 6.1 and 6.3 lid 1)."""

import pytest
from openfisca_core.simulations import SimulationBuilder

from inburgering_rules.errors import OntbrekendGegeven

EU_ONDERDAAN = {
    "geboortedatum": {"ETERNITY": "1990-05-01"},
    "nationaliteit": {"ETERNITY": "EU_EER_ZWITSERS"},
    "datum_verblijfsrecht": {"ETERNITY": "2024-05-01"},
}


def test_eu_onderdaan_zonder_persoon_artikel_6_1_is_een_fout_die_het_gegeven_noemt(tbs):
    # Only the voluntary inburgeraar of Bi2021 art. 6.1 has aanspraak (art. 6.3 lid 1, second sentence);
    # whether an EU national is one is a fact, so a missing answer is an error, not "no".
    sim = SimulationBuilder().build_from_entities(tbs, {"personen": {"a": EU_ONDERDAAN}})
    with pytest.raises(OntbrekendGegeven, match="persoon_artikel_6_1"):
        sim.calculate("mag_lenen_bij_duo", "2024-06-01")


def test_gezinsmigrant_heeft_persoon_artikel_6_1_niet_nodig(tbs):
    persoon = {
        "geboortedatum": {"ETERNITY": "1990-05-01"},
        "verblijfsgrond": {"ETERNITY": "GEZINSMIGRATIE"},
        "datum_verblijfsrecht": {"ETERNITY": "2022-03-01"},
        "datum_dagtekening_pip": {"ETERNITY": "2022-06-01"},
    }
    sim = SimulationBuilder().build_from_entities(tbs, {"personen": {"a": persoon}})
    assert bool(sim.calculate("mag_lenen_bij_duo", "2024-01-15")[0]) is True
