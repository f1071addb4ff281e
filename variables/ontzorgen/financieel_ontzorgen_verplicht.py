from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.geldregels import eerste_dag, laatste_dag
from inburgering_rules.wetten import PW, WI2021, artikel


class financieel_ontzorgen_verplicht(Variable):
    """Moet het college in deze maand de vaste lasten uit de bijstand betalen (financieel ontzorgen)?

    Participatiewet art. 56a (versie 2022-01-01, gelijk 2026-07-01): lid 1 "Dit artikel is van
    toepassing op de belanghebbende die: a. inburgeringsplichtig is op grond van de Wet inburgering
    2021; en b. verblijf heeft op grond van een verblijfsvergunning asiel voor bepaalde tijd"; lid 2
    "gedurende een periode van zes maanden, gerekend vanaf de dag waarop het recht op bijstand
    ontstaat" betaalt het college "huur, gas, water en stroom en de verplichte zorgverzekering" uit de
    bijstand.

    Waar als ``financieel_ontzorgen_van_toepassing`` geldt op de eerste of op de laatste dag van de
    maand: de maand valt (deels) in de zes maanden. Bijstand vanaf 2024-03-15: maart tot en met
    september 2024 (de periode eindigt 2024-09-14). De maandlasten van zo'n maand vallen binnen de
    periode (aanname: huur en termijnbedragen zijn aan het begin van de maand verschuldigd; zie
    docs/modelkeuzes.md).
    """

    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Financieel ontzorgen verplicht in de maand"
    reference = [artikel(PW, "56a", lid=1), artikel(PW, "56a", lid=2), artikel(WI2021, "54")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (art. 56a Pw trad in werking met de Wet inburgering 2021). De eerste dag
        telt voor de laatste, gedeeltelijke maand; de laatste dag voor de maand waarin de bijstand
        begint (ook als de vergunning in die maand werd bekendgemaakt)."""
        op_eerste_dag = persoon("financieel_ontzorgen_van_toepassing", eerste_dag(period))
        op_laatste_dag = persoon("financieel_ontzorgen_van_toepassing", laatste_dag(period))
        return op_eerste_dag | op_laatste_dag
