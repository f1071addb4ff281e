"""``/duo/beoordeling``: DUO's resources in, the rules' decisions out, and every place where DUO's
registration and the law as modelled disagree.

The decisions come from the same engine as ``/calculate`` (``gedeeltelijk.calculate_partial``): a
person for whom a decision needs a fact neither DUO nor ``gegevens`` gave gets that decision under
``niet_te_bepalen`` with the fact named, and the others are still answered.
"""

from __future__ import annotations

import datetime
from typing import Any

from ..dates import NOOIT_DATE
from ..errors import ClientError, ErrorCollector
from ..gedeeltelijk import calculate_partial
from ..situatie import read_situation
from ..wetten import BI2021, RI2021, WI2021, artikel, titel
from .bsn import bsn_probleem
from .vertaling import DUO_API_VERSIES, Vertaald, lezer, termijn_einde, vertaal

BESLUITEN = (
    "inburgeringsplichtig", "reden_geen_inburgeringsplicht", "inburgeringsregime", "doelgroep",
    "datum_aanvang_inburgeringsplicht", "inburgeringstermijn_startdatum", "inburgeringstermijn_einddatum",
    "pip_uiterste_datum", "pip_te_laat", "vereist_taalniveau", "leerroute_afgerond", "pvt_verplicht", "map_verplicht",
    "z_route_afgerond",
)
NOOIT = NOOIT_DATE.isoformat()
# The BRP and IND facts every decision here starts from (Wi2021 art. 3: nationality, residence permit
# and its date, age). The rules give them defaults for a batch where one person lacks them; the
# adapter does not lean on those: without them a decision is "niet te bepalen", naming the fact.
BENODIGD = ("geboortedatum", "nationaliteit", "verblijfsgrond", "datum_verblijfsrecht")


def bevinding(code: str, ernst: str, melding: str, link: str, **waarden) -> dict[str, Any]:
    """One finding: ``ernst`` is ``fout`` (DUO would refuse it, or the data contradict the law),
    ``waarschuwing`` (DUO and the rules disagree; someone should look) or ``info``."""
    return {"code": code, "ernst": ernst, "melding": melding, "artikel": {"titel": titel(link), "href": link}, **waarden}


def lees_verzoek(tbs, body: Any, sleutels: tuple[str, ...] = ("peildatum", "personen")) -> tuple[datetime.date, dict]:
    """The envelope of a /duo request: ``peildatum`` and ``personen`` keyed by a valid BSN."""
    errors = ErrorCollector()
    if not isinstance(body, dict):
        raise ClientError(400, {"error": "Het verzoek moet een JSON-object zijn met 'peildatum' en 'personen'."})
    for naam in body:
        if naam not in sleutels:
            errors.add([naam], f"onbekend veld; verwacht: {', '.join(sleutels)}")
    peildatum = lezer(errors, []).datum(["peildatum"], body.get("peildatum"))
    personen = body.get("personen")
    if not isinstance(personen, dict) or not personen:
        errors.add(["personen"], "verwacht een object van BSN naar de DUO-resources van die persoon")
        personen = {}
    for bsn in personen:
        if probleem := bsn_probleem(bsn):
            errors.add(["personen", bsn], f"ongeldig BSN: {probleem}")
    errors.raise_if_any()
    return peildatum, personen


def termijn_jaren(tbs, peildatum: datetime.date) -> int:
    try:
        return int(tbs.parameters(peildatum.isoformat()).termijn.duur_jaren["WI2021"])
    except Exception:  # no Wi2021 term on that date: DUO's API covers Wi2021 persons only
        raise ClientError(400, {"peildatum": f"op {peildatum} geldt de Wet inburgering 2021 niet; "
                                             "DUO's API's gaan over Wi2021-inburgeraars"}) from None


def vertaal_alle(tbs, body: Any) -> tuple[datetime.date, dict[str, Vertaald]]:
    peildatum, personen = lees_verzoek(tbs, body)
    jaren = termijn_jaren(tbs, peildatum)
    errors = ErrorCollector()
    vertaald = {bsn: vertaal(bsn, persoon, peildatum, errors, jaren) for bsn, persoon in personen.items()}
    errors.raise_if_any()
    _valideer_invoer(tbs, vertaald)
    return peildatum, vertaald


