"""The text forms of dates and durations a clerk may write, and what they mean.

Dates: ISO ``2025-09-29``; day-first ``29/09/2025``, ``29-09-2025``, ``5/9/2025`` (Vietnamese
order, four-digit year); date-times, which are converted to the plan's time zone when they carry
an offset (``2025-09-29T20:00:00Z`` is 30 September in Hai Phong) and are local when naive.

Durations, in seconds: ``12:30`` (minutes:seconds), ``1:05:00`` (h:mm:ss), ISO 8601 ``PT12M30S``,
or *spoken*: numbers each followed by its unit, hours before minutes before seconds, in English
or as a Vietnamese clerk writes them (``12m30s``, ``1h5m``, ``45s``, ``12 min``; ``5 phút``,
``5p``, ``5'``, ``6 phút 30 giây``, ``1 giờ 5 phút``, ``1g5p``, without tone marks too: ``5 phut``),
where a last number without a unit is the next smaller unit (``6p30`` is 6 min 30 s, ``1g30``
1 h 30 min), and a plain number is minutes (``12``, ``12.5``, and with a decimal comma ``6,5``).

Cost: every form is read in time linear in its length, whatever the text. A text longer than
:data:`MAX_TEXT` is refused before anything reads it. Each regular expression below is matched
whole (``fullmatch``) and is built so that it cannot backtrack: no unbounded repeat (``+``,
``*``) inside another repeat, and no two neighbouring repeats that can match the same character
(a run of digits is always followed by something that is not a digit). The spoken forms are
read by :func:`_spoken`, a loop that looks at each character once. A new form keeps to this rule.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache

from dateutil import tz as dateutil_tz

# re.ASCII: ``\d`` is 0-9 only, so "١٢/09/2025" or a full-width "１２" is not a date or a duration.
_DAY_FIRST = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})", re.ASCII)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"\s*(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?",
    re.ASCII,
)
_CLOCK = re.compile(r"(?:(\d+):)?(\d{1,3}):(\d{2})", re.ASCII)
_ISO_DURATION = re.compile(
    r"P(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)", re.I | re.ASCII
)

#: The words (and marks) of a spoken duration → the place of the unit: 0 hours, 1 minutes,
#: 2 seconds. Vietnamese with and without tone marks; ``'`` and ``"`` as in 5'30"; the typographic
#: marks a phone or a word processor puts in their place.
_SPOKEN_UNITS = {
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours", "giờ", "gio", "g", "tiếng", "tieng"), 0),
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes", "phút", "phut", "ph", "p"), 1),
    **dict.fromkeys(("'", "’", "′"), 1),
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds", "giây", "giay", "gy"), 2),
    **dict.fromkeys(('"', "”", "″"), 2),
}
_UNIT_SECONDS = (3600, 60, 1)


@lru_cache(maxsize=8)
def zone(name: str) -> tzinfo:
    """A time zone by IANA name (the system's database, else the copy dateutil ships)."""
    found = dateutil_tz.gettz(name) if name.strip() else None  # gettz("") is the machine's zone
    if found is None:
        raise ValueError(f"unknown time zone {name!r}")
    return found


#: No date or duration a person writes is longer than this (``2025-09-29T20:00:00.123456+07:00``
#: is 32): a longer text is refused before any pattern sees it, and never fills the caches.
MAX_TEXT = 64


def parse_date(text: str, tz_name: str = "Asia/Ho_Chi_Minh") -> date:
    """A calendar date from a clerk's text; ``ValueError`` when it is not one."""
    found = _date_of(_short(text), tz_name)
    if found is None:
        raise ValueError(text[:MAX_TEXT])
    return found


def _short(text: str) -> str:
    """``text`` without surrounding blanks, or "" when it is too long to be a date or duration."""
    text = text.strip()
    return text if len(text) <= MAX_TEXT else ""


# Answers are remembered (a file repeats its dates), failures too (pydantic may ask again for a
# field of an invalid item); the keys are at most MAX_TEXT characters, so each cache holds well
# under a megabyte, and :func:`clear_caches` empties them after a run.
@lru_cache(maxsize=4096)
def _date_of(text: str, tz_name: str) -> date | None:
    try:
        if _ISO_DATE.fullmatch(text):
            return date.fromisoformat(text)
        match = _DAY_FIRST.fullmatch(text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        match = _DATETIME.fullmatch(text)
        if match:
            return _datetime_date(match, tz_name)
    except ValueError:
        return None
    return None


def clear_caches() -> None:
    """Forget every remembered date and duration (a run holds nothing after it ends)."""
    _date_of.cache_clear()
    _duration_of.cache_clear()


def _datetime_date(match: re.Match[str], tz_name: str) -> date:
    year, month, day, hour, minute, second, utc, sign, off_hours, off_minutes = match.groups()
    moment = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    if utc is None and sign is None:
        return moment.date()  # naive: already local
    offset = timedelta(hours=int(off_hours or 0), minutes=int(off_minutes or 0))
    # timezone() refuses offsets of a day or more with ValueError, as it should.
    moment = moment.replace(tzinfo=timezone(-offset if sign == "-" else offset))
    try:
        return moment.astimezone(zone(tz_name)).date()
    except OverflowError:  # 9999-12-31T23:00-05:00 is in year 10000 in Hai Phong
        raise ValueError(match.group(0)) from None


def parse_duration(text: str) -> int:
    """Seconds in a duration written in any accepted form; ``ValueError`` otherwise."""
    found = _duration_of(_short(text))
    if found is None:
        raise ValueError(text[:MAX_TEXT])
    return found


@lru_cache(maxsize=1024)
def _duration_of(text: str) -> int | None:
    # Runs of blanks become one space, so no pattern below has two ways to match a blank.
    text = " ".join(text.split())
    try:
        match = _CLOCK.fullmatch(text)
        if match:
            hours, minutes, seconds = match.groups()
            if int(seconds) >= 60 or (hours is not None and int(minutes) >= 60):
                return None
            return _seconds(hours=hours, minutes=minutes, seconds=seconds)
        match = _ISO_DURATION.fullmatch(text)
        if match and any(match.groups()):
            hours, minutes, seconds = match.groups()
            return _seconds(hours=hours, minutes=minutes, seconds=seconds)
        parts = _spoken(text.casefold())
        if parts is None:
            return None
        return _seconds(*parts)
    except ValueError:
        return None


def _spoken(text: str) -> tuple[str | None, str | None, str | None] | None:
    """(hours, minutes, seconds) of a spoken duration (see the module), or None.

    One pass over the characters: numbers (digits 0-9, one ``.`` or ``,`` as the decimal mark)
    and unit words alternate; the units must come in decreasing order, each once.
    """
    tokens = _tokens(text)
    if not tokens or tokens[0][0] != "n":
        return None
    found: list[str | None] = [None, None, None]
    place = -1
    for index in range(0, len(tokens), 2):
        kind, number = tokens[index]
        if kind != "n":
            return None
        if index + 1 < len(tokens):
            unit_kind, word = tokens[index + 1]
            if unit_kind != "u" or word not in _SPOKEN_UNITS:
                return None
            unit = _SPOKEN_UNITS[word]
        elif place < 0:
            unit = 1  # a plain number is minutes
        else:
            # 6p30, 1g30: the next smaller unit, a whole number below 60 as on a clock.
            unit = place + 1
            if unit > 2 or not number.isdigit() or int(number) >= 60:
                return None
        if unit <= place:
            return None
        found[unit] = number.replace(",", ".")
        place = unit
    return found[0], found[1], found[2]


def _tokens(text: str) -> list[tuple[str, str]] | None:
    """``text`` cut into numbers (``("n", "6,5")``) and words or marks (``("u", "phút")``), blanks
    dropped; None for a character that is neither, or a decimal mark out of place. Each
    character is looked at once."""
    tokens: list[tuple[str, str]] = []
    start, kind, decimal = 0, "", False
    for index, char in enumerate(text):
        if "0" <= char <= "9":
            new = "n"
        elif char in ".," and kind == "n" and not decimal:
            new, decimal = "n", True
        elif char.isalpha():
            new = "u"
        elif char in _MARKS:
            new = "mark"
        elif char == " ":
            new = ""
        else:
            return None
        if new != kind or new == "mark":
            if kind:
                tokens.append(("n" if kind == "n" else "u", text[start:index]))
            if new != "n":
                decimal = False
            start, kind = index, new
    if kind:
        tokens.append(("n" if kind == "n" else "u", text[start:]))
    if any(kind == "n" and not token[-1].isdigit() for kind, token in tokens):
        return None  # "6," or "6.": a decimal mark without decimals
    return tokens


_MARKS = frozenset("'’′\"”″")


def _seconds(hours: str | None = None, minutes: str | None = None, seconds: str | None = None) -> int:
    total = float(hours or 0) * 3600 + float(minutes or 0) * 60 + float(seconds or 0)
    # Bounds on the rounded value ("0.4s" is not a duration of 0 s); the first test also stops inf.
    rounded = round(total) if total <= 24 * 3600 else 0
    if not 1 <= rounded <= 24 * 3600:
        raise ValueError("duration out of bounds")
    return rounded


def format_duration(seconds: int) -> str:
    """``750`` → ``12:30``; ``3900`` → ``1:05:00``."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
