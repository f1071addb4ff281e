from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Doelgroep, Inburgeringsregime, Leerroute
from inburgering_rules.rules import begrensd, niet_negatief
from inburgering_rules.wetten import BI2021, WI2021, artikel


class recht_op_automatische_verlenging(Variable):
    """Krijgt de inburgeringsplichtige op de peildatum zonder aanvraag 6 maanden extra tijd wegens
    aanzienlijke inspanningen (Wi2021 art. 12; Bi2021 art. 4.4; DUO "extra tijd", gerapporteerd)?
    Alle voorwaarden moeten gelden:
    1. hij valt onder de Wi2021;
    2. de termijn startte ten minste 2,5 jaar geleden (peildatum op of na ``verlenging_aanvragen_vanaf``);
    3. zijn leerroute is de B1-route (ook na afschalen naar A2);
    4. hij haalde ten minste 2 van de 4 taalexamens op het niveau van het PIP;
    5. hij haalde het KNM-examen;
    6. hij rondde het PVT af;
    7. hij rondde de MAP af;
    8. uren: een asielstatushouder volgde alle lessen uit zijn PIP; een gezins- of overige migrant
       volgde ten minste 450 uur NT2-les bij een school met keurmerk.
    """

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Recht op automatische verlenging (6 maanden)"
    reference = [artikel(WI2021, "12"), artikel(BI2021, "4.4")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: DUO's uitvoering van de verlenging bij aanzienlijke inspanningen (Wi2021)."""
        dag = peildatum(period)
        p = parameters(period).termijn.automatische_verlenging
        aantal_taalexamens = parameters(period).leerroute.aantal_taalexamens
        doelgroep = persoon("doelgroep", period)
        taalexamens = begrensd(
            persoon, "taalexamens_behaald", persoon("taalexamens_behaald", period),
            minimum=0, maximum=aantal_taalexamens,
        )
        uren = niet_negatief(persoon, "uren_nt2_les_keurmerk", period)

        voorwaarde_1_wi2021 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2021
        voorwaarde_2_termijn_half_voorbij = dag >= persoon("verlenging_aanvragen_vanaf", period)
        voorwaarde_3_b1_route = persoon("leerroute", period) == Leerroute.B1
        voorwaarde_4_taalexamens = taalexamens >= p.minimum_taalexamens
        voorwaarde_5_knm = persoon("knm_examen_behaald", period)
        voorwaarde_6_pvt = persoon("pvt_afgerond", period)
        voorwaarde_7_map = persoon("map_afgerond", period)
        asielstatushouder_alle_lessen = (doelgroep == Doelgroep.ASIELSTATUSHOUDER) & persoon(
            "alle_lessen_gevolgd", period
        )
        gezins_of_overige_migrant_uren = (
            (doelgroep == Doelgroep.GEZINSMIGRANT) | (doelgroep == Doelgroep.OVERIGE_MIGRANT)
        ) & (uren >= p.minimum_uren_nt2_gezins_en_overige)
        voorwaarde_8_uren = asielstatushouder_alle_lessen | gezins_of_overige_migrant_uren

        return (
            voorwaarde_1_wi2021
            & voorwaarde_2_termijn_half_voorbij
            & voorwaarde_3_b1_route
            & voorwaarde_4_taalexamens
            & voorwaarde_5_knm
            & voorwaarde_6_pvt
            & voorwaarde_7_map
            & voorwaarde_8_uren
        )
