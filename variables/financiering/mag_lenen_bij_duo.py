import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT, as_days, peildatum, term_end
from inburgering_rules.entities import Persoon
from inburgering_rules.errors import NietGemodelleerd
from inburgering_rules.enums import Inburgeringsregime, Nationaliteit, Verblijfsgrond
from inburgering_rules.geldregels import lening_aanspraak, participatieverklaring_aanspraak_tot
from inburgering_rules.traject import verplichte_invoer
from inburgering_rules.wetten import BI2021, WI2013, WI2021, artikel


def geen_antwoord_voor_wi2007(persoon, period, plichtig, regime) -> None:
    """The pre-2013 law gives its plichtigen a loan too (Wet inburgering art. 16 lid 1 as it read until
    2013, kept by Stb. 2012, 430 art. X lid 2), on conditions of the old Besluit (art. 4.1 lid 3, 4.2
    lid 1) that no input records: no answer rather than a ``false`` the law does not give."""
    wi2007 = plichtig & (regime == Inburgeringsregime.WI2007)
    if wi2007.any():
        raise NietGemodelleerd(
            "mag_lenen_bij_duo", persoon.entity.plural, np.flatnonzero(wi2007),
            "the DUO loan of the pre-2013 law (Wet inburgering art. 16 lid 1 as it read until 2013, regime "
            "WI2007) depends on conditions of the old Besluit inburgering that are not modelled",
        )


def binnen_aanspraak_inburgeringsplichtige(persoon, period, parameters) -> np.ndarray:
    """Bi2021 art. 6.3 lid 1 eerste zin / Besluit inburgering art. 4.2 lid 1, begrensd door Wi2021 art. 20
    lid 2 a / Wi2013 art. 16 lid 2 b (zie ``geldregels.lening_aanspraak``)."""
    dag = peildatum(period)
    start, laatste = lening_aanspraak(persoon, period, parameters)
    return (start != NOOIT) & (start <= dag) & (dag <= laatste)


def persoon_artikel_6_1_met_aanspraak(persoon, period, parameters) -> np.ndarray:
    """Bi2021 art. 6.1 en art. 6.3 lid 1 tweede zin: de vrijwillige inburgeraar heeft aanspraak
    "gedurende drie jaar nadat hij rechtmatig verblijf verkrijgt"."""
    dag = peildatum(period)
    jaren = int(parameters(period).financiering.lening.aanspraak_persoon_artikel_6_1_jaren)
    # Wi2021 art. 3 lid 2 a en b: EU/EER/Zwitserse onderdaan of diens familielid (verblijf als
    # gemeenschapsonderdaan, art. 8 onder e Vw 2000).
    artikel_3_lid_2 = (persoon("nationaliteit", period) == Nationaliteit.EU_EER_ZWITSERS) | persoon(
        "familielid_eu_burger", period
    )
    vrijwilliger = verplichte_invoer(
        persoon, "persoon_artikel_6_1", period, artikel_3_lid_2,
        "whether this EU/EER/Swiss national (or family member) is a voluntary inburgeraar as meant in "
        "Besluit inburgering 2021 art. 6.1: only such a person may borrow (art. 6.3 lid 1)",
    )
    verblijf = as_days(persoon("datum_verblijfsrecht", period))
    binnen_drie_jaar = (verblijf != NOOIT) & (verblijf <= dag) & (dag <= term_end(verblijf, jaren))
    return artikel_3_lid_2 & vrijwilliger & binnen_drie_jaar


