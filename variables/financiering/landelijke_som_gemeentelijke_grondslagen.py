from openfisca_core.periods import YEAR

from inburgering_rules.entities import Gemeente
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.wetten import BI2021, artikel


class landelijke_som_gemeentelijke_grondslagen(Geldbedrag):
    """SOM GG, "het landelijk totaal [...] van de gemeentelijke grondslagen" (Bi2021 art. 10.1 lid 3 b,
    versies 2022-01-01 en 2026-04-02) van het jaar: de som van ``spuk_gemeentelijke_grondslag`` over
    alle gemeenten. Een landelijk cijfer (de minister stelt het vast); op te geven waar
    ``spuk_deel_asielstatushouders`` een aandeel van het landelijke budget is. Niet opgegeven terwijl
    het nodig is: een fout.

    Een bedrag per kalenderjaar in euro's (de gewichten zijn bedragen zolang ze gelijk zijn aan de
    bedragen per asielstatushouder); een negatief bedrag is een fout."""

    value_type = float
    entity = Gemeente
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Landelijke som van de gemeentelijke grondslagen (SOM GG)"
    reference = [artikel(BI2021, "10.1", lid=3)]
