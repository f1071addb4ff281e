import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Doelgroep
from inburgering_rules.rules import niet_negatief, opzoektabel
from inburgering_rules.wetten import BI2021, artikel


def _afgerond(persoon, period, parameters, cursusuren):
    p = parameters(period).leerroute.z_route
    participatie_uren = niet_negatief(persoon, "z_route_participatie_uren", period)
    participatie_eis = opzoektabel(p.participatie_uren, Doelgroep, default=0, dtype=np.int64)[
        persoon("doelgroep", period)
    ]

    lid_2_a_cursus = cursusuren >= p.cursusuren
    lid_2_b_participatie = participatie_uren >= participatie_eis
    lid_2_c_eindgesprek = persoon("z_route_eindgesprek_gevoerd", period)
    return lid_2_a_cursus & lid_2_b_participatie & lid_2_c_eindgesprek


class z_route_afgerond(Variable):
    """Is de zelfredzaamheidsroute afgerond (Bi2021 art. 3.14 lid 2 en 3, versie 2022-01-01, zelfde
    tekst t/m 2026-04-02)? Ja als
    - lid 2 a: "in totaal 800 cursusuren" Nederlands als tweede taal en KNM zijn gevolgd;
    - lid 2 b: een asielstatushouder ook "in totaal 800 uren" aan zelfredzaamheid, activering en
      participatie besteedde (PVT- en MAP-uren tellen mee, lid 5); lid 3: voor gezins- en overige
      migranten gelden alleen onderdeel a en c;
    - lid 2 c: "een eindgesprek met het college" is gevoerd.
    Sinds de versie 2025-09-01 tellen ook de uren van lid 9 (vso, praktijkonderwijs, entree in de twee
    jaar vóór het PIP, ``z_route_uren_onderwijs_voor_pip``) mee voor onderdeel a. Er is geen examen
    (Wi2021 art. 9)."""

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Zelfredzaamheidsroute afgerond"
    reference = [artikel(BI2021, "3.14", lid=2), artikel(BI2021, "3.14", lid=3), artikel(BI2021, "3.14", lid=9)]

    def formula_2022_01_01(persoon, period, parameters):
        """Bi2021 art. 3.14 lid 2-3 (versie 2022-01-01); de urennorm uit de parameters."""
        cursusuren = niet_negatief(persoon, "z_route_cursusuren", period)
        return _afgerond(persoon, period, parameters, cursusuren)

    def formula_2025_09_01(persoon, period, parameters):
        """Sinds 2025-09-01 (Bi2021 art. 3.14 lid 9-10): onderwijsuren vóór het PIP tellen mee."""
        cursusuren = niet_negatief(persoon, "z_route_cursusuren", period) + niet_negatief(
            persoon, "z_route_uren_onderwijs_voor_pip", period
        )
        return _afgerond(persoon, period, parameters, cursusuren)
