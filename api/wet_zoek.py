"""Search in the explorer: ``/wet/zoek?q=…`` over articles, parameters and variables (server-side, a
plain GET form: it works without JavaScript).

A query naming an article ("art. 12", "artikel 5.3", "Bi2021 7.1") finds that article first; the
other words must all occur (case-insensitive) in a hit's name, label, description or documentation.
Hits whose name or label holds the words rank above hits found only in a description.
"""

from __future__ import annotations

import re

from fastapi import APIRouter, Request
from openfisca_core.parameters import Parameter

from inburgering_rules import artikelteksten as at
from inburgering_rules.hulpmiddelen.dekking import WETNAMEN, sorteer_artikel
from inburgering_rules.systeem import systeem

from .wet_artikelen import artikel_link, dekking, status, wetnaam
from .wet_html import e, herkomst, link, pagina

router = APIRouter(prefix="/wet", include_in_schema=False)

_ARTIKEL = re.compile(r"\b(?:art\.?|artikel|article)?\s*(\d+[a-z]?(?:\.\d+[a-z]?)?)\b", re.IGNORECASE)
MAX_TREFFERS = 50


def _woorden(tekst: str) -> list[str]:
    return [w for w in re.split(r"[\s,;]+", tekst.lower()) if w]


def zoek(q: str) -> dict[str, list]:
    """{"artikelen": [(key, score)], "parameters": [(leaf, score)], "variabelen": [(variable, score)]}."""
    q = " ".join(q.split())[:200]
    d = dekking()
    tbs = systeem()
    treffers: dict[str, list] = {"artikelen": [], "parameters": [], "variabelen": []}
    if not q:
        return treffers
    wet = next((bwb for patroon, bwb in WETNAMEN if patroon.search(q)), None)
    genoemd = {m.group(1).lower() for m in _ARTIKEL.finditer(q) if re.search(r"\d", m.group(0))}
    woorden = [w for w in _woorden(q) if w not in {"art.", "art", "artikel", "article", "lid"}
               and w.rstrip(".") not in genoemd and not any(p.fullmatch(w) for p, _ in WETNAMEN)]
    for sleutel in d.artikelen():
        if not sleutel[1].startswith("art. "):
            continue
        nummer = at.nummer(sleutel[1]).lower()
        tekst = " ".join(t.tekst for t in at.teksten(*sleutel)).lower() + " " + wetnaam(sleutel[0]).lower()
        if nummer in genoemd and (wet is None or wet == sleutel[0]):
            treffers["artikelen"].append((sleutel, 0 if sleutel[0] == (wet or at.CODES["wi2021"]) else 1))
        elif not genoemd and woorden and all(w in tekst for w in woorden):
            treffers["artikelen"].append((sleutel, 2))
    if woorden:
        for blad in tbs.parameters.get_descendants():
            if not isinstance(blad, Parameter):
                continue
            meta = blad.metadata or {}
            kop = f"{blad.name} {meta.get('label', '')}".lower()
            rest = f"{blad.description or ''} {meta.get('documentation', '')}".lower()
            if all(w in kop or w in rest for w in woorden):
                treffers["parameters"].append((blad, 0 if all(w in kop for w in woorden) else 1))
        for naam, variabele in tbs.variables.items():
            kop = f"{naam} {variabele.label or ''}".lower()
            rest = (variabele.documentation or "").lower()
            if all(w in kop or w in rest for w in woorden):
                treffers["variabelen"].append((variabele, 0 if all(w in kop for w in woorden) else 1))
    treffers["artikelen"].sort(key=lambda t: (t[1], sorteer_artikel(t[0])))
    treffers["parameters"].sort(key=lambda t: (t[1], t[0].name))
    treffers["variabelen"].sort(key=lambda t: (t[1], t[0].name))
    return {soort: lijst[:MAX_TREFFERS] for soort, lijst in treffers.items()}


@router.get("/zoek")
def zoek_pagina(request: Request):
    q = (request.query_params.get("q") or "").strip()
    kruimels = [("/wet", "Wetverkenner"), ("", "Zoeken")]
    if not q:
        return pagina("Zoeken", "<h1>Zoeken</h1><p>Typ een artikel (bv. <em>artikel 12</em> of <em>Bi2021 7.1</em>) "
                      "of woorden (bv. <em>boete pip</em>) in het zoekveld bovenaan.</p>", kruimels=kruimels)
    treffers = zoek(q)
    d = dekking()
    totaal = sum(len(v) for v in treffers.values())
    delen = [f"<h1>Zoeken: {e(q)}</h1>",
             f"<p>{totaal} {'treffer' if totaal == 1 else 'treffers'}.</p>" if totaal else
             "<p>Niets gevonden. Probeer minder of andere woorden, of een artikelnummer.</p>"]
    if treffers["artikelen"]:
        delen.append("<h2>Artikelen</h2><ul class=\"treffers\">" + "".join(
            f"<li>{artikel_link(s, at.titel(s) if s[0] != at.BI2013 else wetnaam(s[0]) + ', ' + s[1])} "
            f"{status(d.artikel_status(s))}</li>" for s, _ in treffers["artikelen"]) + "</ul>")
    if treffers["parameters"]:
        delen.append("<h2>Parameters</h2><ul class=\"treffers\">" + "".join(
            f"<li>{link('/wet/parameter/' + b.name, (b.metadata or {}).get('label') or b.name)} <code>{e(b.name)}</code> "
            f"{herkomst((b.metadata or {}).get('provenance'))}</li>" for b, _ in treffers["parameters"]) + "</ul>")
    if treffers["variabelen"]:
        delen.append("<h2>Variabelen</h2><ul class=\"treffers\">" + "".join(
            f"<li>{link('/wet/variabele/' + v.name, v.label or v.name)} <code>{e(v.name)}</code></li>"
            for v, _ in treffers["variabelen"]) + "</ul>")
    return pagina(f"Zoeken: {q}", "".join(delen), kruimels=kruimels, zoekterm=q)
