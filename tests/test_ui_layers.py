"""ui/ is grouped by feature, and the folders form layers: no import cycles between folders
(nor between modules), and the shared folders ``models/`` and ``widgets/`` never import a
feature folder. Every import counts, also those inside functions and under TYPE_CHECKING:
a cycle a type checker or a lazy import walks is still a cycle a reader has to untangle."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
SHARED = {"models", "widgets"}
# What the shared folders may use besides themselves: the package's own top-level modules.
BASE = "ui"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def ui_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(UI.rglob("*.py"))}


def imports_of(path: Path, modules: dict[str, Path]) -> Iterator[str]:
    """The ui modules ``path`` imports (``from ui.x import y`` counts y when it is a module)."""
    package = module_name(path) if path.name == "__init__.py" else \
        module_name(path).rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names = [f"{base}.{alias.name}" for alias in node.names
                     if f"{base}.{alias.name}" in modules] or [base]
        else:
            continue
        for name in names:
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != module_name(path):
                yield name


def folder(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and (UI / parts[1]).is_dir()) \
        else BASE


def graph() -> dict[str, set[str]]:
    modules = ui_modules()
    return {name: set(imports_of(path, modules)) for name, path in modules.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(edges.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def folder_graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for module, targets in graph().items():
        edges.setdefault(folder(module), set()).update(
            folder(t) for t in targets if folder(t) != folder(module))
    return edges


def test_the_import_graph_sees_the_wizard_and_its_pages() -> None:
    edges = graph()
    assert "ui.wizard.basics_page" in edges["ui.wizard.wizard"]
    assert "ui.wizard.page" in edges["ui.wizard.basics_page"]
    assert {"window", "plan", "wizard", "models", "widgets"} <= set(folder_graph())


def test_no_import_cycles_between_ui_modules() -> None:
    assert cycles(graph()) == []


def test_no_import_cycles_between_ui_folders() -> None:
    assert cycles(folder_graph()) == []


def test_models_and_widgets_import_no_feature_folder() -> None:
    offenders = sorted(
        f"{module} imports {target}"
        for module, targets in graph().items() if folder(module) in SHARED
        for target in targets if folder(target) not in SHARED | {BASE})
    assert offenders == []
