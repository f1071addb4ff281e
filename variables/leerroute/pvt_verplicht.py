from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.traject import wi2021_plichtige
from inburgering_rules.wetten import BI2021, WI2021, artikel


class pvt_verplicht(Variable):
    """Moet de persoon het participatieverklaringstraject volgen (Wi2021 art. 6 lid 1 onderdeel a; Bi2021
    art. 3.1 lid 3, versie 2022-01-01, zelfde tekst 2026-04-02: "Het participatieverklaringstraject omvat
    ten minste 12 uren")? Ja voor iedere inburgeringsplichtige onder de Wi2021, in elke leerroute (seed
    003 l.361; seed 002 l.3327)."""

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "PVT verplicht"
    reference = [artikel(WI2021, "6", lid=1), artikel(BI2021, "3.1")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: onderdeel van de inburgeringsplicht van de Wi2021."""
        return wi2021_plichtige(persoon, period)
