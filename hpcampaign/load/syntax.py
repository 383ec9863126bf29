"""libyaml's complaints in the words of the catalogue, at the line and column to act on.

The mistakes people make most (a missing colon, a tab, an unclosed bracket, a control
character) get catalogue messages a clerk can act on; anything else keeps libyaml's own words.
"""

from __future__ import annotations

import yaml

from hpcampaign.load.marks import BREAK, MAX_DEPTH, Fatal, Mark, end_mark, line_count, text_position


def syntax_fatal(exc: yaml.MarkedYAMLError, data: bytes) -> Fatal:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or exc.context or "invalid YAML"
    if mark is None:
        return Fatal("yaml-syntax", params=(("detail", problem),))
    line, column = mark.line + 1, mark.column + 1
    if column == 1 and line > 1 and line > line_count(data):
        end = end_mark(data)  # libyaml's line past the end of a file without a final line break
        line, column = end.line, end.column
    text = BREAK.split(data.decode("utf-8"), maxsplit=line)[line - 1]
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
