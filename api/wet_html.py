"""HTML building blocks for the legislation explorer (``/wet``): layout, links, tables, a step chart.

Plain strings, no template engine and no JavaScript. Every text that comes from the model or the
caller goes through ``e`` (html.escape), so a label or a form value can never inject markup.
"""

from __future__ import annotations

import datetime
import re
from html import escape
from pathlib import Path

from fastapi.responses import HTMLResponse

from inburgering_rules.uitleg import datum_tekst, waarde_tekst
from inburgering_rules.wetten import titel

CSS_PAD = Path(__file__).resolve().parent / "static" / "wet.css"
CSS_URL = "/wet/static/wet.css"


def e(tekst) -> str:
    return escape("" if tekst is None else str(tekst), quote=True)


def pagina(titel: str, inhoud: str, status: int = 200, kruimels: list[tuple[str, str]] | None = None,
           zoekterm: str = "") -> HTMLResponse:
    """A page: the header (navigation and the search box, a plain GET form), breadcrumbs, the content.

    No inline script or style: the stylesheet is a file (a Content-Security-Policy of ``'self'`` holds).
    """
    pad = ""
    if kruimels:
        items = "".join(f"<li>{link(href, tekst) if href else e(tekst)}</li>" for href, tekst in kruimels)
        pad = f"<nav class=\"kruimels\" aria-label=\"Kruimelpad\"><ol>{items}</ol></nav>"
    body = (
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{e(titel)} — Wet inburgering als regels</title>"
        f"<link rel=\"stylesheet\" href=\"{CSS_URL}\"></head><body>"
        "<header><a href=\"/wet\">Wetverkenner</a><a href=\"/wet/artikelen\">Artikelen</a>"
        "<a href=\"/wet/bereken\">Berekenen</a><a href=\"/docs\">API</a>"
        "<form class=\"zoek\" role=\"search\" method=\"get\" action=\"/wet/zoek\">"
        "<label for=\"zoekveld\" class=\"verborgen\">Zoek</label>"
        f"<input id=\"zoekveld\" type=\"search\" name=\"q\" value=\"{e(zoekterm)}\" "
        "placeholder=\"Zoek: artikel 12, boete, termijn…\"><button type=\"submit\">Zoek</button></form></header>"
        f"{pad}<main>{inhoud}</main></body></html>"
    )
    return HTMLResponse(body, status_code=status)


def css() -> str:
    return CSS_PAD.read_text(encoding="utf-8")


def leesbaar(tekst) -> str:
    """A docstring as a reader sees it: no ``code`` marks, no rulebook sections, one paragraph of prose."""
    if not tekst:
        return ""
    tekst = re.sub(r"``([^`]*)``", r"\1", str(tekst))
    tekst = re.sub(r"\s*\((?:zie )?RULEBOOK §[\d.]+(?:[^)]*)\)", "", tekst)  # a bare pointer: dropped
    tekst = re.sub(r"\bRULEBOOK\b", "de specificatie van het model", tekst)  # in a sentence: named for what it is
    return " ".join(tekst.split())


def link(href: str, tekst) -> str:
    return f"<a href=\"{e(href)}\">{e(tekst)}</a>"


def herkomst(label) -> str:
    return f"<span class=\"herkomst {e(label)}\">{e(label or 'onbekend')}</span>"


_SEED = re.compile(r"^\s*seeds?\s+\d{3}", re.IGNORECASE)


def referentie(r: dict) -> str:
    """One reference. A seed (a document of the project's source set) is cited as a document, title
    and lines, not as a link: its ``href`` points at the article it quotes, which gets a link of its own."""
    titel_, href = str(r.get("title") or ""), str(r.get("href") or "")
    if _SEED.match(titel_):
        artikel = f" — het artikel: {link(href, titel(href))}" if "jci1.3:c:" in href else ""
        return (f"<cite>{e(titel_)}</cite> <span class=\"versie\">(document uit de bronnenset van het project, "
                f"geen webpagina)</span>{artikel}")
    return link(href, bronnaam(titel_) or href)


def bronnaam(titel_: str) -> str:
    """A reference title for readers: the project's rulebook is named as what it is, not by its file name."""
    return re.sub(r"\bRULEBOOK\b", "specificatie van het model", titel_)


