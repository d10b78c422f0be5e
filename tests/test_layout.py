"""The package's shape (docs/architecture.md): the command line is briefings/cli/ only, no
module imports another's private names, and no import cycle runs at import or call time."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefings"


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _modules()


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """ids of the nodes inside `if TYPE_CHECKING:` blocks (imports for the type checker only)."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.If)
            and isinstance(node.test, ast.Name)
            and node.test.id == "TYPE_CHECKING"
        ):
            for child in node.body:
                skip.update(id(n) for n in ast.walk(child))
    return skip


def _imports(name: str) -> list[tuple[str, ast.ImportFrom | ast.Import]]:
    """(imported module, node) of every import a module runs (top level or inside a
    function), resolved to the package's modules."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_nodes(tree)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out: list[tuple[str, ast.ImportFrom | ast.Import]] = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                full = ".".join(base + ([node.module] if node.module else []))
            else:
                full = node.module or ""
            targets = [f"{full}.{a.name}" for a in node.names if f"{full}.{a.name}" in MODULES]
            out += [(t, node) for t in targets or ([full] if full in MODULES else [])]
        elif isinstance(node, ast.Import):
            out += [(a.name, node) for a in node.names if a.name in MODULES]
    return out


def test_only_the_cli_package_imports_click():
    users = sorted(
        name
        for name, path in MODULES.items()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, (ast.Import, ast.ImportFrom))
        and any(
            (a.name if isinstance(node, ast.Import) else node.module or "").split(".")[0] == "click"
            for a in node.names
        )
    )
    assert users and all(name.startswith("briefings.cli") for name in users), users


def test_no_module_imports_another_modules_private_names():
    found = [
        f"{name} imports {target}.{alias.name}"
        for name in MODULES
        for target, node in _imports(name)
        if isinstance(node, ast.ImportFrom) and target != name
        for alias in node.names
        if alias.name.startswith("_") and not alias.name.startswith("__")
    ]
    assert not found, found


def test_there_is_no_import_cycle():
    """Counting imports inside functions too (a lazy import is still a dependency); the
    ones for the type checker alone do not run and are left out."""
    graph = {
        name: {t for t, _ in _imports(name) if t != name and t != "briefings"} for name in MODULES
    }
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        order[v] = low[v] = len(order)
        stack.append(v)
        for w in graph[v]:
            if w not in order:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], order[w])
        if low[v] == order[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in graph:
        if v not in order:
            visit(v)
    assert not cycles, cycles
