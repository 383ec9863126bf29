"""Hostile shapes: submission files built to make a checker slow or large, at any size.

Each *shape* is a function ``size → bytes`` that returns one whole submission file of exactly
``size`` bytes (``ValueError`` when the shape does not fit in so few). The same generators feed
the benchmark (``benchmarks/hostile.py``, one file of 10 MiB per shape) and the linear-cost tests
(``tests/test_linear_cost.py``, a few shapes at two small sizes), so the two cannot drift apart.

Words used here:

- *head*: the first lines of a valid file, ``unit: phuong-hong-bang`` and ``items:``.
- *entry*: the text of one entry of the top-level ``items`` list.
- *fill*: repeat entries until the next one would pass ``size``, then *pad* the rest with a
  comment line (a comment changes nothing a checker reports).
- *corpus shape*: a file of ``tests/corpus/hostile/`` grown to the size, by repeating its items,
  by putting valid items before its own, or by padding it with comment lines (see
  :data:`CORPUS_GROWTH`).

Units, kinds and dates are those of ``plans/haiphong-2025.yaml``: unit ``phuong-hong-bang`` (a
ward), kinds ``news`` (a title is required), ``documentary`` (a duration of 10–15 minutes is
required) and ``loudspeaker_broadcast`` (nothing but a date); dates inside the campaign and
before the as-of date the benchmark uses (2025-09-27).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "hostile"

MIB = 1024 * 1024
UNIT = "phuong-hong-bang"
HEAD = f"unit: {UNIT}\nitems:\n".encode()
#: A valid item with nothing to report: a loudspeaker broadcast needs a date and a kind only.
BROADCAST = b"  - date: 2025-09-20\n    kind: loudspeaker_broadcast\n"
#: Spaces around the date of each ``padded-dates`` entry (100 KB).
DATE_PADDING = 100_000
#: Spaces inside the duration of each ``duration-spaces-many`` entry.
DURATION_SPACES = 2_000

Shape = Callable[[int], bytes]


@dataclass(frozen=True, slots=True)
class Entry:
    """A named shape and what it is, for the benchmark's table and the README."""

    name: str
    make: Shape
    what: str


# -- helpers -------------------------------------------------------------------------------------


def pad(data: bytes, size: int) -> bytes:
    """``data`` padded to exactly ``size`` bytes with a final comment line (newlines when < 2 bytes)."""
    room = size - len(data)
    if room < 0:
        raise ValueError(f"{len(data)} bytes do not fit in {size}")
    if room < 2:
        return data + b"\n" * room
    prefix = b"" if not data or data.endswith(b"\n") else b"\n"
    if room - len(prefix) < 2:
        return data + b"\n" * room
    return data + prefix + b"#" + b"-" * (room - len(prefix) - 2) + b"\n"


def fill(head: bytes, entry: Callable[[int], bytes], size: int, tail: bytes = b"") -> bytes:
    """``head``, then ``entry(0)``, ``entry(1)``, … while they fit, then ``tail``, padded to ``size``."""
    budget = size - len(head) - len(tail)
    if budget < 0:
        raise ValueError(f"size {size} is too small for this shape")
    parts = [head]
    used = 0
    index = 0
    while True:
        text = entry(index)
        if used + len(text) > budget:
            break
        parts.append(text)
        used += len(text)
        index += 1
    parts.append(tail)
    return pad(b"".join(parts), size)


