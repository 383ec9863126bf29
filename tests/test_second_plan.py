"""A second, invented plan (``tests/plans/another-city.yaml``) run end to end through the CLI.

SPEC 2: next year's plan, or another city's, is a new YAML file, not a new release. The plan of
the fictional city of Bến Mây has four phases (``prep`` 1–10/3/2024, ``build-up`` 11–31/3,
``congress`` 1–3/4, ``follow-up`` 4–30/4), two groups, six units, kinds with Vietnamese labels
and one repeatable kind (``trailer``), and eight rules: explicit date windows (``from``/``to``,
``from_start_of``/``to_end_of``, ``reports_under``), a platform filter, the three target sources
and the three modes. Submissions are written to a temporary folder and checked with ``plan``,
``check --format json`` and ``report --format md``; every number below is worked out by hand.

The campaign runs from 20/2/2024 (``ward-plans`` starts then) to 15/5/2024 (``review`` ends then).
2024 is a leap year: 20/2 … 10/3 is 10 + 10 = 20 days.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from hpcampaign.cli.app import app

from .conftest import ROOT

PLAN = ROOT / "tests" / "plans" / "another-city.yaml"
AS_OF = "2024-04-02"  # the second Congress day: 1/4 is closed, 2/4 open, 3/4 not begun

STATION = "dai-ptth-ben-may"
NEWSPAPER = "bao-ben-may"
DEPARTMENT = "so-vhtt-ben-may"
BEN_CANG, DOI_THONG, SUOI_MO = "phuong-ben-cang", "phuong-doi-thong", "xa-suoi-mo"

SUBMISSIONS = {
    # unit plan 26/2; 4 + 4 + 2 = 10 broadcasts in build-up; a banner on the street; web posts
    # in the weeks of 11/3 and 1/4.
    "phuong-ben-cang.yaml": """\
unit: phuong-ben-cang
items:
  - {date: 2024-02-26, kind: unit_plan, title: Kế hoạch tuyên truyền Đại hội}
  - {date: 2024-03-12, kind: loudspeaker, count: 4}
  - {date: 2024-03-20, kind: loudspeaker, count: 4}
  - {date: 2024-03-28, kind: loudspeaker, count: 2}
  - {date: 2024-03-15, kind: banner, platforms: [street]}
  - {date: 2024-03-13, kind: web_post, title: Phường chào mừng Đại hội}
  - {date: 2024-04-02, kind: web_post, title: Đại hội khai mạc}
""",
    # named by its Vietnamese name; no unit plan; 6 broadcasts; a banner on no platform; a web
    # post in the week of 18/3.
    "phuong-doi-thong.yaml": """\
unit: Phường Đồi Thông
items:
  - {date: 2024-03-14, kind: loudspeaker, count: 6}
  - {date: 2024-03-20, kind: banner}
  - {date: 2024-03-19, kind: web_post, title: Đồi Thông hướng về Đại hội}
""",
    # unit plan on the window's last day (day-first date); 13 broadcasts; a banner on the street
    # (and Facebook) on build-up's last day; no web post.
    "xa-suoi-mo.yaml": """\
unit: xa-suoi-mo
items:
  - {date: 10/03/2024, kind: unit_plan, title: Kế hoạch của xã}
  - {date: 2024-03-11, kind: loudspeaker, count: 13}
  - {date: 2024-03-31, kind: banner, platforms: [street, facebook]}
""",
    # The trailer (one URL) on tv 11/3, on radio 12/3 (another airing: repeatable), again on tv
    # 12/3 (the same URL on the same day: duplicate-item at line 13, counted once), on Facebook
    # only 13/3 (not counted). Bulletins: English 20/3 (in the window from 18/3), Chinese 15/3
    # (before it). 5 news + 2 features on 1/4.
    "dai-ptth-ben-may.yaml": """\
