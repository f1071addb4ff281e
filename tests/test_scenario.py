"""``inburgering-rules scenario new`` writes a case with VUL_IN placeholders, and a forgotten one never passes."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from inburgering_rules.hulpmiddelen.cli import main
from inburgering_rules.paths import ROOT
from inburgering_rules.hulpmiddelen.scenario import ScenarioFout, nieuw_scenario, plaatshouders

SITUATIE = {"personen": {"anna": {
    "geboortedatum": {"ETERNITY": "1990-05-01"},
    "verblijfsgrond": {"ETERNITY": "ASIEL"},
    "datum_verblijfsrecht": {"ETERNITY": "2022-03-01"},
    "datum_dagtekening_pip": "2022-06-01",
    "inburgeringsplichtig": {"2024-01-05": None},
    "inburgeringstermijn_einddatum": {"2024-01-05": None},
}}}


@pytest.fixture
def situatie(tmp_path):
    pad = tmp_path / "anna.json"
    pad.write_text(json.dumps(SITUATIE), encoding="utf-8")
    return pad


def test_scaffold_from_openfisca_json(situatie):
    tekst, doel = nieuw_scenario(situatie, "Anna met PIP", bron="seed 000_66a781fd78fa1f29.txt l.708")
    assert doel is None
    (case,) = yaml.safe_load(tekst)
    assert case["name"] == "Anna met PIP"
    assert case["description"].strip() == "Bron: seed 000_66a781fd78fa1f29.txt l.708."
    assert str(case["period"]) == "2024-01-05"
    assert case["input"]["verblijfsgrond"] == "ASIEL" and str(case["input"]["datum_dagtekening_pip"]) == "2022-06-01"
    assert case["output"] == {"inburgeringsplichtig": "VUL_IN", "inburgeringstermijn_einddatum": "VUL_IN"}
    assert "inburgeringsplichtig: VUL_IN  # true of false" in tekst
    assert plaatshouders(case) == ["output.inburgeringsplichtig", "output.inburgeringstermijn_einddatum"]


def test_scaffold_from_flat_values_asks_the_section_3_outcomes(tmp_path):
    pad = tmp_path / "plat.json"
    pad.write_text(json.dumps({"geboortedatum": "1985-09-12", "verblijfsgrond": "GEZINSMIGRATIE"}), encoding="utf-8")
    (case,) = yaml.safe_load(nieuw_scenario(pad, "Plat", periode="2025-03-01")[0])
    assert set(case["output"]) == {"inburgeringsplichtig", "reden_geen_inburgeringsplicht", "inburgeringsregime", "doelgroep"}
    assert "VUL_IN" in case["description"]  # no --bron: the source is a placeholder too


@pytest.mark.parametrize(
    ("situatie", "stuk"),
    [
        ({"geboortedatum": "1990-05-01", "verblijfsgrond": "ASEIL"}, "Invalid value 'ASEIL'"),
        ({"geboortedatm": "1990-05-01"}, "Onbekende variabele 'geboortedatm'"),
        ({"geboortedatum": "1990-05-01"}, "Geen peildatum"),
        ({"personen": {"a": {}, "b": {}}}, "precies één persoon"),
    ],
)
def test_bad_situations_are_refused_clearly(tmp_path, situatie, stuk):
    pad = tmp_path / "s.json"
    pad.write_text(json.dumps(situatie), encoding="utf-8")
    with pytest.raises(ScenarioFout, match=stuk):
        nieuw_scenario(pad, "x")


def test_name_must_be_unique(situatie, tmp_path):
    (tmp_path / "yaml").mkdir()
    (tmp_path / "yaml" / "a.yaml").write_text("- name: Bestaat al\n  period: 2024-01-01\n  input: {}\n  output: {}\n")
    with pytest.raises(ScenarioFout, match="al een scenario"):
        nieuw_scenario(situatie, "Bestaat al", scenarios=tmp_path / "yaml")


def test_cli_appends_to_a_file(situatie, tmp_path, capsys):
    uit = tmp_path / "termijn.yaml"
    uit.write_text("- name: Eerste\n  period: 2024-01-01\n  input: {}\n  output: {}\n", encoding="utf-8")
    assert main(["scenario", "new", "--situatie", str(situatie), "--naam", "Tweede", "--uit", str(uit)]) == 0
    assert "Toegevoegd aan" in capsys.readouterr().out
    assert [c["name"] for c in yaml.safe_load(uit.read_text())] == ["Eerste", "Tweede"]
    assert main(["scenario", "new", "--situatie", str(tmp_path / "bestaat-niet.json"), "--naam", "x"]) == 2


def _draai_runner(tmp_path, situatie, invullen: bool):
    """The project's YAML runner (tests/conftest.py) on a scaffolded case, in a scratch copy of tests/."""
    tests = tmp_path / "proef" / "tests"
    (tests / "yaml" / "termijn").mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "conftest.py", tests / "conftest.py")
    bestand = tests / "yaml" / "termijn" / "nieuw.yaml"
    nieuw_scenario(situatie, "Nieuw scenario", bron="Wi2021 art. 11 lid 2", uit=bestand)
    if invullen:
        tekst = bestand.read_text(encoding="utf-8")
        tekst = tekst.replace("inburgeringsplichtig: VUL_IN", "inburgeringsplichtig: true")
        bestand.write_text(tekst.replace("inburgeringstermijn_einddatum: VUL_IN", "inburgeringstermijn_einddatum: 2025-06-01"))
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tests)],
                          capture_output=True, text=True, cwd=tmp_path / "proef")


def test_the_yaml_runner_fails_a_forgotten_placeholder(tmp_path, situatie):
    proces = _draai_runner(tmp_path, situatie, invullen=False)
    assert proces.returncode == 1, proces.stdout
    assert "Scenario 'Nieuw scenario' bevat nog VUL_IN bij: output.inburgeringsplichtig, " \
           "output.inburgeringstermijn_einddatum" in proces.stdout


def test_the_yaml_runner_passes_once_filled_in(tmp_path, situatie):
    proces = _draai_runner(tmp_path, situatie, invullen=True)
    assert proces.returncode == 0, proces.stdout + proces.stderr
    assert "2 passed" in proces.stdout  # the case under OpenFisca and under the compiled path


def test_openfisca_test_fails_a_placeholder_too(tmp_path, situatie):
    bestand = tmp_path / "nieuw.yaml"
    nieuw_scenario(situatie, "Nieuw scenario", bron="Wi2021 art. 11", uit=bestand)
    openfisca = str(Path(sys.executable).parent / "openfisca")  # installed with openfisca-core
    proces = subprocess.run([openfisca, "test", "-c", "inburgering_rules", str(bestand)], capture_output=True, text=True)
    assert proces.returncode != 0
    assert "VUL_IN" in proces.stdout
