"""libyaml's complaints in the words of the catalogue, at the line and column to act on.

libyaml says where *it* gave up, which is often not where the mistake is: a missing ``:`` is
found on the next line, an unclosed ``"`` or ``[`` at the end of the file or at the next quote,
a key indented too deep at its colon ("mapping values are not allowed"). :data:`DIAGNOSES` is the
table of the mistakes people make, each with the libyaml words it shows as, the mark to start
from (libyaml's *problem* mark, or its *context* mark: where the scalar, key or bracket began),
and the function that looks at the lines there to name the mistake and its position. Anything
else keeps libyaml's own words at libyaml's problem mark.

Words used here: a *body* is a line without its indentation and list dashes (``- ``); a *key
colon* is the first ``:`` of a body followed by a blank or the end of the line; the *value* of a
line starts after its key colon and the blanks that follow it. Every function reads the lines a
bounded number of times, with ``str`` methods: the cost is linear in the size of the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import yaml

from hpcampaign.load.findings import VIETNAMESE_FIELDS
from hpcampaign.load.marks import BREAK, MAX_DEPTH, Fatal, Mark, end_mark, line_count, text_position
from hpcampaign.text.names import name_key

Params = tuple[tuple[str, str], ...]


def syntax_fatal(exc: yaml.MarkedYAMLError, data: bytes) -> Fatal:
    """The catalogue's message for libyaml's complaint ``exc`` about ``data``, where to act."""
    problem = exc.problem or exc.context or "invalid YAML"
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return Fatal("yaml-syntax", params=(("detail", problem),))
    at = _inside(Mark(mark.line + 1, mark.column + 1), data)
    if "maximum nesting depth" in problem:
        # Newer libyaml stops nesting itself (at 1000 levels), before we see the events that
        # would cross our limit; say so where our limit is crossed, as with older libyaml.
        deep = _deep_point(data) or at
        return Fatal("too-large.depth", deep.line, deep.column, (("limit", str(MAX_DEPTH)),))
    context = exc.context_mark
    lines = Lines(BREAK.split(data.decode("utf-8")))
    start = _inside(Mark(context.line + 1, context.column + 1), data) if context is not None else None
    found = _line_start_trap(lines, at.line) or _open_quote(lines, at.line) or _closed_list(lines, at.line)
    if found is None:
        for words, context_words, from_context, diagnose in DIAGNOSES:
            if words in problem and (context_words is None or context_words in (exc.context or "")):
                where = start if from_context and start is not None else at
                found = diagnose(lines, where, at)
                break
    if found is None:
        detail = problem if not exc.context else f"{exc.context}: {problem}"
        return Fatal("yaml-syntax", at.line, at.column, (("detail", detail),))
    return Fatal(found.msg_id, found.line, found.column, found.params)


def _inside(mark: Mark, data: bytes) -> Mark:
    """``mark``, or the end of ``data`` for libyaml's line past the end of a file without a
    final line break."""
    if mark.column == 1 and mark.line > 1 and mark.line > line_count(data):
        return end_mark(data)
    return mark


@dataclass(frozen=True, slots=True)
class Said:
    """A diagnosis: the catalogue message and where the clerk must act (1-based)."""

    msg_id: str
    line: int
    column: int
    params: Params = ()

    def at(self, line: int) -> Said:
        """The same diagnosis on another line (one said of a line taken on its own)."""
        return Said(self.msg_id, line, self.column, self.params)


class Lines:
    """The lines of a file (0-based list, 1-based accessors), and what they say."""

    __slots__ = ("lines",)

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def text(self, line: int) -> str:
        return self.lines[line - 1] if 1 <= line <= len(self.lines) else ""

    def previous(self, line: int) -> int | None:
        """The nearest line before ``line`` that holds something (not blank, not a comment)."""
        for number in range(line - 1, 0, -1):
            text = self.lines[number - 1]
            if text and _holds_something(text):
                return number
        return None


def _holds_something(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and not stripped.startswith("#")


def indent(text: str) -> int:
    """Leading spaces."""
    return len(text) - len(text.lstrip(" "))


def body(text: str) -> int:
    """Where a line's body starts: after its indentation and its list dashes (``- ``)."""
    at = indent(text)
    while text.startswith("- ", at) or (at == len(text) - 1 and text[at] == "-"):
        at += 1
        while at < len(text) and text[at] == " ":
            at += 1
    return at


