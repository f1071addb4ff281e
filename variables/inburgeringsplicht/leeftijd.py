import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import age_in_years, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.rules import vereist
from inburgering_rules.wetten import WI2021, artikel


class leeftijd(Variable):
    """Leeftijd in hele jaren op de peildatum; de verjaardag zelf telt mee (RULEBOOK §1).
    Gebruikt voor de leeftijdsgrenzen van Wi2021 art. 3 en de leerroute-indicatie."""

    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Leeftijd in jaren"
    unit = "year"
    reference = [artikel(WI2021, "3")]

    def formula(persoon, period, parameters):
        """Rekenkundig: hele jaren sinds de geboortedatum."""
        geboren = persoon("geboortedatum", period)
        geboren = vereist(
            persoon, "geboortedatum", geboren, nodig=np.ones(geboren.shape, dtype=bool),
            reason="an age cannot be computed without a birth date",
        )
        return age_in_years(geboren, peildatum(period))
