"""``inburgering-rules impact``: an amount or date edit shows which scenario outputs change, old → new."""

import json
import shutil

import pytest

from conftest import impact

from inburgering_rules.hulpmiddelen.impact import ImpactFout, parameters_van_revisie, rapport, vergelijk
from inburgering_rules.paths import PARAMETERS_DIR, VARIABLES_DIR

TERMIJN_SCENARIO = """\
- name: Termijn van drie jaar
  description: Wi2021 art. 11 lid 1 en 2.
  period: 2023-01-10
  input:
    geboortedatum: 1990-05-01
    verblijfsgrond: ASIEL
    datum_verblijfsrecht: 2022-03-01
    datum_dagtekening_pip: 2022-06-01
  output:
    inburgeringsregime: WI2021
    inburgeringstermijn_einddatum: 2025-06-01
"""


@pytest.fixture
def scenarios(tmp_path):
    map_ = tmp_path / "scenarios"
    map_.mkdir()
    (map_ / "termijn.yaml").write_text(TERMIJN_SCENARIO, encoding="utf-8")
    return map_


def _termijn_vier_jaar(params):
    bestand = params / "termijn" / "duur_jaren.yaml"
    tekst = bestand.read_text(encoding="utf-8")
    wi2021 = tekst.index("WI2021:")
    bestand.write_text(tekst[:wi2021] + tekst[wi2021:].replace("value: 3", "value: 4", 1), encoding="utf-8")


def test_an_edited_term_changes_the_end_date(tmp_path, scenarios):
    nieuw = tmp_path / "parameters"
    shutil.copytree(PARAMETERS_DIR, nieuw)
    _termijn_vier_jaar(nieuw)
    wijzigingen, aantal = vergelijk(PARAMETERS_DIR, nieuw, VARIABLES_DIR, scenarios)
    assert aantal == 2
    (w,) = wijzigingen
    assert (w.bron, w.waar, w.oud, w.nieuw, w.verwacht) == (
        "termijn.yaml: Termijn van drie jaar", "inburgeringstermijn_einddatum@2023-01-10", "2025-06-01", "2026-06-01",
        "2025-06-01",
    )
    tekst = rapport(wijzigingen, aantal, "HEAD")
    assert "1 van 2 uitkomsten veranderen" in tekst
    assert "inburgeringstermijn_einddatum@2023-01-10: 2025-06-01 → 2026-06-01   (scenario verwacht 2025-06-01)" in tekst


def test_nothing_changes_is_said_clearly(scenarios):
    wijzigingen, aantal = vergelijk(PARAMETERS_DIR, PARAMETERS_DIR, VARIABLES_DIR, scenarios)
    assert wijzigingen == []
    assert rapport(wijzigingen, aantal, "HEAD") == (
        "Geen enkele uitkomst verandert: 2 uitkomsten vergeleken tussen de parameters van HEAD en de werkmap."
    )


def test_a_situation_file_with_nulls(tmp_path):
    nieuw = tmp_path / "parameters"
    shutil.copytree(PARAMETERS_DIR, nieuw)
    _termijn_vier_jaar(nieuw)
    situatie = tmp_path / "anna.json"
    situatie.write_text(json.dumps({"personen": {"anna": {
        "geboortedatum": "1990-05-01", "verblijfsgrond": "ASIEL", "datum_verblijfsrecht": "2022-03-01",
        "datum_dagtekening_pip": "2022-06-01", "inburgeringstermijn_einddatum": {"2024-01-05": None},
        "doelgroep": {"2024-01-05": None}}}}), encoding="utf-8")
    wijzigingen, aantal = vergelijk(PARAMETERS_DIR, nieuw, VARIABLES_DIR, None, [situatie])
    assert aantal == 2
    assert [(w.waar, w.oud, w.nieuw) for w in wijzigingen] == [
        ("personen.anna.inburgeringstermijn_einddatum@2024-01-05", "2025-06-01", "2026-06-01")
    ]


def test_a_removed_value_shows_as_a_refusal(tmp_path, scenarios):
    nieuw = tmp_path / "parameters"
    shutil.copytree(PARAMETERS_DIR, nieuw)
    bestand = nieuw / "termijn" / "duur_jaren.yaml"
    bestand.write_text(bestand.read_text(encoding="utf-8").replace("    2022-01-01:\n      value: 3", "    2022-01-01:\n      value: null"),
                       encoding="utf-8")
    wijzigingen, _ = vergelijk(PARAMETERS_DIR, nieuw, VARIABLES_DIR, scenarios)
    assert wijzigingen and wijzigingen[0].oud == "2025-06-01" and wijzigingen[0].nieuw.startswith("fout:")


@pytest.fixture
def repo(regelrepo):
    return regelrepo({"termijn.yaml": TERMIJN_SCENARIO})


def test_cli_against_a_git_revision(repo):
    proces = impact(repo, "--against", "HEAD")
    assert proces.returncode == 0, proces.stderr
    assert proces.stdout.startswith("Geen enkele uitkomst verandert: 2 uitkomsten vergeleken")
    _termijn_vier_jaar(repo / "parameters")
    proces = impact(repo, "--against", "HEAD")
    assert proces.returncode == 0, proces.stderr
    assert "1 van 2 uitkomsten veranderen (parameters van HEAD → werkmap):" in proces.stdout
    assert "tests/yaml/termijn.yaml: Termijn van drie jaar" in proces.stdout
    assert "inburgeringstermijn_einddatum@2023-01-10: 2025-06-01 → 2026-06-01" in proces.stdout


def test_cli_unknown_revision(repo):
    proces = impact(repo, "--against", "bestaat-niet")
    assert proces.returncode == 2
    assert "Revisie 'bestaat-niet'" in proces.stderr


def test_revision_parameters_are_extracted(repo, tmp_path):
    doel = tmp_path / "uit"
    pad = parameters_van_revisie(repo, "HEAD", doel)
    assert (pad / "termijn" / "duur_jaren.yaml").read_text() == (PARAMETERS_DIR / "termijn" / "duur_jaren.yaml").read_text()
    with pytest.raises(ImpactFout):
        parameters_van_revisie(tmp_path, "HEAD", tmp_path / "x")  # not a repository
