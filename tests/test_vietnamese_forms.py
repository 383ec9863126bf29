"""Values as a Vietnamese clerk writes them (SPEC 3, revision 2; issue 12, item 3).

Durations (``5 phút``, ``5p``, ``5'``, ``6 phút 30 giây``, ``6p30``, ``6,5``, ``1 giờ 5 phút``,
``1g5p``), in any case and spacing, with or without tone marks, beside the forms of revision 1;
what is still refused, and that every text is read in time linear in its length. Kinds named by
their Vietnamese labels; fields and languages named in Vietnamese get the field or code they mean
as a suggestion.
"""

from __future__ import annotations

import contextlib
from datetime import date

import pytest

from hpcampaign.intake.context import Context, context
from hpcampaign.intake.validate import check_data
from hpcampaign.plan.model import Plan
from hpcampaign.text.values import MAX_TEXT, clear_caches, parse_duration

from .counting import calls


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        # minutes
        ("5 phút", 300),
        ("5 PHÚT", 300),
        ("5 Phút", 300),
        ("5phút", 300),
        ("5  phút", 300),
        ("5 phut", 300),
        ("5p", 300),
        ("5P", 300),
        ("5 p", 300),
        ("5ph", 300),
        ("5'", 300),
        ("5’", 300),
        ("6,5", 390),  # a decimal comma: 6.5 minutes
        ("6,5 phút", 390),
        ("0,5", 30),
        # minutes and seconds
        ("6 phút 30 giây", 390),
        ("6 phut 30 giay", 390),
        ("6phút30giây", 390),
        ("6p30", 390),
        ("6p 30", 390),
        ("6p30s", 390),
        ("6 phút 30", 390),
        ("5'30\"", 330),
        ("5’30”", 330),
        ("45 giây", 45),
        # hours
        ("1 giờ 5 phút", 3900),
        ("1 gio 5 phut", 3900),
        ("1g5p", 3900),
        ("1g5", 3900),
        ("1g30", 5400),
        ("1 tiếng", 3600),
        ("1,5 giờ", 5400),
        ("1 giờ 5 phút 30 giây", 3930),
        # the forms of revision 1 still mean what they meant
        ("12:30", 750),
        ("1:05:00", 3900),
        ("PT12M30S", 750),
        ("12m30s", 750),
        ("1h5m", 3900),
        ("12 min", 720),
        ("12", 720),
        ("12.5", 750),
    ],
)
def test_durations_as_clerks_write_them(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds
    assert parse_duration(f"  {text}\u00a0") == seconds  # blanks around, a no-break space too


@pytest.mark.parametrize(
    "text",
    [
        "khoảng 5 phút",
        "năm phút",
        "5 phút.",
        "5-7 phút",
        "5 phút 6 phút",  # a unit twice
        "30 giây 5 phút",  # units out of order
        "5 5",
        "phút",
        "6,",
        "6,5,5",
        "6 ,5",
        "6p75",  # 75 seconds after the minutes: not a clock
        "6p30s10",
        "1g75",
        "5 phút 30 giây 10",
        "0 phút",
        "25 giờ",
        "5 ngày",
        "5 \u0661",
    ],
)
def test_what_is_still_not_a_duration(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


def test_a_long_text_is_refused_before_it_is_read() -> None:
    # MAX_TEXT: longer texts never reach a pattern or the reader of spoken forms.
    with pytest.raises(ValueError):
        parse_duration("0" * MAX_TEXT + "5 phút")  # 5 minutes, were it read
    few = _calls("1" * 60 + "p")
    many = _calls("1" * 60 + "p" + " phút" * 10_000)
    assert many <= few


@pytest.mark.parametrize("unit", ["1p", "1 phút ", "1'", "12"])
def test_the_spoken_reader_costs_in_proportion_to_the_text(unit: str) -> None:
    # Within MAX_TEXT: four times the text, at most four times the work (plus a fixed part).
    short = _calls(unit * (16 // len(unit)))
    long = _calls(unit * (64 // len(unit)))
    assert long < 8 * short


def _calls(text: str) -> int:
    """Calls made to read ``text`` as a duration, the caches emptied first."""
    clear_caches()

    def read() -> None:
        with contextlib.suppress(ValueError):
            parse_duration(text)

    return calls(read)


# -- in a file -----------------------------------------------------------------------------------

AS_OF = date(2025, 9, 27)
DOCUMENTARY = "unit: vtv\nitems:\n  - date: 2025-09-20\n    kind: documentary\n    title: Biển gọi\n"


@pytest.fixture(scope="module")
def ctx(plan: Plan) -> Context:
    return context(plan, AS_OF, today=AS_OF)


@pytest.mark.parametrize("duration", ["12 phút 30 giây", "12p30", "12,5", "12,5 phút", "12'30\""])
def test_a_documentary_in_vietnamese_minutes_counts(ctx: Context, duration: str) -> None:
    summary = check_data("vtv.yaml", (DOCUMENTARY + f"    duration: {duration}\n").encode(), ctx)
    assert summary.problems == []
    assert [key[3] for key in summary.counted.keys] == [750]  # documentary, 12 min 30 s


def test_a_bad_duration_shows_the_vietnamese_forms(ctx: Context) -> None:
    (problem,) = check_data(
        "vtv.yaml", (DOCUMENTARY + "    duration: khoảng 12 phút\n").encode(), ctx
    ).problems
    assert problem.code == "bad-duration"
    assert "12 phút 30 giây" in problem.message("vi") and "1 giờ 5 phút" in problem.message("vi")
    assert "12 min 30 s" in problem.message("en")


@pytest.mark.parametrize(
    ("label", "kind"), [("tin", "news"), ("Phóng sự", "report"), ("LƯỢT PHÁT", "loudspeaker_broadcast")]
)
def test_a_kind_by_its_label(ctx: Context, label: str, kind: str) -> None:
    text = f"unit: phuong-hong-bang\nitems:\n  - date: 2025-09-20\n    kind: {label}\n    title: Tin\n"
    summary = check_data("x.yaml", text.encode(), ctx)
    assert summary.problems == [] and [key[1] for key in summary.counted.keys] == [kind]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("ngày", "date"),
        ("Ngày", "date"),
        ("ngay", "date"),
        ("loại", "kind"),
        ("tiêu đề", "title"),
        ("đường dẫn", "url"),
        ("link", "url"),
        ("nền tảng", "platforms"),
        ("thời lượng", "duration"),
        ("số lượt", "count"),
        ("ghi chú", "note"),
    ],
)
def test_a_field_named_in_vietnamese_suggests_the_field(ctx: Context, written: str, meant: str) -> None:
    text = f"unit: vtv\nitems:\n  - date: 2025-09-20\n    kind: news\n    title: Tin\n    {written}: x\n"
    found = [p for p in check_data("x.yaml", text.encode(), ctx).problems if p.code == "unknown-field"]
    assert [p.message("en") for p in found] == [f"unknown field '{written}' — did you mean '{meant}'?"]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("vn", "vi"),
        ("VN", "vi"),
        ("tiếng Việt", "vi"),
        ("tiếng Anh", "en"),
        ("Anh", "en"),
        ("trung", "zh"),
        ("cn", "zh"),
        ("Hàn", "ko"),
        ("tiếng Nhật", "ja"),
        ("jp", "ja"),
    ],
)
def test_a_language_named_in_words_suggests_its_code(ctx: Context, written: str, meant: str) -> None:
    text = (
        f"unit: vtv\nitems:\n  - date: 2025-09-20\n    kind: news\n    title: Tin\n    language: {written}\n"
    )
    (problem,) = check_data("x.yaml", text.encode(), ctx).problems
    assert problem.code == "unknown-language" and problem.message("en").endswith(f"did you mean '{meant}'?")


def test_invisible_characters_pasted_into_an_id_are_ignored(ctx: Context) -> None:
    text = (
        "unit: phuong-hong-bang\u200b\nitems:\n  - date: 2025-09-20\n    kind: news\u2060\n    title: Tin\n"
    )
    summary = check_data("x.yaml", text.encode(), ctx)
    assert summary.problems == [] and summary.unit == "phuong-hong-bang"


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("loa", "lượt phát"),
        ("Loa phát thanh", "lượt phát"),  # not "phóng sự phát thanh", the nearest label
        ("băng rôn", "cổ động trực quan"),  # not "bảng tin"
        ("bang ron", "cổ động trực quan"),
        ("bài viết", "bài"),  # not "báo cáo viên"
        ("tuyên truyền viên", "báo cáo viên"),
        ("phong su", "phóng sự"),  # no everyday word: the nearest label
        # The kind's full name, as `hpcampaign plan` and the file `new` writes show it: its label.
        ("Cổ động trực quan (băng rôn, pano, áp phích)", "cổ động trực quan"),
        ("fb", "bài mạng xã hội"),
    ],
)
def test_a_kind_in_everyday_words_suggests_the_kind_meant(ctx: Context, written: str, meant: str) -> None:
    text = f"unit: phuong-hong-bang\nitems:\n  - date: 2025-09-20\n    kind: {written}\n    title: Tin\n"
    (problem,) = check_data("x.yaml", text.encode(), ctx).problems
    assert problem.code == "unknown-kind" and problem.message("en").endswith(f"did you mean '{meant}'?")