def _valideer_invoer(tbs, vertaald: dict[str, Vertaald]) -> None:
    """``gegevens`` are validated as /calculate validates them; a problem is named under ``gegevens``."""
    try:
        read_situation(tbs, {"personen": {bsn: v.invoer for bsn, v in vertaald.items()}})
    except ClientError as error:
        body = {}
        for bsn, problemen in (error.body.get("personen") or {}).items():
            body[bsn] = {"gegevens": problemen} if isinstance(problemen, dict) else problemen
        raise ClientError(400, {"personen": body} if body else error.body) from error


def bereken(tbs, vertaald: dict[str, Vertaald], peildatum: datetime.date, besluiten=BESLUITEN):
    """Every decision for every person: ``(waarden, niet_te_bepalen)`` per BSN."""
    dag = peildatum.isoformat()

    def situatie(wie, welke):
        return {"personen": {bsn: {**vertaald[bsn].invoer, **{b: {dag: None} for b in welke}} for bsn in wie}}

    waarden: dict[str, dict[str, Any]] = {bsn: {} for bsn in vertaald}
    fouten: dict[str, dict[str, Any]] = {bsn: {} for bsn in vertaald}
    compleet = []
    for bsn, v in vertaald.items():
        if ontbreekt := [naam for naam in BENODIGD if naam not in v.invoer]:
            melding = (f"niet te bepalen: {', '.join(ontbreekt)} ontbreekt (een BRP/IND-gegeven dat DUO niet levert; "
                       "geef het onder 'gegevens')")
            fouten[bsn] = {b: melding for b in besluiten}
        else:
            compleet.append(bsn)
    if not compleet:
        return waarden, fouten
    antwoord = calculate_partial(tbs, situatie(compleet, besluiten))
    mislukt = set((antwoord["errors"].get("personen") or {}))
    for bsn in compleet:
        if bsn not in mislukt:
            waarden[bsn] = {b: antwoord["personen"][bsn][b][dag] for b in besluiten}
    # A person the whole set failed for: each decision on its own, so those that need fewer facts
    # (the term's dates, the PVT duty) are still answered.
    for besluit in besluiten:
        if not mislukt:
            break
        los = calculate_partial(tbs, situatie(sorted(mislukt), [besluit]))
        for bsn in mislukt:
            fout = (los["errors"].get("personen") or {}).get(bsn)
            if fout is None:
                waarden[bsn][besluit] = los["personen"][bsn][besluit][dag]
            else:
                fouten[bsn][besluit] = fout
    return waarden, fouten


def beoordeel(tbs, body: Any) -> dict[str, Any]:
    peildatum, vertaald = vertaal_alle(tbs, body)
    waarden, fouten = bereken(tbs, vertaald, peildatum)
    jaren = termijn_jaren(tbs, peildatum)
    personen = {}
    for bsn, v in vertaald.items():
        personen[bsn] = {
            "besluiten": waarden[bsn],
            "niet_te_bepalen": fouten[bsn],
            "situatie": v.invoer,
            "herkomst": v.herkomst,
            "bevindingen": vergelijk(v, waarden[bsn], peildatum, jaren),
            "niet_gebruikt": v.niet_gebruikt,
        }
    aantal = {"personen": len(personen),
              "volledig_bepaald": sum(1 for p in personen.values() if not p["niet_te_bepalen"]),
              "met_bevindingen": sum(1 for p in personen.values() if p["bevindingen"])}
    return {"peildatum": peildatum.isoformat(), "duo_api_versies": DUO_API_VERSIES, "personen": personen,
            "samenvatting": aantal}


def _duo_plichtig(plicht: dict[str, Any], peildatum: datetime.date) -> bool:
    """DUO's plicht on the peildatum: its period when it gives one, else its indicator."""
    if "begindatum" in plicht:
        return plicht["begindatum"] <= peildatum and plicht.get("einddatum", datetime.date.max) >= peildatum
    return bool(plicht.get("indicatorInburgeringsplicht"))


