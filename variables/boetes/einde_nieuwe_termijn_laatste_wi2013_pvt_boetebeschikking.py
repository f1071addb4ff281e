from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, artikel


class einde_nieuwe_termijn_laatste_wi2013_pvt_boetebeschikking(Variable):
    """De laatste dag van de nieuwe termijn in de laatste boetebeschikking voor de participatieverklaring: art. 29
    ("een nieuwe termijn van ten hoogste één jaar waarbinnen de inburgeringsplichtige na het bekendmaken van de
    boetebeschikking alsnog het participatieverklaringstraject ... moet afronden") en art. 30 lid 1 ("Artikel 29
    is van overeenkomstige toepassing"), Wet inburgering (2013) versie 2017-10-01. Nodig bij één of twee eerdere
    beschikkingen zolang het traject niet is afgerond; niet opgegeven is dan een fout die dit gegeven noemt. Een
    einde vóór de bekendmaking is een fout."""

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Einde nieuwe termijn uit de laatste Wi2013-boetebeschikking participatieverklaring"
    reference = [artikel(WI2013, "29"), artikel(WI2013, "30", lid=1)]