def key_colon(text: str, start: int) -> int | None:
    """The index of the key colon of the body at ``start``, or None (a quoted or flow body,
    a plain text without ``key:``)."""
    if start >= len(text) or text[start] in "\"'[{#":
        return None
    found = [i for i in (text.find(": ", start), text.find(":\t", start)) if i >= 0]
    stripped = text.rstrip()
    if stripped.endswith(":") and len(stripped) - 1 >= start:
        found.append(len(stripped) - 1)
    comment = text.find(" #", start)
    found = [i for i in found if comment < 0 or i < comment]
    return min(found) if found else None


def value_start(text: str, colon: int) -> int | None:
    """Where the value after the key colon at ``colon`` starts (None: nothing follows)."""
    at = colon + 1
    while at < len(text) and text[at] in " \t":
        at += 1
    return at if at < len(text) else None


def key_word(text: str, start: int) -> str:
    """The first word of the body at ``start`` (up to a blank or a colon)."""
    end = start
    while end < len(text) and text[end] not in " \t:：":
        end += 1
    return text[start:end]


def key_name(text: str, start: int) -> str:
    """The key of the body at ``start``: up to its key colon, else its first word."""
    colon = key_colon(text, start)
    return text[start:colon] if colon is not None else key_word(text, start)


def _field_like(word: str) -> bool:
    """A word written as the name of a field: lower-case ASCII letters, digits, ``_`` and ``-``."""
    return bool(word) and word.isascii() and all(c.islower() or c.isdigit() or c in "_-" for c in word)


# -- traps found before libyaml's words are read --------------------------------------------------

#: What people put where a list's ``-`` goes: word processors and chat apps turn ``- `` into
#: an en dash, an em dash or a bullet; ``*`` and ``+`` are Markdown's bullets.
BULLETS = frozenset("–—•·●▪◦*+")


def _line_start_trap(lines: Lines, upto: int) -> Said | None:
    """The first line up to ``upto`` that starts wrong whatever libyaml says of it: a tab in
    its indentation, a ``-`` without the blank after it, a bullet where the ``-`` goes."""
    for number in range(1, min(upto, len(lines.lines)) + 1):
        text = lines.lines[number - 1]
        if not text or text[0] not in _TRAP_STARTS:  # a line that starts with its key: no trap
            continue
        spaces = indent(text)
        rest = text[spaces:]
        leading = text[: len(text) - len(text.lstrip(" \t"))]
        if "\t" in leading and text.strip():
            return Said("yaml-syntax.tab", number, text.index("\t") + 1)
        if not rest or rest.startswith("#"):
            continue
        if rest[0] in _ODD_BLANKS and rest.strip(_ODD_BLANKS + " \t"):
            return Said("yaml-syntax.odd-indent", number, spaces + 1, (("char", f"U+{ord(rest[0]):04X}"),))
        if rest[0] == "-" and len(rest) > 1 and rest[1] not in " \t-" and not rest[1].isdigit():
            return Said("yaml-syntax.dash-space", number, spaces + 1, (("rest", rest[1:].strip()),))
        if rest[0] in BULLETS and rest[1:2] in (" ", "\t"):
            return Said("yaml-syntax.bullet", number, spaces + 1, (("char", rest[0]),))
    return None


def _closed_list(lines: Lines, upto: int) -> Said | None:
    """``items: []`` kept (as the file ``hpcampaign new`` writes has it) while items were added
    below it: the ``[]`` closed the list, and the first item reads as a wrong indentation. The
    clerk must act on the ``[]``, so that is where it is said."""
    before = lines.previous(upto)
    if before is None or not lines.text(upto).lstrip(" ").startswith("-"):
        return None
    for number in range(before, 0, -1):
        text = lines.text(number).split(" #", 1)[0].rstrip()
        if indent(text) == 0 and text:
            key, _, value = text.partition(":")
            if value.strip().replace(" ", "") == "[]":
                return Said("yaml-syntax.closed-list", number, text.index("[") + 1, (("key", key),))
            return None
    return None


