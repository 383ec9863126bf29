"""Every problem code of SPEC 5, from a small file: its line, column and severity.

Positions point at the offending key or value (SPEC 5); a problem about something missing points at
its parent; only a file that cannot be read has no position. Messages exist in Vietnamese and
English and carry the "did you mean" hint where a near name exists.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from hpcampaign.intake.context import Context, context
from hpcampaign.intake.validate import check_file
from hpcampaign.judge.run import CheckOptions, run_check
from hpcampaign.plan.model import Plan
from hpcampaign.records import CODES, WARNING_CODES, Problem

AS_OF = date(2025, 9, 27)
#: The real date, pinned (SPEC 4, revision 2): ``future-date`` means after today, not after the as-of date.
TODAY = date(2025, 9, 30)
BROADCAST = "unit: phuong-hong-bang\nitems:\n  - date: 2025-09-20\n    kind: loudspeaker_broadcast\n"
DOCUMENTARY = "unit: vtv\nitems:\n  - date: 2025-09-20\n    kind: documentary\n    title: Biển gọi\n"

Where = tuple[str, int | None, int | None, str]


@dataclass(frozen=True)
class Case:
    content: str | bytes
    expected: tuple[Where, ...]


CASES: dict[str, Case] = {
    # At the value, where the quotes it needs go (libyaml stops at its second colon, 5:12).
    "yaml-syntax": Case(BROADCAST + "    note: a: b\n", (("yaml-syntax", 5, 11, "error"),)),
    "duplicate-key": Case(
        "unit: phuong-hong-bang\nitems: []\nunit: vtv\n",
        (("duplicate-key", 3, 1, "error"),),
    ),
    "unsafe-yaml": Case(
        "unit: phuong-hong-bang\nitems:\n  - date: !!timestamp 2025-09-20\n",
        (("unsafe-yaml", 3, 11, "error"),),
    ),
    "too-large": Case("unit: vtv\nitems: " + "[" * 60 + "\n", (("too-large", 2, 57, "error"),)),
    "encoding": Case(
        b"unit: phuong-hong-bang\nitems: []\nreporter: Nguy\xean Lan\n", (("encoding", 3, 15, "error"),)
    ),
    "schema": Case(BROADCAST + "    count: 0\n", (("schema", 5, 12, "error"),)),
    "unknown-field": Case(
        BROADCAST.replace("loudspeaker_broadcast", "article") + "    titel: Biển gọi\n",
        (("unknown-field", 5, 5, "error"),),
    ),
    "unknown-unit": Case("unit: phuong-hong-bag\nitems: []\n", (("unknown-unit", 1, 7, "error"),)),
    "unknown-kind": Case(
        BROADCAST.replace("loudspeaker_broadcast", "artcle") + "    title: Biển gọi\n",
        (("unknown-kind", 4, 11, "error"),),
    ),
    "unknown-platform": Case(
        BROADCAST + "    platforms: [loudspeaker, loa]\n", (("unknown-platform", 5, 30, "error"),)
    ),
    "unknown-language": Case(BROADCAST + "    language: vn\n", (("unknown-language", 5, 15, "error"),)),
    "bad-date": Case(BROADCAST.replace("2025-09-20", "31/09/2025"), (("bad-date", 3, 11, "error"),)),
    "bad-duration": Case(DOCUMENTARY + "    duration: mười hai phút\n", (("bad-duration", 6, 15, "error"),)),
    "future-date": Case(BROADCAST.replace("2025-09-20", "2025-10-01"), (("future-date", 3, 11, "error"),)),
    # The day before the campaign's first day (2025-08-20: the earliest rule window).
    "outside-campaign": Case(
        BROADCAST.replace("2025-09-20", "2025-08-19"), (("outside-campaign", 3, 11, "warning"),)
    ),
    "outside-period": Case(
        BROADCAST.replace("items:", "period: {from: 2025-09-22, to: 2025-09-28}\nitems:"),
        (("outside-period", 4, 11, "error"),),
    ),
    # Revision 2: a title cut at " #" by YAML (the item still counts).
    "comment-in-value": Case(
        DOCUMENTARY + "    duration: 12:00\n    note: tập #2\n", (("comment-in-value", 7, 11, "warning"),)
    ),
    "duration-out-of-range": Case(
        DOCUMENTARY + "    duration: '16:00'\n", (("duration-out-of-range", 6, 15, "warning"),)
    ),
}


@pytest.fixture(scope="module")
def ctx(plan: Plan) -> Context:
    return context(plan, AS_OF, today=TODAY)


def where(problems: list[Problem]) -> tuple[Where, ...]:
    return tuple((p.code, p.line, p.column, p.severity) for p in problems)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_every_code_has_a_case() -> None:
    assert set(CASES) | {"duplicate-item", "duplicate-file", "unreadable", "not-a-submission"} == set(CODES)


def test_an_item_after_the_as_of_date_but_not_after_today_is_no_problem(ctx: Context, tmp_path: Path) -> None:
    # SPEC 4 (revision 2): a run as of a past date does not count it, and says nothing of it.
    for day in ("2025-09-28", "2025-09-30"):
        summary = check_file(write(tmp_path, "x.yaml", BROADCAST.replace("2025-09-20", day)), ctx)
        assert where(summary.problems) == (), day


@pytest.mark.parametrize(
    "code",
    list(CASES),
)
def test_position_of(code: str, ctx: Context, tmp_path: Path) -> None:
    case = CASES[code]
    summary = check_file(write(tmp_path, f"{code}.yaml", case.content), ctx)
    assert where(summary.problems) == case.expected
    for problem in summary.problems:
        assert problem.severity == ("warning" if code in WARNING_CODES else "error")
        assert problem.message("vi") != problem.message("en")


def test_position_of_duplicate_item(plan: Plan, tmp_path: Path) -> None:
    # Duplicates are decided across a unit's files (the later item is the duplicate), by URL or
    # by date, kind and title (case-folded); the warning points at the later item.
    item = "  - date: 2025-09-20\n    kind: article\n    title: Hải Phòng — vươn ra biển lớn\n"
    by_url = "  - {date: 2025-09-19, kind: news, title: %s, url: https://example.vn/1}\n"
    write(tmp_path, "a.yaml", "unit: bao-va-ptth-hai-phong\nitems:\n" + item + by_url % "A" + by_url % "B")
    write(
        tmp_path,
        "b.yaml",
        "unit: Báo và Phát thanh, Truyền hình Hải Phòng\nitems:\n  - {date: 2025-09-19, kind: news, title: x}\n"
        + item.replace("Hải Phòng", "HẢI PHÒNG"),
    )
    problems = run_check(plan, CheckOptions((tmp_path,), AS_OF)).problems
    assert [(Path(p.path).name, *w) for p, w in zip(problems, where(problems), strict=True)] == [
        ("a.yaml", "duplicate-item", 7, 5, "warning"),
        ("b.yaml", "duplicate-item", 4, 5, "warning"),
    ]
    same_file, other_file = (p.message("en") for p in problems)
    assert "line 6" in same_file and ".yaml" not in same_file
    assert "line 3" in other_file and "a.yaml" in other_file
    assert all(p.message("vi") != p.message("en") for p in problems)


def test_position_of_duplicate_file(plan: Plan, tmp_path: Path) -> None:
    # Two files of one unit with the same items (once normalised): the later path in sort order is
    # the copy, warned at its start, naming the other; files without items are never duplicates.
    items = "  - {date: 2025-09-20, kind: news, title: Biển gọi}\n  - {date: 2025-09-21, kind: loudspeaker_broadcast}\n"
    write(tmp_path, "a.yaml", "unit: bao-va-ptth-hai-phong\nitems:\n" + items)
    write(tmp_path, "b.yaml", "unit: Báo và Phát thanh, Truyền hình Hải Phòng\nreporter: A\nitems:\n" + items)
    write(tmp_path, "c.yaml", "unit: bao-va-ptth-hai-phong\nitems: []\n")
    write(tmp_path, "d.yaml", "unit: bao-va-ptth-hai-phong\nitems: []\n")
    problems = run_check(plan, CheckOptions((tmp_path,), AS_OF, today=TODAY)).problems
    assert [(Path(p.path).name, *w) for p, w in zip(problems, where(problems), strict=True)] == [
        ("b.yaml", "duplicate-file", 1, 1, "warning"),
    ]
    (problem,) = problems
    assert "a.yaml" in problem.message("en") and "a.yaml" in problem.message("vi")
    assert problem.message("vi") != problem.message("en")


def test_position_of_not_a_submission(ctx: Context, tmp_path: Path) -> None:
    # A file saved wrongly is never read: the warning has no position (SPEC 5: none exists).
    summary = check_file(write(tmp_path, "x.yaml.txt", BROADCAST), ctx)
    assert where(summary.problems) == (("not-a-submission", None, None, "warning"),)
    assert summary.unit == "phuong-hong-bang" and summary.voided
    assert summary.problems[0].message("vi") != summary.problems[0].message("en")


def test_position_of_unreadable(ctx: Context, tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    summary = check_file(fifo, ctx)  # a FIFO is never opened, so this does not block
    assert where(summary.problems) == (("unreadable", None, None, "error"),)
    assert summary.problems[0].message("vi") != summary.problems[0].message("en")


# --- messages ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "suggestion", "voids"),
    [
        ("unknown-kind", "article", False),
        ("unknown-field", "title", False),
        ("unknown-unit", "phuong-hong-bang", True),
    ],
)
def test_did_you_mean(code: str, suggestion: str, voids: bool, ctx: Context, tmp_path: Path) -> None:
    summary = check_file(write(tmp_path, "x.yaml", CASES[code].content), ctx)
    (problem,) = summary.problems
    assert summary.voided is voids
    # SPEC 3 (revision 2): the first problem of a voided file says that the whole file is not counted.
    voided_en, voided_vi = (
        (" — the whole file is not counted", " — cả tệp không được tính") if voids else ("", "")
    )
    assert problem.message("en").endswith(f" — did you mean '{suggestion}'?{voided_en}")
    assert problem.message("vi").endswith(f" — có phải '{suggestion}'?{voided_vi}")


def test_no_hint_without_a_near_name(ctx: Context, tmp_path: Path) -> None:
    content = BROADCAST.replace("loudspeaker_broadcast", "zzzzzz")
    (problem,) = check_file(write(tmp_path, "x.yaml", content), ctx).problems
    assert problem.code == "unknown-kind" and "?" not in problem.message("en")


def test_duplicate_key_message_names_the_first_line(ctx: Context, tmp_path: Path) -> None:
    (problem,) = check_file(write(tmp_path, "x.yaml", CASES["duplicate-key"].content), ctx).problems
    assert problem.code == "duplicate-key"
    assert "first at line 1" in problem.message("en") and "đã có ở dòng 1" in problem.message("vi")


def test_key_repeated_in_an_item_excludes_only_that_item(ctx: Context, tmp_path: Path) -> None:
    content = BROADCAST + "  - date: 2025-09-21\n    kind: loudspeaker_broadcast\n    kind: visual_display\n"
    summary = check_file(write(tmp_path, "x.yaml", content), ctx)
    assert [p.code for p in summary.problems] == ["duplicate-key"]
    assert not summary.voided and sum(summary.counted.counts.values()) == 1


@pytest.mark.parametrize("url", ["[]", "{a: b}"])
def test_url_of_the_wrong_type_is_a_schema_error(url: str, ctx: Context, tmp_path: Path) -> None:
    content = BROADCAST + f"    url: {url}\n"
    summary = check_file(write(tmp_path, "x.yaml", content), ctx)
    assert where(summary.problems) == (("schema", 5, 10, "error"),)
