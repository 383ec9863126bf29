"""The engine's semantics (SPEC 4), with numbers computed by hand.

Tallies are built directly, so each test states exactly what was counted; one test at the end
goes through files to check that duplicates are counted once and units without files listed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hpcampaign.judge.engine import evaluate, evaluate_rule, judge
from hpcampaign.judge.run import CheckOptions, run_check
from hpcampaign.judge.tally import Tally
from hpcampaign.plan.model import Plan, Rule
from hpcampaign.plan.periods import elapsed_days, parse_week, periods, state, week_label
from hpcampaign.records import Result, Selection

COMMUNE = "phuong-hong-bang"


def rule(plan: Plan, rule_id: str) -> Rule:
    return next(r for r in plan.rules if r.id == rule_id)


def results(plan: Plan, rule_id: str, tally: Tally, as_of: date, **selection: str) -> list[Result]:
    return list(evaluate_rule(plan, rule(plan, rule_id), tally, as_of, Selection(**selection)))


def add(
    tally: Tally, unit: str, day: date, kind: str, count: int, language: str = "vi", duration: int = -1
) -> None:
    tally.add(unit, (day.toordinal(), kind, language, duration), count)


def of(found: list[Result], scope: str) -> Result:
    return next(r for r in found if r.scope == scope)


@pytest.mark.parametrize(
    ("broadcasts", "actual", "status"),
    [(8, 2.24, "ok"), (7, 1.96, "missed"), (11, 3.08, "over"), (0, 0, "missed")],
)
def test_average_per_week_over_the_closed_before_phase(
    plan: Plan, broadcasts: int, actual: float, status: str
) -> None:
    tally = Tally()
    if broadcasts:
        add(tally, COMMUNE, date(2025, 9, 10), "loudspeaker_broadcast", broadcasts)
    result = of(results(plan, "loudspeaker-before", tally, date(2025, 10, 1)), COMMUNE)
    assert (result.actual, result.status) == (actual, status)
    assert (result.start, result.end, result.phase, result.min, result.max) == (
        date(2025, 9, 1),
        date(2025, 9, 25),
        "before",
        2,
        3,
    )


def test_two_broadcasts_in_the_two_days_of_during_are_seven_a_week(plan: Plan) -> None:
    tally = Tally()
    add(tally, COMMUNE, date(2025, 9, 26), "loudspeaker_broadcast", 2)
    result = of(results(plan, "loudspeaker-during", tally, date(2025, 9, 30)), COMMUNE)
    assert (result.actual, result.status) == (7.0, "over")


def test_open_average_uses_the_days_elapsed_including_today(plan: Plan) -> None:
    tally = Tally()
    add(tally, COMMUNE, date(2025, 9, 2), "loudspeaker_broadcast", 2)
    # as of 7 September: 7 days elapsed, 2 broadcasts = 2.0 a week, ok while open
    assert of(results(plan, "loudspeaker-before", tally, date(2025, 9, 7)), COMMUNE).status == "ok"
    # as of 8 September: 8 days, 2 ÷ (8/7) = 1.75: behind, not missed, because the phase is open
    result = of(results(plan, "loudspeaker-before", tally, date(2025, 9, 8)), COMMUNE)
    assert (result.actual, result.status) == (1.75, "behind")


def test_bounds_are_inclusive_and_the_unrounded_value_decides(plan: Plan) -> None:
    tally = Tally()
    add(tally, COMMUNE, date(2025, 9, 3), "loudspeaker_broadcast", 3)
    # as of 7 September: 3 ÷ (7/7) = 3.0, exactly the maximum: ok
    assert of(results(plan, "loudspeaker-before", tally, date(2025, 9, 7)), COMMUNE).status == "ok"
    # No count in a 25-day phase averages within 0.005 of a bound, so judge() shows it directly:
    # 3.0000001 would print as 3.00 yet is above the maximum, and 1.9999 below the minimum.
    closed = (date(2025, 9, 1), date(2025, 9, 25), date(2025, 12, 1))
    assert judge(3.0000001, 2, 3, *closed) == "over"
    assert judge(1.9999, 2, 3, *closed) == "missed"
    assert judge(2, 2, 3, *closed) == "ok"


def test_daily_combined_rule_sums_the_group(plan: Plan) -> None:
    tally = Tally()
    day = date(2025, 9, 3)
    add(tally, "bao-va-ptth-hai-phong", day, "news", 6)
    add(tally, "chuyen-de-an-ninh-hai-phong", day, "article", 5)
    add(tally, "bao-va-ptth-hai-phong", day, "trailer", 9)  # not a counted kind
    add(tally, "vtv", day, "news", 9)  # not in the group
    found = results(plan, "press-daily-before", tally, date(2025, 9, 5))
    assert len(found) == 25 and {r.scope for r in found} == {"city-press"}
    by_day = {r.start: r for r in found}
    assert (by_day[day].actual, by_day[day].status) == (11, "ok")
    assert by_day[date(2025, 9, 1)].status == "missed"  # closed day with nothing
    assert by_day[date(2025, 9, 5)].status == "behind"  # D itself is open
    assert by_day[date(2025, 9, 6)].status == "pending"
    assert by_day[date(2025, 9, 6)].actual == 0


def test_over_is_reported_above_the_maximum(plan: Plan) -> None:
    tally = Tally()
    add(tally, "bao-va-ptth-hai-phong", date(2025, 9, 26), "report", 41)
    found = results(plan, "press-daily-during", tally, date(2025, 9, 30))
    assert [(r.start, r.status, r.actual) for r in found] == [
        (date(2025, 9, 26), "over", 41),
        (date(2025, 9, 27), "missed", 0),
    ]


def test_weekly_periods_are_iso_weeks_clipped_to_the_window(plan: Plan) -> None:
    tally = Tally()
    add(tally, COMMUNE, date(2025, 9, 7), "social_post", 1)  # Sunday of W36
    found = [r for r in results(plan, "social-weekly", tally, date(2025, 9, 10)) if r.scope == COMMUNE]
    assert len(found) == 18
    assert (found[0].start, found[0].end, found[0].status) == (date(2025, 9, 1), date(2025, 9, 7), "ok")
    assert (found[1].start, found[1].end, found[1].status) == (date(2025, 9, 8), date(2025, 9, 14), "behind")
    assert found[2].status == "pending"
    assert (found[-1].start, found[-1].end) == (date(2025, 12, 29), date(2025, 12, 31))  # 2026-W01, clipped
    assert found[0].phase is None  # a rule over several phases


def test_by_the_end_of_windows_start_at_the_campaign(plan: Plan) -> None:
    tally = Tally()
    add(tally, "so-vhttdl", date(2025, 9, 20), "leaflet", 1)
    result = results(plan, "leaflet", tally, date(2025, 10, 1))[0]
    assert (result.start, result.end, result.phase, result.status) == (
        date(2025, 9, 1),
        date(2025, 9, 27),
        "during",
        "ok",
    )


def test_per_language_gives_one_result_per_language(plan: Plan) -> None:
    tally = Tally()
    unit = "bao-va-ptth-hai-phong"
    add(tally, unit, date(2025, 9, 10), "bulletin", 1, "zh")
    add(tally, unit, date(2025, 9, 11), "report", 2, "en")
    add(tally, unit, date(2025, 9, 11), "article", 2, "ko")  # an article is not a counted kind
    add(tally, unit, date(2025, 9, 11), "news", 5, "vi")
    found = results(plan, "foreign-languages-before", tally, date(2025, 10, 1))
    assert [(r.language, r.actual, r.status) for r in found] == [
        ("zh", 1, "ok"),
        ("en", 2, "ok"),
        ("ko", 0, "missed"),
        ("ja", 0, "missed"),
    ]


def test_duration_bounds_of_a_rule(plan: Plan) -> None:
    tally = Tally()
    add(tally, "vtv", date(2025, 9, 10), "documentary", 1, duration=12 * 60)
    add(tally, "vtv", date(2025, 9, 12), "documentary", 1, duration=16 * 60)  # outside 10–15
    add(tally, "vtv", date(2025, 9, 14), "documentary", 1, duration=10 * 60)
    assert results(plan, "vtv-documentary-before", tally, date(2025, 10, 1))[0].actual == 2
    tally = Tally()
    for day in (26, 27, 27):
        add(tally, "vtv", date(2025, 9, day), "documentary", 1, duration=11 * 60)
    result = results(plan, "vtv-documentary-during", tally, date(2025, 10, 1))[0]
    assert (result.actual, result.status) == (3, "over")  # "exactly 2": 3 is above the maximum


def test_items_after_as_of_never_count(plan: Plan) -> None:
    tally = Tally()
    add(tally, "so-vhttdl", date(2025, 9, 22), "press_conference", 1)
    assert results(plan, "press-conference-before", tally, date(2025, 9, 21))[0].status == "behind"
    assert results(plan, "press-conference-before", tally, date(2025, 9, 22))[0].status == "ok"


def test_selection_by_phase_unit_and_dates(plan: Plan) -> None:
    tally = Tally()
    as_of = date(2025, 9, 27)
    during = evaluate(plan, tally, as_of, Selection(phase="during"))
    assert {r.rule for r in during} == {
        "press-daily-during", "live-broadcast-during", "vtv-documentary-during", "vov-report-during",
        "loudspeaker-during", "foreign-languages-during", "leaflet", "audio-files", "social-weekly",
    }  # fmt: skip
    weekly = [r for r in during if r.rule == "social-weekly"]
    assert {(r.start, r.end) for r in weekly} == {(date(2025, 9, 22), date(2025, 9, 28))}
    mine = evaluate(plan, tally, as_of, Selection(unit=COMMUNE))
    assert {r.scope for r in mine} == {COMMUNE}
    press = evaluate(plan, tally, as_of, Selection(unit="chuyen-de-an-ninh-hai-phong"))
    assert {r.rule for r in press} == {"press-daily-before", "press-daily-during"}


def test_calendar_helpers() -> None:
    assert parse_week("2025-W39") == (date(2025, 9, 22), date(2025, 9, 28))
    assert parse_week("2026w01") == (date(2025, 12, 29), date(2026, 1, 4))
    with pytest.raises(ValueError):
        parse_week("2025-W54")
    assert week_label(date(2025, 9, 26)) == "2025-W39"
    assert periods(date(2025, 9, 3), date(2025, 9, 16), "week") == [
        (date(2025, 9, 3), date(2025, 9, 7)),
        (date(2025, 9, 8), date(2025, 9, 14)),
        (date(2025, 9, 15), date(2025, 9, 16)),
    ]
    assert state(date(2025, 9, 1), date(2025, 9, 25), date(2025, 9, 25)) == "open"
    assert state(date(2025, 9, 1), date(2025, 9, 25), date(2025, 9, 26)) == "closed"
    assert state(date(2025, 9, 26), date(2025, 9, 27), date(2025, 9, 25)) == "pending"
    assert elapsed_days(date(2025, 9, 1), date(2025, 9, 25), date(2025, 9, 3)) == 3
    assert elapsed_days(date(2025, 9, 1), date(2025, 9, 25), date(2025, 10, 3)) == 25


def write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_files_of_a_unit_merge_and_duplicates_count_once(plan: Plan, tmp_path: Path) -> None:
    item = "  - {date: 2025-09-03, kind: news, title: Tin số 1, url: https://x.vn/1}\n"
    write(tmp_path / "w36", "a.yaml", "unit: bao-va-ptth-hai-phong\nitems:\n" + item * 2)
    write(
        tmp_path / "w37",
        "a.yaml",
        "unit: Báo và Phát thanh, Truyền hình Hải Phòng\nitems:\n"
        "  - {date: 2025-09-03, kind: news, title: TIN SỐ  1}\n"  # same date, kind, title: duplicate
        "  - {date: 2025-09-04, kind: news, title: Other, url: https://x.vn/1}\n"  # same URL: duplicate
        "  - {date: 2025-09-03, kind: news, title: Tin số 2, count: 3}\n"
        "  - {date: 2025-09-03, kind: loudspeaker_broadcast, count: 2}\n"
        "  - {date: 2025-09-03, kind: loudspeaker_broadcast, count: 2}\n",  # no URL nor title: never a duplicate
    )
    report = run_check(plan, CheckOptions((tmp_path,), date(2025, 9, 5)))
    daily = {r.start: r for r in report.results if r.rule == "press-daily-before"}
    assert daily[date(2025, 9, 3)].actual == 4
    assert daily[date(2025, 9, 4)].actual == 0
    dups = [
        (p.path.split("/")[-2], p.line, p.severity) for p in report.problems if p.code == "duplicate-item"
    ]
    assert dups == [("w36", 4, "warning"), ("w37", 3, "warning"), ("w37", 4, "warning")]
    first = next(p for p in report.problems if p.code == "duplicate-item" and p.line == 3)
    assert first.message("en") == f"same item as on line 3 of {tmp_path.as_posix()}/w36/a.yaml — counted once"
    within = next(p for p in report.problems if p.code == "duplicate-item" and "w36" in p.path)
    assert within.message("vi") == "trùng với mục ở dòng 3 — chỉ tính một lần"
    assert "phuong-hong-bang" in report.units_without_files
    assert "bao-va-ptth-hai-phong" not in report.units_without_files


def test_a_voided_file_counts_nothing_but_its_unit_has_reported(plan: Plan, tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.yaml",
        "unit: vtv\nperiod: {from: 2025-09-01}\nitems:\n  - {date: 2025-09-03, kind: trailer}\n",
    )
    report = run_check(plan, CheckOptions((tmp_path,), date(2025, 9, 5)))
    assert [p.code for p in report.problems] == ["schema"]
    assert report.files[0].unit == "vtv" and report.files[0].items == 1
    assert "vtv" not in report.units_without_files
    assert report.tally.units == {}


def test_duplicates_are_transitive(plan: Plan, tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.yaml",
        "unit: so-noi-vu\nitems:\n"
        "  - {date: 2025-09-02, kind: social_post, title: A, url: https://x.vn/u}\n"
        "  - {date: 2025-09-02, kind: social_post, title: B, url: https://x.vn/u}\n"  # same URL as 1
        "  - {date: 2025-09-02, kind: social_post, title: B}\n",  # same title as 2: item 1 again
    )
    report = run_check(plan, CheckOptions((tmp_path,), date(2025, 9, 5)))
    week = next(r for r in report.results if r.rule == "social-weekly" and r.scope == "so-noi-vu")
    assert week.actual == 1
    assert [(p.code, p.line) for p in report.problems] == [("duplicate-item", 4), ("duplicate-item", 5)]
