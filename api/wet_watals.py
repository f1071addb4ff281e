"""What-if in the explorer: ``/wet/parameter/{id}/watals`` — propose a new value from a date (nothing is
saved) and see which YAML scenarios change, the effect on a caseload (the example one, or an uploaded
JSON file), with a chart; download the proposal as a patch of the parameter file
(``/wet/parameter/{id}/watals.patch?…``, the same fields as a GET query).

The computation is ``hulpmiddelen.voorstel`` (the same comparison as ``inburgering-rules impact``).
The form works without JavaScript: a normal POST, ``multipart/form-data`` for the upload.
"""

from __future__ import annotations

import email.parser
import email.policy
from collections import defaultdict
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response
from openfisca_core.parameters import Parameter

from inburgering_rules import metadata
from inburgering_rules.hulpmiddelen import voorstel as vs
from inburgering_rules.hulpmiddelen.checks import EENHEDEN, PROVENANCE
from inburgering_rules.systeem import systeem
from inburgering_rules.uitleg import datum_tekst

from .wet_html import e, link, pagina, staafgrafiek, tabel, toon_waarde

router = APIRouter(prefix="/wet", include_in_schema=False)

VELDEN = ("vanaf", "waarde", "herkomst", "bron_titel", "bron_href", "toelichting")
MAX_BODY = vs.MAX_CASELOAD_BYTES + 100_000


def _blad(naam: str):
    parameter = metadata.find_parameter(systeem(), naam)
    return parameter if isinstance(parameter, Parameter) else None


def _formulier(naam: str, velden: dict[str, str], fout: vs.VoorstelFout | None = None) -> str:
    blad = _blad(naam)
    eenheid = (blad.metadata or {}).get("unit")
    laatste = sorted(blad.values_list, key=lambda w: w.instant_str)[-1]

    def veld(sleutel: str, label: str, invoer: str) -> str:
        melding = (f"<span class=\"veldfout\" id=\"fout-{sleutel}\">{e(fout.melding)}</span>"
                   if fout and fout.veld == sleutel else "")
        return f"<label class=\"{'fout' if melding else ''}\" id=\"veld-{sleutel}\">{e(label)}{invoer}{melding}</label>"

    waarde = {k: velden.get(k, "") for k in VELDEN}
    herkomst = "".join(f"<option value=\"{h}\"{' selected' if (waarde['herkomst'] or 'gerapporteerd') == h else ''}>{h}</option>"
                       for h in PROVENANCE)
    return (
        f"<form class=\"watals\" method=\"post\" action=\"/wet/parameter/{e(naam)}/watals\" enctype=\"multipart/form-data\">"
        + veld("vanaf", "Geldt vanaf", f"<input type=\"date\" name=\"vanaf\" value=\"{e(waarde['vanaf'])}\" required>")
        + veld("waarde", f"Nieuwe waarde, in {EENHEDEN.get(eenheid, eenheid)} (laatste in het bestand: vanaf "
                         f"{datum_tekst(laatste.instant_str)} {toon_waarde(laatste.value, eenheid)})",
               f"<input type=\"text\" name=\"waarde\" value=\"{e(waarde['waarde'])}\" required>")
        + veld("herkomst", "Herkomst", f"<select name=\"herkomst\">{herkomst}</select>")
        + veld("bron_titel", "Bron: wet, artikel, lid, versiedatum en citaat",
               f"<input type=\"text\" name=\"bron_titel\" value=\"{e(waarde['bron_titel'])}\" "
               "placeholder='Besluit inburgering 2021, art. 7.1 lid 2 (versie 2027-01-01): \"…\"'>")
        + veld("bron_href", "Link naar de bron (juriconnect)",
               f"<input type=\"url\" name=\"bron_href\" value=\"{e(waarde['bron_href'])}\" "
               "placeholder=\"https://wetten.overheid.nl/jci1.3:c:BWBR0045555&amp;artikel=7.1&amp;lid=2\">")
        + veld("toelichting", "Toelichting", f"<input type=\"text\" name=\"toelichting\" value=\"{e(waarde['toelichting'])}\">")
        + veld("caseload", "Caseload (JSON, zoals /calculate die leest; leeg = de voorbeeld-caseload)",
               "<input type=\"file\" name=\"caseload\" accept=\".json,application/json\">")
        + "<div><button type=\"submit\">Bereken het effect</button></div></form>"
    )


def _kop(naam: str) -> tuple[str, list]:
    blad = _blad(naam)
    titel = (blad.metadata or {}).get("label") or naam
    onderwerp = naam.split(".", 1)[0]
    return titel, [("/wet", "Wetverkenner"), (f"/wet#parameters-{onderwerp}", onderwerp.capitalize()),
                   (f"/wet/parameter/{naam}", titel), ("", "Wat als")]


