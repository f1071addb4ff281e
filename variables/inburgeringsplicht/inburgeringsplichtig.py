from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import RedenGeenInburgeringsplicht
from inburgering_rules.wetten import WI2013, WI2021, artikel


class inburgeringsplichtig(Variable):
    """Is de persoon op de peildatum inburgeringsplichtig (Wi2021 art. 3 lid 1, behoudens lid 2 en art. 4
    en 5; Wi2013 art. 3 lid 1, behoudens art. 5 en 6; voor het cohort WI2007 de tekst tot 2013)? Precies dan
    als geen enkele reden van ``reden_geen_inburgeringsplicht`` geldt, onder de wet van
    ``inburgeringsregime``."""

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Inburgeringsplichtig op de peildatum"
    reference = [artikel(WI2021, "3", lid=1), artikel(WI2013, "3", lid=1)]

    def formula(persoon, period, parameters):
        """Sinds 2013-01-01: plichtig als geen uitzondering van RULEBOOK §3 van toepassing is."""
        return persoon("reden_geen_inburgeringsplicht", period) == RedenGeenInburgeringsplicht.GEEN