#: How a line that starts wrong starts: a blank, a dash, a bullet.
_TRAP_STARTS = frozenset(" \t-") | BULLETS | frozenset("\u00a0\u2007\u202f\u3000\u200b\u2060\ufeff")


def _open_quote(lines: Lines, upto: int) -> Said | None:
    """A quote opened on an earlier line than ``upto`` that is still open there: libyaml reads
    on to the next quote of the file and gives up far below the one that was never closed."""
    opened: tuple[str, int, int] | None = None  # (quote, line, column) of the open quote
    for number in range(1, min(upto, len(lines.lines)) + 1):
        text = lines.lines[number - 1]
        if opened is None:
            if '"' not in text and "'" not in text:  # the common case, said quickly
                continue
            start = body(text)
            colon = key_colon(text, start)
            value = start if colon is None else value_start(text, colon)
            if value is None or value >= len(text) or text[value] not in "\"'":
                continue
            opened = (text[value], number, value + 1)
            close = _closing(text, value + 1, text[value])
        else:
            close = _closing(text, 0, opened[0])
        if close >= 0:
            if opened[1] < number == upto:
                return _unclosed(lines, opened)
            opened = None
    if opened is not None and opened[1] < upto:
        return _unclosed(lines, opened)
    return None


def _closing(text: str, start: int, quote: str) -> int:
    """Where the quoted scalar that runs from ``start`` closes on this line, or -1."""
    at = start
    while True:
        found = text.find(quote, at)
        if found < 0:
            return -1
        if quote == '"':
            backslashes = len(text[at:found]) - len(text[at:found].rstrip("\\"))
            if backslashes % 2 == 0:
                return found
        elif text.startswith("''", found):
            at = found + 2
            continue
        else:
            return found
        at = found + 1


def _unclosed(lines: Lines, opened: tuple[str, int, int]) -> Said:
    """The quote at ``opened`` that has no closing quote on its line."""
    quote, line, column = opened
    text = lines.text(line)
    typographic = next((c for c in text[column:] if c in _CLOSING_QUOTES), None)
    if typographic is not None:
        return Said("yaml-syntax.mixed-quotes", line, column, (("char", quote), ("close", typographic)))
    return Said("yaml-syntax.unclosed-quote", line, column, (("char", quote),))


_CLOSING_QUOTES = frozenset("”“’‘″")
_OPENING_QUOTES = frozenset("“”‘’„«")


# -- the table --------------------------------------------------------------------------------------


def _no_colon(lines: Lines, start: Mark, at: Mark) -> Said:
    """libyaml "could not find expected ':'" for the simple key that began at ``start``."""
    return _missing_colon(lines, start.line, start.column - 1)


def _missing_colon(lines: Lines, line: int, start: int) -> Said:
    """The body at ``start`` of ``line`` should have been ``key: value`` and is not."""
    text = lines.text(line)
    word = key_word(text, start)
    colon = start + len(word)
    if text.startswith(":", colon) and colon + 1 < len(text) and text[colon + 1] not in " \t":
        key = text[start:colon]
        if text[colon + 1] in _ODD_BLANKS:
            return Said("yaml-syntax.odd-blank", line, colon + 2, (("key", key),))
        return Said("yaml-syntax.no-space", line, colon + 2, (("key", key),))
    if _field_like(word):
        return Said("yaml-syntax.missing-colon", line, start + len(word) + 1, (("key", word),))
    above = lines.previous(line)
    if above is not None:
        upper = lines.text(above)
        colon_above = key_colon(upper, body(upper))
        if colon_above is not None and value_start(upper, colon_above) is not None:
            key = key_word(upper, body(upper))
            return Said("yaml-syntax.continued", line, start + 1, (("key", key), ("above", str(above))))
    return Said("yaml-syntax.no-colon", line, start + 1)


#: Blanks that are not a space to YAML: the no-break space of word processors and chat apps,
#: the ideographic space, the zero-width ones.
_ODD_BLANKS = "\u00a0\u2007\u202f\u3000\u200b\u2060\ufeff"