unit: dai-ptth-ben-may
items:
  - date: 2024-03-11
    kind: trailer
    title: Trailer Đại hội
    url: https://ptth.benmay.vn/trailer
    platforms: [tv]
  - date: 2024-03-12
    kind: trailer
    title: Trailer Đại hội
    url: https://ptth.benmay.vn/trailer
    platforms: [radio]
  - date: 2024-03-12
    kind: trailer
    title: Trailer Đại hội (phát lại)
    url: https://ptth.benmay.vn/trailer
    platforms: [tv]
  - date: 2024-03-13
    kind: trailer
    title: Trailer Đại hội
    url: https://facebook.com/ptthbenmay/1
    platforms: [facebook]
  - {date: 2024-03-20, kind: bulletin, title: Ben May news, language: en}
  - {date: 2024-03-15, kind: bulletin, title: 本美新闻, language: zh}
  - {date: 2024-04-01, kind: news, title: Khai mạc Đại hội, count: 5}
  - {date: 2024-04-01, kind: feature, title: Một nhiệm kỳ nhìn lại, count: 2}
""",
    # 3 news on 1/4 (with the station's 5 + 2: 10); 13 features on 2/4.
    "bao-ben-may.yaml": """\
unit: bao-ben-may
items:
  - {date: 2024-04-01, kind: news, title: Tin Đại hội ngày đầu, count: 3}
  - {date: 2024-04-02, kind: feature, title: Phóng sự Đại hội ngày thứ hai, count: 13}
""",
    # A web post in the week of 25/3; the review report of 20/4 is after --as-of: not counted,
    # not a problem (summary.after_as_of = 1).
    "so-vhtt-ben-may.yaml": """\
unit: so-vhtt-ben-may
items:
  - {date: 2024-03-25, kind: web_post, title: Sở cập nhật về Đại hội}
  - {date: 2024-04-20, kind: review_report, title: Báo cáo tổng kết}
