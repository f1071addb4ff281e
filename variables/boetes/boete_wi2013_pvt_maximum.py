from openfisca_core.periods import DAY

from inburgering_rules.dates import NOOIT, as_days, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import duo_boete_opgeschort
from inburgering_rules.rules import eerste_van_toepassing
from inburgering_rules.wetten import WI2013, artikel


class boete_wi2013_pvt_maximum(Geldbedrag):
    """DUO-boete onder de Wet inburgering (2013) voor het participatieverklaringstraject (versie 2017-10-01):
    art. 28 "Onze Minister legt een bestuurlijke boete op aan de inburgeringsplichtige die het
    participatieverklaringstraject, bedoeld in artikel 7, tweede lid, onderdeel a, niet binnen de in artikel 7a,
    eerste lid, genoemde termijn ... heeft afgerond"; ten hoogste € 340 (art. 34 a: "€ 340 voor het niet naleven
    van artikel 7a, eerste lid"). Geen vast bedrag in de wet; dit is het maximum.

    Waar: regime ``WI2013``, inburgeringsplichtig, de termijn van één jaar (``wi2013_pvt_termijn_einddatum``)
    ligt vóór de peildatum en ``pvt_afgerond`` is onwaar. Uitzondering: vanaf 2025-02-04 geen boete voor een
    asielstatushouder (HvJ EU C-158/23; rechtspraak), behalve bij een bewezen en aanhoudend gebrek aan
    integratiebereidheid. Art. 31 lid 2 (verblijfsvergunning) geldt alleen voor de examenboete van art. 31.
    Los van ``boete_wi2013``: wie de examenonderdelen b en c behaalde maar de participatieverklaring niet,
    krijgt alleen deze boete. De nieuwe termijn van ten hoogste één jaar (art. 29) is geen uitvoer; de herhaalde
    boete (art. 30) is ``boete_wi2013_pvt_herhaald_maximum``.
    """

    value_type = float
    entity = Persoon
    definition_period = DAY
    unit = "currency-EUR"
    label = "DUO-boete participatieverklaring Wi2013 (maximum; art. 28)"
    reference = [artikel(WI2013, "28"), artikel(WI2013, "7a", lid=1), artikel(WI2013, "34")]

    def formula_2017_10_01(persoon, period, parameters):
        """Vanaf 2017-10-01 (art. 28, ingevoegd bij de wet van 23 juni 2017, Stb. 2017, 285)."""
        p = parameters(period).boetes.wi2013
        einde = as_days(persoon("wi2013_pvt_termijn_einddatum", period))
        termijn_voorbij = (einde != NOOIT) & (einde < peildatum(period))
        onder_wi2013 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2013
        art_28 = (
            persoon("inburgeringsplichtig", period) & onder_wi2013 & termijn_voorbij
            & ~persoon("pvt_afgerond", period)
        )
        return eerste_van_toepassing(
            [
                (0.0, ~art_28),
                (0.0, duo_boete_opgeschort(persoon, period, parameters)),
            ],
            anders=float(p.pvt_boete_maximum),
        )
