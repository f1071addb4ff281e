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
- ``hoofdstuk``: a juriconnect link to a chapter (``wetten.artikel`` links articles).
"""

from __future__ import annotations

import numpy as np
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.periods import DateUnit, Period

from .dates import NOOIT, add_days, add_months, as_days
from .errors import ParameterZonderWaarde
from .rules import niet_eerder_dan, niet_negatief


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
    nieuwe_termijn = as_days(persoon("nieuwe_termijn_boetebeschikking_einddatum", period))
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


def hoofdstuk(regeling: str, nummer: str) -> str:
    """The juriconnect link to a chapter of a regulation (``wetten.artikel`` links articles only)."""
    return f"https://wetten.overheid.nl/jci1.3:c:{regeling}&hoofdstuk={nummer}"


def termijn_verstreken(persoon, period) -> np.ndarray:
    """The inburgeringstermijn (with granted extensions) ended before the peildatum.

    DUO fines only after the term's last day (Wi2021: DUO; Wi2013 art. 31 lid 1). A term that
    never started ends on 9999-12-31 and so never passes.
    """
    from .dates import peildatum

    einde = as_days(persoon("inburgeringstermijn_einddatum", period))
    return (einde != NOOIT) & (einde < peildatum(period))


def duo_boete_opgeschort(persoon, period, parameters) -> np.ndarray:
    """DUO imposes no fine on an asielstatushouder on the peildatum (CJEU 2025-02-04, ECLI:EU:C:2025:52).

    The dated parameter ``boetes.duo.asielstatushouders_opgeschort`` is read on the peildatum, so
    on 2025-02-03 the fine still applies and from 2025-02-04 it does not.
    """
    from .enums import Doelgroep

    opgeschort = bool(parameters(period).boetes.duo.asielstatushouders_opgeschort)
    return opgeschort & (persoon("doelgroep", period) == Doelgroep.ASIELSTATUSHOUDER)
