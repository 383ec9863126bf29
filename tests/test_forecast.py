"""The forecast of results behind (``hpcampaign.memo.forecast``): hand-computed cases, then the
memo's forecasts and proposals on ``tests/fixtures/memo`` as of 2025-09-27 (a Saturday).

Every case writes its arithmetic out: elapsed = days from the period's first day through the
as-of date; projected count = count × days ÷ elapsed; an average's projected value = count × 7 ÷
elapsed; needed = ⌈min⌉ − count, or ⌈min × days ÷ 7⌉ − count for an average.
"""

from __future__ import annotations

from datetime import date

import pytest

from hpcampaign.memo.build import Memo
from hpcampaign.memo.closing import reply_by
from hpcampaign.memo.forecast import project
from hpcampaign.plan.model import Plan

from .conftest import ROOT
from .report_support import AS_OF, FIXTURES, checked_memo, line, text

WEEK = (date(2025, 9, 22), date(2025, 9, 28))  # the Congress week, 7 days
BEFORE = (date(2025, 9, 1), date(2025, 9, 25))  # `before`, 25 days


@pytest.fixture(scope="module")
def week(plan: Plan) -> Memo:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        return checked_memo(plan, (FIXTURES,), AS_OF)


# --- the arithmetic -------------------------------------------------------------------------------


def test_a_count_on_pace_is_projected_to_meet_its_target() -> None:
    # 3–5 in the Congress week; 2 broadcasts by Wednesday 24/9: elapsed 3 of 7 days.
    # pace 2 ÷ 3 = 0.67 a day; projected 2 × 7 ÷ 3 = 4.67, within 3–5: ok. Needed 3 − 2 = 1.
    p = project(2, *WEEK, date(2025, 9, 24), 3, 5)
    assert p is not None
    assert (p.count, p.elapsed, p.days, p.remaining) == (2, 3, 7, 4)
    assert (round(p.pace, 2), round(p.value, 2), p.outcome, p.shortfall, p.needed) == (0.67, 4.67, "ok", 0, 1)


def test_a_count_off_pace_is_projected_to_miss_and_says_by_how_much() -> None:
    # 1 broadcast by 24/9: projected 1 × 7 ÷ 3 = 2.33 < 3: missed by 3 − 2.33 = 0.67; needed 3 − 1 = 2.
    p = project(1, *WEEK, date(2025, 9, 24), 3, 5)
    assert p is not None
    assert (round(p.value, 2), p.outcome, round(p.shortfall, 2), p.needed) == (2.33, "missed", 0.67, 2)


def test_a_count_running_fast_is_projected_over_the_maximum() -> None:
    # 3 by Tuesday 23/9: elapsed 2; projected 3 × 7 ÷ 2 = 10.5 > 5: over. Already 3: needed 0.
    p = project(3, *WEEK, date(2025, 9, 23), 3, 5)
    assert p is not None and (p.value, p.outcome, p.shortfall, p.needed) == (10.5, "over", 0, 0)


def test_exactly_on_the_minimum_is_met() -> None:
    # A 14-day window, 3 items in its first 7 days, at least 6: projected 3 × 14 ÷ 7 = 6 = 6: ok.
    p = project(3, date(2025, 9, 1), date(2025, 9, 14), date(2025, 9, 7), 6)
    assert p is not None and (p.value, p.outcome, p.shortfall, p.needed) == (6, "ok", 0, 3)


def test_an_average_holds_at_an_unchanged_pace() -> None:
    # 2–3 a week over `before`; 4 broadcasts by 20/9: elapsed 20 of 25 days.
    # Average so far 4 × 7 ÷ 20 = 1.4; projected count 4 × 25 ÷ 20 = 5, i.e. 5 ÷ (25 ÷ 7) = 1.4 a week
    # at the end too: missed by 2 − 1.4 = 0.6. Needed: ⌈2 × 25 ÷ 7⌉ = ⌈7.14⌉ = 8 in all, 8 − 4 = 4 more.
    p = project(4, *BEFORE, date(2025, 9, 20), 2, 3, average=True)
    assert p is not None
    assert (p.pace, round(p.value, 2), p.outcome, round(p.shortfall, 2), p.needed) == (
        0.2,
        1.4,
        "missed",
        0.6,
        4,
    )


def test_an_average_on_pace_still_needs_items_to_come() -> None:
    # 6 by 20/9: 6 × 7 ÷ 20 = 2.1 a week, ok at this pace; but 6 alone over 25 days would be
    # 6 × 7 ÷ 25 = 1.68: 8 − 6 = 2 more are needed by 25/9 (the pace gives 6 × 5 ÷ 20 = 1.5 more).
    p = project(6, *BEFORE, date(2025, 9, 20), 2, 3, average=True)
    assert p is not None and (round(p.value, 2), p.outcome, p.needed) == (2.1, "ok", 2)


def test_nothing_yet_projects_nothing() -> None:
    # The press conference after the Congress: from 27/9 to 18/1 (114 days), none by 27/9.
    p = project(0, date(2025, 9, 27), date(2026, 1, 18), date(2025, 9, 27), 1)
    assert p is not None
    assert (p.elapsed, p.days, p.pace, p.value, p.outcome, p.shortfall, p.needed) == (
        1,
        114,
        0,
        0,
        "missed",
        1,
        1,
    )


