import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.rules import niet_negatief
from inburgering_rules.traject import termijn_begonnen
from inburgering_rules.wetten import BI2021, WI2021, artikel


class verlenging_wegens_ziekte_dagen(Variable):
    """Verlenging (in dagen) wegens ziekte tijdens de inburgeringstermijn: een omstandigheid die de
    inburgeringsplichtige niet te verwijten valt (Wi2021 art. 12 lid 1 onderdeel a; Bi2021 art. 4.3
    lid 1, versie 2022-01-01, zelfde tekst t/m 2026-04-02). De duur regelt de ministeriële regeling
    (art. 4.3 lid 2 in de versie 2022-01-01, lid 3 vanaf 2023-01-01), die niet in de geraadpleegde
    verzameling staat; de
    voorwaarden komen van DUO ("U was langer dan 3 maanden ziek"; ook "een direct familielid van u was
    langer dan 3 maanden ziek"), de duur gelijk aan de ziekteperiode uit de beleidsregel bij de Wi2013
    (gerapporteerd).

    De langste van de eigen ziekte (``ziekte_dagen_tijdens_termijn``) en die van een direct familielid
    (``ziekte_dagen_naaste_tijdens_termijn``) telt, als die langer was dan 3 maanden: een maand telt als
    30 dagen (parameter ``ziekte_dagen_per_maand``, aanname), dus 91 dagen of meer. Zonder begindata
    kan het model niet zien of beide perioden overlappen; het neemt de langste (aanname, ondergrens).
    0 als DUO voor die periode al extra tijd gaf (``ziekteperiode_eerder_verlengd``) en zolang de
    termijn niet begon.
    """

    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Verlenging wegens ziekte (dagen)"
    unit = "day"
    reference = [artikel(WI2021, "12", lid=1), artikel(BI2021, "4.3", lid=1)]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: verlenging van de Wi2021-termijn (art. 12); de drempel van 3 maanden en de
        dagen per maand komen uit de parameters."""
        p = parameters(period).termijn.verlenging
        eigen = niet_negatief(persoon, "ziekte_dagen_tijdens_termijn", period)
        naaste = niet_negatief(persoon, "ziekte_dagen_naaste_tijdens_termijn", period)
        ziek = np.maximum(eigen, naaste)
        start = persoon("inburgeringstermijn_startdatum", period)

        termijn_loopt = termijn_begonnen(start, peildatum(period))
        langer_dan_drie_maanden = ziek > p.ziekte_langer_dan_maanden * p.ziekte_dagen_per_maand
        nog_niet_verlengd = ~persoon("ziekteperiode_eerder_verlengd", period)
        return np.where(termijn_loopt & langer_dan_drie_maanden & nog_niet_verlengd, ziek, 0)
