import numpy as np
from openfisca_core.periods import YEAR

from inburgering_rules.entities import Gemeente
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import hoofdstuk, op_centen, parameterwaarde
from inburgering_rules.rules import niet_negatief
from inburgering_rules.wetten import BI2021, RI2021, artikel


class spuk_deel_onderwijsroute(Geldbedrag):
    """Het deel van de definitieve uitkering voor asielstatushouders in de onderwijsroute ABO (Bi2021
    art. 10.1 lid 1 d en 10.2 lid 4, tekst sinds 2025-11-20, gelijk 2026-04-02): "het eenmalige
    aanvullend budget voor de onderwijsroute", "ABO = AAO (jaar t) * [a]". AAO:
    ``aantal_asielstatushouders_onderwijsroute``; [a]: ``financiering.spuk.bedrag_onderwijsroute``
    (Regeling inburgering 2021, onbekend). 0 voor de begrotingsjaren tot en met 2025: de versie
    2025-09-01 kent alleen "U = BGO + BA".
    """

    value_type = float
    entity = Gemeente
    definition_period = YEAR
    unit = "currency-EUR"
    label = "SPUK-deel onderwijsroute (ABO, definitief)"
    reference = [artikel(BI2021, "10.1", lid=1), artikel(BI2021, "10.2", lid=4), artikel(BI2021, "10.3", lid=3), hoofdstuk(RI2021, "10")]

    def formula_2025_11_20(gemeente, period, parameters):
        """Sinds de tekst van 2025-11-20; een begrotingsjaar (YEAR) wordt op 1 januari gelezen, dus
        vanaf begrotingsjaar 2026. Het bedrag is onbekend: een fout die de parameter noemt, alleen als
        de gemeente zulke asielstatushouders telt."""
        aantal = niet_negatief(gemeente, "aantal_asielstatushouders_onderwijsroute", period)
        if not (aantal > 0).any():
            return np.zeros(aantal.shape, dtype=np.float64)
        bedrag = parameterwaarde(
            parameters, period, "financiering.spuk.bedrag_onderwijsroute",
            f"the additional SPUK amount per asielstatushouder in the onderwijsroute for budget year "
            f"{period.start.year} is set by the Regeling inburgering 2021, which was not found",
        )
        return op_centen(aantal * float(bedrag))
