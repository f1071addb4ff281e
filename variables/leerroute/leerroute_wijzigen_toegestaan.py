from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import add_months, is_nooit, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime, Leerroute
from inburgering_rules.rules import voor_peildatum
from inburgering_rules.traject import niet_voor_geboorte
from inburgering_rules.wetten import BI2021, WI2021, artikel


def _lid_1(persoon, period, parameters):
    """The shared part: who can have a route changed, and the window of Bi2021 art. 5.4 lid 1."""
    dag = peildatum(period)
    route = persoon("leerroute", period)
    gewenst = persoon("gewenste_leerroute", period)
    start = persoon("inburgeringstermijn_startdatum", period)

    regime_wi2021 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2021
    pip_vastgesteld = ~is_nooit(voor_peildatum(persoon("datum_dagtekening_pip", period), dag))
    andere_route = (route != Leerroute.GEEN) & (gewenst != Leerroute.GEEN) & (gewenst != route)
    kan_wijzigen = regime_wi2021 & pip_vastgesteld & andere_route

    einde_lid_1 = add_months(start, parameters(period).leerroute.wijzigen_binnen_maanden)
    binnen_anderhalf_jaar = dag < einde_lid_1
    onderwijs_naar_b1 = (route == Leerroute.ONDERWIJS) & (gewenst == Leerroute.B1)
    return kan_wijzigen, binnen_anderhalf_jaar | onderwijs_naar_b1, einde_lid_1


class leerroute_wijzigen_toegestaan(Variable):
    """Mag het college op de peildatum de leerroute uit het PIP wijzigen in ``gewenste_leerroute``
    (Wi2021 art. 17 lid 2; Bi2021 art. 5.4)?

    - Lid 1 (versie 2022-01-01, zelfde tekst t/m 2026-04-02): "maximaal anderhalf jaar vanaf de aanvang
      van de termijn", gerekend als een termijn (RULEBOOK §1): de laatste dag is start + 18 maanden − 1;
      op start + 18 maanden zelf niet meer. "gedurende het gehele inburgeringstraject" van de
      onderwijsroute naar de B1-route.
    - Lid 2 (sinds de versie 2023-01-01): rondde hij een niet vrijstellende opleiding van art. 4.3 lid 2
      af of beëindigde hij die voortijdig "na het verstrijken van de termijn, bedoeld in het eerste
      lid", dan kan het college na dat einde de route toch wijzigen
      (``datum_einde_niet_vrijstellende_opleiding`` op of na start + 18 maanden en uiterlijk op de peildatum).
    - "In bijzondere gevallen" (lid 2 in 2022, lid 3 sinds 2023) mag het college afwijken: dat oordeel
      heeft geen criteria in de tekst en is geen invoer van het model.
    Alleen onder de Wi2021, met een vastgesteld PIP (dagtekening uiterlijk op de peildatum) dat een
    route bevat, en een gewenste route die een andere route is (``GEEN`` of dezelfde route is geen
    wijziging). Of er "onvoldoende voortgang of een grotere voortgang" is (Wi2021 art. 17 lid 2)
    beoordeelt het college.
    """

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Leerroute wijzigen toegestaan"
    reference = [artikel(WI2021, "17", lid=2), artikel(BI2021, "5.4", lid=1), artikel(BI2021, "5.4", lid=2)]

    def formula_2022_01_01(persoon, period, parameters):
        """Bi2021 art. 5.4 lid 1, versie 2022-01-01; de periode van 18 maanden uit de parameters."""
        kan_wijzigen, lid_1, _ = _lid_1(persoon, period, parameters)
        return kan_wijzigen & lid_1

    def formula_2023_01_01(persoon, period, parameters):
        """Bi2021 art. 5.4 lid 1 en lid 2, versie 2023-01-01."""
        kan_wijzigen, lid_1, einde_lid_1 = _lid_1(persoon, period, parameters)
        einde_opleiding = voor_peildatum(
            niet_voor_geboorte(persoon, "datum_einde_niet_vrijstellende_opleiding", period), peildatum(period)
        )
        opleiding_art_4_3 = persoon("niet_vrijstellende_opleiding_tijdens_termijn", period)
        lid_2 = opleiding_art_4_3 & ~is_nooit(einde_opleiding) & (einde_opleiding >= einde_lid_1)
        return kan_wijzigen & (lid_1 | lid_2)
