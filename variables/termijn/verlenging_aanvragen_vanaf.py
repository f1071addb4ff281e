from datetime import date

from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE, add_months
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class verlenging_aanvragen_vanaf(Variable):
    """Eerste dag waarop een verlenging van de inburgeringstermijn kan worden aangevraagd: startdatum
    + 30 maanden, dus als de termijn ten minste 2,5 jaar geleden startte (DUO, bevestigd; Wi2021
    art. 12; Bi2021 art. 4.3 en 4.4). De dag behoudt zijn dagnummer en valt terug op de laatste dag
    van de maand (RULEBOOK §1). 9999-12-31 als de termijn niet begon."""

    value_type = date
    entity = Persoon
    definition_period = DAY
    default_value = NOOIT_DATE
    label = "Verlenging aanvragen vanaf"
    reference = [artikel(WI2021, "12"), artikel(BI2021, "4.3"), artikel(BI2021, "4.4")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (Wi2021 art. 12). RULEBOOK §4 onderscheidt het regime niet: ook een
        Wi2013-termijn krijgt deze datum."""
        maanden = parameters(period).termijn.verlenging.aanvragen_na_maanden
        return add_months(persoon("inburgeringstermijn_startdatum", period), maanden)
