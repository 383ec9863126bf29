"""The memo of ``hpcampaign report`` as data: what the office tells the Department's leadership.

Section V.4.1 of the plan: the Information–Press–Publishing office compiles the campaign's results
and reports to the Department's leadership. :func:`build_memo` runs the same check as
``hpcampaign check`` (:func:`hpcampaign.judge.run.run_check`) and reads its results; it judges
nothing itself. A :class:`Memo` holds ids, dates, numbers and statuses, never rendered text: the
renderers in ``hpcampaign.outputs.report_*`` word it in Vietnamese or English.

Words and decisions:

- *as of* D: the day every judgement is made (``--as-of``), as in ``check``.
- *period*: the span the memo reports on. ``--week`` or ``--from``/``--to`` give it. ``--from``
  alone runs to D; ``--to`` alone starts on the first day of the chosen phase (or of the campaign).
  With neither: for ``--phase X``, X's window up to D (all of it when X is over, all of it too when
  X has not begun, every result then being pending); for ``--phase all``, the ISO week containing
  D, Monday to D (the weekly memo). A period is never inverted: options that would give one are a
  :class:`PeriodError` (``--from`` alone after D, ``--to`` alone before the first day it would
  start on, ``--from`` after ``--to``).
- *a phase and a period together*: ``--phase X`` (not all) with ``--week`` or ``--from``/``--to``
  reports on the part of that period inside X: the period is clipped to X's window, so the
  headline and every rule row count the same days. A period that does not meet X at all is a
  :class:`PeriodError` (the command line's usage error, exit 2), never a memo of zeros.
- *counted days* of the period: its days up to D. A period that starts after D *has not begun*:
  nothing is counted or judged in it, and the memo says so (chưa đến hạn / pending) instead of
  printing counts.
- *to date*: one meaning everywhere. For a rule: from the first day of the rule's own window (the
  days the plan gives the target, whatever the memo's phase or period) through D, or through the
  window's last day once it is over; its status is the engine's judgement of every result of the
  rule so far. For the memo's other figures (foreign-language items): the campaign so far, from
  its first day through D (``None`` while the campaign has not begun).
- *rules of the memo*: with ``--phase X``, every rule the engine selects for X (a rule over several
  phases is in it when some of its days or weeks meet X); with ``--phase all``, the rules whose
  window meets the period.
- *in scope*: the units some rule of the memo covers; *without files*: those no file names
  ("chưa báo cáo"); *quiet*: those with a file but no item counted in the period (none while the
  period has not begun).
- *names*: per rule, the scopes missed or behind, worst first, and apart the units without any
  file (:mod:`.rules`); *forecast*: for the results behind with days left, where they end at the
  pace so far (:mod:`.forecast`); *proposals*: who the office reminds of what, by when
  (:mod:`.closing`). All of it read off the results, nothing judged again.
- *letterhead*: the document's number (``--number``; None leaves a dotted blank, "Số: ……/BC-…",
  for the clerk), its date (``--date``; default D) and the signer's name (``--signer``; default
  the plan's ``meta.signer.name``, which may be empty: a blank line to sign on).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from hpcampaign.judge.engine import evaluate_rule
from hpcampaign.judge.run import CheckReport
from hpcampaign.judge.tally import Tally
from hpcampaign.memo.closing import Proposals, proposals
from hpcampaign.memo.facts import (
    Citation,
    LanguageLine,
    UnitProblems,
    citations,
    difficulties,
    items_between,
    language_lines,
    problems_by_unit,
)
from hpcampaign.memo.rules import DailySeries, RuleLine, Spread, daily_series, rule_line, spreads
from hpcampaign.plan.groups import UnitGroup, grouped
from hpcampaign.plan.model import Plan, Rule
from hpcampaign.records import STATUSES, Lang, Problem, Result, Selection, Status
from hpcampaign.text.catalogue import say
from hpcampaign.text.sentences import SentenceId

__all__ = [
    "Headline",
    "Letterhead",
    "Memo",
    "MemoOptions",
    "Period",
    "PeriodError",
    "build_memo",
    "choose_period",
]


class PeriodError(ValueError):
    """The options give no usable period: a catalogue sentence (``period.*``) and its fields,
    said in the run's language by :meth:`message` (one line, for a usage error)."""

    def __init__(self, msg_id: SentenceId, **params: object) -> None:
        super().__init__(msg_id)
        self.msg_id = msg_id
        self.params = params

    def message(self, lang: Lang) -> str:
        return say(self.msg_id, lang, **self.params)


