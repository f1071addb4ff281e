from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class alle_lessen_gevolgd(Variable):
    """De asielstatushouder volgde alle taallessen uit zijn PIP en alle KNM-cursusuren: de urenvoorwaarde
    voor de automatische verlenging van een asielstatushouder (Wi2021 art. 12; Bi2021 art. 4.4, aanzienlijke
    inspanningen; DUO "extra tijd", gerapporteerd)."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Alle lessen uit het PIP gevolgd"
    reference = [artikel(WI2021, "12"), artikel(BI2021, "4.4")]
