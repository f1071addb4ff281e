from datetime import date

import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT, NOOIT_DATE, as_days, term_end
from inburgering_rules.entities import Persoon
from inburgering_rules.geldregels import lening_aanspraak, participatieverklaring_aanspraak_tot
from inburgering_rules.wetten import BI2021, WI2013, WI2021, artikel


class duo_lening_laatste_dag(Variable):
    """Laatste dag waarop de persoon, zoals het op de peildatum bekend is, aanspraak heeft op de lening;
    9999-12-31 als hij op de peildatum geen aanspraak heeft (``mag_lenen_bij_duo``).

    - Inburgeringsplichtige: het einde van de (verlengde) termijn of, als die later eindigt, van de
      nieuwe termijn uit de boetebeschikking (Bi2021 art. 6.3 lid 1; Besluit inburgering art. 4.2 lid 1),
      maar niet later dan zes jaar na de (verlengde) termijn (Wi2021 art. 20 lid 2 a; Wi2013 art. 16
      lid 2 b). Termijn tot en met 2025-06-01 → 2025-06-01; met een nieuwe termijn tot 2027-06-01 →
      2027-06-01. Voor een Wi2013-plichtige die de participatieverklaring op de peildatum nog niet
      ondertekende: niet later dan de laatste dag van de termijn van art. 7a (art. 16 lid 2 a).
    - Persoon van Bi2021 art. 6.1: de dag vóór de derde verjaardag van het verkrijgen van rechtmatig
      verblijf (art. 6.3 lid 1 tweede zin): verblijf 2024-05-01 → 2027-04-30.
    Een latere verlenging of boetebeschikking kan de dag nog verschuiven; eerder voldoen of een
    ontheffing beëindigt de aanspraak eerder (art. 20 lid 2 b).
    """

    value_type = date
    entity = Persoon
    definition_period = DAY
    default_value = NOOIT_DATE
    label = "Laatste dag aanspraak DUO-lening"
    reference = [artikel(BI2021, "6.3", lid=1), artikel(WI2021, "20", lid=2), artikel(WI2013, "16", lid=2)]

    def formula_2013_01_01(persoon, period, parameters):
        """Van 2013 tot 2022: alleen de Wi2013-inburgeringsplichtige."""
        mag_lenen = persoon("mag_lenen_bij_duo", period)
        _, laatste_als_plichtige = lening_aanspraak(persoon, period, parameters)
        laatste_als_plichtige = np.minimum(laatste_als_plichtige, participatieverklaring_aanspraak_tot(persoon, period))
        return np.where(mag_lenen, laatste_als_plichtige, NOOIT)

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 ook de Wi2021-inburgeringsplichtige en de persoon van Bi2021 art. 6.1."""
        jaren = int(parameters(period).financiering.lening.aanspraak_persoon_artikel_6_1_jaren)
        mag_lenen = persoon("mag_lenen_bij_duo", period)
        plichtig = persoon("inburgeringsplichtig", period)
        _, laatste_als_plichtige = lening_aanspraak(persoon, period, parameters)
        # Wi2013 art. 16 lid 2 a (only a WI2013 person has an art. 7a term).
        laatste_als_plichtige = np.minimum(laatste_als_plichtige, participatieverklaring_aanspraak_tot(persoon, period))
        laatste_als_vrijwilliger = term_end(as_days(persoon("datum_verblijfsrecht", period)), jaren)
        laatste = np.where(plichtig, laatste_als_plichtige, laatste_als_vrijwilliger)
        return np.where(mag_lenen, laatste, NOOIT)
