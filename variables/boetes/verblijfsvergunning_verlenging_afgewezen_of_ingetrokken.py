from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, WI2021, artikel

VW2000 = "BWBR0011823"  # Vreemdelingenwet 2000


class verblijfsvergunning_verlenging_afgewezen_of_ingetrokken(Variable):
    """De aanvraag tot verlenging van de verblijfsvergunning voor bepaalde tijd is afgewezen
    (Vreemdelingenwet 2000 art. 18) of die vergunning is ingetrokken (art. 19), op of vóór de
    peildatum. Dan legt DUO geen leerroute-boete op (Wi2021 art. 25 lid 3, versie 2022-01-01, gelijk in
    2025-10-21) en geen Wi2013-boete (Wi2013 art. 31 lid 2, versie 2013-01-01, gelijk in 2021-12-31).
    Niet voor de PVT/MAP-boete: art. 25 lid 3 wijkt alleen af van "het eerste lid" van art. 25, en
    art. 24 kent zo'n uitzondering niet. Niet opgegeven: onwaar (er is geen zo'n besluit)."""

    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = ETERNITY
    label = "Verlenging verblijfsvergunning afgewezen of vergunning ingetrokken"
    reference = [
        artikel(WI2021, "25", lid=3), artikel(WI2013, "31", lid=2), artikel(VW2000, "18"), artikel(VW2000, "19"),
    ]
