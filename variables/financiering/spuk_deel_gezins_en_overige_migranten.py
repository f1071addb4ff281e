import numpy as np
from openfisca_core.periods import YEAR

from inburgering_rules.entities import Gemeente
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import hoofdstuk, op_centen, parameterwaarde
from inburgering_rules.rules import niet_negatief
from inburgering_rules.wetten import BI2021, RI2021, WI2021, artikel


class spuk_deel_gezins_en_overige_migranten(Geldbedrag):
    """Deel van de SPUK inburgeringsvoorzieningen voor begrotingsjaar Y voor de gezins- en overige
    migranten die in Y inburgeringsplichtig werden: eenmalig, in hun eerste jaar, het bedrag (voor PVT
    en MAP) dat in Y geldt (Wi2021 art. 40; Bi2021 hoofdstuk 10; Ri2021 hoofdstuk 10; DUO:
    "Gezinsmigranten en overige migranten tellen 1 keer mee").

    In de tekst: BGO van de definitieve uitkering, Bi2021 art. 10.2 lid 1 (versies 2022-01-01 en
    2026-04-02): "BGO = AGO (cohort t) * a", met a "het bedrag aan uitkering per gezinsmigrant of
    overige migrant in jaar t" en AGO geteld met "peildatum voor de woongemeente ultimo jaar t" (art.
    10.4 b). De voorlopige uitkering telt cohort t−2
    (``spuk_deel_gezins_en_overige_migranten_voorlopig``)."""

    value_type = float
    entity = Gemeente
    definition_period = YEAR
    unit = "currency-EUR"
    label = "SPUK-deel gezins- en overige migranten (eenmalig, eerste jaar)"
    reference = [artikel(WI2021, "40"), artikel(BI2021, "10.2", lid=1), artikel(BI2021, "10.4"), hoofdstuk(RI2021, "10")]

    def formula_2022_01_01(gemeente, period, parameters):
        """Sinds 2022 (Wet inburgering 2021). Het bedrag voor 2022 en 2023 is onbekend: dan een fout
        die de parameter en het jaar noemt, maar alleen als de gemeente zulke migranten telt."""
        aantal = niet_negatief(gemeente, "aantal_nieuwe_gezins_en_overige_migranten", period)
        if not (aantal > 0).any():
            return np.zeros(aantal.shape, dtype=np.float64)
        bedrag = parameterwaarde(
            parameters,
            period,
            "financiering.spuk.bedrag_gezins_en_overige_migrant",
            f"the SPUK amount per gezins- or overige migrant for budget year {period.start.year} was not "
            "found in any source",
        )
        return op_centen(aantal * float(bedrag))
