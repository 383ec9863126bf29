"""Names in the memo (issue 13): worst first, grouped by unit type, page 1 in brief, every name in
full in its section; the closing sections; one vocabulary and like compared with like.

Figures are worked out by hand from ``tests/fixtures/memo`` as of 2025-09-27 (its README). Units
with a file there: 4 press (bao-va-ptth-hai-phong, chuyen-de-an-ninh-hai-phong, vtv, vov), the
portal, so-vhttdl, so-y-te, 4 phường (Thủy Nguyên, Hồng Bàng, Lê Chân, Ngô Quyền), 2 xã (An Lão,
Cẩm Giàng), 1 đặc khu (Cát Hải): 14 of the 134 in scope.
"""

from __future__ import annotations

import re

import pytest

from hpcampaign.memo.build import Memo
from hpcampaign.memo.names import by_type, type_counts
from hpcampaign.outputs.report_names import name_list, short_name, units_word
from hpcampaign.outputs.words import problem_count
from hpcampaign.plan.model import Plan
from hpcampaign.records import CODES

from .conftest import ROOT
from .report_support import AS_OF, FIXTURES, checked_memo, text


@pytest.fixture(scope="module")
def week(plan: Plan) -> Memo:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        return checked_memo(plan, (FIXTURES,), AS_OF)


@pytest.fixture(scope="module")
def memo_md(week: Memo) -> str:
    return text(week, "md")


def section(out: str, roman: str) -> str:
    """The text of one numbered section of the Markdown memo."""
    start = out.index(f"\n## {roman}. ")
    following = out.find("\n## ", start + 1)
    return out[start : following if following >= 0 else len(out)]


# --- types ----------------------------------------------------------------------------------------


def test_units_are_grouped_by_type_largest_first_keeping_their_order(plan: Plan) -> None:
    scopes = ["phuong-le-chan", "xa-an-lao", "dac-khu-cat-hai", "xa-cam-giang-2", "so-y-te", "city-press"]
    groups = by_type(plan, scopes)
    assert [(g.type, g.units) for g in groups] == [
        ("xã", ("xa-an-lao", "xa-cam-giang-2")),
        ("phường", ("phuong-le-chan",)),
        ("đặc khu", ("dac-khu-cat-hai",)),
        ("sở", ("so-y-te",)),
        (None, ("city-press",)),  # a group judged combined is no unit
    ]
    assert type_counts(plan, scopes[:4]) == (("xã", 2), ("phường", 1), ("đặc khu", 1))


def test_the_noun_of_a_count_is_its_types(plan: Plan) -> None:
    communes = ["phuong-le-chan", "xa-an-lao", "xa-cam-giang-2", "dac-khu-cat-hai"]
    assert units_word(plan, communes, "vi") == "xã, phường, đặc khu"
    assert units_word(plan, communes, "en") == "communes, wards and special zones"
    assert units_word(plan, ["vtv"], "en") == "press agency"
    # Four types or more, or a scope that is no unit: "đơn vị".
    assert units_word(plan, [*communes, "so-y-te"], "vi") == "đơn vị"
    assert units_word(plan, ["city-press"], "en") == "unit"


def test_short_names_drop_the_type_only_before_a_proper_name(plan: Plan) -> None:
    assert short_name(plan, "xa-an-lao", "vi") == "An Lão"
    assert short_name(plan, "dac-khu-cat-hai", "vi") == "Cát Hải"
    assert short_name(plan, "so-y-te", "vi") == "Y tế"
    assert short_name(plan, "cong-ttdt-thanh-pho", "vi") == "Cổng Thông tin điện tử thành phố"
    assert short_name(plan, "thanh-tra-thanh-pho", "vi") == "Thanh tra thành phố"


