import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import ONE_DAY, age_in_months, is_nooit, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Diploma, Inburgeringsregime, Nationaliteit, Ontheffing
from inburgering_rules.enums import RedenGeenInburgeringsplicht as Reden
from inburgering_rules.enums import Verblijfsgrond
from inburgering_rules.errors import ParameterZonderWaarde
from inburgering_rules.rules import (
    begrensd,
    datum_parameter,
    eerste_van_toepassing,
    opzoektabel,
    pensioengerechtigde_leeftijd_bereikt,
    vereist,
    voor_peildatum,
)
from inburgering_rules.traject import niet_voor_geboorte
from inburgering_rules.wetten import BI2013, BI2021, RI2021, WI2013, WI2021, artikel

# The Wet inburgering as it read before 2013 (regime WI2007).
WI2007_ART_5 = artikel(WI2013, "5", lid=1, versie="2012-11-01")

# Wi2021 art. 5 lid 1 "geheel of gedeeltelijk"; Bi2021 art. 2.7 lid 3: a partial ontheffing covers some
# exam parts only, so the plicht (art. 6 lid 1) remains. Only these two end it. The same holds for a
# WI2013 person: Wi2013 art. 6 lid 1 (versie 2017-10-01) knows only the whole medical ontheffing, and its
# only partial one (lid 2, exam parts b and c after proven efforts) leaves the participatieverklaring
# (art. 7 lid 2 a), so MEDISCH_GEDEELTELIJK never ends the plicht (docs/modelkeuzes.md, ronde 2, item 8).
ONTHEFFINGEN_DIE_DE_PLICHT_BEEINDIGEN = [Ontheffing.MEDISCH.index, Ontheffing.BIJZONDERE_OMSTANDIGHEDEN.index]


