"""Writing YAML text a person will read and ``check`` will parse: quoted values, comments.

A value is written double-quoted (:func:`quoted`), so no text a clerk typed can change the
file's shape: a ``: `` or `` #`` in a title, a leading ``-`` or ``[``, ``yes``, ``012``. What
YAML would read as a line break or refuse raw (C0 and C1 controls, DEL, U+2028, U+2029, a
byte-order mark, lone surrogates, noncharacters) is escaped, so one value is always one line:
the importer relies on that to know the line of every cell.

Example: ``Hải Phòng: vươn ra biển lớn #1`` → ``"Hải Phòng: vươn ra biển lớn #1"``.
"""

from __future__ import annotations

import re
import textwrap

_ESCAPED = re.compile('[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff"\\\\]')
_SURROGATE = re.compile("[\ud800-\udfff]")
#: What a comment must not hold raw: a line break of any kind, a control character.
_NOT_IN_COMMENT = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_SHORT = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar on one line."""
    return '"' + _ESCAPED.sub(_escape, _SURROGATE.sub("\ufffd", text)) + '"'


#: Text YAML reads as itself when written bare: no indicator first, no ": " or " #" inside.
_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^#:\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\"\\]*")


def scalar(text: str) -> str:
    """``text`` bare when YAML reads it as itself (``lượt phát``), else :func:`quoted`."""
    return text if _PLAIN.fullmatch(text) and text == text.strip() else quoted(text)


def comment(text: str, width: int = 100) -> list[str]:
    """``text`` as comment lines of at most ``width`` characters (a long word stays whole).

    Each line of ``text`` is wrapped on its own; its continuation lines start under its text: after
    its indentation, a list's ``- `` or a table's first column (``  date       ngày …``).
    """
    lines: list[str] = []
    for paragraph in _NOT_IN_COMMENT.sub(" ", text).split("\n"):
        if not paragraph.strip():
            lines.append("#")
            continue
        found = _HANGING.match(paragraph)
        hanging = " " * (found.end() if found is not None else 0)
        wrapped = textwrap.wrap(
            paragraph,
            width=max(20, width - 2),
            subsequent_indent=hanging,
            break_long_words=False,
            break_on_hyphens=False,
            drop_whitespace=True,
        )
        lines.extend(f"# {piece}".rstrip() for piece in wrapped)
    return lines


#: Where the text of a line starts: after its indentation, a "- ", or a first column and two spaces.
_HANGING = re.compile(r" *(?:- |\S+ {2,})?")