def test_a_long_list_is_grouped_by_type_with_counts(plan: Plan) -> None:
    short = [("xa-an-lao", " (0)"), ("phuong-le-chan", "")]
    assert name_list(plan, short, "vi") == "Xã An Lão (0), Phường Lê Chân"
    wards = [u.id for u in plan.units if u.type == "phường"][:8]
    communes = [u.id for u in plan.units if u.type == "xã"][:3]
    listed = name_list(plan, [(u, "") for u in [*communes, *wards]], "vi")
    assert listed.startswith("phường (8): Thủy Nguyên, Thiên Hương, ") and "; xã (3): An Hưng, " in listed
    assert name_list(plan, [(u, "") for u in [*communes, *wards]], "en").startswith("wards (8): Thủy Nguyên")


# --- page 1 names names -----------------------------------------------------------------------------


def test_page_one_says_who_sent_nothing_by_type(memo_md: str) -> None:
    overview = section(memo_md, "I")
    # 134 − 14 = 120: xã 67 − 2 = 65, phường 45 − 4 = 41, sở 12 − 2 = 10, báo chí 7 − 4 = 3, đặc khu 2 − 1 = 1.
    assert (
        "120 đơn vị chưa báo cáo, trong đó 65 xã, 41 phường, 10 sở, 3 cơ quan báo chí, 1 đặc khu "
        "(danh sách tại mục IV)."
    ) in overview


def test_page_one_names_the_worst_of_every_rule_in_brief(memo_md: str) -> None:
    overview = section(memo_md, "I")
    # loudspeaker-before: 114 communes − 2 ok − 1 over = 111 missed, 107 of them without a file;
    # the 4 that reported, lowest average first.
    assert (
        "Truyền thanh cơ sở tuyên truyền về Đại hội trung bình 02 - 03 lượt/tuần (III.1.2.b): 111 xã, phường, "
        "đặc khu chưa đạt, trong đó 107 chưa báo cáo (danh sách tại mục IV) và 4 đã báo cáo: Xã Cẩm Giàng "
        "(TB 0/tuần), Phường Ngô Quyền (TB 0,56/tuần), Phường Lê Chân (TB 1,12/tuần), Phường Thủy Nguyên "
        "(TB 1,96/tuần)."
    ) in overview
    # unit-plans: 133 in scope, none with a plan; 13 reported: the first 5 named, then how many more.
    # A name that holds a comma makes "; " the separator of its list.
    assert (
        "và 13 đã báo cáo: Báo và Phát thanh, Truyền hình Hải Phòng; Chuyên đề An ninh Hải Phòng; "
        in overview
    )
    assert "Cổng Thông tin điện tử thành phố và 8 đơn vị khác." in overview
    # A daily rule of one unit names its days: missed on 26/9, behind on 27/9 (the open day).
    assert (
        "(V.4.1): chưa đạt: Sở Văn hóa, Thể thao và Du lịch (1 ngày: 26/9); chậm: Sở Văn hóa, Thể thao và "
        "Du lịch (1 ngày: 27/9)."
    ) in overview
    # Missed rules before behind ones: the first line is a missed one, the last a behind one.
    items = [row for row in overview.splitlines() if row.startswith("- ")]
    assert items[0].split("): ")[1].startswith("chưa đạt: ") and items[-1].split("): ")[1].startswith(
        "chậm: "
    )


def test_every_name_is_in_full_in_the_rule_s_section(week: Memo, memo_md: str) -> None:
    flagged = section(memo_md, "III")
    unit_plans = flagged[
        flagged.index("xây dựng kế hoạch tuyên truyền về Đại hội (III.1.2.b, V.1, V.2, V.3)") :
    ]
    unit_plans = unit_plans[: unit_plans.index("\n### ")]
    # 13 that reported, more than 10 over six types: grouped by type, largest first.
    assert (
        "và 13 đã báo cáo: cơ quan báo chí (4): Báo và Phát thanh, Truyền hình Hải Phòng; Chuyên đề An ninh "
        "Hải Phòng; Đài Truyền hình Việt Nam; Đài Tiếng nói Việt Nam; phường (4): Thủy Nguyên, Hồng Bàng, Ngô "
        "Quyền, Lê Chân; xã (2): An Lão, Cẩm Giàng; cổng thông tin (1): Cổng Thông tin điện tử thành phố; sở "
        "(1): Y tế; đặc khu (1): Cát Hải."
    ) in unit_plans
    # Every flagged unit that reported is named in section III.
    for line in week.rules:
        for flag in line.flags:
            unit = week.plan.unit_by_id.get(flag.scope)
            if unit is not None:
                assert unit.name.split(" ", 1)[-1] in flagged, (line.rule.id, flag.scope)