def referenties(refs) -> str:
    items = [f"<li>{referentie(r)}</li>" for r in refs or [] if isinstance(r, dict)]
    return f"<ul>{''.join(items)}</ul>" if items else "<p>—</p>"


def tabel(koppen: list[str], rijen: list[list[str]], klasse: str = "") -> str:
    """Cells are HTML already (escape what is text before passing it)."""
    kop = "".join(f"<th>{e(k)}</th>" for k in koppen)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in rij) + "</tr>" for rij in rijen)
    return f"<table class=\"{e(klasse)}\"><thead><tr>{kop}</tr></thead><tbody>{body}</tbody></table>"


def toon_waarde(waarde, eenheid: str | None) -> str:
    if waarde is None:
        return "onbekend (geen waarde)"
    tekst = waarde_tekst(waarde, eenheid, "nl")
    if eenheid == "month" and "jaar" in tekst:  # the figure as the file holds it, beside the years
        tekst += f" ({_getal(waarde)} maanden)"
    return tekst


def toon_uitkomst(variabele, waarde) -> str:
    """A computed value as a person reads it: ja/nee, the enum's label, "1 juni 2025"."""
    if variabele.value_type is bool:
        return "ja" if waarde else "nee"
    if hasattr(variabele, "possible_values") and variabele.possible_values is not None and isinstance(waarde, str):
        members = variabele.possible_values.__members__
        if waarde in members:
            return members[waarde].value  # the label a reader knows, not the code name
    if isinstance(waarde, str) and len(waarde) == 10 and waarde[4] == "-":
        return datum_tekst(waarde)
    return str(waarde)