@router.get("/parameter/{naam:path}/watals.patch")
def watals_patch(naam: str, request: Request):
    if _blad(naam) is None:
        return Response("Onbekende parameter.\n", status_code=404, media_type="text/plain; charset=utf-8")
    velden = {k: request.query_params.get(k, "") for k in VELDEN}
    try:
        uitkomst = vs.bereken(systeem(), vs.maak_voorstel(systeem(), naam, velden), [], scenarios=False)
    except vs.VoorstelFout as fout:
        return Response(f"{fout.melding}\n", status_code=400, media_type="text/plain; charset=utf-8")
    bestandsnaam = f"{naam}-{velden['vanaf']}.patch"
    return Response(uitkomst.patch, media_type="text/x-diff; charset=utf-8",
                    headers={"Content-Disposition": f"attachment; filename=\"{bestandsnaam}\""})


@router.get("/parameter/{naam:path}/watals")
def watals_formulier(naam: str):
    if _blad(naam) is None:
        return pagina("Niet gevonden", f"<h1>Niet gevonden</h1><p>Er is geen parameter <code>{e(naam)}</code> met waarden.</p>",
                      status=404)
    titel, kruimels = _kop(naam)
    uitleg = ("<p>Stel een nieuwe waarde voor, vanaf een datum. Er wordt niets opgeslagen. U ziet welke "
              "test-scenario's anders uitkomen en wat er verandert in een caseload. Daarna kunt u het voorstel "
              "downloaden als wijziging van het parameterbestand (een patch) om ter beoordeling voor te leggen.</p>")
    return pagina(f"Wat als: {titel}", f"<h1>Wat als: {e(titel)}</h1>{uitleg}" + _formulier(naam, {}), kruimels=kruimels)


async def _lees_formulier(request: Request) -> tuple[dict[str, str], bytes | None]:
    body = await request.body()
    if len(body) > MAX_BODY:
        raise vs.VoorstelFout("caseload", "Het formulier is te groot.")
    soort = request.headers.get("content-type", "")
    if soort.startswith("multipart/form-data"):
        bericht = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + soort.encode("latin-1") + b"\r\n\r\n" + body)
        velden, caseload = {}, None
        for deel in bericht.iter_parts() if bericht.is_multipart() else []:
            naam = deel.get_param("name", header="content-disposition")
            inhoud = deel.get_payload(decode=True) or b""
            if naam == "caseload":
                caseload = inhoud if inhoud.strip() else None
            elif naam:
                velden[naam] = inhoud.decode("utf-8", errors="replace")
        return velden, caseload
    try:
        return {k: v[0] for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True).items()}, None
    except UnicodeDecodeError:
        raise vs.VoorstelFout("formulier", "Het formulier is geen UTF-8-tekst.") from None


@router.post("/parameter/{naam:path}/watals")
async def watals_bereken(naam: str, request: Request):
    if _blad(naam) is None:
        return pagina("Niet gevonden", f"<h1>Niet gevonden</h1><p>Er is geen parameter <code>{e(naam)}</code>.</p>", status=404)
    titel, kruimels = _kop(naam)
    velden: dict[str, str] = {}
    try:
        velden, caseload = await _lees_formulier(request)
        voorstel = vs.maak_voorstel(systeem(), naam, velden)
        gevallen = vs.lees_caseload(caseload)
        uitkomst = vs.bereken(systeem(), voorstel, gevallen)
    except vs.VoorstelFout as fout:
        inhoud = (f"<h1>Wat als: {e(titel)}</h1><div class=\"fout\" role=\"alert\"><p>{e(fout.melding)}</p></div>"
                  + _formulier(naam, velden, fout))
        return pagina(f"Wat als: {titel}", inhoud, status=400, kruimels=kruimels)
    return pagina(f"Wat als: {titel}", f"<h1>Wat als: {e(titel)}</h1>" + _resultaat(naam, uitkomst, gevallen)
                  + "<h2>Nog een voorstel</h2>" + _formulier(naam, velden), kruimels=kruimels)


