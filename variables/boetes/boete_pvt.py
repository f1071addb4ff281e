from openfisca_core.periods import DAY

from inburgering_rules.entities import Persoon
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import duo_boete_opgeschort, termijn_verstreken
from inburgering_rules.rules import eerste_van_toepassing
from inburgering_rules.wetten import BI2021, WI2021, artikel

DUO_BOETEPAGINA = "https://www.inburgeren.nl/en/integration-in-the-netherlands/fines.jsp"


class boete_pvt(Geldbedrag):
    """DUO-boete van € 340 als het participatieverklaringstraject (Wi2021 art. 6 lid 1 onderdeel a;
    Bi2021 art. 3.1) niet binnen de inburgeringstermijn is afgerond ("If you do not complete the PVT
    in time, you will be fined €340", DUO).

    Waar: het PVT is verplicht (``pvt_verplicht``), de laatste dag van de termijn ligt vóór de
    peildatum en ``pvt_afgerond`` is onwaar. Vanaf 2025-02-04 niet voor een asielstatushouder
    (HvJ EU ECLI:EU:C:2025:52; RvS 2025-07-09 en 2026-02-18).
    """

    value_type = float
    entity = Persoon
    definition_period = DAY
    unit = "currency-EUR"
    label = "DUO-boete PVT niet afgerond"
    reference = [
        artikel(WI2021, "6", lid=1), artikel(WI2021, "11", lid=1), artikel(BI2021, "3.1"), DUO_BOETEPAGINA
    ]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (Wi2021: het PVT valt binnen de termijn van drie jaar)."""
        p = parameters(period).boetes.duo
        pvt_verplicht = persoon("pvt_verplicht", period)
        termijn_voorbij = termijn_verstreken(persoon, period)
        pvt_niet_afgerond = ~persoon("pvt_afgerond", period)
        beboetbaar = pvt_verplicht & termijn_voorbij & pvt_niet_afgerond

        return eerste_van_toepassing(
            [
                (0.0, ~beboetbaar),
                (0.0, duo_boete_opgeschort(persoon, period, parameters)),
            ],
            anders=float(p.pvt),
        )
