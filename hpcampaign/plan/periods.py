"""Time in the campaign: the as-of date, windows, periods, ISO weeks and their state.

- *as of*: the day D on which every judgement is made. Default: today in the plan's time zone.
- *window* of a rule: a phase, consecutive phases, or "by the end of" a phase (from the
  campaign's first day to that phase's last day).
- *periods* of a window: its days, its ISO weeks (Monday–Sunday) clipped to the window, or the
  window itself.
- *state* of a period as of D: ``closed`` (it ended before D), ``open`` (it contains D: D's own
  reports may still come in) or ``pending`` (it starts after D).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Literal

from hpcampaign.plan.model import Plan, Rule
from hpcampaign.plan.windows import kind_of
from hpcampaign.text.values import zone

State = Literal["closed", "open", "pending"]
_WEEK = re.compile(r"(\d{4})-?W(\d{2})")


def today(plan: Plan) -> date:
    """Today in the plan's time zone."""
    return datetime.now(zone(plan.meta.timezone)).date()


def window(plan: Plan, rule: Rule) -> tuple[date, date, str | None]:
    """(first day, last day, phase id or None) of a rule's window (see :mod:`.windows`)."""
    return kind_of(rule.window).frame(plan, rule.window)


def periods(start: date, end: date, period: str) -> list[tuple[date, date]]:
    """The periods of a window: each day, each ISO week clipped to it, or the window itself."""
    if period == "window":
        return [(start, end)]
    if period == "day":
        return [(start + timedelta(days=n), start + timedelta(days=n)) for n in range((end - start).days + 1)]
    result = []
    first = start
    while first <= end:
        sunday = first + timedelta(days=6 - first.weekday())
        result.append((first, min(sunday, end)))
        first = sunday + timedelta(days=1)
    return result


def state(start: date, end: date, as_of: date) -> State:
    if end < as_of:
        return "closed"
    if start > as_of:
        return "pending"
    return "open"


def elapsed_days(start: date, end: date, as_of: date) -> int:
    """Days of a period that count for an average: all once closed, through D while open."""
    if end < as_of:
        return (end - start).days + 1
    return max(0, (as_of - start).days + 1)


def parse_week(text: str) -> tuple[date, date]:
    """``2025-W39`` → (Monday, Sunday) of that ISO week; ``ValueError`` if there is none."""
    match = _WEEK.fullmatch(text.strip().upper())
    if not match:
        raise ValueError(text)
    year, week = int(match.group(1)), int(match.group(2))
    try:
        monday = date.fromisocalendar(year, week, 1)
        return monday, monday + timedelta(days=6)
    except OverflowError:  # the last week of year 9999 ends in year 10000
        raise ValueError(text) from None


def week_label(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
