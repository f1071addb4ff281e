from datetime import date

import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT, NOOIT_DATE, add_months, end_of_month, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime, Verblijfsgrond
from inburgering_rules.geldregels import aanvang_bijstand
from inburgering_rules.wetten import PW, WI2021, artikel


class financieel_ontzorgen_einddatum(Variable):
    """Laatste dag van het financieel ontzorgen: de laatste dag van de zesde kalendermaand, de maand van
    aanvang van de bijstand meegeteld (Participatiewet art. 56a; telling per kalendermaand is een
    aanname, RULEBOOK §7). Bijstand vanaf 2024-03-15 → 2024-08-31.

    9999-12-31 als er op de peildatum geen ontzorgen is of was: geen regime WI2021, geen
    verblijfsvergunning asiel, of de bijstand is (nog) niet begonnen.
    """

    value_type = date
    entity = Persoon
    definition_period = DAY
    default_value = NOOIT_DATE
    label = "Laatste dag financieel ontzorgen"
    reference = [artikel(PW, "56a"), artikel(WI2021, "54")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (inwerkingtreding van art. 56a Pw met de Wet inburgering 2021)."""
        duur = parameters(period).ontzorgen.duur_maanden
        dag = peildatum(period)

        onder_wi2021 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2021
        verblijfsvergunning_asiel = persoon("verblijfsgrond", period) == Verblijfsgrond.ASIEL
        aanvang = aanvang_bijstand(persoon, period)
        recht_op_bijstand_ontstaan = aanvang <= dag

        ontzorgd = onder_wi2021 & verblijfsvergunning_asiel & recht_op_bijstand_ontstaan
        laatste_maand = add_months(np.where(ontzorgd, aanvang, NOOIT), duur - 1)
        return np.where(ontzorgd, end_of_month(laatste_maand), NOOIT)
