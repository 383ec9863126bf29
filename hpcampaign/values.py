"""The text forms of dates and durations a clerk may write, and what they mean.

Dates: ISO ``2025-09-29``; day-first ``29/09/2025``, ``29-09-2025``, ``5/9/2025`` (Vietnamese
order, four-digit year); date-times, which are converted to the plan's time zone when they carry
an offset (``2025-09-29T20:00:00Z`` is 30 September in Hai Phong) and are local when naive.

Durations, in seconds: ``12:30`` (minutes:seconds), ``1:05:00`` (h:mm:ss), ISO 8601 ``PT12M30S``,
``12m30s`` / ``1h5m`` / ``45s``, or a plain number of minutes (``12``, ``12.5``).
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo
from functools import lru_cache

from dateutil import tz as dateutil_tz

_DAY_FIRST = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([Zz]|[+-]\d{2}(:?\d{2})?)?")
_CLOCK = re.compile(r"(?:(\d+):)?(\d{1,3}):(\d{2})")
_ISO_DURATION = re.compile(
    r"P(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)", re.I
)
_UNITS = re.compile(
    r"(?=\d)(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+(?:\.\d+)?)\s*s)?", re.I
)
_MINUTES = re.compile(r"\d+(?:\.\d+)?")


@lru_cache(maxsize=8)
def zone(name: str) -> tzinfo:
    """A time zone by IANA name (the system's database, else the copy dateutil ships)."""
    found = dateutil_tz.gettz(name)
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
    if _DATETIME.fullmatch(text):
        moment = datetime.fromisoformat(text.replace(" ", "T", 1).replace("z", "Z"))
        if moment.tzinfo is not None:
            moment = moment.astimezone(zone(tz_name))
        return moment.date()
    raise ValueError(text)


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
    if total <= 0 or total > 24 * 3600:
        raise ValueError("duration out of bounds")
    return round(total)


def format_duration(seconds: int) -> str:
    """``750`` → ``12:30``; ``3900`` → ``1:05:00``."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
