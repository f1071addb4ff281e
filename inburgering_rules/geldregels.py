"""Shared building blocks for the money rules: fines (RULEBOOK §6), ontzorgen (§7) and financing (§8).

- ``parameterwaarde``: a figure that may be unknown for a year is read here; an unknown one is a
  ``ParameterZonderWaarde`` naming the parameter and the date (never a guess, RULEBOOK §0).
- ``laatste_dag``: the DAY period at the end of a MONTH or YEAR (to ask DAY variables about it);
  ``maandnummer``: calendar months since 1970-01 (to count the months of ontzorgen).
- ``aanvang_bijstand``: ``datum_aanvang_bijstand``, checked against ``datum_verblijfsrecht``.
- ``op_centen``: money as float64 rounded to whole cents (exact up to well beyond € 1 billion).
- ``spuk_cohortdeel`` / ``eerste_spuk_cohortjaar``: one cohort's SPUK part; only Wi2021 cohorts count.
- ``termijn_verstreken`` / ``duo_boete_opgeschort``: the two conditions every DUO fine shares.
- ``hoofdstuk``: a juriconnect link to a chapter (``wetten.artikel`` links articles).
"""

from __future__ import annotations

import numpy as np
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.periods import DateUnit, Period

from .dates import NOOIT, as_days
from .errors import ParameterZonderWaarde
from .rules import niet_eerder_dan, niet_negatief


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


def maandnummer(dates) -> np.ndarray:
    """Months since 1970-01 (for counting calendar months); 9999-12-31 stays far in the future."""
    return as_days(dates).astype("datetime64[M]").astype(np.int64)


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


def spuk_cohortdeel(gemeente, period, parameters, jaar_van_verblijf: int) -> np.ndarray:
    """SPUK part for the asielstatushouders housed ``jaar_van_verblijf − 1`` years before budget year Y.

    Cohort Y−k (k = 0, 1, 2) brings, in budget year Y, the amount of year k+1 in force in Y. A
    cohort before the first Wi2021 cohort brings nothing; the amount is read only where it is
    needed (a cohort counted with at least one person), so an unknown amount of another part or
    another year never blocks an answer that does not depend on it.
    """
    cohortjaar = period.offset(-(jaar_van_verblijf - 1))
    aantal = niet_negatief(gemeente, "aantal_gehuisveste_asielstatushouders", cohortjaar)
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
