from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class z_route_participatie_uren(Variable):
    """Gevolgde uren participatie in de zelfredzaamheidsroute; PVT- en MAP-uren tellen mee (Bi2021
    art. 3.14; norm 800 uur voor asielstatushouders; seed 002 l.2425). Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Z-route participatie-uren"
    unit = "hour"
    reference = [artikel(BI2021, "3.14")]
