"""The memo's data (``hpcampaign.memo.build``): period defaults, figures per rule shape, names, facts.

Numbers are worked out by hand from ``tests/fixtures/memo`` as of 2025-09-27 (see its README).
The memo must judge nothing itself: its statuses are the engine's, which one test checks against
``run_check`` directly.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from hpcampaign.judge.run import CheckOptions, run_check
from hpcampaign.memo.build import Memo, MemoOptions, PeriodError, choose_period
from hpcampaign.memo.facts import clause_key
from hpcampaign.outputs.words import date_line, name_lines, number
from hpcampaign.plan.model import Plan
from hpcampaign.records import Selection

from .conftest import ROOT
from .report_support import AS_OF, FIXTURES, checked_memo, line, memo, text


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.fixture(scope="module")
def week(plan: Plan) -> Memo:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        return checked_memo(plan, (FIXTURES,), AS_OF)


# --- the period -------------------------------------------------------------------------------


def options(**kwargs: object) -> MemoOptions:
    return MemoOptions(as_of=kwargs.pop("as_of", AS_OF), **kwargs)  # type: ignore[arg-type]


def test_default_period_is_the_week_of_the_as_of_date_monday_to_that_day(plan: Plan) -> None:
    period = choose_period(plan, options())
    assert (period.start, period.end, period.chosen) == (date(2025, 9, 22), AS_OF, "week")
    monday = choose_period(plan, options(as_of=date(2025, 9, 29)))
    assert (monday.start, monday.end) == (date(2025, 9, 29), date(2025, 9, 29))


@pytest.mark.parametrize(
    ("phase", "as_of", "start", "end"),
    [
        ("during", AS_OF, date(2025, 9, 26), AS_OF),  # open: up to the as-of date
        ("before", AS_OF, date(2025, 9, 1), date(2025, 9, 25)),  # over: all of it
        ("after", date(2025, 9, 20), date(2025, 9, 28), date(2026, 1, 18)),  # not begun: all of it
        ("xiv", AS_OF, date(2026, 1, 19), date(2026, 1, 23)),  # the 14th Congress, not begun either
    ],
)
def test_default_period_with_a_phase_is_its_window(
    plan: Plan, phase: str, as_of: date, start: date, end: date
) -> None:
    period = choose_period(plan, options(phase=phase, as_of=as_of))
    assert (period.start, period.end, period.chosen) == (start, end, "phase")


@pytest.mark.parametrize(
    ("given", "start", "end"),
    [
        ({"start": date(2025, 9, 22), "end": date(2025, 9, 28)}, date(2025, 9, 26), date(2025, 9, 27)),
        ({"start": date(2025, 9, 20)}, date(2025, 9, 26), AS_OF),
        ({"end": date(2025, 9, 26)}, date(2025, 9, 26), date(2025, 9, 26)),
        ({"start": date(2025, 9, 27), "end": date(2025, 10, 5)}, AS_OF, AS_OF),
    ],
)
def test_with_a_phase_a_given_period_is_clipped_to_the_phase(
    plan: Plan, given: dict[str, date], start: date, end: date
) -> None:
    period = choose_period(plan, options(phase="during", **given))
    assert (period.start, period.end, period.chosen) == (start, end, "given")


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (
            {"phase": "during", "start": date(2025, 9, 1), "end": date(2025, 9, 25)},
            "--phase during: the period 2025-09-01 to 2025-09-25 does not meet the phase "
            "(2025-09-26 to 2025-09-27): choose another period or --phase all",
        ),
        ({"phase": "during", "end": date(2025, 9, 20)}, "the period up to 2025-09-20 does not meet"),
        ({"phase": "after", "start": date(2025, 9, 20)}, "the period 2025-09-20 to 2025-09-27 does not"),
        ({"start": date(2025, 10, 1)}, "--from 2025-10-01 is after the as-of date 2025-09-27"),
        ({"phase": "after", "start": date(2025, 10, 1)}, "--from 2025-10-01 is after the as-of date"),
        # The campaign starts on 2025-08-20 (revision 2: the preparation windows start then).
        ({"end": date(2025, 8, 15)}, "--to 2025-08-15 is before the campaign's first day 2025-08-20"),
        ({"start": date(2025, 9, 24), "end": date(2025, 9, 20)}, "--from must not be after --to"),
    ],
)
def test_options_that_give_no_period_are_refused(plan: Plan, given: dict[str, Any], message: str) -> None:
    with pytest.raises(PeriodError) as error:
        choose_period(plan, options(**given))
    said = error.value.message("en")
    assert message in said and "\n" not in said


def test_a_refused_period_is_refused_before_any_file_is_read() -> None:
    from typer.testing import CliRunner

    from hpcampaign.cli.app import app

    args = ["report", "no/such/folder", "--as-of", "2025-09-27", "--phase", "during", "--to", "2025-09-01"]
    result = CliRunner().invoke(app, [*args, "--lang", "en"])
    # The period is refused (exit 2, said so) before the missing folder is ever looked at.
    assert result.exit_code == 2
    assert "no such file or folder" not in result.output and "does not meet the phase" in result.output


def test_half_open_ranges_are_completed(plan: Plan) -> None:
    only_from = choose_period(plan, options(start=date(2025, 9, 10)))
    assert (only_from.start, only_from.end, only_from.chosen) == (date(2025, 9, 10), AS_OF, "given")
    assert choose_period(plan, options(end=date(2025, 9, 10))).start == date(
        2025, 8, 20
    )  # the campaign's first day
    assert choose_period(plan, options(phase="during", end=AS_OF)).start == date(2025, 9, 26)


# --- rules and figures ------------------------------------------------------------------------


def test_with_all_phases_the_memo_holds_the_rules_that_meet_the_period(week: Memo) -> None:
    ids = [item.rule.id for item in week.rules]
    # The week 22–27/9 meets every rule of `before` and `during` (28), press-conference-after (from
    # the closing day, 27/9) and portal-updates (`during`, listed among the `after` rules): 31.
    assert "press-conference-after" in ids
    later = (
        "press-weekly-after",
        "loudspeaker-after",
        "visual-after",
        "foreign-affairs-after",
        "review-report",
    )
    assert not set(later) & set(ids)  # from 28/9 or 29/9
    assert "press-daily-xiv" not in ids and "loudspeaker-xiv" not in ids
    assert ids[0] == "press-daily-before" and ids[-1] == "portal-updates" and len(ids) == 31


def test_with_a_phase_the_memo_holds_that_phase_s_rules(plan: Plan) -> None:
    during = memo(plan, phase="during")
    # In plan order: the rules of `during`, those by the end of it, the weeklies whose week 22–28/9
    # meets it, loudspeaker-during (reported under `during`) and portal-updates.
    assert [item.rule.id for item in during.rules] == [
        "online-weekly",
        "press-social-weekly",
        "foreign-affairs-central",
        "press-daily-during",
        "central-press-coverage",
        "live-broadcast-during",
        "vtv-documentary-during",
        "vov-report-during",
        "loudspeaker-during",
        "foreign-languages-during",
        "speaker-sessions",
        "leaflet",
        "audio-files",
        "department-online-during",
        "portal-updates",
    ]
    social = line(during, "online-weekly")
    # The rule's span is its whole window, whatever the phase: "to date" runs from 01/09.
    assert (social.start, social.end) == (date(2025, 9, 1), date(2026, 1, 23))
    # In the period: the week that meets the phase (the Congress week), whole, with its own items
    # (22/9 … 27/9), so that 5 units met and 6 items describe the same days: posts of
    # phuong-hong-bang (22/9), phuong-le-chan (23/9), phuong-thuy-nguyen (22/9, 27/9), xa-an-lao
    # (24/9) and so-y-te (22/9); the other 127 - 5 = 122 units are behind in the open week.
    assert {k: v for k, v in social.period.counts.items() if v} == {"ok": 5, "behind": 122}
    assert social.period.items == 6
    # The Congress-week loudspeaker result is that of 22–28/9, not of the two Congress days.
    loudspeaker = line(during, "loudspeaker-during")
    assert (loudspeaker.start, loudspeaker.end, loudspeaker.shape) == (
        date(2025, 9, 22),
        date(2025, 9, 28),
        "window",
    )


def test_to_date_means_the_same_in_every_memo(plan: Plan, week: Memo) -> None:
    # The rule's own window through the as-of date, whatever the memo's phase or period.
    memos = [
        week,
        memo(plan, phase="during"),
        memo(plan, phase="before"),
        memo(plan, phase="after"),
        memo(plan, start=date(2025, 9, 15), end=date(2025, 9, 21)),
    ]
    for value in memos:
        social = line(value, "online-weekly")
        assert (social.start, social.end) == (date(2025, 9, 1), date(2026, 1, 23))
        assert social.to_date == line(week, "online-weekly").to_date
        assert value.to_date == (date(2025, 8, 20), AS_OF)  # the campaign from its first day
        for item in value.rules:
            if any(other.rule.id == item.rule.id for other in week.rules):
                assert item.to_date == line(week, item.rule.id).to_date, item.rule.id
    so_far = line(week, "online-weekly").to_date
    # W36 … W39 (4 weeks × 127 units) judged; the weeks after the as-of date pending. Items 1–27/9:
    # phuong-hong-bang 4, dac-khu-cat-hai 1, phuong-le-chan 1, phuong-thuy-nguyen 2, xa-an-lao 1,
    # so-y-te 1 = 10.
    assert so_far.judged == 508 and so_far.items == 10 and so_far.status == "missed"


def test_a_phase_not_begun_says_so_with_no_counts(plan: Plan) -> None:
    after = memo(plan, phase="after")
    assert (after.period.start, after.period.end, after.begun) == (
        date(2025, 9, 28),
        date(2026, 1, 18),
        False,
    )
    assert after.headline.items == 0 and after.quiet == () and after.to_date == (date(2025, 8, 20), AS_OF)
    for item in after.rules:
        # The Congress week touches 28/9 but nothing of the phase is counted yet: not "14 met".
        assert item.period.status == "pending" and item.period.judged == 0, item.rule.id
        assert item.period.items == 0, item.rule.id
    # press-conference-after's own window began on 27/9 (the closing day): judged to date (behind,
    # no results press conference yet) and named; every other rule of `after` is pending and unflagged.
    conference = line(after, "press-conference-after")
    assert conference.to_date.status == "behind"
    assert [(f.status, f.scope) for f in conference.flags] == [("behind", "so-vhttdl")]
    assert all(not item.flags for item in after.rules if item.rule.id != "press-conference-after")
    out = text(after, "md")
    assert "Kỳ báo cáo bắt đầu từ ngày 28/09/2025, chưa đến hạn" in out
    social_row = next(row for row in out.splitlines() if "(III.1.2.c, III.2.2.c, III.3.2.c)" in row)
    assert social_row.split(" | ")[3] == "chưa đến hạn"


def test_before_the_campaign_nothing_is_inverted(plan: Plan) -> None:
    # The campaign starts on 2025-08-20 (revision 2): the day before it, nothing has begun.
    early = memo(plan, phase="before", as_of=date(2025, 8, 19))
    assert early.to_date is None and not early.begun
    assert all(item.to_date.status == "pending" for item in early.rules)
    assert "lũy kế: chưa đến hạn" in text(early, "md") and '"to_date": null' in text(early, "json")
    assert len(early.daily) == 1
    assert "chưa đến hạn (từ ngày 01/09/2025)" in text(early, "md")
    # On 20/8 the campaign has begun (the preparation windows open), `before` has not.
    first_day = memo(plan, phase="before", as_of=date(2025, 8, 20))
    assert first_day.to_date == (date(2025, 8, 20), date(2025, 8, 20)) and not first_day.begun


@pytest.mark.parametrize("phase", [None, "before", "during", "after", "xiv"])
@pytest.mark.parametrize("as_of", [date(2025, 8, 31), date(2025, 9, 1), AS_OF, date(2025, 9, 28)])
@pytest.mark.parametrize("week_of", [None, date(2025, 9, 24), date(2025, 9, 29)])
def test_no_range_is_inverted_and_no_row_contradicts_itself(
    plan: Plan, phase: str | None, as_of: date, week_of: date | None
) -> None:
    given: dict[str, Any] = {}
    if week_of is not None:
        monday = week_of - timedelta(days=week_of.weekday())
        given = {"start": monday, "end": monday + timedelta(days=6)}
    try:
        value = memo(plan, phase=phase, as_of=as_of, **given)
    except PeriodError:
        # only a phase the given week does not meet, or a period wholly outside the campaign
        outside = as_of < plan.start and week_of is None
        assert phase is not None or outside
        return
    assert value.period.start <= value.period.end
    assert value.to_date is None or value.to_date[0] <= value.to_date[1]
    if phase is not None:
        window = plan.phase_by_id[phase]
        assert window.start <= value.period.start and value.period.end <= window.end
    for item in value.rules:
        assert item.start <= item.end
        for figures in (item.period, item.to_date):
            if item.rule.min and figures.counts["ok"] + figures.counts["over"]:
                assert figures.items > 0, item.rule.id  # never "0 items, N met"
        if not value.begun:
            assert item.period.status == "pending" and item.period.items == 0


def test_a_period_partly_in_the_phase_counts_what_the_rows_count(plan: Plan) -> None:
    # --phase during --week 2025-W39: the week's part inside the phase, 26/9 … 27/9.
    clipped = memo(plan, phase="during", start=date(2025, 9, 22), end=date(2025, 9, 28))
    during = memo(plan, phase="during")
    assert (clipped.period.start, clipped.period.end) == (during.period.start, during.period.end)
    assert clipped.headline == during.headline and clipped.rules == during.rules
    press = line(clipped, "press-daily-during")
    assert clipped.headline.items == 64 and press.period.items == 37 + 20  # the same two days


def test_daily_rule_counts_days_in_the_period_and_so_far(week: Memo) -> None:
    press = line(week, "press-daily-before")
    assert press.shape == "daily" and press.scopes == 1
    # 22/9: 8+2+2 = 12 ok; 23/9: 6+2 = 8 missed; 24/9: 12+2+2 = 16 over; 25/9: 9+3 = 12 ok.
    assert press.period.items == 48
    assert {k: v for k, v in press.period.counts.items() if v} == {"ok": 2, "over": 1, "missed": 1}
    assert press.period.status == "missed"
    # So far: 25 days; the Korean report of 21/9 is a press item too (1 on that day).
    assert press.to_date.items == 49 and press.to_date.counts["missed"] == 22 and press.to_date.judged == 25


def test_open_day_below_target_reads_in_progress(week: Memo) -> None:
    during = line(week, "press-daily-during")
    assert {k: v for k, v in during.to_date.counts.items() if v} == {"ok": 1, "behind": 1}
    assert during.to_date.status == "behind"


def test_window_rule_has_items_in_the_period_and_its_value_to_date(week: Memo) -> None:
    vtv = line(week, "vtv-documentary-before")
    # 15/9 counts (12:30); 18/9 (9:00) is out of range and not counted; nothing in W39.
    assert vtv.period.status is None and vtv.period.items == 0
    assert (vtv.to_date.value, vtv.to_date.status) == (1, "missed")


def test_average_rule_over_communes(week: Memo) -> None:
    loud = line(week, "loudspeaker-before")
    assert loud.shape == "average" and loud.scopes == 114
    assert {k: v for k, v in loud.to_date.counts.items() if v} == {"ok": 2, "over": 1, "missed": 111}
    spread = next(s for s in week.spreads if s.rule.id == "loudspeaker-before")
    assert spread.values[:3] == (
        ("xa-an-lao", 3.36, "over"),
        ("phuong-hong-bang", 2.52, "ok"),
        ("dac-khu-cat-hai", 2.24, "ok"),
    )
    assert spread.omitted == 107


#: Per rule of the weekly memo, to date: the worst status of its results (pending ones aside)
#: and how many results it has. ``before`` (and every window ending with it) is closed on 27/9:
#: below target there is missed; ``during`` (and every window ending with it) is open: below
#: target is behind. Results: a day each of ``before`` (25) and ``during`` (2); one per scope for
#: window rules (city-press 2, central-press 5, 114 communes; portal-section: the portal, so-vhttdl,
#: 11 departments and 114 communes = 127; unit-plans: the portal, 2 + 5 press, 11 + 114 = 133);
#: one per language (4); online-weekly 127 units × 21 weeks; press-social-weekly 2 × 4 weeks.
TO_DATE = {
    "press-daily-before": ("missed", 25),
    "trailer-daily-before": ("missed", 25),  # on radio or tv: 22, 24 and 25/9 only
    "special-pages": ("missed", 2),
    "leaders-series": ("missed", 1),
    "vtv-documentary-before": ("missed", 1),  # one documentary in range of the two needed
    "vov-report-before": ("ok", 1),  # 10/9 and 19/9 (English): 2 of 2–3
    "loudspeaker-before": ("missed", 114),
    "visual-before": ("missed", 114),
    "visual-city-centre": ("missed", 1),
    "portal-section": ("missed", 127),
    "online-weekly": ("missed", 2667),
    "press-social-weekly": ("missed", 8),  # no city-press social post
    "avatar-campaign": ("missed", 1),
    "foreign-languages-before": ("missed", 4),
    "foreign-affairs-central": ("behind", 4),  # vov's English item is a radio report: not counted
    "press-conference-before": ("ok", 1),
    "unit-plans": ("missed", 133),
    "press-registration": ("missed", 7),
    "press-daily-during": ("behind", 2),
    "central-press-coverage": ("behind", 5),
    "live-broadcast-during": ("ok", 1),  # on [tv, youtube]
    "vtv-documentary-during": ("behind", 1),
    "vov-report-during": ("behind", 1),
    "loudspeaker-during": ("behind", 114),  # 22–28/9: at most 2 (xa-an-lao, phuong-ngo-quyen) of 3–5
    "foreign-languages-during": ("behind", 4),  # the English item of 26/9 is a news item: not counted
    "speaker-sessions": ("behind", 114),
    "leaflet": ("ok", 1),
    "audio-files": ("behind", 1),  # 6:10 counts, 8 min is out of range: 1 of at least 2
    "department-online-during": ("missed", 2),  # 26/9 missed, 27/9 behind
    "press-conference-after": ("behind", 1),  # from 27/9: the conference of 22/9 is before it
    "portal-updates": ("missed", 2),  # 26/9 missed, 27/9 behind
}


def test_memo_statuses_are_the_engine_s(plan: Plan, week: Memo) -> None:
    assert {
        item.rule.id: (item.to_date.status, sum(item.to_date.counts.values())) for item in week.rules
    } == (TO_DATE)
    # The memo judges nothing itself: its counts by status are those of the engine's results.
    report = run_check(plan, CheckOptions((FIXTURES,), AS_OF, Selection()))
    for item in week.rules:
        engine = Counter(r.status for r in report.results if r.rule == item.rule.id)
        assert {k: v for k, v in item.to_date.counts.items() if v} == dict(engine), item.rule.id


def test_flags_name_units_worst_first_and_those_without_files_apart(week: Memo) -> None:
    loudspeaker = line(week, "loudspeaker-before")
    # Worst first: the lowest average per week (count × 7 ÷ 25 days) before the others.
    assert [(f.status, f.scope, f.actual) for f in loudspeaker.flags] == [
        ("missed", "xa-cam-giang-2", 0),  # a file with no items is not "no file": 0 × 7 ÷ 25
        ("missed", "phuong-ngo-quyen", 0.56),  # 2 on 24/9: 2 × 7 ÷ 25
        ("missed", "phuong-le-chan", 1.12),  # 2 + 2: 4 × 7 ÷ 25
        ("missed", "phuong-thuy-nguyen", 1.96),  # 7 in 25 days: 7 × 7 ÷ 25
    ]
    # The 107 communes with no file are flagged apart, in plan order, never among the names.
    assert len(loudspeaker.unreported) == 107 and loudspeaker.unreported[0].scope == "phuong-thien-huong"
    assert not {f.scope for f in loudspeaker.unreported} & {f.scope for f in loudspeaker.flags}
    # Congress week (3–5 by 28/9), as of 27/9: 0 before 1/3 before 2/3; ties in plan order.
    during = line(week, "loudspeaker-during")
    assert [(f.scope, f.actual) for f in during.flags] == [
        ("phuong-thuy-nguyen", 0),
        ("phuong-le-chan", 0),
        ("dac-khu-cat-hai", 0),
        ("xa-cam-giang-2", 0),
        ("phuong-hong-bang", 1),  # 26/9
        ("phuong-ngo-quyen", 2),  # 24/9 (count 2)
        ("xa-an-lao", 2),  # 26/9 (count 2)
    ]
    # Bulletins and reports only: the English news item of 26/9 does not count, so English is
    # behind too.
    languages = line(week, "foreign-languages-during").flags
    assert [(f.status, f.language) for f in languages] == [
        ("behind", "zh"),
        ("behind", "en"),
        ("behind", "ko"),
        ("behind", "ja"),
    ]
    # A daily rule of one unit: the closed day missed, the open day behind, each named apart with
    # its day (so-vhttdl posted nothing on 26/9 or 27/9).
    department = line(week, "department-online-during")
    assert [(f.status, f.periods, f.starts) for f in department.flags] == [
        ("missed", 1, (date(2025, 9, 26),)),
        ("behind", 1, (date(2025, 9, 27),)),
    ]


def test_daily_series_carries_each_day_s_band(week: Memo) -> None:
    (series,) = week.daily
    assert series.scope == "city-press"
    assert [(p.day.day, p.value, p.min, p.max, p.status) for p in series.points] == [
        (22, 12, 10, 15, "ok"),
        (23, 8, 10, 15, "missed"),
        (24, 16, 10, 15, "over"),
        (25, 12, 10, 15, "ok"),
        (26, 37, 30, 40, "ok"),
        (27, 20, 30, 40, "behind"),
    ]


# --- facts ------------------------------------------------------------------------------------


def test_headline(week: Memo) -> None:
    head = week.headline
    # Errors: phuong-ngo-quyen's 31/09 (bad-date) and loa_phat_thanh (unknown-kind), the unknown
    # unit: 3 (its 30/9 item is after the as-of date, not after today: no longer future-date).
    assert (head.files, head.files_with_errors, head.errors, head.warnings) == (15, 2, 3, 2)
    # unit-plans and portal-section put every unit of the plan in scope: 7 press, the portal,
    # so-vhttdl, 11 departments, 114 communes = 134; 14 of them have a file.
    assert (head.units_in_scope, head.units_reporting) == (134, 14)
    assert sum(head.rules.values()) == 31


def test_units_without_files_and_quiet_units_by_group(week: Memo) -> None:
    groups = {g.group: g for g in week.without_files}
    assert (len(groups["communes"].units), groups["communes"].members) == (107, 114)
    assert (len(groups["departments"].units), groups["departments"].members) == (10, 11)
    # In scope through unit-plans and the other central-press rules (revision 2): ttxvn,
    # bao-nhan-dan and bao-dau-tu have no file.
    assert groups["central-press"].units == ("ttxvn", "bao-nhan-dan", "bao-dau-tu")
    assert groups["central-press"].members == 5
    assert [(g.group, g.units) for g in week.quiet] == [
        ("communes", ("dac-khu-cat-hai", "xa-cam-giang-2")),
        (None, ("cong-ttdt-thanh-pho",)),
    ]


def test_problems_are_counted_by_unit_not_listed(week: Memo) -> None:
    by_unit = {p.unit: p for p in week.problems}
    ngo_quyen = by_unit["phuong-ngo-quyen"]
    # The item of 30/9 is after the as-of date (27/9) but not after today: not counted, not a problem.
    assert (ngo_quyen.errors, ngo_quyen.warnings) == (2, 0)
    assert dict(ngo_quyen.codes) == {"unknown-kind": 1, "bad-date": 1}
    unknown = by_unit[None]
    assert (unknown.voided, unknown.paths) == (1, (f"{FIXTURES.as_posix()}/bad/unknown-unit.yaml",))
    assert list(by_unit)[-1] is None


def test_foreign_languages(week: Memo) -> None:
    rows = {row.language: row for row in week.languages}
    assert list(rows) == ["en", "zh", "ko", "ja"]
    assert (rows["en"].period_items, rows["en"].to_date_items, rows["en"].units) == (
        1,
        3,
        ("bao-va-ptth-hai-phong", "vov"),
    )
    assert [j[:2] for j in rows["ja"].judgements] == [
        ("foreign-languages-before", "missed"),
        ("foreign-languages-during", "behind"),
    ]


def test_citations_in_clause_order(week: Memo) -> None:
    clauses = [c.clause for c in week.citations]
    # đ is the letter after d in Vietnamese: III.1.2.đ comes after III.1.2.d, before III.2.
    assert clauses == [
        "I.1", "III.1.1", "III.1.2.a", "III.1.2.b", "III.1.2.c", "III.1.2.d", "III.1.2.đ",
        "III.2.2.a", "III.2.2.b", "III.2.2.c", "III.2.2.d", "III.2.2.đ", "III.3.2.c",
        "V.1", "V.2", "V.3", "V.4.1",
    ]  # fmt: skip
    online = [c.rules for c in week.citations if c.clause in ("III.1.2.c", "III.2.2.c", "III.3.2.c")]
    assert all({"online-weekly", "portal-updates"} <= set(rules) for rules in online) and len(online) == 3
    assert clause_key("IV.1") > clause_key("III.4") > clause_key("II.9")


def test_letterhead_defaults_and_options(plan: Plan, week: Memo) -> None:
    assert (week.letterhead.number, week.letterhead.issued, week.letterhead.signer) == (None, AS_OF, "")
    signed = memo(plan, number="12", signer="Nguyễn Văn A", issued=date(2025, 10, 5))
    assert (signed.letterhead.number, signed.letterhead.issued, signed.letterhead.signer) == (
        "12",
        date(2025, 10, 5),
        "Nguyễn Văn A",
    )


def test_worker_processes_give_the_same_memo(plan: Plan, week: Memo) -> None:
    assert memo(plan, jobs=2).rules == week.rules


def test_missing_path_is_an_error(plan: Plan) -> None:
    from hpcampaign.intake.discover import MissingPath

    with pytest.raises(MissingPath):
        checked_memo(plan, (Path("no/such/folder"),), AS_OF)


# --- words ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 10, 5), "Hải Phòng, ngày 05 tháng 10 năm 2025"),
        (date(2025, 9, 27), "Hải Phòng, ngày 27 tháng 9 năm 2025"),
        (date(2026, 1, 9), "Hải Phòng, ngày 09 tháng 01 năm 2026"),
        (date(2026, 2, 10), "Hải Phòng, ngày 10 tháng 02 năm 2026"),
    ],
)
def test_date_line_follows_decree_30(day: date, expected: str) -> None:
    assert date_line("Hải Phòng", day, "vi") == expected


def test_date_line_in_english() -> None:
    assert date_line("Hải Phòng", date(2025, 10, 5), "en") == "Hai Phong, 5 October 2025"


def test_numbers_follow_the_language() -> None:
    assert (number(1234, "vi"), number(2.24, "vi"), number(2.0, "vi")) == ("1.234", "2,24", "2")
    assert (number(1234, "en"), number(2.24, "en"), number(1234.5, "en")) == ("1,234", "2.24", "1,234.5")


def test_long_body_names_break_between_word_groups() -> None:
    assert name_lines("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH") == ("SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH")
    assert name_lines("DEPARTMENT OF CULTURE, SPORTS AND TOURISM") == (
        "DEPARTMENT OF CULTURE,",
        "SPORTS AND TOURISM",
    )
    assert name_lines("UBND THÀNH PHỐ HẢI PHÒNG") == ("UBND THÀNH PHỐ HẢI PHÒNG",)
