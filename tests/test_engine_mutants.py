"""Tests that kill the mutants of the engine and the tally that the rest of the suite let live.

Mutation testing (issue 10) changed ``hpcampaign/judge/engine.py`` and ``tally.py`` one operator,
constant or statement at a time and ran the suite against each change. Each test here is named
after what a surviving mutant broke; the values are worked out by hand.

- The engine filters by a rule's own duration bounds (``vtv-documentary-*``: 10–15 minutes),
  inclusive to the second. Validation already excludes documentaries outside the *kind's* bounds,
  which are the same in the shipped plan, so only a tally built here reaches the rule's check:
  ``min_minutes / 60``, ``* 59`` or ``* 61`` lived until now.
- A rule over several phases, selected by a phase, keeps every week that touches the phase, the
  week that ends on its first day included (``b >= start`` → ``b > start`` lived; the week that
  starts on a phase's last day needs a phase ending on a Monday: ``tests/cases/`` has one).
- The tally skips a voided file, and a file of no unit, whatever counts its summary holds (``or``
  → ``and`` and a removed ``continue`` lived: validation empties a voided file's counts, so no file
  read from disk could tell).
"""

from __future__ import annotations

from datetime import date

import pytest

from hpcampaign.judge.engine import evaluate_rule
from hpcampaign.judge.tally import Tally, build
from hpcampaign.plan.model import Plan, Rule
from hpcampaign.records import CounterKey, FileCounts, FileSummary, Selection

COMMUNE = "phuong-hong-bang"
AS_OF = date(2025, 10, 1)


def rule(plan: Plan, rule_id: str) -> Rule:
    return next(r for r in plan.rules if r.id == rule_id)


# --- a rule's duration bounds, to the second ---------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "counted"),
    [
        (599, 0),  # 9:59, a second short of 10 minutes
        (600, 1),  # 10:00, the lower bound itself
        (750, 1),  # 12:30
        (900, 1),  # 15:00, the upper bound itself
        (901, 0),  # 15:01, a second over
        (-1, 0),  # no duration given
    ],
)
def test_a_rule_s_duration_bounds_are_inclusive_to_the_second(plan: Plan, seconds: int, counted: int) -> None:
    tally = Tally()
    tally.add("vtv", (date(2025, 9, 10).toordinal(), "documentary", "vi", seconds, 0), 1)
    (result,) = evaluate_rule(plan, rule(plan, "vtv-documentary-before"), tally, AS_OF)
    assert (result.start, result.end, result.actual) == (date(2025, 9, 1), date(2025, 9, 25), counted)


# --- a phase's share of a rule over several phases ---------------------------------------------


def weeks(plan: Plan, phase: str) -> list[tuple[date, date]]:
    selected = Selection(phase=phase, unit=COMMUNE)
    return [
        (r.start, r.end) for r in evaluate_rule(plan, rule(plan, "online-weekly"), Tally(), AS_OF, selected)
    ]


def test_a_week_ending_on_a_phase_s_first_day_is_part_of_that_phase(plan: Plan) -> None:
    # `after` starts on Sunday 28 September: the week of 22–28 ends on its first day.
    assert weeks(plan, "after")[:2] == [
        (date(2025, 9, 22), date(2025, 9, 28)),
        (date(2025, 9, 29), date(2025, 10, 5)),
    ]
    # `during` (26–27) lies inside that one week; `before` (1–25) ends on a Thursday of it.
    assert weeks(plan, "during") == [(date(2025, 9, 22), date(2025, 9, 28))]
    assert weeks(plan, "before")[-1] == (date(2025, 9, 22), date(2025, 9, 28))
    # `after` ends on Sunday 18/1/2026 and `xiv` (19–23/1, Monday to Friday) starts the next week:
    # no week is shared, and the window's last week is clipped to Friday 23/1.
    assert weeks(plan, "after")[-1] == (date(2026, 1, 12), date(2026, 1, 18))
    assert weeks(plan, "xiv") == [(date(2026, 1, 19), date(2026, 1, 23))]


# --- the tally skips voided files and files of no unit ---------------------------------------------

DAY = date(2025, 9, 3).toordinal()
NEWS: CounterKey = (DAY, "news", "vi", -1, 0)


def summary(path: str, unit: str | None, *, voided: bool = False) -> FileSummary:
    """A file's summary holding 2 news items without URL or title and 1 with both."""
    counted = FileCounts()
    key_ids: dict[CounterKey, int] = {}
    counted.add(NEWS, 2, url=None, title=None, at=(3, 5), key_ids=key_ids)
    counted.add(NEWS, 1, url="https://example.vn/1", title="Tin", at=(5, 5), key_ids=key_ids)
    return FileSummary(path, unit, 2, [], counted=counted, voided=voided)


def test_a_voided_file_counts_nothing_whatever_its_summary_holds() -> None:
    tally = build([summary("a.yaml", "vtv", voided=True), summary("b.yaml", "vov")])
    assert tally.units == {"vov": {("news", "vi", -1, 0): {DAY: 3}}}
    assert tally.duplicates == {}  # the voided file's URL is not "seen" either


def test_a_file_of_no_unit_counts_nothing() -> None:
    tally = build([summary("a.yaml", None), summary("b.yaml", "vov")])
    assert tally.units == {"vov": {("news", "vi", -1, 0): {DAY: 3}}}
    assert tally.duplicates == {}
