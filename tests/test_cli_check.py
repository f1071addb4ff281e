"""``inburgering-rules check``: each broken parameter file is named with its line and key, in Dutch or English."""

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import GOED_PARAMETERBESTAND

from inburgering_rules.hulpmiddelen.checks import juriconnect_fout
from inburgering_rules.hulpmiddelen.parameterbestanden import controleer_parameters
from inburgering_rules.hulpmiddelen.cli import main
from inburgering_rules.paths import PARAMETERS_DIR, ROOT

GOED = GOED_PARAMETERBESTAND


@pytest.fixture
def params(tmp_path):
    kopie = tmp_path / "parameters"
    shutil.copytree(PARAMETERS_DIR, kopie)
    return kopie


def _meldingen(params, inhoud: str, naam="termijn/proef.yaml"):
    (params / naam).write_text(textwrap.dedent(inhoud), encoding="utf-8")
    return [str(p) for p in controleer_parameters(params) if naam in p.bestand]


def test_the_projects_parameters_pass(capsys):
    assert main(["check"]) == 0
    assert "zijn in orde" in capsys.readouterr().out


def test_a_good_file_passes(params):
    assert _meldingen(params, GOED) == []


def test_typo_valeus_is_caught_with_line_and_suggestion(params):
    meldingen = _meldingen(params, GOED.replace("values:", "valeus:"))
    assert meldingen == [
        "parameters/termijn/proef.yaml:9: termijn.proef [valeus]: onbekende sleutel 'valeus' in een parameter — "
        "bedoelde u 'values'? Toegestaan: description, metadata, values, documentation. OpenFisca maakt van een "
        "onbekende sleutel stil een lege parametergroep."
    ]


def test_dates_out_of_order(params):
    inhoud = GOED + "  2021-01-01:\n    value: 9\n"
    (melding,) = _meldingen(params, inhoud)
    assert melding.startswith("parameters/termijn/proef.yaml:12: termijn.proef [values.2021-01-01]: datum 2021-01-01")
    assert "oplopende volgorde" in melding


def test_yaml_that_does_not_parse(params):
    (melding,) = _meldingen(params, GOED.replace("  unit: week", "  unit: week\n   provenance: x"))
    assert melding.startswith("parameters/termijn/proef.yaml:5: termijn.proef: dit is geen geldige YAML")


@pytest.mark.parametrize(
    ("vervang", "regel", "stuk"),
    [
        (("provenance: bevestigd", "provenance: zeker"), 5, "provenance is 'zeker'"),
        (("unit: week", "unit: weken"), 4, "'metadata.unit' is 'weken'"),
        (("value: 10", "value: tien"), 11, "waarde 'tien' is geen getal"),
        (("value: 10", "value: 2.5"), 11, "geen heel getal"),
        (("href: https://wetten", "href: http://wetten"), 8, "begint niet met https://"),
        (("BWBR0044770&artikel=11&lid=1", "BWBR0044770&artikel=11&lid=een"), 8, "'lid' moet een getal zijn"),
        (("BWBR0044770&artikel=11&lid=1", "BWBR004477&artikel=11"), 8, "geen juriconnect-link"),
        (("  label: Goed\n", ""), 2, "'metadata.label' ontbreekt"),
        (("description: Een goede parameter\n", ""), 1, "'description' ontbreekt"),
        (("  provenance: bevestigd\n", "  provenance: bevestigd\n  lable: x\n"), 6, "onbekende sleutel 'lable'"),
        (("    value: 10", "    valeu: 10"), 11, "onbekende sleutel 'valeu'"),
        (("  2022-01-01:", "  2022-13-01:"), 10, "'2022-13-01' is geen datum"),
    ],
)
def test_each_problem_names_file_line_and_key(params, vervang, regel, stuk):
    meldingen = _meldingen(params, GOED.replace(*vervang))
    assert any(m.startswith(f"parameters/termijn/proef.yaml:{regel}: termijn.proef") and stuk in m for m in meldingen), meldingen


def test_duplicate_key_and_unknown_order_entry(params):
    (params / "termijn" / "index.yaml").write_text(
        "description: Termijn\nmetadata:\n  order: [duur_jaren, bestaat_niet]\ndescription: nogmaals\n", encoding="utf-8"
    )
    meldingen = [str(p) for p in controleer_parameters(params)]
    assert any("index.yaml:4:" in m and "staat twee keer" in m for m in meldingen), meldingen
    assert any("index.yaml:3:" in m and "'bestaat_niet' in 'order' bestaat niet" in m for m in meldingen), meldingen


