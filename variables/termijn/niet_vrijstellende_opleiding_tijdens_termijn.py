from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, artikel


class niet_vrijstellende_opleiding_tijdens_termijn(Variable):
    """De inburgeringsplichtige toont aan dat hij gedurende de termijn van Wi2021 art. 11 lid 1 een bij
    ministeriële regeling aangewezen niet vrijstellende opleiding volgt of volgde, of die na de
    (verlengde) termijn nog voortzet (Bi2021 art. 4.3 lid 2, sinds de versie 2023-01-01). Welke
    opleidingen de regeling aanwijst staat niet in de geraadpleegde verzameling: dit gegeven zegt dat het
    zo'n opleiding is. Niet opgegeven: geen zo'n opleiding."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Volgt of volgde tijdens de termijn een aangewezen niet vrijstellende opleiding"
    reference = [artikel(BI2021, "4.3", lid=2)]
