"""Generate ``api/duo_schemas.json``: the /spec component schemas of the DUO resources a /duo request
carries, taken from DUO's own OpenAPI files (``../shared/reference/duo-m2m/API/*/openapi.yml``) and cut
down to the fields ``inburgering_rules.duo.vertaling`` reads.

The server refuses every field it does not read (``_Lezer.object``: "onbekend veld"), so every object
here is ``additionalProperties: false``. Run it again when DUO publishes a new version or ``VELDEN``
changes; a test fails when the JSON is stale:

    .venv/bin/python scripts/duo_schemas.py
"""

from __future__ import annotations

import copy
import json
import pathlib
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from inburgering_rules.duo.vertaling import VELDEN  # noqa: E402

DUO = ROOT.parent / "shared" / "reference" / "duo-m2m" / "API"
OUT = ROOT / "api" / "duo_schemas.json"

# Our resource key → (DUO API folder, DUO schema, a list or one object), as in vertaling.RESOURCES.
RESOURCES = {
    "inburgeringsplicht": ("Inburgeringsplicht", "Inburgeringsplicht", False),
    "doelgroep": ("Inburgeringsplicht", "Doelgroep", False),
    "inburgeringstermijn": ("Inburgeringstermijn", "Inburgeringstermijn", False),
    "inburgeringstermijn_historie": ("Inburgeringstermijn", "Inburgeringstermijnhistorie", True),
    "pip": ("PIP", "Gemeente", False),
    "vrijstellingen": ("Vrijstelling", "Vrijstelling", True),
    "ontheffingen": ("Ontheffing", "Ontheffing", True),
    "lbt_resultaten": ("Leerbaarheidstoets", "Resultaat", True),
    "examenresultaten": ("Examen", "Examenresultaat", True),
    "uren": ("GevolgdeUren", "Gemeente", True),
    "map": ("MAP,PVT,Zroute", "DatumMap", False),
    "pvt": ("MAP,PVT,Zroute", "DatumPvt", False),
    "zroute": ("MAP,PVT,Zroute", "ResultaatZroute", False),
}


def known_fields() -> dict[str, set[str]]:
    """Per resource the field paths VELDEN names ("[]." dropped: the item of a list)."""
    out: dict[str, set[str]] = {}
    for resource, pad, _, _ in VELDEN:
        out.setdefault(resource, set()).add(pad.removeprefix("[]."))
    return out


def resolve(schema, components):
    """Inline every local $ref: the result stands on its own in our /spec."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            return resolve(copy.deepcopy(components[schema["$ref"].rsplit("/", 1)[1]]), components)
        return {k: resolve(v, components) for k, v in schema.items()}
    if isinstance(schema, list):
        return [resolve(x, components) for x in schema]
    return schema


def restrict(schema: dict, paths: set[str], prefix: str = "") -> dict:
    """Keep the properties VELDEN names at this level (a nested object VELDEN names only as a whole keeps
    all of DUO's fields); every object closed, as the server is."""
    if schema.get("type") == "array":
        schema["items"] = restrict(schema["items"], paths, prefix)
        return schema
    if schema.get("type") != "object" and "properties" not in schema:
        return schema
    properties = schema.get("properties", {})
    named = {p[len(prefix):].split(".", 1)[0] for p in paths if p.startswith(prefix)}
    if named:
        properties = {k: v for k, v in properties.items() if k in named}
    schema["properties"] = {k: restrict(v, paths, f"{prefix}{k}.") if named else restrict(v, set())
                            for k, v in properties.items()}
    if "required" in schema:
        schema["required"] = [k for k in schema["required"] if k in schema["properties"]] or None
        if schema["required"] is None:
            del schema["required"]
    schema["additionalProperties"] = False
    return schema


def build() -> dict:
    fields = known_fields()
    out = {}
    loaded = {}
    for resource, (api, name, is_list) in RESOURCES.items():
        if api not in loaded:
            loaded[api] = yaml.safe_load((DUO / api / "openapi.yml").read_text(encoding="utf-8"))
        document = loaded[api]
        components = document["components"]["schemas"]
        schema = restrict(resolve(copy.deepcopy(components[name]), components), fields[resource])
        bron = (f"DUO API {document['info']['title']} {document['info']['version']} "
                f"(duo-m2m/API/{api}/openapi.yml), schema {name}, beperkt tot de velden die "
                "inburgering_rules/duo/vertaling.py (VELDEN) leest; een ander veld is een 400.")
        schema["description"] = bron + (f" {schema['description']}" if schema.get("description") else "")
        if is_list:
            schema = {"type": "array", "items": schema, "description": f"Een lijst zoals DUO's GET hem teruggeeft. {bron}"}
        out[f"DUO_{resource}"] = schema
    # nieuw_pip of /duo/pip-controle: DUO's PIP object as POST /personen/{bsn}/PIP takes it.
    out["DUO_nieuw_pip"] = copy.deepcopy(out["DUO_pip"]["properties"]["pip"])
    out["DUO_nieuw_pip"]["description"] = out["DUO_pip"]["description"].replace("schema Gemeente", "schema PIP")
    return out


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
