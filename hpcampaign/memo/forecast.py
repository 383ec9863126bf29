"""A forecast for the results that are behind: at the pace so far, where will the period end?

Pure arithmetic on a count and dates; nothing here reads a file or judges a rule again. The memo
labels every figure of it as a projection ("dự báo") and says the assumption it rests on: the
pace so far holds to the period's last day.

Words (D is the as-of date):

- *elapsed days*: the period's days from its first day through D, both included (D counts whole,
  although its reports may still be coming in); *remaining days*: the days after D through the
  period's last day. Only a period with remaining days gets a forecast: an open day (a daily
  rule on D) has nothing left to project.
- *pace*: the items counted in the elapsed days ÷ the elapsed days (items per day).
- *projected count*: the pace carried to the period's last day, count × days ÷ elapsed.
- *projected value*: what the rule's judgement would see at the end. For a count (a window, a
  week, a language): the projected count. For an average per week (``average_per_week``): the
  projected count ÷ (days ÷ 7) = count × 7 ÷ elapsed, which is the average so far: at an
  unchanged pace the average does not move, so a unit behind on an average is projected to miss
  it unless it speeds up (*needed* says by how much).
- *outcome*: the status the projected value would get once the period is closed: ``ok``,
  ``over`` (above the maximum) or ``missed`` (below the minimum). Compared exactly (fractions),
  as the engine compares unrounded values.
- *shortfall*: for a projected miss, the minimum − the projected value (items, or items per week).
- *needed*: the items still to be counted by the last day for the minimum to be met: for a count
  ⌈min⌉ − count; for an average ⌈min × days ÷ 7⌉ − count (the smallest whole total whose average
  reaches the minimum); never below 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from hpcampaign.records import Status

__all__ = ["Forecast", "Projection", "project"]


@dataclass(frozen=True, slots=True)
class Projection:
    count: int
    """Items counted from the period's first day through D."""
    elapsed: int
    days: int
    """The period's length in days."""
    pace: float
    """Items per elapsed day."""
    value: float
    """The projected value at the period's end: a count, or an average per week."""
    outcome: Status
    """``ok``, ``over`` or ``missed``: the projected value against the target, the period closed."""
    shortfall: float
    """How far the projected value falls below the minimum (0 unless ``missed``)."""
    needed: int
    """Items still to count by the last day for the minimum to be met (0 when already met)."""

    @property
    def remaining(self) -> int:
        """Days after the as-of date through the period's last day."""
        return self.days - self.elapsed


@dataclass(frozen=True, slots=True)
class Forecast:
    """The projection of one result that is behind (a scope, its language, its period)."""

    scope: str
    language: str | None
    start: date
    end: date
    projection: Projection


def project(
    count: int,
    start: date,
    end: date,
    as_of: date,
    low: float | None,
    high: float | None = None,
    *,
    average: bool = False,
) -> Projection | None:
    """Where a period that contains ``as_of`` ends at the pace so far (see the module's words).

    None when there is nothing to project: no minimum, the period not begun on ``as_of``, or no
    day left after it.
    """
    if low is None or not start <= as_of < end:
        return None
    elapsed = (as_of - start).days + 1
    days = (end - start).days + 1
    projected = Fraction(count * days, elapsed)
    value = projected / Fraction(days, 7) if average else projected
    minimum = Fraction(low)
    if value < minimum:
        outcome: Status = "missed"
    elif high is not None and value > Fraction(high):
        outcome = "over"
    else:
        outcome = "ok"
    wanted = math.ceil(minimum * Fraction(days, 7)) if average else math.ceil(minimum)
    return Projection(
        count=count,
        elapsed=elapsed,
        days=days,
        pace=count / elapsed,
        value=float(value),
        outcome=outcome,
        shortfall=float(minimum - value) if outcome == "missed" else 0.0,
        needed=max(0, wanted - count),
    )
