import numpy as np
from openfisca_core.periods import YEAR

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Doelgroep, Inburgeringsregime, Verwijtbaarheid
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.dates import NOOIT, add_days, as_days, peildatum
from inburgering_rules.geldregels import laatste_dag, maandnummer, op_centen, termijn_verstreken
from inburgering_rules.rules import eerste_van_toepassing, niet_negatief, opzoektabel, vereist
from inburgering_rules.wetten import BI2021, PW, WI2021, artikel

# Bi2021 art. 7.1 lid 5 a-d name the new terms "zes maanden", "een jaar", "anderhalf jaar" and
# "twee jaar"; DUO sets them in whole months (6, 12, 18 or 24).
_NIEUWE_TERMIJN_MAANDEN = (6, 12, 18)

_REDEN_VERWIJTBAARHEID = (
    "the PIP fine is a percentage set by the culpability the college established (Bi2021 art. 7.1 "
    "lid 4: opzet 100, grove schuld 75, neither 50, verminderde verwijtbaarheid 25 procent); "
    "give it for the year of the breaches"
)


def _som_verhoogde_boetes(aantal, eerder, grondbedrag: float, factor: float, maximum: float) -> np.ndarray:
    """Sum of the fines of ``aantal`` successive breaches, the first after ``eerder`` raises.

    Breach i of the year (0-based) is the (eerder + i)-th repeat: grondbedrag × factor^(eerder + i),
    never above ``maximum`` (Bi2021 art. 7.1 lid 3). Only the first few raises stay under the
    maximum, so those are summed one by one and the rest count at the maximum.
    """
    onder_maximum = 0
    while onder_maximum < 64 and grondbedrag * factor**onder_maximum < maximum:
        onder_maximum += 1
    eind = eerder + aantal
    totaal = np.zeros(np.shape(aantal), dtype=np.float64)
    for stap in range(onder_maximum):
        totaal += np.where((eerder <= stap) & (stap < eind), grondbedrag * factor**stap, 0.0)
    op_maximum = np.maximum(eind - np.maximum(eerder, onder_maximum), 0)
    return totaal + op_maximum * maximum


def _maximum_in_termijn(persoon, einde_jaar, p) -> np.ndarray:
    """Bi2021 art. 7.1 lid 5: the cap on all college fines in the term that runs on ``einde_jaar``.

    In the inburgeringstermijn (with extensions) € 2.400; in a new term set by DUO (Wi2021 art. 24
    lid 2 en 3, 25 lid 2) € 400 / 800 / 1.200 / 1.600 for six months / a year / eighteen months /
    two years. After the term without a new one lid 5 sets no total (infinite here; never output).
    """
    na_termijn = termijn_verstreken(persoon, einde_jaar)
    in_termijn = np.full(na_termijn.shape, float(p.pip_maximum_per_termijn))
    if not na_termijn.any():
        # The new term is asked only where a term ended: its facts (route, exams) are not needed before.
        return in_termijn
    nieuwe_termijn = _lopende_nieuwe_termijn_maanden(persoon, einde_jaar, na_termijn)
    nt = p.maximum_nieuwe_termijn
    zes, jaar, anderhalf = _NIEUWE_TERMIJN_MAANDEN
    in_nieuwe_termijn = np.select(
        [nieuwe_termijn <= 0, nieuwe_termijn <= zes, nieuwe_termijn <= jaar, nieuwe_termijn <= anderhalf],
        [np.inf, float(nt.zes_maanden), float(nt.een_jaar), float(nt.anderhalf_jaar)],
        default=float(nt.twee_jaar),
    )
    return np.where(na_termijn, in_nieuwe_termijn, in_termijn)


def _lopende_nieuwe_termijn_maanden(persoon, einde_jaar, na_termijn) -> np.ndarray:
    """Length (months) of the new term running on ``einde_jaar`` after the inburgeringstermijn; 0 for none.

    Without earlier DUO decisions given, the new term DUO would set (``nieuwe_termijn_na_boete_maanden``).
    Where they are given (``aantal_eerdere_duo_boetebeschikkingen``), the facts decide, since lid 5 caps
    "de op grond van de artikelen 24, tweede en derde lid, en 25, tweede lid, van de wet vastgestelde nieuwe
    termijn", the second one included: inside the new term of the last decision its own length (from the day
    it was made known to its last day); after that term, or after the third decision (art. 24 lid 4 sets no
    term), no new term runs.
    """
    nieuwe_termijn = persoon("nieuwe_termijn_na_boete_maanden", einde_jaar)
    aantal = niet_negatief(persoon, "aantal_eerdere_duo_boetebeschikkingen", einde_jaar)
    met_beschikking = na_termijn & (aantal >= 1)
    if not met_beschikking.any():
        return nieuwe_termijn
    dag = peildatum(einde_jaar)
    bekendmaking = as_days(persoon("datum_bekendmaking_laatste_duo_boetebeschikking", einde_jaar))
    einde = as_days(persoon("einde_nieuwe_termijn_laatste_duo_boetebeschikking", einde_jaar))
    met_termijn = met_beschikking & (aantal <= 2) & (einde != NOOIT)
    binnen = met_termijn & (bekendmaking != NOOIT) & (bekendmaking <= dag) & (dag <= einde)
    daarna = (met_termijn & (dag > einde)) | (met_beschikking & (aantal >= 3))
    lengte = maandnummer(add_days(einde, 1)) - maandnummer(bekendmaking)
    return np.select([binnen, daarna], [lengte, 0], default=nieuwe_termijn)


