from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class z_route_uren_onderwijs_voor_pip(Variable):
    """Uren onderwijs Nederlandse taal en KNM die de inburgeringsplichtige in de twee jaar vóór de
    vaststelling van het PIP volgde in het voortgezet speciaal onderwijs (uitstroomprofiel arbeidsmarkt
    of dagbesteding), het praktijkonderwijs of de entreeopleiding, en die het college in mindering
    bracht op de 800 cursusuren van de zelfredzaamheidsroute (Bi2021 art. 3.14 lid 9 en 10, sinds de
    versie 2025-09-01: "dan kunnen de gevolgde uren ... in mindering worden gebracht op de urennorm,
    die geldt op grond van het tweede lid, onderdeel a"). Vóór 2025-09-01 tellen ze niet. Een negatief
    aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Z-route: uren vso, praktijkonderwijs of entree vóór het PIP (art. 3.14 lid 9)"
    unit = "hour"
    reference = [artikel(BI2021, "3.14", lid=9), artikel(BI2021, "3.14", lid=10)]
