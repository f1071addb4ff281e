from openfisca_core.periods import YEAR

from inburgering_rules.entities import Persoon
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.wetten import BI2021, WI2021, artikel


class pip_boetes_eerder_in_termijn(Geldbedrag):
    """Som van de PIP-boetes die het college in dezelfde inburgeringstermijn al oplegde vóór het
    kalenderjaar (opgegeven voor dat jaar). Bepaalt hoeveel ruimte het maximum van € 2.400 per
    termijn nog laat (Wi2021 art. 23; Bi2021 art. 7.1; seed 002 l.1758-1760). Het werkelijk opgelegde
    bedrag, niet het maximum: het college kan lager hebben beboet. Een negatief bedrag is een fout."""

    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Eerder in de termijn opgelegde PIP-boetes"
    reference = [artikel(WI2021, "23"), artikel(BI2021, "7.1")]
