from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, WI2021, artikel


class aantal_eerdere_duo_boetebeschikkingen(Variable):
    """Hoeveel boetebeschikkingen DUO al bekendmaakte omdat de plichtige de termijn niet haalde, op of
    vóór de peildatum: 1 = alleen de eerste boete (Wi2021 art. 24 lid 1 of 25 lid 1; Wet inburgering
    (2013) art. 31 lid 1), 2 = ook de tweede boete na de nieuwe termijn (Wi2021 art. 24 lid 3; Wi2013
    art. 33 lid 1), 3 of meer = ook boetes "iedere twee jaar" (Wi2021 art. 24 lid 4; Wi2013 art. 33
    lid 2). Versies gelezen: Wi2021 2022-01-01, Wi2013 2013-01-01 en 2017-10-01. Bepaalt of en wanneer de
    volgende, herhaalde boete verschuldigd is (``boete_pvt_map_herhaald``,
    ``boete_leerroute_herhaald_maximum``, ``boete_wi2013_herhaald_maximum``). Niet opgegeven: 0 (geen
    eerdere boetebeschikking; dan is er ook geen nieuwe termijn en geen herhaalde boete). Aanname: de
    boetes van art. 24 en 25 Wi2021 staan in dezelfde beschikkingen met één nieuwe termijn (zoals
    ``nieuwe_termijn_na_boete_maanden``); wie per artikel verschillende beschikkingen kreeg, vraagt per
    artikel. Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    unit = "count"
    label = "Eerdere boetebeschikkingen van DUO (termijn niet gehaald)"
    reference = [
        artikel(WI2021, "24", lid=1), artikel(WI2021, "24", lid=3), artikel(WI2021, "24", lid=4),
        artikel(WI2021, "25", lid=2), artikel(WI2013, "31", lid=1), artikel(WI2013, "33", lid=1),
        artikel(WI2013, "33", lid=2),
    ]
