from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class z_route_cursusuren(Variable):
    """Gevolgde uren cursus Nederlandse taal en KNM in de zelfredzaamheidsroute, bij een cursusinstelling
    met keurmerk (Bi2021 art. 3.14 lid 2 onderdeel a; norm 800 uur), met de uren die het college op grond
    van lid 6 (brede intake) in mindering bracht. De uren van lid 9 (vanaf 2025-09-01) staan in
    ``z_route_uren_onderwijs_voor_pip``. Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Z-route cursusuren (NT2 en KNM)"
    unit = "hour"
    reference = [artikel(BI2021, "3.14")]