class reden_geen_inburgeringsplicht(Variable):
    """Waarom de persoon op de peildatum niet inburgeringsplichtig is: de eerste reden die geldt, in een
    vaste volgorde (RULEBOOK §3, aangevuld door de wetsherziening van 2026-12). ``GEEN`` betekent:
    inburgeringsplichtig. Buiten de wet (geen aanvang, regime en doelgroep): NEDERLANDER t/m
    TURKSE_NATIONALITEIT, INBURGERINGSVEREISTE_ANDERE_LIDSTAAT en OUDKOMER_ZONDER_TERMIJN; de overige redenen
    zijn vrijstellingen of uitzonderingen binnen de wet die ``toepasselijke_inburgeringswet`` aanwijst.

    - Wi2021 art. 3 lid 1 (vreemdeling, rechtmatig verblijf, 16 jaar tot de AOW-leeftijd, niet tijdelijk of
      geestelijk bedienaar), lid 2 a-d (EU/EER/Zwitsers, familielid, inburgeringsvereiste elders, verdragen),
      art. 4 lid 1 a-e (vrijstellingen), art. 5 lid 1-2 (ontheffing); versies 2022-01-01 en 2023-01-01.
    - Wi2013 art. 5 lid 1 a-e en lid 2 a-d, art. 6 lid 1 (versies 2013-01-01 en 2021-12-31); de diploma's van
      Besluit inburgering art. 2.3 lid 1 b naar de versie van de peildatum, na 2021 die van 2021-12-31.
    - Wet inburgering tot 2013 (regime WI2007), art. 5 lid 1 (versie 2012-11-01): "65 jaar of ouder" in plaats
      van de AOW-leeftijd, en de diploma's van het Besluit inburgering van vóór 2013 (= de waarde van 2013-01-01).
    """

    value_type = Enum
    possible_values = Reden
    default_value = Reden.GEEN
    entity = Persoon
    definition_period = DAY
    label = "Reden waarom de persoon niet inburgeringsplichtig is"
    reference = [
        artikel(WI2021, "3", lid=1),
        artikel(WI2021, "3", lid=2),
        artikel(WI2021, "4", lid=1),
        artikel(WI2021, "5"),
        artikel(WI2013, "5", lid=1),
        artikel(WI2013, "5", lid=2),
        artikel(WI2013, "6", lid=1),
        artikel(BI2021, "2.7", lid=3),
        artikel(RI2021, "2.1"),
        artikel(BI2013, "2.3", lid=1),
        WI2007_ART_5,
    ]

    def formula(persoon, period, parameters):
        """Sinds 2013-01-01; de tekst die geldt volgt uit toepasselijke_inburgeringswet, de leeftijden, de
        AOW-leeftijd en de diplomalijsten uit de parameters."""
        dag = peildatum(period)
        p = parameters(period).inburgeringsplicht
        nationaliteit = persoon("nationaliteit", period)
        verblijfsgrond = persoon("verblijfsgrond", period)
        datum_verblijfsrecht = persoon("datum_verblijfsrecht", period)
        wet = persoon("toepasselijke_inburgeringswet", period)
        onder_wi2007 = wet == Inburgeringsregime.WI2007
        onder_wi2013 = wet == Inburgeringsregime.WI2013

        # Art. 3 lid 1: alleen een vreemdeling met rechtmatig verblijf, niet voor een tijdelijk doel.
        nederlander = nationaliteit == Nationaliteit.NEDERLANDS
        # Wi2021 art. 3 lid 2 a en b; Wi2013 art. 5 lid 2 a en b.
        eu_eer_zwitsers = nationaliteit == Nationaliteit.EU_EER_ZWITSERS
        familielid_eu_burger = persoon("familielid_eu_burger", period)
        # Wi2021 art. 3 lid 2 c; Wi2013 art. 5 lid 2 c.
        inburgeringsvereiste_andere_lidstaat = persoon("inburgeringsvereiste_andere_lidstaat_voldaan", period)
        geen_rechtmatig_verblijf = (verblijfsgrond == Verblijfsgrond.GEEN) | (datum_verblijfsrecht > dag)
        # A geestelijk bedienaar is obliged whatever his permit (art. 3 lid 1 b), so only this ground counts.
        tijdelijk_verblijfsdoel = verblijfsgrond == Verblijfsgrond.TIJDELIJK_DOEL
        # Art. 3 lid 2 d / Wi2013 art. 5 lid 2 d: the association law with Turkey; the Minister brought
        # Turkish nationals under the plicht by the date of their residence right (docs/modelkeuzes.md,
        # statute review item 8).
        asielgrond = (verblijfsgrond == Verblijfsgrond.ASIEL) | (verblijfsgrond == Verblijfsgrond.NAREIZIGER_REGULIER)
        turks_plichtig_vanaf = datum_parameter(p.turkse_nationaliteit.asielstatushouders_plichtig_vanaf)
        turks_overig_plichtig_vanaf = datum_parameter(p.turkse_nationaliteit.overig_plichtig_vanaf)
        turks_plichtig = (asielgrond & (datum_verblijfsrecht >= turks_plichtig_vanaf)) | (
            ~asielgrond & (datum_verblijfsrecht >= turks_overig_plichtig_vanaf)
        )
        turkse_nationaliteit = (nationaliteit == Nationaliteit.TURKS) & ~turks_plichtig
        # Stb. 2012, 430, art. X lid 2 and Wi2013 art. 3 lid 1 and 4 (see toepasselijke_inburgeringswet).
        oudkomer_zonder_termijn = wet == Inburgeringsregime.GEEN

        buiten_de_wet = (
            nederlander
            | eu_eer_zwitsers
            | familielid_eu_burger
            | inburgeringsvereiste_andere_lidstaat
            | geen_rechtmatig_verblijf
            | tijdelijk_verblijfsdoel
            | turkse_nationaliteit
            | oudkomer_zonder_termijn
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

        # Wi2021 art. 3 lid 1 ("16 jaar of ouder"); Wi2013 art. 5 lid 1 a.
        jonger_dan_minimumleeftijd = leeftijd < p.minimumleeftijd
        # Wi2021 art. 4 lid 1 c; Wi2013 art. 5 lid 1 d: leerplichtig of kwalificatieplichtig.
        kwalificatieplichtig = (leeftijd < p.einde_kwalificatieplicht_leeftijd) & ~persoon(
            "heeft_startkwalificatie", period
        )
        # Wi2021 art. 3 lid 1 and Wi2013 art. 5 lid 1 a: the AOW age of AOW art. 7a lid 1; the law until
        # 2013 (art. 5 lid 1 a, versie 2012-11-01) says "65 jaar of ouder".
        pensioengerechtigde_leeftijd = np.where(
            onder_wi2007,
            leeftijd >= p.leeftijdsgrens_wi2007,
            pensioengerechtigde_leeftijd_bereikt(geboren, leeftijd_maanden, dag, parameters, period),
        )
        # Wi2021 art. 4 lid 1 a; Wi2013 art. 5 lid 1 b: ten minste acht jaar.
        jaren_leerplichtig = begrensd(
            persoon, "jaren_leerplichtig_in_nederland", persoon("jaren_leerplichtig_in_nederland", period), minimum=0
        )
        acht_jaar_leerplichtig_in_nl = jaren_leerplichtig >= p.jaren_leerplichtig_in_nederland_vrijstelling
        # Wi2021 art. 4 lid 1 b with Ri2021 art. 2.1 on the peildatum; Wi2013 art. 5 lid 1 c with Besluit
        # inburgering art. 2.3 as it read on the peildatum, after 2021 as on 2021-12-31 (Wi2021 art. 54 lid 1);
        # the law until 2013 with the Besluit of before 2013, whose art. 2.3 lid 1 b equals the 2013 text.
        laatste_dag_wi2013 = str(datum_parameter(p.inwerkingtreding_wi2021) - ONE_DAY)
        lijst_nu = opzoektabel(p.vrijstellende_diplomas, Diploma, default=False)
        lijst_wi2013 = (
            lijst_nu
            if dag <= np.datetime64(laatste_dag_wi2013)
            else opzoektabel(parameters(laatste_dag_wi2013).inburgeringsplicht.vrijstellende_diplomas, Diploma)
        )
        lijst_wi2007 = opzoektabel(
            parameters(str(datum_parameter(p.inwerkingtreding_wi2013))).inburgeringsplicht.vrijstellende_diplomas,
            Diploma,
        )
        diploma = np.asarray(persoon("diploma", period))
        vrijstellend_diploma = np.select(
            [onder_wi2007, onder_wi2013], [lijst_wi2007[diploma], lijst_wi2013[diploma]], lijst_nu[diploma]
        )
        # A document of the Besluit inburgering list with no known value under the Wi2021 (Ri2021 art. 2.1
        # was not read): whoever holds one and is not already outside the plicht on a higher ground
        # gets no answer rather than a guessed one (the parameter's value is null from 2022-01-01).
        if dag > np.datetime64(laatste_dag_wi2013):
            lijst_laatste_dag = parameters(laatste_dag_wi2013).inburgeringsplicht.vrijstellende_diplomas
            onbekend = sorted(set(lijst_laatste_dag) - set(p.vrijstellende_diplomas))
            hogere_reden = (
                buiten_de_wet | jonger_dan_minimumleeftijd | kwalificatieplichtig | pensioengerechtigde_leeftijd
                | acht_jaar_leerplichtig_in_nl
            )
            onder_wi2021 = ~onder_wi2007 & ~onder_wi2013 & ~hogere_reden
            for naam in onbekend:
                if (onder_wi2021 & (diploma == Diploma[naam].index)).any():
                    raise ParameterZonderWaarde(
                        f"inburgeringsplicht.vrijstellende_diplomas.{naam}", str(dag),
                        "Wi2021 art. 4 lid 1 b leaves the exempting documents to the Regeling inburgering 2021 "
                        "art. 2.1, which could not be read",
                    )
        # Wi2021 art. 4 lid 1 d; Wi2013 art. 5 lid 1 e: only while the person still follows it.
        gestopt_op = voor_peildatum(niet_voor_geboorte(persoon, "datum_einde_vrijstellende_opleiding", period), dag)
        vrijstellende_opleiding = persoon("volgt_vrijstellende_opleiding", period) & is_nooit(gestopt_op)
        # Wi2021 art. 4 lid 1 e (Bi2021 art. 2.3); Besluit inburgering art. 2.8a; Wi2007 art. 5 lid 1 f.
        voldoende_ingeburgerd = persoon("voldoende_ingeburgerd_aangetoond", period)
        # Wi2021 art. 5 lid 1 (geheel) en lid 2; Wi2013 art. 6 lid 1. Bi2021 art. 2.7 lid 3: partial is no end.
        ontheven = np.isin(np.asarray(persoon("ontheffing", period)), ONTHEFFINGEN_DIE_DE_PLICHT_BEEINDIGEN)
        voldaan = persoon("inburgeringsplicht_voldaan", period)

        return eerste_van_toepassing(
            [
                (Reden.NEDERLANDER, nederlander),
                (Reden.EU_EER_ZWITSERS, eu_eer_zwitsers),
                (Reden.FAMILIELID_EU_BURGER, familielid_eu_burger),
                (Reden.INBURGERINGSVEREISTE_ANDERE_LIDSTAAT, inburgeringsvereiste_andere_lidstaat),
                (Reden.GEEN_RECHTMATIG_VERBLIJF, geen_rechtmatig_verblijf),
                (Reden.TIJDELIJK_VERBLIJFSDOEL, tijdelijk_verblijfsdoel),
                (Reden.TURKSE_NATIONALITEIT, turkse_nationaliteit),
                (Reden.OUDKOMER_ZONDER_TERMIJN, oudkomer_zonder_termijn),
                (Reden.JONGER_DAN_MINIMUMLEEFTIJD, jonger_dan_minimumleeftijd),
                (Reden.KWALIFICATIEPLICHTIG, kwalificatieplichtig),
                (Reden.PENSIOENGERECHTIGDE_LEEFTIJD, pensioengerechtigde_leeftijd),
                (Reden.ACHT_JAAR_LEERPLICHTIG_IN_NL, acht_jaar_leerplichtig_in_nl),
                (Reden.VRIJSTELLEND_DIPLOMA, vrijstellend_diploma),
                (Reden.VRIJSTELLENDE_OPLEIDING, vrijstellende_opleiding),
                (Reden.VOLDOENDE_INGEBURGERD, voldoende_ingeburgerd),
                (Reden.ONTHEFFING, ontheven),
                (Reden.VOLDAAN, voldaan),
            ],
            anders=Reden.GEEN,
        )
