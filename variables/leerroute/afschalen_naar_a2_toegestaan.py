from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Leerroute
from inburgering_rules.rules import niet_negatief
from inburgering_rules.wetten import BI2021, WI2021, artikel


class afschalen_naar_a2_toegestaan(Variable):
    """Mag het college bepalen dat de taalexamens geheel of gedeeltelijk op A2 worden afgelegd (Wi2021
    art. 17 lid 3; Bi2021 art. 5.5 lid 1, versie 2022-01-01, zelfde tekst t/m 2026-04-02)?

    - art. 17 lid 3: alleen voor wie "de leerroute, bedoeld in artikel 7" - de B1-route - volgt;
    - art. 5.5 lid 1: "in totaal 600 cursusuren Nederlands als tweede taal ... gevolgd bij een instelling
      die voldoet aan het bepaalde op grond van artikel 32 van de wet [keurmerk] of bij een instelling als
      bedoeld in artikel 8, tweede lid, van de wet": ``uren_nt2_les_keurmerk`` +
      ``uren_nt2_les_erkende_onderwijsinstelling``;
    - "en voorts uit de relevante feiten en omstandigheden blijkt dat hij zich gedurende deze taallessen
      voldoende heeft ingespannen" (``voldoende_inspanning``).
    Dat B1 binnen de termijn niet haalbaar is, en of het college afschaalt ("kan"), is het oordeel van
    het college; dit zegt alleen of het mag.
    """

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Afschalen naar A2 toegestaan"
    reference = [artikel(WI2021, "17", lid=3), artikel(BI2021, "5.5", lid=1)]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (Bi2021 art. 5.5 lid 1); de urengrens uit de parameters."""
        uren = niet_negatief(persoon, "uren_nt2_les_keurmerk", period) + niet_negatief(
            persoon, "uren_nt2_les_erkende_onderwijsinstelling", period
        )

        art_17_lid_3_b1_route = persoon("leerroute", period) == Leerroute.B1
        art_5_5_uren = uren >= parameters(period).leerroute.afschalen_minimum_uren_nt2
        art_5_5_voldoende_ingespannen = persoon("voldoende_inspanning", period)
        return art_17_lid_3_b1_route & art_5_5_uren & art_5_5_voldoende_ingespannen
