import numpy as np
from openfisca_core.periods import DAY

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Examenpogingen, Inburgeringsregime
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import duo_boete_opgeschort, termijn_verstreken, wi2013_onderdelen_b_en_c_behaald
from inburgering_rules.rules import eerste_van_toepassing, niet_negatief, opzoektabel
from inburgering_rules.wetten import WI2013, WI2021, artikel

DUO_TABEL = "https://www.inburgeren.nl/u-gaat-inburgeren/boete.jsp"
# art. 34 as in force 2013-01-01 .. 2017-09-30 (onderdelen a and b; wetten.artikel links the last version)
WI2013_ART34_2013 = "https://wetten.overheid.nl/jci1.3:c:BWBR0020611&artikel=34&g=2013-01-01"


class boete_wi2013(Geldbedrag):
    """DUO-boete voor wie onder de Wet inburgering (2013) valt (regime ``WI2013``, Wi2021 art. 54) en
    niet binnen de termijn aan de plicht voldeed. De grondslag per versie van de Wi2013:

    - 2013-01-01 tot 2017-10-01: art. 31 lid 1 ("die niet binnen de in artikel 7, eerste lid, genoemde
      termijn ... aan de inburgeringsplicht heeft voldaan"), maximum € 1250 in art. 34 onderdeel a;
    - vanaf 2017-10-01: art. 31 lid 1 ("die de onderdelen van het inburgeringsexamen, bedoeld in
      artikel 7, tweede lid, onderdelen b en c, niet binnen de in artikel 7b, eerste lid, genoemde
      termijn ... heeft behaald"), maximum € 1.250 in art. 34 onderdeel c (a en b zijn dan de € 340
      voor de participatieverklaring, art. 28-30: ``boete_wi2013_pvt_maximum``). Wie de onderdelen b en
      c behaalde (``wi2013_taalexamen_a2_behaald``, ``wi2013_knm_behaald``) krijgt deze boete niet meer.
    Het bedrag volgt de tabel van DUO (uitvoeringsbeleid, geen wettekst; stap 1 en 2 van DUO), naar
    lesuren bij een school met keurmerk (``uren_nt2_les_keurmerk``) en ``examenpogingen``:

    ============  ====================  ============  ===================
    uren          niet alle geprobeerd  alle eenmaal  alle tweemaal of vaker
    ============  ====================  ============  ===================
    < 150         1.250                 1.000         750
    150 - < 300   875                   625           375
    >= 300        500                   250           0
    ============  ====================  ============  ===================

    Uitzonderingen, in deze volgorde: art. 31 lid 2 (verlenging van de verblijfsvergunning afgewezen of
    vergunning ingetrokken: geen boete); vanaf 2025-02-04 geen boete voor een asielstatushouder (HvJ EU
    C-158/23, ECLI:EU:C:2025:52; RvS 2025-07-09 en 2026-02-18; rechtspraak, geen wettekst), behalve bij
    een bewezen en aanhoudend gebrek aan integratiebereidheid. Wie onder de wet van vóór 2013 valt
    (regime ``WI2007``) krijgt deze boete niet. Niet gemodelleerd (docs/modelkeuzes.md): stap 3 van DUO,
    de verlaging per behaald examenonderdeel (tabel "Verlaging boete" niet gevonden). De herhaalde
    boete na de nieuwe termijn (art. 33) is ``boete_wi2013_herhaald_maximum``.
    """

    value_type = float
    entity = Persoon
    definition_period = DAY
    unit = "currency-EUR"
    label = "DUO-boete Wet inburgering (2013)"
    reference = [
        artikel(WI2013, "31", lid=1), artikel(WI2013, "31", lid=2), artikel(WI2013, "34"),
        WI2013_ART34_2013, artikel(WI2021, "54"), DUO_TABEL,
    ]

    def formula_2013_01_01(persoon, period, parameters):
        """2013-01-01 tot 2017-10-01: art. 31 lid 1 "niet ... aan de inburgeringsplicht heeft voldaan",
        maximum art. 34 a; na 2022 voor de oudere cohorten (Wi2021 art. 54)."""
        niet_voldaan = persoon("inburgeringsplichtig", period)
        return _boete(persoon, period, parameters, niet_voldaan)

    def formula_2017_10_01(persoon, period, parameters):
        """Vanaf 2017-10-01: art. 31 lid 1 beboet het niet behalen van "de onderdelen van het
        inburgeringsexamen, bedoeld in artikel 7, tweede lid, onderdelen b en c" (taal A2 en kennis van
        de Nederlandse samenleving), maximum art. 34 c. Wie die twee behaalde maar de participatieverklaring
        (onderdeel a) niet, is nog inburgeringsplichtig maar krijgt deze boete niet; voor hem gelden art. 28-30
        (``boete_wi2013_pvt_maximum``)."""
        niet_voldaan = persoon("inburgeringsplichtig", period) & ~wi2013_onderdelen_b_en_c_behaald(persoon, period)
        return _boete(persoon, period, parameters, niet_voldaan)


def _boete(persoon, period, parameters, niet_voldaan) -> np.ndarray:
    """DUO's table amount where art. 31 lid 1 applies (``niet_voldaan`` after the term), with the exceptions."""
    p = parameters(period).boetes.wi2013
    uren = niet_negatief(persoon, "uren_nt2_les_keurmerk", period)
    pogingen = persoon("examenpogingen", period)

    def tabelrij(node):
        return opzoektabel(node, Examenpogingen, default=np.nan, dtype=float)

    rij_minder_dan_150 = tabelrij(p.bedrag_minder_dan_grens_midden)
    rij_150_tot_300 = tabelrij(p.bedrag_tussen_grenzen)
    rij_vanaf_300 = tabelrij(p.bedrag_vanaf_grens_hoog)
    tabelbedrag = np.select(
        [uren >= p.uren_grens_hoog, uren >= p.uren_grens_midden],
        [rij_vanaf_300[pogingen], rij_150_tot_300[pogingen]],
        default=rij_minder_dan_150[pogingen],
    )
    boete = np.minimum(tabelbedrag, float(p.maximum))

    onder_wi2013 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2013
    termijn_voorbij = termijn_verstreken(persoon, period)
    lid_1 = niet_voldaan & onder_wi2013 & termijn_voorbij
    lid_2 = persoon("verblijfsvergunning_verlenging_afgewezen_of_ingetrokken", period)

    return eerste_van_toepassing(
        [
            (0.0, ~lid_1),
            (0.0, lid_2),
            (0.0, duo_boete_opgeschort(persoon, period, parameters)),
        ],
        anders=boete,
    )
