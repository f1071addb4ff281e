from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2013, WI2021, artikel


class nieuwe_termijn_boetebeschikking_einddatum(Variable):
    """Laatste dag van de nieuwe termijn die DUO in de (laatste) boetebeschikking stelde (Wi2021 art. 24
    lid 2 en art. 25 lid 2; Wi2013 art. 29 en 32). Tijdens die termijn bestaat weer aanspraak op de
    lening (Bi2021 art. 6.3 lid 1). Niet opgegeven: 9999-12-31, geen boetebeschikking met een nieuwe
    termijn. De datum staat in de beschikking zelf: het model leidt haar niet af (de dag van
    bekendmaking van de beschikking is geen invoer)."""

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Laatste dag van de nieuwe termijn uit de boetebeschikking"
    reference = [
        artikel(WI2021, "24", lid=2), artikel(WI2021, "25", lid=2), artikel(BI2021, "6.3", lid=1),
        artikel(WI2013, "32"),
    ]
