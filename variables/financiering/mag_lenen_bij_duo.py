from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Doelgroep, Inburgeringsregime
from inburgering_rules.wetten import WI2013, WI2021, artikel


class mag_lenen_bij_duo(Variable):
    """Kan de inburgeringsplichtige op de peildatum bij DUO lenen voor cursus en examens?

    - Wi2021, asielstatushouder: nee; de gemeente betaalt de leerroute en twee examenpogingen.
    - Wi2021, gezins- of overige migrant: ja (bedrag naar inkomen; geen maximum gepubliceerd).
    - Wi2013 (art. 16 en 17): iedereen, ten hoogste € 10.000 (DUO).
    Het artikel van de Wi2021 over de lening is niet geverifieerd (vermoedelijk art. 20); de regels
    hierboven zijn die van DUO (bevestigd). Wi2021 art. 54 houdt de Wi2013-lening in stand.
    Alleen wie op de peildatum inburgeringsplichtig is: de lening dient om aan de plicht te voldoen
    (aanname; wie vrijgesteld, ontheven of al geslaagd is, leent niet).
    """

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Mag lenen bij DUO"
    reference = [artikel(WI2013, "16"), artikel(WI2013, "17"), artikel(WI2021, "54")]

    def formula(persoon, period, parameters):
        """Sinds 2013-01-01 (Wi2013 art. 16); sinds 2022-01-01 niet meer voor asielstatushouders onder
        de Wi2021, voor wie de gemeente het inburgeringsaanbod betaalt."""
        inburgeringsplichtig = persoon("inburgeringsplichtig", period)
        regime = persoon("inburgeringsregime", period)
        doelgroep = persoon("doelgroep", period)

        wi2013 = regime == Inburgeringsregime.WI2013
        wi2021_gezins_of_overige_migrant = (regime == Inburgeringsregime.WI2021) & (
            (doelgroep == Doelgroep.GEZINSMIGRANT) | (doelgroep == Doelgroep.OVERIGE_MIGRANT)
        )
        return inburgeringsplichtig & (wi2013 | wi2021_gezins_of_overige_migrant)
