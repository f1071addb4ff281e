from datetime import date

import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT, NOOIT_DATE, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Verblijfsgrond
from inburgering_rules.geldregels import aanvang_bijstand, ontzorgen_laatste_dag
from inburgering_rules.traject import wi2021_plichtige
from inburgering_rules.wetten import PW, WI2021, artikel


class financieel_ontzorgen_einddatum(Variable):
    """Laatste dag van het financieel ontzorgen: zes maanden "gerekend vanaf de dag waarop het recht
    op bijstand ontstaat" (Participatiewet art. 56a lid 2, versie 2022-01-01, gelijk 2026-07-01),
    dus de dag vóór dezelfde dag zes maanden later. Bijstand vanaf 2024-03-15 → 2024-09-14.

    9999-12-31 als art. 56a lid 1 op de peildatum niet van toepassing is (niet inburgeringsplichtig
    onder de Wi2021, of geen verblijfsvergunning asiel voor bepaalde tijd) of de bijstand (nog)
    niet is begonnen. Na afloop van de zes maanden blijft de datum staan zolang lid 1 geldt.
    """

    value_type = date
    entity = Persoon
    definition_period = DAY
    default_value = NOOIT_DATE
    label = "Laatste dag financieel ontzorgen"
    reference = [artikel(PW, "56a", lid=1), artikel(PW, "56a", lid=2), artikel(WI2021, "54")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (inwerkingtreding van art. 56a Pw met de Wet inburgering 2021)."""
        duur = parameters(period).ontzorgen.duur_maanden
        dag = peildatum(period)

        lid_1_a = wi2021_plichtige(persoon, period)
        lid_1_b = persoon("verblijfsgrond", period) == Verblijfsgrond.ASIEL
        aanvang = aanvang_bijstand(persoon, period)
        recht_op_bijstand_ontstaan = aanvang <= dag

        ontzorgd = lid_1_a & lid_1_b & recht_op_bijstand_ontstaan
        return np.where(ontzorgd, ontzorgen_laatste_dag(np.where(ontzorgd, aanvang, NOOIT), duur), NOOIT)
