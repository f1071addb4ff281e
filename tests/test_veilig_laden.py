"""Issue #11: no parameter file runs code or hangs a tool; each is a problem with file and line.

Each test is named after a finding of the issue and failed before ``inburgering_rules/veilig_yaml.py``.
"""

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import GOED_PARAMETERBESTAND, git, impact

from inburgering_rules.hulpmiddelen.checks import WAARSCHUWING
from inburgering_rules.hulpmiddelen.parameterbestanden import controleer_parameters
from inburgering_rules.paths import PARAMETERS_DIR, ROOT

GOED = GOED_PARAMETERBESTAND


def _met_tag(marker) -> str:
    """A good file with a tag under ``metadata:`` that would create ``marker`` if it ever ran."""
    return GOED.replace("  label: Goed\n", f"  label: Goed\n  note: !!python/object/apply:os.system ['touch {marker}']\n")


@pytest.fixture
def params(tmp_path):
    kopie = tmp_path / "rules" / "parameters"
    shutil.copytree(PARAMETERS_DIR, kopie)
    return kopie


def _meldingen(params):
    """The errors of the check; warnings (e.g. a 'bevestigd' without a quote) are another check's business."""
    return [str(p) for p in controleer_parameters(params) if p.ernst != WAARSCHUWING]


def test_regressie_python_tag_in_metadata_ran_code_during_check(params, tmp_path):
    marker = tmp_path / "uitgevoerd"
    (params / "termijn" / "proef.yaml").write_text(_met_tag(marker), encoding="utf-8")
    proces = subprocess.run([sys.executable, "-m", "inburgering_rules.hulpmiddelen.cli", "check", "--parameters",
                             str(params)], capture_output=True, text=True, cwd=tmp_path)
    assert proces.returncode == 1, proces.stdout + proces.stderr
    assert "parameters/termijn/proef.yaml:4: termijn.proef: niet-standaard YAML-tag" in proces.stdout
    assert "Traceback" not in proces.stderr
    assert not marker.exists()


def test_regressie_python_tag_ran_code_at_api_start_up(params, tmp_path):
    marker = tmp_path / "uitgevoerd"
    (params / "termijn" / "proef.yaml").write_text(_met_tag(marker), encoding="utf-8")
    shutil.copytree(ROOT / "variables", params.parent / "variables", ignore=shutil.ignore_patterns("__pycache__"))
    proces = subprocess.run([sys.executable, "-c", "import api.main"], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "INBURGERING_RULES_ROOT": str(params.parent)})
    assert proces.returncode != 0
    assert "non-standard YAML tag" in proces.stderr and "proef.yaml" in proces.stderr
    assert not marker.exists()


def test_regressie_alias_bomb_hung_the_check(params):
    lagen = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for vorige, naam in zip("abcdefgh", "bcdefghi"):
        lagen.append(f"{naam}: &{naam} [{', '.join([f'*{vorige}'] * 10)}]")
    (params / "termijn" / "bom.yaml").write_text("\n".join(lagen) + "\n", encoding="utf-8")
    assert _meldingen(params) == [
        "parameters/termijn/bom.yaml:1: termijn.bom: de aliassen blazen het bestand op tot meer dan 100000 knopen (alias-bom)"
    ]


def test_regressie_recursive_alias_crashed_the_check(params):
    (params / "termijn" / "lus.yaml").write_text("description: x\nmetadata:\n  label: &l [*l]\n", encoding="utf-8")
    assert _meldingen(params) == [
        "parameters/termijn/lus.yaml:3: termijn.lus: een alias verwijst naar zichzelf (recursieve alias)"
    ]


def test_regressie_symlink_loop_made_phantom_parameters(params):
    (params / "termijn" / "lus").symlink_to("..")
    meldingen = _meldingen(params)
    assert meldingen == ["parameters/termijn/lus: -: symbolische link naar een bovenliggende map: een lus"]


def test_regressie_symlink_leaving_the_tree_was_followed(params, tmp_path):
    buiten = tmp_path / "elders.yaml"
    buiten.write_text(GOED, encoding="utf-8")
    (params / "termijn" / "elders.yaml").symlink_to(buiten)
    assert _meldingen(params) == [
        f"parameters/termijn/elders.yaml: -: symbolische link wijst buiten de parametermap (naar {buiten.resolve()})"
    ]
    from inburgering_rules import CountryTaxBenefitSystem
    from inburgering_rules.veilig_yaml import OnveiligeParameterboom

    with pytest.raises(OnveiligeParameterboom, match="outside the parameter folder"):
        CountryTaxBenefitSystem(parameters_dir=params)


@pytest.fixture
def repo(regelrepo):
    return regelrepo()


def test_regressie_python_tag_on_a_branch_ran_code_during_impact(repo, tmp_path):
    marker = tmp_path / "uitgevoerd"
    git(repo, "checkout", "-q", "-b", "besmet")
    (repo / "parameters" / "termijn" / "proef.yaml").write_text(_met_tag(marker), encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "tag")
    git(repo, "checkout", "-q", "main")
    proces = impact(repo, "--against", "besmet")
    assert proces.returncode == 2, proces.stdout + proces.stderr
    assert "kunnen niet geladen worden" in proces.stderr and "non-standard YAML tag" in proces.stderr
    assert "Traceback" not in proces.stderr
    assert not marker.exists()


def test_regressie_impact_against_passed_an_option_to_git(repo, tmp_path):
    uit = tmp_path / "x"
    for revisie in (f"--output={uit}", "--remote=ssh://example.invalid/x", "-h"):
        proces = impact(repo, f"--against={revisie}")
        assert proces.returncode == 2, proces.stdout + proces.stderr
        assert "is niet gevonden" in proces.stderr and "Traceback" not in proces.stderr
    assert not list(tmp_path.glob("x*"))  # git archive would write "x:parameters"


@pytest.mark.parametrize("inhoud", ["{oops", "[1, 2]", "[" * 100_000, "\"tekst\""])
def test_regressie_impact_situations_bad_json_was_a_traceback(repo, tmp_path, inhoud):
    situatie = tmp_path / "s.json"
    situatie.write_text(inhoud, encoding="utf-8")
    proces = impact(repo, "--against", "HEAD", "--situations", str(situatie))
    assert proces.returncode == 2, proces.stdout + proces.stderr
    assert "s.json" in proces.stderr and "Traceback" not in proces.stderr


def test_the_loader_refuses_every_non_standard_tag():
    import yaml

    from inburgering_rules.veilig_yaml import laad

    assert laad(textwrap.dedent(GOED))["values"] == {"2022-01-01": {"value": 10}}
    for tekst in ("a: !!python/name:os.system", "a: !eigen x", "a: !!binary aGFsbG8="):
        with pytest.raises(yaml.YAMLError):
            laad(tekst)


def test_regressie_python_tag_in_a_yaml_scenario_ran_code_during_openfisca_test(tmp_path):
    marker = tmp_path / "uitgevoerd"
    map_ = tmp_path / "scenarios"
    map_.mkdir()
    (map_ / "kwaad.yaml").write_text(textwrap.dedent(f"""\
        - name: kwaad
          period: 2024-01-05
          input:
            nationaliteit: NEDERLANDS
            x: !!python/object/apply:os.system ['touch {marker}']
          output:
            inburgeringsplichtig: false
        """), encoding="utf-8")
    openfisca = Path(sys.executable).parent / "openfisca"
    proces = subprocess.run([str(openfisca), "test", "-c", "inburgering_rules", str(map_)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert proces.returncode != 0
    assert "OnveiligeYaml" in proces.stdout + proces.stderr
    assert not marker.exists()
