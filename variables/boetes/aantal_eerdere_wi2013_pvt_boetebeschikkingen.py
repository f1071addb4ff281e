from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2013, artikel


class aantal_eerdere_wi2013_pvt_boetebeschikkingen(Variable):
    """Hoeveel boetebeschikkingen DUO al bekendmaakte omdat de Wi2013-plichtige het
    participatieverklaringstraject niet afrondde, op of vóór de peildatum (Wet inburgering (2013), versie
    2017-10-01): 1 = de boete van art. 28, 2 = ook die van art. 30 lid 1 (na de nieuwe termijn van art. 29),
    3 of meer = ook boetes "ieder jaar" (art. 30 lid 2). Een eigen reeks, los van
    ``aantal_eerdere_duo_boetebeschikkingen`` (examen). Niet opgegeven: 0. Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    unit = "count"
    label = "Eerdere Wi2013-boetebeschikkingen participatieverklaring"
    reference = [artikel(WI2013, "28"), artikel(WI2013, "30", lid=1), artikel(WI2013, "30", lid=2)]
