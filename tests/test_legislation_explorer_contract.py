"""OpenFisca's Legislation Explorer works unchanged against our API (issue #13): every field and
header it reads, from its source (openfisca/legislation-explorer @8a93870, files named per test).

CI cannot build the explorer (its repository is no registry package); docs/legislation-explorer.md
shows it built with npm and rendering in headless Chromium against a live server, with screenshots.
This test holds the same ground without it and without ``openfisca serve``:
tests/test_openfisca_contract.py compares the same fields with openfisca-core's own web API when
``.[bench]`` is installed.
"""

import datetime
import re

import pytest
from fastapi.testclient import TestClient

from api.main import app

client = TestClient(app)
ORIGIN = {"Origin": "http://127.0.0.1:2020"}  # the explorer's own default address
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# src/components/variable.jsx: a label for these; any other valueType reads "of type X"
VALUE_TYPES = {"Int", "Float", "Date", "String", "Boolean"}
# openfisca-core's periods; the explorer labels YEAR, MONTH and ETERNITY (DAY reads blank, as
# with openfisca serve, which gives the same value)
PERIODS = {"DAY", "WEEK", "WEEKDAY", "MONTH", "YEAR", "ETERNITY"}

ENTITIES = client.get("/entities").json()
PARAMETERS = client.get("/parameters").json()
VARIABLES = client.get("/variables").json()


def _absolute(url) -> bool:
    return isinstance(url, str) and re.match(r"https?://[^/\s]+", url) is not None


def _optional_text(value) -> bool:
    return value is None or isinstance(value, str)


@pytest.mark.parametrize("path", ["/entities", "/parameters", "/variables", "/spec"])
def test_the_four_start_up_calls_answer_json_with_the_country_package_headers(path):
    # src/server/index.js fetches these four before it listens; src/webservices.js fetchJson throws
    # on any status outside 2xx and reads both headers (from /variables: the "name@version" header).
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert isinstance(response.json(), dict) and response.json()
    assert response.headers["Country-Package"] == "inburgering-rules"
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", response.headers["Country-Package-Version"])
    # src/server/html-document.jsx writes this state unescaped into a <script> of every page
    assert "</script" not in response.text.lower()


@pytest.mark.parametrize("path", ["/parameter/termijn.duur_jaren.WI2021", "/variable/inburgeringsplichtig"])
def test_the_browser_may_read_the_item_pages_from_another_origin(path):
    # src/components/pages/country-model-item.jsx fetches these from the browser, on the explorer's
    # origin: a simple GET (no preflight) that fails as "Unable to reach the OpenFisca Web API"
    # without Access-Control-Allow-Origin. fetchJson also reads both headers there.
    response = client.get(path, headers=ORIGIN)
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] in ("*", ORIGIN["Origin"])
    assert "Access-Control-Allow-Credentials" not in response.headers
    exposed = {h.strip().lower() for h in response.headers["Access-Control-Expose-Headers"].split(",")}
    assert {"country-package", "country-package-version"} <= exposed


def test_every_name_leads_to_one_page():
    # src/routes.jsx: "/swagger", else "/:name", looked up in entities, then variables, then
    # parameters (country-model-item.jsx); the name goes into the API URL unencoded (webservices.js).
    names = [*ENTITIES, *VARIABLES, *PARAMETERS]
    assert len(names) == len(set(names))
    assert "swagger" not in names
    for name in names:
        assert re.fullmatch(r"[A-Za-z0-9_.]+", name), name


def test_every_list_entry_is_searchable():
    # src/search.js: the key is the name; description lower-cased when truthy
    for listing in (ENTITIES, PARAMETERS, VARIABLES):
        for name, entry in listing.items():
            assert _optional_text(entry.get("description")), name
    assert all(entry["description"] for entry in VARIABLES.values())


@pytest.mark.parametrize("name", sorted(PARAMETERS))
def test_every_parameter_page(name):
    # src/components/parameter.jsx and scale.jsx
    response = client.get(f"/parameter/{name}")
    assert response.status_code == 200
    parameter = response.json()
    assert parameter["id"] == name  # .replace() on it: required
    assert _optional_text(parameter.get("description"))
    assert _optional_text(parameter.get("documentation"))
    # no `values` means a scale: then `brackets` must be there (Object.keys on it)
    if "values" not in parameter:
        brackets = parameter["brackets"]
        for start, bracket in brackets.items():
            assert ISO_DATE.fullmatch(start)
            assert all(isinstance(rate, (int, float)) for rate in bracket.values())
        return
    values = parameter["values"]
    assert values, name
    for start, value in values.items():
        # sorted as strings, getDayBefore(Date.parse) for the "to" date
        assert ISO_DATE.fullmatch(start) and datetime.date.fromisoformat(start), (name, start)
        # FormattedNumber; null reads "not in effect"
        assert value is None or isinstance(value, (bool, int, float, str)), (name, start)


