from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class uren_nt2_les_keurmerk(Variable):
    """Aantal gevolgde uren les Nederlands als tweede taal bij een cursusinstelling met een keurmerk
    (Wi2021 art. 32; Blik op Werk). Telt voor afschalen naar A2 (Bi2021 art. 5.5 lid 1, 600 uur samen met
    ``uren_nt2_les_erkende_onderwijsinstelling``) en als taallessen voor de verlenging wegens aanzienlijke
    inspanningen van gezins- en overige migranten (Bi2021 art. 4.4 lid 3, 450 uur; die vraagt geen
    keurmerk, zie ``uren_taalles_en_knm``). Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Uren NT2-les bij een instelling met keurmerk"
    unit = "hour"
    reference = [artikel(BI2021, "5.5", lid=1), artikel(BI2021, "4.4", lid=3)]
