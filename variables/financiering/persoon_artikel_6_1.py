from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class persoon_artikel_6_1(Variable):
    """Vrijwillige inburgeraar als bedoeld in Bi2021 art. 6.1 (versie 2022-01-01, gelijk 2026-04-02):
    iemand die niet inburgeringsplichtig is op grond van Wi2021 art. 3 lid 2 (EU/EER/Zwitserse
    onderdaan of diens familielid), rechtmatig verblijf heeft als bedoeld in art. 8 onder e Vw 2000, en
    die "a. 16 jaar of ouder is en de pensioengerechtigde leeftijd [...] nog niet heeft bereikt; b.
    minder dan acht jaren leerplichtig of kwalificatieplichtig is geweest [...]; c. niet beschikt over
    een diploma [...] als bedoeld in artikel 4, eerste lid, onderdeel b, van de wet [...]; d. niet
    leerplichtig of kwalificatieplichtig is [...]; of e. niet heeft aangetoond al voldoende te zijn
    ingeburgerd", en die wil inburgeren.

    Waar betekent: de persoon voldoet aan a tot en met e (het "of" voor e gelezen als opsomming, zie
    docs/modelkeuzes.md) en vraagt als vrijwilliger een lening. Nodig voor ``mag_lenen_bij_duo`` van
    een EU/EER/Zwitserse onderdaan of een familielid van een EU-burger: niet opgegeven is dan een fout.
    """

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Vrijwillige inburgeraar als bedoeld in Bi2021 art. 6.1"
    reference = [artikel(BI2021, "6.1"), artikel(BI2021, "6.3", lid=1), artikel(WI2021, "3", lid=2)]
