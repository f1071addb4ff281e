"""The layout the code promises: the model package owns the computation, ``api/`` only speaks HTTP.

Every import is read from the source (module level and inside functions alike), so a lazy import
cannot hide a cycle or an arrow from the model back up into the HTTP layer.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("inburgering_rules", "api")


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            candidates = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for candidate in candidates:
            # the longest known module the import names: a submodule, else its package
            while candidate and candidate not in modules:
                candidate = candidate.rpartition(".")[0]
            if candidate and candidate != name:
                targets.add(candidate)
    return targets


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def test_the_model_never_imports_the_http_layer():
    arrows = [(a, b) for a, targets in _graph().items() if a.startswith("inburgering_rules")
              for b in targets if b == "api" or b.startswith("api.")]
    assert arrows == []


def test_no_import_cycles():
    graph = _graph()
    cycles, state = [], {}

    def visit(node, stack):
        state[node] = "open"
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                cycles.append(stack[stack.index(target):] + [target])
            elif target not in state:
                visit(target, stack + [target])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_the_check_finds_a_cycle_and_an_upward_arrow(tmp_path, monkeypatch):
    """The two tests above must be able to fail: a planted cycle and arrow are seen."""
    for package in PACKAGES:
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    (tmp_path / "inburgering_rules" / "a.py").write_text("def f():\n    from .b import g\n")
    (tmp_path / "inburgering_rules" / "b.py").write_text("from . import a\nimport api.main\n")
    (tmp_path / "api" / "main.py").write_text("")
    monkeypatch.setattr(__import__(__name__), "ROOT", tmp_path)
    graph = _graph()
    assert "inburgering_rules.b" in graph["inburgering_rules.a"]
    assert {"inburgering_rules.a", "api.main"} <= graph["inburgering_rules.b"]


def test_regressie_the_rules_were_built_twice_by_concurrent_threads():
    """Dask's worker threads asked for the rules at once and both built them (the second crashing in
    CPython 3.11.7's ast): ``systeem()`` builds once, whoever asks first."""
    import threading

    from inburgering_rules import systeem as module

    gebouwd = []
    echt = module.CountryTaxBenefitSystem

    def tel(*args, **kwargs):
        gebouwd.append(1)
        return echt(*args, **kwargs)

    bewaard, module._SYSTEEM, module.CountryTaxBenefitSystem = module._SYSTEEM, None, tel
    try:
        threads = [threading.Thread(target=module.systeem) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(gebouwd) == 1
    finally:
        module._SYSTEEM, module.CountryTaxBenefitSystem = bewaard, echt
