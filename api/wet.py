"""The legislation explorer: server-rendered Dutch pages under ``/wet`` for legal advisors.

- ``/wet``: parameters and variables by topic;
- ``/wet/parameter/{id}``: values through time (table and step chart), references, provenance per value;
- ``/wet/variabele/{naam}``: label, articles, documentation, formulas by date, possible values;
- ``/wet/bereken``: a form for one person's situation (§3 inputs, PIP date, peildatum); POST as a
  normal form, or GET with the same fields as query parameters (so a link can hold a situation).
"""

from __future__ import annotations

import datetime
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from openfisca_core.indexed_enums import Enum
from openfisca_core.parameters import Parameter

from inburgering_rules import metadata
from inburgering_rules.errors import ClientError, flatten
from inburgering_rules.hulpmiddelen.checks import EENHEDEN
from inburgering_rules.paths import VARIABLES_DIR
from inburgering_rules.situatie import read_situation
from inburgering_rules.systeem import systeem
from inburgering_rules.uitleg import datum_tekst
from inburgering_rules.verklaring import explain
from inburgering_rules.wetten import titel

from . import limits
from .wet_html import e, herkomst, link, pagina, referenties, stappengrafiek, tabel, toon_uitkomst, toon_waarde

router = APIRouter(prefix="/wet", include_in_schema=False)

# The form: the inputs of RULEBOOK §3, the PIP date and the extensions that move the term's end.
INVOER = ("geboortedatum", "nationaliteit", "familielid_eu_burger", "verblijfsgrond", "datum_verblijfsrecht",
          "jaren_leerplichtig_in_nederland", "diploma", "heeft_startkwalificatie", "volgt_vrijstellende_opleiding",
          "ontheffing", "inburgeringsplicht_voldaan", "datum_dagtekening_pip", "toegekende_verlenging_dagen")
UITKOMSTEN = ("inburgeringsplichtig", "reden_geen_inburgeringsplicht", "datum_aanvang_inburgeringsplicht",
              "inburgeringsregime", "doelgroep", "inburgeringstermijn_startdatum", "inburgeringstermijn_einddatum")
PERSOON = "de persoon"  # the id in the situation: the explanation reads "Op … is de persoon …"





def _onderwerpen() -> dict[str, str]:
    """Variable name → topic folder (``inburgeringsplicht``, ``termijn``…)."""
    return {p.stem: p.parent.name for p in VARIABLES_DIR.rglob("*.py") if p.stem != "__init__"}


@router.get("")
def index():
    tbs = systeem()
    delen = ["<h1>Wet inburgering 2021 als regels</h1>",
             "<p>Alle getallen (parameters) en regels (variabelen) van het model, per onderwerp. "
             "Kleur van de herkomst: " + herkomst("bevestigd") + " " + herkomst("gerapporteerd") + " "
             + herkomst("aanname") + ". " + link("/wet/bereken", "Bereken een situatie") + ".</p>",
             "<h2>Parameters</h2>"]
    for naam, knoop in sorted(tbs.parameters.children.items()):
        bladen = [b for b in knoop.get_descendants() if isinstance(b, Parameter)] if hasattr(knoop, "get_descendants") else [knoop]
        items = "".join(
            f"<li>{link('/wet/parameter/' + b.name, b.metadata.get('label') or b.name)} "
            f"<code>{e(b.name)}</code> {herkomst(b.metadata.get('provenance'))}</li>"
            for b in sorted(bladen, key=lambda b: b.name)
        )
        delen.append(f"<h3>{e(naam)}</h3><p>{e(knoop.description)}</p><ul class=\"kol\">{items}</ul>")
    delen.append("<h2>Variabelen</h2>")
    per_onderwerp: dict[str, list] = {}
    onderwerpen = _onderwerpen()
    for naam, variabele in tbs.variables.items():
        per_onderwerp.setdefault(onderwerpen.get(naam, "overig"), []).append(variabele)
    for onderwerp, variabelen in sorted(per_onderwerp.items()):
        items = "".join(
            f"<li>{link('/wet/variabele/' + v.name, v.label or v.name)} <code>{e(v.name)}</code>"
            f"{' (invoer)' if not v.formulas else ''}</li>"
            for v in sorted(variabelen, key=lambda v: v.name)
        )
        delen.append(f"<h3>{e(onderwerp)}</h3><ul class=\"kol\">{items}</ul>")
    return pagina("Wetverkenner", "".join(delen))


