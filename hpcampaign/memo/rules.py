"""What each rule of the plan amounts to in the memo: figures for the period and to date, flags, charts.

Everything here is read off the engine's :class:`~hpcampaign.judge.engine.Result` records and counted
with :func:`hpcampaign.judge.engine.daily` (the engine's own matching of items to a rule); no rule is
judged a second time.

Words:

- *shape* of a rule: ``daily`` or ``weekly`` (judged every day or ISO week), ``window`` (judged
  once over its window), ``average`` (average per week over its window), ``languages`` (judged
  once per language).
- *span* of a rule: from its first result's first day to its last result's last day. The memo
  passes every result of the rule (never a phase's share), so the span is the rule's window.
- *counted days* of the period for a rule: the days of the report period within the rule's span,
  up to the as-of date D. None (the period's part of the rule *has not begun*) when they would
  start after D.
- *figures* over a span: the results in it counted by status (pending ones too: they are not
  *judged*), their *overall status*, the matching items counted in it (up to D), and the value
  of the one judgement where the rule has exactly one.
- *overall status* of several results: the worst judged one, in the order missed, behind, over,
  ok; ``pending`` when none is judged yet. A daily rule whose closed days were all met but whose
  open day is still below target is ``behind`` ("chậm"); one missed day makes it
  ``missed`` ("chưa đạt"), since a closed day cannot be made up.
- *flag*: a scope missed, or behind, to be named in the memo, with the number of its periods (days
  or weeks) of that status, their first days, and the value of the worst of them. A daily or
  weekly scope can be flagged twice: missed on closed days, behind on the open one.
- *worst first*: flags in the order missed, then behind; then the most flagged periods; then the
  furthest below the minimum (the lowest value ÷ minimum); then plan order.
- *active units* of an ``each`` rule over several units: the units with a matching item counted on
  the period's counted days (the period's figure of a per-unit target: never a city total).
- *forecast*: for every flagged result that is behind with days left after D, where it ends at the
  pace so far (:mod:`hpcampaign.memo.forecast`); worst first too: projected misses, lowest
  projected value ÷ minimum, plan order.

"Period" and "to date", per shape:

- ``daily``, ``weekly``: *period* = the results of the days or weeks that meet the period's
  counted days (a week partly inside counts whole), with the items of those same days or weeks
  (through D), so that the count of items and the count of weeks met always describe the same
  days; the days or weeks of the period still to come are counted as pending. When the counted
  days are none, nothing is judged: the figures are all pending.
- ``window``, ``average``, ``languages``: the judgement is over the whole window, so the *period*
  has no status (``None``), only the items counted on its counted days; ``pending`` when those
  have not begun.
- *to date*, every shape: every result of the rule (its whole window), i.e. how many days, weeks,
  units or languages were met, missed, and so on, as of D; the items from the window's first day
  through D (or its last day); for a rule judged once, the engine's value (the count, or the
  average per week from the window's start through D).

Flags come from the period for ``daily`` and ``weekly`` rules, from the to-date results
otherwise. Units that have no file at all are flagged apart (``unreported``): the memo counts them
with the rule and names them once, among the units that submitted nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from hpcampaign.judge.engine import daily
from hpcampaign.judge.tally import Tally
from hpcampaign.memo.forecast import Forecast, project
from hpcampaign.plan.model import Plan, Rule
from hpcampaign.plan.modes import Shape, mode_of
from hpcampaign.records import STATUSES, Result, Status

#: The order in which results need attention: worst first.
RANK: dict[Status, int] = {"missed": 0, "behind": 1, "over": 2, "ok": 3, "pending": 4}


@dataclass(frozen=True, slots=True)
class Figures:
    status: Status | None
    """Overall status; ``None`` where the span is not judged on its own (a window rule's period),
    ``pending`` where nothing of the span has begun."""
    counts: dict[Status, int]
    items: int
    value: float | None = None

    @property
    def judged(self) -> int:
        """Results judged so far (every one but the pending)."""
        return sum(count for status, count in self.counts.items() if status != "pending")


@dataclass(frozen=True, slots=True)
class Flag:
    status: Status
    scope: str
    """A unit id (``each`` rules) or a group label (``combined`` rules)."""
    language: str | None
    periods: int
    actual: float = 0.0
    """The value of its worst flagged period (a count, or an average per week)."""
    starts: tuple[date, ...] = ()
    """The first days of its flagged periods, in order."""


@dataclass(frozen=True, slots=True)
class RuleLine:
    rule: Rule
    shape: Shape
    scopes: int
    start: date
    end: date
    period: Figures
    to_date: Figures
    flags: tuple[Flag, ...]
    """Scopes missed or behind, worst first; units without files left out (``unreported``)."""
    unreported: tuple[Flag, ...] = ()
    """Units without any file that are missed or behind, missed first, in plan order."""
    forecasts: tuple[Forecast, ...] = ()
    """Flagged results behind with days left, projected at the pace so far, worst first."""
    active: int | None = None
    """For an ``each`` rule over several units: units with an item counted on the period's
    counted days (None for other rules)."""


@dataclass(frozen=True, slots=True)
class DayPoint:
    day: date
    value: int
    min: float | None
    max: float | None
    status: Status
    rule: str


@dataclass(frozen=True, slots=True)
class DailySeries:
    """Items per day of one ``combined`` scope, against the band of each day's rule."""

    scope: str
    kinds: tuple[str, ...]
    points: tuple[DayPoint, ...]


@dataclass(frozen=True, slots=True)
class Spread:
    """The to-date values of an ``average`` rule across its units, highest first."""

    rule: Rule
    values: tuple[tuple[str, float, Status], ...]
    omitted: int
    """Units of the scope left out because they have no file."""


def shape_of(rule: Rule) -> Shape:
    """How the memo presents a rule: its mode says (:meth:`hpcampaign.plan.modes.Mode.shape`)."""
    return mode_of(rule).shape(rule)


def overall(statuses: Iterable[Status]) -> Status:
    judged = [status for status in statuses if status != "pending"]
    return min(judged, key=RANK.__getitem__) if judged else "pending"


def figures(results: Sequence[Result], items: int, value: float | None = None) -> Figures:
    counts = dict.fromkeys(STATUSES, 0)
    for result in results:
        counts[result.status] += 1
    return Figures(overall(r.status for r in results), counts, items, value)


def rule_items(plan: Plan, rule: Rule, tally: Tally, units: Sequence[str], first: date, last: date) -> int:
    """Items of ``units`` that count for ``rule``, dated ``first`` … ``last`` (both included)."""
    if last < first:
        return 0
    low, high = first.toordinal(), last.toordinal()
    return sum(count for day, count in daily(plan, rule, tally, list(units)).items() if low <= day <= high)


def rule_line(
    plan: Plan,
    rule: Rule,
    results: Sequence[Result],
    tally: Tally,
    period: tuple[date, date],
    as_of: date,
    without_files: Collection[str],
) -> RuleLine:
    """The memo's line for one rule, from the engine's results of it (at least one)."""
    shape = shape_of(rule)
    start, end = min(r.start for r in results), max(r.end for r in results)
    order = plan.unit_order
    units = sorted({unit for r in results for unit in r.units}, key=order.__getitem__)
    # The period's counted days within the rule's span: empty when that part has not begun.
    first, last = max(start, period[0]), min(end, period[1], as_of)
    begun = first <= last
    to_date_items = rule_items(plan, rule, tally, units, start, min(end, as_of))
    value = results[0].actual if len(results) == 1 else None
    if shape in ("daily", "weekly"):
        judged = [r for r in results if begun and r.start <= last and r.end >= first]
        waiting = [
            r for r in results if r.status == "pending" and r.start <= period[1] and r.end >= period[0]
        ]
        period_items = (
            rule_items(
                plan, rule, tally, units, min(r.start for r in judged), min(max(r.end for r in judged), as_of)
            )
            if judged
            else 0
        )
        period_figures = figures([*judged, *waiting], period_items)
        flagged: Sequence[Result] = judged
    else:
        period_items = rule_items(plan, rule, tally, units, first, last) if begun else 0
        period_figures = Figures(None if begun else "pending", dict.fromkeys(STATUSES, 0), period_items)
        flagged = results
    scopes = len({r.scope for r in results})
    active = None
    if rule.scope.aggregate == "each" and scopes > 1 and shape not in ("daily", "weekly"):
        active = sum(1 for unit in units if begun and rule_items(plan, rule, tally, [unit], first, last))
    return RuleLine(
        rule=rule,
        shape=shape,
        scopes=scopes,
        start=start,
        end=end,
        period=period_figures,
        to_date=figures(results, to_date_items, value),
        flags=_flags(plan, rule, [r for r in flagged if r.scope not in without_files]),
        unreported=_flags(plan, rule, [r for r in flagged if r.scope in without_files], by_name=False),
        forecasts=forecasts(plan, rule, tally, flagged, as_of),
        active=active,
    )


def _ratio(value: float, low: float | None) -> float:
    """How far a value is from the minimum: value ÷ minimum (the value itself without one)."""
    return value / low if low else value


def _flags(plan: Plan, rule: Rule, results: Sequence[Result], *, by_name: bool = True) -> tuple[Flag, ...]:
    """The missed or behind scopes among ``results``, worst first (or in plan order)."""
    found: dict[tuple[str, str | None, Status], list[Result]] = {}
    for result in results:
        if result.status in ("missed", "behind"):
            found.setdefault((result.scope, result.language, result.status), []).append(result)
    flags = []
    for (scope, language, status), chosen in found.items():
        worst = min(chosen, key=lambda r: (_ratio(r.actual, r.min), r.start))
        starts = tuple(sorted(r.start for r in chosen))
        flags.append(Flag(status, scope, language, len(chosen), worst.actual, starts))
    units = plan.unit_order
    languages = {code: index for index, code in enumerate(rule.counts.languages or ())}

    def place(flag: Flag) -> tuple[int, int, str, str]:
        return (
            units.get(flag.scope, -1),
            languages.get(flag.language or "", -1),
            flag.scope,
            flag.language or "",
        )

    if not by_name:
        return tuple(sorted(flags, key=lambda f: (RANK[f.status], *place(f))))
    return tuple(
        sorted(flags, key=lambda f: (RANK[f.status], -f.periods, _ratio(f.actual, rule.min), *place(f)))
    )


def forecasts(
    plan: Plan, rule: Rule, tally: Tally, results: Sequence[Result], as_of: date
) -> tuple[Forecast, ...]:
    """The forecast of every result behind with days left after ``as_of``, worst first."""
    average = shape_of(rule) == "average"
    found = []
    for result in results:
        if result.status != "behind" or result.end <= as_of:
            continue
        low, high = result.min, result.max
        count = result_count(plan, rule, tally, result, as_of)
        projection = project(count, result.start, result.end, as_of, low, high, average=average)
        if projection is not None:
            found.append(Forecast(result.scope, result.language, result.start, result.end, projection))
    units = plan.unit_order
    return tuple(
        sorted(
            found,
            key=lambda f: (
                f.projection.outcome != "missed",
                _ratio(f.projection.value, rule.min),
                units.get(f.scope, -1),
                f.language or "",
                f.start,
            ),
        )
    )


def result_count(plan: Plan, rule: Rule, tally: Tally, result: Result, as_of: date) -> int:
    """Items counted for one result: its units' (and language's) from its first day through
    ``as_of`` or its last day (what the engine counted, before its mode made a value of it)."""
    low, high = result.start.toordinal(), min(result.end, as_of).toordinal()
    per_day = daily(plan, rule, tally, list(result.units), result.language)
    return sum(count for day, count in per_day.items() if low <= day <= high)


def daily_series(
    plan: Plan, lines: Sequence[RuleLine], results: dict[str, list[Result]], period: tuple[date, date]
) -> tuple[DailySeries, ...]:
    """One series per ``combined`` daily scope and kinds (the city press), over the period's days."""
    points: dict[tuple[str, tuple[str, ...]], dict[date, DayPoint]] = {}
    for line in lines:
        rule = line.rule
        if line.shape != "daily" or rule.scope.aggregate != "combined":
            continue
        days = points.setdefault((plan.scope_label(rule), tuple(rule.counts.kinds)), {})
        for result in results[rule.id]:
            if period[0] <= result.start <= period[1] and result.start not in days:
                days[result.start] = DayPoint(
                    result.start, round(result.actual), result.min, result.max, result.status, rule.id
                )
    return tuple(
        DailySeries(scope, kinds, tuple(days[day] for day in sorted(days)))
        for (scope, kinds), days in points.items()
        if days
    )


def spreads(
    plan: Plan, lines: Sequence[RuleLine], results: dict[str, list[Result]], without_files: Collection[str]
) -> tuple[Spread, ...]:
    """The to-date averages of every judged ``average`` rule over several units."""
    order = plan.unit_order
    found = []
    for line in lines:
        if line.shape != "average" or line.scopes < 2 or line.to_date.status == "pending":
            continue
        chosen = [r for r in results[line.rule.id] if r.scope not in without_files]
        chosen.sort(key=lambda r: (-r.actual, order.get(r.scope, -1)))
        found.append(
            Spread(
                line.rule,
                tuple((r.scope, r.actual, r.status) for r in chosen),
                len(results[line.rule.id]) - len(chosen),
            )
        )
    return tuple(found)
