"""/spec types the two /duo operations (issue #13 item 2): the examples and the live answers validate
against the schemas /spec publishes, the DUO resource schemas are DUO's own (regenerated from
``../shared/reference/duo-m2m`` they are unchanged), and a field the server refuses the schema refuses too."""

import copy
import importlib.util
from pathlib import Path

import jsonschema_rs
import pytest
from fastapi.testclient import TestClient

from api.duo_voorbeelden import BEOORDELING, PIP_CONTROLE
from api.main import app

ROOT = Path(__file__).resolve().parent.parent
client = TestClient(app)
SPEC = client.get("/spec").json()
OPERATIES = {"/duo/beoordeling": BEOORDELING, "/duo/pip-controle": PIP_CONTROLE}


def _json_schema(schema):
    """OpenAPI 3.0's ``nullable`` as JSON Schema's ``null`` type."""
    if isinstance(schema, dict):
        uit = {k: _json_schema(v) for k, v in schema.items() if k != "nullable"}
        if schema.get("nullable") and "type" in schema:
            uit["type"] = [schema["type"], "null"]
            if "enum" in uit:
                uit["enum"] = [*uit["enum"], None]
        return uit
    if isinstance(schema, list):
        return [_json_schema(x) for x in schema]
    return schema


def validator(schema):
    return jsonschema_rs.Draft202012Validator(
        {**_json_schema(schema), "components": _json_schema(SPEC["components"])})


def operatie(pad):
    return SPEC["paths"][pad]["post"]


def verzoek_schema(pad):
    return validator(operatie(pad)["requestBody"]["content"]["application/json"]["schema"])


def antwoord_schema(pad, status="200"):
    return validator(operatie(pad)["responses"][status]["content"]["application/json"]["schema"])


@pytest.mark.parametrize("pad", OPERATIES)
def test_the_duo_bodies_are_typed_not_just_objects(pad):
    schema = operatie(pad)["requestBody"]["content"]["application/json"]["schema"]
    assert schema["$ref"].startswith("#/components/schemas/DUO")
    assert set(operatie(pad)["responses"]) == {"200", "400", "413", "422"}
    assert operatie(pad)["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].startswith(
        "#/components/schemas/DUO")


@pytest.mark.parametrize("pad", OPERATIES)
def test_the_example_and_its_live_answer_validate(pad):
    voorbeeld = OPERATIES[pad]
    assert operatie(pad)["requestBody"]["content"]["application/json"]["example"] == voorbeeld
    fouten = [str(e) for e in verzoek_schema(pad).iter_errors(voorbeeld)]
    assert not fouten
    response = client.post(pad, json=voorbeeld)
    assert response.status_code == 200
    fouten = [str(e) for e in antwoord_schema(pad).iter_errors(response.json())]
    assert not fouten


def test_every_finding_has_code_ernst_melding_and_artikel():
    personen = client.post("/duo/beoordeling", json=BEOORDELING).json()["personen"]
    bevindingen = [b for p in personen.values() for b in p["bevindingen"]]
    assert bevindingen
    schema = validator({"$ref": "#/components/schemas/DUOBevinding"})
    for bevinding in bevindingen:
        assert schema.is_valid(bevinding)
    assert not schema.is_valid({**bevindingen[0], "ernst": "ernstig"})


@pytest.mark.parametrize("pad,waar", [
    ("/duo/beoordeling", ["onbekend"]),
    ("/duo/beoordeling", ["personen", "999993653", "onbekende_resource"]),
    ("/duo/beoordeling", ["personen", "999993653", "inburgeringstermijn", "onbekend_veld"]),
    ("/duo/beoordeling", ["personen", "999993653", "pip", "pip", "onbekend_veld"]),
    ("/duo/beoordeling", ["personen", "999993653", "gegevens", "geen_variabele"]),
    ("/duo/pip-controle", ["personen", "999993653", "nieuw_pip", "onbekend_veld"]),
])
def test_a_field_the_server_refuses_the_schema_refuses(pad, waar):
    body = copy.deepcopy(OPERATIES[pad])
    plek = body
    for sleutel in waar[:-1]:
        plek = plek[sleutel]
    plek[waar[-1]] = "x"
    assert not verzoek_schema(pad).is_valid(body)
    response = client.post(pad, json=body)
    assert response.status_code == 400
    fout = response.json()
    for sleutel in waar:
        fout = fout[sleutel]


def test_a_400_matches_the_declared_error_schema():
    response = client.post("/duo/pip-controle", json={"peildatum": "2024-01-05", "personen": {"999993653": {}}})
    assert response.status_code == 400
    assert antwoord_schema("/duo/pip-controle", "400").is_valid(response.json())


def test_duo_schemas_json_is_generated_from_duos_files():
    if not (ROOT.parent / "shared" / "reference" / "duo-m2m" / "API").is_dir():
        pytest.skip("DUO's OpenAPI files (../shared/reference/duo-m2m) are not next to this checkout")
    spec = importlib.util.spec_from_file_location("duo_schemas", ROOT / "scripts" / "duo_schemas.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (ROOT / "api" / "duo_schemas.json").read_text(encoding="utf-8") == module.render(), \
        "stale: run .venv/bin/python scripts/duo_schemas.py"


def test_each_duo_schema_cites_duos_file_and_version():
    for naam, schema in SPEC["components"]["schemas"].items():
        if naam.startswith("DUO_") and naam != "DUO_gegevens":
            assert "duo-m2m/API/" in schema["description"] and "openapi.yml" in schema["description"], naam


@pytest.mark.parametrize("pad,persoon,waar", [
    ("/duo/beoordeling", {"inburgeringstermijn": {"startdatum": "9999-05-16", "einddatum": "9999-12-31",
                                                  "verlengingsgrondcode": "1"}}, ["inburgeringstermijn", "startdatum"]),
    ("/duo/beoordeling", {"inburgeringstermijn": {"startdatum": "0001-01-01", "einddatum": "2024-01-01"}},
     ["inburgeringstermijn", "startdatum"]),
    ("/duo/beoordeling", {"inburgeringstermijn": {"startdatum": "2022-06-02", "einddatum": "2025-06-01"},
                          "pip": {"gemeentecode": "0622", "pip": {"dagtekeningPip": "9999-12-31", "leerroute": "B"}}},
     ["pip", "pip", "dagtekeningPip"]),
    ("/duo/pip-controle", {"nieuw_pip": {"dagtekeningPip": "2023-12-01", "leerroute": "B"},
                           "inburgeringstermijn": {"startdatum": "0001-01-01", "einddatum": "2024-01-01"}},
     ["inburgeringstermijn", "startdatum"]),
])
def test_regressie_duo_datum_buiten_het_gemodelleerde_bereik_was_een_500(pad, persoon, waar):
    """Found by schemathesis once the bodies were typed: a DUO date near year 1 or 9999 overflowed the term
    arithmetic (start − 1 day, start + 3 years) into a 500; now a 400 at the DUO field."""
    response = client.post(pad, json={"peildatum": "2024-01-05", "personen": {"999993653": persoon}})
    assert response.status_code == 400
    fout = response.json()["personen"]["999993653"]
    for sleutel in waar:
        fout = fout[sleutel]
    assert "buiten het bereik" in fout
