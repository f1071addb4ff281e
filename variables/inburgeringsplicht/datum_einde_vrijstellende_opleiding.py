from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE
from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, WI2021, artikel


class datum_einde_vrijstellende_opleiding(Variable):
    """Dag waarop de persoon stopte met de opleiding van ``volgt_vrijstellende_opleiding`` zonder het
    vrijstellende diploma te behalen. Niet opgegeven (9999-12-31): nog niet gestopt (RULEBOOK §1).

    Vanaf die dag geldt de vrijstelling of uitzondering niet meer (Wi2021 art. 4 lid 1 d "een opleiding
    volgt"; Wi2013 art. 5 lid 1 e). Wie op 31 december 2021 zo'n opleiding volgde onder de Wet inburgering
    (2013) en op of na 1 januari 2022 stopt, valt onder de Wet inburgering 2021 (DUO; docs/modelkeuzes.md,
    "Inburgeringsplicht naar de wettekst", item 3).
    Een datum vóór ``geboortedatum`` is onmogelijk: de API antwoordt 400 met dit veld.
    """

    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    default_value = NOOIT_DATE
    label = "Datum gestopt met de vrijstellende opleiding"
    reference = [artikel(WI2021, "4", lid=1), artikel(WI2013, "5", lid=1), artikel(WI2021, "54", lid=3)]
