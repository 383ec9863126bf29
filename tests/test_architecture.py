"""The layers hold: no module imports one above it (``lint-imports``, in CI), and no cycle.

The layer contracts live in ``pyproject.toml`` (``[tool.importlinter]``) and are described in
``ARCHITECTURE.md``. A cycle is caught here even where the layers allow both directions (two
modules of one layer), and imports under ``TYPE_CHECKING`` count: grimp reads every import
statement of the source.
"""

from __future__ import annotations

import grimp


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for other in sorted(edges[module]):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_of_the_package_is_in_an_import_cycle() -> None:
    graph = grimp.build_graph("hpcampaign")
    edges = {module: set(graph.find_modules_directly_imported_by(module)) for module in graph.modules}
    assert _cycles(edges) == []


def test_the_text_layer_imports_nothing_of_ours() -> None:
    graph = grimp.build_graph("hpcampaign")
    for module in graph.find_children("hpcampaign.text"):
        imported = graph.find_modules_directly_imported_by(module)
        assert {m for m in imported if not m.startswith("hpcampaign.text")} == set(), module