@pytest.mark.parametrize(
    ("as_of", "low"),
    [
        (date(2025, 9, 28), 3),  # the last day: nothing left to project
        (date(2025, 10, 1), 3),  # closed
        (date(2025, 9, 21), 3),  # not begun
        (date(2025, 9, 24), None),  # no minimum
    ],
)
def test_no_projection_without_days_left_or_a_minimum(as_of: date, low: float | None) -> None:
    assert project(1, *WEEK, as_of, low, 5) is None


# --- deadlines ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "deadline"),
    [
        (date(2025, 9, 29), date(2025, 10, 5)),  # Monday → that week's Sunday
        (date(2025, 9, 30), date(2025, 10, 5)),  # Tuesday
        (date(2025, 9, 26), date(2025, 9, 28)),  # Friday: two days left
        (date(2025, 9, 27), date(2025, 10, 5)),  # Saturday: one day left, so the next Sunday
        (date(2025, 9, 28), date(2025, 10, 5)),  # Sunday: none left
    ],
)
def test_the_reply_by_day_is_the_week_s_sunday_with_two_days_to_spare(as_of: date, deadline: date) -> None:
    assert reply_by(as_of) == deadline


# --- the memo's forecasts -------------------------------------------------------------------------


def test_the_congress_week_forecast_per_commune(week: Memo) -> None:
    loudspeaker = line(week, "loudspeaker-during")
    reporting = [f for f in loudspeaker.forecasts if f.scope not in {u.scope for u in loudspeaker.unreported}]
    # As of Saturday 27/9: elapsed 6 of 7 days; every count × 7 ÷ 6 is below 3.
    # phuong-hong-bang 1 → 1.17, needed 2; phuong-ngo-quyen and xa-an-lao 2 → 2.33, needed 1.
    assert [
        (f.scope, f.projection.count, round(f.projection.value, 2), f.projection.needed) for f in reporting
    ] == [
        ("phuong-thuy-nguyen", 0, 0, 3),
        ("phuong-le-chan", 0, 0, 3),
        ("dac-khu-cat-hai", 0, 0, 3),
        ("xa-cam-giang-2", 0, 0, 3),
        ("phuong-hong-bang", 1, 1.17, 2),
        ("phuong-ngo-quyen", 2, 2.33, 1),
        ("xa-an-lao", 2, 2.33, 1),
    ]
    assert {f.projection.outcome for f in loudspeaker.forecasts} == {"missed"}
    assert len(loudspeaker.forecasts) == 114  # the 107 without files too: 0 × 7 ÷ 6 = 0


def test_no_forecast_where_no_day_is_left(week: Memo) -> None:
    # Windows ending with `during` (27/9 = the as-of date) and the open day of a daily rule.
    for rule in ("speaker-sessions", "audio-files", "vov-report-during", "press-daily-during"):
        assert line(week, rule).forecasts == (), rule
    # The results press conference (27/9 … 18/1): 0 in 1 day, projected 0 of at least 1.
    (conference,) = line(week, "press-conference-after").forecasts
    assert (conference.scope, conference.end, conference.projection.outcome) == (
        "so-vhttdl",
        date(2026, 1, 18),
        "missed",
    )


def test_proposals_name_who_is_reminded_and_by_when(week: Memo) -> None:
    proposals = week.proposals
    assert proposals is not None
    assert proposals.reply_by == date(2025, 10, 5)  # 27/9 is a Saturday
    catch_up = {c.rule: c for c in proposals.catch_up}
    assert list(catch_up) == ["online-weekly", "loudspeaker-during", "press-conference-after"]
    loudspeaker = catch_up["loudspeaker-during"]
    assert loudspeaker.deadline == date(2025, 9, 28) and loudspeaker.at_risk == 7
    assert loudspeaker.units[:2] == ("phuong-thuy-nguyen", "phuong-le-chan") and loudspeaker.unreported == 107
    # Units that missed a target and reported, in plan order; the combined city press last.
    assert proposals.explain[:3] == ("bao-va-ptth-hai-phong", "chuyen-de-an-ninh-hai-phong", "vtv")
    assert proposals.explain[-1] == "city-press"
    # phuong-ngo-quyen's bad date and unknown kind; the file of an unknown unit apart.
    assert (proposals.fix, proposals.unknown_files, proposals.difficulties) == (("phuong-ngo-quyen",), 1, 0)


def test_the_memo_labels_the_forecast_as_a_projection(week: Memo) -> None:
    out = text(week, "md")
    assert (
        "Dự báo (giả định nhịp độ như từ đầu kỳ đến nay, 6 ngày, giữ nguyên đến hết kỳ): với nhịp độ hiện "
        "nay, đến ngày 28/09/2025 vẫn còn 114 xã, phường, đặc khu chưa đạt, trong đó 107 chưa báo cáo "
        "(danh sách tại mục IV) và 7 đã báo cáo: Phường Thủy Nguyên (ước đạt 0, cần thêm 3)"
    ) in out
    assert "Phường Hồng Bàng (ước đạt 1,17, cần thêm 2), Phường Ngô Quyền (ước đạt 2,33, cần thêm 1)" in out
    assert (
        "với nhịp độ hiện nay (0 sản phẩm/ngày), đến ngày 18/01/2026 Sở Văn hóa, Thể thao và Du lịch vẫn "
        "chưa đạt: ước đạt 0, mục tiêu ≥1, cần thêm 1."
    ) in out
    english = text(week, "md", "en")
    assert (
        "Projection (assuming the pace of the 6 days so far holds to the end): at the pace so far, "
        in english
    )
    assert "Phường Hồng Bàng (estimated 1.17, 2 more needed)" in english
