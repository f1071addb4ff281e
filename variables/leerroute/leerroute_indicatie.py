from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Leerroute
from inburgering_rules.rules import eerste_van_toepassing
from inburgering_rules.traject import verplichte_invoer, wi2021_plichtige
from inburgering_rules.wetten import WI2021, artikel


class leerroute_indicatie(Variable):
    """Welke leerroute de brede intake aangeeft (Wi2021 art. 6-9, brede intake art. 14), voor wie op
    de peildatum onder de Wi2021 inburgeringsplichtig is:
    - ``Z`` (art. 9) als de leerbaarheidstoets zegt dat B1 niet haalbaar is;
    - anders ``ONDERWIJS`` (art. 8 lid 1) bij perspectief op mbo/hbo/wo (``perspectief_onderwijs``:
      hij wil die opleiding volgen en het college ziet "een grote kans"). Art. 8 lid 1 (versie
      2022-01-01, zelfde tekst 2025-10-21) noemt geen leeftijd; de 28 jaar van seed 002 l.2396 is
      beleid ("in beginsel ... maar kan ook aan oudere inburgeraars worden aangeboden") en geen
      voorwaarde meer (parameter ``onderwijsroute_leeftijd_tot`` wordt niet gebruikt);
    - anders ``B1`` (art. 7).
    ``GEEN`` voor ieder ander. Het college kan afwijken (seed 003 l.334: het advies van een AOC gaat
    soms voor); de vastgestelde route is de invoer ``leerroute``.
    """

    value_type = Enum
    possible_values = Leerroute
    default_value = Leerroute.GEEN
    entity = Persoon
    definition_period = DAY
    label = "Leerroute-indicatie uit de brede intake"
    reference = [
        artikel(WI2021, "6"),
        artikel(WI2021, "7"),
        artikel(WI2021, "8", lid=1),
        artikel(WI2021, "9", lid=1),
        artikel(WI2021, "14"),
    ]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: de drie leerroutes van de Wi2021 (art. 7-9)."""
        plichtig = wi2021_plichtige(persoon, period)
        b1_haalbaar = verplichte_invoer(
            persoon, "leerbaarheidstoets_b1_haalbaar", period, nodig=plichtig,
            reason="the leerbaarheidstoets decides between the Z-route and the other routes "
            "(Wi2021 art. 9, 14)",
        )

        art_9_b1_niet_haalbaar = plichtig & ~b1_haalbaar
        art_8_lid_1_onderwijs = plichtig & persoon("perspectief_onderwijs", period)
        return eerste_van_toepassing(
            [
                (Leerroute.GEEN, ~plichtig),
                (Leerroute.Z, art_9_b1_niet_haalbaar),
                (Leerroute.ONDERWIJS, art_8_lid_1_onderwijs),
            ],
            anders=Leerroute.B1,
        )
