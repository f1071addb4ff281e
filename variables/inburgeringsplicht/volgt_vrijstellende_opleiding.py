from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import WI2021, artikel


class volgt_vrijstellende_opleiding(Variable):
    """Volgt (of volgde, tot ``datum_einde_vrijstellende_opleiding``) een opleiding die leidt tot een
    vrijstellend diploma. Wi2021 art. 4 lid 1 d (versies 2022-01-01 en 2023-01-01): "een opleiding volgt
    waarvan de afronding leidt tot uitreiking van een bij ministeriële regeling aangewezen diploma";
    Wi2013 art. 5 lid 1 e (versies 2013-01-01 en 2021-12-31): "aansluitend op de leerplicht of
    kwalificatieplicht een opleiding volgt" - onder de Wi2013 telt alleen een aansluitende opleiding (aanname:
    de opleiding begon bij het einde van de kwalificatieplicht). Wi2021 art. 54 lid 3 (vanaf 2023-01-01):
    de Wi2013-uitzondering geldt als Wi2021-vrijstelling (zie ``toepasselijke_inburgeringswet``)."""

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Volgt een opleiding die tot een vrijstellend diploma leidt"
    reference = [artikel(WI2021, "4", lid=1), artikel(WI2021, "54", lid=3)]