def _niet_gevonden(soort: str, naam: str):
    return pagina("Niet gevonden", f"<h1>Niet gevonden</h1><p>Er is geen {e(soort)} <code>{e(naam)}</code>. "
                  f"{link('/wet', 'Terug naar het overzicht')}.</p>", status=404)


@router.get("/parameter/{parameter_id:path}")
def parameter_pagina(parameter_id: str):
    parameter = metadata.find_parameter(systeem(), parameter_id)
    if parameter is None:
        return _niet_gevonden("parameter", parameter_id)
    if not isinstance(parameter, Parameter):
        items = "".join(f"<li>{link('/wet/parameter/' + kind.name, kind.name)} — {e(kind.description)}</li>"
                        for kind in parameter.children.values())
        return pagina(parameter.name, f"<h1>{e(parameter.name)}</h1><p>{e(parameter.description)}</p><ul>{items}</ul>")
    meta = parameter.metadata or {}
    eenheid = meta.get("unit")
    waarden = sorted(parameter.values_list, key=lambda w: w.instant_str)
    rijen = []
    for i, w in enumerate(waarden):
        eigen = w.metadata or {}
        tot = waarden[i + 1].instant_str if i + 1 < len(waarden) else "—"
        rijen.append([e(w.instant_str), e(tot), e(toon_waarde(w.value, eenheid)),
                      herkomst(eigen.get("provenance", meta.get("provenance"))),
                      referenties(eigen.get("reference", meta.get("reference"))), e(eigen.get("note", ""))])
    grafiek = stappengrafiek([(w.instant_str, w.value) for w in waarden], eenheid)
    inhoud = [
        f"<h1>{e(meta.get('label') or parameter.name)}</h1>",
        f"<p><code>{e(parameter.name)}</code> — eenheid: {e(EENHEDEN.get(eenheid, eenheid))} — "
        f"herkomst: {herkomst(meta.get('provenance'))}</p>",
        f"<p>{e(parameter.description)}</p>",
        f"<pre>{e(meta['documentation'])}</pre>" if meta.get("documentation") else "",
        "<h2>Waarden door de tijd</h2>",
        grafiek,
        tabel(["vanaf", "tot", "waarde", "herkomst", "bron", "toelichting"], rijen, klasse="waarden"),
        "<h2>Wettelijke grondslag</h2>", referenties(meta.get("reference")),
        f"<p>Bestand: <code>{e(metadata.describe_parameter(parameter).get('source'))}</code> · "
        f"{link('/parameter/' + parameter.name, 'als JSON')}</p>",
    ]
    return pagina(meta.get("label") or parameter.name, "".join(inhoud))


@router.get("/variabele/{naam}")
def variabele_pagina(naam: str):
    variabele = systeem().variables.get(naam)
    if variabele is None:
        return _niet_gevonden("variabele", naam)
    info = metadata.describe_variable(variabele)
    artikelen = "".join(f"<li>{link(r, titel(r))}</li>" for r in info["references"]) or "<li>—</li>"
    inhoud = [
        f"<h1>{e(variabele.label or naam)}</h1>",
        tabel(["naam", "entiteit", "periode", "type", "standaardwaarde", "soort"],
              [[f"<code>{e(naam)}</code>", e(info["entity"]), e(info["definitionPeriod"]), e(info["valueType"]),
                e(info["defaultValue"]), "invoer" if info["isInput"] else "berekend"]]),
        "<h2>Artikelen</h2>", f"<ul>{artikelen}</ul>",
        "<h2>Toelichting</h2>", f"<pre>{e(info['documentation'] or '—')}</pre>",
    ]
    if "possibleValues" in info:
        inhoud += ["<h2>Mogelijke waarden</h2>",
                   tabel(["waarde", "betekenis"], [[f"<code>{e(k)}</code>", e(v)] for k, v in info["possibleValues"].items()])]
    if info.get("formulas"):
        inhoud.append("<h2>Formules</h2>")
        for start, formule in sorted(info["formulas"].items()):
            inhoud.append(
                f"<h3>Vanaf {e(start)}</h3><p>{e(formule['documentation'] or '—')}</p>"
                f"<details><summary>Broncode ({e(formule['source'])})</summary><pre>{e(formule['content'])}</pre></details>"
            )
    inhoud.append(f"<p>{link('/variable/' + naam, 'als JSON')}</p>")
    return pagina(variabele.label or naam, "".join(inhoud))


