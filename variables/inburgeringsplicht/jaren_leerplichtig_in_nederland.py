from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, WI2021, artikel


class jaren_leerplichtig_in_nederland(Variable):
    """Aantal jaren dat de persoon tijdens de leerplichtige leeftijd in Nederland verbleef
    (Wi2013 art. 5 lid 1 b; Wi2021 art. 4 lid 1). Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Jaren leerplichtig in Nederland"
    unit = "year"
    reference = [artikel(WI2021, "4", lid=1), artikel(WI2013, "5", lid=1)]
