from openfisca_core.periods import YEAR

from inburgering_rules.entities import Gemeente
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import hoofdstuk, op_centen
from inburgering_rules.wetten import BI2021, RI2021, WI2021, artikel


class spuk_inburgeringsvoorzieningen(Geldbedrag):
    """Specifieke uitkering inburgeringsvoorzieningen van de gemeente voor begrotingsjaar Y
    (Wi2021 art. 40; Bi2021 hoofdstuk 10; Ri2021 hoofdstuk 10). Een asielstatushouder telt drie jaar
    achtereen mee (cohort Y tegen het bedrag voor jaar 1, Y−1 voor jaar 2, Y−2 voor jaar 3), een
    gezins- of overige migrant eenmaal, in zijn eerste jaar; steeds tegen de bedragen van jaar Y.
    Alleen cohorten vanaf 2022 tellen: wie onder de Wi2013 valt, brengt geen SPUK (Wi2021 art. 54)."""

    value_type = float
    entity = Gemeente
    definition_period = YEAR
    unit = "currency-EUR"
    label = "SPUK inburgeringsvoorzieningen"
    reference = [
        artikel(WI2021, "40"), artikel(WI2021, "54"), artikel(BI2021, "10.1"), hoofdstuk(RI2021, "10")
    ]

    def formula(gemeente, period, parameters):
        """Sinds 2022: de som van de vier delen, exact tot op de cent (float64)."""
        cohort_jaar_1 = gemeente("spuk_deel_cohort_jaar_1", period)
        cohort_jaar_2 = gemeente("spuk_deel_cohort_jaar_2", period)
        cohort_jaar_3 = gemeente("spuk_deel_cohort_jaar_3", period)
        gezins_en_overige_migranten = gemeente("spuk_deel_gezins_en_overige_migranten", period)
        return op_centen(cohort_jaar_1 + cohort_jaar_2 + cohort_jaar_3 + gezins_en_overige_migranten)
