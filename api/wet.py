"""The legislation explorer: server-rendered Dutch pages under ``/wet`` for legal advisors.

- ``/wet``: parameters and variables by topic;
- ``/wet/parameter/{id}``: values through time (table and step chart), references, provenance per value;
- ``/wet/variabele/{naam}``: label, articles, documentation, formulas by date, possible values;
- ``/wet/bereken``: a form for one person's situation (the inputs of the plicht, PIP date, peildatum);
  POST as a normal form, or GET with the same fields as query parameters (so a link can hold a situation).

Articles (``wet_artikelen``), search (``wet_zoek``) and the what-if (``wet_watals``) have modules of their own.
"""

from __future__ import annotations

import datetime
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import Response
from openfisca_core.indexed_enums import Enum
from openfisca_core.parameters import Parameter

from inburgering_rules import afhankelijkheden, metadata
from inburgering_rules.errors import ClientError, flatten
from inburgering_rules.hulpmiddelen.checks import EENHEDEN
from inburgering_rules.paths import VARIABLES_DIR
from inburgering_rules.situatie import read_situation
from inburgering_rules.systeem import systeem
from inburgering_rules.uitleg import datum_tekst, waarde_tekst
from inburgering_rules.verklaring import explain
from inburgering_rules.wetten import titel

from . import limits
from .wet_artikelen import artikel_link, dekking
from .wet_meldingen import nederlands
from .wet_html import (
    css,
    e,
    herkomst,
    leesbaar,
    link,
    pagina,
    referenties,
    stappengrafiek,
    tabel,
    toon_uitkomst,
    toon_waarde,
)

router = APIRouter(prefix="/wet", include_in_schema=False)

# The form: the inputs of RULEBOOK §3, the PIP date and the extensions that move the term's end.
INVOER = ("geboortedatum", "nationaliteit", "familielid_eu_burger", "verblijfsgrond", "datum_verblijfsrecht",
          "jaren_leerplichtig_in_nederland", "diploma", "heeft_startkwalificatie", "volgt_vrijstellende_opleiding",
          "ontheffing", "inburgeringsplicht_voldaan", "datum_dagtekening_pip", "toegekende_verlenging_dagen")
UITKOMSTEN = ("inburgeringsplichtig", "reden_geen_inburgeringsplicht", "datum_aanvang_inburgeringsplicht",
              "inburgeringsregime", "doelgroep", "inburgeringstermijn_startdatum", "inburgeringstermijn_einddatum")
PERSOON = "de persoon"  # the id in the situation: the explanation reads "Op … is de persoon …"
ONDERWERPEN = {"inburgeringsplicht": "Inburgeringsplicht", "termijn": "Termijn", "leerroute": "Leerroute",
               "boetes": "Boetes", "ontzorgen": "Financieel ontzorgen", "financiering": "Financiering", "overig": "Overig"}


def _onderwerpen() -> dict[str, str]:
    """Variable name → topic folder (``inburgeringsplicht``, ``termijn``…)."""
    return {p.stem: p.parent.name for p in VARIABLES_DIR.rglob("*.py") if p.stem != "__init__"}


def _onderwerp_kruimel(onderwerp: str) -> tuple[str, str]:
    return f"/wet#onderwerp-{onderwerp}", ONDERWERPEN.get(onderwerp, onderwerp)


@router.get("/static/wet.css")
def stylesheet():
    return Response(css(), media_type="text/css", headers={"Cache-Control": "max-age=3600"})


@router.get("")
def index():
    tbs = systeem()
    delen = ["<h1>Wet inburgering 2021 als regels</h1>",
             "<p>Alle getallen (parameters) en regels (variabelen) van het model, per onderwerp. "
             "Kleur van de herkomst: " + herkomst("bevestigd") + " " + herkomst("gerapporteerd") + " "
             + herkomst("aanname") + ". " + link("/wet/artikelen", "Per artikel") + " · "
             + link("/wet/bereken", "Bereken een situatie") + ".</p>",
             "<h2>Parameters</h2>"]
    for naam, knoop in sorted(tbs.parameters.children.items()):
        bladen = [b for b in knoop.get_descendants() if isinstance(b, Parameter)] if hasattr(knoop, "get_descendants") else [knoop]
        items = "".join(
            f"<li>{link('/wet/parameter/' + b.name, b.metadata.get('label') or b.name)} "
            f"<code>{e(b.name)}</code> {herkomst(b.metadata.get('provenance'))}</li>"
            for b in sorted(bladen, key=lambda b: b.name)
        )
        delen.append(f"<h3 id=\"parameters-{e(naam)}\">{e(ONDERWERPEN.get(naam, naam))}</h3><p>{e(leesbaar(knoop.description))}</p>"
                     f"<ul class=\"kol\">{items}</ul>")
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
        delen.append(f"<h3 id=\"onderwerp-{e(onderwerp)}\">{e(ONDERWERPEN.get(onderwerp, onderwerp))}</h3>"
                     f"<ul class=\"kol\">{items}</ul>")
    return pagina("Wetverkenner", "".join(delen), kruimels=[("", "Wetverkenner")])


