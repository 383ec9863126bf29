"""Text safe to show: what every output does to a value before writing it.

Words:

- An *unsafe character* is one that can change how a terminal, a CI log or an XML reader shows
  or reads what follows, or that cannot be encoded at all: every C0 control (U+0000–U+001F,
  tab, line feed and carriage return included), DEL (U+007F), every C1 control (U+0080–U+009F),
  a lone surrogate (U+D800–U+DFFF, what Python's ``surrogateescape`` makes of a file name that is
  not UTF-8), the noncharacters U+FFFE and U+FFFF, and the bidirectional embedding, override and
  isolate controls (U+202A–U+202E, U+2066–U+2069), which make a line read differently from what
  it is. A YAML double-quoted string can hold any of them (``"\\e[2J"``, ``"\\x01"``).
- Its *visible escape* is its spelling in Python source: ``\\t``, ``\\n``, ``\\r``; ``\\xNN``
  below U+0100 (``\\x1b``, ``\\x85``); ``\\uNNNN`` above (``\\u202e``, ``\\udcff``). A clerk sees
  that something odd is there, and where.
- A *one-line value* (a path, a message, a name) is shown with every unsafe character escaped,
  line breaks too: the output puts its own line breaks between values, never inside one.

:func:`safe` makes a one-line value safe to show; printable text, Vietnamese letters and
combining marks included, is returned unchanged, and ``safe(safe(x)) == safe(x)``. A backslash
is left as it is, so a value that already spells ``\\x01`` reads the same as one holding U+0001.

:func:`to_json` writes strict JSON that stays exact: every string decodes back to the same
value, yet the text holds no unsafe character raw (they are ``\\uNNNN`` escapes) and so always
encodes to UTF-8; ``NaN`` and ``Infinity`` are refused. One limit belongs to JSON itself: a high
surrogate followed by a low one reads back as the pair's single character.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

_RANGES = "\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff"
#: One character class, so a search or a substitution is a single linear scan (no backtracking).
_UNSAFE = re.compile(f"[\x00-\x1f{_RANGES}]")
#: The same without C0: :func:`json.dumps` escapes C0 in strings already, and the only C0 left
#: raw in its output are the line breaks and spaces of its own indentation.
_UNSAFE_IN_JSON = re.compile(f"[{_RANGES}]")
_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def escape(char: str) -> str:
    """The visible escape of one character: ``\\t``, ``\\x1b``, ``\\u202e``."""
    code = ord(char)
    return _SHORT.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def safe(text: str) -> str:
    """``text`` with every unsafe character replaced by its visible escape."""
    # Every unsafe character is non-printable to Python, so the common case is one C-level scan.
    if text.isprintable():
        return text
    return _UNSAFE.sub(lambda found: escape(found.group()), text)


def to_json(value: object, *, indent: int | None = 2) -> str:
    """``value`` as strict JSON text (``ensure_ascii=False``, no ``NaN``), unsafe characters escaped.

    Indented text is what ``json.dumps(value, indent=indent)`` writes, byte for byte (see
    :func:`iter_json`, which writes it piece by piece).
    """
    if indent is None:
        return _escaped(_plain(value, None))
    return "".join(iter_json(value, indent=indent))


class Lazy:
    """A list whose entries are made when written (``convert`` applied to each of ``entries``).

    A document of 300,000 problems then never holds 300,000 dicts at once.
    """

    def __init__(self, entries: Sequence[Any], convert: Callable[[Any], object]) -> None:
        self.entries = entries
        self.convert = convert

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[object]:
        return map(self.convert, self.entries)


def iter_json(value: object, *, indent: int = 2) -> Iterator[str]:
    """The pieces of ``to_json(value, indent=indent)``, in order.

    The two outer levels (the document and its lists, which may be :class:`Lazy`) are laid out
    here and each entry below them is encoded on its own: the standard library's indenting
    encoder is pure Python and holds a string per token of the whole document (hundreds of MB
    for 100,000 problems); this holds one entry's at a time.
    """
    yield from _dump(value, indent, 0)


#: Levels laid out by :func:`_dump` itself (the document and its lists); deeper ones are encoded whole.
_OUTER = 2


def _dump(value: object, indent: int, level: int) -> Iterator[str]:
    pad = "\n" + " " * (indent * level)
    if isinstance(value, Lazy) and not value:
        yield "[]"
        return
    listed = isinstance(value, list | Lazy)
    if level >= _OUTER or not (isinstance(value, dict) or listed) or not value:
        flat = _flat(value, pad, indent) if type(value) is dict else None
        yield _escaped(flat if flat is not None else _plain(value, indent).replace("\n", pad))
        return
    inner = pad + " " * indent
    yield "{" if isinstance(value, dict) else "["
    entries: Iterable[tuple[object, object]]
    if isinstance(value, dict):
        entries = value.items()
    else:
        assert isinstance(value, list | Lazy)
        entries = ((None, entry) for entry in value)
    for number, (key, entry) in enumerate(entries):
        yield inner if number == 0 else "," + inner
        if key is not None:
            yield f"{_escaped(_plain(str(key), None))}: "
        yield from _dump(entry, indent, level + 1)
    yield pad + ("}" if isinstance(value, dict) else "]")


def _plain(value: object, indent: int | None) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, indent=indent)


#: Values :func:`_flat` writes itself, and how: the standard library's C encoder, as
#: :func:`_plain` would.
_SCALARS = (str, int, float, bool, type(None))
_scalar = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode


def _flat(value: dict[Any, Any], pad: str, indent: int) -> str | None:
    """A mapping of text keys to scalars (a problem, a result) as :func:`_plain` writes it with
    ``indent``, each line break followed by ``pad``; None for any other mapping.

    The standard library indents with its Python encoder, a token at a time; a city's report
    writes a hundred thousand of these."""
    if not value:
        return None
    parts = []
    for key, entry in value.items():
        if type(key) is not str or type(entry) not in _SCALARS:
            return None
        parts.append(f"{_scalar(key)}: {_scalar(entry)}")
    inner = pad + " " * indent
    return "{" + inner + ("," + inner).join(parts) + pad + "}"


def _escaped(text: str) -> str:
    # Outside strings JSON is ASCII, so every match is inside a string, where ``\\uNNNN`` is a
    # valid escape that decodes to the very same character (a lone surrogate included).
    if _UNSAFE_IN_JSON.search(text) is None:
        return text
    return _UNSAFE_IN_JSON.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
