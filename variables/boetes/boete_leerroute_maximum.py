from openfisca_core.periods import DAY

from inburgering_rules.entities import Persoon
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import duo_boete_opgeschort, termijn_verstreken
from inburgering_rules.rules import eerste_van_toepassing
from inburgering_rules.traject import wi2021_plichtige
from inburgering_rules.wetten import WI2021, artikel

DUO_BOETEPAGINA = "https://www.inburgeren.nl/en/integration-in-the-netherlands/fines.jsp"


class boete_leerroute_maximum(Geldbedrag):
    """Ten hoogste op te leggen DUO-boete als de leerroute niet binnen de inburgeringstermijn is
    afgerond: € 1.000 ("This fine never exceeds €1000", DUO). DUO berekent het bedrag uit doelgroep,
    leerroute, lesuren, pogingen en behaalde examens en kan lager uitkomen; dit is het maximum.

    Waar: de persoon is op de peildatum inburgeringsplichtig onder de Wi2021, de laatste dag van de
    termijn (Wi2021 art. 11 lid 1, met verlenging art. 12) ligt vóór de peildatum en de leerroute is
    niet afgerond. Geldt voor elke doelgroep, behalve: vanaf 2025-02-04 legt DUO een asielstatushouder
    geen boete op (HvJ EU ECLI:EU:C:2025:52; RvS 2025-07-09 en 2026-02-18).
    """

    value_type = float
    entity = Persoon
    definition_period = DAY
    unit = "currency-EUR"
    label = "DUO-boete leerroute niet afgerond (maximum)"
    reference = [artikel(WI2021, "11", lid=1), artikel(WI2021, "12"), DUO_BOETEPAGINA]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (Wi2021); de opschorting voor asielstatushouders geldt vanaf de dag van het
        arrest, via de gedateerde parameter ``boetes.duo.asielstatushouders_opgeschort``."""
        p = parameters(period).boetes.duo
        plichtig_onder_wi2021 = wi2021_plichtige(persoon, period)
        termijn_voorbij = termijn_verstreken(persoon, period)
        leerroute_niet_afgerond = ~persoon("leerroute_afgerond", period)
        beboetbaar = plichtig_onder_wi2021 & termijn_voorbij & leerroute_niet_afgerond

        return eerste_van_toepassing(
            [
                (0.0, ~beboetbaar),
                (0.0, duo_boete_opgeschort(persoon, period, parameters)),
            ],
            anders=float(p.leerroute_maximum),
        )
