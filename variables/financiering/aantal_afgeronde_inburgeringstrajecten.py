from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from inburgering_rules.entities import Gemeente
from inburgering_rules.wetten import BI2021, artikel


class aantal_afgeronde_inburgeringstrajecten(Variable):
    """Aantal inburgeringstrajecten dat in het jaar met een inburgeringsdiploma of -certificaat is
    afgerond. Vanaf 2026 weegt dit aantal van twee jaar eerder mee in de prestatiebekostiging
    (Bi2021 art. 10.1).

    Een aantal per kalenderjaar; een negatief aantal is een fout."""

    value_type = int
    entity = Gemeente
    definition_period = YEAR
    unit = "count"
    label = "Aantal in het jaar afgeronde inburgeringstrajecten"
    reference = [artikel(BI2021, "10.1")]
