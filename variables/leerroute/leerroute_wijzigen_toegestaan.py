from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import add_months, is_nooit, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime, Leerroute
from inburgering_rules.rules import voor_peildatum
from inburgering_rules.wetten import BI2021, artikel


class leerroute_wijzigen_toegestaan(Variable):
    """Mag het college op de peildatum de leerroute uit het PIP wijzigen in ``gewenste_leerroute``
    (Bi2021 art. 5.4; seed 002 l.2440-2441)?
    - Binnen anderhalf jaar na aanvang van de inburgeringstermijn naar elke andere route. "Binnen
      18 maanden" telt als een termijn (RULEBOOK §1, Wi2021 art. 11 lid 1): de laatste dag is de dag
      vóór start + 18 maanden. Op de dag start + 18 maanden zelf mag het dus niet meer.
    - Van de onderwijsroute naar de B1-route op elk moment ("gedurende het hele inburgeringstraject").
    Alleen onder de Wi2021, met een vastgesteld PIP (dagtekening uiterlijk op de peildatum) dat een
    route bevat, en een gewenste route die een andere route is (``GEEN`` of dezelfde route is geen
    wijziging).
    """

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Leerroute wijzigen toegestaan"
    reference = [artikel(BI2021, "5.4")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (Bi2021 art. 5.4); de periode van 18 maanden uit de parameters."""
        dag = peildatum(period)
        route = persoon("leerroute", period)
        gewenst = persoon("gewenste_leerroute", period)
        start = persoon("inburgeringstermijn_startdatum", period)

        regime_wi2021 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2021
        pip_vastgesteld = ~is_nooit(voor_peildatum(persoon("datum_dagtekening_pip", period), dag))
        andere_route = (route != Leerroute.GEEN) & (gewenst != Leerroute.GEEN) & (gewenst != route)

        binnen_anderhalf_jaar = dag < add_months(start, parameters(period).leerroute.wijzigen_binnen_maanden)
        onderwijs_naar_b1 = (route == Leerroute.ONDERWIJS) & (gewenst == Leerroute.B1)

        return regime_wi2021 & pip_vastgesteld & andere_route & (binnen_anderhalf_jaar | onderwijs_naar_b1)