def test_units_that_sent_nothing_are_listed_by_type(memo_md: str) -> None:
    silent = section(memo_md, "IV")
    assert "Các xã, phường, đặc khu (107/114):" in silent
    assert "\n- Xã (65): An Hưng, An Khánh, " in silent and "\n- Phường (41): Thiên Hương, " in silent
    assert "\n- Đặc khu (1): Bạch Long Vĩ." in silent
    assert "- Cơ quan báo chí Trung ương (3/5): Thông tấn xã Việt Nam, Báo Nhân Dân, Báo Đầu tư." in silent


# --- closing sections -------------------------------------------------------------------------------


def test_the_sections_follow_a_vietnamese_report(memo_md: str) -> None:
    assert re.findall(r"^## (\S+)\. (.+)$", memo_md, re.MULTILINE) == [
        ("I", "KẾT QUẢ CHUNG"),
        ("II", "KẾT QUẢ THEO CHỈ TIÊU"),
        ("III", "ĐƠN VỊ CHƯA ĐẠT HOẶC CÒN CHẬM"),
        ("IV", "ĐƠN VỊ CHƯA BÁO CÁO"),
        ("V", "CHẤT LƯỢNG SỐ LIỆU"),
        ("VI", "TỒN TẠI, HẠN CHẾ"),
        ("VII", "ĐỀ XUẤT, KIẾN NGHỊ"),
        ("VIII", "KHÓ KHĂN, VƯỚNG MẮC CỦA CÁC ĐƠN VỊ"),
        ("IX", "CĂN CỨ"),
    ]


def test_shortcomings_are_derived_from_the_results(memo_md: str) -> None:
    short = section(memo_md, "VI")
    assert "Tính lũy kế đến ngày 27/09/2025, trong 31 chỉ tiêu của báo cáo có 17 chưa đạt, 10 chậm." in short
    # loudspeaker-before: the 107 without a file (65 xã, 41 phường, 1 đặc khu) and 4 that reported
    # (1 xã, 3 phường): 66 xã, 44 phường, 1 đặc khu.
    assert (
        "111 xã, phường, đặc khu chưa đạt (66 xã, 44 phường, 1 đặc khu), trong đó 107 chưa báo cáo." in short
    )
    assert (
        "Việc báo cáo chưa đầy đủ: 120/134 đơn vị thuộc diện báo cáo chưa gửi số liệu, gồm 65 xã, " in short
    )
    # Data problems by unit, in words: phuong-ngo-quyen's 31/09 and loa_phat_thanh; the unknown unit.
    assert (
        "Phường Ngô Quyền: 1 loại tin không có trong kế hoạch, 1 ngày không hợp lệ; 1 tệp không xác định "
        "được đơn vị."
    ) in short


def test_proposals_say_who_does_what_by_when(memo_md: str) -> None:
    proposals = section(memo_md, "VII")
    assert (
        "Đôn đốc các đơn vị chưa báo cáo gửi số liệu trước ngày 05/10/2025: 120 đơn vị gồm 65 xã" in proposals
    )
    assert (
        "Nhắc hoàn thành chỉ tiêu “Truyền thanh cơ sở tuyên truyền về Đại hội 03 - 05 lượt trong tuần diễn "
        "ra Đại hội (22 - 28/9/2025)” (III.2.2.b) trước ngày 28/09/2025 (với nhịp độ hiện nay, đến hạn vẫn "
        "còn 7 đơn vị chưa đạt): Phường Thủy Nguyên, Phường Lê Chân, Đặc khu Cát Hải, Xã Cẩm Giàng, Phường "
        "Hồng Bàng, Phường Ngô Quyền, Xã An Lão."
    ) in proposals
    assert "sửa và gửi lại trước ngày 05/10/2025 (mục V): Phường Ngô Quyền." in proposals
    assert "Hạn gửi ngày 05/10/2025: Chủ nhật cuối tuần có ngày tính số liệu" in proposals