def repeat(head: bytes, unit: bytes, size: int, tail: bytes = b"") -> bytes:
    """``head`` + ``unit`` as many times as fit + ``tail``, padded to ``size`` (fast for tiny units)."""
    room = size - len(head) - len(tail)
    if room < 0:
        raise ValueError(f"size {size} is too small for this shape")
    return pad(head + unit * (room // len(unit)) + tail, size)


def stretch(head: bytes, filler: bytes, tail: bytes, size: int) -> bytes:
    """``head`` + ``filler`` repeated to fill ``size`` exactly + ``tail`` (``filler`` of one byte)."""
    room = size - len(head) - len(tail)
    if room < 0:
        raise ValueError(f"size {size} is too small for this shape")
    return head + filler * room + tail


# -- the shapes ----------------------------------------------------------------------------------


def unit_spaces(size: int) -> bytes:
    """A file libyaml refuses on line 1 (a tab), whose line 2 is ``unit: x`` + spaces + ``y``.

    A broken file is searched for its ``unit:`` line; a pattern that lets a lazy value and
    ``[ \\t]*`` share a run of spaces backtracks over it (11 s for 20 KB).
    """
    return stretch(b"\tbroken\nunit: x", b" ", b"y\n", size)


def _documentary(duration: bytes) -> bytes:
    return (
        b"  - date: 2025-09-20\n    kind: documentary\n    title: Phim t\xc3\xa0i li\xe1\xbb\x87u\n"
        b'    duration: "' + duration + b'"\n'
    )


def duration_spaces(size: int) -> bytes:
    """A valid file of one documentary whose duration is ``1h`` + spaces + ``x`` (one long run)."""
    head = HEAD + _documentary(b"1h")[: -len(b'"\n')]
    return stretch(head, b" ", b'x"\n', size)


def duration_spaces_many(size: int) -> bytes:
    """Documentaries whose duration is ``1h`` + 2,000 spaces + ``x``, as many as fit."""
    return repeat(HEAD, _documentary(b"1h" + b" " * DURATION_SPACES + b"x"), size)


def empty_items(size: int) -> bytes:
    """``items:`` then ``-`` lines: an empty item per 2 bytes (5,242,865 at 10 MiB)."""
    return repeat(HEAD, b"-\n", size)


def empty_mappings(size: int) -> bytes:
    """``items:`` then ``- {}`` lines: an empty mapping per 5 bytes."""
    return repeat(HEAD, b"- {}\n", size)


def _padded_date(index: int, padding: int) -> bytes:
    before = index % (padding + 1)
    spaces = b" " * before, b" " * (padding - before)
    return b'  - date: "' + spaces[0] + b"2025-09-20" + spaces[1] + b'"\n    kind: loudspeaker_broadcast\n'


def padded_dates(size: int, padding: int = DATE_PADDING) -> bytes:
    """Valid broadcasts whose date is padded with ``padding`` spaces, split differently in each.

    Each date is a different text (a cache keyed by the text keeps every one), all of them the
    same day once stripped.
    """
    return fill(HEAD, lambda index: _padded_date(index, padding), size)


def misspelt_key(size: int) -> bytes:
    """News items that all write ``titel:`` for ``title:``: one error, repeated in every item."""
    return repeat(
        HEAD, b"  - date: 2025-09-20\n    kind: news\n    titel: Tin th\xe1\xbb\x9di s\xe1\xbb\xb1\n", size
    )


def long_title(size: int) -> bytes:
    """One valid news item whose title is the whole file: Vietnamese words and spaces."""
    head = HEAD + b"  - date: 2025-09-20\n    kind: news\n    title: "
    words = "Chào mừng Đại hội Đảng bộ thành phố ".encode()
    room = size - len(head) - 1
    body = (words * (room // len(words) + 1))[:room]
    body = body.decode("utf-8", "ignore").rstrip().encode()
    return pad(head + body + b"\n", size)


def long_line(size: int) -> bytes:
    """A valid file whose ``reporter`` is one scalar of the whole size, no space in it."""
    return stretch(HEAD[: -len(b"items:\n")] + b"items: []\nreporter: ", b"x", b"\n", size)


def deep_flow(size: int) -> bytes:
    """``items:`` then ``[`` to the end of the file: nesting as deep as the size (100,000 at 100 KB)."""
    return stretch(HEAD[: -len(b"\n")] + b" ", b"[", b"\n", size)


def wide_mapping(size: int) -> bytes:
    """One item with as many keys as fit (``k0: v``, ``k1: v``, …)."""
    head = HEAD + b"  - date: 2025-09-20\n    kind: loudspeaker_broadcast\n"
    return fill(head, lambda index: b"    k%d: v\n" % index, size)


def many_problems(size: int) -> bytes:
    """Items that all have a kind the plan does not know (``artcle``)."""
    return repeat(HEAD, "  - date: 2025-09-20\n    kind: artcle\n    title: Bài viết\n".encode(), size)


def alias_bomb(size: int) -> bytes:
    """Billion laughs without end: each level an anchor holding nine aliases of the one before."""
    head = b'l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'

    def level(index: int) -> bytes:
        name = b"l%d" % (index + 1)
        alias = b"*l%d" % index
        return name + b": &" + name + b" [" + b",".join([alias] * 9) + b"]\n"

    return fill(head, level, size, f"unit: {UNIT}\nitems: []\n".encode())


def unknown_keys_wide(size: int) -> bytes:
    """News items, each with 990 unknown keys (``k0: v`` …): a thousand problems per item."""
    keys = ", ".join(f"k{j}: v" for j in range(990)).encode()
    entry = b"  - {date: 2025-09-20, kind: news, title: T%d, " + keys + b"}\n"
    return fill(HEAD, lambda index: entry % index, size)


def control_chars(size: int) -> bytes:
    """News items whose titles clear the screen (``\\e[2J\\e[H``, YAML escapes in quotes)."""
    entry = b'  - date: 2025-09-20\n    kind: news\n    title: "\\e[2J\\e[HTin %d"\n'
    return fill(HEAD, lambda index: entry % index, size)


def control_chars_raw(size: int) -> bytes:
    """Valid broadcasts, then one news item whose title holds a raw ESC byte (refused by libyaml)."""
    return repeat(HEAD, BROADCAST, size, b"  - date: 2025-09-20\n    kind: news\n    title: \x1b[2J\n")


# -- the hostile corpus, grown -------------------------------------------------------------------

#: How each file of ``tests/corpus/hostile/`` is grown to a size:
#: ``repeat`` its items (titles and addresses numbered, so that no item is a duplicate of another);
#: ``before``: valid broadcasts first, its own items last (what is wrong is found at the end);
#: ``lines``: the whole file's lines repeated; ``comments``: comment lines after it (it is refused
#: on its first lines, whatever follows).
CORPUS_GROWTH: dict[str, str] = {
    "alias.yaml": "before",
    "anchor.yaml": "before",
    "bad-date.yaml": "repeat",
    "control-escapes.yaml": "repeat",
    "duration-spaces.yaml": "repeat",
    "duplicate-keys-items.yaml": "repeat",
    "billion-laughs.yaml": "comments",
    "deep-mappings.yaml": "before",
    "duplicate-key-item.yaml": "repeat",
    "duplicate-key-top.yaml": "comments",
    "empty.yaml": "lines",
    "good.yaml": "repeat",
    "items-empty.yaml": "comments",
    "items-mapping.yaml": "comments",
    "list-document.yaml": "lines",
    "malformed-flow.yaml": "before",
    "malformed-indent.yaml": "before",
    "merge-key.yaml": "before",
    "multiple-documents.yaml": "comments",
    "only-comments.yaml": "lines",
    "scalar-document.yaml": "comments",
    "tabs.yaml": "before",
    "tag-directive.yaml": "comments",
    "tag-local.yaml": "comments",
    "tag-python-apply.yaml": "before",
    "tag-python-name.yaml": "comments",
    "tag-set.yaml": "comments",
    "tag-str.yaml": "before",
    "wrong-type-list-for-scalar.yaml": "repeat",
    "wrong-type-mapping-for-list.yaml": "repeat",
    "unit-spaces.yaml": "comments",
    "wrong-type-unit-list.yaml": "comments",
    "yaml11-traps.yaml": "repeat",
}

_ITEMS_LINE = re.compile(rb"^items:[ \t]*\r?\n", re.MULTILINE)
_TITLE = re.compile(rb"^(\s*(?:- )?title: )(.*)$", re.MULTILINE)
_URL = re.compile(rb"^(\s*(?:- )?url: )(.*)$", re.MULTILINE)


def _split_items(text: bytes) -> tuple[bytes, bytes]:
    """(the file up to and including its ``items:`` line, the rest)."""
    match = _ITEMS_LINE.search(text)
    if match is None:
        raise ValueError("no block 'items:' line")
    return text[: match.end()], text[match.end() :]


def _numbered(block: bytes, index: int) -> bytes:
    """``block`` with `` (index)`` after each title and ``?n=index`` after each address."""
    block = _TITLE.sub(lambda m: m.group(1) + m.group(2) + b" (%d)" % index, block)
    return _URL.sub(lambda m: m.group(1) + m.group(2) + b"?n=%d" % index, block)


def corpus_shape(name: str) -> Shape:
    """The shape that grows ``tests/corpus/hostile/<name>`` (see :data:`CORPUS_GROWTH`)."""
    growth = CORPUS_GROWTH[name]

    def make(size: int) -> bytes:
        text = (CORPUS / name).read_bytes()
        if growth == "repeat":
            head, block = _split_items(text)
            return fill(head, lambda index: _numbered(block, index), size)
        if growth == "before":
            head, block = _split_items(text)
            return repeat(head, BROADCAST, size, block)
        if growth == "lines":
            return repeat(b"", text or b"\n", size)
        return pad(text, size)

    return make


def _described(growth: str, name: str) -> str:
    return {
        "repeat": f"{name}: its items repeated (titles and addresses numbered)",
        "before": f"{name}: valid broadcasts, then its own items last",
        "lines": f"{name}: the whole file repeated",
        "comments": f"{name}: then comment lines (refused on its first lines)",
    }[growth]


SHAPES: dict[str, Entry] = {
    entry.name: entry
    for entry in (
        Entry("unit-spaces", unit_spaces, "broken file (tab on line 1), then unit: x + spaces + y"),
        Entry("duration-spaces", duration_spaces, 'one documentary, duration "1h" + spaces + "x"'),
        Entry(
            "duration-spaces-many", duration_spaces_many, 'documentaries, duration "1h" + 2,000 spaces + "x"'
        ),
        Entry("empty-items", empty_items, "items: then '-' lines (empty items)"),
        Entry("empty-mappings", empty_mappings, "items: then '- {}' lines"),
        Entry("padded-dates", padded_dates, "broadcasts, each date padded with 100 KB of spaces"),
        Entry("misspelt-key", misspelt_key, "news items, each with titel: for title:"),
        Entry("long-title", long_title, "one news item, its title the whole file"),
        Entry("long-line", long_line, "reporter: one scalar of the whole file"),
        Entry("deep-flow", deep_flow, "items: then '[' to the end of the file"),
        Entry("wide-mapping", wide_mapping, "one item with as many keys as fit"),
        Entry("many-problems", many_problems, "items all of an unknown kind"),
        Entry("unknown-keys-wide", unknown_keys_wide, "items of 990 unknown keys each (a million problems)"),
        Entry("alias-bomb", alias_bomb, "billion laughs, a level per line to the end"),
        Entry("control-chars", control_chars, "news titles with \\e[2J\\e[H escapes"),
        Entry("control-chars-raw", control_chars_raw, "valid broadcasts, then a raw ESC in the last title"),
        *(
            Entry(f"corpus-{name.removesuffix('.yaml')}", corpus_shape(name), _described(growth, name))
            for name, growth in CORPUS_GROWTH.items()
        ),
    )
}
