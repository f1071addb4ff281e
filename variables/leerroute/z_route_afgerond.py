import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Doelgroep
from inburgering_rules.rules import begrensd, niet_negatief, opzoektabel
from inburgering_rules.wetten import BI2021, artikel


class z_route_afgerond(Variable):
    """Is de zelfredzaamheidsroute afgerond (Bi2021 art. 3.14)? Ja als
    - ten minste 800 cursusuren Nederlands en KNM zijn gevolgd,
    - een asielstatushouder ook ten minste 800 participatie-uren maakte (gezins- en overige migranten
      hebben geen participatie-eis), en
    - het verplichte eindgesprek met het college is gevoerd (seed 002 l.2426, l.2520).
    Er is geen examen (art. 9 Wi2021: streefniveau A1)."""

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Zelfredzaamheidsroute afgerond"
    reference = [artikel(BI2021, "3.14")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (Bi2021 art. 3.14); de urennorm uit de parameters."""
        p = parameters(period).leerroute.z_route
        cursusuren = niet_negatief(persoon, "z_route_cursusuren", period)
        participatie_uren = begrensd(
            persoon, "z_route_participatie_uren", persoon("z_route_participatie_uren", period), minimum=0
        )
        participatie_eis = opzoektabel(p.participatie_uren, Doelgroep, default=0, dtype=np.int64)[
            persoon("doelgroep", period)
        ]

        cursus_voltooid = cursusuren >= p.cursusuren
        participatie_voltooid = participatie_uren >= participatie_eis
        eindgesprek_gevoerd = persoon("z_route_eindgesprek_gevoerd", period)
        return cursus_voltooid & participatie_voltooid & eindgesprek_gevoerd
