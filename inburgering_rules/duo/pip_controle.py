"""``/duo/pip-controle``: check a PIP before the municipality sends it to DUO (``POST /personen/{bsn}/PIP``).

Per person: ``nieuw_pip`` (DUO's ``PIP`` object exactly as it will be posted) and whatever DUO already
returned for that person (the same resources as ``/duo/beoordeling``; ``pip`` is the current PIP, if
any). Each finding is Dutch, names its article and is a ``fout`` (DUO refuses the PIP, or the law does
not allow it) or a ``waarschuwing`` / ``info``. DUO's registration conditions are in
``../shared/reference/duo-m2m/README.md`` ("Het aanleveren van een PIP").
"""

from __future__ import annotations

import datetime
from typing import Any

from ..errors import ErrorCollector
from ..wetten import BI2021, WI2021, artikel
from .beoordeling import _duo_plichtig, _valideer_invoer, bereken, bevinding, lees_verzoek, termijn_jaren
from .vertaling import LEERROUTE, Vertaald, lees_pip, lezer, vertaal

BESLUITEN = ("inburgeringsplichtig", "datum_aanvang_inburgeringsplicht", "doelgroep", "pip_uiterste_datum",
             "pvt_verplicht", "map_verplicht")
NOOIT = "9999-12-31"


def controleer(tbs, body: Any) -> dict[str, Any]:
    peildatum, personen = lees_verzoek(tbs, body)
    jaren = termijn_jaren(tbs, peildatum)
    errors = ErrorCollector()
    nieuw: dict[str, dict[str, Any]] = {}
    vertaald: dict[str, Vertaald] = {}
    for bsn, persoon in personen.items():
        if not isinstance(persoon, dict) or "nieuw_pip" not in persoon:
            errors.add(["personen", bsn, "nieuw_pip"], "verplicht: het PIP-object dat naar DUO gaat (API PIP)")
            continue
        rest = {k: v for k, v in persoon.items() if k != "nieuw_pip"}
        pip = lees_pip(lezer(errors, ["personen", bsn]), ["nieuw_pip"], persoon["nieuw_pip"])
        v = vertaal(bsn, rest, peildatum, errors, jaren)
        if pip and "dagtekeningPip" in pip and "leerroute" in pip:
            nieuw[bsn] = pip
            # The rules see the plan as it will be: the new PIP is the first unless DUO already has one.
            v.invoer.setdefault("datum_dagtekening_pip", pip["dagtekeningPip"].isoformat())
            v.herkomst.setdefault("datum_dagtekening_pip", "nieuw_pip.dagtekeningPip")
            v.invoer["leerroute"] = LEERROUTE[pip["leerroute"]]
            v.herkomst["leerroute"] = "nieuw_pip.leerroute"
        vertaald[bsn] = v
    errors.raise_if_any()
    _valideer_invoer(tbs, vertaald)
    waarden, fouten = bereken(tbs, vertaald, peildatum, BESLUITEN)
    uit = {}
    for bsn, pip in nieuw.items():
        bevindingen = controleer_pip(pip, vertaald[bsn], waarden[bsn], fouten[bsn])
        uit[bsn] = {"geldig": not any(b["ernst"] == "fout" for b in bevindingen), "bevindingen": bevindingen,
                    "besluiten": waarden[bsn], "niet_te_bepalen": fouten[bsn]}
    return {"peildatum": peildatum.isoformat(), "personen": uit,
            "samenvatting": {"personen": len(uit), "geldig": sum(1 for p in uit.values() if p["geldig"])}}


