from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class alle_lessen_gevolgd(Variable):
    """De asielstatushouder volgde alle taallessen en KNM-cursusuren, afwezigheid wegens geoorloofd verzuim
    niet meegerekend: de urenvoorwaarde van een asielstatushouder voor de verlenging wegens aanzienlijke
    inspanningen (Bi2021 art. 4.4 lid 2 onderdeel b, versie 2022-01-01, zelfde tekst t/m 2026-04-02:
    "alle taallessen en cursusuren kennis van de Nederlandse maatschappij heeft gevolgd, met uitzondering
    van afwezigheid vanwege geoorloofd verzuim")."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Alle lessen uit het PIP gevolgd"
    reference = [artikel(WI2021, "12", lid=1), artikel(BI2021, "4.4", lid=2)]
