"""The engine's semantics (SPEC 4), with numbers computed by hand.

Tallies are built directly, so each test states exactly what was counted; one test at the end
goes through files to check that duplicates are counted once and units without files listed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hpcampaign.intake.context import context
from hpcampaign.intake.validate import check_data
from hpcampaign.judge.engine import evaluate, evaluate_rule, judge
from hpcampaign.judge.run import CheckOptions, run_check
from hpcampaign.judge.tally import Tally, build
from hpcampaign.plan.model import Plan, Rule
from hpcampaign.plan.periods import elapsed_days, parse_week, periods, state, week_label
from hpcampaign.records import FileSummary, Result, Selection

COMMUNE = "phuong-hong-bang"


def rule(plan: Plan, rule_id: str) -> Rule:
    return next(r for r in plan.rules if r.id == rule_id)


def results(
    plan: Plan, rule_id: str, tally: Tally, as_of: date, phase: str | None = None, unit: str | None = None
) -> list[Result]:
    selection = Selection(phase=phase, unit=unit)
    return list(evaluate_rule(plan, rule(plan, rule_id), tally, as_of, selection))


def add(
    tally: Tally,
    unit: str,
    day: date,
    kind: str,
    count: int,
    language: str = "vi",
    duration: int = -1,
    platforms: int = 0,
) -> None:
    tally.add(unit, (day.toordinal(), kind, language, duration, platforms), count)


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


def test_two_broadcasts_in_the_congress_week_miss_three_to_five(plan: Plan) -> None:
    # Revision 2: `loudspeaker-during` is a plain count, 3–5 over the Congress week 22–28/9
    # (reported under `during`), no longer an average over the two Congress days (2 ÷ (2/7) = 7).
    tally = Tally()
    add(tally, COMMUNE, date(2025, 9, 26), "loudspeaker_broadcast", 2)
    result = of(results(plan, "loudspeaker-during", tally, date(2025, 9, 30)), COMMUNE)
    # 2 < 3 and the week closed on 28/9: missed (not "over")
    assert (result.start, result.end, result.phase, result.min, result.max) == (
        date(2025, 9, 22),
        date(2025, 9, 28),
        "during",
        3,
        5,
    )
    assert (result.actual, result.status) == (2, "missed")
    # The week's Monday (22/9, in `before`) and Sunday (28/9, in `after`) count; 21/9 and 29/9 do not:
    # 2 + 1 + 1 = 4, within 3–5.
    for day in (21, 22, 28, 29):
        add(tally, COMMUNE, date(2025, 9, day), "loudspeaker_broadcast", 1)
    result = of(results(plan, "loudspeaker-during", tally, date(2025, 9, 30)), COMMUNE)
    assert (result.actual, result.status) == (4, "ok")
    # 4 + 2 = 6 > 5: over
    add(tally, COMMUNE, date(2025, 9, 24), "loudspeaker_broadcast", 2)
    result = of(results(plan, "loudspeaker-during", tally, date(2025, 9, 30)), COMMUNE)
    assert (result.actual, result.status) == (6, "over")


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
    add(tally, COMMUNE, date(2025, 9, 9), "portal_post", 1)  # a post on its own website counts too
    found = [r for r in results(plan, "online-weekly", tally, date(2025, 9, 10)) if r.scope == COMMUNE]
    # The window is before … xiv: Monday 1/9/2025 … Friday 23/1/2026. 1/9 → 19/1/2026 is
    # 30 + 31 + 30 + 31 + 18 = 140 days = 20 weeks, so the Mondays are 1/9 + 7k, k = 0 … 20: 21 weeks.
    assert len(found) == 21
    assert (found[0].start, found[0].end, found[0].status) == (date(2025, 9, 1), date(2025, 9, 7), "ok")
    # W37 is open on 10/9 and has the portal post of 9/9: ok already
    assert (found[1].start, found[1].end, found[1].status) == (date(2025, 9, 8), date(2025, 9, 14), "ok")
    assert (found[2].start, found[2].status) == (date(2025, 9, 15), "pending")
    assert (found[-1].start, found[-1].end) == (date(2026, 1, 19), date(2026, 1, 23))  # 2026-W04, clipped
    assert found[0].phase is None  # a rule over several phases
    # Without the portal post, W37 has nothing yet: behind while it is open (W36's post is not
    # carried over).
    tally = Tally()
    add(tally, COMMUNE, date(2025, 9, 7), "social_post", 1)
    found = [r for r in results(plan, "online-weekly", tally, date(2025, 9, 10)) if r.scope == COMMUNE]
    assert (found[1].actual, found[1].status) == (0, "behind")


def test_by_the_end_of_windows_start_at_the_campaign(plan: Plan) -> None:
    # Revision 2: the campaign starts on 2025-08-20 (the earliest start of the phases and of the
    # rule windows: `special-pages`, `portal-section`, … run from 20/8), so "by the end of
    # `during`" is 20/8 … 27/9.
    tally = Tally()
    add(tally, "so-vhttdl", date(2025, 9, 20), "leaflet", 1)
    result = results(plan, "leaflet", tally, date(2025, 10, 1))[0]
    assert (result.start, result.end, result.phase, result.status) == (
        date(2025, 8, 20),
        date(2025, 9, 27),
        "during",
        "ok",
    )
    # A leaflet of 20/8, before the first phase, counts; nothing before the campaign does.
    tally = Tally()
    add(tally, "so-vhttdl", date(2025, 8, 20), "leaflet", 1)
    result = results(plan, "leaflet", tally, date(2025, 10, 1))[0]
    assert (result.actual, result.status) == (1, "ok")
    tally = Tally()
    add(tally, "so-vhttdl", date(2025, 8, 19), "leaflet", 1)
    result = results(plan, "leaflet", tally, date(2025, 10, 1))[0]
    assert (result.actual, result.status) == (0, "missed")
    # "by the end of `before`" likewise: 20/8 … 25/9
    found = results(plan, "avatar-campaign", Tally(), date(2025, 10, 1))
    assert [(r.start, r.end, r.phase) for r in found] == [(date(2025, 8, 20), date(2025, 9, 25), "before")]


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
    add(tally, "vtv", date(2025, 9, 26), "documentary", 1, duration=9 * 60)  # outside 10–15
    result = results(plan, "vtv-documentary-during", tally, date(2025, 10, 1))[0]
    # Revision 2: "at least 2" (no maximum): 3 documentaries of 11 min are ok, the 9-min one is not counted
    assert (result.actual, result.status, result.min, result.max) == (3, "ok", 2, None)
    tally = Tally()
    add(tally, "vtv", date(2025, 9, 26), "documentary", 1, duration=11 * 60)
    add(tally, "vtv", date(2025, 9, 27), "documentary", 1, duration=15 * 60 + 1)  # 15:01, outside
    result = results(plan, "vtv-documentary-during", tally, date(2025, 10, 1))[0]
    assert (result.actual, result.status) == (1, "missed")


def test_items_after_as_of_never_count(plan: Plan) -> None:
    tally = Tally()
    add(tally, "so-vhttdl", date(2025, 9, 22), "press_conference", 1)
    assert results(plan, "press-conference-before", tally, date(2025, 9, 21))[0].status == "behind"
    assert results(plan, "press-conference-before", tally, date(2025, 9, 22))[0].status == "ok"


def test_selection_by_phase_unit_and_dates(plan: Plan) -> None:
    tally = Tally()
    as_of = date(2025, 9, 27)
    during = evaluate(plan, tally, as_of, Selection(phase="during"))
    # The rules of `during` (phase `during`), by the end of `during`, reporting under `during`
    # (loudspeaker-during) and over several phases with a week meeting `during` (the two weeklies).
    assert {r.rule for r in during} == {
        "press-daily-during", "live-broadcast-during", "vtv-documentary-during", "vov-report-during",
        "loudspeaker-during", "foreign-languages-during", "department-online-during", "portal-updates",
        "foreign-affairs-central", "central-press-coverage", "speaker-sessions", "leaflet", "audio-files",
        "online-weekly", "press-social-weekly",
    }  # fmt: skip
    weekly = [r for r in during if r.rule == "online-weekly"]
    assert {(r.start, r.end) for r in weekly} == {(date(2025, 9, 22), date(2025, 9, 28))}
    # press-social-weekly runs to the end of `during` (27/9): its last week is clipped there
    social = [r for r in during if r.rule == "press-social-weekly"]
    assert {(r.start, r.end) for r in social} == {(date(2025, 9, 22), date(2025, 9, 27))}
    # An explicit window keeps its own period under the phase it reports under: the Congress week
    loudspeaker = {(r.start, r.end, r.phase) for r in during if r.rule == "loudspeaker-during"}
    assert loudspeaker == {(date(2025, 9, 22), date(2025, 9, 28), "during")}
    after = evaluate(plan, tally, as_of, Selection(phase="after"))
    conference = [r for r in after if r.rule == "press-conference-after"]
    assert [(r.start, r.end, r.phase) for r in conference] == [
        (date(2025, 9, 27), date(2026, 1, 18), "after")
    ]
    assert not [r for r in during if r.rule == "press-conference-after"]
    mine = evaluate(plan, tally, as_of, Selection(unit=COMMUNE))
    assert {r.scope for r in mine} == {COMMUNE}
    press = evaluate(plan, tally, as_of, Selection(unit="chuyen-de-an-ninh-hai-phong"))
    # The city press's combined rules (scope "city-press") and its "each" rules (scope: the unit)
    assert {r.rule for r in press} == {
        "press-daily-before", "leaders-series", "press-daily-during", "press-daily-xiv",
        "special-pages", "press-social-weekly", "unit-plans", "press-registration", "press-weekly-after",
    }  # fmt: skip
    assert {r.scope for r in press} == {"city-press", "chuyen-de-an-ninh-hai-phong"}


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
    # Revision 2: the item problems of a voided file are reported too (the trailer has no title),
    # and the problem that voids it (the period without `to`) says so.
    assert [(p.code, p.line) for p in report.problems] == [("schema", 2), ("schema", 4)]
    assert report.problems[0].message("vi").endswith("— cả tệp không được tính")
    assert not report.problems[1].message("vi").endswith("— cả tệp không được tính")
    assert report.files[0].unit == "vtv" and report.files[0].items == 1 and report.files[0].voided
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
    week = next(r for r in report.results if r.rule == "online-weekly" and r.scope == "so-noi-vu")
    assert week.actual == 1
    assert [(p.code, p.line) for p in report.problems] == [("duplicate-item", 4), ("duplicate-item", 5)]


# --- revision 2: platforms, repeatable kinds, copied files (checked in memory, no files read) ----

#: The real date, pinned: every item below is in the past.
TODAY = date(2025, 12, 1)
TRAILERS = "bao-va-ptth-hai-phong"


def summarise(plan: Plan, name: str, text: str, as_of: date = date(2025, 9, 30)) -> FileSummary:
    """One file's summary from its text (``check_data`` does no I/O), with today pinned."""
    return check_data(name, text.encode("utf-8"), context(plan, as_of, today=TODAY))


