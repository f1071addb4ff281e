from datetime import date

import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT, NOOIT_DATE, add_days, add_months
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime
from inburgering_rules.wetten import BI2013, BI2021, WI2021, artikel

# Besluit inburgering (2013), withdrawn on 2022-01-01: link to its last version. It belongs in
# wetten.py, which another change owns now.


class verlenging_aanvragen_vanaf(Variable):
    """Eerste dag waarop een verlenging van de geldende inburgeringstermijn kan worden aangevraagd
    (Bi2021 art. 4.5 lid 1, versie 2022-01-01, zelfde tekst t/m 2026-04-02): "niet eerder ... dan zes
    maanden voor het verstrijken van die termijn". "Termijn" is ook de verlengde termijn (art. 4.1),
    dus de datum telt terug vanaf ``inburgeringstermijn_einddatum`` (met de toegekende verlenging).
    De termijn verstrijkt aan het eind van zijn laatste dag: vanaf = (laatste dag + 1) − 6 maanden,
    met het dagnummer behouden en teruggevallen op de laatste dag van de maand (RULEBOOK §1). Voor
    een niet verlengde termijn van drie jaar is dat start + 30 maanden (de oude regel).

    Alleen voor een termijn van de Wi2021 of de Wi2013; voor ieder ander (geen regime, WI2007)
    9999-12-31, net als wanneer de termijn niet begon. Voor een Wi2013-termijn zegt het Besluit
    inburgering (2013) hetzelfde (art. 2.12 lid 1, versie 2021-12-31: "Een aanvraag tot verlenging van
    de voor de inburgeringsplichtige geldende termijnen, bedoeld in de artikelen 7a, eerste lid, en 7b,
    eerste lid, van de wet, kan niet eerder worden ingediend dan zes maanden voor het verstrijken van
    die termijn"); de oudere versies daarvan zijn niet gelezen.
    """

    value_type = date
    entity = Persoon
    definition_period = DAY
    default_value = NOOIT_DATE
    label = "Verlenging aanvragen vanaf"
    reference = [
        artikel(BI2021, "4.5", lid=1),
        artikel(BI2021, "4.1"),
        artikel(WI2021, "12", lid=1),
        artikel(BI2013, "2.12", lid=1),
    ]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (Bi2021 art. 4.5 lid 1); het aantal maanden uit de parameters."""
        maanden = parameters(period).termijn.verlenging.aanvragen_maanden_voor_einde
        regime = persoon("inburgeringsregime", period)
        termijn_regime = (regime == Inburgeringsregime.WI2021) | (regime == Inburgeringsregime.WI2013)
        einde = persoon("inburgeringstermijn_einddatum", period)
        # add_days/add_months keep 9999-12-31 as it is: a term that never started has no request date.
        verstrijkt = add_days(einde, 1)
        return np.where(termijn_regime, add_months(verstrijkt, -maanden), NOOIT)
