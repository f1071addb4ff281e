from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, WI2021, artikel


class datum_bekendmaking_laatste_duo_boetebeschikking(Variable):
    """De dag waarop DUO de laatste boetebeschikking van ``aantal_eerdere_duo_boetebeschikkingen``
    bekendmaakte. Na de derde beschikking volgt de volgende boete "iedere twee jaar" (Wi2021 art. 24
    lid 4, versie 2022-01-01; Wet inburgering (2013) art. 33 lid 2, versies 2013-01-01 en 2017-10-01):
    verschuldigd vanaf twee jaar na deze dag. Nodig zodra er drie of meer beschikkingen waren en de
    plicht nog niet is nagekomen: niet opgegeven is dan een fout die dit gegeven noemt. Niet opgegeven
    en niet nodig: 9999-12-31."""

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Bekendmaking laatste DUO-boetebeschikking"
    reference = [artikel(WI2021, "24", lid=4), artikel(WI2013, "33", lid=2)]
