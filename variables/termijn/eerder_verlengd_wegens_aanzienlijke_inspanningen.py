from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class eerder_verlengd_wegens_aanzienlijke_inspanningen(Variable):
    """DUO verlengde de termijn al eerder met zes maanden wegens aanzienlijke inspanningen (Wi2021
    art. 12 lid 1 onderdeel b; Bi2021 art. 4.4 lid 1). Bi2021 art. 4.4 lid 1 verlengt "de termijn
    genoemd in artikel 11, eerste lid, van de wet" - de termijn van drie jaar - "met zes maanden"; een
    al zo verlengde termijn is de "op grond van artikel 12 van de wet verlengde termijn" (art. 4.1), die
    art. 4.4 niet nog eens verlengt. Niet opgegeven: niet eerder zo verlengd (een gebeurtenis die niet
    is opgegeven is niet gebeurd, RULEBOOK §1)."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Al eerder verlengd wegens aanzienlijke inspanningen"
    reference = [artikel(BI2021, "4.4", lid=1), artikel(BI2021, "4.1"), artikel(WI2021, "12", lid=1)]
