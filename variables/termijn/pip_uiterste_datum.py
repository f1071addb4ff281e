from datetime import date

import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT, NOOIT_DATE, add_weeks, is_nooit, later_of, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime
from inburgering_rules.rules import voor_peildatum
from inburgering_rules.traject import niet_voor_geboorte
from inburgering_rules.wetten import BI2021, WI2021, artikel


class pip_uiterste_datum(Variable):
    """Uiterste dag waarop het college het PIP vaststelt (Bi2021 art. 5.3; Wi2021 art. 15): 10 weken
    (70 dagen) na de laatste van de dag van DUO's kennisgeving van de inburgeringsplicht en de dag van
    inschrijving in de BRP. Een kennisgeving of inschrijving na de peildatum is op de peildatum niet
    gebeurd. 9999-12-31 als een van beide (nog) niet gebeurde, of als de persoon niet onder het
    regime van de Wi2021 valt (een Wi2013-plichtige heeft geen PIP)."""

    value_type = date
    entity = Persoon
    definition_period = DAY
    default_value = NOOIT_DATE
    label = "Uiterste datum vaststelling PIP"
    reference = [artikel(BI2021, "5.3"), artikel(WI2021, "15")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (inwerkingtreding Wi2021 en Bi2021): de termijn van art. 5.3 uit de parameters."""
        dag = peildatum(period)
        weken = parameters(period).termijn.pip.uiterste_termijn_weken
        kennisgeving = voor_peildatum(
            niet_voor_geboorte(persoon, "datum_kennisgeving_inburgeringsplicht", period), dag
        )
        inschrijving_brp = voor_peildatum(niet_voor_geboorte(persoon, "datum_inschrijving_brp", period), dag)

        regime_wi2021 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2021
        beide_gebeurd = ~is_nooit(kennisgeving) & ~is_nooit(inschrijving_brp)
        uiterste = add_weeks(later_of(kennisgeving, inschrijving_brp), weken)
        return np.where(regime_wi2021 & beide_gebeurd, uiterste, NOOIT)
