from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import age_in_months, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Diploma, Nationaliteit, Ontheffing
from inburgering_rules.enums import RedenGeenInburgeringsplicht as Reden
from inburgering_rules.enums import Verblijfsgrond
from inburgering_rules.rules import (
    begrensd,
    datum_parameter,
    eerste_van_toepassing,
    opzoektabel,
    pensioengerechtigde_leeftijd_bereikt,
    vereist,
)
from inburgering_rules.wetten import RI2021, WI2013, WI2021, artikel


class reden_geen_inburgeringsplicht(Variable):
    """Waarom de persoon op de peildatum niet inburgeringsplichtig is: de eerste reden die geldt, in
    de volgorde van RULEBOOK §3 (1 t/m 6: de wet bereikt hem niet; 7 t/m 14: vrijstelling,
    ontheffing of voldaan). ``GEEN`` betekent: inburgeringsplichtig.

    Wi2021 art. 3 lid 1 (vreemdeling, rechtmatig verblijf, niet tijdelijk), art. 4 lid 1
    (vrijstellingen), art. 5 (ontheffing); Wi2013 art. 5 lid 1 en 2, art. 6 lid 1.
    """

    value_type = Enum
    possible_values = Reden
    default_value = Reden.GEEN
    entity = Persoon
    definition_period = DAY
    label = "Reden waarom de persoon niet inburgeringsplichtig is"
    reference = [
        artikel(WI2021, "3", lid=1),
        artikel(WI2021, "4", lid=1),
        artikel(WI2021, "5"),
        artikel(WI2013, "5", lid=1),
        artikel(WI2013, "5", lid=2),
        artikel(RI2021, "2.1"),
    ]

    def formula(persoon, period, parameters):
        """Sinds 2013-01-01 (Wi2013) en 2022-01-01 (Wi2021) dezelfde gronden; de leeftijden, de
        AOW-leeftijd en de lijst vrijstellende diploma's komen uit de parameters op de peildatum."""
        dag = peildatum(period)
        p = parameters(period).inburgeringsplicht
        nationaliteit = persoon("nationaliteit", period)
        verblijfsgrond = persoon("verblijfsgrond", period)
        datum_verblijfsrecht = persoon("datum_verblijfsrecht", period)

        # Art. 3 lid 1: alleen een vreemdeling met rechtmatig verblijf, niet voor een tijdelijk doel.
        nederlander = nationaliteit == Nationaliteit.NEDERLANDS
        # Wi2013 art. 5 lid 2 a en b (Wi2021 gerapporteerd gelijk).
        eu_eer_zwitsers = nationaliteit == Nationaliteit.EU_EER_ZWITSERS
        familielid_eu_burger = persoon("familielid_eu_burger", period)
        geen_rechtmatig_verblijf = (verblijfsgrond == Verblijfsgrond.GEEN) | (datum_verblijfsrecht > dag)
        # A geestelijk bedienaar is obliged whatever his permit (art. 3 lid 1 b), so only this ground counts.
        tijdelijk_verblijfsdoel = verblijfsgrond == Verblijfsgrond.TIJDELIJK_DOEL
        # Turkish nationals were brought under the obligation by the date of their residence right.
        asielgrond = (verblijfsgrond == Verblijfsgrond.ASIEL) | (verblijfsgrond == Verblijfsgrond.NAREIZIGER_REGULIER)
        turks_plichtig_vanaf = datum_parameter(p.turkse_nationaliteit.asielstatushouders_plichtig_vanaf)
        turks_overig_plichtig_vanaf = datum_parameter(p.turkse_nationaliteit.overig_plichtig_vanaf)
        turks_plichtig = (asielgrond & (datum_verblijfsrecht >= turks_plichtig_vanaf)) | (
            ~asielgrond & (datum_verblijfsrecht >= turks_overig_plichtig_vanaf)
        )
        turkse_nationaliteit = (nationaliteit == Nationaliteit.TURKS) & ~turks_plichtig

        buiten_de_wet = (
            nederlander
            | eu_eer_zwitsers
            | familielid_eu_burger
            | geen_rechtmatig_verblijf
            | tijdelijk_verblijfsdoel
            | turkse_nationaliteit
        )
        geboren = vereist(
            persoon,
            "geboortedatum",
            persoon("geboortedatum", period),
            nodig=~buiten_de_wet,
            reason="the age limits of Wi2021 art. 3 and 4 decide whether this person is inburgeringsplichtig",
        )
        leeftijd_maanden = age_in_months(geboren, dag)
        leeftijd = leeftijd_maanden // 12

        # Wi2021 art. 3 (16 jaar); Wi2013 art. 5 lid 1 a.
        jonger_dan_minimumleeftijd = leeftijd < p.minimumleeftijd
        # Wi2013 art. 5 lid 1 d: leerplichtig of kwalificatieplichtig.
        kwalificatieplichtig = (leeftijd < p.einde_kwalificatieplicht_leeftijd) & ~persoon(
            "heeft_startkwalificatie", period
        )
        # Wi2013 art. 5 lid 1 a: de pensioengerechtigde leeftijd van AOW art. 7a lid 1.
        pensioengerechtigde_leeftijd = pensioengerechtigde_leeftijd_bereikt(
            geboren, leeftijd_maanden, dag, parameters, period
        )
        # Wi2013 art. 5 lid 1 b: ten minste acht jaren tijdens de leerplichtige leeftijd in Nederland.
        jaren_leerplichtig = begrensd(
            persoon, "jaren_leerplichtig_in_nederland", persoon("jaren_leerplichtig_in_nederland", period), minimum=0
        )
        acht_jaar_leerplichtig_in_nl = jaren_leerplichtig >= p.jaren_leerplichtig_in_nederland_vrijstelling
        # Wi2021 art. 4 lid 1 b met Ri2021 art. 2.1: de lijst die op de peildatum geldt.
        vrijstellend = opzoektabel(p.vrijstellende_diplomas, Diploma, default=False)
        vrijstellend_diploma = vrijstellend[persoon("diploma", period)]
        # Wi2021 art. 4 lid 1 d.
        vrijstellende_opleiding = persoon("volgt_vrijstellende_opleiding", period)
        # Wi2021 art. 5; Wi2013 art. 6 lid 1.
        ontheven = persoon("ontheffing", period) != Ontheffing.GEEN
        voldaan = persoon("inburgeringsplicht_voldaan", period)

        return eerste_van_toepassing(
            [
                (Reden.NEDERLANDER, nederlander),
                (Reden.EU_EER_ZWITSERS, eu_eer_zwitsers),
                (Reden.FAMILIELID_EU_BURGER, familielid_eu_burger),
                (Reden.GEEN_RECHTMATIG_VERBLIJF, geen_rechtmatig_verblijf),
                (Reden.TIJDELIJK_VERBLIJFSDOEL, tijdelijk_verblijfsdoel),
                (Reden.TURKSE_NATIONALITEIT, turkse_nationaliteit),
                (Reden.JONGER_DAN_MINIMUMLEEFTIJD, jonger_dan_minimumleeftijd),
                (Reden.KWALIFICATIEPLICHTIG, kwalificatieplichtig),
                (Reden.PENSIOENGERECHTIGDE_LEEFTIJD, pensioengerechtigde_leeftijd),
                (Reden.ACHT_JAAR_LEERPLICHTIG_IN_NL, acht_jaar_leerplichtig_in_nl),
                (Reden.VRIJSTELLEND_DIPLOMA, vrijstellend_diploma),
                (Reden.VRIJSTELLENDE_OPLEIDING, vrijstellende_opleiding),
                (Reden.ONTHEFFING, ontheven),
                (Reden.VOLDAAN, voldaan),
            ],
            anders=Reden.GEEN,
        )
