"""Shared building blocks for the money rules: fines (RULEBOOK §6), ontzorgen (§7) and financing (§8).

- ``parameterwaarde``: a figure that may be unknown for a year is read here; an unknown one is a
  ``ParameterZonderWaarde`` naming the parameter and the date (never a guess, RULEBOOK §0).
- ``eerste_dag`` / ``laatste_dag``: the DAY period at the start / end of a MONTH or YEAR (to ask DAY variables about it);
  ``maandnummer``: calendar months since 1970-01 (to count the months of ontzorgen).
- ``aanvang_bijstand``: ``datum_aanvang_bijstand``, checked against ``datum_verblijfsrecht``.
- ``ontzorgen_laatste_dag``: the last day of the six months of Pw art. 56a lid 2, counted from a day.
- ``lening_aanspraak``: first and last day of the DUO loan's aanspraak for an inburgeringsplichtige.
- ``op_centen``: money as float64 rounded to whole cents (exact up to well beyond € 1 billion).
- ``spuk_cohortdeel`` / ``eerste_spuk_cohortjaar``: one cohort's SPUK part; only Wi2021 cohorts count.
- ``eerste_prestatiejaar``: the first budget year in which completed trajectories weigh (Bi2021 art. 10.3 lid 5).
- ``termijn_verstreken`` / ``duo_boete_opgeschort``: the two conditions every DUO fine shares.
- ``wi2013_onderdelen_b_en_c_behaald``: the Wi2013 exam parts whose absence DUO fines from 2017-10-01.
- ``nieuwe_termijn_maanden``: the new term DUO sets in a fine decision (first or repeat fine).
- ``herhaalde_duo_boete``: is the next DUO fine of the chain (Wi2021 art. 24 lid 3-4, Wi2013 art. 33)
  due on the peildatum, given the earlier fine decisions.
- ``uiterlijk_maanden_na_het_jaar``: the last day of N months after a calendar year (SPUK deadlines).
- ``hoofdstuk``: a juriconnect link to a chapter (``wetten.artikel`` links articles).
"""

from __future__ import annotations

import numpy as np
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.periods import DateUnit, Period

from .dates import NOOIT, add_days, add_months, add_years, as_days, peildatum
from .errors import ParameterZonderWaarde
from .rules import begrensd, niet_eerder_dan, niet_negatief, vereist


def eerste_dag(period) -> Period:
    """The first day of ``period`` as a DAY period (e.g. 2024-02 → 2024-02-01)."""
    return Period((DateUnit.DAY, period.start, 1))


def laatste_dag(period) -> Period:
    """The last day of ``period`` as a DAY period (e.g. 2024-02 → 2024-02-29)."""
    return Period((DateUnit.DAY, period.stop, 1))


def parameterwaarde(parameters, period, pad: str, detail: str = ""):
    """The value of the parameter at dotted ``pad`` on ``period.start``, or ``ParameterZonderWaarde``.

    A year whose figure nobody could find has no value (``value: null`` or no entry yet), and
    OpenFisca then raises a ``ParameterNotFoundError`` that does not even name the parameter. This
    turns it into the project's error with the full name and the date, so the API answers a 400.
    """
    datum = str(period.start)
    try:
        node = parameters(period)
        for deel in pad.split("."):
            node = getattr(node, deel)
    except ParameterNotFoundError as error:
        raise ParameterZonderWaarde(pad, datum, detail) from error
    if node is None:
        raise ParameterZonderWaarde(pad, datum, detail)
    return node


def aanvang_bijstand(persoon, period) -> np.ndarray:
    """``datum_aanvang_bijstand``; a start before the residence right was made known is impossible.

    Participatiewet art. 11 lid 2 en 3: a vreemdeling has a right to bijstand only with lawful
    residence, so bijstand cannot start before ``datum_verblijfsrecht``. Checked only where both
    dates are given (a missing permit date means: no lawful residence known, so no ontzorgen).
    """
    return niet_eerder_dan(
        persoon, "datum_aanvang_bijstand", persoon("datum_aanvang_bijstand", period),
        persoon("datum_verblijfsrecht", period),
        "a date on or after datum_verblijfsrecht (bijstand cannot start before the residence right, "
        "Participatiewet art. 11)",
    )


