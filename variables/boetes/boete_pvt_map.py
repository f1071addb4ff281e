from openfisca_core.periods import DAY

from inburgering_rules.entities import Persoon
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import duo_boete_opgeschort, termijn_verstreken
from inburgering_rules.rules import eerste_van_toepassing
from inburgering_rules.traject import wi2021_plichtige
from inburgering_rules.wetten import BI2021, WI2021, artikel


class boete_pvt_map(Geldbedrag):
    """De ene DUO-boete van Wi2021 art. 24 lid 1 (versie 2022-01-01, gelijk in 2025-10-21): "Onze
    Minister legt een bestuurlijke boete op aan de inburgeringsplichtige die het
    participatieverklaringstraject of de module Arbeidsmarkt en Participatie niet heeft afgerond binnen
    de in artikel 11, eerste lid, bedoelde termijn, of de op grond van artikel 12 verlengde termijn."
    Bedrag € 340 (Bi2021 art. 7.2 lid 1; ten hoogste € 340, Wi2021 art. 26 lid 1 b): één boete, ook
    als PVT en MAP allebei niet zijn afgerond.

    Waar: de persoon is op de peildatum inburgeringsplichtig onder de Wi2021 (regime ``WI2021``; wie
    onder de Wi2013 of de oudere wet valt, krijgt deze boete niet), de laatste dag van de termijn (met
    verlenging) ligt vóór de peildatum, en het PVT (``pvt_verplicht``, niet ``pvt_afgerond``) of de
    verplichte MAP (``map_verplicht``, niet ``map_afgerond``) is niet afgerond. Geen uitzondering voor
    een afgewezen of ingetrokken verblijfsvergunning: die staat alleen in art. 25 lid 3. Geen boete als
    de bijstand voor dezelfde gedraging al is verlaagd (art. 27;
    ``bijstand_verlaagd_voor_niet_afronden_pvt_map``). Vanaf
    2025-02-04 niet voor een asielstatushouder, behalve bij een bewezen en aanhoudend gebrek aan
    integratiebereidheid (HvJ EU C-158/23; rechtspraak, geen wettekst). De herhaalde boete na de nieuwe
    termijn (art. 24 lid 3 en 4) is ``boete_pvt_map_herhaald``.
    ``boete_pvt`` en ``boete_map`` verdelen dit bedrag: samen zijn ze gelijk aan deze boete.
    """

    value_type = float
    entity = Persoon
    definition_period = DAY
    unit = "currency-EUR"
    label = "DUO-boete PVT of MAP niet afgerond (art. 24)"
    reference = [
        artikel(WI2021, "24", lid=1), artikel(WI2021, "26", lid=1), artikel(WI2021, "11", lid=1),
        artikel(WI2021, "12"), artikel(WI2021, "27"), artikel(BI2021, "7.2", lid=1),
    ]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (Wi2021: PVT en MAP vallen binnen de termijn van drie jaar)."""
        p = parameters(period).boetes.duo
        plichtig_onder_wi2021 = wi2021_plichtige(persoon, period)
        termijn_voorbij = termijn_verstreken(persoon, period)
        pvt_niet_afgerond = persoon("pvt_verplicht", period) & ~persoon("pvt_afgerond", period)
        map_niet_afgerond = persoon("map_verplicht", period) & ~persoon("map_afgerond", period)
        lid_1 = plichtig_onder_wi2021 & termijn_voorbij & (pvt_niet_afgerond | map_niet_afgerond)

        art_27 = persoon("bijstand_verlaagd_voor_niet_afronden_pvt_map", period)

        return eerste_van_toepassing(
            [
                (0.0, ~lid_1),
                (0.0, art_27),
                (0.0, duo_boete_opgeschort(persoon, period, parameters)),
            ],
            anders=float(p.pvt_map),
        )
