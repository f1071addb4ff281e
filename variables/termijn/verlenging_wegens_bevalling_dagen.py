import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.errors import OngeldigGegeven
from inburgering_rules.rules import niet_negatief
from inburgering_rules.traject import termijn_begonnen
from inburgering_rules.wetten import BI2021, WI2021, artikel


class verlenging_wegens_bevalling_dagen(Variable):
    """Verlenging (in dagen) waarop een bevalling tijdens de inburgeringstermijn recht geeft: een
    omstandigheid die niet te verwijten valt (Wi2021 art. 12 lid 1 onderdeel a; Bi2021 art. 4.3 lid 1);
    de duur regelt de ministeriële regeling (art. 4.3 lid 2, vanaf 2023-01-01 lid 3), die niet in de
    geraadpleegde verzameling staat.
    DUO: 16 weken van 7 dagen (112 dagen) per bevalling; een meerling is één bevalling. Bevallingen
    waarvoor DUO al extra tijd gaf (``bevallingen_eerder_verlengd``) tellen niet nog eens. 0 zolang de
    termijn op de peildatum niet begon. Of en wanneer de aanvraag kan, zegt ``verlenging_aanvragen_vanaf``;
    wat DUO toekende staat in ``toegekende_verlenging_dagen``."""

    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Verlenging wegens bevalling (dagen)"
    unit = "day"
    reference = [artikel(WI2021, "12", lid=1), artikel(BI2021, "4.3", lid=1)]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: verlenging van de Wi2021-termijn (art. 12); de 16 weken uit de parameters."""
        weken = parameters(period).termijn.verlenging.bevalling_weken
        bevallingen = niet_negatief(persoon, "aantal_bevallingen_tijdens_termijn", period)
        al_verlengd = niet_negatief(persoon, "bevallingen_eerder_verlengd", period)
        te_veel = al_verlengd > bevallingen
        if te_veel.any():
            raise OngeldigGegeven(
                "bevallingen_eerder_verlengd", persoon.entity.plural, np.flatnonzero(te_veel),
                "a number at most aantal_bevallingen_tijdens_termijn",
            )
        termijn_loopt = termijn_begonnen(persoon("inburgeringstermijn_startdatum", period), peildatum(period))
        return np.where(termijn_loopt, (bevallingen - al_verlengd) * weken * 7, 0)
