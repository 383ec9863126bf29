"""Positions in a YAML file as people count them, and the records the loader gives.

Words: a *mark* is a 1-based line and column; *positions* map a loc (the path of a node in
the tree, as pydantic spells it: ``("items", 3, "date")``) to the marks of its key and value;
a *fatal* is why a file cannot be read at all; an *issue* is a problem found while building the
tree that does not stop the reading. Lines are counted as libyaml counts them (CRLF, CR, LF,
NEL, U+2028, U+2029), so positions from every source agree with its marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Line breaks as libyaml counts them (YAML 1.1): positions from every source must agree with its marks.
BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


WIDE_BREAKS = ("\x85".encode(), "\u2028".encode(), "\u2029".encode())


Loc = tuple[str | int, ...]


Tree = dict[str, "Tree"] | list["Tree"] | str | None


@dataclass(frozen=True, slots=True)
class Mark:
    """A 1-based line and column."""

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Fatal:
    """A reason the file cannot be read at all; ``msg_id`` is a catalogue id."""

    msg_id: str
    line: int | None = None
    column: int | None = None
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Issue:
    """A problem found while building the tree that does not stop the reading."""

    loc: Loc
    msg_id: str
    mark: Mark
    params: tuple[tuple[str, str], ...] = ()


@dataclass(slots=True)
class Positions:
    keys: dict[Loc, Mark] = field(default_factory=dict)
    values: dict[Loc, Mark] = field(default_factory=dict)

    def at(self, loc: Loc, *, key: bool = False) -> Mark | None:
        """Where ``loc`` is written: its key (``key=True``) or its value; else the nearest parent."""
        if key and loc in self.keys:
            return self.keys[loc]
        while True:
            if loc in self.values:
                return self.values[loc]
            if not loc:
                return None
            loc = loc[:-1]


def byte_position(raw: bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and column of the character at byte ``offset``."""
    return text_position(raw[:offset].decode("utf-8", "replace"), None)


def text_position(text: str, index: int | None) -> tuple[int, int]:
    """The 1-based line and column of ``text[index]``, or of the end of ``text`` when ``index`` is None."""
    before = text if index is None else text[:index]
    line, line_start = 1, 0
    for match in BREAK.finditer(before):
        line += 1
        line_start = match.end()
    return line, len(before) - line_start + 1


def line_count(data: bytes) -> int:
    """Lines of UTF-8 ``data`` as libyaml counts them (one more than its line breaks)."""
    crlf = data.count(b"\r\n")
    return 1 + data.count(b"\n") + data.count(b"\r") - crlf + sum(data.count(b) for b in WIDE_BREAKS)


def end_mark(data: bytes) -> Mark:
    """The position just after the last character of UTF-8 ``data``."""
    start = 0
    for line_break in (b"\n", b"\r", *WIDE_BREAKS):
        found = data.rfind(line_break)
        if found >= 0:
            start = max(start, found + len(line_break))
    return Mark(line_count(data), len(data[start:].decode("utf-8")) + 1)


MAX_DEPTH = 50


#: Entries in one list or mapping, but for the lists directly under the top level (a file's
#: ``items``, a plan's ``units``): a dozen platforms is a lot; a million is an attack or an
#: accident, and would cost more time and memory than the rest of a run.
MAX_WIDTH = 1000


#: Entries in a list directly under the top level: a file's ``items`` (the largest honest file,
#: a press agency's whole campaign, has a few thousand), a plan's ``units``. Without it a 10 MiB
#: file of ``-`` lines would be five million items, and gigabytes of memory.
MAX_ITEMS = 100_000