def test_value_metadata_is_checked(params):
    inhoud = GOED + "    metadata:\n      provenance: misschien\n      reference: []\n"
    meldingen = _meldingen(params, inhoud)
    assert any(":13:" in m and "provenance is 'misschien'" in m for m in meldingen), meldingen
    assert any(":14:" in m and "reference ontbreekt of is leeg" in m for m in meldingen), meldingen


def test_juriconnect_links():
    assert juriconnect_fout("https://wetten.overheid.nl/jci1.3:c:BWBR0020611&artikel=5&lid=1&g=2021-12-31") is None
    assert juriconnect_fout("https://wetten.overheid.nl/jci1.3:c:BWBR0045574&hoofdstuk=10") is None
    assert juriconnect_fout("https://www.rijksoverheid.nl/iets") is None  # only wetten.overheid.nl links are juriconnect
    assert juriconnect_fout("https://wetten.overheid.nl/jci1.3:c:BWBR0020611&artikel=5&g=2021-13-31")
    assert juriconnect_fout("https://wetten.overheid.nl/BWBR0044770/2024-01-01")


def test_cli_exit_code_and_english(params, capsys):
    (params / "termijn" / "proef.yaml").write_text(GOED.replace("values:", "valeus:"), encoding="utf-8")
    assert main(["check", "--parameters", str(params), "--lang", "en"]) == 1
    uit = capsys.readouterr()
    assert "proef.yaml:9: termijn.proef [valeus]: unknown key 'valeus' in a parameter — did you mean 'values'?" in uit.out
    assert "1 problem(s) in 1 file(s)" in uit.err


def test_python_dash_m_and_console_script(params):
    (params / "termijn" / "proef.yaml").write_text(GOED.replace("bevestigd", "zeker"), encoding="utf-8")
    proces = subprocess.run([sys.executable, "-m", "inburgering_rules.hulpmiddelen.cli", "check", "--parameters", str(params)],
                            capture_output=True, text=True, cwd=ROOT)
    assert proces.returncode == 1
    assert "proef.yaml:5: termijn.proef [metadata.provenance]" in proces.stdout
    script = Path(sys.executable).parent / "inburgering-rules"  # installed next to this Python by pip
    if not script.exists():
        pytest.skip("the console script is not installed next to this Python")
    proces = subprocess.run([str(script), "check"], capture_output=True, text=True, cwd=ROOT)
    assert proces.returncode == 0, proces.stdout + proces.stderr


def test_bevestigd_without_version_date_and_quote_is_a_warning(params):
    zonder = GOED.replace(
        "'Wet inburgering 2021, art. 11 lid 1 (versie 2022-01-01): \"De inburgeringsplichtige voldoet binnen drie jaar "
        "aan de inburgeringsplicht.\"'", "Wet inburgering 2021, art. 11 lid 1")
    (params / "termijn" / "proef.yaml").write_text(zonder, encoding="utf-8")
    problemen = [p for p in controleer_parameters(params) if "proef" in p.bestand]
    assert [p.ernst for p in problemen] == ["waarschuwing"], problemen
    assert "de beste mist: versiedatum, citaat" in str(problemen[0])
    assert str(problemen[0]).startswith("parameters/termijn/proef.yaml:5: termijn.proef [metadata.provenance]: waarschuwing:")


def test_a_value_confirmed_on_its_own_needs_its_own_quote(params):
    eigen = GOED.replace("    value: 10\n", "    value: 10\n  2023-01-01:\n    value: 11\n    metadata:\n"
                         "      provenance: bevestigd\n      reference:\n        - title: Besluit inburgering 2021, art. 5.3\n"
                         "          href: https://wetten.overheid.nl/jci1.3:c:BWBR0045555&artikel=5.3\n")
    meldingen = _meldingen(params, eigen)
    assert len(meldingen) == 1 and "[values.2023-01-01.metadata]" in meldingen[0], meldingen


def test_warnings_pass_the_check_but_not_with_streng(params, capsys):
    (params / "termijn" / "proef.yaml").write_text(GOED.replace("(versie 2022-01-01)", ""), encoding="utf-8")
    assert main(["check", "--parameters", str(params)]) == 0
    assert "waarschuwing(en)" in capsys.readouterr().out
    assert main(["check", "--parameters", str(params), "--streng"]) == 1
