from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class toegekende_verlenging_dagen(Variable):
    """Aantal dagen verlenging van de inburgeringstermijn dat DUO heeft toegekend (Wi2021 art. 12 lid 1;
    Bi2021 art. 4.2-4.5: "In de beschikking wordt de duur van de verlenging vermeld", art. 4.5 lid 4).
    De verlengde termijn is ook "termijn" (art. 4.1), dus telt mee voor ``verlenging_aanvragen_vanaf``.
    Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Toegekende verlenging (dagen)"
    unit = "day"
    reference = [artikel(WI2021, "12", lid=1), artikel(BI2021, "4.1"), artikel(BI2021, "4.5", lid=4)]
