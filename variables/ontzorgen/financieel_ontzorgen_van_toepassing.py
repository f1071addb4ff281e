import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Verblijfsgrond
from inburgering_rules.geldregels import aanvang_bijstand, ontzorgen_laatste_dag
from inburgering_rules.traject import wi2021_plichtige
from inburgering_rules.wetten import PW, WI2021, artikel


class financieel_ontzorgen_van_toepassing(Variable):
    """Geldt op de peildatum de verplichting van financieel ontzorgen (Participatiewet art. 56a)?

    Tekst van art. 56a (versies 2022-01-01, 2023-01-01, 2024-01-01 en 2026-07-01 gelezen, gelijk):
    - lid 1 a: de belanghebbende is "inburgeringsplichtig [...] op grond van de Wet inburgering 2021":
      op de peildatum inburgeringsplichtig én onder het regime van de Wi2021 (art. 54). Wie
      vrijgesteld (Wi2021 art. 4) of ontheven (art. 5) is of al voldaan heeft, is niet
      inburgeringsplichtig en wordt dus niet ontzorgd, ook niet met een asielvergunning.
    - lid 1 b: hij heeft "verblijf [...] op grond van een verblijfsvergunning asiel voor bepaalde tijd"
      (``verblijfsgrond == ASIEL``; een nareiziger met een reguliere vergunning niet).
    - lid 2: "gedurende een periode van zes maanden, gerekend vanaf de dag waarop het recht op
      bijstand ontstaat": van ``datum_aanvang_bijstand`` tot en met de dag vóór dezelfde dag zes
      maanden later (2024-03-15 → 2024-09-14).
    """

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Financieel ontzorgen van toepassing op de dag"
    reference = [artikel(PW, "56a", lid=1), artikel(PW, "56a", lid=2), artikel(WI2021, "54")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: art. 56a Pw is ingevoegd door de Wet inburgering 2021 en trad met die wet
        in werking."""
        dag = peildatum(period)
        duur = parameters(period).ontzorgen.duur_maanden

        lid_1_a = wi2021_plichtige(persoon, period)
        lid_1_b = persoon("verblijfsgrond", period) == Verblijfsgrond.ASIEL
        aanvang = aanvang_bijstand(persoon, period)
        lid_2_binnen_zes_maanden = (aanvang <= dag) & (dag <= ontzorgen_laatste_dag(aanvang, duur))

        return np.asarray(lid_1_a & lid_1_b & lid_2_binnen_zes_maanden, dtype=bool)
