from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class bevallingen_eerder_verlengd(Variable):
    """Voor hoeveel van de ``aantal_bevallingen_tijdens_termijn`` bevallingen DUO al extra tijd gaf: voor
    dezelfde periode komt er geen tweede verlenging (DUO, "You had a baby": "You can't ask for extra time
    twice for the same period"). Niet opgegeven: 0. Negatief of meer dan het aantal bevallingen is een
    fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Bevallingen waarvoor al eerder verlengd is"
    unit = "count"
    reference = [artikel(WI2021, "12", lid=1), artikel(BI2021, "4.3", lid=1)]