def test_difficulties_are_quoted_after_the_proposals(plan: Plan) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        value = checked_memo(plan, (ROOT / "submissions",), AS_OF, phase="during")
    out = text(value, "md")
    difficulties = section(out, "VIII")
    assert "Phường Kiến An: “Hệ thống loa ở các tổ dân phố 5, 7, 9 hỏng sau mưa bão" in difficulties
    assert (
        "Đề nghị Lãnh đạo Sở xem xét, chỉ đạo tháo gỡ khó khăn, vướng mắc 4 đơn vị nêu tại mục VIII." in out
    )


# --- one vocabulary, like with like -----------------------------------------------------------------


def test_every_problem_code_has_a_name_in_both_languages() -> None:
    for code in CODES:
        vi, en = problem_count(code, 2, "vi"), problem_count(code, 1, "en")
        assert vi.startswith("2 ") and en.startswith("1 "), code
        assert code not in vi and "-" not in en, code
    assert problem_count("duplicate-item", 1, "vi") == "1 mục trùng"
    assert problem_count("bad-date", 3, "en") == "3 invalid dates"


def test_no_code_and_no_command_in_a_vietnamese_memo(memo_md: str) -> None:
    # Paths are quoted as they are (the file of an unknown unit is bad/unknown-unit.yaml).
    words = re.sub(r"\S+\.yaml", "", memo_md)
    for code in CODES:
        assert code not in words, code
    assert "hpcampaign" not in memo_md and "(*)" not in memo_md
    for word in ("missed", "behind", "pending", " ok", "projection"):
        assert word not in words, word


def test_per_unit_targets_show_per_unit_figures(memo_md: str) -> None:
    rows = {
        row.split(" | ")[0].strip("| "): row.split(" | ")
        for row in memo_md.splitlines()
        if row.startswith("| ")
    }
    # loudspeaker-before (an average per commune): no city total; in the period (22–25/9) only
    # phuong-ngo-quyen broadcast (24/9); to date, the units meeting it and the averages of the 7
    # that reported: 0 (xa-cam-giang-2), median 1.96 (phuong-thuy-nguyen), 3.36 (xa-an-lao: 12 × 7 ÷ 25).
    assert rows["7"][2:5] == [
        "TB 2–3/tuần",
        "1/114 đơn vị có sản phẩm",
        "2/114 đơn vị đạt, 1 vượt, 111 chưa đạt · TB/tuần 0 – 1,96 – 3,36",
    ]
    # online-weekly: units (and unit-weeks) that met it, never the items of every unit added up.
    assert rows["11"][3:5] == ["5/127 đơn vị đạt, 122 chậm", "9/508 đơn vị-tuần đạt, 377 chưa đạt, 122 chậm"]
    # Targets labelled by their source: a projection of the plan, and the Department's own.
    assert rows["1"][2] == "10–15/ngày (dự kiến)" and rows["11"][2] == "≥1/tuần (chỉ tiêu của Sở)"


def test_the_in_period_note_matches_what_the_cells_count(memo_md: str) -> None:
    rows = {
        row.split(" | ")[0].strip("| "): row.split(" | ")
        for row in memo_md.splitlines()
        if row.startswith("| ")
    }
    # press-daily-during: 26/9 37 (ok) + 27/9 20 (behind, the open day) = 57: the day not met counts too.
    assert rows["19"][3] == "57 · 1/2 ngày đạt, 1 chậm"
    note = section(memo_md, "II")
    assert "số sản phẩm của mọi ngày, tuần có trong kỳ, kể cả ngày, tuần chưa đạt" in note
    assert "số ngày, tuần đạt trên số ngày, tuần đã đánh giá" in note
