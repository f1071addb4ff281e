from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class aantal_eerdere_pip_boetes_binnen_12_maanden(Variable):
    """Hoe vaak de PIP-boete al is verhoogd vóór de eerste overtreding van het kalenderjaar: het
    aantal eerdere overtredingen van art. 23 Wi2021 in een ononderbroken reeks, elk binnen twaalf
    maanden vóór de dag van constatering van de volgende, waarvan de boete onherroepelijk is geworden
    (Bi2021 art. 7.1 lid 3, versie 2022-01-01, gelijk in 2026-04-02). 0 als er binnen de twaalf
    maanden vóór die eerste overtreding geen onherroepelijk beboete overtreding was. Een negatief
    aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = YEAR
    unit = "count"
    label = "Eerdere PIP-boetes binnen twaalf maanden (herhaling)"
    reference = [artikel(BI2021, "7.1", lid=3)]