def controleer_pip(pip: dict[str, Any], v: Vertaald, regels: dict[str, Any], niet_bepaald: dict[str, Any]):
    duo = v.duo
    dag: datetime.date = pip["dagtekeningPip"]
    route = pip["leerroute"]
    niveau = pip.get("niveau")
    eerste_pip = duo.pip is None and duo.termijn is None
    uit = []

    # --- dagtekening against the plicht ---
    if duo.plicht is not None:
        if not _duo_plichtig(duo.plicht, dag):
            uit.append(bevinding(
                "GEEN_PLICHT_OP_DAGTEKENING", "fout",
                f"Op de dagtekening {dag} is de persoon volgens DUO niet inburgeringsplichtig; het college stelt een "
                "PIP vast voor een inburgeringsplichtige.", artikel(WI2021, "15", lid=1)))
        if "begindatum" in duo.plicht and dag < duo.plicht["begindatum"]:
            uit.append(bevinding(
                "DAGTEKENING_VOOR_START_PLICHT", "fout",
                f"De dagtekening {dag} ligt voor de start van de inburgeringsplicht ({duo.plicht['begindatum']}); "
                "DUO registreert zo'n PIP niet.", artikel(WI2021, "15", lid=1)))
    elif regels.get("inburgeringsplichtig") is False:
        uit.append(bevinding(
            "GEEN_PLICHT_VOLGENS_REGELS", "fout",
            "Volgens de regels is de persoon op de peildatum niet inburgeringsplichtig; een PIP is er alleen voor een "
            "inburgeringsplichtige.", artikel(WI2021, "15", lid=1)))
    elif regels.get("datum_aanvang_inburgeringsplicht") not in (None, NOOIT) \
            and dag.isoformat() < regels["datum_aanvang_inburgeringsplicht"]:
        uit.append(bevinding(
            "DAGTEKENING_VOOR_START_PLICHT", "fout",
            f"De dagtekening {dag} ligt voor de aanvang van de inburgeringsplicht "
            f"({regels['datum_aanvang_inburgeringsplicht']}).", artikel(WI2021, "15", lid=1)))
    if duo.pip and "dagtekeningPip" in duo.pip and dag < duo.pip["dagtekeningPip"]:
        uit.append(bevinding(
            "DAGTEKENING_VOOR_ACTUELE_PIP", "fout",
            f"Een gewijzigd PIP mag niet eerder gedagtekend zijn dan het actuele PIP ({duo.pip['dagtekeningPip']}).",
            artikel(WI2021, "11", lid=3)))
    if duo.termijn and dag < duo.termijn["startdatum"] - datetime.timedelta(days=1):
        uit.append(bevinding(
            "DAGTEKENING_VOOR_EERSTE_PIP", "fout",
            f"De dagtekening ligt voor die van het eerste PIP ({duo.termijn['startdatum'] - datetime.timedelta(days=1)}, "
            "de dag voor de start van de termijn).", artikel(WI2021, "11", lid=2)))
    inschrijving = v.invoer.get("datum_inschrijving_brp")
    if isinstance(inschrijving, str) and dag.isoformat() < inschrijving:
        uit.append(bevinding(
            "DAGTEKENING_VOOR_VESTIGING", "fout",
            f"De dagtekening {dag} ligt voor de inschrijving in de gemeente ({inschrijving}); DUO registreert zo'n "
            "PIP niet.", artikel(BI2021, "5.3")))

    # --- the deadline ---
    uiterste = regels.get("pip_uiterste_datum")
    if uiterste not in (None, NOOIT) and dag.isoformat() > uiterste:
        uit.append(bevinding(
            "NA_UITERSTE_DATUM", "waarschuwing",
            f"De dagtekening {dag} ligt na de uiterste datum {uiterste}: het college stelt het PIP vast binnen 10 weken "
            "na de kennisgeving van DUO of, als dat later is, de inschrijving in de BRP.", artikel(BI2021, "5.3")))
    elif "pip_uiterste_datum" in niet_bepaald:
        uit.append(bevinding(
            "UITERSTE_DATUM_ONBEKEND", "info",
            "De uiterste datum voor het PIP is niet te bepalen; zie niet_te_bepalen.pip_uiterste_datum voor het "
            "ontbrekende gegeven.", artikel(BI2021, "5.3")))

    # --- leerroute against niveau ---
    if niveau == "A2" and route == "O":
        uit.append(bevinding(
            "NIVEAU_A2_ONDERWIJSROUTE", "fout",
            "Niveau A2 past niet bij de onderwijsroute: die leidt op naar onderwijs op ten minste niveau B1.",
            artikel(WI2021, "8")))
    if niveau == "B1" and route == "Z":
        uit.append(bevinding(
            "NIVEAU_B1_ZROUTE", "fout",
            "Niveau B1 past niet bij de zelfredzaamheidsroute: die is er voor wie B1 niet haalbaar is en kent geen "
            "taalexamen op B1.", artikel(WI2021, "9")))
    if niveau == "A2" and route == "B" and eerste_pip:
        uit.append(bevinding(
            "AFSCHALEN_IN_EERSTE_PIP", "fout",
            "Niveau A2 in de B1-route in het eerste PIP: afschalen naar A2 kan pas na aanzienlijke inspanningen in de "
            "B1-route; DUO registreert dit niet in een eerste PIP.", artikel(WI2021, "17", lid=3)))
    if niveau is None and route in ("B", "O"):
        uit.append(bevinding(
            "NIVEAU_B1_VASTGESTELD", "info", "Zonder niveau stelt DUO bij de B1-route en de onderwijsroute niveau B1 vast.",
            artikel(WI2021, "7", lid=1)))

    # --- intensiteit ---
    if "geschatteIntensiteitB1Route" in pip:
        asiel = (duo.doelgroep or {}).get("indeling") == "Asielstatushouder" or regels.get("doelgroep") == "ASIELSTATUSHOUDER"
        if route != "B" or not asiel:
            uit.append(bevinding(
                "INTENSITEIT_NIET_TOEGESTAAN", "fout",
                "De geschatte intensiteit van de B1-route mag alleen bij de B1-route van een asielstatushouder worden "
                "aangeleverd.", artikel(WI2021, "15", lid=2)))

    # --- leerbaarheidstoets ---
    lbt = duo.lbt
    if route in ("B", "Z") and (lbt is None or lbt["datumAfname"] > dag):
        uit.append(bevinding(
            "GEEN_LEERBAARHEIDSTOETS", "waarschuwing",
            "Er is geen uitslag van de leerbaarheidstoets van voor de dagtekening; de brede intake omvat de "
            "leerbaarheidstoets, en die bepaalt of de B1-route of de zelfredzaamheidsroute past.",
            artikel(WI2021, "14", lid=3)))
    elif lbt is not None and route == "B" and lbt["resultaat"] == "B1-route niet haalbaar":
        uit.append(bevinding(
            "B1ROUTE_TEGEN_LEERBAARHEIDSTOETS", "waarschuwing",
            f"De leerbaarheidstoets van {lbt['datumAfname']} zegt 'B1-route niet haalbaar', maar het PIP legt de "
            "B1-route vast.", artikel(WI2021, "9")))
    elif lbt is not None and route == "Z" and lbt["resultaat"] == "B1-route haalbaar":
        uit.append(bevinding(
            "ZROUTE_TEGEN_LEERBAARHEIDSTOETS", "waarschuwing",
            f"De leerbaarheidstoets van {lbt['datumAfname']} zegt 'B1-route haalbaar', maar het PIP legt de "
            "zelfredzaamheidsroute vast: die is er voor wie B1 niet haalbaar is.", artikel(WI2021, "9")))

    # --- MAP and PVT ---
    pvt = regels.get("pvt_verplicht")
    mapv = regels.get("map_verplicht")
    if pvt is None:
        pvt = True  # the rules could not say; the law asks it in every route of a plichtige (art. 6 lid 1 a)
    if mapv is None:
        mapv = route != "O"
    if pvt:
        uit.append(bevinding(
            "PVT_VERPLICHT", "info", "Het participatieverklaringstraject hoort in het PIP (ten minste 12 uur), in elke "
            "leerroute.", artikel(WI2021, "6", lid=1)))
    if mapv:
        uit.append(bevinding(
            "MAP_VERPLICHT", "info", "De module Arbeidsmarkt en Participatie hoort in het PIP (niet in de "
            "onderwijsroute).", artikel(BI2021, "3.2")))
    elif route == "O":
        uit.append(bevinding(
            "GEEN_MAP_ONDERWIJSROUTE", "info", "In de onderwijsroute geldt de module Arbeidsmarkt en Participatie niet.",
            artikel(WI2021, "8", lid=3)))
    if duo.map and duo.termijn and duo.map["datumEindgesprekMap"] < duo.termijn["startdatum"]:
        uit.append(bevinding(
            "MAP_VOOR_TERMIJN", "fout", "De datum van het eindgesprek MAP ligt voor de start van de inburgeringstermijn.",
            artikel(BI2021, "3.2")))
    if duo.pvt and duo.termijn and duo.pvt["datumOndertekeningPvt"] < duo.termijn["startdatum"]:
        uit.append(bevinding(
            "PVT_VOOR_TERMIJN", "fout", "De datum van ondertekening PVT ligt voor de start van de inburgeringstermijn.",
            artikel(BI2021, "3.1")))
    return uit