def _colon(lines: Lines, start: Mark, at: Mark) -> Said:
    """libyaml "mapping values are not allowed here": a ``:`` where it was reading a value."""
    text = lines.text(at.line)
    first = body(text)
    colon = key_colon(text, first)
    here = at.column - 1
    if colon is not None and colon < here:
        return _value_with_colon(text, at.line, colon)
    # The colon libyaml met is the first of its line: the line above left a value open.
    above = lines.previous(at.line)
    if above is None:
        return Said("yaml-syntax.colon", at.line, first + 1, (("key", key_word(text, first)),))
    upper = lines.text(above)
    upper_body = body(upper)
    upper_colon = key_colon(upper, upper_body)
    if upper_colon is None:
        return _missing_colon(lines, above, upper_body)
    if text.startswith("-", indent(text)):
        return _dash_indent(lines, at.line)
    word = key_word(text, first)
    if not _field_like(word) and name_key(text[first:here]) not in VIETNAMESE_FIELDS:
        # Text with ": " on a line of its own, below a value: the value goes on over two lines.
        value = value_start(upper, upper_colon)
        return (
            _value_with_colon(upper, above, upper_colon)
            if value is not None
            else _key_indent(lines, at.line, body(upper) + 1, above)
        )
    return _key_indent(lines, at.line, body(upper) + 1, above)


def _value_with_colon(text: str, line: int, colon: int) -> Said:
    """A plain value holding ``: ``: it needs quotes (and the quotes it has are not YAML's); or
    a key with a blank in it, whose first word lacks its colon (``period {from: …}``)."""
    first = body(text)
    word = key_word(text, first)
    if first + len(word) < colon and _field_like(word):
        return _missing_colon(Lines([text]), 1, first).at(line)
    value = value_start(text, colon)
    column = (value if value is not None else colon) + 1
    key = text[first:colon]
    if value is not None and text[value] in _OPENING_QUOTES:
        return Said("yaml-syntax.smart-quotes", line, column, (("char", text[value]), ("key", key)))
    return Said("yaml-syntax.colon", line, column, (("key", key),))


def _dash_indent(lines: Lines, line: int) -> Said:
    """The ``-`` of ``line`` is not in the column of the dashes of its list."""
    text = lines.text(line)
    column = indent(text) + 1
    if not any(lines.text(n).lstrip(" ").startswith("items:") for n in range(1, line)):
        return Said("yaml-syntax.no-items", line, column)
    want = None
    for number in range(line - 1, 0, -1):
        upper = lines.text(number)
        if upper.lstrip(" ").startswith("- ") or upper.strip() == "-":
            want = indent(upper) + 1
            if want != column:
                break
        if upper.startswith("items:"):
            break
    if want is None or want == column:
        return Said("yaml-syntax.indent", line, column)
    return Said("yaml-syntax.indent-dash", line, column, (("at", str(column)), ("want", str(want))))


def _expected_key(lines: Lines, start: Mark, at: Mark) -> Said:
    """libyaml "did not find expected key" in a block mapping begun at ``start``."""
    text = lines.text(at.line)
    if not text[: at.column - 1].strip():  # libyaml stopped at the start of a line
        return _misplaced(lines, at.line, start.column)
    return _bad_value(text, at.line, at.column)


def _expected_dash(lines: Lines, start: Mark, at: Mark) -> Said:
    """libyaml "did not find expected '-' indicator" in a list begun at ``start``."""
    text = lines.text(at.line)
    if text.startswith("-", indent(text)):
        return Said(
            "yaml-syntax.indent-dash",
            at.line,
            at.column,
            (("at", str(indent(text) + 1)), ("want", str(start.column))),
        )
    above = lines.previous(at.line)
    want = body(lines.text(above)) + 1 if above is not None else start.column + 2
    return _key_indent(lines, at.line, want, above)


def _misplaced(lines: Lines, line: int, want: int) -> Said:
    """A line that starts in a column that belongs to no open mapping or list."""
    text = lines.text(line)
    if text.startswith("-", indent(text)):
        return _dash_indent(lines, line)
    above = lines.previous(line)
    if above is None:
        return Said("yaml-syntax.indent", line, indent(text) + 1)
    return _key_indent(lines, line, body(lines.text(above)) + 1, above)