def vergelijk(v: Vertaald, regels: dict[str, Any], peildatum: datetime.date, jaren: int) -> list[dict[str, Any]]:
    """The findings: where DUO's registration and the rules disagree, or DUO's data contradict the law."""
    duo = v.duo
    uit = []
    plicht_regels = regels.get("inburgeringsplichtig")
    if duo.plicht is not None and plicht_regels is not None:
        plicht_duo = _duo_plichtig(duo.plicht, peildatum)
        if plicht_duo != plicht_regels:
            reden = regels.get("reden_geen_inburgeringsplicht")
            if plicht_duo:
                melding = (f"DUO registreert een inburgeringsplicht op {peildatum}, maar de regels leiden af dat er "
                           f"geen plicht is (reden: {reden}).")
            else:
                melding = (f"DUO registreert op {peildatum} geen inburgeringsplicht"
                           f"{' (' + duo.plicht['redenGeenInburgeringsplicht'] + ')' if 'redenGeenInburgeringsplicht' in duo.plicht else ''}"
                           ", maar de regels leiden een plicht af uit de gegeven feiten.")
            uit.append(bevinding("PLICHT_WIJKT_AF", "waarschuwing", melding, artikel(WI2021, "3", lid=1),
                                 duo=plicht_duo, regels=plicht_regels))
        aanvang = regels.get("datum_aanvang_inburgeringsplicht")
        if plicht_duo and "begindatum" in duo.plicht and aanvang not in (None, NOOIT) \
                and aanvang != duo.plicht["begindatum"].isoformat():
            uit.append(bevinding(
                "AANVANG_WIJKT_AF", "waarschuwing",
                f"DUO laat de inburgeringsplicht beginnen op {duo.plicht['begindatum']}; volgens de regels begint "
                f"die op {aanvang} (de latere van het verblijfsrecht en het einde van de kwalificatieplicht).",
                artikel(WI2021, "3", lid=1), duo=duo.plicht["begindatum"].isoformat(), regels=aanvang))
    if duo.doelgroep and "indeling" in duo.doelgroep and regels.get("doelgroep") not in (None, "GEEN"):
        verwacht = "Asielstatushouder" if regels["doelgroep"] == "ASIELSTATUSHOUDER" else "Gezinsmigrant en overige migrant"
        if duo.doelgroep["indeling"] != verwacht:
            uit.append(bevinding(
                "DOELGROEP_WIJKT_AF", "waarschuwing",
                f"DUO deelt de persoon in als '{duo.doelgroep['indeling']}'; de regels leiden doelgroep "
                f"{regels['doelgroep']} af uit de verblijfsgrond.", artikel(WI2021, "13", lid=1),
                duo=duo.doelgroep["indeling"], regels=regels["doelgroep"]))
    if plicht_regels and duo.gehele_vrijstellingen:
        for vrijstelling in duo.gehele_vrijstellingen:
            reden = vrijstelling.get("reden")
            link = artikel(BI2021, "2.3") if reden == "AVI" else artikel(RI2021, "2.1")
            uit.append(bevinding(
                "VRIJSTELLING_NIET_AFGELEID", "waarschuwing",
                f"DUO kende een gehele vrijstelling toe (reden {reden}), maar de regels leiden een inburgeringsplicht af: "
                "het model kent een vrijstelling alleen via 'diploma'. Geef het diploma mee onder 'gegevens', of volg DUO.",
                link, duo=reden, regels=True))
    uit += _termijn(v, regels, jaren)
    pip = duo.pip
    uiterste = regels.get("pip_uiterste_datum")
    if pip and "dagtekeningPip" in pip and uiterste not in (None, NOOIT) and pip["dagtekeningPip"].isoformat() > uiterste:
        uit.append(bevinding(
            "PIP_TE_LAAT", "waarschuwing",
            f"Het PIP is gedagtekend op {pip['dagtekeningPip']}, na de uiterste datum {uiterste} (10 weken na de "
            "kennisgeving of de inschrijving in de BRP).", artikel(BI2021, "5.3"),
            duo=pip["dagtekeningPip"].isoformat(), regels=uiterste))
    if duo.zroute and duo.zroute.get("datumAfrondingZroute") and duo.zroute["datumAfrondingZroute"] <= peildatum \
            and regels.get("z_route_afgerond") is False:
        uit.append(bevinding(
            "ZROUTE_AFRONDING_WIJKT_AF", "waarschuwing",
            f"De Z-route is geregistreerd als afgerond op {duo.zroute['datumAfrondingZroute']}, maar de gevolgde uren "
            "en het eindgesprek voldoen volgens de regels niet (800 uur taal en KNM, voor asielstatushouders ook "
            "800 uur participatie, en het eindgesprek).", artikel(BI2021, "3.14"), regels=False))
    return uit


