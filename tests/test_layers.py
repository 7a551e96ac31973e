"""The core's layering: no import cycles between its modules, feature modules kept small."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "core"
FEATURE_LIMIT = 400  # lines of a feature module (core/features/)
DISPATCHER_LIMIT = 400  # lines of core/conversation.py: the dispatcher only


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module(path): path for path in CORE.rglob("*.py")}


def _imports(path: Path) -> set[str]:
    """Return the core modules a file imports when it is loaded (not in functions, not for
    type checking only)."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from core import markup` imports the module core.markup, not what
            # core/__init__.py gathers for the adapters
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in MODULES else node.module)
    return {name for name in found if name in MODULES}


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """Return one import cycle of the graph, or [] when it has none."""
    state: dict[str, int] = {}  # 1: on the path being walked, 2: done
    path: list[str] = []

    def walk(module: str) -> list[str]:
        state[module] = 1
        path.append(module)
        for nxt in sorted(graph[module]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := walk(nxt)):
                return found
        path.pop()
        state[module] = 2
        return []

    for module in sorted(graph):
        if module not in state and (found := walk(module)):
            return found
    return []


def test_core_modules_import_no_cycle() -> None:
    graph = {name: {m for m in _imports(path) if m != name} for name, path in MODULES.items()}
    assert _cycle(graph) == []


def test_the_cycle_check_would_catch_one() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) == []


def test_the_dispatcher_and_each_feature_stay_small() -> None:
    dispatcher = CORE / "conversation.py"
    assert len(dispatcher.read_text(encoding="utf-8").splitlines()) <= DISPATCHER_LIMIT
    for path in (CORE / "features").glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= FEATURE_LIMIT, path.name
