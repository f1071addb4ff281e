from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, artikel


class datum_participatieverklaring_ondertekend(Variable):
    """Dag waarop de Wi2013-inburgeringsplichtige de participatieverklaring ondertekende (Wet inburgering
    art. 7a lid 4, versie 2017-10-01: "Het participatieverklaringstraject wordt afgesloten met het
    afleggen van een participatieverklaring"). Telt voor de lening: geen aanspraak als hij "na het
    verstrijken van de termijn, bedoeld in artikel 7a, eerste lid, ... de participatieverklaring niet
    heeft ondertekend" (art. 16 lid 2 a, versie 2021-12-31). Niet opgegeven: (nog) niet ondertekend.
    Een dag vóór de geboortedatum is een fout."""

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Datum ondertekening participatieverklaring (Wi2013)"
    reference = [artikel(WI2013, "7a", lid=4, versie="2017-10-01"), artikel(WI2013, "16", lid=2)]
