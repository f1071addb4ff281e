"""Safe loading of the parameter YAML, in one place (issue #11).

OpenFisca reads parameter files with ``yaml.CLoader``, PyYAML's *unsafe* loader: a tag such as
``!!python/object/apply:os.system [...]`` anywhere in a file runs code while the rules load (API
start-up, ``inburgering-rules check``, ``impact``). ``installeer()`` swaps OpenFisca's loader for
``ParameterLoader``: the safe constructor, OpenFisca's two additions (dates stay text, duplicate
keys refused), and a check of the composed tree before anything is constructed:

- only the plain YAML tags (str, int, float, bool, null, seq, map, timestamp, merge);
- no recursive alias (``&a [*a]``) and no alias bomb (a tree that expands beyond ``MAX_NODES``);

``boom_problemen`` refuses symlinks that leave the parameter tree or loop. The same checks serve
``inburgering-rules check``, which reports them with file and line instead of raising.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import yaml

try:
    from yaml import CSafeLoader as _SafeBase
except ImportError:  # pragma: no cover - libyaml missing: the pure-Python safe loader
    from yaml import SafeLoader as _SafeBase

_STANDARD = "tag:yaml.org,2002:"
TOEGESTANE_TAGS = frozenset(
    _STANDARD + naam for naam in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp", "merge")
)
# The largest parameter file today expands to a few hundred nodes; a billion-laughs file to 10^9.
MAX_NODES = 100_000


class OnveiligeYaml(yaml.MarkedYAMLError):
    """A file the loader refuses before constructing anything; ``problem_mark`` gives the line."""


def knoop_problemen(root: yaml.Node | None) -> list[tuple[int, str, str]]:
    """(1-based line, Dutch text, English text) for each tag, recursion or alias bomb in the tree.

    The walk memoises the expanded size per node, so an alias bomb costs linear time, not exponential.
    """
    if root is None:
        return []
    problemen: list[tuple[int, str, str]] = []
    grootte: dict[int, int] = {}
    bezig: set[int] = set()
    gemeld_tags: set[int] = set()

    def regel(node) -> int:
        return node.start_mark.line + 1

    # An explicit stack (a deep file must not hit Python's recursion limit): (node, children done?).
    stapel: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stapel:
        node, klaar = stapel.pop()
        sleutel = id(node)
        if klaar:
            bezig.discard(sleutel)
            kinderen = _kinderen(node)
            grootte[sleutel] = 1 + sum(grootte.get(id(k), 0) for k in kinderen)
            continue
        if sleutel in grootte:
            continue
        if sleutel in bezig:
            problemen.append((regel(node), "een alias verwijst naar zichzelf (recursieve alias)",
                              "an alias refers to itself (recursive alias)"))
            return problemen
        if node.tag not in TOEGESTANE_TAGS and sleutel not in gemeld_tags:
            gemeld_tags.add(sleutel)
            problemen.append((regel(node), f"niet-standaard YAML-tag '{node.tag}' (alleen gewone waarden zijn toegestaan; "
                                           "zo'n tag kan code uitvoeren)",
                              f"non-standard YAML tag '{node.tag}' (only plain values are allowed; such a tag can run code)"))
        bezig.add(sleutel)
        stapel.append((node, True))
        stapel.extend((k, False) for k in _kinderen(node))
    if grootte.get(id(root), 0) > MAX_NODES:
        problemen.append((regel(root), f"de aliassen blazen het bestand op tot meer dan {MAX_NODES} knopen (alias-bom)",
                          f"the aliases expand the file beyond {MAX_NODES} nodes (alias bomb)"))
    return problemen


def _kinderen(node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for paar in node.value for n in paar]
    return []


def _date_as_text(_loader, node):
    return node.value


def _mapping_without_duplicates(loader, node, deep=False):
    keys = [key.value for key, _value in node.value]
    if len(keys) != len(set(keys)):
        duplicate = next(key for key in keys if keys.count(key) > 1)
        raise yaml.constructor.ConstructorError(None, None, f"Found duplicate key '{duplicate}'", node.start_mark)
    return loader.construct_mapping(node, deep)


class ParameterLoader(_SafeBase):
    """The safe loader, with OpenFisca's behaviour for dates and duplicate keys."""

    def get_single_node(self):
        node = super().get_single_node()
        if problemen := knoop_problemen(node):
            regel, _nl, en = problemen[0]
            mark = yaml.Mark(getattr(self, "name", "<file>"), 0, regel - 1, 0, None, None)
            raise OnveiligeYaml(None, None, en, mark)
        return node


ParameterLoader.add_constructor("tag:yaml.org,2002:timestamp", _date_as_text)
ParameterLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def laad(tekst_of_bestand):
    """A parameter file's data, safely; ``yaml.YAMLError`` (incl. ``OnveiligeYaml``) when refused."""
    return yaml.load(tekst_of_bestand, Loader=ParameterLoader)  # noqa: S506 - ParameterLoader is safe


def boom_problemen(parameters_dir: Path) -> list[tuple[Path, str, str]]:
    """(path, Dutch, English) for each symlink that leaves the tree, loops or is broken."""
    wortel = Path(parameters_dir).resolve()
    problemen = []
    for map_, mappen, bestanden in os.walk(wortel, followlinks=False):
        for naam in mappen + bestanden:
            pad = Path(map_) / naam
            if not pad.is_symlink():
                continue
            try:
                doel = pad.resolve(strict=True)
            except (OSError, RuntimeError):
                problemen.append((pad, "symbolische link die nergens heen wijst of een lus vormt",
                                  "symbolic link that is broken or forms a loop"))
                continue
            if doel != wortel and wortel not in doel.parents:
                problemen.append((pad, f"symbolische link wijst buiten de parametermap (naar {doel})",
                                  f"symbolic link points outside the parameter folder (to {doel})"))
            elif doel.is_dir() and (doel == pad.parent.resolve() or doel in pad.parent.resolve().parents):
                problemen.append((pad, "symbolische link naar een bovenliggende map: een lus",
                                  "symbolic link to an enclosing folder: a loop"))
    return problemen


class OnveiligeParameterboom(ValueError):
    """The parameter tree holds a link the loader must not follow."""


def controleer_boom(parameters_dir) -> None:
    if problemen := boom_problemen(Path(parameters_dir)):
        pad, _nl, en = problemen[0]
        raise OnveiligeParameterboom(f"{pad}: {en}")


def installeer() -> None:
    """Make OpenFisca's parameter loading use ``ParameterLoader``; idempotent, done at package import."""
    from openfisca_core.parameters import config

    config.Loader = ParameterLoader
    # ``openfisca test`` reads the YAML scenarios with its own copy of the unsafe loader; it imports
    # its runner before the country package, so the runner is patched here too when it is loaded.
    test_runner = sys.modules.get("openfisca_core.tools.test_runner")
    if test_runner is not None and hasattr(test_runner, "Loader"):
        test_runner.Loader = ParameterLoader
