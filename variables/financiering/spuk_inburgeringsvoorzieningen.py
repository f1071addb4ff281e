from openfisca_core.periods import YEAR

from inburgering_rules.entities import Gemeente
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import hoofdstuk, op_centen
from inburgering_rules.wetten import BI2021, RI2021, WI2021, artikel


class spuk_inburgeringsvoorzieningen(Geldbedrag):
    """Specifieke uitkering inburgeringsvoorzieningen van de gemeente voor begrotingsjaar t: de definitieve
    uitkering U (Wi2021 art. 40; Bi2021 art. 10.1 lid 1 en 10.2).

    - Tekst tot en met 2025-09-01: "U = BGO + BA": ``spuk_deel_gezins_en_overige_migranten`` (BGO,
      art. 10.2 lid 1, cohort t) plus ``spuk_deel_asielstatushouders`` (BA = GG / SOM GG × TBA).
    - Tekst sinds 2025-11-20 (gelijk 2026-04-02): "U = BGO + BA + ABO", met ABO het eenmalige
      aanvullende budget voor de onderwijsroute (``spuk_deel_onderwijsroute``).
    Zolang BA = GG (gewichten gelijk aan de bedragen, geen prestatiegewicht: 2022-2025) telt een
    asielstatushouder drie jaar achtereen mee (cohort t tegen het bedrag voor jaar 1, t−1 voor jaar 2,
    t−2 voor jaar 3) en een gezins- of overige migrant eenmaal; steeds tegen de bedragen van jaar t.
    Alleen cohorten vanaf 2022 tellen (Wi2021 art. 54).
    """

    value_type = float
    entity = Gemeente
    definition_period = YEAR
    unit = "currency-EUR"
    label = "SPUK inburgeringsvoorzieningen"
    reference = [
        artikel(WI2021, "40"), artikel(WI2021, "54"), artikel(BI2021, "10.1", lid=1), artikel(BI2021, "10.2"),
        hoofdstuk(RI2021, "10"),
    ]

    def formula_2022_01_01(gemeente, period, parameters):
        """Sinds 2022 (Wi2021 art. 40 en Bi2021 hoofdstuk 10 in werking): U = BGO + BA, exact tot op de
        cent (float64)."""
        bgo = gemeente("spuk_deel_gezins_en_overige_migranten", period)
        ba = gemeente("spuk_deel_asielstatushouders", period)
        return op_centen(bgo + ba)

    def formula_2025_11_20(gemeente, period, parameters):
        """Tekst sinds 2025-11-20 (art. 10.1 lid 1 d): U = BGO + BA + ABO. Een begrotingsjaar wordt op 1
        januari gelezen, dus vanaf begrotingsjaar 2026."""
        bgo = gemeente("spuk_deel_gezins_en_overige_migranten", period)
        ba = gemeente("spuk_deel_asielstatushouders", period)
        abo = gemeente("spuk_deel_onderwijsroute", period)
        return op_centen(bgo + ba + abo)
