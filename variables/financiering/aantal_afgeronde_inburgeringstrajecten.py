from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from inburgering_rules.entities import Gemeente
from inburgering_rules.wetten import BI2021, artikel


class aantal_afgeronde_inburgeringstrajecten(Variable):
    """Aantal inburgeringstrajecten van asielstatushouders dat in het jaar met een inburgeringsdiploma of
    -certificaat is afgerond (AIA, Bi2021 art. 10.1 lid 4 en 10.2 lid 3: "het aantal met een
    inburgeringsdiploma of inburgeringscertificaat afgeronde inburgeringstrajecten van asielstatushouders
    in het betreffende jaar t-2 in de gemeente"). Het aantal van twee jaar eerder weegt mee in de
    gemeentelijke grondslag (``prestatiebekostiging``); in het eerste jaar met een gewicht alle jaren
    sinds 2022 (art. 10.3 lid 5).

    Een aantal per kalenderjaar; een negatief aantal is een fout."""

    value_type = int
    entity = Gemeente
    definition_period = YEAR
    unit = "count"
    label = "Aantal in het jaar afgeronde inburgeringstrajecten"
    reference = [artikel(BI2021, "10.2", lid=3), artikel(BI2021, "10.3", lid=5)]
