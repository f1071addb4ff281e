"""OpenFisca's clients work unchanged (issue #13, item 5): every field and header the Legislation
Explorer reads, compared with what openfisca-core's own web API (``openfisca serve``) returns for the
same rules. Needs ``pip install -e '.[bench]'`` (openfisca_web_api with Flask); skipped without it."""

import re

import pytest
from fastapi.testclient import TestClient

pytest.importorskip("flask")
pytest.importorskip("flask_cors")

from openfisca_web_api.app import create_app  # noqa: E402

from api.main import app  # noqa: E402
from inburgering_rules.systeem import systeem  # noqa: E402

ours = TestClient(app)
theirs = create_app(systeem()).test_client()
VARIABLE_FIELDS = ("id", "description", "valueType", "defaultValue", "definitionPeriod", "entity", "possibleValues",
                   "references")
PARAMETER_FIELDS = ("id", "description", "metadata", "values", "documentation")


def test_country_package_headers_as_openfisca_serve():
    mine, reference = ours.get("/variables"), theirs.get("/variables")
    assert mine.headers["Country-Package"] == reference.headers["Country-Package"] == "inburgering-rules"
    assert mine.headers["Country-Package-Version"] == reference.headers["Country-Package-Version"]
    # also on errors, which the explorer shows too
    assert ours.get("/variable/bestaat_niet").headers["Country-Package"] == "inburgering-rules"


def test_cors_any_origin_without_credentials_and_a_preflight():
    origin = {"Origin": "http://127.0.0.1:2030"}
    assert ours.get("/parameters", headers=origin).headers["Access-Control-Allow-Origin"] == "*"
    # flask-cors echoes the origin; for a request without credentials "*" allows the same
    assert theirs.get("/parameters", headers=origin).headers["Access-Control-Allow-Origin"] in ("*", origin["Origin"])
    assert "Access-Control-Allow-Credentials" not in ours.get("/parameters", headers=origin).headers
    preflight = ours.options("/calculate", headers={**origin, "Access-Control-Request-Method": "POST",
                                                     "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]


def test_the_variables_list_has_the_same_entries_and_absolute_hrefs():
    mine, reference = ours.get("/variables").json(), theirs.get("/variables").get_json()
    assert set(mine) == set(reference)
    for name, entry in reference.items():
        assert mine[name]["description"] == entry["description"]
        assert mine[name]["href"] == f"http://testserver/variable/{name}"
        assert entry["href"].endswith(f"/variable/{name}")


def test_every_variable_carries_what_the_explorer_reads():
    for name in ours.get("/variables").json():
        mine, reference = ours.get(f"/variable/{name}").json(), theirs.get(f"/variable/{name}").get_json()
        for field in VARIABLE_FIELDS:
            if field in reference:
                assert mine.get(field) == reference[field], (name, field)
        assert "documentation" in mine
        assert set(mine.get("formulas", {})) == set(reference.get("formulas", {})), name
        # "edit this variable/formula": absolute, and the same lines as openfisca serve links
        assert mine["source"].startswith("http"), name
        # the same file; openfisca serve numbers a variable's lines from 0 (one before its class
        # line), ours point at the class line itself
        assert _tail(mine["source"]).split("#")[0] == _tail(reference["source"]).split("#")[0], name
        first = int(mine["source"].rsplit("#L", 1)[1].split("-")[0])
        assert _line(mine["source"], first).startswith(f"class {name}("), name
        for start, formula in reference.get("formulas", {}).items():
            if formula is None:
                continue
            assert mine["formulas"][start]["content"] == formula["content"]
            assert mine["formulas"][start]["source"].startswith("http")
            assert _tail(mine["formulas"][start]["source"]) == _tail(formula["source"]), (name, start)


def test_every_parameter_carries_what_the_explorer_reads():
    mine_list, reference_list = ours.get("/parameters").json(), theirs.get("/parameters").get_json()
    assert set(reference_list) <= set(mine_list)
    for name, entry in reference_list.items():
        assert mine_list[name]["description"] == entry["description"]
        assert mine_list[name]["href"].startswith("http") and mine_list[name]["href"].endswith(f"/parameter/{name}")
        mine, reference = ours.get(f"/parameter/{name}").json(), theirs.get(f"/parameter/{name}").get_json()
        for field in PARAMETER_FIELDS:
            if field in reference:
                assert mine.get(field) == reference[field], (name, field)
        assert mine["source"].startswith("http") and _tail(mine["source"]) == _tail(reference["source"]), name


def test_a_parameter_node_lists_its_children():
    mine, reference = ours.get("/parameter/termijn").json(), theirs.get("/parameter/termijn").get_json()
    assert set(mine["subparams"]) == set(reference["subparams"])


def test_entities_as_openfisca_serve():
    mine, reference = ours.get("/entities").json(), theirs.get("/entities").get_json()
    assert set(mine) == set(reference)
    for key, entity in reference.items():
        assert mine[key]["plural"] == entity["plural"]
        assert set(mine[key].get("roles", {})) == set(entity.get("roles", {}))
        for role_key, role in entity.get("roles", {}).items():  # the explorer's roles table
            for field in ("plural", "description", "max"):
                assert mine[key]["roles"][role_key].get(field) == role.get(field), (key, role_key, field)


def test_spec_is_openapi_30_with_servers_for_swagger_ui_3():
    spec = ours.get("/spec").json()
    assert re.fullmatch(r"3\.0\.\d", spec["openapi"])
    assert spec["servers"] == [{"url": "http://testserver"}]
    assert spec["paths"]["/calculate"]["post"]
    text = str(spec)
    assert "'type': 'null'" not in text and "'const'" not in text
    assert ours.get("/openapi.json").json()["openapi"].startswith("3.1")


def _line(url: str, number: int) -> str:
    from inburgering_rules.paths import ROOT

    relative = _tail(url).split("#")[0].lstrip("/")
    return (ROOT / relative).read_text(encoding="utf-8").splitlines()[number - 1]


def _tail(url: str) -> str:
    """The file and lines of a source link, whatever the repository base and ref."""
    path, _, lines = url.partition("#")
    for folder in ("/variables/", "/parameters/"):
        if folder in path:
            return folder + path.split(folder, 1)[1] + "#" + lines
    return url
