from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2013, BI2021, artikel


class onderbreking_inburgeringsplicht_dagen(Variable):
    """Aantal dagen tussen twee tijdvakken van inburgeringsplicht waarin de vreemdeling geen ingezetene
    was, voor een tijdelijk doel in Nederland verbleef of zijn werk als geestelijk bedienaar onderbrak,
    "gedurende een tijdvak van maximaal een jaar" (Bi2021 art. 2.1 lid 2, versie 2022-01-01 en
    2023-01-01; Besluit inburgering art. 2.2 lid 2, versie 2013-01-01 en 2021-12-31). De plicht "wordt
    geacht niet te zijn geëindigd" en de termijn wordt met de duur van die periode verlengd (Bi2021
    art. 4.2; Besluit inburgering art. 2.11). Niet opgegeven: 0 (geen onderbreking). Negatief of meer dan
    366 dagen is een fout: een langere onderbreking is geen onderbreking van deze bepaling (aanname: het
    jaar telt hoogstens 366 dagen, de data van de onderbreking zijn geen invoer)."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Onderbreking van de inburgeringsplicht van maximaal een jaar (dagen)"
    unit = "day"
    reference = [
        artikel(BI2021, "2.1", lid=2), artikel(BI2021, "4.2"), artikel(BI2021, "6.15"),
        artikel(BI2013, "2.2", lid=2), artikel(BI2013, "2.11"),
    ]
