from openfisca_core.periods import DAY

from inburgering_rules.entities import Persoon
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import duo_boete_opgeschort, termijn_verstreken
from inburgering_rules.rules import eerste_van_toepassing
from inburgering_rules.traject import wi2021_plichtige
from inburgering_rules.wetten import BI2021, WI2021, artikel

DUO_BOETEPAGINA = "https://www.inburgeren.nl/en/integration-in-the-netherlands/fines.jsp"


class boete_leerroute_maximum(Geldbedrag):
    """Ten hoogste op te leggen DUO-boete als de leerroute niet binnen de inburgeringstermijn is
    behaald (Wi2021 art. 25 lid 1, versie 2022-01-01, gelijk in 2025-10-21): € 1.000 (art. 26 lid 1
    d: "€ 1 000 voor de boete, bedoeld in artikel 25"). Het bedrag zelf volgt uit geregistreerde
    uren, examenpogingen en behaalde examens (Bi2021 art. 7.2 lid 2) met nadere regels in de Regeling
    inburgering 2021 (lid 4), die niet beschikbaar is; dit is het maximum.

    Waar (lid 1): de persoon is op de peildatum inburgeringsplichtig onder de Wi2021 (regime
    ``WI2021``; wie onder de Wi2013 of de oudere wet valt, krijgt deze boete niet), de laatste dag van
    de termijn (art. 11 lid 1, met verlenging art. 12) ligt vóór de peildatum en de leerroute is niet
    afgerond. Uitzonderingen, in deze volgorde:
    1. lid 3: geen boete als de verlenging van de verblijfsvergunning is afgewezen of de vergunning is
       ingetrokken (``verblijfsvergunning_verlenging_afgewezen_of_ingetrokken``);
    2. art. 27: geen boete als de bijstand voor dezelfde gedraging al is verlaagd (Pw art. 18 of 18b;
       ``bijstand_verlaagd_voor_niet_behalen_leerroute``);
    3. vanaf 2025-02-04 geen boete voor een asielstatushouder (HvJ EU C-158/23, ECLI:EU:C:2025:52; RvS
       2025-07-09 en 2026-02-18; rechtspraak, geen wettekst), behalve bij een bewezen en aanhoudend
       gebrek aan integratiebereidheid.
    De herhaalde boete na de nieuwe termijn (art. 25 lid 2 met art. 24 lid 3 en 4) is
    ``boete_leerroute_herhaald_maximum``.
    """

    value_type = float
    entity = Persoon
    definition_period = DAY
    unit = "currency-EUR"
    label = "DUO-boete leerroute niet afgerond (maximum)"
    reference = [
        artikel(WI2021, "25", lid=1), artikel(WI2021, "25", lid=3), artikel(WI2021, "26", lid=1),
        artikel(WI2021, "11", lid=1), artikel(WI2021, "12"), artikel(WI2021, "27"), artikel(BI2021, "7.2", lid=2),
        DUO_BOETEPAGINA,
    ]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (Wi2021); de opschorting voor asielstatushouders geldt vanaf de dag van het
        arrest, via de gedateerde parameter ``boetes.duo.asielstatushouders_opgeschort``."""
        p = parameters(period).boetes.duo
        plichtig_onder_wi2021 = wi2021_plichtige(persoon, period)
        termijn_voorbij = termijn_verstreken(persoon, period)
        leerroute_niet_behaald = ~persoon("leerroute_afgerond", period)
        lid_1 = plichtig_onder_wi2021 & termijn_voorbij & leerroute_niet_behaald
        lid_3 = persoon("verblijfsvergunning_verlenging_afgewezen_of_ingetrokken", period)

        art_27 = persoon("bijstand_verlaagd_voor_niet_behalen_leerroute", period)

        return eerste_van_toepassing(
            [
                (0.0, ~lid_1),
                (0.0, lid_3),
                (0.0, art_27),
                (0.0, duo_boete_opgeschort(persoon, period, parameters)),
            ],
            anders=float(p.leerroute_maximum),
        )
