from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, WI2021, artikel


class jaren_leerplichtig_in_nederland(Variable):
    """Aantal jaren dat de persoon tijdens de leerplichtige leeftijd in Nederland verbleef (Wi2013 art. 5
    lid 1 b, versies 2013-01-01 en 2021-12-31: "ten minste acht jaren tijdens de leerplichtige leeftijd in
    Nederland heeft verbleven"), onder de Wi2021 de jaren dat hij "leerplichtig of kwalificatieplichtig is
    geweest op grond van de Leerplichtwet 1969" (art. 4 lid 1 a, versie 2022-01-01); beide blijken uit de
    inschrijving in de BRP (Besluit inburgering art. 2.6, Bi2021 art. 2.6). Tel naar de tekst van het regime
    van de persoon. Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Jaren leerplichtig in Nederland"
    unit = "year"
    reference = [artikel(WI2021, "4", lid=1), artikel(WI2013, "5", lid=1)]
