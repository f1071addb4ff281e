from datetime import date

import numpy as np
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE, add_months
from inburgering_rules.entities import Gemeente
from inburgering_rules.wetten import WI2021, artikel


class spuk_bekendmaking_uiterste_datum(Variable):
    """Laatste dag waarop de minister de SPUK voor jaar Y aan het college bekendmaakt: "ten minste drie
    maanden voorafgaand aan het kalenderjaar waarop zij betrekking heeft" (Wi2021 art. 40 lid 3, versie
    2022-01-01). 1 januari Y min drie maanden: jaar 2022 → 2021-10-01 (van 1 oktober tot 1 januari zijn
    het precies drie maanden)."""

    value_type = date
    entity = Gemeente
    definition_period = YEAR
    default_value = NOOIT_DATE
    label = "Uiterste datum bekendmaking SPUK"
    reference = [artikel(WI2021, "40", lid=3)]

    def formula_2022_01_01(gemeente, period, parameters):
        """Sinds 2022 (Wi2021 art. 40 in werking): 1 januari Y min de termijn in maanden."""
        maanden = parameters(period).financiering.bekendmaking_termijn_maanden
        begin_van_het_jaar = np.datetime64(f"{period.start.year}-01-01", "D")
        uiterste = add_months(begin_van_het_jaar, -int(maanden))
        return np.full(gemeente.count, uiterste, dtype="datetime64[D]")
