from datetime import date

import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import NOOIT_DATE, add_years, later_of, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.rules import datum_parameter, voor_peildatum
from inburgering_rules.traject import niet_voor_geboorte
from inburgering_rules.wetten import WI2013, WI2021, artikel

# The Wet inburgering as it read before 2013 (regime WI2007).
WI2007_ART_3 = artikel(WI2013, "3", lid=4, versie="2012-11-01")


class datum_aanvang_indien_binnen_de_wet(Variable):
    """Dag waarop de inburgeringsplicht ingaat als de wet de persoon bereikt, vóór de toets van de redenen
    die hem buiten de wet plaatsen (``REDENEN_BUITEN_DE_WET``). ``datum_aanvang_inburgeringsplicht`` is deze
    dag, of 9999-12-31 als zo'n reden geldt; het regime volgt uit deze dag (``toepasselijke_inburgeringswet``).

    De laatste van:
    - de bekendmaking van het verblijfsrecht (Wi2021 art. 3 lid 1 "rechtmatig verblijf verkrijgt");
    - het einde van de kwalificatieplicht (Leerplichtwet 1969 art. 4b: 18 jaar of de startkwalificatie; dan
      telt de minimumleeftijd van 16, Wi2021 art. 3 lid 1) - onder de Wi2013 "niet inburgeringsplichtig"
      zolang iemand "leerplichtig of kwalificatieplichtig is" (art. 5 lid 1 d);
    - de inwerkingtreding van de Wet inburgering, 2007-01-01 (art. 3 lid 4, versie 2012-11-01: "wordt niet
      met terugwerkende kracht gevestigd");
    - voor wie vóór 2022 aansluitend op de kwalificatieplicht een vrijstellende opleiding volgde en daarmee
      stopte: de dag van stoppen, want tot dan was hij "niet inburgeringsplichtig" (Wi2013 art. 5 lid 1 e).
      Onder de Wi2021 is zo'n opleiding een vrijstelling (art. 4 lid 1 d) die de aanvang niet verschuift.
    """

    value_type = date
    entity = Persoon
    definition_period = DAY
    default_value = NOOIT_DATE
    label = "Datum aanvang inburgeringsplicht als de wet de persoon bereikt"
    reference = [artikel(WI2021, "3", lid=1), artikel(WI2013, "5", lid=1), WI2007_ART_3]

    def formula(persoon, period, parameters):
        """Sinds 2013-01-01; leeftijden uit de parameters op de peildatum."""
        dag = peildatum(period)
        p = parameters(period).inburgeringsplicht
        leeftijd_einde_kwalificatieplicht = np.where(
            persoon("heeft_startkwalificatie", period),
            p.minimumleeftijd,
            p.einde_kwalificatieplicht_leeftijd,
        )
        einde_kwalificatieplicht = add_years(persoon("geboortedatum", period), leeftijd_einde_kwalificatieplicht)
        aanvang = np.maximum(
            later_of(persoon("datum_verblijfsrecht", period), einde_kwalificatieplicht),
            datum_parameter(p.inwerkingtreding_wi2007),
        )
        gestopt_op = voor_peildatum(niet_voor_geboorte(persoon, "datum_einde_vrijstellende_opleiding", period), dag)
        wi2013_uitzondering_beeindigd = (
            persoon("volgt_vrijstellende_opleiding", period)
            & (gestopt_op <= dag)
            & (aanvang < datum_parameter(p.inwerkingtreding_wi2021))
        )
        return np.where(wi2013_uitzondering_beeindigd, later_of(aanvang, gestopt_op), aanvang)
