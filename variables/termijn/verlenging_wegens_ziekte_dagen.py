import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.rules import begrensd
from inburgering_rules.traject import termijn_begonnen
from inburgering_rules.wetten import BI2021, WI2021, artikel


class verlenging_wegens_ziekte_dagen(Variable):
    """Verlenging (in dagen) wegens ziekte tijdens de inburgeringstermijn (Wi2021 art. 12; Bi2021
    art. 4.3, geen verwijt): de duur van de langste aaneengesloten ziekteperiode, als die langer was
    dan 3 maanden (DUO: "U was langer dan 3 maanden ziek", bevestigd); anders 0. Dat de verlenging
    gelijk is aan de ziekteduur is gerapporteerd (beleidsregel Wi2013).

    "Langer dan 3 maanden" bij een invoer in dagen zonder begindatum: een maand telt als 30 dagen
    (parameter ``ziekte_dagen_per_maand``, aanname), dus langer dan 90 dagen = 91 dagen of meer,
    zoals RULEBOOK §4. 90 dagen geeft 0, 91 dagen geeft 91. 0 zolang de termijn niet begon.
    """

    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Verlenging wegens ziekte (dagen)"
    unit = "day"
    reference = [artikel(WI2021, "12"), artikel(BI2021, "4.3")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: verlenging van de Wi2021-termijn (art. 12); de drempel van 3 maanden en de
        dagen per maand komen uit de parameters."""
        p = parameters(period).termijn.verlenging
        ziek = persoon("ziekte_dagen_tijdens_termijn", period)
        ziek = begrensd(persoon, "ziekte_dagen_tijdens_termijn", ziek, minimum=0)
        start = persoon("inburgeringstermijn_startdatum", period)
        termijn_loopt = termijn_begonnen(start, peildatum(period))
        langer_dan_drie_maanden = ziek > p.ziekte_langer_dan_maanden * p.ziekte_dagen_per_maand
        return np.where(termijn_loopt & langer_dan_drie_maanden, ziek, 0)
