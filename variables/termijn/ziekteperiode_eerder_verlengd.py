from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class ziekteperiode_eerder_verlengd(Variable):
    """DUO gaf al extra tijd voor de ziekteperiode van ``ziekte_dagen_tijdens_termijn`` en
    ``ziekte_dagen_naaste_tijdens_termijn``: voor dezelfde periode komt er geen tweede verlenging (DUO,
    "Extra tijd vanwege ziekte": "U kunt niet nog een keer extra tijd aanvragen voor dezelfde periode").
    Niet opgegeven: niet eerder verlengd (een gebeurtenis die niet is opgegeven is niet gebeurd)."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Voor deze ziekteperiode al eerder verlengd"
    reference = [artikel(WI2021, "12", lid=1), artikel(BI2021, "4.3", lid=1)]
