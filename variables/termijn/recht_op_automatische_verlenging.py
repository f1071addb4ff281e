from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class recht_op_automatische_verlenging(Variable):
    """Alias van ``recht_op_verlenging_aanzienlijke_inspanningen``, onder de oude naam (publieke namen
    blijven werken). "Automatisch" betekent hier: op aanvraag, zonder verdere grond dan de aanzienlijke
    inspanningen. De wet kent geen verlenging zonder aanvraag: de minister verlengt "als de
    inburgeringsplichtige aannemelijk maakt dat ... na aanzienlijke inspanningen ... verlenging leidt tot
    het voldoen aan de inburgeringsplicht" (Wi2021 art. 12 lid 1 onderdeel b, versie 2022-01-01, zelfde
    tekst 2025-10-21), en een aanvraag kan pas zes maanden voor het verstrijken van de termijn (Bi2021
    art. 4.5 lid 1). Zie de voorwaarden daar; de urenvoorwaarde van een gezins- of overige migrant vraagt
    geen keurmerk (Bi2021 art. 4.4 lid 3)."""

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Recht op verlenging wegens aanzienlijke inspanningen (oude naam; op aanvraag)"
    reference = [artikel(WI2021, "12", lid=1), artikel(BI2021, "4.4"), artikel(BI2021, "4.5", lid=1)]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: dezelfde uitkomst als de nieuwe naam."""
        return persoon("recht_op_verlenging_aanzienlijke_inspanningen", period)