def ontzorgen_laatste_dag(aanvang, duur_maanden) -> np.ndarray:
    """Last day of "een periode van zes maanden, gerekend vanaf de dag waarop het recht op bijstand
    ontstaat" (Participatiewet art. 56a lid 2): the day before the same day ``duur_maanden`` later,
    like every term counted from a day (dates.term_end). 2024-03-15 → 2024-09-14; 2024-08-31 →
    2025-02-27 (2025-02-28 is the clamped date six months on, the period ends the day before).
    """
    return add_days(add_months(aanvang, duur_maanden), -1)


def maandnummer(dates) -> np.ndarray:
    """Months since 1970-01 (for counting calendar months); 9999-12-31 stays far in the future."""
    return as_days(dates).astype("datetime64[M]").astype(np.int64)


def lening_aanspraak(persoon, period, parameters) -> tuple[np.ndarray, np.ndarray]:
    """First and last day on which an inburgeringsplichtige has aanspraak on the DUO loan.

    Bi2021 art. 6.3 lid 1 (versie 2022-01-01, gelijk 2026-04-02): aanspraak "gedurende de termijn,
    bedoeld in artikel 11 van de wet, gedurende de verlengde termijn [...] en gedurende de termijn,
    genoemd in de boetebeschikking, bedoeld in de artikelen 24, tweede lid, en 25, tweede lid";
    Besluit inburgering (2013) art. 4.2 lid 1 says the same for the Wi2013 terms. Cut off by Wi2021
    art. 20 lid 2 a (Wi2013 art. 16 lid 2 b): not "binnen zes jaar na het verstrijken van de [...]
    termijn, of de [...] verlengde termijn". Without a term: both 9999-12-31 (no aanspraak).
    """
    jaren = parameters(period).financiering.lening.aanspraak_na_termijn_jaren
    start = as_days(persoon("inburgeringstermijn_startdatum", period))
    einde = as_days(persoon("inburgeringstermijn_einddatum", period))
    # The same fact the repeat fines read: one input for the new term of the last DUO fine decision.
    nieuwe_termijn = as_days(persoon("einde_nieuwe_termijn_laatste_duo_boetebeschikking", period))
    termijn_of_nieuwe_termijn = np.where(nieuwe_termijn == NOOIT, einde, np.maximum(einde, nieuwe_termijn))
    zes_jaar_na_de_termijn = add_months(einde, int(jaren) * 12)
    laatste = np.where(start == NOOIT, NOOIT, np.minimum(termijn_of_nieuwe_termijn, zes_jaar_na_de_termijn))
    return start, laatste


def participatieverklaring_aanspraak_tot(persoon, period) -> np.ndarray:
    """Last day of loan aanspraak left by Wi2013 art. 16 lid 2 a, as known on the peildatum.

    Art. 16 lid 2 a (versie 2021-12-31): no aanspraak "als de inburgeringsplichtige: a. na het
    verstrijken van de termijn, bedoeld in artikel 7a, eerste lid, of de [...] verlengde termijn de
    participatieverklaring niet heeft ondertekend". Read on the peildatum: while the verklaring is not
    signed, the aanspraak ends with the last day of the art. 7a term; once signed (even late) this
    ground no longer applies. Signed, or no art. 7a term: 9999-12-31 (no limit).
    """
    from .dates import peildatum
    from .rules import voor_peildatum
    from .traject import niet_voor_geboorte

    dag = peildatum(period)
    einde = as_days(persoon("participatieverklaring_termijn_einddatum", period))
    ondertekend = voor_peildatum(niet_voor_geboorte(persoon, "datum_participatieverklaring_ondertekend", period), dag)
    return np.where(ondertekend == NOOIT, einde, NOOIT)


def op_centen(bedragen) -> np.ndarray:
    """Round euro amounts to whole cents as float64 (removes binary noise of count × amount).

    The amounts of the law have at most two decimals, so a product of a count and such an amount
    is a whole number of cents: rounding only removes noise, never a half cent.
    """
    return np.round(np.asarray(bedragen, dtype=np.float64), 2)


