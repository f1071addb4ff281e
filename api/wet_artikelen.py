"""Article pages of the explorer: ``/wet/artikelen`` (the laws by chapter, coverage at a glance) and
``/wet/artikel/{wet}/{artikel}`` (the text of each lid on a chosen date, what implements it, which
scenarios test it, what is still open).

The index and coverage come from ``hulpmiddelen.dekking.Dekking`` (the same data as docs/wetsdekking.md),
the texts from ``inburgering_rules.artikelteksten``.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from functools import lru_cache

from fastapi import APIRouter, Request

from inburgering_rules import artikelteksten as at
from inburgering_rules.hulpmiddelen.dekking import Dekking, sorteer_artikel
from inburgering_rules.paths import rules_root
from inburgering_rules.systeem import systeem
from inburgering_rules.uitleg import datum_tekst

from .wet_html import e, herkomst, link, pagina

router = APIRouter(prefix="/wet", include_in_schema=False)

STATUS_TEKST = {"uitgevoerd": "uitgevoerd", "deels": "deels uitgevoerd", "nog niet": "nog niet uitgevoerd"}


@lru_cache(maxsize=1)
def dekking() -> Dekking:
    return Dekking(rules_root(), systeem())


def status(label: str) -> str:
    return f"<span class=\"status {e(label.replace(' ', '-'))}\">{e(STATUS_TEKST.get(label, label))}</span>"


def wetnaam(bwb: str) -> str:
    return "Besluit inburgering (2013)" if bwb == at.BI2013 else at.naam_regeling(bwb)


def artikel_link(sleutel, tekst: str | None = None) -> str:
    pad = at.pad(sleutel)
    tekst = tekst or f"{wetnaam(sleutel[0])}, {sleutel[1]}"
    return link(pad, tekst) if pad else e(tekst)


def _hoofdstuk_label(bwb: str, artikel: str) -> str:
    h = at.hoofdstuk(bwb, artikel)
    return f"Hoofdstuk {h}" if h else "Artikelen"


@router.get("/artikelen")
def artikelen_index():
    d = dekking()
    per_wet: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for sleutel in d.artikelen():
        if sleutel[1].startswith("art. "):
            per_wet[sleutel[0]][_hoofdstuk_label(*sleutel)].append(sleutel)
    delen = ["<h1>Artikelen die het model raakt</h1>",
             "<p>Per wet en hoofdstuk: wat het model uitvoert. " + status("uitgevoerd") + " het model neemt de "
             "beslissing; " + status("deels") + " een lid wacht nog; " + status("nog niet") + " het artikel wordt "
             "genoemd, maar geen regel voert het uit. Klik op een artikel voor de tekst, de regels en de tests.</p>"]
    for bwb in sorted(per_wet, key=lambda b: sorteer_artikel((b, ""))[:2]):
        hoofdstukken = per_wet[bwb]
        alle = [s for lijst in hoofdstukken.values() for s in lijst]
        telling = {k: sum(d.artikel_status(s) == k for s in alle) for k in STATUS_TEKST}
        code = at.CODE_VAN.get(bwb, bwb)
        delen.append(f"<h2 id=\"wet-{e(code)}\">{e(wetnaam(bwb))}</h2><p>{len(alle)} artikelen: " + ", ".join(
            f"{n} {e(STATUS_TEKST[k])}" for k, n in telling.items() if n) + "</p>")
        for kop in sorted(hoofdstukken, key=lambda k: (k == "Artikelen", [int(x) for x in k.split()[-1].split("–") if x.isdigit()])):
            rijen = "".join(
                f"<li>{artikel_link(s, s[1].replace('art. ', 'artikel '))} {status(d.artikel_status(s))} "
                f"<span class=\"versie\">{_samenvatting(d, s)}</span></li>"
                for s in sorted(hoofdstukken[kop], key=sorteer_artikel)
            )
            delen.append(f"<h3 id=\"wet-{e(code)}-{e(_anker(kop))}\">{e(kop)}</h3><ul class=\"kol\">{rijen}</ul>")
    return pagina("Artikelen", "".join(delen), kruimels=[("/wet", "Wetverkenner"), ("", "Artikelen")])


def _anker(kop: str) -> str:
    return kop.lower().replace(" ", "-").replace("–", "-")


def _samenvatting(d: Dekking, sleutel) -> str:
    soorten = defaultdict(set)
    for p in d.per_artikel.get(sleutel, ()):
        soorten[p.soort].add(p.naam)
    delen = []
    if soorten["variabele"] or soorten["parameter"]:
        delen.append(f"{len(soorten['variabele']) + len(soorten['parameter'])} regels")
    if soorten["scenario"]:
        delen.append(f"{len(soorten['scenario'])} tests")
    return e(", ".join(delen))


def _geldige_datum(tekst: str | None) -> tuple[str, str | None]:
    """(date to show, problem) from the ``datum`` query field; today when empty."""
    if not tekst:
        return at.vandaag(), None
    try:
        return datetime.date.fromisoformat(tekst).isoformat(), None
    except ValueError:
        return at.vandaag(), f"'{tekst}' is geen datum (JJJJ-MM-DD); de tekst van vandaag staat hieronder."


def _plekken(plekken, soort: str) -> str:
    if soort == "scenario":
        return "".join(f"<li>{e(p.naam)} <span class=\"versie\">({e(p.pad.removeprefix('tests/yaml/'))})</span></li>"
                       for p in plekken)
    tbs = systeem()
    items = []
    for p in plekken:
        if soort == "variabele":
            v = tbs.variables.get(p.naam)
            items.append(f"<li>{link('/wet/variabele/' + p.naam, (v.label if v else None) or p.naam)} "
                         f"<code>{e(p.naam)}</code></li>")
        else:
            items.append(f"<li>{link('/wet/parameter/' + p.naam, p.naam)}</li>")
    return "".join(items)


@router.get("/artikel/{wet}/{artikel}")
def artikel_pagina(wet: str, artikel: str, request: Request):
    d = dekking()
    bwb = at.CODES.get(wet.lower())
    sleutel = (bwb, f"art. {artikel}")
    if bwb is None or (sleutel not in d.per_artikel and not at.teksten(bwb, artikel)):
        return pagina("Niet gevonden", f"<h1>Niet gevonden</h1><p>Het model raakt geen artikel {e(artikel)} van "
                      f"{e(wet)}. {link('/wet/artikelen', 'Alle artikelen')}.</p>", status=404)
    datum, datumfout = _geldige_datum(request.query_params.get("datum"))
    teksten = at.tekst_op(bwb, artikel, datum)
    per_lid = d.per_lid(sleutel)
    # The leden first, in order; what cites the article without a lid after them.
    leden = sorted(set(teksten) | set(per_lid), key=lambda lid: (lid == "", int(lid) if lid.isdigit() else 0, lid))
    heel_artikel = bool({"variabele", "parameter"} & set(per_lid.get("", {})))
    kop = f"{wetnaam(bwb)}, artikel {artikel}"
    inhoud = [
        f"<h1>{e(kop)} {status(d.artikel_status(sleutel))}</h1>",
        f"<form class=\"datum\" method=\"get\"><label>Tekst zoals die gold op "
        f"<input type=\"date\" name=\"datum\" value=\"{e(datum)}\"></label> <button type=\"submit\">Toon</button></form>",
        f"<p class=\"fout\" role=\"alert\">{e(datumfout)}</p>" if datumfout else "",
        f"<p>Officiële tekst op {e(datum_tekst(datum))}: {link(at.versie_link(bwb, artikel, datum), 'wetten.overheid.nl')}. "
        "Hieronder de leden die het model raakt, letterlijk uit de geconsolideerde tekst.</p>",
    ]
    lacunes = {(l.lid, l.beslissing): l for l in d.lacunes if l.sleutel == sleutel}
    for lid in leden:
        kop = f"Lid {e(lid)}" if lid else ("Het artikel als geheel" if len(leden) > 1 else "Het artikel")
        inhoud.append(f"<section class=\"lid\" id=\"lid-{e(lid or 'artikel')}\"><h2>{kop}</h2>")
        if lid in teksten:
            t, later = teksten[lid]
            versie = f"versie van {datum_tekst(t.vanaf)}"
            if t.ook_in:
                versie += ", dezelfde tekst in " + ", ".join(datum_tekst(x) for x in t.ook_in)
            if t.opmerking:
                versie += f"; {t.opmerking}"
            waarschuwing = (" <strong>Let op: het uittreksel heeft alleen deze latere versie; lees de tekst op de "
                            "gekozen datum op wetten.overheid.nl.</strong>") if later else ""
            inhoud.append(f"<blockquote class=\"wettekst\" lang=\"nl\">{e(t.tekst)}</blockquote>"
                          f"<p class=\"versie\">{e(versie)} — {link(t.bron, 'bron')}{waarschuwing}</p>")
        elif bwb == at.RI2021 and not teksten:
            inhoud.append("<p class=\"versie\">De Regeling inburgering 2021 staat niet in de geconsolideerde teksten "
                          "die het model gebruikt (MinBZK/regelrecht-corpus): "
                          f"{link(at.versie_link(bwb, artikel, datum, lid), 'lees de tekst op wetten.overheid.nl')}.</p>")
        elif lid:
            inhoud.append(f"<p class=\"versie\">Dit lid staat niet in het uittreksel: "
                          f"{link(at.versie_link(bwb, artikel, datum, lid), 'lees lid ' + lid + ' op wetten.overheid.nl')}.</p>")
        soorten = per_lid.get(lid, {})
        uitvoering = soorten.get("variabele", []) + soorten.get("parameter", [])
        if uitvoering:
            inhoud.append("<h3>Uitgevoerd door</h3><ul>" + _plekken(soorten.get("variabele", []), "variabele")
                          + _plekken(soorten.get("parameter", []), "parameter") + "</ul>")
        if soorten.get("scenario"):
            inhoud.append(f"<h3>Getest door {len(soorten['scenario'])} scenario's</h3><ul>"
                          + _plekken(soorten["scenario"], "scenario") + "</ul>")
        for p in soorten.get("lacune", []):
            l = lacunes[(lid, p.naam)]
            inhoud.append(f"<p class=\"lacune\"><strong>Nog niet in het model:</strong> {e(l.beslissing)}. "
                          f"<q>{e(l.citaat)}</q> (versie {e(datum_tekst(l.versie))})</p>")
        if not uitvoering and not soorten.get("lacune"):
            inhoud.append("<p class=\"versie\">" + ("Geen regel noemt dit lid apart; de regels bij het artikel als geheel "
                          "(hieronder) voeren het artikel uit." if lid and heel_artikel else
                          "Geen regel van het model voert dit lid uit.") + "</p>")
        inhoud.append("</section>")
    inhoud.append(_open_vragen(d, sleutel))
    hoofdstuk = _hoofdstuk_label(bwb, artikel)
    code = at.CODE_VAN.get(bwb, bwb)
    kruimels = [("/wet", "Wetverkenner"), ("/wet/artikelen", "Artikelen"), (f"/wet/artikelen#wet-{code}", wetnaam(bwb)),
                (f"/wet/artikelen#wet-{code}-{_anker(hoofdstuk)}", hoofdstuk), ("", f"artikel {artikel}")]
    return pagina(kop, "".join(inhoud), kruimels=kruimels)


def _open_vragen(d: Dekking, sleutel) -> str:
    """The figures behind this article that are not confirmed from the text yet."""
    namen = sorted({p.naam for p in d.per_artikel.get(sleutel, ()) if p.soort == "parameter"})
    rijen = []
    for naam in namen:
        for _, vanaf, waarde, bron_herkomst, bron, noot, _pad in d.open_per_parameter.get(naam, []):
            rijen.append(f"<li>{link('/wet/parameter/' + naam, naam)} vanaf {e(datum_tekst(vanaf))}: "
                         f"{e('onbekend' if waarde == 'null' else waarde)} {herkomst(bron_herkomst)}"
                         f"{(' — ' + e(noot)) if noot else ''}</li>")
    if not rijen:
        return "<h2>Open vragen</h2><p>Geen: elk getal bij dit artikel is uit de tekst bevestigd.</p>"
    return "<h2>Open vragen</h2><p>Getallen bij dit artikel die nog niet uit de tekst bevestigd zijn:</p><ul>" + "".join(rijen) + "</ul>"
