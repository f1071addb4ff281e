import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class automatische_verlenging_maanden(Variable):
    """Aantal maanden extra tijd dat DUO zonder aanvraag geeft: 6 bij ``recht_op_automatische_verlenging``,
    anders 0 (Wi2021 art. 12; Bi2021 art. 4.4: eenmalig ten hoogste 6 maanden, seed 002 l.2463-2466)."""

    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Automatische verlenging (maanden)"
    unit = "month"
    reference = [artikel(WI2021, "12"), artikel(BI2021, "4.4")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01; de duur uit de parameters."""
        duur = parameters(period).termijn.automatische_verlenging.duur_maanden
        return np.where(persoon("recht_op_automatische_verlenging", period), duur, 0)