def eerste_spuk_cohortjaar(parameters, period) -> int:
    """The first cohort that brings SPUK: the year the Wet inburgering 2021 took effect (2022).

    Wi2021 art. 54: whoever became obliged before 2022-01-01 stays under the Wi2013, whose
    inburgeraars financed their own route (loan); only Wi2021 cohorts are counted for the SPUK.
    """
    from .rules import datum_parameter

    inwerkingtreding = datum_parameter(parameters(period).inburgeringsplicht.inwerkingtreding_wi2021)
    return int(inwerkingtreding.astype("datetime64[Y]").astype(np.int64)) + 1970


def spuk_cohortdeel(
    gemeente, period, parameters, jaar_van_verblijf: int, telling: str = "aantal_gehuisveste_asielstatushouders"
) -> np.ndarray:
    """Count of the cohort housed ``jaar_van_verblijf − 1`` years before budget year Y × its amount.

    Bi2021 art. 10.2 lid 2 and 3: cohort t−k (k = 0, 1, 2) is multiplied by amount or weight
    [a], [b] or [c] of year t. ``telling`` is the gemeente's count (AA, the default) or the
    national count (LAA). A cohort before the first Wi2021 cohort brings nothing; the amount is
    read only where it is needed (a cohort counted with at least one person), so an unknown amount
    of another part or another year never blocks an answer that does not depend on it.
    """
    cohortjaar = period.offset(-(jaar_van_verblijf - 1))
    aantal = niet_negatief(gemeente, telling, cohortjaar)
    telt_mee = cohortjaar.start.year >= eerste_spuk_cohortjaar(parameters, period)
    if not telt_mee or not (aantal > 0).any():
        return np.zeros(aantal.shape, dtype=np.float64)
    pad = f"financiering.spuk.bedrag_cohort_jaar_{jaar_van_verblijf}"
    bedrag = parameterwaarde(
        parameters,
        period,
        pad,
        f"the SPUK amount per asielstatushouder in his year {jaar_van_verblijf} for budget year "
        f"{period.start.year} (cohort {cohortjaar.start.year}) was not found in any source",
    )
    return op_centen(aantal * float(bedrag))


def eerste_prestatiejaar(parameters, period) -> int:
    """The first budget year in which the weight [d] of completed trajectories is above 0.

    Bi2021 art. 10.3 lid 4-5: the weight is set by ministeriële regeling; the year comes from the
    parameter ``financiering.prestatiebekostiging.ingangsdatum`` (gerapporteerd, seed 003 l.450).
    """
    from .rules import datum_parameter

    ingang = datum_parameter(parameters(period).financiering.prestatiebekostiging.ingangsdatum)
    return int(ingang.astype("datetime64[Y]").astype(np.int64)) + 1970


def uiterlijk_maanden_na_het_jaar(period, maanden) -> np.datetime64:
    """The last day of the ``maanden`` months after calendar year ``period`` ends: "binnen achttien
    maanden na het kalenderjaar" (Wi2021 art. 42 lid 3), "zes maanden na afloop van het
    uitvoeringsjaar" (art. 41 lid 4). Year 2024, 6 months → 2025-06-30."""
    na_afloop = np.datetime64(f"{period.start.year + 1}-01-01", "D")
    return add_days(add_months(na_afloop, int(maanden)), -1)


def hoofdstuk(regeling: str, nummer: str) -> str:
    """The juriconnect link to a chapter of a regulation (``wetten.artikel`` links articles only)."""
    return f"https://wetten.overheid.nl/jci1.3:c:{regeling}&hoofdstuk={nummer}"


def termijn_verstreken(persoon, period) -> np.ndarray:
    """The inburgeringstermijn (with granted extensions) ended before the peildatum.

    DUO fines only after the term's last day (Wi2021: DUO; Wi2013 art. 31 lid 1). A term that
    never started ends on 9999-12-31 and so never passes.
    """

    einde = as_days(persoon("inburgeringstermijn_einddatum", period))
    return (einde != NOOIT) & (einde < peildatum(period))


