from openfisca_core.periods import MONTH

from inburgering_rules.entities import Persoon
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.rules import niet_negatief
from inburgering_rules.wetten import PW, artikel


class bijstand_netto_uit_te_betalen(Geldbedrag):
    """Deel van de bijstand van deze maand dat aan de persoon zelf wordt uitbetaald: de bijstand min wat
    het college bij financieel ontzorgen aan vaste lasten betaalt (Participatiewet art. 56a). Nooit
    negatief: de inhouding is ten hoogste de bijstand."""

    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Aan de persoon uit te betalen bijstand"
    reference = [artikel(PW, "56a", lid=2)]

    def formula(persoon, period, parameters):
        """Voor 2022 is er geen ontzorgen en wordt de hele bijstand uitbetaald; sinds 2022-01-01 min
        de inhouding van art. 56a Pw."""
        bijstand = niet_negatief(persoon, "bijstandsuitkering", period)
        return bijstand - persoon("ontzorgen_in_te_houden_bedrag", period)
