import numpy as np
from openfisca_core.periods import DAY

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Examenpogingen, Inburgeringsregime
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import duo_boete_opgeschort, termijn_verstreken
from inburgering_rules.rules import eerste_van_toepassing, niet_negatief, opzoektabel
from inburgering_rules.wetten import WI2013, WI2021, artikel

DUO_TABEL = "https://www.inburgeren.nl/u-gaat-inburgeren/boete.jsp"


class boete_wi2013(Geldbedrag):
    """DUO-boete voor wie onder de Wet inburgering (2013) valt (Wi2021 art. 54) en niet binnen de
    termijn aan de inburgeringsplicht voldeed (Wi2013 art. 31 lid 1; ten hoogste € 1.250, art. 34).
    Het bedrag volgt de tabel van DUO, naar lesuren bij een school met keurmerk (Blik op Werk; invoer
    ``uren_nt2_les_keurmerk``) en ``examenpogingen``:

    ============  ====================  ============  ===================
    uren          niet alle geprobeerd  alle eenmaal  alle tweemaal of vaker
    ============  ====================  ============  ===================
    < 150         1.250                 1.000         750
    150 - < 300   875                   625           375
    >= 300        500                   250           0
    ============  ====================  ============  ===================

    Vanaf 2025-02-04 niet voor een asielstatushouder (HvJ EU ECLI:EU:C:2025:52; RvS 2025-07-09 en
    2026-02-18). Niet gemodelleerd: de verdere verlaging per behaald onderdeel (bedragen onbekend),
    de herhaalde boete na twee jaar (art. 33) en art. 31 lid 2 (vergunning niet verlengd).
    """

    value_type = float
    entity = Persoon
    definition_period = DAY
    unit = "currency-EUR"
    label = "DUO-boete Wet inburgering (2013)"
    reference = [artikel(WI2013, "31", lid=1), artikel(WI2013, "34"), artikel(WI2021, "54"), DUO_TABEL]

    def formula_2013_01_01(persoon, period, parameters):
        """Sinds 2013-01-01 (Wi2013 met het maximum van € 1.250); na 2022 voor de oudere cohorten
        (Wi2021 art. 54). De tabel is bevestigd (DUO); haar ingangsdatum is een aanname."""
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

        plichtig = persoon("inburgeringsplichtig", period)
        onder_wi2013 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2013
        termijn_voorbij = termijn_verstreken(persoon, period)
        beboetbaar = plichtig & onder_wi2013 & termijn_voorbij

        return eerste_van_toepassing(
            [
                (0.0, ~beboetbaar),
                (0.0, duo_boete_opgeschort(persoon, period, parameters)),
            ],
            anders=boete,
        )