def _termijn(v: Vertaald, regels: dict[str, Any], jaren: int) -> list[dict[str, Any]]:
    duo = v.duo
    uit = []
    t = duo.termijn
    if duo.pip and "dagtekeningPip" in duo.pip:
        dagtekening = duo.pip["dagtekeningPip"]
        if t is None:
            uit.append(bevinding(
                "EERSTE_PIP_AANGENOMEN", "info",
                f"Zonder inburgeringstermijn van DUO is het actuele PIP ({dagtekening}) als eerste PIP genomen; een "
                "gewijzigd PIP verschuift de termijn niet.", artikel(WI2021, "11", lid=3)))
        elif dagtekening + datetime.timedelta(days=1) < t["startdatum"]:
            uit.append(bevinding(
                "TERMIJNSTART_NA_PIP", "fout",
                f"De termijn begint op {t['startdatum']}, maar het PIP is al gedagtekend op {dagtekening}: de termijn "
                "begint op de dag na de dagtekening van het PIP.", artikel(WI2021, "11", lid=2),
                duo=t["startdatum"].isoformat(), regels=(dagtekening + datetime.timedelta(days=1)).isoformat()))
        elif dagtekening + datetime.timedelta(days=1) > t["startdatum"]:
            uit.append(bevinding(
                "PIP_GEWIJZIGD", "info",
                f"Het actuele PIP ({dagtekening}) is later dan het PIP waarmee de termijn begon: een gewijzigd of "
                "opnieuw vastgesteld PIP verschuift de termijn niet.", artikel(WI2021, "11", lid=3)))
    if t is None:
        return uit
    verwacht = termijn_einde(t["startdatum"], jaren)
    if "verlengingsgrondcode" not in t and t["einddatum"] != verwacht:
        uit.append(bevinding(
            "TERMIJNEINDE_WIJKT_AF", "fout",
            f"De termijn eindigt volgens DUO op {t['einddatum']}, maar zonder verlenging is dat start "
            f"{t['startdatum']} + {jaren} jaar − 1 dag = {verwacht}.", artikel(WI2021, "11", lid=1),
            duo=t["einddatum"].isoformat(), regels=verwacht.isoformat()))
    if "verlengingsgrondcode" in t:
        if t["einddatum"] <= verwacht:
            uit.append(bevinding(
                "VERLENGING_ZONDER_LATER_EINDE", "fout",
                f"DUO geeft verlengingsgrond {t['verlengingsgrondcode']}, maar de einddatum {t['einddatum']} ligt niet "
                f"na het einde van de gewone termijn ({verwacht}).", artikel(WI2021, "12"),
                duo=t["einddatum"].isoformat(), regels=verwacht.isoformat()))
        else:
            uit.append(bevinding(
                "TERMIJN_VERLENGD", "info",
                f"Verlengd (grond {t['verlengingsgrondcode']}) met {(t['einddatum'] - verwacht).days} dagen tot "
                f"{t['einddatum']}.", artikel(WI2021, "12")))
    oorspronkelijk = [h for h in duo.termijn_historie if h and "verlengingsgrondcode" not in h and "einddatum" in h]
    if oorspronkelijk:
        eerste = min(oorspronkelijk, key=lambda h: h.get("wijzigingsdatum", datetime.date.min))
        if eerste["einddatum"] != verwacht:
            uit.append(bevinding(
                "OORSPRONKELIJK_TERMIJNEINDE_WIJKT_AF", "fout",
                f"In de historie eindigt de termijn zonder verlenging op {eerste['einddatum']}; start "
                f"{t['startdatum']} + {jaren} jaar − 1 dag is {verwacht}.", artikel(WI2021, "11", lid=1),
                duo=eerste["einddatum"].isoformat(), regels=verwacht.isoformat()))
    einde_regels = regels.get("inburgeringstermijn_einddatum")
    if einde_regels not in (None, NOOIT) and einde_regels != t["einddatum"].isoformat():
        uit.append(bevinding(
            "TERMIJNEINDE_REGELS_WIJKT_AF", "waarschuwing",
            f"De regels komen op een termijneinde van {einde_regels}; DUO registreert {t['einddatum']}.",
            artikel(WI2021, "11", lid=1), duo=t["einddatum"].isoformat(), regels=einde_regels))
    return uit
