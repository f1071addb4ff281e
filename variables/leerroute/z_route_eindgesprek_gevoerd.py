from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class z_route_eindgesprek_gevoerd(Variable):
    """Het verplichte eindgesprek met het college dat de zelfredzaamheidsroute afsluit, voor
    asielstatushouders en gezinsmigranten, is gevoerd (Bi2021 art. 3.14; seed 002 l.2426, l.2520)."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Eindgesprek Z-route gevoerd"
    reference = [artikel(BI2021, "3.14")]
