import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Doelgroep, Inburgeringsregime, Leerroute
from inburgering_rules.rules import begrensd, niet_negatief
from inburgering_rules.wetten import BI2021, WI2021, artikel


class recht_op_verlenging_aanzienlijke_inspanningen(Variable):
    """Moet DUO op een aanvraag van de peildatum de termijn met zes maanden verlengen wegens aanzienlijke
    inspanningen (Wi2021 art. 12 lid 1 onderdeel b; Bi2021 art. 4.4 en 4.5, versie 2022-01-01, zelfde
    tekst t/m 2026-04-02)? De verlenging komt er op aanvraag: de minister verlengt "als de
    inburgeringsplichtige aannemelijk maakt dat ... na aanzienlijke inspanningen ... verlenging leidt tot
    het voldoen aan de inburgeringsplicht" (Wi2021 art. 12 lid 1). Alle voorwaarden, in de volgorde van
    de tekst:

    - Wi2021: het regime is de Wi2021;
    - Bi2021 art. 4.5 lid 1: de aanvraag kan op de peildatum (niet eerder dan zes maanden voor het
      verstrijken van de geldende termijn, ``verlenging_aanvragen_vanaf``);
    - art. 4.4 lid 1: de termijn van art. 11 lid 1 is nog niet eerder zo verlengd
      (``eerder_verlengd_wegens_aanzienlijke_inspanningen``);
    - art. 4.4 lid 2 a: de B1-route, op het niveau van het PIP maar ten minste A2 (dus ook na afschalen);
    - lid 2 b: een asielstatushouder volgde alle taallessen en KNM-cursusuren (``alle_lessen_gevolgd``);
      lid 3: een gezins- of overige migrant in plaats daarvan ten minste 450 uren taalles of KNM, bij
      welke aanbieder ook (het grootste van ``uren_taalles_en_knm`` en ``uren_nt2_les_keurmerk``);
    - lid 2 c: ten minste 2 van de 4 taalexamenonderdelen en het KNM-examen behaald;
    - lid 2 d: PVT en MAP afgerond.
    Of de verlenging "leidt tot het voldoen" beoordeelt DUO; art. 4.4 lid 2 zegt wanneer er sprake is
    van aanzienlijke inspanningen, en meer vraagt het model niet.
    """

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Recht op verlenging wegens aanzienlijke inspanningen (6 maanden, op aanvraag)"
    reference = [
        artikel(WI2021, "12", lid=1),
        artikel(BI2021, "4.4", lid=1),
        artikel(BI2021, "4.4", lid=2),
        artikel(BI2021, "4.4", lid=3),
        artikel(BI2021, "4.5", lid=1),
    ]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: Wi2021 art. 12 en Bi2021 art. 4.4 en 4.5; de aantallen uit de parameters."""
        dag = peildatum(period)
        p = parameters(period).termijn.automatische_verlenging
        aantal_taalexamens = parameters(period).leerroute.aantal_taalexamens
        doelgroep = persoon("doelgroep", period)
        taalexamens = begrensd(
            persoon, "taalexamens_behaald", persoon("taalexamens_behaald", period),
            minimum=0, maximum=aantal_taalexamens,
        )
        uren = np.maximum(
            niet_negatief(persoon, "uren_nt2_les_keurmerk", period),
            niet_negatief(persoon, "uren_taalles_en_knm", period),
        )

        wi2021 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2021
        art_4_5_lid_1_aanvraag_mogelijk = dag >= persoon("verlenging_aanvragen_vanaf", period)
        art_4_4_lid_1_nog_niet_verlengd = ~persoon("eerder_verlengd_wegens_aanzienlijke_inspanningen", period)
        lid_2_a_b1_route = persoon("leerroute", period) == Leerroute.B1
        asielstatushouder = doelgroep == Doelgroep.ASIELSTATUSHOUDER
        lid_2_b_alle_lessen = asielstatushouder & persoon("alle_lessen_gevolgd", period)
        lid_3_uren = (
            (doelgroep == Doelgroep.GEZINSMIGRANT) | (doelgroep == Doelgroep.OVERIGE_MIGRANT)
        ) & (uren >= p.minimum_uren_nt2_gezins_en_overige)
        lid_2_c_examens = (taalexamens >= p.minimum_taalexamens) & persoon("knm_examen_behaald", period)
        lid_2_d_pvt_en_map = persoon("pvt_afgerond", period) & persoon("map_afgerond", period)

        return (
            wi2021
            & art_4_5_lid_1_aanvraag_mogelijk
            & art_4_4_lid_1_nog_niet_verlengd
            & lid_2_a_b1_route
            & (lid_2_b_alle_lessen | lid_3_uren)
            & lid_2_c_examens
            & lid_2_d_pvt_en_map
        )
