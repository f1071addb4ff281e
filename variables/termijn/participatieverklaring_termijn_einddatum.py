from datetime import date

import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT, NOOIT_DATE, add_days, as_days, is_nooit, later_of, peildatum, term_end
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime
from inburgering_rules.rules import begrensd, datum_parameter, niet_negatief, voor_peildatum
from inburgering_rules.traject import niet_voor_geboorte
from inburgering_rules.wetten import BI2013, WI2013, artikel


class participatieverklaring_termijn_einddatum(Variable):
    """Laatste dag van de termijn van één jaar voor het participatieverklaringstraject onder de Wet
    inburgering (2013), art. 7a (versie 2017-10-01, zelfde tekst 2021-12-31).

    - lid 1: "De inburgeringsplichtige rondt binnen één jaar het participatieverklaringstraject ... af."
    - lid 2: de termijn "vangt aan op het moment dat de vreemdeling inburgeringsplichtig is en
      ingeschreven is in de basisregistratie personen, met dien verstande dat indien hij rechtmatig
      verblijf heeft op grond van een verblijfsvergunning asiel bepaalde tijd ... het gaat om de
      inschrijving in de gemeente waar hij op grond van artikel 28 van de Huisvestingswet 2014 is
      gehuisvest": start = de latere van ``datum_aanvang_inburgeringsplicht`` en
      ``datum_inschrijving_brp`` (voor een asielstatushouder de huisvestingsgemeente, zoals bij het PIP).
    - lid 3: verlengd met ``participatieverklaring_verlenging_dagen``; en van rechtswege met een
      onderbreking van de plicht (``onderbreking_inburgeringsplicht_dagen``; Besluit inburgering art. 2.11,
      versie 2021-12-31: "De termijnen genoemd in de artikelen 7a, eerste lid, en 7b, eerste lid, van de
      wet worden verlengd met de duur van de periode, bedoeld in artikel 2.2, tweede lid").
    Laatste dag = start + 1 jaar − 1 dag + verlenging: start 2018-03-15 → 2019-03-14.

    Alleen voor het regime WI2013 en (aanname, parameter ``termijn.participatieverklaring.plicht_vanaf``)
    wie op of na 2017-10-01 plichtig werd; anders, of zolang de inschrijving (op de peildatum) niet
    gebeurde, 9999-12-31. Vóór 2017-10-01 bestaat de termijn niet.
    """

    value_type = date
    entity = Persoon
    definition_period = DAY
    default_value = NOOIT_DATE
    label = "Laatste dag termijn participatieverklaringstraject (Wi2013 art. 7a)"
    reference = [
        artikel(WI2013, "7a", lid=1, versie="2017-10-01"),
        artikel(WI2013, "7a", lid=2, versie="2017-10-01"),
        artikel(WI2013, "7a", lid=3, versie="2017-10-01"),
        artikel(BI2013, "2.11"),
    ]

    def formula_2017_10_01(persoon, period, parameters):
        """Wet inburgering art. 7a lid 1-3, versie 2017-10-01."""
        p = parameters(period).termijn.participatieverklaring
        regime_wi2013 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2013
        aanvang = as_days(persoon("datum_aanvang_inburgeringsplicht", period))
        inschrijving = voor_peildatum(niet_voor_geboorte(persoon, "datum_inschrijving_brp", period), peildatum(period))
        verlenging = niet_negatief(persoon, "participatieverklaring_verlenging_dagen", period)
        onderbreking = begrensd(
            persoon, "onderbreking_inburgeringsplicht_dagen", persoon("onderbreking_inburgeringsplicht_dagen", period),
            minimum=0, maximum=366,
        )

        plichtig_sinds_artikel_7a = ~is_nooit(aanvang) & (aanvang >= datum_parameter(p.plicht_vanaf))
        # Lid 2: plichtig "en" ingeschreven: the later of both days.
        start = later_of(aanvang, inschrijving)
        begonnen = regime_wi2013 & plichtig_sinds_artikel_7a & ~is_nooit(start)
        return np.where(begonnen, add_days(term_end(start, int(p.duur_jaren)), verlenging + onderbreking), NOOIT)
