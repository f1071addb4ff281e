"""The model version: the package version plus a content hash of ``parameters/`` and ``variables/``.

Two instances whose law differs (one figure in one YAML file) answer under different versions, so an
answer can be reproduced from the version it carries: ``0.1.0+3f9a0c2e51d4``. The hash covers every
file's path (relative to its tree) and bytes, in sorted order; caches and bytecode do not count.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from . import __version__
from .paths import PARAMETERS_DIR, VARIABLES_DIR

_SKIP = ("__pycache__",)


def inhoud_hash(*mappen: Path) -> str:
    digest = hashlib.sha256()
    for map_ in mappen:
        for pad in sorted(p for p in map_.rglob("*") if p.is_file()):
            if any(part in _SKIP for part in pad.parts) or pad.suffix == ".pyc":
                continue
            digest.update(f"{map_.name}/{pad.relative_to(map_).as_posix()}\0".encode())
            digest.update(pad.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()


@functools.cache
def model_version(parameters: Path = PARAMETERS_DIR, variables: Path = VARIABLES_DIR) -> str:
    return f"{__version__}+{inhoud_hash(parameters, variables)[:12]}"
