from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class ziekte_dagen_tijdens_termijn(Variable):
    """Duur in dagen van de langste aaneengesloten ziekteperiode tijdens de inburgeringstermijn
    (eigen ziekte, behandeld door een arts in Nederland). Grond voor verlenging wegens geen verwijt
    (Wi2021 art. 12 lid 1 onderdeel a; Bi2021 art. 4.3 lid 1). De ziekte van een direct familielid staat
    in ``ziekte_dagen_naaste_tijdens_termijn``. Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Langste aaneengesloten ziekteperiode tijdens de termijn (dagen)"
    unit = "day"
    reference = [artikel(WI2021, "12", lid=1), artikel(BI2021, "4.3", lid=1)]
