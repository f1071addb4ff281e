import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class automatische_verlenging_maanden(Variable):
    """Aantal maanden verlenging waarop de inburgeringsplichtige op aanvraag recht heeft wegens aanzienlijke
    inspanningen: 6 bij ``recht_op_verlenging_aanzienlijke_inspanningen``, anders 0 (Bi2021 art. 4.4
    lid 1, versie 2022-01-01: "Onze Minister verlengt de termijn genoemd in artikel 11, eerste lid, van de
    wet, in het geval van artikel 12, eerste lid, onderdeel b, van de wet, met zes maanden"). De naam
    zegt "automatisch"; de verlenging komt er op aanvraag (Wi2021 art. 12 lid 1: "als de
    inburgeringsplichtige aannemelijk maakt"). Wat DUO toekende staat in ``toegekende_verlenging_dagen``."""

    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Verlenging wegens aanzienlijke inspanningen (maanden, op aanvraag)"
    unit = "month"
    reference = [artikel(WI2021, "12", lid=1), artikel(BI2021, "4.4", lid=1)]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01; de duur uit de parameters."""
        duur = parameters(period).termijn.automatische_verlenging.duur_maanden
        return np.where(persoon("recht_op_verlenging_aanzienlijke_inspanningen", period), duur, 0)
