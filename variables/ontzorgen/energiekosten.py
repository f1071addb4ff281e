from openfisca_core.holders import set_input_dispatch_by_period
from openfisca_core.periods import MONTH

from inburgering_rules.entities import Persoon
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.wetten import PW, artikel


class energiekosten(Geldbedrag):
    """De termijnbedragen voor gas en stroom over de maand; bij financieel ontzorgen betaalt het college ze
    uit de bijstand (Pw art. 56a: "gas [...] en stroom").

    Een bedrag per maand in euro's. Opgegeven voor een jaar geldt hetzelfde bedrag in elke maand van
    dat jaar (het wordt niet door twaalf gedeeld). Een negatief bedrag is een fout.
    """

    value_type = float
    entity = Persoon
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "currency-EUR"
    label = "Energiekosten (gas en stroom) in de maand"
    reference = [artikel(PW, "56a", lid=2)]
