"""YAML read as a tree of nodes that keep their line numbers, so a check can say "line 12".

OpenFisca reads parameter files with ``yaml.load``, which forgets where each key stood. Here the
file is *composed* (not constructed): every key and value stays a ``yaml.Node`` with its
``start_mark``. Scalars are turned into Python values the way OpenFisca does it: a date such as
``2022-01-01`` stays the text ``"2022-01-01"`` (OpenFisca's loader does not build ``date`` objects).
"""

from __future__ import annotations

import yaml

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_CONSTRUCTOR = yaml.SafeLoader("")


class YamlFout(Exception):
    """The file is not valid YAML: what the parser said and on which line (1-based; None if unknown)."""

    def __init__(self, regel: int | None, probleem: str):
        super().__init__(probleem)
        self.regel = regel
        self.probleem = probleem


def lees(tekst: str) -> yaml.Node | None:
    """The root node of a YAML text (None for an empty file); ``YamlFout`` when it does not parse."""
    try:
        return yaml.compose(tekst, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as fout:
        mark = fout.problem_mark or fout.context_mark
        probleem = " ".join(p for p in (fout.context, fout.problem) if p)
        raise YamlFout(mark.line + 1 if mark else None, probleem or str(fout)) from fout
    except yaml.YAMLError as fout:
        raise YamlFout(None, str(fout)) from fout


def regel(node: yaml.Node) -> int:
    """The 1-based line on which a node starts."""
    return node.start_mark.line + 1


def is_mapping(node) -> bool:
    return isinstance(node, yaml.MappingNode)


def is_lijst(node) -> bool:
    return isinstance(node, yaml.SequenceNode)


def paren(mapping: yaml.MappingNode) -> list[tuple[str, yaml.Node, yaml.Node]]:
    """(key text, key node, value node) in file order; ``<<:`` merges are resolved first."""
    _CONSTRUCTOR.flatten_mapping(mapping)
    return [(str(waarde(k)), k, v) for k, v in mapping.value]


def als_dict(mapping: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """Key text → (key node, value node); for a duplicated key, the last one (as YAML keeps it)."""
    return {naam: (k, v) for naam, k, v in paren(mapping)}


def dubbele_sleutels(mapping: yaml.MappingNode) -> list[tuple[str, int, int]]:
    """(key, first line, repeated line) for each key that occurs twice in one mapping."""
    gezien: dict[str, int] = {}
    dubbel = []
    for naam, k, _v in paren(mapping):
        if naam in gezien:
            dubbel.append((naam, gezien[naam], regel(k)))
        else:
            gezien[naam] = regel(k)
    return dubbel


def waarde(node: yaml.Node):
    """The Python value of a node; dates stay text, as in OpenFisca."""
    if isinstance(node, yaml.ScalarNode):
        if node.tag == _TIMESTAMP:
            return node.value
        return _CONSTRUCTOR.construct_object(node, deep=True)
    if is_lijst(node):
        return [waarde(n) for n in node.value]
    return {naam: waarde(v) for naam, _k, v in paren(node)}


def alle_mappings(node: yaml.Node):
    """Every mapping in the tree (each once, even when an alias repeats it)."""
    gezien, stapel = set(), [node]
    while stapel:
        huidig = stapel.pop()
        if id(huidig) in gezien or not isinstance(huidig, (yaml.MappingNode, yaml.SequenceNode)):
            continue
        gezien.add(id(huidig))
        if is_mapping(huidig):
            yield huidig
            stapel.extend(v for _k, v in huidig.value)
        else:
            stapel.extend(huidig.value)
