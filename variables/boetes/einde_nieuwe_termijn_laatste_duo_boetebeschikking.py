from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, WI2021, artikel


class einde_nieuwe_termijn_laatste_duo_boetebeschikking(Variable):
    """De laatste dag van de nieuwe termijn die DUO in de laatste boetebeschikking stelde (met een
    verlenging daarvan). Alleen de eerste en de tweede beschikking stellen een nieuwe termijn: Wi2021
    art. 24 lid 2 ("een nieuwe termijn van ten hoogste twee jaar waarbinnen de inburgeringsplichtige na
    het bekendmaken van de boetebeschikking alsnog ... afrondt") en lid 3 ("Het tweede lid is van
    overeenkomstige toepassing"), versie 2022-01-01, via art. 25 lid 2 ook voor de leerroute; Wet
    inburgering (2013) art. 32 en art. 33 lid 1 ("Artikel 32 is van overeenkomstige toepassing"), versies
    2013-01-01 en 2017-10-01. Nodig bij één of twee eerdere beschikkingen zolang de plicht niet is
    nagekomen: niet opgegeven is dan een fout die dit gegeven noemt. Een einde vóór de bekendmaking is
    een fout."""

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Einde nieuwe termijn uit de laatste DUO-boetebeschikking"
    reference = [
        artikel(WI2021, "24", lid=2), artikel(WI2021, "24", lid=3), artikel(WI2021, "25", lid=2),
        artikel(WI2013, "32"), artikel(WI2013, "33", lid=1),
    ]
