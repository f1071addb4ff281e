import numpy as np
from openfisca_core.periods import DAY

from inburgering_rules.entities import Persoon
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.wetten import BI2021, WI2021, artikel


class boete_pvt(Geldbedrag):
    """Het deel van de ene boete van Wi2021 art. 24 (``boete_pvt_map``, € 340; Bi2021 art. 7.2 lid 1)
    dat aan het participatieverklaringstraject wordt toegerekend: de hele boete als het PVT niet is
    afgerond, anders € 0. Behouden naam met gewijzigde betekenis: tot de herziening van 2026-12 gaf
    deze variabele € 340 naast een even grote ``boete_map``, terwijl art. 24 lid 1 één boete kent voor
    "het participatieverklaringstraject of de module Arbeidsmarkt en Participatie" (art. 26 lid 1 b:
    "€ 340 voor de boete, bedoeld in artikel 24"). ``boete_pvt`` + ``boete_map`` = ``boete_pvt_map``.
    """

    value_type = float
    entity = Persoon
    definition_period = DAY
    unit = "currency-EUR"
    label = "DUO-boete art. 24, deel PVT"
    reference = [artikel(WI2021, "24", lid=1), artikel(WI2021, "26", lid=1), artikel(BI2021, "7.2", lid=1)]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: de boete van art. 24, waar het PVT niet is afgerond."""
        boete = persoon("boete_pvt_map", period)
        pvt_niet_afgerond = persoon("pvt_verplicht", period) & ~persoon("pvt_afgerond", period)
        return np.where(pvt_niet_afgerond, boete, 0.0)
