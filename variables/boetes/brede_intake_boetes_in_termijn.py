from openfisca_core.periods import YEAR

from inburgering_rules.entities import Persoon
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.wetten import BI2021, WI2021, artikel


class brede_intake_boetes_in_termijn(Geldbedrag):
    """Som van de boetes voor de brede intake (Wi2021 art. 22; Bi2021 art. 7.1 lid 1) die het college
    gedurende dezelfde termijn al oplegde, vóór de PIP-overtredingen van het kalenderjaar. Ze tellen
    mee voor het maximum van alle college-boetes in de termijn (Bi2021 art. 7.1 lid 5, versie
    2022-01-01, gelijk in 2026-04-02: "Het totaal aan opgelegde boetes, bedoeld in het eerste en
    tweede lid"). Meestal 0: de brede intake gaat aan het PIP en dus aan de termijn vooraf (art. 11
    lid 2). Een negatief bedrag is een fout."""

    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Boetes brede intake eerder in de termijn"
    reference = [artikel(BI2021, "7.1", lid=5), artikel(WI2021, "22")]