def trailer_days(plan: Plan, tally: Tally) -> dict[int, tuple[float, str]]:
    """``trailer-daily-before`` as of 1/10 (closed): day of September → (actual, status)."""
    return {
        r.start.day: (r.actual, r.status)
        for r in results(plan, "trailer-daily-before", tally, date(2025, 10, 1))
    }


def test_a_rule_with_platforms_counts_items_on_one_of_them(plan: Plan) -> None:
    bits = plan.platform_bits
    tally = Tally()
    add(tally, TRAILERS, date(2025, 9, 10), "trailer", 1, platforms=bits["facebook"])
    add(tally, TRAILERS, date(2025, 9, 11), "trailer", 1, platforms=bits["facebook"] | bits["tv"])
    add(tally, TRAILERS, date(2025, 9, 12), "trailer", 2, platforms=bits["radio"])
    add(tally, TRAILERS, date(2025, 9, 13), "trailer", 1)  # no platform listed: none of radio, tv
    days = trailer_days(plan, tally)
    assert [days[day] for day in (10, 11, 12, 13)] == [(0, "missed"), (1, "ok"), (2, "ok"), (0, "missed")]
    # A rule without platforms counts an item whatever its platforms.
    tally = Tally()
    add(tally, "vov", date(2025, 9, 10), "radio_report", 2, platforms=bits["facebook"])
    assert results(plan, "vov-report-before", tally, date(2025, 10, 1))[0].actual == 2


