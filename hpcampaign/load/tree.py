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
- *cut value*: the ``title`` or ``note`` of an item, written without quotes, that YAML cut at a
  `` #`` (``title: Tin số #3 về Đại hội`` reads as "Tin số": the rest is a comment, which libyaml
  drops). Found from the text after the scalar's end, and reported as a ``comment-in-value``
  issue; a ``#`` followed by a blank (``title: Tin  # ghi chú``) is taken for the comment it looks
  like, as in the README's own example.

The tree is built from libyaml's event stream, never from PyYAML's composer or constructor:
events let us refuse tags and aliases before anything is constructed, stop at the depth limit
before anything deep exists (libyaml's composer recurses and can crash on deep input), and cost
less than ``yaml.load(..., CSafeLoader)``.
"""

from __future__ import annotations

import re
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

from hpcampaign.load.files import decode, read_bytes
from hpcampaign.load.marks import BREAK as _BREAK
from hpcampaign.load.marks import (
    MAX_DEPTH,
    MAX_ITEMS,
    MAX_WIDTH,
    Fatal,
    Issue,
    Loc,
    Mark,
    Positions,
    Tree,
    end_mark,
    line_count,
)
from hpcampaign.load.syntax import control_character, syntax_fatal

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})

#: ``#`` then something that is not a blank: after a blank, a comment that may have cut a value.
#: Two fixed characters, the first a literal, which the search looks for at memchr's speed; it
#: cannot backtrack.
_CUT = re.compile(rb"#[^ \t\r\n]")
#: The fields of an item whose plain text a `` #`` may cut (SPEC 3).
CUT_FIELDS = frozenset({"title", "note"})
#: ``comment-in-value`` issues kept per file: one more than a file lists (``MAX_PROBLEMS`` of
#: :mod:`hpcampaign.intake.validate`), so that its "… more" line is said; the others are counted.
MAX_CUTS = 1001


@dataclass(slots=True)
class Document:
    tree: Tree
    positions: Positions | None
    issues: list[Issue] = field(default_factory=list)
    # 0-based line and column where each entry of the top-level ``items`` list starts.
    item_lines: array[int] = field(default_factory=lambda: array("I"))
    item_columns: array[int] = field(default_factory=lambda: array("I"))
    cut_titles: array[int] = field(default_factory=lambda: array("I"))
    """Indexes of the items whose title YAML cut at a `` #`` (each has its issue, or is counted
    in ``cuts_dropped`` past :data:`MAX_CUTS`)."""
    cuts_dropped: int = 0
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


def load(path: Path, *, track: bool = False, top_width: int = MAX_ITEMS) -> Document | Fatal:
    """Read, decode and parse one file (``top_width``: see :func:`parse`)."""
    raw = read_bytes(path)
    if isinstance(raw, Fatal):
        return raw
    data = decode(raw)
    if isinstance(data, Fatal):
        return data
    return parse(data, track=track, top_width=top_width)


def item_positions(data: bytes, items: frozenset[int]) -> Positions | None:
    """The positions of the top level and of the entries ``items`` of the items list, in a file
    that :func:`parse` read whole (None if it cannot be read now): the other entries are read
    past, not built (see :meth:`_Builder._pass_over`)."""
    doc = parse(data, track=True, items=items, for_positions=True)
    return doc.positions if isinstance(doc, Document) else None


def parse(
    data: bytes,
    *,
    track: bool = False,
    items: frozenset[int] | None = None,
    top_width: int = MAX_ITEMS,
    for_positions: bool = False,
) -> Document | Fatal:
    """Build the tree of one YAML document from decoded UTF-8 bytes (see :func:`decode`).

    With ``track``, positions are kept for everything, or, when ``items`` is given, for the
    top-level keys and only those entries of ``items``: a file with a few bad items among
    thousands pays for the positions it reports, not for all of them. ``top_width`` bounds the
    lists directly under the top level (:data:`MAX_ITEMS`). ``for_positions``: only the positions
    are used, and the entries of the items list not in ``items`` are not built (see
    :func:`item_positions`).
    """
    try:
        try:
            return _build(data, track, items, top_width, for_positions)
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
        return syntax_fatal(exc, data)
    except yaml.reader.ReaderError:
        return control_character(data)
    except yaml.YAMLError as exc:  # any other complaint of libyaml
        return Fatal("yaml-syntax", params=(("detail", str(exc).splitlines()[0]),))


_BLANKS = frozenset(" \t\r\n\x85\u2028\u2029")


def _may_cut(data: bytes) -> bool:
    """Whether ``data`` has a blank, ``#`` and something that is not a blank: a comment that may
    have cut a value."""
    return any(data[found.start() - 1 : found.start()] in (b" ", b"\t") for found in _CUT.finditer(data))


def _quoted(text: str) -> str:
    """``text`` as a YAML scalar in quotes: double quotes, or single ones when it holds a ``"`` or
    a ``\\`` (which double quotes would read as an escape)."""
    if '"' in text or "\\" in text:
        return "'" + text.replace("'", "''") + "'"
    return f'"{text}"'


def _mark(event: object) -> Mark:
    start = event.start_mark  # type: ignore[attr-defined]
    return Mark(start.line + 1, start.column + 1)


def _stop(msg_id: str, event: object, data: bytes, params: tuple[tuple[str, str], ...] = ()) -> _Stop:
    """Stop with ``msg_id`` at ``event``, kept inside the file (see :func:`_clamp`)."""
    mark = _mark(event)
    if mark.column == 1 and mark.line > 1 and mark.line > line_count(data):
        mark = end_mark(data)
    return _Stop(Fatal(msg_id, mark.line, mark.column, params))


def _clamp(positions: Positions, issues: list[Issue], data: bytes) -> None:
    """Move marks past the end of ``data`` to its end.

    At the end of a file without a final line break, libyaml moves its mark to a line that does
    not exist (``"a: ["`` fails on line 2, ``"? a"`` has its value there). Marks grow with the
    events, so only the last ones recorded can be past the end.
    """
    lines = line_count(data)
    end: Mark | None = None
    for table in (positions.keys, positions.values):
        for loc in reversed(table):
            if table[loc].line <= lines:
                break
            end = end or end_mark(data)
            table[loc] = end
    if any(issue.mark.line > lines for issue in issues):
        end = end or end_mark(data)
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
#: Events that begin an entry of a list.
_ENTRY_STARTS = frozenset({ScalarEvent, MappingStartEvent, SequenceStartEvent})


def _wanted(loc: Loc, only: frozenset[int]) -> bool:
    """Whether a position at ``loc`` is kept when only the items ``only`` are tracked."""
    return len(loc) < 2 or loc[0] != "items" or loc[1] in only


def _build(
    data: bytes,
    track: bool,
    only: frozenset[int] | None = None,
    top_width: int = MAX_ITEMS,
    for_positions: bool = False,
) -> Document:
    return _Builder(data, track, only, top_width, for_positions).run()


Container = dict[str, Tree] | list[Tree]


class _Builder:
    """Builds the tree of one document from libyaml's events (see :func:`parse`).

    State: the open containers (``stack`` of (container, is_mapping, loc) of each parent), the
    current container ``cur`` with its ``loc``, and the pending mapping ``key``. Events are
    dispatched on their exact class (one identity test, no isinstance chain), which a type
    checker cannot follow: they are ``Any`` here.
    """

    __slots__ = (
        "cur",
        "cut_titles",
        "cuts",
        "cuts_dropped",
        "data",
        "documents",
        "for_positions",
        "has_root",
        "is_map",
        "issues",
        "item_columns",
        "item_lines",
        "items_list",
        "key",
        "key_mark",
        "loc",
        "only",
        "positions",
        "repeated",
        "restart",
        "root",
        "smallest",
        "stack",
        "text",
        "top_width",
        "track",
    )

    def __init__(
        self,
        data: bytes,
        track: bool,
        only: frozenset[int] | None,
        top_width: int,
        for_positions: bool = False,
    ) -> None:
        self.data = data
        self.track = track
        self.only = only
        # Entries of the items list not in ``only`` are read past (see _pass_over).
        self.for_positions = for_positions and track and only is not None
        self.top_width = top_width
        self.smallest = min(MAX_WIDTH, top_width)
        self.positions = Positions() if track else None
        self.issues: list[Issue] = []
        self.root: Tree = None
        self.has_root = False
        self.documents = 0
        self.stack: list[tuple[Container | None, bool, Loc]] = []
        self.cur: Container | None = None
        self.is_map = False
        self.loc: Loc = ()
        self.key: object = _NO_KEY
        self.key_mark: Mark | None = None
        self.items_list: object = _NO_KEY
        self.item_lines: array[int] = array("I")
        self.item_columns: array[int] = array("I")
        self.restart = False
        self.repeated: set[int] = set()
        # Only a file with a comment that may cut a value looks at the text after its titles.
        self.cuts = b"#" in data and _may_cut(data)
        self.text: str | None = None
        self.cut_titles: array[int] = array("I")
        self.cuts_dropped = 0

    def run(self) -> Document:
        if not self.track:
            return self._run_quick()
        get = CParser(self.data).get_event
        only = self.only if self.for_positions else None
        while True:
            event: Any = get()
            kind = type(event)
            if only is not None and self.cur is self.items_list and not self.is_map and kind in _ENTRY_STARTS:
                assert isinstance(self.cur, list)
                if len(self.cur) not in only:
                    self._pass_over(get, kind)
                    continue
            if kind is ScalarEvent:
                self._scalar(event)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                self._open(event, kind is MappingStartEvent)
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                self.cur, self.is_map, self.loc = self.stack.pop()
            elif kind is AliasEvent or kind is DocumentStartEvent:
                self._alias_or_document(event)
            elif kind is StreamEndEvent:
                return self._finish()
            # stream start and document end need nothing

    # One loop on purpose: a method call per event costs a tenth of the reading (SPEC 7's ratios).
    def _run_quick(self) -> Document:  # noqa: C901
        """:meth:`run` without positions, the common events handled inline.

        Most events of a clean file are a key, a plain value or a container put into a mapping
        or a list that is far from full; those are handled here with the builder's state in
        local variables. Anything else (a tag, a repeated key, a full list, a value a comment
        may have cut, the document's root, the end of the stream) is handed, with the state
        written back, to the same methods :meth:`run` calls, and the state read again after.
        """
        get = CParser(self.data).get_event
        stack = self.stack
        push, pop = stack.append, stack.pop
        lines, columns = self.item_lines.append, self.item_columns.append
        smallest, cuts = self.smallest, self.cuts
        # Any: a container of either kind, or None (the root not yet read); a key or _NO_KEY.
        cur: Any = self.cur
        key: Any = self.key
        is_map, items_list = self.is_map, self.items_list
        while True:
            event: Any = get()
            kind = type(event)
            if kind is ScalarEvent:
                if event.anchor is None and event.tag is None and cur is not None:
                    value = event.value
                    if event.implicit[0] and value in _NULLS:
                        value = None
                    if is_map:
                        if key is _NO_KEY:
                            key = value if value is not None else ""
                            continue
                        if (
                            len(cur) < smallest
                            and key not in cur
                            and (key != "items" or cur is not self.root)
                        ):
                            if cuts and key in CUT_FIELDS and value is not None and not event.style:
                                self.key = key
                                self._cut(event, value)
                            cur[key] = value
                            key = _NO_KEY
                            continue
                    elif len(cur) < smallest:
                        if cur is items_list:
                            start = event.start_mark
                            lines(start.line)
                            columns(start.column)
                        cur.append(value)
                        continue
                self.cur, self.is_map, self.key = cur, is_map, key
                self._scalar(event)
                cur, is_map, key, items_list = self.cur, self.is_map, self.key, self.items_list
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                mapping = kind is MappingStartEvent
                if (
                    event.anchor is None
                    and event.tag is None
                    and cur is not None
                    and len(stack) < MAX_DEPTH
                    and len(cur) < smallest
                ):
                    new: Container = {} if mapping else []
                    if is_map:
                        if key is not _NO_KEY and key not in cur and (key != "items" or cur is not self.root):
                            cur[key] = new
                            push((cur, True, ()))
                            cur, is_map, key = new, mapping, _NO_KEY
                            continue
                    else:
                        if cur is items_list:
                            start = event.start_mark
                            lines(start.line)
                            columns(start.column)
                        cur.append(new)
                        push((cur, False, ()))
                        cur, is_map = new, mapping
                        continue
                self.cur, self.is_map, self.key = cur, is_map, key
                self._open(event, mapping)
                cur, is_map, key, items_list = self.cur, self.is_map, self.key, self.items_list
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                cur, is_map, _ = pop()
            elif kind is AliasEvent or kind is DocumentStartEvent:
                self._alias_or_document(event)
            elif kind is StreamEndEvent:
                self.cur, self.is_map, self.key = cur, is_map, key
                return self._finish()

    def _pass_over(self, get: Any, kind: type) -> None:
        """An entry of the items list whose positions are not wanted, read past: its place is
        kept (None), so that the next entries keep their numbers, and nothing in it is built.

        Only a parse for positions alone passes over entries (``for_positions``, see
        :func:`item_positions`): the same bytes were parsed whole before, so nothing in an entry can
        stop this parse, and its tree is not used.
        """
        assert isinstance(self.cur, list)
        self.cur.append(None)
        depth = 0 if kind is ScalarEvent else 1
        while depth:
            kind = type(get())
            if kind is MappingStartEvent or kind is SequenceStartEvent:
                depth += 1
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                depth -= 1

    def _alias_or_document(self, event: Any) -> None:
        """An alias is refused; so is the start of a second document."""
        kind = type(event)
        if kind is AliasEvent:
            raise _stop("unsafe-yaml.alias", event, self.data, (("name", event.anchor),))
        self.documents += 1
        if self.documents > 1:
            raise _stop("schema.multi-document", event, self.data)

    def _finish(self) -> Document:
        if not self.has_root:
            raise _Stop(Fatal("schema.empty", 1, 1))
        if self.restart:
            raise _Restart(self.repeated)
        if self.positions is not None:
            _clamp(self.positions, self.issues, self.data)
        return Document(
            self.root,
            self.positions,
            self.issues,
            self.item_lines,
            self.item_columns,
            self.cut_titles,
            self.cuts_dropped,
        )

    def _scalar(self, event: Any) -> None:
        if event.anchor is not None or event.tag is not None:
            _refuse(event, self.data)
        value: Tree = event.value
        if event.implicit[0] and value in _NULLS:
            value = None
        if self.is_map and self.key is _NO_KEY:
            self.key = value if value is not None else ""
            if self.track:
                self.key_mark = _mark(event)
            return
        if self.cuts and not event.style and isinstance(value, str) and self.key in CUT_FIELDS:
            self._cut(event, value)
        self._attach(value, event, None)

    def _cut(self, event: Any, value: str) -> None:
        """A ``comment-in-value`` issue when the plain ``value`` of an item's title or note is
        followed, on its line, by blanks and a ``#`` that is not followed by a blank."""
        if len(self.stack) != 3 or self.stack[2][0] is not self.items_list:
            return
        if self.text is None:
            self.text = self.data.decode("utf-8")
        text, end = self.text, event.end_mark.index
        at = end
        while at < len(text) and text[at] in " \t":
            at += 1
        if at == end or not text.startswith("#", at) or at + 1 >= len(text) or text[at + 1] in _BLANKS:
            return
        items = self.stack[2][0]
        assert isinstance(items, list)
        if self.key == "title":
            self.cut_titles.append(len(items) - 1)
        if len(self.issues) >= MAX_CUTS:
            self.cuts_dropped += 1
            return
        line_break = _BREAK.search(text, at)
        whole = value + text[end : line_break.start() if line_break else len(text)].rstrip()
        self.issues.append(
            Issue(
                ("items", len(items) - 1, str(self.key)),
                "comment-in-value",
                _mark(event),
                (("field", str(self.key)), ("quoted", _quoted(whole)), ("value", value)),
            )
        )

    def _open(self, event: Any, mapping: bool) -> None:
        if event.anchor is not None or event.tag is not None:
            _refuse(event, self.data)
        if len(self.stack) >= MAX_DEPTH:
            raise _stop("too-large.depth", event, self.data, (("limit", str(MAX_DEPTH)),))
        if self.is_map and self.key is _NO_KEY:
            raise _stop("schema.complex-key", event, self.data)
        self._attach({} if mapping else [], event, mapping)

    def _attach(self, new: Tree, event: Any, mapping: bool | None) -> None:
        """Put ``new`` in the current container; a container (``mapping`` not None) is entered."""
        cur = self.cur
        if cur is not None and len(cur) >= self.smallest:
            self._check_width(cur, event)
        child_loc: Loc = ()
        if cur is None:
            self.root, self.has_root = new, True
            if self.positions is not None:
                self.positions.values[()] = _mark(event)
        elif self.is_map:
            assert isinstance(cur, dict)
            name = str(self.key)
            self.key = _NO_KEY
            if not self.track and name not in cur:  # the common case, kept short
                cur[name] = new
                if cur is self.root and name == "items":
                    self.items_list = new
            else:
                kept = self._into_mapping(cur, name, new, event)
                if kept is None:  # a repeated key's value: read (if a container), then dropped
                    if mapping is not None:
                        self._enter(new, mapping, self.loc)
                    return
                child_loc = kept
        else:
            assert isinstance(cur, list)
            child_loc = self._into_list(cur, new, event)
        if mapping is not None:
            self._enter(new, mapping, child_loc)

    def _enter(self, new: Tree, mapping: bool, loc: Loc) -> None:
        self.stack.append((self.cur, self.is_map, self.loc))
        self.cur = new  # type: ignore[assignment]
        self.is_map = mapping
        self.loc = loc

    def _check_width(self, cur: Container, event: Any) -> None:
        """Lists directly under the top level may hold ``top_width`` entries, others MAX_WIDTH."""
        if self.is_map or len(self.stack) != 2:
            if len(cur) >= MAX_WIDTH:
                raise _stop("too-large.width", event, self.data, (("limit", str(MAX_WIDTH)),))
        elif len(cur) >= self.top_width:
            raise _stop("too-large.items", event, self.data, (("limit", str(self.top_width)),))

    def _into_mapping(self, cur: dict[str, Tree], name: str, new: Tree, event: Any) -> Loc | None:
        """Set ``name`` while tracking, or a repeated key: the loc of its value, or None when
        the value is dropped (a repeated key, not tracking)."""
        if name in cur:
            if not self._repeated(name):
                return None
        else:
            cur[name] = new
            if cur is self.root and name == "items":
                self.items_list = new
        if not self.track:
            return ()
        child_loc = (*self.loc, name)
        assert self.positions is not None and self.key_mark is not None
        if self.only is None or _wanted(child_loc, self.only):
            self.positions.keys.setdefault(child_loc, self.key_mark)
            self.positions.values.setdefault(child_loc, _mark(event))
        return child_loc

    def _repeated(self, name: str) -> bool:
        """A key met twice in one mapping. Without tracking, note the item and go on (the file
        is parsed again, see :class:`_Restart`): False, the value is dropped. With tracking,
        record the issue at both keys' lines: True (positions are still kept for it)."""
        if not self.track:
            # Inside an item (any depth), the item is the one the items list holds last.
            items = self.stack[2][0] if len(self.stack) >= 3 else None
            if items is not None and items is self.items_list:
                self.repeated.add(len(items) - 1)
            self.restart = True
            return False
        assert self.positions is not None and self.key_mark is not None
        first = self.positions.keys.get((*self.loc, name))
        if first is None:  # a key repeated where positions were not kept: keep them all
            raise _Restart(set(), everything=True)
        in_item = len(self.loc) == 2 and self.loc[0] == "items" and len(self.stack) == 3
        self.issues.append(
            Issue(
                (*self.loc, name),
                "duplicate-key.item" if in_item else "duplicate-key",
                self.key_mark,
                (("first_line", str(first.line)), ("key", name)),
            )
        )
        return True

    def _into_list(self, cur: list[Tree], new: Tree, event: Any) -> Loc:
        child_loc: Loc = ()
        if self.track:
            child_loc = (*self.loc, len(cur))
            assert self.positions is not None
            # setdefault: under a repeated key the second list must not move the first's.
            if self.only is None or _wanted(child_loc, self.only):
                self.positions.values.setdefault(child_loc, _mark(event))
        if cur is self.items_list:
            self.item_lines.append(event.start_mark.line)
            self.item_columns.append(event.start_mark.column)
        cur.append(new)
        return child_loc
