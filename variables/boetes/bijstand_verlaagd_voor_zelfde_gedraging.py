from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import PW, WI2021, artikel


class bijstand_verlaagd_voor_zelfde_gedraging(Variable):
    """Het college heeft voor de gedraging waarvoor een boete in aanmerking komt de bijstand al
    verlaagd op grond van Participatiewet art. 18 of 18b. Dan legt het college geen boete op
    (Wi2021 art. 27; seed 002 l.1769-1770). Waar slechts een deel van de overtredingen met de
    bijstand is afgestemd, telt men alleen de andere overtredingen en laat men dit onwaar."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Bijstand al verlaagd voor dezelfde gedraging"
    reference = [artikel(WI2021, "27"), artikel(PW, "18"), artikel(PW, "18b")]