# --- /wet/bereken ---------------------------------------------------------------------------------

def _lees_formulier(velden: dict[str, list[str]]) -> tuple[dict, str | None, list[tuple[str, str]]]:
    """(facts for the situation, peildatum, problems) from the submitted fields; empty fields are left out."""
    tbs = systeem()
    feiten, fouten = {}, []
    peildatum = (velden.get("peildatum") or [""])[0].strip()
    try:
        datetime.date.fromisoformat(peildatum)
    except ValueError:
        fouten.append(("peildatum", f"'{peildatum}' is geen datum JJJJ-MM-DD." if peildatum else "Vul een peildatum in."))
        peildatum = None
    for naam in INVOER:
        tekst = (velden.get(naam) or [""])[0].strip()
        if not tekst:
            continue
        soort = tbs.variables[naam].value_type
        if soort is bool:
            if tekst.lower() not in ("on", "ja", "true", "1", "nee", "false", "0", "off"):
                fouten.append((naam, f"'{tekst}' is geen ja/nee."))
                continue
            feiten[naam] = {"ETERNITY": tekst.lower() in ("on", "ja", "true", "1")}
        elif soort is int:
            # ASCII digits only: int() also reads "٢" (Arabic-Indic two) as 2.
            if tekst.isascii() and tekst.lstrip("+-").isdigit() and len(tekst) <= 12:
                feiten[naam] = {"ETERNITY": int(tekst)}
            else:
                fouten.append((naam, f"'{tekst}' is geen heel getal."))
        else:
            feiten[naam] = {"ETERNITY": tekst}  # dates and enum names: read_situation checks them
    return feiten, peildatum, fouten


def _veld(naam: str, waarde: str) -> str:
    variabele = systeem().variables[naam]
    label = e(variabele.label or naam)
    if variabele.value_type is bool:
        aan = " checked" if waarde.lower() in ("on", "ja", "true", "1") else ""
        return f"<label class=\"vink\"><input type=\"checkbox\" name=\"{naam}\" value=\"ja\"{aan}> {label}</label>"
    if variabele.value_type is Enum:
        gekozen = waarde or variabele.default_value.name
        opties = "".join(f"<option value=\"{e(m.name)}\"{' selected' if m.name == gekozen else ''}>{e(m.value)}</option>"
                         for m in variabele.possible_values)
        return f"<label>{label}<select name=\"{naam}\">{opties}</select></label>"
    soort = "date" if variabele.value_type is datetime.date else "number"
    extra = " min=\"0\" step=\"1\"" if soort == "number" else ""
    return f"<label>{label}<input type=\"{soort}\" name=\"{naam}\" value=\"{e(waarde)}\"{extra}></label>"


def _formulier(velden: dict[str, list[str]]) -> str:
    waarde = {naam: (velden.get(naam) or [""])[0] for naam in ("peildatum", *INVOER)}
    return (
        "<form class=\"bereken\" method=\"post\" action=\"/wet/bereken\">"
        f"<label>Peildatum (de dag waarop de vraag speelt)<input type=\"date\" name=\"peildatum\" "
        f"value=\"{e(waarde['peildatum'])}\" required></label>"
        + "".join(_veld(naam, waarde[naam]) for naam in INVOER)
        + "<div><button type=\"submit\">Bereken</button></div></form>"
    )


