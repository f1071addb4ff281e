import numpy as np
from openfisca_core.periods import YEAR

from inburgering_rules.entities import Gemeente
from inburgering_rules.errors import ParameterZonderWaarde
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import hoofdstuk, op_centen, parameterwaarde
from inburgering_rules.wetten import BI2021, RI2021, artikel


class spuk_gemeentelijke_grondslag(Geldbedrag):
    """De gemeentelijke grondslag GG voor de definitieve uitkering (Bi2021 art. 10.2 lid 3; formule uit
    de versie 2026-04-02, de corpustekst van 2022-01-01 en 2025-11-20 geeft alleen de definities a-d):
    "GG = AA (cohort jaar t) * [a] + AA (cohort jaar t-1) * [b] + AA (cohort jaar t-2) * [c] + AIA (jaar
    t-2) * [d]", met [a] tot en met [d] "de gewichten die toegekend worden
    aan de afzonderlijke variabelen".

    De gewichten stelt de Regeling inburgering 2021 vast (art. 10.3 lid 4); die is niet gelezen. Volgens
    de toelichting (seed 003 l.452-454, gerapporteerd) zijn ze "in de eerste jaren" gelijk aan de
    bedragen per asielstatushouder (``financiering.spuk.gewichten_gelijk_aan_bedragen``): dan is GG =
    ``spuk_deel_cohort_jaar_1`` + ``_2`` + ``_3`` + ``prestatiebekostiging`` (de term AIA × [d]). Waar de
    gewichten onbekend zijn, geeft een gemeente met asielstatushouders een fout die de parameter noemt.
    """

    value_type = float
    entity = Gemeente
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Gemeentelijke grondslag SPUK (GG, definitief)"
    reference = [artikel(BI2021, "10.2", lid=3), artikel(BI2021, "10.3", lid=4), hoofdstuk(RI2021, "10")]

    def formula_2022_01_01(gemeente, period, parameters):
        """Sinds 2022 (Bi2021 hoofdstuk 10)."""
        cohortdelen = (
            gemeente("spuk_deel_cohort_jaar_1", period)
            + gemeente("spuk_deel_cohort_jaar_2", period)
            + gemeente("spuk_deel_cohort_jaar_3", period)
        )
        prestatieterm = gemeente("prestatiebekostiging", period)
        if (cohortdelen > 0).any():
            gelijk = parameterwaarde(
                parameters, period, "financiering.spuk.gewichten_gelijk_aan_bedragen",
                f"the weights [a]-[c] of the gemeentelijke grondslag for budget year {period.start.year} "
                "are set by the Regeling inburgering 2021, which was not found",
            )
            if not bool(gelijk):
                raise ParameterZonderWaarde(
                    "financiering.spuk.gewichten_gelijk_aan_bedragen", str(period.start),
                    "weights other than the amounts per asielstatushouder are not known",
                )
        return op_centen(np.asarray(cohortdelen) + prestatieterm)
