from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2013, WI2013, artikel


class participatieverklaring_verlenging_dagen(Variable):
    """Aantal dagen waarmee DUO de termijn van één jaar voor het participatieverklaringstraject verlengde
    (Wet inburgering art. 7a lid 3, versie 2017-10-01: "Onze Minister verlengt de termijn van één jaar
    ... indien de inburgeringsplichtige aannemelijk maakt dat hem geen verwijt treft"; Besluit
    inburgering art. 2.11 en 2.12, versie 2021-12-31). Niet opgegeven: 0. Een negatief aantal is een
    fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Verlenging termijn participatieverklaringstraject (dagen)"
    unit = "day"
    reference = [artikel(WI2013, "7a", lid=3, versie="2017-10-01"), artikel(BI2013, "2.12", lid=1)]
