from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Leerroute, Taalniveau
from inburgering_rules.rules import eerste_van_toepassing
from inburgering_rules.wetten import BI2021, WI2021, artikel


class vereist_taalniveau(Variable):
    """Taalniveau dat de leerroute uit het PIP vraagt (Wi2021 art. 7-9):
    - B1-route: ``B1`` (art. 7 lid 1: "op ten minste het niveau B1"), of ``A2`` als het college
      afschaalde (art. 17 lid 3; Bi2021 art. 5.5);
    - onderwijsroute: ``B1`` (art. 8; taalschakeltraject op ten minste B1);
    - zelfredzaamheidsroute: ``A1``, een streefniveau zonder examen. De wet noemt voor de Z-route geen
      niveau (Wi2021 art. 9 lid 1: "gericht op het verwerven van mondelinge en schriftelijke
      vaardigheden"; Bi2021 art. 3.14 telt uren); A1 is het gerapporteerde streefniveau (seeds). Wie
      in de Z-route examens op A2 wil doen, legt dat vast in het PIP (art. 3.14 lid 7);
    - geen route: ``GEEN``.
    """

    value_type = Enum
    possible_values = Taalniveau
    default_value = Taalniveau.GEEN
    entity = Persoon
    definition_period = DAY
    label = "Vereist taalniveau"
    reference = [artikel(WI2021, "7"), artikel(WI2021, "8"), artikel(WI2021, "9"), artikel(BI2021, "5.5"),
                 artikel(BI2021, "3.14")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: de leerroutes van de Wi2021."""
        route = persoon("leerroute", period)
        b1_route = route == Leerroute.B1
        afgeschaald = b1_route & persoon("afgeschaald_naar_a2", period)
        return eerste_van_toepassing(
            [
                (Taalniveau.A2, afgeschaald),
                (Taalniveau.B1, b1_route),
                (Taalniveau.B1, route == Leerroute.ONDERWIJS),
                (Taalniveau.A1, route == Leerroute.Z),
            ],
            anders=Taalniveau.GEEN,
        )
