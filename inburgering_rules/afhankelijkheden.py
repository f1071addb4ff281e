"""What each formula reads, found in its source: the variables and parameters it uses, and who uses it.

Static analysis of the formulas (``ast``), not a hand-kept list:
- a variable is *used* when its name appears as a string in the formula (``persoon("geboortedatum",
  period)``, ``vereist(persoon, "diploma", …)``) or in a shared helper the formula calls (the helpers of
  ``inburgering_rules``: ``wi2021_plichtige`` reads ``inburgeringsplichtig`` and ``inburgeringsregime``);
- a parameter is *used* when the formula follows ``parameters(period)`` down to it, directly
  (``parameters(period).termijn.duur_jaren``), through a name (``p = parameters(period).boetes.duo`` …
  ``p.pvt``), or names its path as a string (``parameterwaarde(parameters, period, "financiering.spuk…")``).
A path is cut at the deepest node that exists, so a table read whole (``opzoektabel(p.vrijstellende_diplomas, …)``)
links to its node.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass
class Gebruik:
    variabelen: set[str] = field(default_factory=set)
    parameters: set[str] = field(default_factory=set)


def _bron(functie) -> ast.AST | None:
    """The parsed source of a function, each node knowing its parent (``_ouder``)."""
    try:
        boom = ast.parse(textwrap.dedent(inspect.getsource(functie)))
    except (OSError, TypeError, SyntaxError):
        return None
    for node in ast.walk(boom):
        for kind in ast.iter_child_nodes(node):
            kind._ouder = node
    return boom


def _keten(node) -> list[str] | None:
    """``['a', 'b']`` for ``X.a.b`` where X is ``parameters(…)``; the alias name first for ``p.a.b``."""
    namen = []
    while isinstance(node, ast.Attribute):
        namen.append(node.attr)
        node = node.value
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "parameters":
        return ["", *reversed(namen)]
    if isinstance(node, ast.Name):
        return [node.id, *reversed(namen)]
    return None


def _analyseer(functie, variabelen: set[str], bladen: set[str], knopen: set[str], gezien: set) -> Gebruik:
    gebruik = Gebruik()
    if functie in gezien:
        return gebruik
    gezien.add(functie)
    boom = _bron(functie)
    if boom is None:
        return gebruik
    aliassen: dict[str, str] = {}
    alias_waarden = set()
    for node in ast.walk(boom):  # aliases first: p = parameters(period).boetes.duo
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            keten = _keten(node.value)
            if keten and keten[0] == "":
                aliassen[node.targets[0].id] = ".".join(keten[1:])
                alias_waarden.add(id(node.value))
    for node in ast.walk(boom):
        if id(node) in alias_waarden:
            continue  # the alias's own path is not a read; what is read below it is
        if isinstance(node, ast.JoinedStr):  # a path built in the source: every parameter it can name
            begin = "".join(d.value for d in node.values[:1] if isinstance(d, ast.Constant) and isinstance(d.value, str))
            if begin and "." in begin:
                gebruik.parameters |= {b for b in bladen if b.startswith(begin)}
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value in variabelen:
                gebruik.variabelen.add(node.value)
            elif node.value in bladen or node.value in knopen:
                gebruik.parameters.add(node.value)
        elif isinstance(node, ast.Attribute) and not isinstance(getattr(node, "_ouder", None), ast.Attribute):
            keten = _keten(node)
            if not keten or (keten[0] and keten[0] not in aliassen):
                continue
            pad = [p for p in (aliassen.get(keten[0], "").split(".") if keten[0] else []) if p] + keten[1:]
            _voeg_pad_toe(gebruik, pad, bladen, knopen)
        elif isinstance(node, ast.Call):
            helper = _helper(functie, node.func)
            if helper is not None:
                binnen = _analyseer(helper, variabelen, bladen, knopen, gezien)
                gebruik.variabelen |= binnen.variabelen
                gebruik.parameters |= binnen.parameters
    for pad in aliassen.values():  # an alias read as a whole (passed on to a helper)
        if pad in bladen:
            gebruik.parameters.add(pad)
    return gebruik


def _voeg_pad_toe(gebruik: Gebruik, pad: list[str], bladen: set[str], knopen: set[str]) -> None:
    for lengte in range(len(pad), 0, -1):
        naam = ".".join(pad[:lengte])
        if naam in bladen or (naam in knopen and lengte == len(pad)):
            gebruik.parameters.add(naam)
            return
        if naam in knopen:  # cut at the deepest existing node below which the rest is an attribute call
            gebruik.parameters.add(naam)
            return


def _helper(functie, aanroep):
    """The helper a call resolves to: a shared one of ``inburgering_rules``, or one defined beside the
    formula in its own variable file (``_gebeurtenissen`` in ``pip_uiterste_datum``); else None."""
    naam = aanroep.id if isinstance(aanroep, ast.Name) else None
    if naam is None:
        return None
    doel = getattr(functie, "__globals__", {}).get(naam)
    if not inspect.isfunction(doel):
        return None
    module = doel.__module__ or ""
    if module.startswith("inburgering_rules") or module == getattr(functie, "__module__", None):
        return doel
    return None


@lru_cache(maxsize=4)
def _graaf(tbs) -> tuple[dict[str, Gebruik], dict[str, set[str]], dict[str, set[str]]]:
    from openfisca_core.parameters import Parameter

    variabelen = set(tbs.variables)
    alle = list(tbs.parameters.get_descendants())
    bladen = {p.name for p in alle if isinstance(p, Parameter)}
    knopen = {p.name for p in alle if not isinstance(p, Parameter)}
    gebruik: dict[str, Gebruik] = {}
    for naam, variabele in tbs.variables.items():
        totaal = Gebruik()
        for formule in (variabele.formulas or {}).values():
            deel = _analyseer(formule, variabelen, bladen, knopen, set())
            totaal.variabelen |= deel.variabelen
            totaal.parameters |= deel.parameters
        totaal.variabelen.discard(naam)
        gebruik[naam] = totaal
    gebruikt_door: dict[str, set[str]] = {naam: set() for naam in variabelen}
    parameter_door: dict[str, set[str]] = {}
    for naam, g in gebruik.items():
        for v in g.variabelen:
            gebruikt_door[v].add(naam)
        for p in g.parameters:
            parameter_door.setdefault(p, set()).add(naam)
    return gebruik, gebruikt_door, parameter_door


def gebruikt(tbs, naam: str) -> Gebruik:
    """What the formulas of variable ``naam`` read."""
    return _graaf(tbs)[0].get(naam, Gebruik())


def gebruikt_door(tbs, naam: str) -> set[str]:
    """The variables whose formulas read variable ``naam``."""
    return _graaf(tbs)[1].get(naam, set())


def parameter_gebruikt_door(tbs, naam: str) -> set[str]:
    """The variables whose formulas read parameter ``naam`` (or a node above or below it)."""
    door = _graaf(tbs)[2]
    return {v for pad, namen in door.items() if pad == naam or pad.startswith(naam + ".") or naam.startswith(pad + ".")
            for v in namen}
