import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.geldregels import nieuwe_termijn_maanden
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
        return nieuwe_termijn_maanden(
            persoon, period, parameters,
            leerroute_boete=persoon("boete_leerroute_maximum", period) > 0,
            art_24_boete=persoon("boete_pvt_map", period) > 0,
            wi2013_boete=persoon("boete_wi2013", period) > 0,
        )
