import numpy as np
from openfisca_core.periods import DAY

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import (
    duo_boete_opgeschort,
    herhaalde_duo_boete,
    termijn_verstreken,
    wi2013_onderdelen_b_en_c_behaald,
)
from inburgering_rules.rules import eerste_van_toepassing
from inburgering_rules.wetten import WI2013, WI2021, artikel


class boete_wi2013_herhaald_maximum(Geldbedrag):
    """De volgende DUO-boete onder de Wet inburgering (2013) die op de peildatum verschuldigd is, na
    eerdere boetebeschikkingen: ten hoogste € 1.250 (art. 34 b, versie 2013-01-01: "€ 1250 voor het niet
    voldoen aan de inburgeringsplicht binnen de bij of krachtens de artikelen 32 en 33 gestelde
    termijnen"; vanaf 2017-10-01 art. 34 d, hetzelfde bedrag voor de examenonderdelen). DUO's tabel is
    voor de eerste boete gepubliceerd; voor de herhaalde boete is alleen dit maximum bekend.

    - Art. 33 lid 1 (versies 2013-01-01 en 2017-10-01): "Onze Minister legt de inburgeringsplichtige die
      niet binnen de krachtens artikel 32 vastgestelde termijn aan de inburgeringsplicht heeft voldaan
      [2017: de onderdelen van het inburgeringsexamen ... heeft behaald], een bestuurlijke boete op.
      Artikel 32 is van overeenkomstige toepassing": na één eerdere beschikking zodra haar nieuwe termijn
      voorbij is, met opnieuw een nieuwe termijn van twee jaar.
    - Art. 33 lid 2: "legt Onze Minister iedere twee jaar een bestuurlijke boete op": na twee beschikkingen
      zodra de tweede nieuwe termijn voorbij is, daarna twee jaar na de bekendmaking van de vorige.
    Voorwaarden als bij ``boete_wi2013``: regime ``WI2013``, plichtig, termijn voorbij; de opschorting
    voor asielstatushouders geldt ook hier. Niet de uitzondering van art. 31 lid 2 (verblijfsvergunning):
    die wijkt af "van het eerste lid" van art. 31, niet van art. 33.
    """

    value_type = float
    entity = Persoon
    definition_period = DAY
    unit = "currency-EUR"
    label = "Herhaalde DUO-boete Wet inburgering (2013) (maximum; art. 33)"
    reference = [
        artikel(WI2013, "33", lid=1), artikel(WI2013, "33", lid=2), artikel(WI2013, "32"),
        artikel(WI2013, "34"), artikel(WI2021, "54"),
    ]

    def formula_2013_01_01(persoon, period, parameters):
        """2013-01-01 tot 2017-10-01: art. 33 "niet ... aan de inburgeringsplicht heeft voldaan"; na 2022 voor
        de oudere cohorten (Wi2021 art. 54)."""
        return _herhaald(persoon, period, parameters, persoon("inburgeringsplichtig", period))

    def formula_2017_10_01(persoon, period, parameters):
        """Vanaf 2017-10-01: art. 33 "de onderdelen van het inburgeringsexamen, bedoeld in artikel 7, tweede lid,
        onderdelen b en c, ... [niet] heeft behaald"; de participatieverklaring telt hier niet."""
        niet_behaald = persoon("inburgeringsplichtig", period) & ~wi2013_onderdelen_b_en_c_behaald(persoon, period)
        return _herhaald(persoon, period, parameters, niet_behaald)


def _herhaald(persoon, period, parameters, niet_voldaan) -> np.ndarray:
    p = parameters(period).boetes.wi2013
    onder_wi2013 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2013
    niet_voldaan = niet_voldaan & onder_wi2013 & termijn_verstreken(persoon, period)
    opgeschort = duo_boete_opgeschort(persoon, period, parameters)
    lid_1_en_2 = herhaalde_duo_boete(
        persoon, period, p.herhaling_interval_jaren, nodig=niet_voldaan & ~opgeschort
    )
    return eerste_van_toepassing(
        [
            (0.0, ~niet_voldaan),
            (0.0, opgeschort),
            (0.0, ~lid_1_en_2),
        ],
        anders=float(p.maximum),
    )
