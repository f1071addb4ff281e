from datetime import date

import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT, NOOIT_DATE, add_days, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime
from inburgering_rules.rules import niet_eerder_dan, voor_peildatum
from inburgering_rules.wetten import WI2013, WI2021, artikel


class inburgeringstermijn_startdatum(Variable):
    """Eerste dag van de inburgeringstermijn, alleen voor de regimes die een termijn kennen:

    - WI2021: de dag na de dagtekening van het (eerste) PIP (Wi2021 art. 11 lid 2, versie 2022-01-01,
      zelfde tekst 2025-10-21); lid 3: een herroepen, gewijzigd of opnieuw vastgesteld plan verschuift
      hem niet. Zonder PIP op de peildatum: 9999-12-31.
    - WI2013: de aanvang van de inburgeringsplicht (``datum_aanvang_inburgeringsplicht``). Versie
      2017-10-01 en later: "De termijn van drie jaar ... vangt aan op het moment dat de vreemdeling
      inburgeringsplichtig wordt" (Wi2013 art. 7b lid 2). De versie 2013-01-01 van art. 7 noemt geen
      aanvang; dezelfde dag is daar een aanname (de datum in DUO's brief is geen invoer).
    - Ieder ander regime (GEEN, en WI2007: de wet zoals die gold tot 2013 kent geen termijn van deze
      wetten): 9999-12-31.
    """

    value_type = date
    entity = Persoon
    definition_period = DAY
    default_value = NOOIT_DATE
    label = "Startdatum inburgeringstermijn"
    reference = [artikel(WI2021, "11", lid=2), artikel(WI2021, "11", lid=3), artikel(WI2013, "7b", lid=2)]

    def formula_2013_01_01(persoon, period, parameters):
        """Sinds 2013-01-01: het Wi2013-regime; sinds 2022-01-01 ook de Wi2021. Elk regime expliciet."""
        regime = persoon("inburgeringsregime", period)
        aanvang = persoon("datum_aanvang_inburgeringsplicht", period)
        pip = voor_peildatum(persoon("datum_dagtekening_pip", period), peildatum(period))
        wi2021 = regime == Inburgeringsregime.WI2021
        # The PIP follows the brede intake, which follows the start of the plicht (art. 14-15):
        # an earlier PIP is a wrong date, not a term that started before the law reached him.
        niet_eerder_dan(
            persoon, "datum_dagtekening_pip", pip, np.where(wi2021, aanvang, NOOIT),
            "a date on or after datum_aanvang_inburgeringsplicht (the PIP follows the start of the plicht)",
        )
        return np.select(
            [wi2021, regime == Inburgeringsregime.WI2013],
            [add_days(pip, 1), aanvang],
            default=NOOIT,
        )
