from openfisca_core.periods import DAY

from inburgering_rules.entities import Persoon
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import duo_boete_opgeschort, termijn_verstreken
from inburgering_rules.rules import eerste_van_toepassing
from inburgering_rules.wetten import BI2021, WI2021, artikel

DUO_BOETEPAGINA = "https://www.inburgeren.nl/en/integration-in-the-netherlands/fines.jsp"


class boete_map(Geldbedrag):
    """DUO-boete van € 340 als de module Arbeidsmarkt en Participatie (Wi2021 art. 6 lid 1 onderdeel
    b; Bi2021 art. 3.2) niet binnen de inburgeringstermijn is afgerond (DUO; gerapporteerd: de
    DUO-pagina is in de bron afgekapt, het bedrag komt uit nt2oefening.nl en een compilatie van
    DUO-pagina's).

    Waar: de MAP is verplicht (``map_verplicht``: niet in de onderwijsroute), de laatste dag van de
    termijn ligt vóór de peildatum en ``map_afgerond`` is onwaar. Vanaf 2025-02-04 niet voor een
    asielstatushouder (HvJ EU ECLI:EU:C:2025:52; RvS 2025-07-09 en 2026-02-18).
    """

    value_type = float
    entity = Persoon
    definition_period = DAY
    unit = "currency-EUR"
    label = "DUO-boete MAP niet afgerond"
    reference = [
        artikel(WI2021, "6", lid=1), artikel(WI2021, "11", lid=1), artikel(BI2021, "3.2"), DUO_BOETEPAGINA
    ]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (Wi2021: de MAP valt binnen de termijn van drie jaar)."""
        p = parameters(period).boetes.duo
        map_verplicht = persoon("map_verplicht", period)
        termijn_voorbij = termijn_verstreken(persoon, period)
        map_niet_afgerond = ~persoon("map_afgerond", period)
        beboetbaar = map_verplicht & termijn_voorbij & map_niet_afgerond

        return eerste_van_toepassing(
            [
                (0.0, ~beboetbaar),
                (0.0, duo_boete_opgeschort(persoon, period, parameters)),
            ],
            anders=float(p.map),
        )