def _niet_gevonden(soort: str, naam: str):
    return pagina("Niet gevonden", f"<h1>Niet gevonden</h1><p>Er is geen {e(soort)} <code>{e(naam)}</code>. "
                  f"{link('/wet', 'Terug naar het overzicht')}.</p>", status=404)


@router.get("/parameter/{parameter_id:path}")
def parameter_pagina(parameter_id: str):
    parameter = metadata.find_parameter(systeem(), parameter_id)
    if parameter is None:
        return _niet_gevonden("parameter", parameter_id)
    if not isinstance(parameter, Parameter):
        items = "".join(f"<li>{link('/wet/parameter/' + kind.name, kind.name)} — {e(leesbaar(kind.description))}</li>"
                        for kind in parameter.children.values())
        return pagina(parameter.name, f"<h1>{e(parameter.name)}</h1><p>{e(leesbaar(parameter.description))}</p><ul>{items}</ul>",
                      kruimels=_parameter_kruimels(parameter.name))
    meta = parameter.metadata or {}
    eenheid = meta.get("unit")
    waarden = sorted(parameter.values_list, key=lambda w: w.instant_str)
    rijen = []
    for i, w in enumerate(waarden):
        eigen = w.metadata or {}
        tot = waarden[i + 1].instant_str if i + 1 < len(waarden) else "—"
        rijen.append([e(w.instant_str), e(tot), e(toon_waarde(w.value, eenheid)),
                      herkomst(eigen.get("provenance", meta.get("provenance"))),
                      referenties(eigen.get("reference", meta.get("reference"))), e(leesbaar(eigen.get("note", "")))])
    grafiek = stappengrafiek([(w.instant_str, w.value) for w in waarden], eenheid)
    inhoud = [
        f"<h1>{e(meta.get('label') or parameter.name)}</h1>",
        f"<p><code>{e(parameter.name)}</code> — eenheid: {e(EENHEDEN.get(eenheid, eenheid))} — "
        f"herkomst: {herkomst(meta.get('provenance'))}</p>",
        f"<p>{e(leesbaar(parameter.description))}</p>",
        f"<p>{e(leesbaar(meta['documentation']))}</p>" if meta.get("documentation") else "",
        "<h2>Waarden door de tijd</h2>",
        grafiek,
        tabel(["vanaf", "tot", "waarde", "herkomst", "bron", "toelichting"], rijen, klasse="waarden"),
        "<h2>Wettelijke grondslag</h2>", referenties(meta.get("reference")),
        f"<p class=\"geen-print\">{link('/wet/parameter/' + parameter.name + '/watals', 'Wat als dit getal verandert?')} "
        "Stel een nieuwe waarde voor en zie welke beslissingen veranderen.</p>",
        _gebruikt_door_html(parameter.name),
        f"<p>Bestand: <code>{e(metadata.describe_parameter(parameter).get('source'))}</code> · "
        f"{link('/parameter/' + parameter.name, 'als JSON')}</p>",
    ]
    return pagina(meta.get("label") or parameter.name, "".join(inhoud), kruimels=_parameter_kruimels(parameter.name))


def _parameter_kruimels(naam: str) -> list[tuple[str, str]]:
    onderwerp = naam.split(".", 1)[0]
    return [("/wet", "Wetverkenner"), (f"/wet#parameters-{onderwerp}", ONDERWERPEN.get(onderwerp, onderwerp)),
            ("", naam)]


def _gebruikt_door_html(naam: str) -> str:
    tbs = systeem()
    door = sorted(afhankelijkheden.parameter_gebruikt_door(tbs, naam))
    items = "".join(f"<li>{link('/wet/variabele/' + v, tbs.variables[v].label or v)} <code>{e(v)}</code></li>" for v in door)
    return "<h2>Gebruikt door</h2>" + (f"<ul>{items}</ul>" if items else "<p>Geen formule leest dit getal.</p>")


