from datetime import date

import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT, NOOIT_DATE, add_weeks, is_nooit, later_of, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime, Verblijfsgrond
from inburgering_rules.rules import voor_peildatum
from inburgering_rules.traject import niet_voor_geboorte
from inburgering_rules.wetten import BI2021, WI2021, artikel


def _gebeurtenissen(persoon, period):
    """Kennisgeving and BRP registration as they stand on the peildatum, both checked against the birth date."""
    dag = peildatum(period)
    kennisgeving = voor_peildatum(
        niet_voor_geboorte(persoon, "datum_kennisgeving_inburgeringsplicht", period), dag
    )
    inschrijving = voor_peildatum(niet_voor_geboorte(persoon, "datum_inschrijving_brp", period), dag)
    return kennisgeving, inschrijving


class pip_uiterste_datum(Variable):
    """Uiterste dag waarop het college het PIP vaststelt (Bi2021 art. 5.3 lid 1; Wi2021 art. 15 lid 5).
    De tekst veranderde op 2023-01-01; de regel van de peildatum geldt.

    - Versie 2022-01-01: "binnen uiterlijk 10 weken na de dag waarop de inburgeringsplichtige in de
      basisregistratie personen is ingeschreven, met dien verstande dat als hij rechtmatig verblijf
      heeft op grond van een verblijfsvergunning asiel voor bepaalde tijd, het gaat om de inschrijving
      in de gemeente waar hij op grond van artikel 28 van de Huisvestingswet 2014 is gehuisvest". De
      kennisgeving van DUO speelt geen rol: inschrijving + 10 weken.
    - Versie 2023-01-01 (zelfde tekst 2024-01-01 t/m 2026-04-02): "uiterlijk 10 weken na de dag
      waarop Onze Minister de inburgeringsplichtige schriftelijk in kennis heeft gesteld"; was hij op
      de datum van de kennisgeving "nog niet ingeschreven in de gemeente waar hij op grond van artikel
      28 van de Huisvestingswet 2014 wordt gehuisvest", dan 10 weken na die inschrijving. Wie op grond
      van art. 28 Hw 2014 wordt gehuisvest is een "vergunninghouder" (Hw 2014 art. 1: houder van een
      verblijfsvergunning asiel voor bepaalde tijd), hier ``verblijfsgrond == ASIEL`` (aanname: elke
      houder wordt via de taakstelling gehuisvest).

    - Afwijking (lid 2, versie 2023-01-01; niet in 2022-01-01): wacht het college op informatie van
      een derde (``pip_in_afwachting_van_informatie_derde``), dan "Uiterlijk twee weken na ontvangst
      van deze informatie" (``datum_ontvangst_informatie_derde``), nooit vóór de uiterste dag van lid 1:
      de afwijking bestaat alleen omdat het plan "binnen deze termijn" niet kon. Nog niet ontvangen:
      9999-12-31 (de termijn loopt nog niet).
    - Een nieuw plan na verhuizing (lid 2 in 2022, lid 3 sinds 2023) is een ander plan, met een eigen
      uiterste dag: ``pip_andere_gemeente_uiterste_datum``.

    ``datum_inschrijving_brp`` is voor een houder van een verblijfsvergunning asiel de inschrijving in
    die huisvestingsgemeente. Een week is 7 dagen; een gebeurtenis na de peildatum is nog niet
    gebeurd. 9999-12-31 als de gebeurtenis waarvan de termijn telt (nog) niet gebeurde, of als de
    persoon niet onder de Wi2021 valt (een Wi2013- of WI2007-plichtige heeft geen PIP).
    """

    value_type = date
    entity = Persoon
    definition_period = DAY
    default_value = NOOIT_DATE
    label = "Uiterste datum vaststelling PIP"
    reference = [
        artikel(BI2021, "5.3", lid=1),
        artikel(BI2021, "5.3", lid=2, versie="2023-01-01"),
        artikel(WI2021, "15", lid=5),
    ]

    def formula_2022_01_01(persoon, period, parameters):
        """Bi2021 art. 5.3 lid 1, versie 2022-01-01: 10 weken na de inschrijving in de BRP (voor een
        asielstatushouder: in de huisvestingsgemeente)."""
        weken = parameters(period).termijn.pip.uiterste_termijn_weken
        _, inschrijving = _gebeurtenissen(persoon, period)
        regime_wi2021 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2021

        ingeschreven = ~is_nooit(inschrijving)
        # Lid 2 of this version (a new plan after a move) is pip_andere_gemeente_uiterste_datum.
        return np.where(regime_wi2021 & ingeschreven, add_weeks(inschrijving, weken), NOOIT)

    def formula_2023_01_01(persoon, period, parameters):
        """Bi2021 art. 5.3 lid 1, versie 2023-01-01: 10 weken na de kennisgeving,
        of na de latere inschrijving in de huisvestingsgemeente (tweede zin); lid 2: twee weken na
        ontvangst van de informatie van een derde waarop het college wachtte."""
        weken = parameters(period).termijn.pip.uiterste_termijn_weken
        kennisgeving, inschrijving = _gebeurtenissen(persoon, period)
        regime_wi2021 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2021

        # Eerste zin: de kennisgeving van de inburgeringsplicht.
        eerste_zin = add_weeks(kennisgeving, weken)
        # Tweede zin: gehuisvest op grond van art. 28 Hw 2014 en op de dag van de kennisgeving nog niet
        # ingeschreven in die gemeente (inschrijving later of nog niet gebeurd).
        gehuisvest_art_28 = persoon("verblijfsgrond", period) == Verblijfsgrond.ASIEL
        nog_niet_ingeschreven = is_nooit(inschrijving) | (inschrijving > kennisgeving)
        tweede_zin = gehuisvest_art_28 & nog_niet_ingeschreven
        lid_1 = np.where(tweede_zin, add_weeks(inschrijving, weken), eerste_zin)
        # Lid 2: the college awaits information from a third party; the plan follows at the latest two
        # weeks after it arrives. Until then no deadline runs (NOOIT). Lid 3 (a move) is another plan.
        lid_2 = persoon("pip_in_afwachting_van_informatie_derde", period)
        ontvangst = voor_peildatum(
            niet_voor_geboorte(persoon, "datum_ontvangst_informatie_derde", period), peildatum(period)
        )
        weken_na_ontvangst = parameters(period).termijn.pip.na_informatie_derde_weken
        na_ontvangst = np.where(is_nooit(ontvangst), NOOIT, add_weeks(ontvangst, weken_na_ontvangst))
        uiterste = np.where(lid_2, later_of(lid_1, na_ontvangst), lid_1)

        gekend = ~is_nooit(kennisgeving)
        return np.where(regime_wi2021 & gekend, uiterste, NOOIT)