def stappengrafiek(waarden: list[tuple[str, object]], eenheid: str | None) -> str:
    """A step chart of (from date, value) in ascending order, drawn as inline SVG; '' if not numeric.

    A ``null`` value (an unknown figure) leaves a gap, so the chart never suggests a value we lack.
    """
    punten = [(datetime.date.fromisoformat(d), float(v) if v is not None else None) for d, v in waarden
              if v is None or isinstance(v, (bool, int, float))]
    if len(punten) != len(waarden) or not any(v is not None for _, v in punten):
        return ""
    breedte, hoogte, links, onder, boven, rechts = 760, 220, 110, 30, 15, 20
    start = punten[0][0]
    eind = datetime.date(punten[-1][0].year + 3, 1, 1)
    bekend = [v for _, v in punten if v is not None]
    laag, hoog = _bereik(min(bekend), max(bekend), eenheid)

    def x(d: datetime.date) -> float:
        return links + (d - start).days / max((eind - start).days, 1) * (breedte - links - rechts)

    def y(v: float) -> float:
        return boven + (hoog - v) / (hoog - laag) * (hoogte - boven - onder)

    delen, labels = [], []
    for i, (d, v) in enumerate(punten):
        tot = punten[i + 1][0] if i + 1 < len(punten) else eind
        if v is None:
            continue
        delen.append(f"M{x(d):.1f},{y(v):.1f} H{x(tot):.1f}")
        if i + 1 < len(punten) and punten[i + 1][1] is not None:
            delen.append(f"M{x(tot):.1f},{y(v):.1f} V{y(punten[i + 1][1]):.1f}")
        if x(tot) - x(d) >= 70 or i + 1 == len(punten):  # a label only where it fits; the table has all
            labels.append(f"<text x=\"{x(d) + 3:.1f}\" y=\"{y(v) - 5:.1f}\" font-size=\"11\">"
                          f"{e(toon_waarde(bool(v) if eenheid == 'bool' else _getal(v), eenheid))}</text>")
    jaren = range(start.year, eind.year + 1, max(1, (eind.year - start.year) // 8))
    ticks = "".join(
        f"<line x1=\"{x(datetime.date(j, 1, 1)):.1f}\" y1=\"{hoogte - onder}\" x2=\"{x(datetime.date(j, 1, 1)):.1f}\" "
        f"y2=\"{hoogte - onder + 4}\" stroke=\"#555\"/><text x=\"{x(datetime.date(j, 1, 1)):.1f}\" "
        f"y=\"{hoogte - onder + 16}\" font-size=\"11\" text-anchor=\"middle\">{j}</text>"
        for j in jaren if datetime.date(j, 1, 1) >= start
    )
    as_y = "".join(  # the lowest and highest value, on the y axis
        f"<text x=\"{links - 6}\" y=\"{y(v) + 4:.1f}\" font-size=\"11\" text-anchor=\"end\">"
        f"{e(toon_waarde(bool(v) if eenheid == 'bool' else _getal(v), eenheid))}</text>"
        f"<line x1=\"{links - 3}\" y1=\"{y(v):.1f}\" x2=\"{links}\" y2=\"{y(v):.1f}\" stroke=\"#555\"/>"
        for v in sorted({min(bekend), max(bekend)})
    )
    return (
        f"<svg role=\"img\" aria-label=\"Verloop van de waarde door de tijd\" width=\"{breedte}\" height=\"{hoogte}\" "
        f"viewBox=\"0 0 {breedte} {hoogte}\" xmlns=\"http://www.w3.org/2000/svg\"><title>Verloop door de tijd</title>"
        f"<rect x=\"{links}\" y=\"{boven}\" width=\"{breedte - links - rechts}\" height=\"{hoogte - boven - onder}\" "
        f"fill=\"#fafbfd\" stroke=\"#ccd\"/>{ticks}{as_y}"
        f"<path d=\"{' '.join(delen)}\" fill=\"none\" stroke=\"#154273\" stroke-width=\"2.5\"/>{''.join(labels)}</svg>"
    )


def _bereik(laag: float, hoog: float, eenheid: str | None) -> tuple[float, float]:
    """The y range: zoomed on the values (a change from 796 to 807 months must be visible)."""
    if eenheid == "bool":
        return -0.2, 1.2
    marge = (hoog - laag) * 0.2 or max(abs(hoog) * 0.5, 1.0)
    onder = laag - marge
    return (0.0 if laag >= 0 > onder else onder), hoog + marge


def _getal(v: float):
    return int(v) if float(v).is_integer() else round(v, 2)


def staafgrafiek(rijen: list[tuple[str, float, float]], eenheid: str | None) -> str:
    """Horizontal bars, "was" (grey) above "wordt" (blue) for each row, as inline SVG with its values."""
    if not rijen:
        return ""
    breedte, links, rechts, rij_hoogte, boven = 760, 170, 150, 46, 28
    hoogte = boven + rij_hoogte * len(rijen) + 10
    grootste = max(max(abs(o), abs(n)) for _, o, n in rijen) or 1.0

    def lengte(v: float) -> float:
        return abs(v) / grootste * (breedte - links - rechts)

    delen = [f"<text x=\"{links}\" y=\"16\" font-size=\"12\"><tspan fill=\"#8a8f98\">■</tspan> was "
             f"<tspan fill=\"#154273\" dx=\"10\">■</tspan> wordt</text>"]
    for i, (label, oud, nieuw) in enumerate(rijen):
        y = boven + i * rij_hoogte
        delen.append(f"<text x=\"{links - 8}\" y=\"{y + 22}\" font-size=\"12\" text-anchor=\"end\">{e(label)}</text>")
        for j, (waarde, kleur) in enumerate(((oud, "#8a8f98"), (nieuw, "#154273"))):
            yy = y + 4 + j * 19
            delen.append(f"<rect x=\"{links}\" y=\"{yy}\" width=\"{lengte(waarde):.1f}\" height=\"16\" fill=\"{kleur}\"/>"
                         f"<text x=\"{links + lengte(waarde) + 5:.1f}\" y=\"{yy + 12}\" font-size=\"11\">"
                         f"{e(toon_waarde(round(waarde, 2), eenheid) if eenheid else f'{waarde:g}')}</text>")
    return (f"<svg class=\"staafgrafiek\" role=\"img\" aria-label=\"Was en wordt per regel\" width=\"{breedte}\" "
            f"height=\"{hoogte}\" viewBox=\"0 0 {breedte} {hoogte}\" xmlns=\"http://www.w3.org/2000/svg\">"
            f"<title>Was en wordt</title>{''.join(delen)}</svg>")
