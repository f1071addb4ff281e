import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Leerroute
from inburgering_rules.rules import begrensd
from inburgering_rules.wetten import BI2021, WI2021, artikel


class leerroute_afgerond(Variable):
    """Is de leerroute uit het PIP afgerond (Wi2021 art. 6-9)?
    - B1-route: alle 4 taalexamens (Bi2021 art. 3.3 a-d, op het niveau van het PIP, dus A2 na
      afschalen) en het KNM-examen (art. 3.4) behaald (seed 003 l.284);
    - onderwijsroute: ``onderwijsroute_afgerond`` (art. 8);
    - zelfredzaamheidsroute: ``z_route_afgerond`` (art. 9; Bi2021 art. 3.14);
    - geen route: nee.
    PVT en MAP horen bij de inburgeringsplicht, niet bij de leerroute (art. 6 lid 1).
    """

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Leerroute afgerond"
    reference = [
        artikel(WI2021, "6", lid=1),
        artikel(WI2021, "7"),
        artikel(WI2021, "8"),
        artikel(WI2021, "9"),
        artikel(BI2021, "3.3"),
        artikel(BI2021, "3.4"),
    ]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: de leerroutes van de Wi2021."""
        aantal = parameters(period).leerroute.aantal_taalexamens
        route = persoon("leerroute", period)
        taalexamens = begrensd(
            persoon, "taalexamens_behaald", persoon("taalexamens_behaald", period), minimum=0, maximum=aantal
        )
        z_route = route == Leerroute.Z

        alle_taalexamens = taalexamens >= aantal
        b1_afgerond = (route == Leerroute.B1) & alle_taalexamens & persoon("knm_examen_behaald", period)
        onderwijs_afgerond = (route == Leerroute.ONDERWIJS) & persoon("onderwijsroute_afgerond", period)
        # The Z-route needs the doelgroep (and so the birth date) only where someone follows it.
        z_afgerond = z_route & (persoon("z_route_afgerond", period) if z_route.any() else False)
        return b1_afgerond | onderwijs_afgerond | np.asarray(z_afgerond, dtype=bool)