def _key_indent(lines: Lines, line: int, want: int, above: int | None) -> Said:
    """The key on ``line`` is not in the column ``want`` of the key on the line ``above``; or
    that line is the item whose ``-`` is out of line (its key then is too)."""
    text = lines.text(line)
    first = indent(text)
    if above is None:
        return Said("yaml-syntax.indent", line, first + 1)
    upper = lines.text(above)
    if upper.startswith("- ", indent(upper)):
        others = _other_dash(lines, above)
        if others is not None and others != indent(upper) + 1 and first + 1 == others + 2:
            return Said(
                "yaml-syntax.indent-dash",
                above,
                indent(upper) + 1,
                (("at", str(indent(upper) + 1)), ("want", str(others))),
            )
    return Said(
        "yaml-syntax.indent-key",
        line,
        first + 1,
        (
            ("key", key_name(text, first)),
            ("at", str(first + 1)),
            ("want", str(want)),
            ("sibling", key_name(upper, body(upper))),
        ),
    )


def _other_dash(lines: Lines, line: int) -> int | None:
    """The column of the ``-`` of the nearest other item of the list that ``line`` starts an item
    of: the first line below (or, failing that, above) that starts with ``- ``, before a line
    in the first column."""
    for numbers in (range(line + 1, len(lines.lines) + 1), range(line - 1, 0, -1)):
        for number in numbers:
            text = lines.text(number)
            if text[:1] not in (" ", "-", "") and _holds_something(text):
                break
            if text.lstrip(" ").startswith("- "):
                return indent(text) + 1
    return None


def _bad_value(text: str, line: int, column: int) -> Said:
    """libyaml gave up inside the value of ``line``: say what is wrong with its beginning."""
    first = body(text)
    colon = key_colon(text, first)
    value = first if colon is None else value_start(text, colon)
    if value is None or value >= len(text):
        return Said("yaml-syntax.value", line, column)
    char = text[value]
    if char in "\"'":
        other = "'" if char == '"' else '"'
        return Said("yaml-syntax.after-quote", line, value + 1, (("char", char), ("other", other)))
    if char in _OPENING_QUOTES:
        key = text[first:colon] if colon is not None else ""
        return Said("yaml-syntax.smart-quotes", line, value + 1, (("char", char), ("key", key)))
    if char.isalnum():
        return Said("yaml-syntax.value", line, value + 1)
    return Said("yaml-syntax.token", line, value + 1, (("char", char),))


def _token(lines: Lines, start: Mark, at: Mark) -> Said:
    """A value that begins with a character YAML keeps for itself (``@``, `` ` ``, ``|``, …)."""
    text = lines.text(start.line)
    char = text[start.column - 1] if start.column <= len(text) else ""
    if char == "\t":
        return Said("yaml-syntax.tab", start.line, start.column)
    if char in BULLETS and not text[: start.column - 1].strip():
        return Said("yaml-syntax.bullet", start.line, start.column, (("char", char),))
    if not text[: start.column - 1].strip() and char == "-":
        return _dash_indent(lines, start.line)
    return Said("yaml-syntax.token", start.line, start.column, (("char", char),))


def _flow(lines: Lines, start: Mark, at: Mark) -> Said:
    """A ``[`` or ``{`` opened at ``start`` and not closed on its line; or, closed there, a
    ``,`` missing before the key libyaml stopped at (``{from: 2025-09-29 to: …}``)."""
    text = lines.text(start.line)
    char = text[start.column - 1] if start.column <= len(text) else "["
    if char not in "[{":
        return Said("yaml-syntax.flow", at.line, at.column)
    close = "]" if char == "[" else "}"
    if at.line != start.line or text.find(close, start.column) < 0:
        return _unclosed_bracket(start, char)
    column = at.column
    if text[at.column - 1 : at.column] == ":":  # the comma goes before this key's word
        column = text.rfind(" ", 0, at.column - 1) + 1 or at.column
    return Said("yaml-syntax.flow", at.line, column)


def _node_content(lines: Lines, start: Mark, at: Mark) -> Said:
    """libyaml "did not find expected node content" at the end of a file: a bracket left open."""
    opened = _open_bracket(lines, at.line)
    if opened is None:
        return Said("yaml-syntax.flow", at.line, at.column)
    return _unclosed_bracket(opened, lines.text(opened.line)[opened.column - 1])