def _resultaat(naam: str, u: vs.Uitkomst, gevallen) -> str:
    blad = _blad(naam)
    eenheid = (blad.metadata or {}).get("unit")
    v = u.voorstel
    delen = [f"<p class=\"samenvatting\">Voorstel: <strong>{e(toon_waarde(v.waarde, eenheid))}</strong> vanaf "
             f"{e(datum_tekst(v.vanaf))} ({e(v.herkomst)}). Berekend in {u.seconden:.1f} seconden.</p>"]
    if u.problemen:
        delen.append("<div class=\"fout\"><p>Het gewijzigde bestand heeft nog problemen (inburgering-rules check):</p><ul>"
                     + "".join(f"<li>{e(p.melding)}</li>" for p in u.problemen) + "</ul></div>")
    if u.vergelijking is None:
        return "".join(delen)
    scenario_wijzigingen = [w for w in u.vergelijking.wijzigingen if w.verwacht or ".yaml: " in w.bron]
    delen.append(f"<h2>Test-scenario's die anders uitkomen: {len({w.bron for w in scenario_wijzigingen})}</h2>")
    if scenario_wijzigingen:
        delen.append(tabel(["scenario", "uitkomst", "was", "wordt", "het scenario verwacht"],
                           [[e(w.bron), f"<code>{e(w.waar)}</code>", e(w.oud), e(w.nieuw), e(w.verwacht)]
                            for w in scenario_wijzigingen], klasse="gewijzigd scenarios"))
        delen.append("<p>Een scenario dat anders uitkomt, faalt na deze wijziging: pas het aan als de nieuwe "
                     "waarde klopt (met de bron), of heroverweeg het voorstel.</p>")
    else:
        delen.append("<p>Geen enkel scenario komt anders uit.</p>")
    delen.append(f"<p class=\"versie\">{u.vergelijking.overgeslagen} scenario's niet herberekend: geen van hun "
                 f"uitkomsten leest deze parameter (volgens de formules).</p>")
    delen.append(_caseload_html(u, gevallen))
    query = urlencode({"vanaf": v.vanaf, "waarde": _invoer(v.waarde), "herkomst": v.herkomst,
                       "bron_titel": v.bron_titel, "bron_href": v.bron_href, "toelichting": v.toelichting})
    delen += ["<h2>Het voorstel als wijziging van het bestand</h2>",
              f"<p>{link(f'/wet/parameter/{naam}/watals.patch?{query}', 'Download de patch')} "
              f"(<code>git apply</code> vanuit de map van het project) — bestand <code>{e(u.bestand)}</code>.</p>",
              f"<pre class=\"patch\">{e(u.patch)}</pre>"]
    return "".join(delen)


def _invoer(waarde) -> str:
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    return str(waarde)


def _getal(tekst: str) -> float | None:
    try:
        return float(tekst)
    except ValueError:
        return None


def _caseload_html(u: vs.Uitkomst, gevallen) -> str:
    alle = u.vergelijking.situatie_uitkomsten or []
    gewijzigd = [w for w in alle if w.oud != w.nieuw]
    delen = [f"<h2>Effect op de caseload ({e(', '.join(b for b, _ in gevallen))})</h2>",
             f"<p><strong>{len(gewijzigd)} van {len(alle)} beslissingen veranderen.</strong></p>"]
    per_uitkomst: dict[str, list] = defaultdict(list)
    for w in gewijzigd:
        per_uitkomst[w.waar.split(".")[-1].split("@")[0]].append(w)
    if per_uitkomst:
        tbs = systeem()
        delen.append(tabel(["uitkomst", "aantal veranderd"],
                           [[link(f"/wet/variabele/{n}", tbs.variables[n].label if n in tbs.variables else n), str(len(ws))]
                            for n, ws in sorted(per_uitkomst.items())]))
    # Totals per output and period for every numeric output (e.g. the SPUK per gemeente and year).
    totalen: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    per_gemeente: list[tuple[str, float, float]] = []
    for w in alle:
        oud, nieuw = _getal(w.oud), _getal(w.nieuw)
        if oud is None or nieuw is None:
            continue
        plek, periode = w.waar.rsplit("@", 1)
        variabele = plek.split(".")[-1]
        totalen[(variabele, periode)][0] += oud
        totalen[(variabele, periode)][1] += nieuw
        if plek.startswith("gemeenten.") and variabele == "spuk_inburgeringsvoorzieningen":
            per_gemeente.append((f"{plek.split('.')[1]} {periode}", oud, nieuw))
    veranderd = {k: t for k, t in totalen.items() if round(t[0], 2) != round(t[1], 2)}
    if veranderd:
        delen.append("<h3>Totalen</h3>" + tabel(
            ["uitkomst", "periode", "was", "wordt", "verschil"],
            [[f"<code>{e(n)}</code>", e(p), e(_euro_of_getal(n, t[0])), e(_euro_of_getal(n, t[1])),
              e(_euro_of_getal(n, t[1] - t[0], teken=True))] for (n, p), t in sorted(veranderd.items())]))
    if per_gemeente:
        delen.append("<h3>SPUK per gemeente</h3>" + staafgrafiek(per_gemeente, "currency-EUR"))
    elif veranderd:
        delen.append("<h3>Totalen, was en wordt</h3>" + staafgrafiek(
            [(f"{n} {p}", t[0], t[1]) for (n, p), t in sorted(veranderd.items())], None))
    return "".join(delen)


def _euro_of_getal(variabele: str, waarde: float, teken: bool = False) -> str:
    tbs = systeem()
    is_geld = getattr(tbs.variables.get(variabele), "unit", None) == "currency-EUR"
    tekst = toon_waarde(abs(waarde) if teken else waarde, "currency-EUR" if is_geld else None)
    if not is_geld:
        tekst = f"{abs(waarde) if teken else waarde:g}"
    return (("+ " if waarde >= 0 else "− ") + tekst) if teken else tekst
