"""inburgering-rules: the Dutch civic-integration law as an OpenFisca country package.

``CountryTaxBenefitSystem`` is the name ``openfisca test -c inburgering_rules`` and
``openfisca serve -c inburgering_rules`` look for.
"""

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from .entities import entities
from .paths import PARAMETERS_DIR, VARIABLES_DIR
from .veilig_yaml import controleer_boom, installeer

# Before any parameter file is read: OpenFisca's own loader would run a ``!!python/…`` tag.
installeer()

__version__ = "0.1.0"


class CountryTaxBenefitSystem(TaxBenefitSystem):
    """The rules: entities, the parameter tree and every variable under ``variables/``."""

    def __init__(self, parameters_dir=PARAMETERS_DIR, variables_dir=VARIABLES_DIR):
        super().__init__(entities)
        controleer_boom(parameters_dir)
        self.load_parameters(str(parameters_dir))
        self.add_variables_from_directory(str(variables_dir))
