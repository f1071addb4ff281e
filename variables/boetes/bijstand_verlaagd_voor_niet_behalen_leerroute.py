from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import PW, WI2021, artikel


class bijstand_verlaagd_voor_niet_behalen_leerroute(Variable):
    """Het college heeft de bijstand op grond van Participatiewet art. 18 of 18b al verlaagd voor de gedraging
    waarvoor DUO een boete van Wi2021 art. 25 zou opleggen: de leerroute niet binnen de termijn behalen.
    Dan blijft die boete achterwege: Wi2021 art. 27 (versie 2022-01-01, gelijk in 2025-10-21) "Het
    opleggen van een bestuurlijke boete blijft achterwege als voor dezelfde gedraging de bijstand is
    verlaagd op grond van artikel 18 of 18b van de Participatiewet" geldt voor iedere bestuurlijke boete
    van de wet, ook die van DUO. Geldt voor ``boete_leerroute_maximum`` en
    ``boete_leerroute_herhaald_maximum``, op of vóór de peildatum; verschilt het per boetebeschikking,
    vraag dan per beschikking. Of een verlaging "dezelfde gedraging" betreft, is een oordeel van college
    en DUO, geen berekening. Niet opgegeven: onwaar (geen zo'n verlaging). Los van
    ``bijstand_verlaagd_voor_zelfde_gedraging``, dat voor de college-boetes (brede intake, PIP) geldt."""

    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = ETERNITY
    label = "Bijstand al verlaagd voor het niet behalen van de leerroute"
    reference = [artikel(WI2021, "27"), artikel(WI2021, "25"), artikel(PW, "18"), artikel(PW, "18b")]