class mag_lenen_bij_duo(Variable):
    """Heeft de persoon op de peildatum aanspraak op een lening van DUO (Onze Minister) voor cursus en
    examen?

    Wet inburgering 2021 (versie 2022-01-01, gelijk 2025-10-21) en Besluit inburgering 2021 (versies
    2022-01-01 en 2026-04-02 gelezen, art. 6.1 en 6.3 lid 1 gelijk):
    - art. 19: de lening is er voor "de inburgeringsplichtige die verblijf heeft op grond van een
      verblijfsvergunning regulier voor bepaalde tijd, met uitzondering van een inburgeringsplichtige als
      bedoeld in artikel 13, eerste lid, onderdeel b": gezins- en overige migranten en geestelijk
      bedienaren; niet een asielstatushouder (vergunning asiel) en niet een nareiziger met een reguliere
      vergunning (art. 13 lid 1 b).
    - Bi2021 art. 6.3 lid 1: aanspraak tijdens de termijn (art. 11), de verlengde termijn (art. 12) en
      de nieuwe termijn uit de boetebeschikking (art. 24 lid 2, 25 lid 2); de termijn begint met het
      PIP, dus vóór het PIP geen aanspraak.
    - art. 20 lid 2: geen aanspraak (a) zes jaar na het verstrijken van de (verlengde) termijn zonder
      te hebben voldaan, of (b) voor "de persoon die niet langer inburgeringsplichtig is".
    - Bi2021 art. 6.1 met art. 6.3 lid 1 tweede zin (krachtens art. 20 lid 3): de vrijwillige
      inburgeraar (``persoon_artikel_6_1``) drie jaar na het verkrijgen van rechtmatig verblijf.
    Wet inburgering (2013), via Wi2021 art. 54: art. 16 lid 2 b en c en Besluit inburgering art. 4.2
    lid 1 (versie 2021-12-31): iedere Wi2013-inburgeringsplichtige tijdens zijn termijn of nieuwe
    termijn, tot zes jaar na de termijn; en art. 16 lid 2 a (versie 2017-10-01 en 2021-12-31): geen
    aanspraak als hij "na het verstrijken van de termijn, bedoeld in artikel 7a, eerste lid, of de ...
    verlengde termijn de participatieverklaring niet heeft ondertekend" (op de peildatum nog niet
    ondertekend, ``datum_participatieverklaring_ondertekend``). Niet gemodelleerd: de vrijwilliger onder het
    Besluit inburgering (2013), Bi2021 art. 6.2 lid 5-6 (een oude lening nog niet terugbetaald: een voorwaarde
    voor het verstrekken, geen aanspraak) en de lening van het regime WI2007 (docs/modelkeuzes.md, ronde 2,
    item 7b): daar is het antwoord een fout die dat zegt, want ``false`` is geen antwoord van de wet. Bi2021 art. 6.15 (de termijnen van art. 6.3 lid 1
    verlengd met de onderbreking van art. 2.1 lid 2) volgt uit de termijn, die art. 4.2 al met die duur
    verlengt (``onderbreking_inburgeringsplicht_dagen``).
    """

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Mag lenen bij DUO"
    reference = [
        artikel(WI2021, "19"), artikel(WI2021, "20", lid=2), artikel(BI2021, "6.1"), artikel(BI2021, "6.3", lid=1),
        artikel(WI2013, "16", lid=2), artikel(WI2021, "54"),
    ]

    def formula_2013_01_01(persoon, period, parameters):
        """Van 2013 tot 2022: alleen de Wet inburgering (2013), art. 16 lid 2 en Besluit inburgering
        art. 4.2 lid 1."""
        plichtig = persoon("inburgeringsplichtig", period)
        regime = persoon("inburgeringsregime", period)
        geen_antwoord_voor_wi2007(persoon, period, plichtig, regime)
        wi2013 = regime == Inburgeringsregime.WI2013
        # Wi2013 art. 16 lid 2 a: the art. 7a term has passed without a signed participatieverklaring.
        lid_2_a = peildatum(period) > participatieverklaring_aanspraak_tot(persoon, period)
        return plichtig & wi2013 & ~lid_2_a & binnen_aanspraak_inburgeringsplichtige(persoon, period, parameters)

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: Wi2021 art. 19-20 en Bi2021 art. 6.1 en 6.3 naast de Wi2013 voor wie op
        2021-12-31 onder die wet viel (art. 54). De tekst van art. 6.2a (sinds 2026-04-02) verandert
        alleen waarvoor de persoon van art. 6.1 leent, niet of hij aanspraak heeft."""
        plichtig = persoon("inburgeringsplichtig", period)
        regime = persoon("inburgeringsregime", period)
        grond = persoon("verblijfsgrond", period)
        geen_antwoord_voor_wi2007(persoon, period, plichtig, regime)

        # Wi2021 art. 20 lid 2 b: wie niet (langer) inburgeringsplichtig is, heeft geen aanspraak.
        wi2021_plichtige = plichtig & (regime == Inburgeringsregime.WI2021)
        # Wi2013 art. 16 lid 2 a: the art. 7a term has passed without a signed participatieverklaring.
        lid_2_a = peildatum(period) > participatieverklaring_aanspraak_tot(persoon, period)
        wi2013_plichtige = plichtig & (regime == Inburgeringsregime.WI2013) & ~lid_2_a
        # Wi2021 art. 19: vergunning regulier (geen asiel), niet de nareiziger van art. 13 lid 1 b.
        verblijfsvergunning_regulier = (grond != Verblijfsgrond.GEEN) & (grond != Verblijfsgrond.ASIEL)
        artikel_13_lid_1_b = grond == Verblijfsgrond.NAREIZIGER_REGULIER
        artikel_19 = wi2021_plichtige & verblijfsvergunning_regulier & ~artikel_13_lid_1_b

        binnen_aanspraak = binnen_aanspraak_inburgeringsplichtige(persoon, period, parameters)
        inburgeringsplichtige_met_aanspraak = (artikel_19 | wi2013_plichtige) & binnen_aanspraak
        # The art. 6.1 person is read only for non-plichtigen: whoever is plichtig borrows as such.
        vrijwilliger = ~plichtig & persoon_artikel_6_1_met_aanspraak(persoon, period, parameters)
        return inburgeringsplichtige_met_aanspraak | vrijwilliger
