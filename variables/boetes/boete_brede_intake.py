import numpy as np
from openfisca_core.periods import DAY

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.rules import eerste_van_toepassing, niet_negatief
from inburgering_rules.wetten import BI2021, PW, WI2021, artikel


class boete_brede_intake(Geldbedrag):
    """Boete van het college voor niet verschijnen bij (of onvoldoende meewerken aan) de brede intake
    (Wi2021 art. 14 en 22, versie 2022-01-01, gelijk in 2025-10-21; Bi2021 art. 7.1 lid 1):

    - 1e keer: "geeft het college een schriftelijke waarschuwing, doet het college een herhaalde
      oproep en stelt daarbij een nieuwe termijn" (art. 14 lid 1), dus € 0;
    - 2e keer (de termijn van die herhaalde oproep): boete (art. 22 lid 1) van € 250 (Bi2021 art. 7.1
      lid 1; ten hoogste € 250, Wi2021 art. 26 lid 1 a), met een nieuwe termijn van ten hoogste twee
      maanden (art. 22 lid 2);
    - 3e keer (binnen die nieuwe termijn): opnieuw € 250 (art. 22 lid 3), samen € 500;
    - daarna voltooit het college de brede intake zonder hem ("na drie oproepen", art. 14 lid 2), dus
      blijft het bij € 500.
    Een vast bedrag: de verwijtbaarheidspercentages van Bi2021 art. 7.1 lid 4 gelden alleen voor de
    PIP-boete. Geen boete als de bijstand voor dezelfde gedraging al is verlaagd (Wi2021 art. 27; Pw
    art. 18/18b) of als de persoon niet onder de Wi2021 valt (ook niet onder de Wi2013 of de oudere
    wet). Deze boetes tellen mee voor het termijnmaximum van art. 7.1 lid 5 als ze in de termijn vallen
    (invoer ``brede_intake_boetes_in_termijn`` bij ``boete_pip_niet_nakomen``)."""

    value_type = float
    entity = Persoon
    definition_period = DAY
    unit = "currency-EUR"
    label = "Boete brede intake"
    reference = [artikel(WI2021, "14", lid=1), artikel(WI2021, "14", lid=2), artikel(WI2021, "22"),
                 artikel(WI2021, "26", lid=1), artikel(WI2021, "27"), artikel(BI2021, "7.1", lid=1),
                 artikel(PW, "18"), artikel(PW, "18b")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: de brede intake en de college-boete bestaan alleen onder de Wi2021."""
        p = parameters(period).boetes.college
        niet_verschenen = niet_negatief(persoon, "aantal_niet_verschenen_brede_intake", period)

        na_waarschuwing = niet_verschenen - p.brede_intake_waarschuwingen
        beboetbare_keren = np.clip(na_waarschuwing, 0, p.brede_intake_maximum_aantal_boetes)
        boete = beboetbare_keren * float(p.brede_intake_boete)

        niet_onder_wi2021 = persoon("inburgeringsregime", period) != Inburgeringsregime.WI2021
        bijstand_al_verlaagd = persoon("bijstand_verlaagd_voor_zelfde_gedraging", period)
        return eerste_van_toepassing(
            [
                (0.0, niet_onder_wi2021),
                (0.0, bijstand_al_verlaagd),
            ],
            anders=boete,
        )
