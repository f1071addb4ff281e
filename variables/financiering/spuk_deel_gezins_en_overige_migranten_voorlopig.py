import numpy as np
from openfisca_core.periods import YEAR

from inburgering_rules.entities import Gemeente
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import hoofdstuk, op_centen, parameterwaarde
from inburgering_rules.rules import niet_negatief
from inburgering_rules.wetten import BI2021, RI2021, artikel


class spuk_deel_gezins_en_overige_migranten_voorlopig(Geldbedrag):
    """Het deel van de voorlopige uitkering voor gezins- en overige migranten (Bi2021 art. 10.1 lid 2,
    versies 2022-01-01, 2025-09-01 en 2026-04-02): "BGO = AGO(cohort t-2) * a": het aantal gezins- en
    overige migranten van het cohort van twee jaar eerder (DUO, "peildatum voor de woongemeente ultimo
    jaar t-2", art. 10.4 a) maal het bedrag per gezins- of overige migrant van jaar t. De definitieve
    uitkering telt het cohort van jaar t zelf (art. 10.2 lid 1: ``spuk_deel_gezins_en_overige_migranten``).
    Het cohort t−2 telt zoals de tekst het zegt, ook als het vóór 2022 ligt (een raming, geen aanspraak
    van die personen).
    """

    value_type = float
    entity = Gemeente
    definition_period = YEAR
    unit = "currency-EUR"
    label = "SPUK-deel gezins- en overige migranten, voorlopige uitkering"
    reference = [artikel(BI2021, "10.1", lid=2), artikel(BI2021, "10.4"), hoofdstuk(RI2021, "10")]

    def formula_2022_01_01(gemeente, period, parameters):
        """Sinds 2022 (Bi2021 hoofdstuk 10). Het bedrag voor 2022 en 2023 is onbekend: een fout die de
        parameter noemt, alleen als het cohort t−2 iemand telt."""
        aantal = niet_negatief(gemeente, "aantal_nieuwe_gezins_en_overige_migranten", period.offset(-2))
        if not (aantal > 0).any():
            return np.zeros(aantal.shape, dtype=np.float64)
        bedrag = parameterwaarde(
            parameters, period, "financiering.spuk.bedrag_gezins_en_overige_migrant",
            f"the SPUK amount per gezins- or overige migrant for budget year {period.start.year} was not "
            "found in any source",
        )
        return op_centen(aantal * float(bedrag))
