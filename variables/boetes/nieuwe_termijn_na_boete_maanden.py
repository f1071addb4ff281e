import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Leerroute
from inburgering_rules.rules import begrensd, niet_negatief
from inburgering_rules.wetten import WI2013, WI2021, artikel

DUO_BOETEPAGINA = "https://www.inburgeren.nl/en/integration-in-the-netherlands/fines.jsp"


class nieuwe_termijn_na_boete_maanden(Variable):
    """Nieuwe termijn (maanden) die DUO in de boetebeschikking geeft; 0 zonder boete.

    Wettelijke grondslag: Wi2021 art. 24 lid 2 (PVT/MAP) en art. 25 lid 2 (leerroute, "Artikel 24,
    tweede, derde en vierde lid, is van overeenkomstige toepassing"): "een nieuwe termijn van ten
    hoogste twee jaar ... Bij ministeriële regeling worden nadere regels gesteld met betrekking tot de
    nieuwe termijn" (versie 2022-01-01, gelijk in 2025-10-21); Wi2013 art. 32: "een nieuwe termijn van
    ten hoogste twee jaren" (versie 2013-01-01 en 2021-12-31). De lengtes hieronder zijn van DUO
    (gerapporteerd: de Regeling inburgering 2021 kon niet worden gelezen), begrensd op de twee jaar
    van de wet; Bi2021 art. 7.1 lid 5 kent precies deze lengtes (zes maanden tot twee jaar).

    - Leerroute-boete, B1-route of onderwijsroute: naar het aantal behaalde examens (taalexamens plus
      KNM): 0 → 24, 1 → 18, 2 → 12, 3 of meer → 6.
    - Leerroute-boete, zelfredzaamheidsroute: naar ``z_route_cursusuren``: < 200 → 24, < 400 → 18,
      < 600 → 12, anders 6.
    - De ene boete van art. 24 (``boete_pvt_map``): alleen het PVT niet af 6, alleen de MAP 6, beide 12.
    - Wi2013-boete: 24 (art. 32; DUO: "Na de boete krijgt u 2 jaar extra").
    Bij meerdere boetes geldt de langste termijn; ze worden niet opgeteld. Waar DUO geen boete oplegt
    (ook door de opschorting voor asielstatushouders of een afgewezen verblijfsvergunning) is er geen
    boetebeschikking en dus 0.
    """

    value_type = int
    entity = Persoon
    definition_period = DAY
    unit = "month"
    label = "Nieuwe termijn na boete (maanden)"
    reference = [
        artikel(WI2021, "24", lid=2), artikel(WI2021, "25", lid=2), artikel(WI2013, "32"), DUO_BOETEPAGINA,
    ]

    def formula_2013_01_01(persoon, period, parameters):
        """Van 2013 tot 2022 bestaat alleen de Wi2013-boete, met een nieuwe termijn van twee jaar."""
        p = parameters(period).boetes.nieuwe_termijn
        wi2013_boete = persoon("boete_wi2013", period) > 0
        return np.where(wi2013_boete, int(p.wi2013), 0)

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 ook de Wi2021-boetes van DUO (leerroute, art. 25; PVT/MAP, art. 24)."""
        p = parameters(period).boetes.nieuwe_termijn
        aantal_taalexamens = parameters(period).leerroute.aantal_taalexamens

        leerroute_boete = persoon("boete_leerroute_maximum", period) > 0
        # One art. 24 fine; its new term depends on which of the two parts was not completed.
        art_24_boete = persoon("boete_pvt_map", period) > 0
        pvt_te_laat = art_24_boete & ~persoon("pvt_afgerond", period)
        map_te_laat = art_24_boete & persoon("map_verplicht", period) & ~persoon("map_afgerond", period)
        wi2013_boete = persoon("boete_wi2013", period) > 0

        # B1-route en onderwijsroute: taalexamens plus KNM tellen als behaalde examens.
        b1 = p.b1_en_onderwijsroute
        taalexamens = begrensd(
            persoon, "taalexamens_behaald", persoon("taalexamens_behaald", period), minimum=0,
            maximum=aantal_taalexamens,
        )
        examens = taalexamens + persoon("knm_examen_behaald", period).astype(int)
        naar_examens = np.select(
            [examens <= 0, examens == 1, examens == 2],
            [b1.geen_examen, b1.een_examen, b1.twee_examens],
            default=b1.drie_of_meer_examens,
        )
        # Zelfredzaamheidsroute: gevolgde cursusuren.
        z = p.z_route
        cursusuren = niet_negatief(persoon, "z_route_cursusuren", period)
        naar_uren = np.select(
            [cursusuren < z.uren_grens_1, cursusuren < z.uren_grens_2, cursusuren < z.uren_grens_3],
            [z.maanden_onder_grens_1, z.maanden_onder_grens_2, z.maanden_onder_grens_3],
            default=z.maanden_vanaf_grens_3,
        )
        z_route = persoon("leerroute", period) == Leerroute.Z
        voor_leerroute = np.where(leerroute_boete, np.where(z_route, naar_uren, naar_examens), 0)

        pm = p.pvt_en_map
        voor_pvt_en_map = np.select(
            [pvt_te_laat & map_te_laat, pvt_te_laat, map_te_laat],
            [pm.pvt_en_map, pm.alleen_pvt, pm.alleen_map],
            default=0,
        )
        voor_wi2013 = np.where(wi2013_boete, int(p.wi2013), 0)

        # Meerdere boetes: de langste termijn geldt; nooit meer dan de twee jaar van art. 24 lid 2.
        langste = np.maximum.reduce([voor_leerroute, voor_pvt_en_map, voor_wi2013])
        return np.minimum(langste, int(p.maximum_wi2021)).astype(np.int32)
