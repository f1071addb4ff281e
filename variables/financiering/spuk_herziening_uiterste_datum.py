from datetime import date

import numpy as np
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Gemeente
from inburgering_rules.geldregels import uiterlijk_maanden_na_het_jaar
from inburgering_rules.wetten import WI2021, artikel


class spuk_herziening_uiterste_datum(Variable):
    """Laatste dag waarop de minister de herziene uitkering voor uitvoeringsjaar Y aan de gemeenten
    bekendmaakt: "uiterlijk zes maanden na afloop van het uitvoeringsjaar" (Wi2021 art. 41 lid 4, versie
    2022-01-01). Jaar 2024 → 2025-06-30."""

    value_type = date
    entity = Gemeente
    definition_period = YEAR
    default_value = NOOIT_DATE
    label = "Uiterste datum bekendmaking herziening SPUK"
    reference = [artikel(WI2021, "41", lid=4), artikel(WI2021, "41", lid=2)]

    def formula_2022_01_01(gemeente, period, parameters):
        """Sinds 2022 (Wi2021 art. 41 in werking): de dag vóór 1 januari Y+1 plus zes maanden."""
        maanden = parameters(period).financiering.herziening_termijn_maanden
        uiterste = uiterlijk_maanden_na_het_jaar(period, maanden)
        return np.full(gemeente.count, uiterste, dtype="datetime64[D]")
