"""Where the rule folders live: an explicit override, the installed wheel, or the repository."""

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def rules_root() -> Path:
    """The folder holding ``parameters/`` and ``variables/``.

    ``INBURGERING_RULES_ROOT`` wins (used by ``impact`` to load another revision's parameters);
    then the copy a non-editable wheel ships in ``_data``; then the repository checkout.
    """
    override = os.environ.get("INBURGERING_RULES_ROOT")
    if override:
        return Path(override).resolve()
    shipped = _PACKAGE / "_data"
    if (shipped / "parameters").is_dir():
        return shipped
    return _PACKAGE.parent


ROOT = rules_root()
PARAMETERS_DIR = ROOT / "parameters"
VARIABLES_DIR = ROOT / "variables"