def _uitkomst_html(tbs, naam: str, uitleg: dict) -> str:
    variabele = tbs.variables[naam]
    voorwaarden = []
    for c in uitleg.get("conditions", []):
        if "question" in c:
            voorwaarden.append(f"<li>{e(c['question'])} <strong>{e(c['answer'])}</strong> — "
                               f"{link(c['article']['href'], c['article']['title'])}</li>")
        else:
            voorwaarden.append(f"<li>{e(c['text'])}</li>")
    getallen = "".join(f"<li>{e(p.get('label') or p['parameter'])}: {e(toon_waarde(p['value'], p.get('unit')))} "
                       f"{herkomst(p.get('provenance'))}</li>" for p in uitleg.get("parameters", []))
    ontbrekend = "".join(f"<li>{e(m['label'])} (<code>{e(m['variable'])}</code>): standaard {e(m['default_used'])}</li>"
                         for m in uitleg.get("missing_inputs", []))
    return (
        f"<section class=\"uitkomst\" id=\"{e(naam)}\"><h3>{e(variabele.label)}: "
        f"<span class=\"waarde\">{e(toon_uitkomst(variabele, uitleg['value']))}</span></h3>"
        f"<p>{e(uitleg['outcome'])}</p>"
        f"<details{' open' if naam == UITKOMSTEN[0] else ''}><summary>Waarom</summary><ol>{''.join(voorwaarden)}</ol>"
        + (f"<p>Gebruikte getallen:</p><ul>{getallen}</ul>" if getallen else "")
        + (f"<p>Niet opgegeven, standaardwaarde gebruikt:</p><ul>{ontbrekend}</ul>" if ontbrekend else "")
        + "<p>Artikelen:</p>" + referenties(uitleg.get("articles")) + "</details></section>"
    )


def _fouten_html(fouten: list[tuple[str, str]]) -> str:
    tbs = systeem()
    items = []
    for veld, bericht in fouten:
        label = tbs.variables[veld].label if veld in tbs.variables else veld.capitalize()
        items.append(f"<li><strong>{e(label)}</strong>: {e(bericht)}</li>")
    return f"<div class=\"fout\" role=\"alert\"><p>De berekening kan niet worden gemaakt:</p><ul>{''.join(items)}</ul></div>"


def _bereken(velden: dict[str, list[str]]):
    tbs = systeem()
    kop = ("<h1>Bereken een situatie</h1><p>Vul in wat bekend is; een leeg veld krijgt de standaardwaarde "
           "(en de uitleg zegt welke gebruikt is). Een feit dat de uitkomst nodig heeft, wordt gevraagd.</p>")
    if not velden:
        return pagina("Berekenen", kop + _formulier(velden))
    feiten, peildatum, fouten = _lees_formulier(velden)
    if not fouten:
        data = {"personen": {PERSOON: {**feiten, **{naam: {peildatum: None} for naam in UITKOMSTEN}}}}
        try:
            antwoord = explain(tbs, data, read_situation(tbs, data), "nl")
        except ClientError as fout:
            if "error" in fout.body:  # not about one field: e.g. a date the law is not modelled for
                fouten = [("berekening", str(fout.body["error"]))]
            else:  # nested at personen.<id>.<field>…: name the field
                fouten = [(pad.split(".")[2] if pad.count(".") >= 2 else pad, tekst) for pad, tekst in flatten(fout.body)]
    if fouten:
        return pagina("Berekenen", kop + _fouten_html(fouten) + _formulier(velden), status=400)
    persoon = antwoord["personen"][PERSOON]
    uitkomsten = "".join(_uitkomst_html(tbs, naam, persoon[naam][peildatum]) for naam in UITKOMSTEN)
    resultaat = f"<h2>Uitkomst op {e(datum_tekst(peildatum))}</h2>{uitkomsten}<h2>Situatie</h2>"
    return pagina("Uitkomst", kop + resultaat + _formulier(velden))


@router.get("/bereken")
async def bereken_get(request: Request):
    return await limits.in_pool(_bereken, {k: request.query_params.getlist(k) for k in request.query_params})


@router.post("/bereken")
async def bereken_post(request: Request):
    # python-multipart may be absent: read the urlencoded body ourselves.
    body = await request.body()
    try:
        velden = parse_qs(body.decode("utf-8"), keep_blank_values=True)
    except UnicodeDecodeError:
        return pagina("Berekenen", _fouten_html([("formulier", "het formulier is geen UTF-8-tekst")]), status=400)
    return await limits.in_pool(_bereken, velden or {"peildatum": [""]})
