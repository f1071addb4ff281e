from openfisca_core.periods import DAY

from inburgering_rules.entities import Persoon
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import duo_boete_opgeschort, herhaalde_duo_boete, termijn_verstreken
from inburgering_rules.rules import eerste_van_toepassing
from inburgering_rules.traject import wi2021_plichtige
from inburgering_rules.wetten import BI2021, WI2021, artikel


class boete_pvt_map_herhaald(Geldbedrag):
    """De volgende DUO-boete van Wi2021 art. 24 die op de peildatum verschuldigd is, na eerdere
    boetebeschikkingen (versie 2022-01-01): € 340 (Bi2021 art. 7.2 lid 1: "De bestuurlijke boete,
    bedoeld in artikel 24 van de wet, bedraagt € 340", dus ook de boetes van lid 3 en 4).

    - Lid 3: "Onze Minister legt de inburgeringsplichtige die niet binnen de op grond van het tweede lid
      vastgestelde termijn ... het participatieverklaringstraject of de module Arbeidsmarkt en Participatie
      heeft afgerond een bestuurlijke boete op. Het tweede lid is van overeenkomstige toepassing": na één
      eerdere beschikking, zodra haar nieuwe termijn voorbij is; met opnieuw een nieuwe termijn
      (``nieuwe_termijn_na_herhaalde_boete_maanden``).
    - Lid 4: "Zolang de inburgeringsplichtige na het verstrijken van de op grond van het derde lid gestelde
      termijn ... niet afrondt, legt Onze Minister iedere twee jaar een bestuurlijke boete op": na twee
      beschikkingen zodra de tweede nieuwe termijn voorbij is, daarna twee jaar na de bekendmaking van de
      vorige (``datum_bekendmaking_laatste_duo_boetebeschikking``).
    Voorwaarden als bij ``boete_pvt_map``: plichtig onder de Wi2021, termijn voorbij, PVT of verplichte MAP
    niet afgerond; art. 27 (bijstand al verlaagd, ``bijstand_verlaagd_voor_niet_afronden_pvt_map``) en de
    opschorting voor asielstatushouders (HvJ EU C-158/23) gelden ook hier. € 0 zonder
    eerdere beschikking (``aantal_eerdere_duo_boetebeschikkingen``): dan is de eerste boete ``boete_pvt_map``.
    """

    value_type = float
    entity = Persoon
    definition_period = DAY
    unit = "currency-EUR"
    label = "Herhaalde DUO-boete PVT of MAP (art. 24 lid 3-4)"
    reference = [
        artikel(WI2021, "24", lid=3), artikel(WI2021, "24", lid=4), artikel(WI2021, "26", lid=1),
        artikel(WI2021, "27"), artikel(BI2021, "7.2", lid=1),
    ]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (Wi2021)."""
        p = parameters(period).boetes.duo
        pvt_niet_afgerond = persoon("pvt_verplicht", period) & ~persoon("pvt_afgerond", period)
        map_niet_afgerond = persoon("map_verplicht", period) & ~persoon("map_afgerond", period)
        niet_afgerond = (
            wi2021_plichtige(persoon, period) & termijn_verstreken(persoon, period)
            & (pvt_niet_afgerond | map_niet_afgerond)
        )
        art_27 = persoon("bijstand_verlaagd_voor_niet_afronden_pvt_map", period)
        opgeschort = duo_boete_opgeschort(persoon, period, parameters)
        lid_3_en_4 = herhaalde_duo_boete(
            persoon, period, p.herhaling_interval_jaren, nodig=niet_afgerond & ~art_27 & ~opgeschort
        )
        return eerste_van_toepassing(
            [
                (0.0, ~niet_afgerond),
                (0.0, art_27),
                (0.0, opgeschort),
                (0.0, ~lid_3_en_4),
            ],
            anders=float(p.pvt_map),
        )
