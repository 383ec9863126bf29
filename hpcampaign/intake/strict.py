"""The common forms of a submission, read without pydantic: the fast path of ``validate``.

Importing pydantic costs a clerk's ``check`` of one file more than the rest of the run, so the
header and the items of a clean file are read here, by plain code that gives exactly what the
models of :mod:`hpcampaign.intake.submission` give (the same fields, values and types), and
declines (returns None) whenever it is not sure: anything invalid, and any form it does not
know. What it declines, pydantic reads, and pydantic's errors are the problems reported: the
models stay the one authority on what is wrong, and this module never says why.

Texts are trimmed as pydantic-core trims them (``str_strip_whitespace``: Rust's ``str::trim``,
the Unicode ``White_Space`` characters of :data:`WHITE_SPACE`). Python's ``str.strip`` takes a
few more (``\\x1c``-``\\x1f``), which our own validators use; a text that begins or ends with one
of these is declined, as is a text pydantic-core cannot take (a lone surrogate).

The header and its period are :class:`Header` and :class:`Period`, plain classes that the rest
of a check reads, whichever way the file was read (``submission.Header.plain`` gives one from
the model).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from hpcampaign.text.values import parse_date, parse_duration

#: The largest ``count`` of an item.
MAX_COUNT = 10_000
#: A whole number as text: "5", "+5", "-1", "5.0"; at most 9 digits, so it is never huge.
WHOLE = re.compile(r"([+-]?[0-9]{1,9})(?:\.0*)?")
#: Unicode's White_Space characters: what pydantic-core's ``str_strip_whitespace`` removes around
#: a text (Rust's ``char::is_whitespace``), all of them blanks to Python's ``str.strip`` too.
WHITE_SPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
#: What short texts read as in this run, remembered: a city's items repeat a few dozen kinds,
#: languages, platforms and counts (:data:`_TEXTS`, :data:`_COUNTS`) and a few hundred days
#: (:data:`_DAYS`, by time zone). At most :data:`MAX_WORDS` texts each, of at most
#: :data:`LONGEST_WORD` characters; emptied after a run (:func:`clear_caches`).
_TEXTS: dict[str, object] = {}
_COUNTS: dict[str, object] = {}
_DAYS: dict[str, dict[str, object]] = {}
MAX_WORDS = 4096
LONGEST_WORD = 64


@dataclass(frozen=True, slots=True)
class Period:
    """The dates a file reports on; every item must lie inside."""

    start: date
    end: date


@dataclass(frozen=True, slots=True)
class Header:
    """Everything of a valid file but its items, as validated."""

    unit: str
    format: int = 1
    reporter: str | None = None
    period: Period | None = None
    difficulties: tuple[str, ...] | None = None


class _Unsure:
    """What a reader returns when it is not sure of a value (it may be valid or not)."""


_UNSURE: Final = _Unsure()
_NOT_GIVEN: Final = object()

_Reader = Callable[[object, str], object]


def item(entry: object, timezone: str) -> dict[str, Any] | None:
    """The fields of a valid item, exactly as ``Item.model_validate(entry, context={"timezone":
    timezone}).__dict__`` gives them; None when ``entry`` is invalid or written in a form this
    module does not read (pydantic then decides).

    Each field is read in turn, not through a table as the header is: a city's check reads a
    million items, and a loop over a table cost it a tenth of its time. A field left out and a
    field left empty (None) read alike where the model's default is None.
    """
    if type(entry) is not dict or not ITEM_FIELDS.issuperset(entry):
        return None
    get = entry.get
    day = _day(get("date"), timezone)
    kind = _remembered(get("kind"), _TEXTS, _text)
    count = _remembered(entry["count"], _COUNTS, _count) if "count" in entry else 1
    title = get("title")
    if title is not None:
        title = _text(title)
    url = get("url")
    if url is not None:
        url = _url(url)
    platforms = get("platforms")
    if platforms is not None:
        platforms = _texts(platforms)
    language = _remembered(entry["language"], _TEXTS, _text) if "language" in entry else "vi"
    duration = get("duration")
    if duration is not None:
        duration = _duration(duration)
    note = get("note")
    if note is not None:
        note = _trimmed(note)
    fields = {
        "date": day,
        "kind": kind,
        "count": count,
        "title": title,
        "url": url,
        "platforms": platforms,
        "language": language,
        "duration": duration,
        "note": note,
    }
    return None if _UNSURE in fields.values() else fields


def header(fields: object, timezone: str) -> Header | None:
    """The header of a file (its top-level fields but ``items``), exactly as pydantic's
    ``Header`` reads it (see ``submission.Header.plain``); None when it is invalid or unusual."""
    if type(fields) is not dict or not _HEADER_FIELDS.issuperset(fields):
        return None
    read = _read(fields, _HEADER, timezone)
    return Header(**read) if read is not None else None


def _read(
    entry: dict[Any, Any], readers: dict[str, tuple[_Reader, object]], timezone: str
) -> dict[str, Any] | None:
    """Each field of ``readers`` read from ``entry`` (its default when left out), in order; None
    when one is unsure or a required one (default :data:`_NOT_GIVEN`) is missing."""
    fields: dict[str, Any] = {}
    for name, (reader, default) in readers.items():
        if name in entry:
            value = reader(entry[name], timezone)
            if value is _UNSURE:
                return None
        elif default is _NOT_GIVEN:
            return None
        else:
            value = default
        fields[name] = value
    return fields


def _trimmed(value: object) -> str | _Unsure:
    """``value`` without the blanks around it, as pydantic-core leaves a ``str`` field; unsure
    when it is not text, when Python's ``strip`` would take more (``\\x1c``), or when it holds a
    lone surrogate (pydantic-core refuses it)."""
    if type(value) is not str:
        return _UNSURE
    text = value.strip(WHITE_SPACE)
    if text and (text[0].isspace() or text[-1].isspace()):
        return _UNSURE
    if not text.isascii() and _has_surrogate(text):
        return _UNSURE
    return text


def _has_surrogate(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate, which UTF-8 cannot encode."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _text(value: object, timezone: str = "") -> object:
    """A ``Text``: trimmed, and not blank."""
    text = _trimmed(value)
    return text if text else _UNSURE


def _remembered(value: object, memo: dict[str, object], reader: Callable[[object], object]) -> object:
    """``reader(value)`` for a short text a city repeats, remembered in ``memo``."""
    if type(value) is not str:
        return _UNSURE
    known = memo.get(value)
    if known is None:
        known = reader(value)
        if len(memo) < MAX_WORDS and len(value) <= LONGEST_WORD:
            memo[value] = known
    return known


def _day(value: object, timezone: str) -> object:
    """:func:`_date`, remembered by time zone (:data:`_DAYS`)."""
    if type(value) is not str:
        return _UNSURE
    days = _DAYS.get(timezone)
    if days is None:
        days = _DAYS[timezone] = {}
    known = days.get(value)
    if known is None:
        known = _date(value, timezone)
        if len(days) < MAX_WORDS and len(value) <= LONGEST_WORD:
            days[value] = known
    return known


def clear_caches() -> None:
    """Forget what this run remembered (:data:`_TEXTS`, :data:`_COUNTS`, :data:`_DAYS`)."""
    _TEXTS.clear()
    _COUNTS.clear()
    _DAYS.clear()


def _note(value: object, timezone: str = "") -> object:
    """A ``str | None``: trimmed, maybe blank."""
    return None if value is None else _trimmed(value)


def _optional(reader: _Reader) -> _Reader:
    """``reader`` for a field that may also be left empty (``T | None``)."""
    return lambda value, timezone: None if value is None else reader(value, timezone)


def _date(value: object, timezone: str) -> object:
    """A ``SubmissionDate``: the date a text means (see :func:`~hpcampaign.text.values.parse_date`)."""
    if type(value) is not str:
        return _UNSURE
    try:
        return parse_date(value, timezone)
    except ValueError:
        return _UNSURE


def _count(value: object, timezone: str = "") -> object:
    """A ``Count``: a whole number from 1 to :data:`MAX_COUNT`, written as text."""
    if type(value) is not str:
        return _UNSURE
    whole = WHOLE.fullmatch(value.strip())
    number = int(whole.group(1)) if whole else 0
    return number if 1 <= number <= MAX_COUNT else _UNSURE


def _url(value: object, timezone: str = "") -> object:
    """A ``Url``: a web address (``http://`` or ``https://`` in any case), blanks around dropped."""
    if type(value) is not str:
        return _UNSURE
    text = value.strip()
    if not text.lower().startswith(("http://", "https://")):
        return _UNSURE
    if not text.isascii() and _has_surrogate(text):
        return _UNSURE
    return text


def _texts(value: object, timezone: str = "") -> object:
    """A list of ``Text`` (platforms), one text standing for a list of one."""
    if type(value) is str:
        value = [value]
    if type(value) is not list:
        return _UNSURE
    texts = [_remembered(one, _TEXTS, _text) for one in value]
    return _UNSURE if _UNSURE in texts else texts


def _notes(value: object, timezone: str = "") -> object:
    """A tuple of ``str`` (difficulties), one text standing for one."""
    if type(value) is str:
        value = [value]
    if type(value) is not list:
        return _UNSURE
    notes = tuple(_trimmed(one) for one in value)
    return _UNSURE if _UNSURE in notes else notes


def _duration(value: object, timezone: str = "") -> object:
    """A ``Duration`` in seconds (see :func:`~hpcampaign.text.values.parse_duration`)."""
    if type(value) is not str:
        return _UNSURE
    try:
        return parse_duration(value)
    except ValueError:
        return _UNSURE


def _format(value: object, timezone: str = "") -> object:
    """The format version, in its one common form: ``1``."""
    return 1 if value == "1" else _UNSURE


def _period(value: object, timezone: str) -> object:
    """A ``Period`` written with its keys ``from`` and ``to``."""
    if value is None:
        return None
    if type(value) is not dict or value.keys() != {"from", "to"}:
        return _UNSURE
    start, end = _date(value["from"], timezone), _date(value["to"], timezone)
    if not isinstance(start, date) or not isinstance(end, date):
        return _UNSURE
    return Period(start, end)


#: The fields an item may have, those of the model (``tests/test_strict.py`` compares them).
ITEM_FIELDS = frozenset(
    ("date", "kind", "count", "title", "url", "platforms", "language", "duration", "note")
)
#: The fields of a header, in the model's order: how each is read, and its default
#: (:data:`_NOT_GIVEN`: required); ``format`` reads only its common form.
_HEADER: dict[str, tuple[_Reader, object]] = {
    "unit": (_text, _NOT_GIVEN),
    "format": (_format, 1),
    "reporter": (_note, None),
    "period": (_period, None),
    "difficulties": (_optional(_notes), None),
}
_HEADER_FIELDS = frozenset(_HEADER)
