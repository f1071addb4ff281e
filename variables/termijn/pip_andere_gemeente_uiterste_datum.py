from datetime import date

import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT, NOOIT_DATE, add_weeks, is_nooit, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime
from inburgering_rules.rules import voor_peildatum
from inburgering_rules.traject import niet_voor_geboorte
from inburgering_rules.wetten import BI2021, WI2021, artikel


class pip_andere_gemeente_uiterste_datum(Variable):
    """Uiterste dag waarop het college van de andere gemeente het PIP vaststelt na een verhuizing
    (Bi2021 art. 5.3 lid 2, versie 2022-01-01; lid 3 sinds de versie 2023-01-01, zelfde tekst): "Als de
    inburgeringsplichtige, voor wie het persoonlijk plan inburgering en participatie is opgesteld, zijn
    woonplaats verplaatst naar een andere gemeente, stelt het college van de andere gemeente het
    voornoemde plan vast binnen uiterlijk 10 weken na de datum van inschrijving van de
    inburgeringsplichtige in deze gemeente."

    ``datum_inschrijving_andere_gemeente`` + 10 weken (7 dagen per week), als op de peildatum het
    regime de Wi2021 is, het eerste PIP (``datum_dagtekening_pip``) vóór die inschrijving gedagtekend
    is ("voor wie het ... plan ... is opgesteld") en de inschrijving niet na de peildatum ligt. Anders
    9999-12-31. De termijn van art. 11 verandert niet: het plan wordt "opnieuw vastgesteld" (Wi2021
    art. 11 lid 3 b)."""

    value_type = date
    entity = Persoon
    definition_period = DAY
    default_value = NOOIT_DATE
    label = "Uiterste datum vaststelling PIP door de andere gemeente na verhuizing"
    reference = [
        artikel(BI2021, "5.3", lid=2, versie="2022-01-01"),
        artikel(BI2021, "5.3", lid=3, versie="2023-01-01"),
        artikel(WI2021, "11", lid=3),
    ]

    def formula_2022_01_01(persoon, period, parameters):
        """Bi2021 art. 5.3 lid 2 (2022) / lid 3 (2023+): 10 weken na de inschrijving in de andere gemeente."""
        dag = peildatum(period)
        weken = parameters(period).termijn.pip.andere_gemeente_weken
        regime_wi2021 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2021
        pip = voor_peildatum(niet_voor_geboorte(persoon, "datum_dagtekening_pip", period), dag)
        inschrijving = voor_peildatum(niet_voor_geboorte(persoon, "datum_inschrijving_andere_gemeente", period), dag)

        verhuisd = ~is_nooit(inschrijving)
        plan_was_opgesteld = ~is_nooit(pip) & (pip < inschrijving)
        return np.where(regime_wi2021 & verhuisd & plan_was_opgesteld, add_weeks(inschrijving, weken), NOOIT)
