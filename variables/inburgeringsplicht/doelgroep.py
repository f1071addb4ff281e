import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Doelgroep, Inburgeringsregime, Verblijfsgrond
from inburgering_rules.wetten import BI2021, WI2021, artikel

# Wi2021 art. 13 lid 1 (asielstatushouders, ook de nareiziger met een reguliere vergunning) and the
# gezins- en overige migranten of the rest of art. 3; temporary purposes and no residence have none.
DOELGROEP_PER_VERBLIJFSGROND = {
    Verblijfsgrond.ASIEL: Doelgroep.ASIELSTATUSHOUDER,
    Verblijfsgrond.NAREIZIGER_REGULIER: Doelgroep.ASIELSTATUSHOUDER,
    Verblijfsgrond.GEZINSMIGRATIE: Doelgroep.GEZINSMIGRANT,
    Verblijfsgrond.OVERIG_NIET_TIJDELIJK: Doelgroep.OVERIGE_MIGRANT,
    Verblijfsgrond.GEESTELIJK_BEDIENAAR: Doelgroep.OVERIGE_MIGRANT,
}
_TABEL = np.array([DOELGROEP_PER_VERBLIJFSGROND.get(g, Doelgroep.GEEN).index for g in Verblijfsgrond])


class doelgroep(Variable):
    """Doelgroep naar verblijfsgrond: asielstatushouder (Wi2021 art. 13 lid 1 a en b; Bi2021 art. 1.1),
    gezinsmigrant of overige migrant. ``GEEN`` wanneer de wet de persoon niet bereikt (regime GEEN):
    de doelgroepen zijn categorieën van inburgeringsplichtigen (aanname)."""

    value_type = Enum
    possible_values = Doelgroep
    default_value = Doelgroep.GEEN
    entity = Persoon
    definition_period = DAY
    label = "Doelgroep"
    reference = [artikel(WI2021, "13", lid=1), artikel(BI2021, "1.1")]

    def formula(persoon, period, parameters):
        """Sinds 2013-01-01 dezelfde indeling; Wi2013- en WI2007-plichtigen krijgen de doelgroep die hun
        verblijfsgrond geeft (de oude wetten kennen deze indeling niet; aanname)."""
        naar_verblijfsgrond = _TABEL[np.asarray(persoon("verblijfsgrond", period))]
        regime = persoon("inburgeringsregime", period)
        return np.where(regime == Inburgeringsregime.GEEN, Doelgroep.GEEN.index, naar_verblijfsgrond)
