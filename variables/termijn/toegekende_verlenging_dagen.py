from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class toegekende_verlenging_dagen(Variable):
    """Aantal dagen verlenging van de inburgeringstermijn dat DUO heeft toegekend (Wi2021 art. 12;
    Bi2021 art. 4.3 en 4.4). Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Toegekende verlenging (dagen)"
    unit = "day"
    reference = [artikel(WI2021, "12"), artikel(BI2021, "4.3"), artikel(BI2021, "4.4")]
