from datetime import date

import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT, NOOIT_DATE, add_years, later_of
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import REDENEN_BUITEN_DE_WET
from inburgering_rules.wetten import WI2021, artikel


class datum_aanvang_inburgeringsplicht(Variable):
    """Dag waarop de wet de persoon voor het eerst bereikt: de latere van de bekendmaking van het
    verblijfsrecht (Wi2021 art. 3) en het einde van de kwalificatieplicht (18e verjaardag; met een
    startkwalificatie de 16e, de minimumleeftijd). Vrijstelling, ontheffing en voldaan verschuiven
    hem niet. 9999-12-31 als de wet hem niet bereikt (RULEBOOK §3 redenen 1–6)."""

    value_type = date
    entity = Persoon
    definition_period = DAY
    default_value = NOOIT_DATE
    label = "Datum aanvang inburgeringsplicht"
    reference = [artikel(WI2021, "3", lid=1), artikel(WI2021, "54")]

    def formula(persoon, period, parameters):
        """Sinds 2013-01-01; leeftijden uit de parameters op de peildatum."""
        p = parameters(period).inburgeringsplicht
        reden = persoon("reden_geen_inburgeringsplicht", period)
        buiten_de_wet = np.isin(np.asarray(reden), [r.index for r in REDENEN_BUITEN_DE_WET])
        leeftijd_einde_kwalificatieplicht = np.where(
            persoon("heeft_startkwalificatie", period),
            p.minimumleeftijd,
            p.einde_kwalificatieplicht_leeftijd,
        )
        einde_kwalificatieplicht = add_years(persoon("geboortedatum", period), leeftijd_einde_kwalificatieplicht)
        aanvang = later_of(persoon("datum_verblijfsrecht", period), einde_kwalificatieplicht)
        return np.where(buiten_de_wet, NOOIT, aanvang)