@router.get("/variabele/{naam}")
def variabele_pagina(naam: str):
    tbs = systeem()
    variabele = tbs.variables.get(naam)
    if variabele is None:
        return _niet_gevonden("variabele", naam)
    info = metadata.describe_variable(variabele)
    artikelen = "".join(f"<li>{_artikel_of_link(r)}</li>" for r in info["references"]) or "<li>—</li>"
    standaard = toon_uitkomst(variabele, info["defaultValue"]) if info["defaultValue"] is not None else "—"
    inhoud = [
        f"<h1>{e(variabele.label or naam)}</h1>",
        tabel(["naam", "voor wie", "periode", "soort", "als niets is opgegeven"],
              [[f"<code>{e(naam)}</code>", e(ENTITEITEN.get(info["entity"], info["entity"])),
                e(PERIODEN.get(str(info["definitionPeriod"]).lower(), info["definitionPeriod"])),
                "invoer (een feit)" if info["isInput"] else "berekend", e(standaard)]]),
        "<h2>Artikelen</h2>", f"<ul>{artikelen}</ul>",
        "<h2>Toelichting</h2>", f"<p>{e(leesbaar(info['documentation']) or '—')}</p>",
        _afhankelijkheden_html(tbs, naam),
    ]
    if "possibleValues" in info:
        inhoud += ["<h2>Mogelijke waarden</h2>",
                   tabel(["waarde", "betekenis"], [[f"<code>{e(k)}</code>", e(v)] for k, v in info["possibleValues"].items()])]
    if info.get("formulas"):
        inhoud.append("<h2>Formules</h2>")
        for start, formule in sorted(info["formulas"].items()):
            kop = "Formule" if start.startswith("0001-") else f"Formule vanaf {datum_tekst(start)}"
            inhoud.append(
                f"<h3>{e(kop)}</h3><p>{e(leesbaar(formule['documentation']) or '—')}</p>"
                f"<details><summary>Broncode ({e(formule['source'])})</summary><pre>{e(formule['content'])}</pre></details>"
            )
    inhoud.append(f"<p>{link('/variable/' + naam, 'als JSON')}</p>")
    onderwerp = _onderwerpen().get(naam, "overig")
    return pagina(variabele.label or naam, "".join(inhoud),
                  kruimels=[("/wet", "Wetverkenner"), _onderwerp_kruimel(onderwerp), ("", variabele.label or naam)])


ENTITEITEN = {"persoon": "een persoon", "gemeente": "een gemeente"}
PERIODEN = {"eternity": "een vast feit (geldt altijd)", "day": "per dag (peildatum)", "month": "per maand", "year": "per jaar"}


def _artikel_of_link(href: str, tekst: str | None = None) -> str:
    """The explorer's article page where the model has one, else the official link (titled ``tekst``)."""
    from inburgering_rules.hulpmiddelen.dekking import artikel_van_link

    gevonden = artikel_van_link(href)
    if gevonden and gevonden[0] in dekking().per_artikel and gevonden[0][1].startswith("art. "):
        sleutel, lid = gevonden
        return artikel_link(sleutel, titel(href)) + f" ({link(href, 'officiële tekst')})"
    return link(href, tekst if tekst and "jci1.3:c:" not in href else titel(href))


def _lijst(tbs, namen) -> str:
    if not namen:
        return "<p>—</p>"
    return "<ul>" + "".join(f"<li>{link('/wet/variabele/' + n, tbs.variables[n].label or n)} <code>{e(n)}</code></li>"
                            for n in sorted(namen)) + "</ul>"


def _afhankelijkheden_html(tbs, naam: str) -> str:
    """Inputs, computed variables and parameters the formula reads, and the outputs that read it."""
    gebruik = afhankelijkheden.gebruikt(tbs, naam)
    invoer = {v for v in gebruik.variabelen if not tbs.variables[v].formulas}
    berekend = gebruik.variabelen - invoer
    parameters = "".join(f"<li>{link('/wet/parameter/' + p, p)}</li>" for p in sorted(gebruik.parameters))
    return (
        "<h2>Samenhang</h2><p class=\"versie\">Gelezen uit de formules zelf (wat hun broncode opvraagt).</p>"
        "<div class=\"kol\"><h3>Invoer die het gebruikt</h3>" + _lijst(tbs, invoer)
        + "<h3>Berekende variabelen die het gebruikt</h3>" + _lijst(tbs, berekend)
        + "<h3>Parameters die het gebruikt</h3>" + (f"<ul>{parameters}</ul>" if parameters else "<p>—</p>")
        + "<h3>Gebruikt door</h3>" + _lijst(tbs, afhankelijkheden.gebruikt_door(tbs, naam)) + "</div>"
    )


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
    return feiten, peildatum, fouten + _onmogelijk(feiten, peildatum)