""",
}

Row = tuple[str, str, str | None, str | None, str, str, str, float]
"""(rule, scope, language, phase, from, to, status, actual) of one result."""

WEEKS = [
    ("2024-03-11", "2024-03-17"),
    ("2024-03-18", "2024-03-24"),
    ("2024-03-25", "2024-03-31"),
    ("2024-04-01", "2024-04-07"),  # open as of 2/4
    ("2024-04-08", "2024-04-14"),
    ("2024-04-15", "2024-04-21"),
    ("2024-04-22", "2024-04-28"),
    ("2024-04-29", "2024-04-30"),  # clipped to the end of follow-up
]
#: web-weekly, per unit (plan order): the status and count of its first four weeks (the last
#: four have not begun: pending, 0).
WEB_WEEKS: dict[str, list[tuple[str, int]]] = {
    DEPARTMENT: [("missed", 0), ("missed", 0), ("ok", 1), ("behind", 0)],
    BEN_CANG: [("ok", 1), ("missed", 0), ("missed", 0), ("ok", 1)],
    DOI_THONG: [("missed", 0), ("ok", 1), ("missed", 0), ("behind", 0)],
    SUOI_MO: [("missed", 0), ("missed", 0), ("missed", 0), ("behind", 0)],
}


def _trailer_days() -> list[Row]:
    """trailer-daily, every day of build-up (all closed as of 2/4): 11/3 and 12/3 ok, 1 each."""
    rows: list[Row] = []
    for day in range(11, 32):
        iso = f"2024-03-{day:02d}"
        counted = 1 if day in (11, 12) else 0
        rows.append(
            ("trailer-daily", STATION, None, "build-up", iso, iso, "ok" if counted else "missed", counted)
        )
    return rows


def _web_weeks() -> list[Row]:
    rows: list[Row] = []
    for unit, judged in WEB_WEEKS.items():
        statuses = [*judged, *[("pending", 0)] * 4]
        for (start, end), (status, actual) in zip(WEEKS, statuses, strict=True):
            rows.append(("web-weekly", unit, None, None, start, end, status, actual))
    return rows


#: Every result as of 2/4/2024, in the order of SPEC 5 (plan order; scope; language; start).
EXPECTED: list[Row] = [
    # unit plans from 20/2 to the end of prep (10/3), reporting under prep; closed.
    ("ward-plans", BEN_CANG, None, "prep", "2024-02-20", "2024-03-10", "ok", 1),
    ("ward-plans", DOI_THONG, None, "prep", "2024-02-20", "2024-03-10", "missed", 0),
    ("ward-plans", SUOI_MO, None, "prep", "2024-02-20", "2024-03-10", "ok", 1),
    *_trailer_days(),
    # average over the 21 days of build-up (closed): 10 ÷ 3 = 3.33 ok; 6 ÷ 3 = 2 missed;
    # 13 ÷ 3 = 4.33 over (3–4).
    ("loudspeaker-build-up", BEN_CANG, None, "build-up", "2024-03-11", "2024-03-31", "ok", 3.33),
    ("loudspeaker-build-up", DOI_THONG, None, "build-up", "2024-03-11", "2024-03-31", "missed", 2),
    ("loudspeaker-build-up", SUOI_MO, None, "build-up", "2024-03-11", "2024-03-31", "over", 4.33),
    # by the end of build-up: from the campaign's first day, 20/2; only banners on the street.
    ("street-banners", BEN_CANG, None, "build-up", "2024-02-20", "2024-03-31", "ok", 1),
    ("street-banners", DOI_THONG, None, "build-up", "2024-02-20", "2024-03-31", "missed", 0),
    ("street-banners", SUOI_MO, None, "build-up", "2024-02-20", "2024-03-31", "ok", 1),
    # 18/3 … the end of congress (3/4), reporting under congress; open; one result per language.
    ("foreign-bulletins", STATION, "en", "congress", "2024-03-18", "2024-04-03", "ok", 1),
    ("foreign-bulletins", STATION, "zh", "congress", "2024-03-18", "2024-04-03", "behind", 0),
    # the newsrooms combined: 5 + 2 + 3 = 10 on 1/4 (closed, 8–12); 13 on 2/4 (open): over.
    ("newsroom-daily-congress", "newsrooms", None, "congress", "2024-04-01", "2024-04-01", "ok", 10),
    ("newsroom-daily-congress", "newsrooms", None, "congress", "2024-04-02", "2024-04-02", "over", 13),
    ("newsroom-daily-congress", "newsrooms", None, "congress", "2024-04-03", "2024-04-03", "pending", 0),
    *_web_weeks(),
    # from the start of follow-up (4/4) to 15/5, reporting under follow-up: not begun.
    ("review", DEPARTMENT, None, "follow-up", "2024-04-04", "2024-05-15", "pending", 0),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    submissions = tmp_path / "submissions"
    submissions.mkdir()
    for name, text in SUBMISSIONS.items():
        (submissions / name).write_text(text, encoding="utf-8")
    return submissions


def cli(*args: str) -> Result:
    env = {"HPCAMPAIGN_LANG": "vi", "COLUMNS": "200", "NO_COLOR": "1"}
    return CliRunner().invoke(app, list(args), env=env)


def check_json(folder: Path, *args: str) -> tuple[int, dict[str, Any]]:
    result = cli("check", str(folder), "--plan", str(PLAN), "--format", "json", "--as-of", AS_OF, *args)
    assert result.stdout.startswith("{"), result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return result.exit_code, data


def rows(data: dict[str, Any]) -> list[Row]:
    return [
        (r["rule"], r["scope"], r.get("language"), r["phase"], r["from"], r["to"], r["status"], r["actual"])
        for r in data["results"]
    ]


def squeezed(text: str) -> list[str]:
    """The lines of a table, each with its runs of spaces made one."""
    return [" ".join(line.split()) for line in text.splitlines()]


def test_the_plan_loads_and_shows_its_phases_and_windows() -> None:
    result = cli("plan", "--plan", str(PLAN))
    assert result.exit_code == 0, result.output
    lines = squeezed(result.stdout)
    for phase in (
        "prep II.1 Chuẩn bị 01/03/2024 10/03/2024 10",
        "build-up II.2 Cao điểm trước Đại hội 11/03/2024 31/03/2024 21",
        "congress II.3 Trong những ngày Đại hội 01/04/2024 03/04/2024 3",
        "follow-up II.4 Sau Đại hội 04/04/2024 30/04/2024 27",
    ):
        assert phase in lines
    text = " ".join(lines)
    assert "Quy định (8)" in text
    # The windows, with their lengths: 20/2–10/3 is 20 days (2024 is a leap year); 18/3–3/4 is
    # 14 + 3 = 17; 20/2–31/3 is 10 + 31 = 41; 11/3–30/4 is 21 + 3 + 27 = 51; 4/4–15/5 is 27 + 15 = 42.
    for window in (
        "20/02/2024 – 10/03/2024 (20 ngày)",
        "18/03/2024 – 03/04/2024 (17 ngày)",
        "20/02/2024 – 31/03/2024 (41 ngày)",
        "11/03/2024 – 30/04/2024 (51 ngày)",
        "04/04/2024 – 15/05/2024 (42 ngày)",
    ):
        assert window in text, window
    for rule_id in (
        "ward-plans",
        "trailer-daily",
        "loudspeaker-build-up",
        "street-banners",
        "foreign-bulletins",
        "newsroom-daily-congress",
        "web-weekly",
        "review",
    ):
        assert f"{rule_id} " in text


def test_check_judges_every_rule_of_the_other_city(folder: Path) -> None:
    code, data = check_json(folder)
    assert rows(data) == EXPECTED
    # ok: 2 + 2 + 1 + 2 + 1 + 1 + 4 = 13; over: 1 + 1 = 2; behind: zh + 3 weeks = 4;
    # missed: 1 + 19 + 1 + 1 + 9 = 31; pending: 1 + 16 + 1 = 18 (68 results).
    summary = {key: data["summary"][key] for key in ("ok", "over", "behind", "missed", "pending")}
    assert summary == {"ok": 13, "over": 2, "behind": 4, "missed": 31, "pending": 18}
    assert (data["summary"]["errors"], data["summary"]["warnings"], data["summary"]["after_as_of"]) == (
        0,
        1,
        1,
    )
    problems = [
        (Path(p["path"]).name, p["line"], p["column"], p["code"], p["severity"]) for p in data["problems"]
    ]
    assert problems == [("dai-ptth-ben-may.yaml", 13, 5, "duplicate-item", "warning")]
    assert data["units_without_files"] == []
    assert data["plan"] == str(PLAN)
    assert code == 1  # missed results, no error
    targets = {r["rule"]: (r["min"], r["max"], r["source"]) for r in data["results"]}
    assert targets == {
        "ward-plans": (1, None, "plan"),
        "trailer-daily": (1, None, "plan"),
        "loudspeaker-build-up": (3, 4, "plan"),
        "street-banners": (1, None, "local"),
        "foreign-bulletins": (1, None, "plan"),
        "newsroom-daily-congress": (8, 12, "projection"),
        "web-weekly": (1, None, "local"),
        "review": (1, None, "local"),
    }


@pytest.mark.parametrize(
    ("phase", "rules"),
    [
        # ward-plans' dates (20/2 … end of prep) report under prep.
        ("prep", {"ward-plans": 3}),
        # foreign-bulletins' window (18/3 … 3/4) overlaps build-up but reports under congress: not here.
        # web-weekly (several phases) keeps its weeks that meet build-up: 3 weeks × 4 units.
        ("build-up", {"trailer-daily": 21, "loudspeaker-build-up": 3, "street-banners": 3, "web-weekly": 12}),
        # foreign-bulletins is selected by its reports_under phase; web-weekly's week of 1/4 × 4 units.
        ("congress", {"foreign-bulletins": 2, "newsroom-daily-congress": 3, "web-weekly": 4}),
        # review (from the start of follow-up) reports under it; web-weekly's 5 weeks from 1/4 × 4 units.
        ("follow-up", {"web-weekly": 20, "review": 1}),
    ],
)
def test_check_phase_selects_a_dates_window_rule_by_its_reports_under_phase(
    folder: Path, phase: str, rules: dict[str, int]
) -> None:
    _code, data = check_json(folder, "--phase", phase)
    found: dict[str, int] = {}
    for result in data["results"]:
        found[result["rule"]] = found.get(result["rule"], 0) + 1
    assert found == rules
    # The periods stay those of each rule's own window, and equal those of the unselected run.
    assert all(row in EXPECTED for row in rows(data))


def test_report_for_the_congress_phase(folder: Path) -> None:
    result = cli(
        "report", str(folder), "--plan", str(PLAN), "--format", "md", "--as-of", AS_OF, "--phase", "congress"
    )
    assert result.exit_code == 0, result.output
    memo = result.stdout
    lines = squeezed(memo)
    # The header is the plan's own.
    assert memo.startswith("UBND THÀNH PHỐ BẾN MÂY")
    assert "Số: ……/BC-SVHTT" in lines
    assert "*Bến Mây, ngày 02 tháng 4 năm 2024*" in lines
    assert "**TRƯỞNG PHÒNG THÔNG TIN - BÁO CHÍ**" in lines
    assert "Trần Văn Mây" in lines
    # The rules reporting under congress, and web-weekly whose week of 1/4 meets it; no other.
    assert "Bản tin tiếng Anh, tiếng Trung (II.3.d)" in memo
    assert "Dự kiến báo chí đăng 8 - 12 tin, bài mỗi ngày Đại hội (II.3.a)" in memo
    assert "Trang thông tin điện tử cập nhật hằng tuần (II.2.c, II.3.c, II.4.c)" in memo
    for other in ("(II.1.a)", "(II.2.a)", "(II.2.b)", "(II.4.a)"):
        assert other not in memo
    # The days of the Congress so far: 10 on 1/4 (ok), 13 on 2/4 (over 8–12).
    assert "| 01/04/2024 | 10 | 8–12/ngày | đạt |" in lines
    assert "| 02/04/2024 | 13 | 8–12/ngày | vượt |" in lines
    # 6 units in the scope of these rules, all with files; in the period 1–2/4: 5 + 2 + 3 news and
    # features on 1/4, 13 on 2/4, 1 web post of Bến Cảng = 24 items.
    assert "6/6 đơn vị thuộc diện báo cáo đã gửi số liệu (6 tệp)" in memo
    assert "Trong kỳ ghi nhận 24 sản phẩm tuyên truyền" in memo
    # foreign-bulletins, to date: English 1 (ok), Chinese 0 (behind).
    assert "1 · 1/2 ngôn ngữ đạt, 1 chậm" in memo
    # web-weekly to date: 4 units × 4 weeks begun = 16; ok 4, missed 9, behind 3.
    assert "4/16 đơn vị-tuần đạt, 9 chưa đạt, 3 chậm" in memo
    # Behind: Chinese bulletins; the three units without a web post in the week of 1/4.
    assert "Sở Văn hóa và Thông tin Bến Mây, Phường Đồi Thông, Xã Suối Mơ" in memo


def test_a_kind_may_be_named_by_its_label(tmp_path: Path) -> None:
    """SPEC 2.2: a submission may name a kind by its label, in any case."""
    (tmp_path / "phuong-ben-cang.yaml").write_text(
        "unit: phuong-ben-cang\n"
        "items:\n"
        "  - {date: 2024-02-26, kind: kế hoạch, title: Kế hoạch tuyên truyền}\n"
        "  - {date: 2024-03-12, kind: lượt loa, count: 9}\n"
        "  - {date: 2024-03-15, kind: Băng Rôn, platforms: [street]}\n"
        "  - {date: 2024-03-13, kind: BÀI TRÊN TRANG, title: Phường chào mừng Đại hội}\n",
        encoding="utf-8",
    )
    _code, data = check_json(tmp_path, "--unit", BEN_CANG)
    assert data["problems"] == []
    found = {(r["rule"], r["from"]): (r["status"], r["actual"]) for r in data["results"]}
    assert found[("ward-plans", "2024-02-20")] == ("ok", 1)
    assert found[("loudspeaker-build-up", "2024-03-11")] == ("ok", 3)  # 9 ÷ (21/7) = 3
    assert found[("street-banners", "2024-02-20")] == ("ok", 1)
    assert found[("web-weekly", "2024-03-11")] == ("ok", 1)
