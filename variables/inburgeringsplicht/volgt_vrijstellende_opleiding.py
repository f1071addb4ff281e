from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2021, artikel


class volgt_vrijstellende_opleiding(Variable):
    """Volgt aansluitend op de kwalificatieplicht een opleiding die leidt tot een vrijstellend
    diploma (Wi2021 art. 4 lid 1 d; Wi2013 art. 5 lid 1 e via Wi2021 art. 54 lid 3)."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Volgt een opleiding die tot een vrijstellend diploma leidt"
    reference = [artikel(WI2021, "4", lid=1), artikel(WI2021, "54", lid=3)]
