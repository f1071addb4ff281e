import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Leerroute
from inburgering_rules.rules import begrensd
from inburgering_rules.wetten import WI2021, artikel


class inburgeringsexamen_of_route_behaald(Variable):
    """Is voldaan aan het derde onderdeel van de inburgeringsplicht: "het behalen van het
    inburgeringsexamen, de onderwijsroute of de zelfredzaamheidsroute" (Wi2021 art. 6 lid 1 onderdeel
    c, versie 2022-01-01)? Ja als ``leerroute_afgerond``, en ook als iemand in de onderwijsroute die
    route niet behaalde maar wel de vier taalexamenonderdelen op ten minste B1 en KNM: "Indien de
    inburgeringsplichtige de onderwijsroute niet heeft behaald, heeft deze het inburgeringsexamen
    behaald, indien hij heeft voldaan aan de examenonderdelen: a. mondelinge en schriftelijke
    vaardigheden in de Nederlandse taal op ten minste het niveau B1 ...; en b. kennis van de
    Nederlandse maatschappij" (art. 8 lid 4, versie 2022-01-01, zelfde tekst 2025-10-21). In de
    onderwijsroute is het niveau van het PIP B1, dus ``taalexamens_behaald`` telt examens op B1.
    ``leerroute_afgerond`` zelf blijft de route (de onderwijsroute is dan niet afgerond)."""

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Inburgeringsexamen, onderwijsroute of Z-route behaald (Wi2021 art. 6 lid 1 c)"
    reference = [artikel(WI2021, "6", lid=1), artikel(WI2021, "8", lid=4)]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: Wi2021 art. 6 lid 1 onderdeel c en art. 8 lid 4."""
        aantal = parameters(period).leerroute.aantal_taalexamens
        onderwijsroute = persoon("leerroute", period) == Leerroute.ONDERWIJS
        taalexamens = begrensd(
            persoon, "taalexamens_behaald", persoon("taalexamens_behaald", period), minimum=0, maximum=aantal
        )
        art_8_lid_4 = onderwijsroute & (taalexamens >= aantal) & persoon("knm_examen_behaald", period)
        return np.asarray(persoon("leerroute_afgerond", period), dtype=bool) | art_8_lid_4
