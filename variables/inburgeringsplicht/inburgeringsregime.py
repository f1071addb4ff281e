from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import is_nooit
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime
from inburgering_rules.rules import datum_parameter, eerste_van_toepassing
from inburgering_rules.wetten import WI2021, artikel


class inburgeringsregime(Variable):
    """Welke wet de persoon beheerst. Wi2021 art. 54: wie vóór 2022-01-01 inburgeringsplichtig werd,
    blijft onder de Wet inburgering (2013). Een vrijgestelde of ontheven persoon houdt het regime
    dat hem vrijstelt; ``GEEN`` als de wet hem niet bereikt."""

    value_type = Enum
    possible_values = Inburgeringsregime
    default_value = Inburgeringsregime.GEEN
    entity = Persoon
    definition_period = DAY
    label = "Inburgeringsregime"
    reference = [artikel(WI2021, "54")]

    def formula(persoon, period, parameters):
        """Sinds 2022-01-01 (Stb. 2021, 586) bepaalt de aanvangsdatum het regime."""
        aanvang = persoon("datum_aanvang_inburgeringsplicht", period)
        inwerkingtreding = datum_parameter(parameters(period).inburgeringsplicht.inwerkingtreding_wi2021)
        return eerste_van_toepassing(
            [
                (Inburgeringsregime.GEEN, is_nooit(aanvang)),
                (Inburgeringsregime.WI2013, aanvang < inwerkingtreding),
            ],
            anders=Inburgeringsregime.WI2021,
        )