def duo_boete_opgeschort(persoon, period, parameters) -> np.ndarray:
    """DUO imposes no fine on an asielstatushouder on the peildatum (CJEU 2025-02-04, ECLI:EU:C:2025:52).

    The dated parameter ``boetes.duo.asielstatushouders_opgeschort`` is read on the peildatum, so
    on 2025-02-03 the fine still applies and from 2025-02-04 it does not. The Court's own exception
    ("een bewezen en aanhoudend gebrek aan bereidheid tot integratie") lifts the suspension for that
    person: input ``bewezen_aanhoudend_gebrek_aan_integratiebereidheid``.
    """
    from .enums import Doelgroep

    opgeschort = bool(parameters(period).boetes.duo.asielstatushouders_opgeschort)
    asielstatushouder = persoon("doelgroep", period) == Doelgroep.ASIELSTATUSHOUDER
    if not opgeschort:
        return np.zeros(asielstatushouder.shape, dtype=bool)
    uitzondering_hof = persoon("bewezen_aanhoudend_gebrek_aan_integratiebereidheid", period)
    return asielstatushouder & ~uitzondering_hof


_REDEN_EINDE_NIEUWE_TERMIJN = (
    "after a DUO fine decision the next fine is due once the new term it set has passed (Wi2021 art. 24 "
    "lid 3 and 4 with lid 2; Wet inburgering (2013) art. 33 with art. 32, art. 30 with art. 29)"
)
_REDEN_BEKENDMAKING = (
    "after the third DUO fine decision a fine follows at a fixed interval (every two years: Wi2021 art. 24 "
    "lid 4, Wet inburgering (2013) art. 33 lid 2; every year: art. 30 lid 2), counted from the day the "
    "last one was made known"
)


_DUO_KETEN = (
    "aantal_eerdere_duo_boetebeschikkingen",
    "datum_bekendmaking_laatste_duo_boetebeschikking",
    "einde_nieuwe_termijn_laatste_duo_boetebeschikking",
)


def herhaalde_duo_boete(persoon, period, interval_jaren, nodig, keten=_DUO_KETEN) -> np.ndarray:
    """Is the next DUO fine of the chain due on the peildatum?

    ``nodig``: the obligation is still not met by a person the fine can reach (the caller's lid 1
    conditions). With n earlier fine decisions (``aantal_eerdere_duo_boetebeschikkingen``):
    n = 1 or 2: due once the new term of the last decision has passed (Wi2021 art. 24 lid 3 resp.
    lid 4; Wi2013 art. 33 lid 1 resp. lid 2); only the fine after n = 1 sets a new term again ("Het
    tweede lid is van overeenkomstige toepassing", "Artikel 32 is van overeenkomstige toepassing";
    ``nieuwe_termijn_na_herhaalde_boete_maanden``).
    n >= 3: at a fixed interval, ``interval_jaren`` after the last decision was made known ("iedere
    twee jaar", Wi2021 art. 24 lid 4 and Wi2013 art. 33 lid 2; "ieder jaar", Wi2013 art. 30 lid 2;
    aanname: the first of these falls when the second new term has passed, each next one an interval
    after the previous one). ``keten`` names the three inputs of the chain (count, day the
    last decision was made known, end of its new term); the Wi2013 participatieverklaring has its own.
    """
    dag = peildatum(period)
    nodig = np.asarray(nodig, dtype=bool)
    invoer_aantal, invoer_bekendmaking, invoer_einde = keten
    aantal = niet_negatief(persoon, invoer_aantal, period)
    na_beschikking_met_termijn = nodig & (aantal >= 1) & (aantal <= 2)
    met_vaste_tussentijd = nodig & (aantal >= 3)
    if not (na_beschikking_met_termijn | met_vaste_tussentijd).any():
        return np.zeros(aantal.shape, dtype=bool)

    bekendmaking = as_days(persoon(invoer_bekendmaking, period))
    einde = niet_eerder_dan(
        persoon, invoer_einde, persoon(invoer_einde, period), bekendmaking,
        f"a date on or after {invoer_bekendmaking} (the new term runs from the day the fine decision was "
        "made known)",
    )
    einde = vereist(persoon, invoer_einde, einde, nodig=na_beschikking_met_termijn, reason=_REDEN_EINDE_NIEUWE_TERMIJN)
    bekendmaking = vereist(
        persoon, invoer_bekendmaking, bekendmaking, nodig=met_vaste_tussentijd, reason=_REDEN_BEKENDMAKING
    )
    nieuwe_termijn_voorbij = na_beschikking_met_termijn & (einde < dag)
    tussentijd_voorbij = met_vaste_tussentijd & (add_years(bekendmaking, int(interval_jaren)) <= dag)
    return nieuwe_termijn_voorbij | tussentijd_voorbij


