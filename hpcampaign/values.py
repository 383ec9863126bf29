"""The text forms of dates and durations a clerk may write, and what they mean.

Dates: ISO ``2025-09-29``; day-first ``29/09/2025``, ``29-09-2025``, ``5/9/2025`` (Vietnamese
order, four-digit year); date-times, which are converted to the plan's time zone when they carry
an offset (``2025-09-29T20:00:00Z`` is 30 September in Hai Phong) and are local when naive.

Durations, in seconds: ``12:30`` (minutes:seconds), ``1:05:00`` (h:mm:ss), ISO 8601 ``PT12M30S``,
``12m30s`` / ``1h5m`` / ``45s``, or a plain number of minutes (``12``, ``12.5``).
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
_UNITS = re.compile(
    r"(?=\d)(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+(?:\.\d+)?)\s*s)?",
    re.I | re.ASCII,
)
_MINUTES = re.compile(r"\d+(?:\.\d+)?", re.ASCII)


@lru_cache(maxsize=8)
def zone(name: str) -> tzinfo:
    """A time zone by IANA name (the system's database, else the copy dateutil ships)."""
    found = dateutil_tz.gettz(name) if name.strip() else None  # gettz("") is the machine's zone
    if found is None:
        raise ValueError(f"unknown time zone {name!r}")
    return found


@lru_cache(maxsize=4096)
def parse_date(text: str, tz_name: str = "Asia/Ho_Chi_Minh") -> date:
    """A calendar date from a clerk's text; ``ValueError`` when it is not one."""
    text = text.strip()
    if _ISO_DATE.fullmatch(text):
        return date.fromisoformat(text)
    match = _DAY_FIRST.fullmatch(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    match = _DATETIME.fullmatch(text)
    if match:
        return _datetime_date(match, tz_name)
    raise ValueError(text)


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


@lru_cache(maxsize=1024)
def parse_duration(text: str) -> int:
    """Seconds in a duration written in any accepted form; ``ValueError`` otherwise."""
    text = text.strip()
    if _MINUTES.fullmatch(text):
        return _seconds(minutes=text)
    match = _CLOCK.fullmatch(text)
    if match:
        hours, minutes, seconds = match.groups()
        if int(seconds) >= 60 or (hours is not None and int(minutes) >= 60):
            raise ValueError(text)
        return _seconds(hours=hours, minutes=minutes, seconds=seconds)
    for pattern in (_ISO_DURATION, _UNITS):
        match = pattern.fullmatch(text)
        if match and any(match.groups()):
            hours, minutes, seconds = match.groups()
            return _seconds(hours=hours, minutes=minutes, seconds=seconds)
    raise ValueError(text)


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
