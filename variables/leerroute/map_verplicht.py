from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Leerroute
from inburgering_rules.traject import wi2021_plichtige
from inburgering_rules.wetten import BI2021, WI2021, artikel


class map_verplicht(Variable):
    """Moet de persoon de module Arbeidsmarkt en Participatie volgen (Wi2021 art. 6 lid 1 onderdeel b; Bi2021
    art. 3.2)? Ja voor een inburgeringsplichtige onder de Wi2021 wiens leerroute niet de onderwijsroute is
    en die het taalschakeltraject niet afrondde (art. 8 lid 3, versie 2022-01-01: "De verplichting om de
    module Arbeidsmarkt en Participatie af te ronden is niet van toepassing op de inburgeringsplichtige
    die het taalschakeltraject volgt of heeft afgerond"; seed 002 l.3327). Zolang het PIP nog geen route
    vastlegt (``GEEN``) geldt de MAP dus wel."""

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "MAP verplicht"
    reference = [artikel(WI2021, "6", lid=1), artikel(WI2021, "8", lid=3), artikel(BI2021, "3.2")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: onderdeel van de inburgeringsplicht van de Wi2021."""
        plichtig = wi2021_plichtige(persoon, period)
        # Art. 8 lid 3: "die het taalschakeltraject volgt of heeft afgerond" - also after a change of
        # route, a completed taalschakeltraject keeps the exemption.
        volgt_taalschakeltraject = persoon("leerroute", period) == Leerroute.ONDERWIJS
        taalschakeltraject_afgerond = persoon("onderwijsroute_afgerond", period)
        return plichtig & ~(volgt_taalschakeltraject | taalschakeltraject_afgerond)
