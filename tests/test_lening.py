"""DUO loan: a fact the answer needs is never guessed (Bi2021 art. 6.1 and 6.3 lid 1)."""

import pytest
from openfisca_core.simulations import SimulationBuilder

from inburgering_rules.errors import NietGemodelleerd, OntbrekendGegeven

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


def test_regressie_wi2007_plichtige_kreeg_stil_geen_lening(tbs):
    # A newcomer plichtig from 2010 falls under the pre-2013 law (Stb. 2012, 430 art. X lid 2), whose
    # art. 16 lid 1 gives a loan on conditions the model does not know: an error that says so, not false.
    persoon = {
        "geboortedatum": {"ETERNITY": "1980-05-01"},
        "verblijfsgrond": {"ETERNITY": "GEZINSMIGRATIE"},
        "datum_verblijfsrecht": {"ETERNITY": "2010-03-01"},
    }
    sim = SimulationBuilder().build_from_entities(tbs, {"personen": {"a": persoon}})
    assert sim.calculate("inburgeringsregime", "2014-01-15").decode()[0].name == "WI2007"
    with pytest.raises(NietGemodelleerd, match="pre-2013"):
        sim.calculate("mag_lenen_bij_duo", "2014-01-15")


def test_wi2007_lening_is_een_400_die_het_gegeven_noemt():
    from fastapi.testclient import TestClient

    from api.main import app

    r = TestClient(app).post("/calculate", json={"personen": {"a": {
        "geboortedatum": {"ETERNITY": "1980-05-01"}, "verblijfsgrond": {"ETERNITY": "GEZINSMIGRATIE"},
        "datum_verblijfsrecht": {"ETERNITY": "2010-03-01"}, "mag_lenen_bij_duo": {"2014-01-15": None}}}})
    assert r.status_code == 400
    assert "cannot be decided" in r.json()["personen"]["a"]["mag_lenen_bij_duo"]
