from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2021, artikel


class aantal_niet_verschenen_brede_intake(Variable):
    """Aantal oproepen voor de brede intake (Wi2021 art. 14, inclusief leerbaarheidstoets) waarop de
    inburgeringsplichtige niet binnen de gestelde termijn verscheen of onvoldoende meewerkte
    (Wi2021 art. 22). Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    unit = "count"
    label = "Keren niet verschenen bij de brede intake"
    reference = [artikel(WI2021, "14"), artikel(WI2021, "22")]
