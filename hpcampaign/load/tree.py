"""Reading YAML that people wrote by hand: safely, fast, and with positions when needed.

Words used here:

- *tree*: what a document becomes: dicts, lists, ``str`` scalars and ``None``. Scalars are never
  typed by YAML's rules (no YAML 1.1 ``12:30`` → 750, ``no`` → False, ``010`` → 8): the models
  that read a field decide what its text means.
- *loc*: the path of a node in the tree, as pydantic spells it: ``("items", 3, "date")``.
- *positions*: loc → 1-based (line, column) of the key and of the value, lines counted as
  libyaml counts them (CRLF, CR, LF, NEL, U+2028, U+2029), never past the end of the file.
  Collected only when asked (``track=True``), because clean files need none; a caller that finds
  something to report parses the file again with tracking.
- *fatal*: a problem that stops reading the file (it cannot be read, decoded or parsed safely).

The tree is built from libyaml's event stream, never from PyYAML's composer or constructor:
events let us refuse tags and aliases before anything is constructed, stop at the depth limit
before anything deep exists (libyaml's composer recurses and can crash on deep input), and cost
less than ``yaml.load(..., CSafeLoader)``.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml._yaml import CParser
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

MAX_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 50
#: Entries in one list or mapping, but for the lists directly under the top level (a file's
#: ``items``, a plan's ``units``): a dozen platforms is a lot; a million is an attack or an
#: accident, and would cost more time and memory than the rest of a run.
MAX_WIDTH = 1000
#: Entries in a list directly under the top level: a file's ``items`` (the largest honest file,
#: a press agency's whole campaign, has a few thousand), a plan's ``units``. Without it a 10 MiB
#: file of ``-`` lines would be five million items, and gigabytes of memory.
MAX_ITEMS = 100_000
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOM = b"\xef\xbb\xbf"
# Line breaks as libyaml counts them (YAML 1.1): positions from every source must agree with its marks.
_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_WIDE_BREAKS = ("\x85".encode(), "\u2028".encode(), "\u2029".encode())

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


@dataclass(slots=True)
class Document:
    tree: Tree
    positions: Positions | None
    issues: list[Issue] = field(default_factory=list)
    # 0-based line and column where each entry of the top-level ``items`` list starts.
    item_lines: array[int] = field(default_factory=lambda: array("I"))
    item_columns: array[int] = field(default_factory=lambda: array("I"))
    partial: bool = False
    """Positions were kept for the top level and some items only (see :class:`_Restart`)."""


class _Restart(Exception):
    """Raised at the end of a fast parse that met repeated keys: the file is parsed again,
    tracking the top level and the ``items`` entries where keys repeat (their problems need
    the positions of both keys), and nothing else."""

    def __init__(self, items: set[int], *, everything: bool = False) -> None:
        super().__init__()
        self.items: frozenset[int] | None = None if everything else frozenset(items)


class _Stop(Exception):
    def __init__(self, fatal: Fatal) -> None:
        self.fatal = fatal


#: Why a file could not be opened, in the words of the catalogue (others keep the system's words).
_ERRNO_MESSAGES = {
    errno.ENOENT: "unreadable.missing",
    errno.ELOOP: "unreadable.loop",
    errno.EACCES: "unreadable.denied",
    errno.EPERM: "unreadable.denied",
    errno.EISDIR: "unreadable.not-file",
}


def read_bytes(path: Path) -> bytes | Fatal:
    """The file's bytes, or why they cannot be had. Never blocks on a FIFO or a device."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return Fatal("unreadable.not-file")
        if st.st_size > MAX_BYTES:
            return _too_big(st.st_size)
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        known = _ERRNO_MESSAGES.get(exc.errno or 0)
        if known is not None:
            return Fatal(known)
        return Fatal("unreadable", params=(("reason", exc.strerror or type(exc).__name__),))
    if len(raw) > MAX_BYTES:
        return _too_big(len(raw))
    return raw


def _too_big(size: int) -> Fatal:
    return Fatal("too-large.size", params=(("limit", str(MAX_BYTES)), ("size", str(size))))


