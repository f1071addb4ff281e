from openfisca_core.periods import YEAR

from inburgering_rules.entities import Gemeente
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import hoofdstuk, spuk_cohortdeel
from inburgering_rules.wetten import BI2021, RI2021, WI2021, artikel


class spuk_deel_cohort_jaar_3(Geldbedrag):
    """Deel van de SPUK inburgeringsvoorzieningen voor begrotingsjaar Y voor het cohort Y−2: de
    asielstatushouders die in Y−2 in de gemeente zijn gehuisvest, elk tegen het bedrag voor hun derde
    jaar dat in Y geldt (Wi2021 art. 40; Bi2021 hoofdstuk 10; Ri2021 hoofdstuk 10). Alleen cohorten
    vanaf 2022 tellen (Wi2021 art. 54).

    In de tekst (Bi2021 art. 10.2 lid 3, versies 2022-01-01 en 2026-04-02) is dit de term "AA (cohort
    jaar t-2) * [c]" van de gemeentelijke grondslag, met het gewicht gelijk aan het bedrag per
    asielstatushouder (toelichting, seed 003 l.452-454, gerapporteerd); zie ``spuk_gemeentelijke_grondslag``.
    Het bedrag zelf is een gepubliceerd bedrag uit de seeds (gerapporteerd), niet uit de Regeling."""

    value_type = float
    entity = Gemeente
    definition_period = YEAR
    unit = "currency-EUR"
    label = "SPUK-deel cohort jaar 3 (gehuisvest twee jaar eerder)"
    reference = [
        artikel(WI2021, "40"), artikel(WI2021, "54"), artikel(BI2021, "10.2", lid=3), artikel(BI2021, "10.2", lid=2),
        hoofdstuk(RI2021, "10"),
    ]

    def formula_2022_01_01(gemeente, period, parameters):
        """Sinds 2024 telt cohort 2022 hier; in 2022 en 2023 zouden de cohorten 2020 en 2021 tellen,
        maar die vallen onder de Wi2013 (art. 54) en brengen geen SPUK. Een onbekend bedrag (2023)
        geeft een fout die de parameter en het jaar noemt, maar alleen als er iemand in het cohort zit."""
        return spuk_cohortdeel(gemeente, period, parameters, jaar_van_verblijf=3)
