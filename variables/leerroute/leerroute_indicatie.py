from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import age_in_years, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Leerroute
from inburgering_rules.rules import eerste_van_toepassing
from inburgering_rules.traject import verplichte_invoer, wi2021_plichtige
from inburgering_rules.wetten import WI2021, artikel


class leerroute_indicatie(Variable):
    """Welke leerroute de brede intake aangeeft (Wi2021 art. 6-9, brede intake art. 14), voor wie op
    de peildatum onder de Wi2021 inburgeringsplichtig is:
    - ``Z`` (art. 9) als de leerbaarheidstoets zegt dat B1 niet haalbaar is;
    - anders ``ONDERWIJS`` (art. 8) bij perspectief op mbo/hbo/wo en een leeftijd onder 28 jaar
      (beleid, gerapporteerd: seed 002 l.2396);
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
        artikel(WI2021, "8"),
        artikel(WI2021, "9"),
        artikel(WI2021, "14"),
    ]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: de drie leerroutes van de Wi2021; de leeftijdsgrens uit de parameters."""
        dag = peildatum(period)
        plichtig = wi2021_plichtige(persoon, period)
        b1_haalbaar = verplichte_invoer(
            persoon, "leerbaarheidstoets_b1_haalbaar", period, nodig=plichtig,
            reason="the leerbaarheidstoets decides between the Z-route and the other routes "
            "(Wi2021 art. 9, 14)",
        )
        leeftijd = age_in_years(persoon("geboortedatum", period), dag)

        b1_niet_haalbaar = plichtig & ~b1_haalbaar
        onderwijs = plichtig & persoon("perspectief_onderwijs", period) & (
            leeftijd < parameters(period).leerroute.onderwijsroute_leeftijd_tot
        )
        return eerste_van_toepassing(
            [
                (Leerroute.GEEN, ~plichtig),
                (Leerroute.Z, b1_niet_haalbaar),
                (Leerroute.ONDERWIJS, onderwijs),
            ],
            anders=Leerroute.B1,
        )
