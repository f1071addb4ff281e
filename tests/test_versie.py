"""The model version carries a content hash of parameters/ and variables/ (issue #13, item 6)."""

import shutil

from fastapi.testclient import TestClient

from api.main import app
from inburgering_rules import __version__
from inburgering_rules.paths import PARAMETERS_DIR, VARIABLES_DIR
from inburgering_rules.versie import inhoud_hash, model_version

client = TestClient(app)


def test_version_is_package_version_plus_content_hash_everywhere():
    versie = model_version()
    assert versie.startswith(__version__ + "+") and len(versie.split("+")[1]) == 12
    health = client.get("/health")
    assert health.json()["model_version"] == versie == health.headers["X-Model-Version"]
    uitleg = client.post("/explain", json={"personen": {"bob": {"nationaliteit": "NEDERLANDS",
                                                                  "reden_geen_inburgeringsplicht": {"2024-01-05": None}}}})
    assert uitleg.json()["personen"]["bob"]["reden_geen_inburgeringsplicht"]["2024-01-05"]["model_version"] == versie


def test_one_changed_figure_changes_the_version(tmp_path):
    shutil.copytree(PARAMETERS_DIR, tmp_path / "parameters", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(VARIABLES_DIR, tmp_path / "variables", ignore=shutil.ignore_patterns("__pycache__"))
    same = inhoud_hash(tmp_path / "parameters", tmp_path / "variables")
    assert same == inhoud_hash(PARAMETERS_DIR, VARIABLES_DIR)
    bestand = tmp_path / "parameters" / "termijn" / "duur_jaren.yaml"
    bestand.write_text(bestand.read_text().replace("value: 3", "value: 4", 1))
    assert inhoud_hash(tmp_path / "parameters", tmp_path / "variables") != same
