from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime
from inburgering_rules.traject import termijn_begonnen
from inburgering_rules.wetten import BI2021, WI2021, artikel


class geen_verwijt_niet_vrijstellende_opleiding(Variable):
    """Treft de inburgeringsplichtige geen verwijt van het niet tijdig voldoen, omdat hij een aangewezen niet
    vrijstellende opleiding volgt of volgde (Bi2021 art. 4.3 lid 2, sinds de versie 2023-01-01: "De
    inburgeringsplichtige treft geen verwijt ter zake van het niet tijdig voldoen aan de
    inburgeringsplicht, indien hij aantoont dat hij gedurende de termijn, bedoeld in artikel 11, eerste
    lid, van de wet, een bij ministeriële regeling aan te wijzen niet vrijstellende opleiding volgt of
    volgde, ...")? Dan verlengt de minister de termijn (Wi2021 art. 12 lid 1 onderdeel a). De duur regelt
    de ministeriële regeling (art. 4.3 lid 3), die niet in de geraadpleegde verzameling staat: het model
    geeft de grond, geen aantal dagen. Alleen onder de Wi2021 en zodra de termijn begon. De versie
    2022-01-01 kende deze grond niet (alleen de algemene grond van lid 1): vóór 2023-01-01 altijd onwaar."""

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Geen verwijt: niet vrijstellende opleiding (grond voor verlenging)"
    reference = [artikel(BI2021, "4.3", lid=2), artikel(WI2021, "12", lid=1)]

    def formula_2023_01_01(persoon, period, parameters):
        """Sinds 2023-01-01: Bi2021 art. 4.3 lid 2."""
        wi2021 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2021
        termijn_loopt = termijn_begonnen(persoon("inburgeringstermijn_startdatum", period), peildatum(period))
        opleiding = persoon("niet_vrijstellende_opleiding_tijdens_termijn", period)
        return wi2021 & termijn_loopt & opleiding
