from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, artikel


class datum_bekendmaking_laatste_wi2013_pvt_boetebeschikking(Variable):
    """De dag waarop DUO de laatste boetebeschikking voor de participatieverklaring bekendmaakte. Na de derde
    volgt de volgende boete "ieder jaar" (Wet inburgering (2013) art. 30 lid 2, versie 2017-10-01): verschuldigd
    vanaf een jaar na deze dag. Nodig bij drie of meer beschikkingen zolang het traject niet is afgerond; niet
    opgegeven is dan een fout die dit gegeven noemt."""

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Bekendmaking laatste Wi2013-boetebeschikking participatieverklaring"
    reference = [artikel(WI2013, "30", lid=2)]
