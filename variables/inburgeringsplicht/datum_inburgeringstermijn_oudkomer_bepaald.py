from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, WIJZIGINGSWET_2012, artikel

# The Wet inburgering as it read until 2012-12-31 (art. 7 lid 1, art. 26) and the transitional article of
# the law that changed it (Stb. 2012, 430, art. X lid 2); wetten.artikel() cannot pin that version.
# The Wet inburgering as it read before 2013 (regime WI2007).
WI2007_ART_7 = artikel(WI2013, "7", lid=1, versie="2012-11-01")


class datum_inburgeringstermijn_oudkomer_bepaald(Variable):
    """Dag waarop het college voor een oudkomer bepaalde dat zijn inburgeringstermijn aanving (Wet
    inburgering art. 26, zoals die luidde tot 2013). Niet opgegeven (9999-12-31): nooit bepaald.

    Wet inburgering art. 7 lid 1 (versie 2012-11-01): "De termijn voor de oudkomer vangt niet aan dan nadat
    het college zulks ten aanzien van hem op grond van artikel 26 heeft bepaald." Stb. 2012, 430, art. X lid 2
    houdt de oude wet van toepassing op de inburgeringsplichtige "voor wie de termijn ... op grond van artikel 7,
    eerste lid, of 26 van die wet is aangevangen": alleen een vóór 2013 bepaalde termijn telt.
    """

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Datum waarop het college de inburgeringstermijn van de oudkomer liet aanvangen"
    reference = [WI2007_ART_7, artikel(WIJZIGINGSWET_2012, "X", lid=2)]
