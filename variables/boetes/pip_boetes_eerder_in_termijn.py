from openfisca_core.periods import YEAR

from inburgering_rules.entities import Persoon
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.wetten import BI2021, WI2021, artikel


class pip_boetes_eerder_in_termijn(Geldbedrag):
    """Som van de PIP-boetes (art. 23 Wi2021) die het college in dezelfde termijn al oplegde vóór het
    kalenderjaar (opgegeven voor dat jaar). Bepaalt met ``brede_intake_boetes_in_termijn`` hoeveel
    ruimte het maximum van Bi2021 art. 7.1 lid 5 (versie 2022-01-01, gelijk in 2026-04-02) nog laat.
    "Termijn" is de termijn die op de laatste dag van het jaar loopt: de inburgeringstermijn (met
    verlenging, € 2.400) of de nieuwe termijn uit een boetebeschikking van DUO (€ 400 tot € 1.600); in
    een nieuwe termijn tellen alleen de boetes van die nieuwe termijn. Het werkelijk opgelegde bedrag,
    niet het maximum. Een negatief bedrag is een fout."""

    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Eerder in de termijn opgelegde PIP-boetes"
    reference = [artikel(WI2021, "23"), artikel(BI2021, "7.1", lid=5)]