@pytest.mark.parametrize("name", sorted(VARIABLES))
def test_every_variable_page(name):
    # src/components/variable.jsx and formula.jsx
    response = client.get(f"/variable/{name}")
    assert response.status_code == 200
    variable = response.json()
    assert variable["id"] == name
    assert isinstance(variable["description"], str) and variable["description"]
    # rendered as a link to the entity's own page
    assert variable["entity"] in ENTITIES
    assert variable["definitionPeriod"] in PERIODS
    assert variable["valueType"] in VALUE_TYPES
    _check_default_value(variable)
    # "Edit this variable": an absolute link, not an empty or relative one
    assert _absolute(variable["source"]), name
    assert _optional_text(variable.get("documentation"))
    for reference in variable.get("references") or []:
        assert _absolute(reference), (name, reference)  # each one an href
    if "possibleValues" in variable:
        assert variable["possibleValues"], name
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in variable["possibleValues"].items())
    formulas = variable.get("formulas") or {}
    assert isinstance(formulas, dict)
    assert bool(formulas) == (not variable["isInput"]), name
    for start, formula in formulas.items():
        assert ISO_DATE.fullmatch(start), (name, start)
        if formula is None:  # an end date (the newest start date with no formula)
            continue
        assert isinstance(formula["content"], str) and formula["content"].lstrip().startswith("def "), (name, start)
        # "Edit this formula" (a required prop)
        assert _absolute(formula["source"]), (name, start)


def _check_default_value(variable):
    value, kind = variable["defaultValue"], variable["valueType"]
    if kind == "Date":
        assert isinstance(value, str) and datetime.date.fromisoformat(value)  # FormattedDate
    elif kind in ("Int", "Float"):
        assert isinstance(value, (int, float)) and not isinstance(value, bool)  # FormattedNumber
    elif kind == "Boolean":
        assert isinstance(value, bool)
    else:
        assert isinstance(value, str)  # shown in quotes; an enum's default is its member name
        if "possibleValues" in variable:
            assert value in variable["possibleValues"]


def test_entity_pages():
    # src/components/entity.jsx: plural, description, documentation; roles of a group entity as a
    # table of plural, description and max
    assert set(ENTITIES) == {"persoon", "gemeente"}
    for key, entity in ENTITIES.items():
        assert isinstance(entity["plural"], str) and entity["plural"], key
        assert isinstance(entity["description"], str) and entity["description"], key
        assert _optional_text(entity.get("documentation"))
        for role_key, role in (entity.get("roles") or {}).items():
            assert _optional_text(role.get("plural")), role_key
            assert isinstance(role["description"], str) and role["description"], role_key
            assert "max" not in role or isinstance(role["max"], int)
    assert "roles" not in ENTITIES["persoon"]


def test_regressie_rol_description_is_de_doc_zoals_openfisca_serve():
    # The explorer shows only a role's `description`; openfisca serve puts the role's doc there.
    # Ours gave the short label ("Inburgeraar"), so the explorer's roles table lost the doc.
    role = ENTITIES["gemeente"]["roles"]["inburgeraar"]
    assert role["description"] == "Een inburgeraar voor wie deze gemeente het college is (Wi2021 art. 1)."
    assert role["label"] == "Inburgeraar"
    assert role["documentation"] == role["description"]


def test_the_api_page_gets_a_spec_swagger_ui_3_renders():
    # src/components/pages/swagger.jsx: SwaggerUi({spec}) with swagger-ui ~3.17.6, which reads
    # OpenAPI 3.0.x (not 3.1) and sends "Try it out" to servers[0]
    spec = client.get("/spec").json()
    assert re.fullmatch(r"3\.0\.\d+", spec["openapi"])
    assert spec["info"]["title"] == "inburgering-rules" and spec["info"]["version"]
    assert _absolute(spec["servers"][0]["url"])
    assert {"/calculate", "/parameters", "/variables", "/spec"} <= set(spec["paths"])
    components = spec.get("components", {})
    for ref in re.findall(r"'\$ref': '([^']+)'", str(spec)):
        kind, name = ref.removeprefix("#/components/").split("/", 1)
        assert name in components.get(kind, {}), ref  # an unresolved $ref is an error in swagger-ui


def test_try_it_out_on_the_api_page_passes_the_preflight():
    # swagger-ui's "Try it out" posts JSON to servers[0] from the explorer's origin: a preflight first
    preflight = client.options("/calculate", headers={**ORIGIN, "Access-Control-Request-Method": "POST",
                                                      "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Origin"] in ("*", ORIGIN["Origin"])
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "content-type" in preflight.headers["Access-Control-Allow-Headers"].lower()
