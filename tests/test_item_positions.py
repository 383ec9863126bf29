"""Positions of some items only (``tree.item_positions``): the entries of the items list not
asked for are read past, not built, and the positions kept are those of a whole tracked parse."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from hpcampaign.load.files import decode
from hpcampaign.load.marks import Fatal, Loc, Mark, Positions
from hpcampaign.load.tree import Document, item_positions, parse

from .conftest import ROOT


def _kept(table: dict[Loc, Mark], wanted: frozenset[int]) -> dict[Loc, Mark]:
    """The positions of ``table`` at the top level, outside the items, or in a wanted item."""
    return {
        loc: mark for loc, mark in table.items() if loc[:1] != ("items",) or len(loc) < 2 or loc[1] in wanted
    }


def _whole(data: bytes) -> Positions | None:
    doc = parse(data, track=True)
    return doc.positions if isinstance(doc, Document) else None


def _same(data: bytes, wanted: frozenset[int]) -> None:
    whole = _whole(data)
    assert whole is not None
    some = item_positions(data, wanted)
    assert some is not None
    assert some.keys == _kept(whole.keys, wanted)
    assert some.values == _kept(whole.values, wanted)


def test_an_items_list_of_every_shape() -> None:
    data = (
        "unit: phuong-hong-bang  # a comment\n"
        "items:\n"
        "  - {date: 2025-09-03, kind: news, title: 'Một', platforms: [facebook, zalo]}\n"
        "  - just a text\n"
        "  -\n"
        "  - - [a, {b: c}]\n"
        "    - d\n"
        "  - date: 2025-09-04\n"
        "    kind: news\n"
        "    platforms:\n"
        "      - portal\n"
        "    note: {a: [1, 2]}\n"
        "  - []\n"
        "  - {date: 2025-09-05, kind: tin}\n"
        "difficulties: [x]\n"
    ).encode()
    for wanted in ({0}, {1}, {2}, {3}, {4}, {5, 6}, {0, 4}, set(), {99}):
        _same(data, frozenset(wanted))
    some = item_positions(data, frozenset({4}))
    assert some is not None
    assert some.keys[("items", 4, "kind")] == Mark(9, 5)
    assert some.values[("items", 4, "platforms", 0)] == Mark(11, 9)
    assert ("items", 0, "date") not in some.keys and ("items", 6) not in some.values
    last = item_positions(data, frozenset({6}))
    assert last is not None and last.values[("items", 6)] == Mark(14, 5)
    assert some.keys[("difficulties",)] == Mark(15, 1)


def test_the_examples() -> None:
    checked = 0
    for path in sorted((ROOT / "submissions").rglob("*.yaml")):
        data = decode(path.read_bytes())
        if isinstance(data, Fatal) or _whole(data) is None:
            continue
        doc = parse(data)
        assert isinstance(doc, Document)
        items = doc.tree.get("items") if isinstance(doc.tree, dict) else None
        count = len(items) if isinstance(items, list) else 0
        for wanted in (set(), {0}, {count - 1}, set(range(0, count, 3))):
            _same(data, frozenset(wanted))
        checked += 1
    assert checked > 100


_SCALAR = st.none() | st.text(alphabet="ab #:-'", max_size=4)
_ENTRY = st.recursive(
    _SCALAR,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["date", "kind", "title", "items"]), inner, max_size=3)
    ),
    max_leaves=10,
)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(
    entries=st.lists(_ENTRY, max_size=6),
    flow=st.sampled_from([None, True, False]),
    wanted=st.frozensets(st.integers(0, 6), max_size=4),
)
def test_any_items(entries: list[object], flow: bool | None, wanted: frozenset[int]) -> None:
    text = yaml.safe_dump({"unit": "u", "items": entries, "period": {"from": "x"}}, default_flow_style=flow)
    data = text.encode()
    if _whole(data) is None:  # pragma: no cover - safe_dump writes what libyaml reads
        pytest.fail(text)
    _same(data, wanted)
