from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class datum_einde_niet_vrijstellende_opleiding(Variable):
    """Dag waarop de inburgeringsplichtige de niet vrijstellende opleiding van Bi2021 art. 4.3 lid 2
    afrondde of voortijdig beëindigde. Na die dag kan het college de leerroute ook na de anderhalf jaar
    van art. 5.4 lid 1 nog wijzigen (art. 5.4 lid 2, sinds de versie 2023-01-01). Niet opgegeven: (nog)
    niet afgerond of beëindigd. Een datum vóór ``geboortedatum`` is onmogelijk: de API antwoordt 400
    met dit veld."""

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Einde (afronding of voortijdige beëindiging) niet vrijstellende opleiding"
    reference = [artikel(BI2021, "5.4", lid=2), artikel(BI2021, "4.3", lid=2)]
