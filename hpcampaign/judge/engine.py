"""The rule engine: pure functions from (plan, tally, as-of date) to results.

A *result* is the judgement of one rule, for one *scope* (a unit for ``each`` rules, the group
for ``combined`` ones), over one period (and one language for ``per_language`` rules). Its
``status``, as of D (SPEC 4):

- ``pending``: the period starts after D;
- ``over``: the value is above ``max`` (a warning, never a failure);
- ``missed``: the period is closed and the value is below ``min``;
- ``behind``: the period is open (it contains D) and the value is below ``min`` so far;
- ``ok``: otherwise.

The value is what the rule's mode (:mod:`hpcampaign.plan.modes`) makes of the count of matching
items in the period: the count itself, or for ``average_per_week`` rules the count ÷ (days ÷ 7),
days being the window's length once closed and the days from its start through D while open.
The unrounded value is compared; ``actual`` is rounded to 2 decimals.

Example, ``loudspeaker-before`` (2–3 a week over the 25 days of ``before``), closed:
8 broadcasts → 2.24 a week, ``ok``; 7 → 1.96, ``missed``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from datetime import date
from itertools import accumulate

from hpcampaign.judge.tally import Tally
from hpcampaign.plan.model import Plan, Rule
from hpcampaign.plan.modes import mode_of
from hpcampaign.plan.periods import periods, state, window
from hpcampaign.records import EVERYTHING, Result, Selection, Status


def judge(value: float, low: float | None, high: float | None, start: date, end: date, as_of: date) -> Status:
    period_state = state(start, end, as_of)
    if period_state == "pending":
        return "pending"
    if high is not None and value > high:
        return "over"
    if low is not None and value < low:
        return "missed" if period_state == "closed" else "behind"
    return "ok"


def evaluate(plan: Plan, tally: Tally, as_of: date, selection: Selection = EVERYTHING) -> list[Result]:
    """Every result of every rule the selection keeps, in plan order."""
    results: list[Result] = []
    for rule in plan.rules:
        results.extend(evaluate_rule(plan, rule, tally, as_of, selection))
    return results


def evaluate_rule(
    plan: Plan, rule: Rule, tally: Tally, as_of: date, selection: Selection = EVERYTHING
) -> Iterator[Result]:
    """The results of one rule: its scopes × its mode's splits × its periods the selection keeps."""
    start, end, phase = window(plan, rule)
    spans = _spans(plan, rule, (start, end, phase), selection)
    scopes = _scopes(plan, rule, selection) if spans else []
    mode = mode_of(rule)
    for scope, members in scopes:
        for language in mode.splits(rule):
            days, totals = _cumulative(plan, tally, members, rule, language)
            for a, b in spans:
                count = _between(days, totals, a.toordinal(), min(b, as_of).toordinal()) if a <= as_of else 0
                value, actual = mode.value(count, a, b, as_of)
                yield Result(
                    rule=rule.id,
                    scope=scope,
                    phase=phase,
                    start=a,
                    end=b,
                    status=judge(value, rule.min, rule.max, a, b, as_of),
                    actual=actual,
                    min=rule.min,
                    max=rule.max,
                    language=language,
                    units=tuple(members),
                )


def _spans(
    plan: Plan, rule: Rule, frame: tuple[date, date, str | None], selection: Selection
) -> list[tuple[date, date]]:
    """The periods of the rule's window that the selection keeps: all, or a phase's.

    A rule that reports under another phase is left out; a rule over several phases keeps the
    periods that meet the chosen phase.
    """
    start, end, phase = frame
    if selection.phase is None:
        return periods(start, end, rule.period)
    if phase is not None:
        return periods(start, end, rule.period) if phase == selection.phase else []
    chosen = plan.phase_by_id[selection.phase]
    return [(a, b) for a, b in periods(start, end, rule.period) if b >= chosen.start and a <= chosen.end]


def _scopes(plan: Plan, rule: Rule, selection: Selection) -> list[tuple[str, list[str]]]:
    """(scope, its units): each unit of an ``each`` rule, or the one combined scope; with
    selected units, only what concerns them."""
    units = plan.scope_units(rule)
    wanted = {selection.unit} if selection.unit is not None else set()
    if selection.units is not None:
        wanted = (wanted & selection.units) if selection.unit is not None else set(selection.units)
    if selection.unit is not None or selection.units is not None:
        concerned = [unit for unit in units if unit in wanted]
        if not concerned:
            return []
        if rule.scope.aggregate == "each":
            units = concerned
    if rule.scope.aggregate == "each":
        return [(member, [member]) for member in units]
    return [(plan.scope_label(rule), units)]


def daily(
    plan: Plan, rule: Rule, tally: Tally, units: list[str], language: str | None = None
) -> dict[int, int]:
    """Matching items per day (date ordinal → count) of some units, for charts."""
    result: dict[int, int] = {}
    platforms = plan.platform_mask(rule)
    for unit in units:
        for key, days in tally.units.get(unit, {}).items():
            if _matches(rule, key, language, platforms):
                for day, count in days.items():
                    result[day] = result.get(day, 0) + count
    return result


def _matches(rule: Rule, key: tuple[str, str, int, int], language: str | None, platforms: int) -> bool:
    """Whether items of a tally key count for a rule: its kind, language (or the split's),
    duration bounds, and at least one of its platforms (``platforms``, a bit set; 0: any)."""
    kind, item_language, duration, item_platforms = key
    counts = rule.counts
    if kind not in counts.kinds:
        return False
    if counts.platforms is not None and not item_platforms & platforms:
        return False
    if language is not None:
        if item_language != language:
            return False
    elif counts.languages is not None and item_language not in counts.languages:
        return False
    if counts.duration is not None:
        return (
            duration >= 0 and counts.duration.min_minutes * 60 <= duration <= counts.duration.max_minutes * 60
        )
    return True


def _cumulative(
    plan: Plan, tally: Tally, units: list[str], rule: Rule, language: str | None
) -> tuple[list[int], list[int]]:
    merged = daily(plan, rule, tally, units, language)
    days = sorted(merged)
    return days, list(accumulate(merged[d] for d in days))


def _between(days: list[int], totals: list[int], first: int, last: int) -> int:
    """Sum of counts with first <= day <= last, from cumulative totals."""
    hi = bisect_right(days, last)
    lo = bisect_left(days, first)
    if hi <= lo:
        return 0
    return totals[hi - 1] - (totals[lo - 1] if lo else 0)
