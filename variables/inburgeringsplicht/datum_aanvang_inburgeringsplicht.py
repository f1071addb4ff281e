from datetime import date

import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT, NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import REDENEN_BUITEN_DE_WET
from inburgering_rules.wetten import WI2013, WI2021, artikel


class datum_aanvang_inburgeringsplicht(Variable):
    """Dag waarop de wet de persoon voor het eerst bereikt: ``datum_aanvang_indien_binnen_de_wet`` (de
    latere van de bekendmaking van het verblijfsrecht, Wi2021 art. 3 lid 1, en het einde van de
    kwalificatieplicht, en niet vóór 2007-01-01). Vrijstelling, ontheffing en voldaan verschuiven hem niet;
    wel het afbreken van een vrijstellende opleiding die vóór 2022 de Wi2013 buiten toepassing hield.
    9999-12-31 als de wet hem niet bereikt (``REDENEN_BUITEN_DE_WET``)."""

    value_type = date
    entity = Persoon
    definition_period = DAY
    default_value = NOOIT_DATE
    label = "Datum aanvang inburgeringsplicht"
    reference = [artikel(WI2021, "3", lid=1), artikel(WI2021, "54"), artikel(WI2013, "5", lid=1)]

    def formula(persoon, period, parameters):
        """Sinds 2013-01-01."""
        reden = persoon("reden_geen_inburgeringsplicht", period)
        buiten_de_wet = np.isin(np.asarray(reden), [r.index for r in REDENEN_BUITEN_DE_WET])
        return np.where(buiten_de_wet, NOOIT, persoon("datum_aanvang_indien_binnen_de_wet", period))
