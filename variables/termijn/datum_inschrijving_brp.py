from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class datum_inschrijving_brp(Variable):
    """Dag van inschrijving in de Basisregistratie Personen (BRP) in de gemeente die het PIP vaststelt;
    voor een houder van een verblijfsvergunning asiel voor bepaalde tijd: de inschrijving in de gemeente
    waar hij op grond van art. 28 Huisvestingswet 2014 is gehuisvest (Bi2021 art. 5.3 lid 1, beide
    versies; zo ook Wi2021 art. 13 lid 3). Versie 2022-01-01: de 10 weken voor het PIP tellen vanaf deze
    dag. Versie 2023-01-01 en later: alleen voor wie bij de kennisgeving van DUO nog niet in de
    huisvestingsgemeente was ingeschreven. Niet opgegeven: (nog) niet ingeschreven."""

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Datum inschrijving in de BRP"
    reference = [artikel(BI2021, "5.3", lid=1)]
