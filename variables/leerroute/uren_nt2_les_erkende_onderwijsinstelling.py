from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class uren_nt2_les_erkende_onderwijsinstelling(Variable):
    """Aantal gevolgde cursusuren Nederlands als tweede taal (alfabetisering inbegrepen) bij een instelling
    als bedoeld in Wi2021 art. 8 lid 2 (een instelling met diploma-erkenning die het taalschakeltraject
    verzorgt), zonder de uren bij een instelling met keurmerk (die staan in ``uren_nt2_les_keurmerk``).
    Ook deze uren tellen voor afschalen naar A2 (Bi2021 art. 5.5 lid 1, versie 2022-01-01, zelfde tekst
    t/m 2026-04-02: "bij een instelling die voldoet aan het bepaalde op grond van artikel 32 van de wet
    of bij een instelling als bedoeld in artikel 8, tweede lid, van de wet"). Een negatief aantal is een
    fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Uren NT2-les bij een erkende onderwijsinstelling (Wi2021 art. 8 lid 2)"
    unit = "hour"
    reference = [artikel(BI2021, "5.5", lid=1), artikel(WI2021, "8", lid=2)]
