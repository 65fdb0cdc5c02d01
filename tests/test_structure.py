"""The package keeps its shape: no private names across modules, no import cycles, plugins import.

The tree has one organising axis, the capability (``time``, ``names``, ``events``, ``statements``,
``quantities``), beside a few stage modules that only orchestrate (``extract``, ``normalize``,
``compare``); see docs/pipeline.md. These tests keep the two rules that hold it together:

- a module never imports another module's ``_private`` names, and a ``_private`` submodule is
  imported only by modules of its own package;
- the modules import each other without a cycle (counting the imports that run when a module is
  imported: not those inside functions, nor those under ``if TYPE_CHECKING:``).
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

import crosscheck
from crosscheck import plugins

PACKAGE = "crosscheck"
ROOT = Path(crosscheck.__file__).resolve().parent


def module_name(path: Path) -> str:
    """Return the dotted name of a module file under ``crosscheck/``."""
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {module_name(p): p for p in sorted(ROOT.rglob("*.py"))}
TREES: dict[str, ast.Module] = {
    name: ast.parse(path.read_text("utf-8"), str(path)) for name, path in MODULES.items()
}


def is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def within(module: str, package: str) -> bool:
    """Return True if ``module`` is ``package`` or inside it."""
    return module == package or module.startswith(package + ".")


def imported_from(module: str, node: ast.ImportFrom) -> str:
    """Return the absolute module name a ``from ... import`` reads from."""
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if MODULES[module].name != "__init__.py":
        base.pop()  # a module's relative imports start from its package
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports(tree: ast.Module, *, import_time_only: bool) -> Iterator[ast.Import | ast.ImportFrom]:
    """Yield a module's import statements; only those run at import time if asked."""

    def walk(nodes: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
        for node in nodes:
            if isinstance(node, ast.Import | ast.ImportFrom):
                yield node
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                if not import_time_only:
                    yield from walk(node.body)
            elif isinstance(node, ast.If) and is_type_checking(node.test):
                if not import_time_only:
                    yield from walk(node.body)
                yield from walk(node.orelse)
            else:
                for field in ("body", "orelse", "finalbody", "handlers", "cases"):
                    children = getattr(node, field, None)
                    if isinstance(children, list):
                        yield from walk(children)

    yield from walk(tree.body)


def is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def private_package(dotted: str) -> str | None:
    """Return the package that owns the first ``_private`` part of a dotted module name, if any."""
    parts = dotted.split(".")
    for i, part in enumerate(parts):
        if is_private(part):
            return ".".join(parts[:i])
    return None


def targets(module: str, node: ast.Import | ast.ImportFrom) -> Iterator[tuple[str, str | None]]:
    """Yield (module imported, name imported from it or None) for one import statement."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            yield alias.name, None
        return
    source = imported_from(module, node)
    for alias in node.names:
        submodule = f"{source}.{alias.name}"
        if submodule in MODULES:
            yield submodule, None  # ``from package import submodule``
        else:
            yield source, alias.name


def private_imports() -> Iterator[str]:
    for module, tree in TREES.items():
        for node in imports(tree, import_time_only=False):
            for target, name in targets(module, node):
                if not within(target, PACKAGE):
                    continue
                owner = private_package(target)
                if owner is not None and not within(module, owner):
                    yield f"{module} line {node.lineno}: imports {target}, private to {owner}"
                if name is not None and is_private(name) and target != module:
                    yield f"{module} line {node.lineno}: imports {target}.{name}"


def test_no_module_imports_another_modules_private_names() -> None:
    found = list(private_imports())
    assert not found, "private names imported across modules:\n" + "\n".join(found)


def import_graph() -> dict[str, set[str]]:
    """Return, per module, the crosscheck modules importing it runs (packages included)."""
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for module, tree in TREES.items():
        for node in imports(tree, import_time_only=True):
            for target, _ in targets(module, node):
                parts = target.split(".")
                # Importing ``a.b.c`` first runs ``a`` and ``a.b``; the packages the importer is in
                # are being imported already.
                for i in range(1, len(parts) + 1):
                    prefix = ".".join(parts[:i])
                    if prefix in MODULES and prefix != module and not within(module, prefix):
                        graph[module].add(prefix)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """Return one import cycle as a path (first module repeated at the end), or None."""
    done: set[str] = set()
    for root in sorted(graph):
        if root in done:
            continue
        path: list[str] = [root]
        on_path = {root}
        stack = [iter(sorted(graph[root]))]
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                stack.pop()
                done.add(path[-1])
                on_path.discard(path.pop())
            elif nxt in on_path:
                return [*path[path.index(nxt) :], nxt]
            elif nxt not in done:
                path.append(nxt)
                on_path.add(nxt)
                stack.append(iter(sorted(graph[nxt])))
    return None


def test_modules_import_without_cycles() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or ())


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


@pytest.mark.parametrize("module", plugins.BUILTIN_MODULES)
def test_every_builtin_module_imports(module: str) -> None:
    assert module in MODULES, f"{module} is listed in plugins.BUILTIN_MODULES but has no file"
    importlib.import_module(module)
