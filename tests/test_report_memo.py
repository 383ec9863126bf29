"""The memo's data (``hpcampaign.memo``): period defaults, figures per rule shape, names, facts.

Numbers are worked out by hand from ``tests/fixtures/memo`` as of 2025-09-27 (see its README).
The memo must judge nothing itself: its statuses are the engine's, which one test checks against
``run_check`` directly.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hpcampaign.checking import CheckOptions, run_check
from hpcampaign.engine import Selection
from hpcampaign.memo import Memo, MemoOptions, build_memo, choose_period
from hpcampaign.memo_facts import clause_key
from hpcampaign.memo_rules import RuleLine, overall
from hpcampaign.outputs.report_words import date_line, name_lines, number
from hpcampaign.plan import Plan

from .conftest import ROOT
from .report_support import AS_OF, FIXTURES, memo


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.fixture(scope="module")
def week(plan: Plan) -> Memo:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        return build_memo(plan, MemoOptions(paths=(FIXTURES,), as_of=AS_OF))


def line(value: Memo, rule: str) -> RuleLine:
    return next(item for item in value.rules if item.rule.id == rule)


# --- the period -------------------------------------------------------------------------------


def options(**kwargs: object) -> MemoOptions:
    return MemoOptions(paths=(), as_of=kwargs.pop("as_of", AS_OF), **kwargs)  # type: ignore[arg-type]


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
        ("after", date(2025, 9, 20), date(2025, 9, 28), date(2025, 12, 31)),  # not begun: all of it
    ],
)
def test_default_period_with_a_phase_is_its_window(
    plan: Plan, phase: str, as_of: date, start: date, end: date
) -> None:
    period = choose_period(plan, options(phase=phase, as_of=as_of))
    assert (period.start, period.end, period.chosen) == (start, end, "phase")


def test_half_open_ranges_are_completed(plan: Plan) -> None:
    only_from = choose_period(plan, options(start=date(2025, 9, 10)))
    assert (only_from.start, only_from.end, only_from.chosen) == (date(2025, 9, 10), AS_OF, "given")
    assert choose_period(plan, options(end=date(2025, 9, 10))).start == date(2025, 9, 1)
    assert choose_period(plan, options(phase="during", end=AS_OF)).start == date(2025, 9, 26)


# --- rules and figures ------------------------------------------------------------------------


def test_with_all_phases_the_memo_holds_the_rules_that_meet_the_period(week: Memo) -> None:
    ids = [item.rule.id for item in week.rules]
    assert "loudspeaker-after" not in ids and "press-conference-after" not in ids  # start on 28/9
    assert ids[0] == "press-daily-before" and ids[-1] == "audio-files" and len(ids) == 18


def test_with_a_phase_the_memo_holds_that_phase_s_rules(plan: Plan) -> None:
    during = memo(plan, phase="during")
    assert [item.rule.id for item in during.rules] == [
        "social-weekly",
        "press-daily-during",
        "live-broadcast-during",
        "vtv-documentary-during",
        "vov-report-during",
        "loudspeaker-during",
        "foreign-languages-during",
        "leaflet",
        "audio-files",
    ]
    social = line(during, "social-weekly")
    # Only the weeks that meet the phase: the Congress week, whole.
    assert (social.start, social.end) == (date(2025, 9, 22), date(2025, 9, 28))
    assert social.period.counts["behind"] == 120 and social.period.items == 1  # 27/9, Thủy Nguyên


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


def test_memo_statuses_are_the_engine_s(plan: Plan, week: Memo) -> None:
    report = run_check(plan, CheckOptions((FIXTURES,), AS_OF, Selection()))
    for item in week.rules:
        results = [r for r in report.results if r.rule == item.rule.id]
        assert item.to_date.status == overall(r.status for r in results), item.rule.id
        assert sum(item.to_date.counts.values()) == len(results)


def test_flags_name_units_behind_but_not_those_without_files(week: Memo) -> None:
    flags = line(week, "loudspeaker-before").flags
    assert [(f.status, f.scope) for f in flags] == [
        ("missed", "phuong-thuy-nguyen"),  # 7 in 25 days: 1.96
        ("missed", "phuong-ngo-quyen"),
        ("missed", "phuong-le-chan"),
        ("missed", "xa-cam-giang-2"),  # a file with no items is not "no file"
    ]
    languages = line(week, "foreign-languages-during").flags
    assert [(f.status, f.language) for f in languages] == [
        ("behind", "zh"),
        ("behind", "ko"),
        ("behind", "ja"),
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
    assert (head.files, head.files_with_errors, head.errors, head.warnings) == (15, 2, 4, 2)
    assert (head.units_in_scope, head.units_reporting) == (131, 14)
    assert sum(head.rules.values()) == 18


def test_units_without_files_and_quiet_units_by_group(week: Memo) -> None:
    groups = {g.group: g for g in week.without_files}
    assert (len(groups["communes"].units), groups["communes"].members) == (107, 114)
    assert (len(groups["departments"].units), groups["departments"].members) == (10, 11)
    assert [(g.group, g.units) for g in week.quiet] == [
        ("communes", ("dac-khu-cat-hai", "xa-cam-giang-2")),
        (None, ("cong-ttdt-thanh-pho",)),
    ]


def test_problems_are_counted_by_unit_not_listed(week: Memo) -> None:
    by_unit = {p.unit: p for p in week.problems}
    ngo_quyen = by_unit["phuong-ngo-quyen"]
    assert (ngo_quyen.errors, ngo_quyen.warnings) == (3, 0)
    assert dict(ngo_quyen.codes) == {"unknown-kind": 1, "bad-date": 1, "future-date": 1}
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
    assert clauses == sorted(clauses, key=clause_key)
    assert clauses.index("III.1.2.d") < clauses.index("III.1.2.đ") < clauses.index("III.2.2.a")
    social = [c.rules for c in week.citations if c.clause in ("III.1.2.c", "III.2.2.c")]
    assert all("social-weekly" in rules for rules in social) and len(social) == 2
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
    from hpcampaign.discover import MissingPath

    with pytest.raises(MissingPath):
        build_memo(plan, MemoOptions(paths=(Path("no/such/folder"),), as_of=AS_OF))


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
