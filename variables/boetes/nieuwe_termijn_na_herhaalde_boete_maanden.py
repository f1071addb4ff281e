import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.geldregels import nieuwe_termijn_maanden
from inburgering_rules.wetten import WI2013, WI2021, artikel


class nieuwe_termijn_na_herhaalde_boete_maanden(Variable):
    """Nieuwe termijn (maanden) in de tweede boetebeschikking van DUO; 0 waar die niet verschuldigd is.

    Alleen de tweede boete stelt opnieuw een termijn: Wi2021 art. 24 lid 3 ("Het tweede lid is van
    overeenkomstige toepassing", via art. 25 lid 2 ook voor de leerroute) en Wet inburgering (2013)
    art. 33 lid 1 ("Artikel 32 is van overeenkomstige toepassing"), versies 2022-01-01 resp. 2013-01-01 en
    2017-10-01; de boetes "iedere twee jaar" (art. 24 lid 4, art. 33 lid 2) stellen geen termijn. De
    lengte volgt dezelfde regels als ``nieuwe_termijn_na_boete_maanden`` (Wi2013: twee jaar; Wi2021: de
    door DUO gerapporteerde lengtes, ten hoogste twee jaar; aanname: DUO past op de tweede beschikking
    dezelfde lengtes toe, de Regeling inburgering 2021 kon niet worden gelezen).
    """

    value_type = int
    entity = Persoon
    definition_period = DAY
    unit = "month"
    label = "Nieuwe termijn na de tweede DUO-boete (maanden)"
    reference = [
        artikel(WI2021, "24", lid=3), artikel(WI2021, "25", lid=2), artikel(WI2013, "33", lid=1),
        artikel(WI2013, "32"),
    ]

    def formula_2013_01_01(persoon, period, parameters):
        """Van 2013 tot 2022 alleen de Wi2013-boete (art. 33 lid 1 met art. 32: twee jaar)."""
        tweede = _tweede_boete(persoon, period)
        herhaald = persoon("boete_wi2013_herhaald_maximum", period) > 0
        return np.where(tweede & herhaald, int(parameters(period).boetes.nieuwe_termijn.wi2013), 0)

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 ook de Wi2021-boetes (art. 24 lid 3; art. 25 lid 2)."""
        tweede = _tweede_boete(persoon, period)
        return nieuwe_termijn_maanden(
            persoon, period, parameters,
            leerroute_boete=tweede & (persoon("boete_leerroute_herhaald_maximum", period) > 0),
            art_24_boete=tweede & (persoon("boete_pvt_map_herhaald", period) > 0),
            wi2013_boete=tweede & (persoon("boete_wi2013_herhaald_maximum", period) > 0),
        )


def _tweede_boete(persoon, period) -> np.ndarray:
    """A repeat fine due after exactly one earlier decision is the second one, which sets a new term."""
    return persoon("aantal_eerdere_duo_boetebeschikkingen", period) == 1
