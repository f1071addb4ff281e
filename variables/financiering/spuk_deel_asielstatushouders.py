import numpy as np
from openfisca_core.periods import YEAR

from inburgering_rules.entities import Gemeente
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import eerste_prestatiejaar, hoofdstuk, op_centen
from inburgering_rules.rules import niet_negatief, vereist
from inburgering_rules.wetten import BI2021, RI2021, artikel


class spuk_deel_asielstatushouders(Geldbedrag):
    """Het deel van de definitieve uitkering voor asielstatushouders BA (Bi2021 art. 10.1 lid 3 en 10.2,
    versies 2022-01-01 en 2026-04-02): "BA = GG / SOM GG * TBA", het aandeel van de gemeente in het
    landelijke budget.

    - Zolang de gewichten gelijk zijn aan de bedragen per asielstatushouder en het prestatiegewicht [d]
      0 is (begrotingsjaren 2022-2025), is SOM GG = Σ LAA × bedrag = TBA, dus BA = GG: de som van de
      cohortdelen van de gemeente, zonder landelijke cijfers.
    - Vanaf het eerste jaar met een prestatiegewicht (2026, gerapporteerd) telt het aandeel: dan zijn
      ``landelijke_som_gemeentelijke_grondslagen`` (SOM GG) en ``landelijk_aantal_gehuisveste_asielstatushouders``
      (voor TBA) nodig. Afgerond op centen (de wijze van afronding staat niet in het Besluit).
    """

    value_type = float
    entity = Gemeente
    definition_period = YEAR
    unit = "currency-EUR"
    label = "SPUK-deel asielstatushouders (BA, definitief)"
    reference = [artikel(BI2021, "10.1", lid=3), artikel(BI2021, "10.2", lid=2), artikel(BI2021, "10.2", lid=3), hoofdstuk(RI2021, "10")]

    def formula_2022_01_01(gemeente, period, parameters):
        """Sinds 2022 (Bi2021 hoofdstuk 10)."""
        grondslag = gemeente("spuk_gemeentelijke_grondslag", period)
        prestatiegewicht_groter_dan_0 = period.start.year >= eerste_prestatiejaar(parameters, period)
        if not prestatiegewicht_groter_dan_0:
            return grondslag
        som = niet_negatief(gemeente, "landelijke_som_gemeentelijke_grondslagen", period)
        vereist(
            gemeente, "landelijke_som_gemeentelijke_grondslagen", som, grondslag > 0,
            "the national sum of the gemeentelijke grondslagen (SOM GG, Bi2021 art. 10.1 lid 3): from the "
            "first year with a performance weight BA is GG / SOM GG * TBA", missing=0.0,
        )
        budget = gemeente("spuk_landelijk_budget_asielstatushouders", period)
        aandeel = np.divide(grondslag, som, out=np.zeros_like(grondslag), where=som > 0)
        return op_centen(aandeel * budget)
