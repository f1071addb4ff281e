import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.rules import begrensd
from inburgering_rules.traject import termijn_begonnen
from inburgering_rules.wetten import BI2021, WI2021, artikel


class verlenging_wegens_bevalling_dagen(Variable):
    """Verlenging (in dagen) waarop een bevalling tijdens de inburgeringstermijn recht geeft: 16 weken
    van 7 dagen (112 dagen) per bevalling (DUO, bevestigd; Wi2021 art. 12; Bi2021 art. 4.3). Een
    meerling is één bevalling. 0 zolang de termijn op de peildatum niet begon: er is dan geen termijn
    waarin bevallen kon worden. Of en wanneer de aanvraag kan, zegt ``verlenging_aanvragen_vanaf``;
    wat DUO toekende staat in ``toegekende_verlenging_dagen``."""

    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Verlenging wegens bevalling (dagen)"
    unit = "day"
    reference = [artikel(WI2021, "12"), artikel(BI2021, "4.3")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: verlenging van de Wi2021-termijn (art. 12); de 16 weken uit de parameters."""
        weken = parameters(period).termijn.verlenging.bevalling_weken
        bevallingen = begrensd(
            persoon,
            "aantal_bevallingen_tijdens_termijn",
            persoon("aantal_bevallingen_tijdens_termijn", period),
            minimum=0,
        )
        termijn_loopt = termijn_begonnen(persoon("inburgeringstermijn_startdatum", period), peildatum(period))
        return np.where(termijn_loopt, bevallingen * weken * 7, 0)