class boete_pip_niet_nakomen(Geldbedrag):
    """Boete van het college in het kalenderjaar voor het niet nakomen van het PIP (Wi2021 art. 23
    lid 1; Bi2021 art. 7.1 lid 2-5, versie 2022-01-01, gelijk in versie 2026-04-02).

    - Overtredingen: ``aantal_pip_overtredingen_overig`` (begeleiding, PVT, MAP) voor iedereen, plus
      ``aantal_pip_overtredingen_leerroute`` alleen voor een asielstatushouder: art. 23 noemt "de
      vastgestelde intensiteit van de leerroute, bedoeld in artikel 15, tweede lid", en die stelt het
      college alleen vast voor de asielstatushouder van art. 13 lid 1 (art. 15 lid 2).
    - Lid 2: € 50 per overtreding. Lid 3: "steeds met 100 procent ... verhoogd tot een bedrag van ten
      hoogste € 800" bij herhaling binnen twaalf maanden: de overtredingen van het jaar volgen elkaar
      op (binnen een kalenderjaar liggen ze altijd binnen twaalf maanden van elkaar; aanname: de
      vorige boete was onherroepelijk bij de volgende constatering), na
      ``aantal_eerdere_pip_boetes_binnen_12_maanden`` eerdere verhogingen: 50, 100, 200, 400, 800, 800 …
    - Lid 4: daarvan ``verwijtbaarheid_pip_overtredingen`` procent (100/75/50/25). Niet opgegeven waar
      een boete ervan afhangt: een fout die dat gegeven noemt (het college stelt de verwijtbaarheid vast
      voordat het beboet; geen stille 50 %).
    - Lid 5: het totaal aan college-boetes (brede intake en PIP) in de termijn is ten hoogste € 2.400,
      in een nieuwe termijn na een DUO-boete € 400 tot € 1.600; min ``pip_boetes_eerder_in_termijn``
      en ``brede_intake_boetes_in_termijn``, nooit minder dan 0. Er is geen jaarmaximum: de € 800 van
      lid 3 en van Wi2021 art. 26 lid 1 c is het maximum van één boete.
    - Geen boete als de bijstand voor dezelfde gedraging al is verlaagd (Wi2021 art. 27; Pw art.
      18/18b) of als de persoon niet onder de Wi2021 valt (ook niet onder de Wi2013 of de oudere wet).
    Regime, doelgroep en de lopende termijn worden bepaald op de laatste dag van het jaar.
    """

    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Boete niet nakomen PIP in het jaar"
    reference = [
        artikel(WI2021, "23", lid=1), artikel(WI2021, "26", lid=1), artikel(WI2021, "27"),
        artikel(BI2021, "7.1", lid=2), artikel(BI2021, "7.1", lid=3), artikel(BI2021, "7.1", lid=4),
        artikel(BI2021, "7.1", lid=5), artikel(PW, "18"), artikel(PW, "18b"),
    ]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: het PIP en de college-boete bestaan alleen onder de Wi2021."""
        p = parameters(period).boetes.college
        einde_jaar = laatste_dag(period)
        asielstatushouder = persoon("doelgroep", einde_jaar) == Doelgroep.ASIELSTATUSHOUDER
        leerroute = niet_negatief(persoon, "aantal_pip_overtredingen_leerroute", period)
        overig = niet_negatief(persoon, "aantal_pip_overtredingen_overig", period)
        eerder_verhoogd = niet_negatief(persoon, "aantal_eerdere_pip_boetes_binnen_12_maanden", period)
        eerder_pip = niet_negatief(persoon, "pip_boetes_eerder_in_termijn", period)
        eerder_brede_intake = niet_negatief(persoon, "brede_intake_boetes_in_termijn", period)
        overtredingen = overig + np.where(asielstatushouder, leerroute, 0)

        lid_2_en_3 = _som_verhoogde_boetes(
            overtredingen, eerder_verhoogd, float(p.pip_boete_per_overtreding),
            1.0 + float(p.pip_verhoging_bij_herhaling), float(p.pip_maximum_per_boete),
        )
        ruimte_lid_5 = np.maximum(
            _maximum_in_termijn(persoon, einde_jaar, p) - eerder_pip - eerder_brede_intake, 0.0
        )
        niet_onder_wi2021 = persoon("inburgeringsregime", einde_jaar) != Inburgeringsregime.WI2021
        bijstand_al_verlaagd = persoon("bijstand_verlaagd_voor_zelfde_gedraging", period)

        # Lid 4: the college establishes the culpability before it fines; wherever the answer turns
        # on it (something to fine, room left under lid 5, no exception) it must have been given.
        te_beboeten = (overtredingen > 0) & (ruimte_lid_5 > 0) & ~niet_onder_wi2021 & ~bijstand_al_verlaagd
        verwijtbaarheid = vereist(
            persoon, "verwijtbaarheid_pip_overtredingen", persoon("verwijtbaarheid_pip_overtredingen", period),
            nodig=te_beboeten, reason=_REDEN_VERWIJTBAARHEID, missing=Verwijtbaarheid.NIET_OPGEGEVEN.index,
        )
        percentage = opzoektabel(p.pip_verwijtbaarheid_percentage, Verwijtbaarheid, default=np.nan, dtype=float)
        # Not given only where no fine depends on it (checked above): the fine there is 0 either way.
        lid_4 = np.where(te_beboeten, lid_2_en_3 * percentage[verwijtbaarheid], 0.0)
        boete = op_centen(np.minimum(lid_4, ruimte_lid_5))

        return eerste_van_toepassing(
            [
                (0.0, niet_onder_wi2021),
                (0.0, bijstand_al_verlaagd),
            ],
            anders=boete,
        )
