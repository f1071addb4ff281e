from datetime import date

import numpy as np
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Gemeente
from inburgering_rules.geldregels import uiterlijk_maanden_na_het_jaar
from inburgering_rules.wetten import WI2021, artikel


class spuk_verantwoording_uiterste_datum(Variable):
    """Laatste dag waarop de verantwoordingsinformatie over de SPUK van jaar Y binnen moet zijn:
    "binnen achttien maanden na het kalenderjaar waarop zij betrekking heeft", anders wordt de
    uitkering teruggevorderd (Wi2021 art. 42 lid 3). Jaar 2022 → 2024-06-30."""

    value_type = date
    entity = Gemeente
    definition_period = YEAR
    default_value = NOOIT_DATE
    label = "Uiterste datum verantwoording SPUK"
    reference = [artikel(WI2021, "42", lid=3), artikel(WI2021, "42", lid=2)]

    def formula_2022_01_01(gemeente, period, parameters):
        """Sinds 2022 (Wi2021 art. 42 in werking): de dag vóór 1 januari Y+1 plus 18 maanden."""
        maanden = parameters(period).financiering.verantwoording_termijn_maanden
        uiterste = uiterlijk_maanden_na_het_jaar(period, maanden)
        return np.full(gemeente.count, uiterste, dtype="datetime64[D]")