def test_the_platforms_a_file_lists_reach_the_rule(plan: Plan) -> None:
    summary = summarise(
        plan,
        "a.yaml",
        f"unit: {TRAILERS}\nitems:\n"
        "  - {date: 2025-09-10, kind: trailer, title: Trailer 1, platforms: [facebook]}\n"
        "  - {date: 2025-09-11, kind: trailer, title: Trailer 2, platforms: [facebook, tv]}\n"
        "  - {date: 2025-09-12, kind: trailer, title: Trailer 3}\n",
    )
    assert summary.problems == []
    days = trailer_days(plan, build([summary]))
    assert [days[day] for day in (10, 11, 12)] == [(0, "missed"), (1, "ok"), (0, "missed")]


def test_a_re_aired_trailer_counts_each_day_but_once_a_day(plan: Plan) -> None:
    summary = summarise(
        plan,
        "a.yaml",
        f"unit: {TRAILERS}\nitems:\n"
        "  - {date: 2025-09-10, kind: trailer, title: Trailer Đại hội, url: https://x.vn/t, platforms: [tv]}\n"
        # line 4: the same URL (and title) another day: another airing, counted
        "  - {date: 2025-09-11, kind: trailer, title: Trailer Đại hội, url: https://x.vn/t, platforms: [tv]}\n"
        # line 5: the same URL the same day: a duplicate of line 4, whatever its title and platforms
        "  - {date: 2025-09-11, kind: trailer, title: Phát lại, url: https://x.vn/t, platforms: [radio]}\n"
        # a news item is one product: the same URL another day is a duplicate (line 7 of line 6)
        "  - {date: 2025-09-10, kind: news, title: Tin 1, url: https://x.vn/n}\n"
        "  - {date: 2025-09-11, kind: news, title: Tin 2, url: https://x.vn/n}\n",
    )
    tally = build([summary])
    days = trailer_days(plan, tally)
    assert [days[day] for day in (9, 10, 11, 12)] == [(0, "missed"), (1, "ok"), (1, "ok"), (0, "missed")]
    warnings = tally.duplicates["a.yaml"]
    assert [(p.code, p.line, p.severity) for p in warnings] == [
        ("duplicate-item", 5, "warning"),
        ("duplicate-item", 7, "warning"),
    ]
    assert warnings[0].message("vi") == "trùng với mục ở dòng 4 — chỉ tính một lần"
    press = {r.start.day: r.actual for r in results(plan, "press-daily-before", tally, date(2025, 10, 1))}
    assert (press[10], press[11]) == (1, 0)


