from openfisca_core.periods import DAY

from inburgering_rules.dates import NOOIT, as_days, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import duo_boete_opgeschort, herhaalde_duo_boete
from inburgering_rules.rules import eerste_van_toepassing
from inburgering_rules.wetten import WI2013, artikel

_PVT_KETEN = (
    "aantal_eerdere_wi2013_pvt_boetebeschikkingen",
    "datum_bekendmaking_laatste_wi2013_pvt_boetebeschikking",
    "einde_nieuwe_termijn_laatste_wi2013_pvt_boetebeschikking",
)


class boete_wi2013_pvt_herhaald_maximum(Geldbedrag):
    """De volgende DUO-boete voor de participatieverklaring onder de Wet inburgering (2013) die op de peildatum
    verschuldigd is, na eerdere boetebeschikkingen (versie 2017-10-01); ten hoogste € 340 (art. 34 b: "€ 340 voor
    het niet afronden van het participatieverklaringstraject ... binnen de bij of krachtens de artikelen 29 en 30
    gestelde termijnen").

    - Art. 30 lid 1: "Onze Minister legt de inburgeringsplichtige die niet binnen de krachtens artikel 29
      vastgestelde termijn het participatieverklaringstraject ... heeft afgerond, een bestuurlijke boete op.
      Artikel 29 is van overeenkomstige toepassing": na één beschikking zodra haar nieuwe termijn voorbij is.
    - Art. 30 lid 2: "ieder jaar een bestuurlijke boete": na twee beschikkingen zodra de tweede nieuwe termijn
      voorbij is, daarna een jaar na de bekendmaking van de vorige.
    Voorwaarden als bij ``boete_wi2013_pvt_maximum`` (de termijn van art. 7a is voorbij, traject niet afgerond);
    de opschorting voor asielstatushouders geldt ook hier.
    """

    value_type = float
    entity = Persoon
    definition_period = DAY
    unit = "currency-EUR"
    label = "Herhaalde DUO-boete participatieverklaring Wi2013 (maximum; art. 30)"
    reference = [
        artikel(WI2013, "30", lid=1), artikel(WI2013, "30", lid=2), artikel(WI2013, "29"), artikel(WI2013, "34"),
    ]

    def formula_2017_10_01(persoon, period, parameters):
        """Vanaf 2017-10-01 (art. 29-30, ingevoegd bij de wet van 23 juni 2017, Stb. 2017, 285)."""
        p = parameters(period).boetes.wi2013
        einde = as_days(persoon("wi2013_pvt_termijn_einddatum", period))
        onder_wi2013 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2013
        niet_afgerond = (
            persoon("inburgeringsplichtig", period) & onder_wi2013 & (einde != NOOIT) & (einde < peildatum(period))
            & ~persoon("pvt_afgerond", period)
        )
        opgeschort = duo_boete_opgeschort(persoon, period, parameters)
        art_30 = herhaalde_duo_boete(
            persoon, period, p.pvt_herhaling_interval_jaren, nodig=niet_afgerond & ~opgeschort, keten=_PVT_KETEN
        )
        return eerste_van_toepassing(
            [
                (0.0, ~niet_afgerond),
                (0.0, opgeschort),
                (0.0, ~art_30),
            ],
            anders=float(p.pvt_boete_maximum),
        )
