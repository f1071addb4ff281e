from datetime import date

import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT, NOOIT_DATE, add_days, is_nooit, term_end
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime
from inburgering_rules.rules import begrensd, niet_negatief
from inburgering_rules.wetten import BI2013, BI2021, WI2013, WI2021, artikel


class inburgeringstermijn_einddatum(Variable):
    """Laatste dag van de inburgeringstermijn: start + termijn − 1 dag, plus de verlenging die DUO
    toekende (``toegekende_verlenging_dagen``). De termijn is drie jaar: Wi2021 art. 11 lid 1 (versie
    2022-01-01); Wi2013 art. 7 lid 1 (versie 2013-01-01) en vanaf 2017-10-01 art. 7b lid 1. Start
    2022-06-02 → laatste dag 2025-06-01. Alleen voor WI2021 en WI2013: elk ander regime (ook WI2007)
    en een termijn die niet begon geven 9999-12-31.

    Een onderbreking van de plicht van maximaal een jaar (``onderbreking_inburgeringsplicht_dagen``)
    verlengt de termijn van rechtswege met haar duur: Bi2021 art. 4.2 (versie 2022-01-01 = 2023-01-01) "De
    termijn wordt verlengd met de duur van de periode, bedoeld in artikel 2.1, tweede lid"; Besluit
    inburgering art. 2.11 (versie 2021-12-31) "De termijnen genoemd in de artikelen 7a, eerste lid, en 7b,
    eerste lid, van de wet worden verlengd met de duur van de periode, bedoeld in artikel 2.2, tweede lid"
    (tot 2017-10-01: "De termijn, genoemd in artikel 7, eerste lid, van de wet wordt verlengd", Stb. 2017,
    286, onderdeel D). De lening volgt deze termijn (Bi2021 art. 6.15).
    """

    value_type = date
    entity = Persoon
    definition_period = DAY
    default_value = NOOIT_DATE
    label = "Laatste dag inburgeringstermijn"
    reference = [
        artikel(WI2021, "11", lid=1), artikel(WI2021, "12", lid=1), artikel(WI2013, "7b", lid=1),
        artikel(BI2021, "4.2"), artikel(BI2013, "2.11"),
    ]

    def formula_2013_01_01(persoon, period, parameters):
        """Sinds 2013-01-01; de termijnduur per regime komt uit ``termijn.duur_jaren``."""
        start = persoon("inburgeringstermijn_startdatum", period)
        regime = persoon("inburgeringsregime", period)
        duur = parameters(period).termijn.duur_jaren
        jaren = np.zeros(start.shape, dtype=np.int64)
        termijn_regime = np.zeros(start.shape, dtype=bool)
        # Read a regime's term length only where a term of that regime runs, so a peildatum
        # before 2022 never needs the Wi2021 figure.
        for r in (Inburgeringsregime.WI2013, Inburgeringsregime.WI2021):
            loopt = (regime == r) & ~is_nooit(start)
            termijn_regime |= regime == r
            if loopt.any():
                jaren[loopt] = duur[r.name]
        verlenging = niet_negatief(persoon, "toegekende_verlenging_dagen", period)
        # Bi2021 art. 4.2; Besluit inburgering art. 2.11: extended by the interruption of at most a year.
        onderbreking = begrensd(
            persoon, "onderbreking_inburgeringsplicht_dagen", persoon("onderbreking_inburgeringsplicht_dagen", period),
            minimum=0, maximum=366,
        )
        # A start given for another regime (WI2007, GEEN) is no term of these laws.
        return np.where(termijn_regime, add_days(term_end(start, jaren), verlenging + onderbreking), NOOIT)