def test_a_copied_file_contributes_nothing_and_names_the_first(plan: Plan) -> None:
    text = (
        "unit: xa-an-lao\nitems:\n"
        "  - {date: 2025-09-03, kind: loudspeaker_broadcast, count: 2}\n"
        "  - {date: 2025-09-04, kind: social_post, title: Chào mừng Đại hội}\n"
    )
    other = "unit: xa-an-lao\nitems:\n  - {date: 2025-09-05, kind: loudspeaker_broadcast}\n"
    given = [("w36/b.yaml", text), ("w36/a.yaml", text), ("w36/c.yaml", other), ("w37/a.yaml", text)]
    tally = build([summarise(plan, name, body) for name, body in given])
    # In path order w36/a, w36/b, w36/c, w37/a: w36/b and w37/a repeat w36/a (the first), and get
    # one warning each, no duplicate-item (they are not counted at all).
    assert sorted(tally.duplicates) == ["w36/b.yaml", "w37/a.yaml"]
    for path in ("w36/b.yaml", "w37/a.yaml"):
        (warning,) = tally.duplicates[path]
        assert (warning.path, warning.line, warning.column, warning.code, warning.severity) == (
            path,
            1,
            1,
            "duplicate-file",
            "warning",
        )
        assert warning.message("vi") == (
            "tệp này và tệp w36/a.yaml có đúng các mục như nhau (một tệp là bản sao?) — chỉ tính tệp "
            "w36/a.yaml; hãy giữ một tệp, xóa tệp kia"
        )
    # Counted once: 2 broadcasts on 3/9 and the post of 4/9 (w36/a), 1 broadcast on 5/9 (w36/c).
    assert tally.units == {
        "xa-an-lao": {
            ("loudspeaker_broadcast", "vi", -1, 0): {
                date(2025, 9, 3).toordinal(): 2,
                date(2025, 9, 5).toordinal(): 1,
            },
            ("social_post", "vi", -1, 0): {date(2025, 9, 4).toordinal(): 1},
        }
    }
    # The same items in files of two units are no copy: each unit counts its own.
    tally = build(
        [
            summarise(plan, "a.yaml", text),
            summarise(plan, "b.yaml", text.replace("xa-an-lao", "phuong-le-chan")),
        ]
    )
    assert tally.duplicates == {} and sorted(tally.units) == ["phuong-le-chan", "xa-an-lao"]


def test_files_that_count_nothing_are_never_copies(plan: Plan) -> None:
    empty = "unit: xa-an-lao\nitems: []\n"
    wrong = "unit: xa-an-lao\nitems:\n  - {date: 2025-09-03, kind: loa_phat_thanh}\n"  # unknown kind
    # After the as-of date (30/9), not after today: not counted (and not wrong)
    later = "unit: xa-an-lao\nitems:\n  - {date: 2025-10-03, kind: loudspeaker_broadcast}\n"
    given = [
        ("a.yaml", empty),
        ("b.yaml", empty),
        ("c.yaml", wrong),
        ("d.yaml", wrong),
        ("e.yaml", later),
        ("f.yaml", later),
    ]
    summaries = [summarise(plan, name, body) for name, body in given]
    assert [s.after_as_of for s in summaries] == [0, 0, 0, 0, 1, 1]
    tally = build(summaries)
    assert tally.duplicates == {} and tally.units == {}
