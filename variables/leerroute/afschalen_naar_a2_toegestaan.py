from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Leerroute
from inburgering_rules.rules import niet_negatief
from inburgering_rules.wetten import BI2021, artikel


class afschalen_naar_a2_toegestaan(Variable):
    """Mag het college de inburgeringsplichtige de taalexamens op A2 laten afleggen (Bi2021 art. 5.5)?
    Ja als hij de B1-route volgt (afschalen kan niet vanuit de onderwijs- of Z-route), ten minste 600
    uur NT2-les volgde bij een cursusinstelling met keurmerk en aantoonbaar voldoende inspanning
    leverde (seed 002 l.2559)."""

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Afschalen naar A2 toegestaan"
    reference = [artikel(BI2021, "5.5")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (Bi2021 art. 5.5); de urengrens uit de parameters."""
        uren = niet_negatief(persoon, "uren_nt2_les_keurmerk", period)

        b1_route = persoon("leerroute", period) == Leerroute.B1
        genoeg_uren = uren >= parameters(period).leerroute.afschalen_minimum_uren_nt2
        voldoende_inspanning = persoon("voldoende_inspanning", period)
        return b1_route & genoeg_uren & voldoende_inspanning
