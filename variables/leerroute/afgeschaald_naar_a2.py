from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class afgeschaald_naar_a2(Variable):
    """Het college besloot dat de inburgeringsplichtige in de B1-route de taalexamens (geheel of deels)
    op niveau A2 aflegt (afschalen, Bi2021 art. 5.5)."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Afgeschaald naar A2"
    reference = [artikel(BI2021, "5.5")]
