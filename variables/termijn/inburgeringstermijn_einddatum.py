from datetime import date

import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE, add_days, is_nooit, term_end
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime
from inburgering_rules.rules import begrensd
from inburgering_rules.wetten import WI2013, WI2021, artikel


class inburgeringstermijn_einddatum(Variable):
    """Laatste dag van de inburgeringstermijn: start + termijn (3 jaar, Wi2021 art. 11 lid 1;
    Wi2013 art. 7 lid 1) − 1 dag, plus de verlenging die DUO toekende (Wi2021 art. 12).
    Start 2022-06-02 → laatste dag 2025-06-01. 9999-12-31 als de termijn niet begon."""

    value_type = date
    entity = Persoon
    definition_period = DAY
    default_value = NOOIT_DATE
    label = "Laatste dag inburgeringstermijn"
    reference = [artikel(WI2021, "11", lid=1), artikel(WI2021, "12"), artikel(WI2013, "7", lid=1)]

    def formula(persoon, period, parameters):
        """Sinds 2013-01-01; de termijnduur per regime komt uit ``termijn.duur_jaren``."""
        start = persoon("inburgeringstermijn_startdatum", period)
        regime = persoon("inburgeringsregime", period)
        duur = parameters(period).termijn.duur_jaren
        jaren = np.zeros(start.shape, dtype=np.int64)
        # Read a regime's term length only where a term of that regime runs, so a peildatum
        # before 2022 never needs the Wi2021 figure.
        for r in (Inburgeringsregime.WI2013, Inburgeringsregime.WI2021):
            loopt = (regime == r) & ~is_nooit(start)
            if loopt.any():
                jaren[loopt] = duur[r.name]
        verlenging = begrensd(
            persoon, "toegekende_verlenging_dagen", persoon("toegekende_verlenging_dagen", period), minimum=0
        )
        return add_days(term_end(start, jaren), verlenging)
