import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import is_nooit
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime
from inburgering_rules.rules import eerste_van_toepassing
from inburgering_rules.wetten import WI2021, WIJZIGINGSWET_2012, artikel



class inburgeringsregime(Variable):
    """Welke wet de persoon beheerst: ``toepasselijke_inburgeringswet``, of ``GEEN`` als de wet hem niet
    bereikt (aanvang 9999-12-31). Een vrijgestelde of ontheven persoon houdt het regime dat hem vrijstelt.

    ``WI2007``: de Wet inburgering zoals die tot 2013 luidde (Stb. 2012, 430, art. X lid 2), het gemeentelijke
    regime, zonder DUO-boete en zonder Wi2013-termijn. ``WI2013``: Wi2021 art. 54 lid 1 (wie vóór 2022-01-01
    inburgeringsplichtig werd), vanaf 2023-01-01 behalve wie nog de vrijstellende opleiding van Wi2013
    art. 5 lid 1 e volgt (art. 54 lid 3). ``WI2021``: anders."""

    value_type = Enum
    possible_values = Inburgeringsregime
    default_value = Inburgeringsregime.GEEN
    entity = Persoon
    definition_period = DAY
    label = "Inburgeringsregime"
    reference = [artikel(WI2021, "54", lid=1), artikel(WI2021, "54", lid=3), artikel(WIJZIGINGSWET_2012, "X", lid=2)]

    def formula(persoon, period, parameters):
        """Sinds 2013-01-01; de datums en art. 54 lid 3 zitten in toepasselijke_inburgeringswet."""
        aanvang = persoon("datum_aanvang_inburgeringsplicht", period)
        return eerste_van_toepassing(
            [(Inburgeringsregime.GEEN, is_nooit(aanvang))],
            anders=np.asarray(persoon("toepasselijke_inburgeringswet", period)),
        )
