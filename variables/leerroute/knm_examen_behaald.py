from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class knm_examen_behaald(Variable):
    """Het examen kennis van de Nederlandse maatschappij (KNM) is behaald (Bi2021 art. 3.4)."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "KNM-examen behaald"
    reference = [artikel(BI2021, "3.4")]
