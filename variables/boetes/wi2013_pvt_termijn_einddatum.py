from datetime import date

import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT, NOOIT_DATE, as_days, later_of, term_end
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime
from inburgering_rules.rules import datum_parameter
from inburgering_rules.wetten import WI2013, artikel


class wi2013_pvt_termijn_einddatum(Variable):
    """Laatste dag van de termijn waarbinnen de Wi2013-plichtige het participatieverklaringstraject afrondt:
    "binnen één jaar" (Wet inburgering (2013) art. 7a lid 1, versie 2017-10-01), een termijn die "vangt aan op
    het moment dat de vreemdeling inburgeringsplichtig is en ingeschreven is in de basisregistratie personen"
    (lid 2): begin = de laatste van ``datum_aanvang_inburgeringsplicht`` en ``datum_inschrijving_brp``, einde =
    begin + 1 jaar − 1 dag. Voor een asielstatushouder telt volgens lid 2 de inschrijving in de gemeente van
    huisvesting; dat is dan de opgegeven inschrijving. Alleen voor wie onder de Wi2013 valt en op of na
    2017-10-01 inburgeringsplichtig werd (parameter ``boetes.wi2013.pvt_plicht_vanaf``, aanname); anders en
    zonder inschrijving 9999-12-31 (geen termijn). Niet gemodelleerd: de verlenging van lid 3 (geen invoer)."""

    value_type = date
    entity = Persoon
    definition_period = DAY
    default_value = NOOIT_DATE
    label = "Einde termijn participatieverklaringstraject (Wi2013)"
    reference = [artikel(WI2013, "7a", lid=1), artikel(WI2013, "7a", lid=2)]

    def formula_2017_10_01(persoon, period, parameters):
        """Vanaf 2017-10-01 (art. 7a, ingevoegd bij de wet van 23 juni 2017, Stb. 2017, 285)."""
        p = parameters(period).boetes.wi2013
        aanvang = as_days(persoon("datum_aanvang_inburgeringsplicht", period))
        inschrijving = as_days(persoon("datum_inschrijving_brp", period))
        onder_wi2013 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2013
        pvt_plicht = onder_wi2013 & (aanvang != NOOIT) & (aanvang >= datum_parameter(p.pvt_plicht_vanaf))
        begin = later_of(aanvang, inschrijving)
        heeft_termijn = pvt_plicht & (begin != NOOIT)
        return np.where(heeft_termijn, term_end(begin, int(p.pvt_termijn_jaren)), NOOIT)