@dataclass(frozen=True, slots=True)
class MemoOptions:
    as_of: date
    phase: str | None = None
    """A phase id; None for all phases."""
    start: date | None = None
    end: date | None = None
    number: str | None = None
    signer: str | None = None
    issued: date | None = None
    """The memo's own date; None for the as-of date."""


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date
    chosen: Literal["given", "phase", "week"]
    """How it was set: by the options, as the phase's window, as the week of the as-of date."""


@dataclass(frozen=True, slots=True)
class Letterhead:
    number: str | None
    issued: date
    signer: str


@dataclass(frozen=True, slots=True)
class Headline:
    files: int
    files_with_errors: int
    units_in_scope: int
    units_reporting: int
    items: int
    """Items counted in the period (its days up to the as-of date), every kind, every unit."""
    rules: dict[Status, int]
    """Rules of the memo by their to-date status."""
    errors: int
    warnings: int


@dataclass(frozen=True, slots=True)
class Memo:
    plan: Plan
    as_of: date
    phase: str | None
    period: Period
    to_date: tuple[date, date] | None
    """The campaign so far (first day … D, or its last day); None while it has not begun."""
    letterhead: Letterhead
    headline: Headline
    rules: tuple[RuleLine, ...]
    daily: tuple[DailySeries, ...]
    spreads: tuple[Spread, ...]
    languages: tuple[LanguageLine, ...]
    without_files: tuple[UnitGroup, ...]
    quiet: tuple[UnitGroup, ...]
    problems: tuple[UnitProblems, ...]
    citations: tuple[Citation, ...]
    plan_name: str = ""
    """The plan the memo was checked against: its path, or ``builtin:…``."""
    difficulties: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(unit, the difficulties its files name), in plan order (SPEC 3 ``difficulties``)."""
    faults: tuple[Problem, ...] = ()
    """The tool's own failures while checking (the memo is then incomplete: exit 4)."""
    proposals: Proposals | None = None
    """What the office proposes (reminders, by when): :mod:`hpcampaign.memo.closing`."""

    @property
    def begun(self) -> bool:
        """Whether the period has begun (its first day is not after the as-of date)."""
        return self.period.start <= self.as_of


def choose_period(plan: Plan, options: MemoOptions) -> Period:
    """The report period (see the module docstring); :class:`PeriodError` when there is none.

    A period wholly outside the campaign is refused too: its memo would report nothing.
    """
    period = _period(plan, options)
    if period.end < plan.start or period.start > plan.end:
        raise PeriodError(
            "period.outside-campaign", start=period.start, end=period.end, first=plan.start, last=plan.end
        )
    return period


def _period(plan: Plan, options: MemoOptions) -> Period:
    phase = plan.phase_by_id[options.phase] if options.phase is not None else None
    as_of = options.as_of
    if options.start is None and options.end is None:
        if phase is not None:
            if phase.start <= as_of <= phase.end:
                return Period(phase.start, as_of, "phase")
            return Period(phase.start, phase.end, "phase")
        monday = as_of - timedelta(days=as_of.weekday())
        return Period(monday, as_of, "week")
    if options.start is not None and options.end is not None and options.start > options.end:
        raise PeriodError("period.from-after-to")
    if options.end is None and options.start is not None and options.start > as_of:
        raise PeriodError("period.from-after-as-of", start=options.start, as_of=as_of)
    end = options.end or as_of
    if phase is not None:
        if not ((options.start is None or options.start <= phase.end) and end >= phase.start):
            bounds = {"phase": phase.id, "end": end, "first": phase.start, "last": phase.end}
            if options.start is None:
                raise PeriodError("period.misses-phase-until", **bounds)
            raise PeriodError("period.misses-phase", start=options.start, **bounds)
        start = max(options.start or phase.start, phase.start)
        return Period(start, min(end, phase.end), "given")
    start = options.start or plan.start
    if start > end:
        raise PeriodError("period.to-before-campaign", end=end, first=start)
    return Period(start, end, "given")