def _datum(feiten: dict, naam: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(feiten[naam]["ETERNITY"])
    except (KeyError, ValueError, TypeError):
        return None


def _onmogelijk(feiten: dict, peildatum: str | None) -> list[tuple[str, str]]:
    """Combinations no person can have, answered at the field before anything is computed."""
    fouten = []
    geboren, pip, verblijf = (_datum(feiten, n) for n in ("geboortedatum", "datum_dagtekening_pip", "datum_verblijfsrecht"))
    if peildatum and geboren and geboren > datetime.date.fromisoformat(peildatum):
        fouten.append(("geboortedatum", f"De geboortedatum ligt na de peildatum ({datum_tekst(peildatum)}). "
                                        "Op de peildatum was de persoon nog niet geboren."))
    if pip and verblijf and pip < verblijf:
        fouten.append(("datum_dagtekening_pip", "Het PIP kan niet vóór het verblijfsrecht zijn vastgesteld: "
                                                "de plicht begint pas met het verblijfsrecht."))
    nationaliteit = (feiten.get("nationaliteit") or {}).get("ETERNITY")
    if nationaliteit == "NEDERLANDER" and (feiten.get("verblijfsgrond") or {}).get("ETERNITY") not in (None, "GEEN"):
        fouten.append(("verblijfsgrond", "Een Nederlander heeft geen verblijfsvergunning. Kies 'geen' of een "
                                         "andere nationaliteit."))
    return fouten


def _veld(naam: str, waarde: str, fout: str = "") -> str:
    variabele = systeem().variables[naam]
    label = e(variabele.label or naam)
    klasse = " fout" if fout else ""
    melding = f"<span class=\"veldfout\" id=\"fout-{naam}\">{e(fout)}</span>" if fout else ""
    beschreven = f" aria-invalid=\"true\" aria-describedby=\"fout-{naam}\"" if fout else ""
    if variabele.value_type is bool:
        aan = " checked" if waarde.lower() in ("on", "ja", "true", "1") else ""
        return (f"<label class=\"vink{klasse}\" id=\"veld-{naam}\"><input type=\"checkbox\" name=\"{naam}\" value=\"ja\"{aan}"
                f"{beschreven}> {label}{melding}</label>")
    if variabele.value_type is Enum:
        gekozen = waarde or variabele.default_value.name
        opties = "".join(f"<option value=\"{e(m.name)}\"{' selected' if m.name == gekozen else ''}>{e(m.value)}</option>"
                         for m in variabele.possible_values)
        return f"<label class=\"{klasse.strip()}\" id=\"veld-{naam}\">{label}<select name=\"{naam}\"{beschreven}>{opties}</select>{melding}</label>"
    soort = "date" if variabele.value_type is datetime.date else "number"
    extra = " min=\"0\" step=\"1\"" if soort == "number" else ""
    return (f"<label class=\"{klasse.strip()}\" id=\"veld-{naam}\">{label}<input type=\"{soort}\" name=\"{naam}\" "
            f"value=\"{e(waarde)}\"{extra}{beschreven}>{melding}</label>")


def _formulier(velden: dict[str, list[str]], fouten: list[tuple[str, str]] = ()) -> str:
    waarde = {naam: (velden.get(naam) or [""])[0] for naam in ("peildatum", *INVOER)}
    per_veld: dict[str, str] = {}
    for veld, bericht in fouten:
        per_veld[veld] = f"{per_veld[veld]} {bericht}" if veld in per_veld else bericht
    peil_fout = per_veld.get("peildatum", "")
    return (
        "<form class=\"bereken\" method=\"post\" action=\"/wet/bereken\" novalidate>"
        f"<label class=\"{'fout' if peil_fout else ''}\" id=\"veld-peildatum\">Peildatum (de dag waarop de vraag speelt)"
        f"<input type=\"date\" name=\"peildatum\" value=\"{e(waarde['peildatum'])}\" required>"
        + (f"<span class=\"veldfout\">{e(peil_fout)}</span>" if peil_fout else "") + "</label>"
        + "".join(_veld(naam, waarde[naam], per_veld.get(naam, "")) for naam in INVOER)
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
    # The explanation is for the reader: "67 jaar", not the file's "804 maanden".
    getallen = "".join(f"<li>{e(p.get('label') or p['parameter'])}: "
                       f"{e('onbekend' if p['value'] is None else waarde_tekst(p['value'], p.get('unit')))} "
                       f"{herkomst(p.get('provenance'))}</li>" for p in uitleg.get("parameters", []))
    ontbrekend = "".join(
        f"<li>{e(m['label'])}: niet ingevuld, gerekend met "
        f"<strong>{e(toon_uitkomst(tbs.variables[m['variable']], m['default_used']))}</strong></li>"
        for m in uitleg.get("missing_inputs", []))
    grondslag = "".join(f"<li>{_artikel_of_link(a['href'], a.get('title'))}</li>"
                        for a in uitleg.get("legal_basis") or uitleg.get("articles") or [])
    return (
        f"<section class=\"uitkomst\" id=\"{e(naam)}\"><h3>{e(variabele.label)}: "
        f"<span class=\"waarde\">{e(toon_uitkomst(variabele, uitleg['value']))}</span></h3>"
        f"<div class=\"brief-en-grondslag\"><p class=\"brief\">{e(uitleg.get('letter') or uitleg['outcome'])}</p>"
        f"<aside class=\"grondslag\"><p>Wettelijke grondslag</p><ul>{grondslag}</ul></aside></div>"
        f"<details{' open' if naam == UITKOMSTEN[0] else ''}><summary>Waarom: de toets stap voor stap</summary>"
        f"<p>{e(uitleg['outcome'])}</p><ol>{''.join(voorwaarden)}</ol>"
        + (f"<p>Gebruikte getallen:</p><ul>{getallen}</ul>" if getallen else "")
        + (f"<p>Niet ingevuld (het model rekende met wat hier staat):</p><ul>{ontbrekend}</ul>" if ontbrekend else "")
        + "</details></section>"
    )


def _fouten_html(fouten: list[tuple[str, str]]) -> str:
    tbs = systeem()
    items = []
    for veld, bericht in fouten:
        label = tbs.variables[veld].label if veld in tbs.variables else veld.capitalize()
        doel = f"#veld-{veld}" if veld in tbs.variables or veld == "peildatum" else ""
        naam = link(doel, label) if doel else e(label)
        items.append(f"<li><strong>{naam}</strong>: {e(bericht)}</li>")
    return f"<div class=\"fout\" role=\"alert\"><p>De berekening kan niet worden gemaakt:</p><ul>{''.join(items)}</ul></div>"


def _bereken(velden: dict[str, list[str]]):
    tbs = systeem()
    kop = ("<h1 class=\"geen-print\">Bereken een situatie</h1><p class=\"geen-print\">Vul in wat bekend is; een leeg "
           "veld krijgt de standaardwaarde (en de uitleg zegt welke gebruikt is). Een feit dat de uitkomst nodig heeft, "
           "wordt gevraagd.</p>")
    if not velden:
        return pagina("Berekenen", kop + _formulier(velden))
    feiten, peildatum, fouten = _lees_formulier(velden)
    if not fouten:
        data = {"personen": {PERSOON: {**feiten, **{naam: {peildatum: None} for naam in UITKOMSTEN}}}}
        try:
            antwoord = explain(tbs, data, read_situation(tbs, data), "nl")
        except ClientError as fout:
            if "error" in fout.body:  # not about one field: e.g. a date the law is not modelled for
                fouten = [("berekening", nederlands(str(fout.body["error"])))]
            else:  # nested at personen.<id>.<field>…: name the field, in Dutch
                fouten = [(pad.split(".")[2] if pad.count(".") >= 2 else pad, nederlands(tekst))
                          for pad, tekst in flatten(fout.body)]
    if fouten:
        return pagina("Berekenen", kop + _fouten_html(fouten) + _formulier(velden, fouten), status=400)
    persoon = antwoord["personen"][PERSOON]
    uitkomsten = "".join(_uitkomst_html(tbs, naam, persoon[naam][peildatum]) for naam in UITKOMSTEN)
    resultaat = (f"<h2>Uitkomst op {e(datum_tekst(peildatum))}</h2>"
                 "<p class=\"geen-print\">Afdrukken geeft de uitleg als brief, met de artikelen erbij.</p>"
                 f"{uitkomsten}<h2 class=\"geen-print\">Situatie</h2>")
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
