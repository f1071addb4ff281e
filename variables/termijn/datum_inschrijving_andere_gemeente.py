from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class datum_inschrijving_andere_gemeente(Variable):
    """Dag waarop de inburgeringsplichtige, voor wie al een PIP was opgesteld, na verhuizing van zijn
    woonplaats in de basisregistratie personen werd ingeschreven in de andere gemeente (Bi2021 art. 5.3
    lid 2 in de versie 2022-01-01, lid 3 sinds 2023-01-01). Bij meer verhuizingen: de laatste. Niet
    opgegeven: niet verhuisd. Een dag vóór de geboortedatum is een fout."""

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Inschrijving in een andere gemeente na verhuizing (PIP al opgesteld)"
    reference = [
        artikel(BI2021, "5.3", lid=2, versie="2022-01-01"),
        artikel(BI2021, "5.3", lid=3, versie="2023-01-01"),
    ]