def build_memo(plan: Plan, report: CheckReport, options: MemoOptions) -> Memo:
    """The memo's contents, from a check ``report`` of every rule as of ``options.as_of``.

    The report must select every result (``EVERYTHING``): "to date" is each rule's whole window
    so far, whatever the memo's phase. :class:`PeriodError` when the options give no usable
    period (the command line asks :func:`choose_period` before any file is read).
    """
    period = choose_period(plan, options)
    as_of = options.as_of
    span = (period.start, period.end)
    to_date = (plan.start, min(plan.end, as_of)) if as_of >= plan.start else None
    counted = (period.start, min(period.end, as_of)) if period.start <= as_of else None

    by_rule: dict[str, list[Result]] = {}
    for result in report.results:
        by_rule.setdefault(result.rule, []).append(result)
    chosen = [
        rule
        for rule in plan.rules
        if rule.id in by_rule
        and (
            _of_phase(plan, rule, report.tally, as_of, options.phase)
            if options.phase is not None
            else _meets(by_rule[rule.id], period.start, period.end)
        )
    ]
    in_scope = {unit for rule in chosen for r in by_rule[rule.id] for unit in r.units}
    without = [unit for unit in report.units_without_files if unit in in_scope]
    lines = tuple(
        rule_line(plan, rule, by_rule[rule.id], report.tally, span, as_of, frozenset(without))
        for rule in chosen
    )
    active = (
        {unit for unit in in_scope if items_between(report.tally, counted[0], counted[1], {unit})}
        if counted is not None
        else set(in_scope)
    )
    quiet = [unit for unit in in_scope if unit not in active and unit not in without]
    problems = problems_by_unit(plan, report.files)
    said = difficulties(plan, report.files)
    return Memo(
        faults=tuple(report.faults),
        plan=plan,
        as_of=as_of,
        phase=options.phase,
        period=period,
        to_date=to_date,
        letterhead=Letterhead(
            number=options.number,
            issued=options.issued or as_of,
            signer=plan.meta.signer.name if options.signer is None else options.signer,
        ),
        headline=_headline(
            report,
            lines,
            in_scope,
            without,
            items_between(report.tally, counted[0], counted[1]) if counted is not None else 0,
        ),
        rules=lines,
        daily=daily_series(plan, lines, by_rule, span),
        spreads=spreads(plan, lines, by_rule, frozenset(without)),
        languages=language_lines(plan, report.tally, lines, by_rule, counted, to_date),
        without_files=grouped(plan, set(without), in_scope),
        quiet=grouped(plan, set(quiet), in_scope),
        problems=problems,
        citations=citations(lines),
        difficulties=said,
        plan_name=report.plan_name,
        proposals=proposals(plan, lines, problems, len(said), as_of),
    )


def _of_phase(plan: Plan, rule: Rule, tally: Tally, as_of: date, phase: str) -> bool:
    """Whether the engine selects ``rule`` for ``phase`` (its first result is enough to know)."""
    return next(evaluate_rule(plan, rule, tally, as_of, Selection(phase=phase)), None) is not None


def _meets(results: Sequence[Result], start: date, end: date) -> bool:
    return min(r.start for r in results) <= end and max(r.end for r in results) >= start


def _headline(
    report: CheckReport, lines: Sequence[RuleLine], in_scope: set[str], without: list[str], items: int
) -> Headline:
    errors = report.errors
    statuses = Counter(line.to_date.status for line in lines)
    return Headline(
        files=len(report.files),
        files_with_errors=sum(1 for f in report.files if f.errors),
        units_in_scope=len(in_scope),
        units_reporting=len(in_scope) - len(without),
        items=items,
        rules={status: statuses[status] for status in STATUSES},
        errors=errors,
        warnings=report.warnings,
    )
