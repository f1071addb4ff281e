from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class ziekte_dagen_naaste_tijdens_termijn(Variable):
    """Duur in dagen van de langste aaneengesloten ziekteperiode, tijdens de inburgeringstermijn, van een
    direct familielid van de inburgeringsplichtige (partner, kind of schoonkind, ouder of schoonouder),
    behandeld door een arts in Nederland, waardoor hij niet kon inburgeren. Een omstandigheid die hem
    niet te verwijten valt (Wi2021 art. 12 lid 1 onderdeel a; Bi2021 art. 4.3 lid 1); dat ook de ziekte
    van zo'n familielid telt staat op de DUO-pagina "Extra tijd vanwege ziekte" (de ministeriële
    regeling van art. 4.3 staat niet in de geraadpleegde verzameling). Een negatief aantal is een fout."""

    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Langste aaneengesloten ziekteperiode van een direct familielid tijdens de termijn (dagen)"
    unit = "day"
    reference = [artikel(WI2021, "12", lid=1), artikel(BI2021, "4.3", lid=1)]
