import numpy as np
from openfisca_core.periods import YEAR

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Doelgroep, Inburgeringsregime
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import laatste_dag
from inburgering_rules.rules import eerste_van_toepassing, niet_negatief
from inburgering_rules.wetten import BI2021, PW, WI2021, artikel


class boete_pip_niet_nakomen(Geldbedrag):
    """Boete van het college in het kalenderjaar voor het niet nakomen van het PIP (Wi2021 art. 23;
    Bi2021 art. 7.1; seed 002 l.1754-1760): € 50 per overtreding, ten hoogste € 800 in een jaar en
    ten hoogste € 2.400 gedurende de inburgeringstermijn.

    - Overtredingen: ``aantal_pip_overtredingen_overig`` (begeleiding, PVT, MAP) voor iedereen, plus
      ``aantal_pip_overtredingen_leerroute`` alleen voor een asielstatushouder: een gezins- of overige
      migrant hoeft geen lessen te volgen (seed 002 l.1768-1769).
    - Termijnmaximum: € 2.400 min ``pip_boetes_eerder_in_termijn`` (de boetes die al in eerdere jaren
      van dezelfde termijn werden opgelegd, opgegeven voor dit jaar); nooit minder dan 0.
    - Geen boete als de bijstand voor dezelfde gedraging al is verlaagd (Wi2021 art. 27; Pw art.
      18/18b) of als de persoon niet onder de Wi2021 valt.
    Regime en doelgroep worden bepaald op de laatste dag van het jaar.
    """

    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Boete niet nakomen PIP in het jaar"
    reference = [artikel(WI2021, "23"), artikel(WI2021, "27"), artikel(BI2021, "7.1"), artikel(PW, "18"),
                 artikel(PW, "18b")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: het PIP en de college-boete bestaan alleen onder de Wi2021."""
        p = parameters(period).boetes.college
        einde_jaar = laatste_dag(period)
        asielstatushouder = persoon("doelgroep", einde_jaar) == Doelgroep.ASIELSTATUSHOUDER
        leerroute = niet_negatief(persoon, "aantal_pip_overtredingen_leerroute", period)
        overig = niet_negatief(persoon, "aantal_pip_overtredingen_overig", period)
        eerder_in_termijn = niet_negatief(persoon, "pip_boetes_eerder_in_termijn", period)

        overtredingen = overig + np.where(asielstatushouder, leerroute, 0)
        per_overtreding = overtredingen * float(p.pip_boete_per_overtreding)
        binnen_jaarmaximum = np.minimum(per_overtreding, float(p.pip_maximum_per_jaar))
        ruimte_in_termijn = np.maximum(float(p.pip_maximum_per_termijn) - eerder_in_termijn, 0.0)
        boete = np.minimum(binnen_jaarmaximum, ruimte_in_termijn)

        niet_onder_wi2021 = persoon("inburgeringsregime", einde_jaar) != Inburgeringsregime.WI2021
        bijstand_al_verlaagd = persoon("bijstand_verlaagd_voor_zelfde_gedraging", period)
        return eerste_van_toepassing(
            [
                (0.0, niet_onder_wi2021),
                (0.0, bijstand_al_verlaagd),
            ],
            anders=boete,
        )
