from openfisca_core.periods import DAY

from inburgering_rules.entities import Persoon
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import duo_boete_opgeschort, herhaalde_duo_boete, termijn_verstreken
from inburgering_rules.rules import eerste_van_toepassing
from inburgering_rules.traject import wi2021_plichtige
from inburgering_rules.wetten import BI2021, WI2021, artikel


class boete_leerroute_herhaald_maximum(Geldbedrag):
    """De volgende DUO-boete voor de leerroute die op de peildatum verschuldigd is, na eerdere
    boetebeschikkingen: ten hoogste € 1.000 (Wi2021 art. 26 lid 1 d, "€ 1 000 voor de boete, bedoeld in
    artikel 25"; het bedrag zelf volgt Bi2021 art. 7.2 lid 2 en de Regeling, die niet beschikbaar is).
    Grondslag: art. 25 lid 2 (versie 2022-01-01): "Artikel 24, tweede, derde en vierde lid, is van
    overeenkomstige toepassing": na één eerdere beschikking zodra haar nieuwe termijn voorbij is (art. 24
    lid 3, met een nieuwe termijn), daarna "iedere twee jaar" (lid 4); zie ``boete_pvt_map_herhaald``.

    Voorwaarden als bij ``boete_leerroute_maximum``: plichtig onder de Wi2021, termijn voorbij, leerroute
    niet afgerond; art. 27 (``bijstand_verlaagd_voor_niet_behalen_leerroute``) en de opschorting voor
    asielstatushouders gelden ook hier. Niet de uitzondering van art. 25
    lid 3 (afgewezen of ingetrokken verblijfsvergunning): die wijkt af "van het eerste lid", niet van de
    herhaalde boete van lid 2 (docs/modelkeuzes.md).
    """

    value_type = float
    entity = Persoon
    definition_period = DAY
    unit = "currency-EUR"
    label = "Herhaalde DUO-boete leerroute (maximum; art. 25 lid 2)"
    reference = [
        artikel(WI2021, "25", lid=2), artikel(WI2021, "24", lid=3), artikel(WI2021, "24", lid=4),
        artikel(WI2021, "26", lid=1), artikel(WI2021, "27"), artikel(BI2021, "7.2", lid=2),
    ]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (Wi2021)."""
        p = parameters(period).boetes.duo
        niet_afgerond = (
            wi2021_plichtige(persoon, period) & termijn_verstreken(persoon, period)
            & ~persoon("leerroute_afgerond", period)
        )
        art_27 = persoon("bijstand_verlaagd_voor_niet_behalen_leerroute", period)
        opgeschort = duo_boete_opgeschort(persoon, period, parameters)
        lid_2 = herhaalde_duo_boete(
            persoon, period, p.herhaling_interval_jaren, nodig=niet_afgerond & ~art_27 & ~opgeschort
        )
        return eerste_van_toepassing(
            [
                (0.0, ~niet_afgerond),
                (0.0, art_27),
                (0.0, opgeschort),
                (0.0, ~lid_2),
            ],
            anders=float(p.leerroute_maximum),
        )
