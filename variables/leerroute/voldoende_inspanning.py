from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class voldoende_inspanning(Variable):
    """Het college stelde vast dat de inburgeringsplichtige aantoonbaar voldoende inspanning leverde om de
    Nederlandse taal te leren: voorwaarde voor afschalen van B1 naar A2 (Bi2021 art. 5.5)."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Aantoonbaar voldoende inspanning"
    reference = [artikel(BI2021, "5.5")]