def _open_bracket(lines: Lines, upto: int) -> Mark | None:
    """The last ``[`` or ``{`` still open at the end of line ``upto`` (quotes and comments
    skipped), or None."""
    stack: list[Mark] = []
    for number in range(1, min(upto, len(lines.lines)) + 1):
        quote = ""
        for index, char in enumerate(lines.text(number)):
            if quote:
                quote = "" if char == quote else quote
            elif char in "'\"":
                quote = char
            elif char == "#":
                break
            elif char in "[{":
                stack.append(Mark(number, index + 1))
            elif char in "]}" and stack:
                stack.pop()
    return stack[-1] if stack else None


def _end_of_quote(lines: Lines, start: Mark, at: Mark) -> Said:
    """The file ended inside a quoted value opened at ``start``."""
    text = lines.text(start.line)
    quote = text[start.column - 1] if start.column <= len(text) else '"'
    return _unclosed(lines, (quote, start.line, start.column))


def _unclosed_bracket(start: Mark, char: str) -> Said:
    close = "]" if char == "[" else "}"
    return Said("yaml-syntax.unclosed-bracket", start.line, start.column, (("char", char), ("close", close)))


def _backslash(lines: Lines, start: Mark, at: Mark) -> Said:
    """A ``\\`` in a double-quoted value that is no escape YAML knows."""
    text = lines.text(at.line)
    slash = text.rfind("\\", 0, at.column)
    return Said("yaml-syntax.backslash", at.line, (slash if slash >= 0 else at.column - 1) + 1)


def _document_start(lines: Lines, start: Mark, at: Mark) -> Said:
    """libyaml "expected <document start>": a top-level key in the wrong column, often the first."""
    first = next((n for n in range(1, len(lines.lines) + 1) if _holds_something(lines.text(n))), at.line)
    text = lines.text(first)
    if indent(text):
        return Said("yaml-syntax.top-indent", first, 1, (("key", key_word(text, indent(text))),))
    return Said("yaml-syntax.indent", at.line, at.column)


def _at(msg_id: str) -> Callable[[Lines, Mark, Mark], Said]:
    def said(lines: Lines, start: Mark, at: Mark) -> Said:
        return Said(msg_id, start.line, start.column)

    return said


Diagnose = Callable[[Lines, Mark, Mark], Said]

#: libyaml's words (its *problem*, and its *context* or None for any), whether to start from the
#: context mark (where the key, scalar or bracket began) rather than the problem mark, and the
#: function that names the mistake and its position. The first row that matches is used.
DIAGNOSES: tuple[tuple[str, str | None, bool, Diagnose], ...] = (
    ("found a tab character", None, False, _at("yaml-syntax.tab")),
    ("found unexpected end of stream", "quoted scalar", True, _end_of_quote),
    ("did not find expected node content", "flow node", False, _node_content),
    ("found unknown escape character", None, False, _backslash),
    ("did not find expected hexdecimal number", None, False, _backslash),
    ("could not find expected ':'", None, True, _no_colon),
    ("mapping values are not allowed", None, False, _colon),
    ("did not find expected key", None, True, _expected_key),
    ("did not find expected '-' indicator", None, True, _expected_dash),
    ("did not find expected ',' or ']'", None, True, _flow),
    ("did not find expected ',' or '}'", None, True, _flow),
    ("found character that cannot start any token", None, False, _token),
    ("did not find expected alphabetic or numeric character", None, True, _token),
    ("did not find expected comment or line break", "block scalar", True, _token),
    ("block sequence entries are not allowed", None, False, _token),
    ("mapping keys are not allowed", None, False, _token),
    ("did not find expected <document start>", None, False, _document_start),
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


def control_character(data: bytes) -> Fatal:
    text = data.decode("utf-8")
    for index, char in enumerate(text):
        code = ord(char)
        if char in "\t\n\r" or char == "\x85":
            continue
        if code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
            line, column = text_position(text, index)
            return Fatal("yaml-syntax.control", line, column, (("char", f"U+{code:04X}"),))
    return Fatal("yaml-syntax", params=(("detail", "unacceptable character"),))