def decode(raw: bytes) -> bytes | Fatal:
    """UTF-8 bytes without a BOM and in NFC, ready for libyaml; or an ``encoding`` problem."""
    if raw.startswith(_BOM):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return Fatal("encoding.utf16", 1, 1, (("encoding", "UTF-32"),))
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Fatal("encoding.utf16", 1, 1, (("encoding", "UTF-16"),))
    if b"\x00" in raw:
        # UTF-16 without a BOM shows a NUL in every other byte of ASCII text.
        head = raw[:200]
        if len(head) >= 4 and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4):
            return Fatal("encoding.utf16", 1, 1, (("encoding", "UTF-16"),))
        offset = raw.index(b"\x00")
        line, column = _byte_position(raw, offset)
        return Fatal("encoding.binary", line, column)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _byte_position(raw, exc.start)
        return Fatal("encoding.invalid", line, column, (("byte", f"0x{raw[exc.start]:02X}"),))
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        raw = unicodedata.normalize("NFC", text).encode("utf-8")
    return raw


def _byte_position(raw: bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and column of the character at byte ``offset``."""
    return _text_position(raw[:offset].decode("utf-8", "replace"), None)


def _text_position(text: str, index: int | None) -> tuple[int, int]:
    """The 1-based line and column of ``text[index]``, or of the end of ``text`` when ``index`` is None."""
    before = text if index is None else text[:index]
    line, line_start = 1, 0
    for match in _BREAK.finditer(before):
        line += 1
        line_start = match.end()
    return line, len(before) - line_start + 1


def load(path: Path, *, track: bool = False, top_width: int = MAX_ITEMS) -> Document | Fatal:
    """Read, decode and parse one file (``top_width``: see :func:`parse`)."""
    raw = read_bytes(path)
    if isinstance(raw, Fatal):
        return raw
    data = decode(raw)
    if isinstance(data, Fatal):
        return data
    return parse(data, track=track, top_width=top_width)


def parse(
    data: bytes,
    *,
    track: bool = False,
    items: frozenset[int] | None = None,
    top_width: int = MAX_ITEMS,
) -> Document | Fatal:
    """Build the tree of one YAML document from decoded UTF-8 bytes (see :func:`decode`).

    With ``track``, positions are kept for everything, or, when ``items`` is given, for the
    top-level keys and only those entries of ``items``: a file with a few bad items among
    thousands pays for the positions it reports, not for all of them. ``top_width`` bounds the
    lists directly under the top level (:data:`MAX_ITEMS`).
    """
    try:
        try:
            return _build(data, track, items, top_width)
        except _Restart as restart:
            if restart.items is None:
                return _build(data, True, None, top_width)
            wanted = restart.items if items is None else items | restart.items
            try:
                again = _build(data, True, wanted, top_width)
            except _Restart:
                return _build(data, True, None, top_width)
            again.partial = True
            return again
    except _Stop as stop:
        return stop.fatal
    except yaml.MarkedYAMLError as exc:
        return _syntax(exc, data)
    except yaml.reader.ReaderError:
        return _control_character(data)
    except yaml.YAMLError as exc:  # any other complaint of libyaml
        return Fatal("yaml-syntax", params=(("detail", str(exc).splitlines()[0]),))


def _syntax(exc: yaml.MarkedYAMLError, data: bytes) -> Fatal:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or exc.context or "invalid YAML"
    if mark is None:
        return Fatal("yaml-syntax", params=(("detail", problem),))
    line, column = mark.line + 1, mark.column + 1
    if column == 1 and line > 1 and line > _line_count(data):
        end = _end(data)  # libyaml's line past the end of a file without a final line break
        line, column = end.line, end.column
    text = _BREAK.split(data.decode("utf-8"), maxsplit=line)[line - 1]
    if column <= len(text) and text[column - 1] == "\t":
        return Fatal("yaml-syntax.tab", line, column)
    if "maximum nesting depth" in problem:
        # Newer libyaml stops nesting itself (at 1000 levels), before we see the events that
        # would cross our limit; say so where our limit is crossed, as with older libyaml.
        deep = _deep_point(data) or Mark(line, column)
        return Fatal("too-large.depth", deep.line, deep.column, (("limit", str(MAX_DEPTH)),))
    for fragment, msg_id in _KNOWN_SYNTAX:
        if fragment in problem:
            char = text[column - 1] if column <= len(text) else ""
            return Fatal(msg_id, line, column, (("char", char),) if msg_id == "yaml-syntax.token" else ())
    detail = problem if not exc.context else f"{exc.context}: {problem}"
    return Fatal("yaml-syntax", line, column, (("detail", detail),))


#: libyaml's words for the mistakes people make most, and the catalogue message that says, in
#: the clerk's language, what to do. Anything else is shown in libyaml's own (English) words.
_KNOWN_SYNTAX = (
    ("mapping values are not allowed", "yaml-syntax.colon"),
    ("could not find expected ':'", "yaml-syntax.no-colon"),
    ("did not find expected key", "yaml-syntax.indent"),
    ("did not find expected '-' indicator", "yaml-syntax.indent"),
    ("did not find expected ',' or ']'", "yaml-syntax.flow"),
    ("did not find expected ',' or '}'", "yaml-syntax.flow"),
    ("found unexpected end of stream", "yaml-syntax.eof"),
    ("found character that cannot start any token", "yaml-syntax.token"),
)


def _deep_point(data: bytes) -> Mark | None:
    """Where flow brackets first nest deeper than :data:`MAX_DEPTH` (quotes and comments skipped)."""
    line, column, depth = 1, 0, 0
    quote = ""
    comment = False
    for char in data.decode("utf-8"):
        column += 1
        if char == "\n":
            line, column, comment = line + 1, 0, False
        elif comment:
            continue
        elif quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "#":
            comment = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return Mark(line, column)
        elif char in "]}":
            depth -= 1
    return None


def _control_character(data: bytes) -> Fatal:
    text = data.decode("utf-8")
    for index, char in enumerate(text):
        code = ord(char)
        if char in "\t\n\r" or char == "\x85":
            continue
        if code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
            line, column = _text_position(text, index)
            return Fatal("yaml-syntax.control", line, column, (("char", f"U+{code:04X}"),))
    return Fatal("yaml-syntax", params=(("detail", "unacceptable character"),))


def _line_count(data: bytes) -> int:
    """Lines of UTF-8 ``data`` as libyaml counts them (one more than its line breaks)."""
    crlf = data.count(b"\r\n")
    return 1 + data.count(b"\n") + data.count(b"\r") - crlf + sum(data.count(b) for b in _WIDE_BREAKS)


def _end(data: bytes) -> Mark:
    """The position just after the last character of UTF-8 ``data``."""
    start = 0
    for line_break in (b"\n", b"\r", *_WIDE_BREAKS):
        found = data.rfind(line_break)
        if found >= 0:
            start = max(start, found + len(line_break))
    return Mark(_line_count(data), len(data[start:].decode("utf-8")) + 1)


def _mark(event: object) -> Mark:
    start = event.start_mark  # type: ignore[attr-defined]
    return Mark(start.line + 1, start.column + 1)


def _stop(msg_id: str, event: object, data: bytes, params: tuple[tuple[str, str], ...] = ()) -> _Stop:
    """Stop with ``msg_id`` at ``event``, kept inside the file (see :func:`_clamp`)."""
    mark = _mark(event)
    if mark.column == 1 and mark.line > 1 and mark.line > _line_count(data):
        mark = _end(data)
    return _Stop(Fatal(msg_id, mark.line, mark.column, params))


def _clamp(positions: Positions, issues: list[Issue], data: bytes) -> None:
    """Move marks past the end of ``data`` to its end.

    At the end of a file without a final line break, libyaml moves its mark to a line that does
    not exist (``"a: ["`` fails on line 2, ``"? a"`` has its value there). Marks grow with the
    events, so only the last ones recorded can be past the end.
    """
    lines = _line_count(data)
    end: Mark | None = None
    for table in (positions.keys, positions.values):
        for loc in reversed(table):
            if table[loc].line <= lines:
                break
            end = end or _end(data)
            table[loc] = end
    if any(issue.mark.line > lines for issue in issues):
        end = end or _end(data)
        issues[:] = [Issue(i.loc, i.msg_id, end, i.params) if i.mark.line > lines else i for i in issues]


def _refuse(event: object, data: bytes) -> None:
    """Stop on a tag or an anchor: neither is part of the format."""
    tag = getattr(event, "tag", None)
    if tag is not None:
        raise _stop("unsafe-yaml.tag", event, data, (("tag", tag),))
    anchor = getattr(event, "anchor", None)
    if anchor is not None:
        raise _stop("unsafe-yaml.anchor", event, data, (("name", anchor),))


_NO_KEY = object()


def _wanted(loc: Loc, only: frozenset[int]) -> bool:
    """Whether a position at ``loc`` is kept when only the items ``only`` are tracked."""
    return len(loc) < 2 or loc[0] != "items" or loc[1] in only


def _build(
    data: bytes, track: bool, only: frozenset[int] | None = None, top_width: int = MAX_ITEMS
) -> Document:
    parser = CParser(data)
    get = parser.get_event
    positions = Positions() if track else None
    issues: list[Issue] = []
    root: Tree = None
    has_root = False
    documents = 0
    # The open containers: (container, is_mapping, loc); ``key`` is the pending mapping key.
    stack: list[tuple[dict[str, Tree] | list[Tree], bool, Loc]] = []
    cur: dict[str, Tree] | list[Tree] | None = None
    is_map = False
    loc: Loc = ()
    key: object = _NO_KEY
    key_mark: Mark | None = None
    items_list: object = _NO_KEY
    item_lines: array[int] = array("I")
    item_columns: array[int] = array("I")
    smallest = min(MAX_WIDTH, top_width)
    restart = False
    repeated: set[int] = set()

    while True:
        # Dispatch is on the exact class (one identity test, no isinstance chain), which a type
        # checker cannot follow: events are Any here.
        event: Any = get()
        kind = type(event)
        if kind is ScalarEvent:
            if event.anchor is not None or event.tag is not None:
                _refuse(event, data)
            value: Tree = event.value
            if event.implicit[0] and value in _NULLS:
                value = None
            if is_map and key is _NO_KEY:
                key = value if value is not None else ""
                if track:
                    key_mark = _mark(event)
                continue
            new: Tree = value
            node_is_container = False
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.anchor is not None or event.tag is not None:
                _refuse(event, data)
            if len(stack) >= MAX_DEPTH:
                raise _stop("too-large.depth", event, data, (("limit", str(MAX_DEPTH)),))
            if is_map and key is _NO_KEY:
                raise _stop("schema.complex-key", event, data)
            new = {} if kind is MappingStartEvent else []
            node_is_container = True
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            cur, is_map, loc = stack.pop()
            continue
        elif kind is AliasEvent:
            raise _stop("unsafe-yaml.alias", event, data, (("name", event.anchor),))
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _stop("schema.multi-document", event, data)
            continue
        elif kind is StreamEndEvent:
            break
        else:  # stream start, document end
            continue

        # Attach ``new`` to its parent.
        if cur is not None and len(cur) >= smallest:
            if is_map or len(stack) != 2:
                if len(cur) >= MAX_WIDTH:
                    raise _stop("too-large.width", event, data, (("limit", str(MAX_WIDTH)),))
            elif len(cur) >= top_width:
                raise _stop("too-large.items", event, data, (("limit", str(top_width)),))
        child_loc: Loc = ()
        if cur is None:
            root = new
            has_root = True
            if track:
                assert positions is not None
                positions.values[()] = _mark(event)
        elif is_map:
            name = str(key)
            if name in cur:
                if not track:
                    # Inside an item (any depth), the item is the one the items list holds last.
                    if len(stack) >= 3 and stack[2][0] is items_list:
                        repeated.add(len(stack[2][0]) - 1)
                    restart = True
                    key = _NO_KEY
                    if node_is_container:  # its contents are read, and dropped with it
                        stack.append((cur, is_map, loc))
                        cur = new  # type: ignore[assignment]
                        is_map = kind is MappingStartEvent
                    continue
                assert positions is not None and key_mark is not None
                first = positions.keys.get((*loc, name))
                if first is None:  # a key repeated where positions were not kept: keep them all
                    raise _Restart(set(), everything=True)
                issues.append(
                    Issue(
                        (*loc, name),
                        "duplicate-key",
                        key_mark,
                        (("first_line", str(first.line)), ("key", name)),
                    )
                )
            else:
                cur[name] = new  # type: ignore[call-overload]
                if cur is root and name == "items":
                    items_list = new
            if track:
                child_loc = (*loc, name)
                assert positions is not None and key_mark is not None
                if only is None or _wanted(child_loc, only):
                    positions.keys.setdefault(child_loc, key_mark)
                    positions.values.setdefault(child_loc, _mark(event))
            key = _NO_KEY
        else:
            if track:
                child_loc = (*loc, len(cur))
                assert positions is not None
                # setdefault: under a repeated key the second list must not move the first's.
                if only is None or _wanted(child_loc, only):
                    positions.values.setdefault(child_loc, _mark(event))
            if cur is items_list:
                item_lines.append(event.start_mark.line)
                item_columns.append(event.start_mark.column)
            cur.append(new)  # type: ignore[union-attr]
        if node_is_container:
            stack.append((cur, is_map, loc))  # type: ignore[arg-type]
            cur = new  # type: ignore[assignment]
            is_map = kind is MappingStartEvent
            loc = child_loc

    if not has_root:
        raise _Stop(Fatal("schema.empty", 1, 1))
    if restart:
        raise _Restart(repeated)
    if positions is not None:
        _clamp(positions, issues, data)
    return Document(root, positions, issues, item_lines, item_columns)
