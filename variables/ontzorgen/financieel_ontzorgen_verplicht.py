from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from inburgering_rules.dates import peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime, Verblijfsgrond
from inburgering_rules.geldregels import aanvang_bijstand, laatste_dag, maandnummer
from inburgering_rules.wetten import PW, WI2021, artikel


class financieel_ontzorgen_verplicht(Variable):
    """Moet het college in deze maand de vaste lasten uit de bijstand betalen (financieel ontzorgen)?

    Participatiewet art. 56a (ingevoegd door de Wet inburgering 2021): het college verbindt aan de
    bijstand van een inburgeringsplichtige met een verblijfsvergunning asiel de verplichting om
    gedurende zes maanden, gerekend vanaf de dag waarop het recht op bijstand ontstaat, mee te
    werken aan betaling van huur, gas, water, stroom en de zorgverzekering uit de bijstand.

    Waar: regime WI2021, ``verblijfsgrond == ASIEL`` (een nareiziger met een reguliere vergunning en
    gezins- en overige migranten worden niet ontzorgd), de bijstand is begonnen, en de maand is een
    van de zes kalendermaanden vanaf de maand waarin de bijstand begon (aanname, RULEBOOK §7).
    """

    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Financieel ontzorgen verplicht in de maand"
    reference = [artikel(PW, "56a"), artikel(WI2021, "3", lid=1), artikel(WI2021, "54")]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: art. 56a Pw trad in werking met de Wet inburgering 2021 en geldt alleen
        voor wie onder die wet valt (Wi2021 art. 54: Wi2013-cohorten niet). Regime en verblijfsgrond
        worden op de laatste dag van de maand bepaald, zodat een vergunning die in de maand van
        aanvang van de bijstand werd bekendgemaakt meetelt."""
        duur = parameters(period).ontzorgen.duur_maanden
        einde_maand = laatste_dag(period)

        onder_wi2021 = persoon("inburgeringsregime", einde_maand) == Inburgeringsregime.WI2021
        verblijfsvergunning_asiel = persoon("verblijfsgrond", period) == Verblijfsgrond.ASIEL
        aanvang = aanvang_bijstand(persoon, period)
        recht_op_bijstand_ontstaan = aanvang <= peildatum(einde_maand)
        maanden_sinds_aanvang = maandnummer(peildatum(period)) - maandnummer(aanvang)
        binnen_zes_maanden = (maanden_sinds_aanvang >= 0) & (maanden_sinds_aanvang < duur)

        return onder_wi2021 & verblijfsvergunning_asiel & recht_op_bijstand_ontstaan & binnen_zes_maanden