def nieuwe_termijn_maanden(persoon, period, parameters, leerroute_boete, art_24_boete, wi2013_boete) -> np.ndarray:
    """The new term (months) DUO sets in a fine decision for the fines marked true (0 where none).

    Wi2021 art. 24 lid 2 (also for lid 3 and, through art. 25 lid 2, the leerroute) and Wi2013 art. 32
    (also for art. 33 lid 1): at most two years; the lengths per situation are DUO's (parameters
    ``boetes.nieuwe_termijn``). Several fines in one decision: the longest term, not their sum.
    """
    from .enums import Leerroute

    p = parameters(period).boetes.nieuwe_termijn
    aantal_taalexamens = parameters(period).leerroute.aantal_taalexamens

    pvt_te_laat = art_24_boete & ~persoon("pvt_afgerond", period)
    map_te_laat = art_24_boete & persoon("map_verplicht", period) & ~persoon("map_afgerond", period)

    # B1-route and onderwijsroute: language exams plus KNM count as passed exams.
    b1 = p.b1_en_onderwijsroute
    taalexamens = begrensd(
        persoon, "taalexamens_behaald", persoon("taalexamens_behaald", period), minimum=0,
        maximum=aantal_taalexamens,
    )
    examens = taalexamens + persoon("knm_examen_behaald", period).astype(int)
    naar_examens = np.select(
        [examens <= 0, examens == 1, examens == 2],
        [b1.geen_examen, b1.een_examen, b1.twee_examens],
        default=b1.drie_of_meer_examens,
    )
    # Zelfredzaamheidsroute: the course hours followed.
    z = p.z_route
    cursusuren = niet_negatief(persoon, "z_route_cursusuren", period)
    naar_uren = np.select(
        [cursusuren < z.uren_grens_1, cursusuren < z.uren_grens_2, cursusuren < z.uren_grens_3],
        [z.maanden_onder_grens_1, z.maanden_onder_grens_2, z.maanden_onder_grens_3],
        default=z.maanden_vanaf_grens_3,
    )
    z_route = persoon("leerroute", period) == Leerroute.Z
    voor_leerroute = np.where(leerroute_boete, np.where(z_route, naar_uren, naar_examens), 0)

    pm = p.pvt_en_map
    voor_pvt_en_map = np.select(
        [pvt_te_laat & map_te_laat, pvt_te_laat, map_te_laat],
        [pm.pvt_en_map, pm.alleen_pvt, pm.alleen_map],
        default=0,
    )
    voor_wi2013 = np.where(wi2013_boete, int(p.wi2013), 0)

    # Several fines: the longest term applies; never more than the two years of art. 24 lid 2.
    langste = np.maximum.reduce([voor_leerroute, voor_pvt_en_map, voor_wi2013])
    return np.minimum(langste, int(p.maximum_wi2021)).astype(np.int32)


def wi2013_onderdelen_b_en_c_behaald(persoon, period) -> np.ndarray:
    """Wi2013 art. 7 lid 2 b and c (version 2017-10-01): the language exam (A2) and the KNM exam passed.

    From 2017-10-01 art. 31 and 33 fine not passing these two parts; the participatieverklaring (part a)
    has its own fines (art. 28-30).
    """
    return persoon("wi2013_taalexamen_a2_behaald", period) & persoon("wi2013_knm_behaald", period)
