from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class uren_nt2_les_keurmerk(Variable):
    """Aantal gevolgde uren les Nederlands als tweede taal bij een cursusinstelling met een keurmerk
    (Blik op Werk). Telt voor afschalen naar A2 (Bi2021 art. 5.5, 600 uur) en voor de automatische verlenging
    van gezins- en overige migranten (450 uur). Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Uren NT2-les bij een instelling met keurmerk"
    unit = "hour"
    reference = [artikel(BI2021, "5.5"), artikel(WI2021, "12")]
