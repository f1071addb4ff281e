from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class uren_taalles_en_knm(Variable):
    """Aantal gevolgde uren taalles en cursusuren kennis van de Nederlandse maatschappij samen, bij welke
    aanbieder ook: de urenvoorwaarde van een gezinsmigrant of overige migrant voor verlenging wegens
    aanzienlijke inspanningen (Bi2021 art. 4.4 lid 3, versie 2022-01-01, zelfde tekst t/m 2026-04-02:
    "ten minste 450 uren aan taallessen of cursusuren kennis van de Nederlandse maatschappij"; de tekst
    vraagt geen keurmerk). Uren NT2 bij een instelling met keurmerk (``uren_nt2_les_keurmerk``) zijn
    ook taallessen: de regel telt het grootste van beide opgaven. Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Uren taalles en KNM-cursus (alle aanbieders)"
    unit = "hour"
    reference = [artikel(BI2021, "4.4", lid=3)]
