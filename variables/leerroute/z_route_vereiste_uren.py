import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Doelgroep
from inburgering_rules.rules import opzoektabel
from inburgering_rules.wetten import BI2021, artikel


class z_route_vereiste_uren(Variable):
    """Urennorm van de zelfredzaamheidsroute (Bi2021 art. 3.14, versie 2022-01-01, zelfde tekst t/m
    2026-04-02): lid 2 a "in totaal 800 cursusuren" Nederlands en KNM, plus voor een asielstatushouder
    lid 2 b "in totaal 800 uren" participatie (samen 1.600); lid 3: voor gezins- en overige migranten
    alleen onderdeel a en c, dus 800. 0 zonder doelgroep: wie de wet niet
    bereikt heeft geen Z-route (aanname)."""

    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Vereiste uren zelfredzaamheidsroute"
    unit = "hour"
    reference = [artikel(BI2021, "3.14")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (Bi2021 art. 3.14); de uren uit de parameters."""
        p = parameters(period).leerroute.z_route
        doelgroep = persoon("doelgroep", period)
        participatie = opzoektabel(p.participatie_uren, Doelgroep, default=0, dtype=np.int64)[doelgroep]
        heeft_doelgroep = doelgroep != Doelgroep.GEEN
        return np.where(heeft_doelgroep, p.cursusuren + participatie, 0)
