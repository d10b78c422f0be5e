"""The package's shape (docs/architecture.md): the command line is briefings/cli/ only, no
module imports another's private names, and no import cycle runs at import or call time."""

from __future__ import annotations

import ast
import re
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


# The project's folder names (briefings/project.py) as path segments; "briefings" is
# templates/briefings/, "build" the default output build/site/.
LAYOUT_SEGMENTS = {"templates", "sources", "locales", "LC_MESSAGES", "briefings", "build"}
# names that are never anything but a folder of the project, wherever they stand
LAYOUT_NAMES = {"templates", "sources", "locales", "LC_MESSAGES"}
# a string that starts with a path of the project (a message's file=..., a pattern)
LAYOUT_PATH = re.compile(r"(sources|templates|locales)/|build/site\b")
# calls whose string arguments are paths
PATH_CALLS = {"Path", "PurePath", "PurePosixPath", "joinpath", "join", "glob", "rglob"}
# Spelled elsewhere on purpose, with the reason. writers/docx/ is another engineer's in this
# round: its command line's default output (`make reference` passes the path anyway).
LAYOUT_EXCEPTIONS: set[tuple[str, str]] = set()


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _literal_parts(node: ast.AST) -> list[str]:
    """The literal text of a string constant or an f-string (its constant parts)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant)]
    return []


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def layout_spellings(source: str) -> list[tuple[int, str]]:
    """(line, text) of every project path spelled in a module: a folder name of the layout
    used as a path segment (in a `/` expression or a path call) or standing alone (a tuple
    of folders), or a string that starts with a project path."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        segments: list[ast.AST] = []
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            segments = [node.left, node.right]
        elif isinstance(node, ast.Call) and _call_name(node) in PATH_CALLS:
            segments = list(node.args)
        for part in segments:
            for text in _literal_parts(part):
                if LAYOUT_SEGMENTS & set(text.split("/")):
                    found.append((part.lineno, text))
        if id(node) not in skip and isinstance(node, (ast.Constant, ast.JoinedStr)):
            parts = _literal_parts(node)
            starts_with_text = isinstance(node, ast.Constant) or (
                node.values and isinstance(node.values[0], ast.Constant)
            )
            if parts and starts_with_text and LAYOUT_PATH.match(parts[0]):
                found.append((node.lineno, parts[0]))
            elif isinstance(node, ast.Constant) and node.value in LAYOUT_NAMES:
                found.append((node.lineno, node.value))
    return found


def test_only_project_py_spells_the_project_layout():
    """Every path of a project is named by briefings/project.py (ProjectLayout); a message
    may mention one in its text, but a path used as a path comes from the layout."""
    found = sorted(
        f"{path.relative_to(PACKAGE).as_posix()}:{line}: {text!r}"
        for path in PACKAGE.rglob("*.py")
        if path.name != "project.py" or path.parent != PACKAGE
        for line, text in set(layout_spellings(path.read_text(encoding="utf-8")))
        if (path.relative_to(PACKAGE).as_posix(), text) not in LAYOUT_EXCEPTIONS
    )
    assert not found, found


def test_the_layout_rule_sees_each_way_of_spelling_a_path():
    spelled = [
        'root / "templates" / "briefings" / f"{name}.md"',
        'Path(root, "locales", lang)',
        'root.joinpath("sources/facts")',
        'file = f"templates/briefings/{name}.md"',
        'problems.warn(why, file="build/site/.briefings-manifest.json")',
        're.fullmatch(r"locales/([a-z]{2})/LC_MESSAGES/.*", original)',
        'folder / lang / "LC_MESSAGES"',
        'out = root / "build" / "site"',
        'WATCHED = ("sources", "templates", "locales")',
    ]
    for code in spelled:
        assert layout_spellings(code), code
    fine = [
        '"""Reads templates/briefings/<id>.md."""',
        'project = "briefings"',
        'problems.add(f"no {SOURCES}/ folder in {root}")',
        "layout.template(name)",
        'text = "expected locales/<lang>/LC_MESSAGES/<pack>.po"',
    ]
    for code in fine:
        assert not layout_spellings(code), code


def test_only_one_function_builds_the_layouts_jinja_environment():
    """The document pages (writers/html.py) and the site's pages (site.py) render the
    layouts with one environment factory, so that their settings cannot differ. Not counted:
    a bare `Environment()` for Jinja's lexer (i18n), and the briefing templates' sandbox
    (render.py), which is another class and loads no files."""
    calls = sorted(
        (name, _call_name(node))
        for name, path in MODULES.items()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and _call_name(node) in {"Environment", "FileSystemLoader"}
        and (node.args or node.keywords)
    )
    assert calls == [
        ("briefings.writers.html", "Environment"),
        ("briefings.writers.html", "FileSystemLoader"),
    ], calls
