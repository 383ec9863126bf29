"""The YAML traps a clerk falls into, named where they are to be fixed (SPEC 3, revision 2).

- *Sweeps*: one mistake made on every line of a ward's week in turn (a colon dropped, the space
  after it dropped, a tab, an indentation one to three columns off, a quote left open, a value in
  Word's quotes, a ``#`` in a title): the problem is on that line, with the advice of that mistake,
  and an indentation mistake is never told to put the value in quotes.
- *The table of libyaml's complaints* (``hpcampaign.load.syntax.DIAGNOSES``): every row is met by a
  case here, each case with the line and column written by hand.
- ``comment-in-value``: a warning; the item counts, with the text as YAML read it, and is judged
  a duplicate by its URL only.
- ``not-a-submission``: files saved wrongly under a checked folder are reported, never read;
  hidden folders and Office's lock files stay skipped.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
import yaml
from yaml._yaml import CParser

from hpcampaign.intake.context import Context, context
from hpcampaign.intake.discover import discover
from hpcampaign.intake.validate import check_data, check_file
from hpcampaign.judge.run import CheckOptions, run_check
from hpcampaign.load import syntax
from hpcampaign.plan.model import Plan
from hpcampaign.records import Problem

AS_OF = date(2025, 10, 5)
TODAY = date(2025, 10, 6)

WEEK = """\
unit: phuong-hong-bang
reporter: Nguyễn Thị Lan
period: {from: 2025-09-29, to: 2025-10-05}
items:
  - date: 2025-09-29
    kind: loudspeaker_broadcast
    count: 2
  - date: 2025-09-30
    kind: portal_post
    title: Phường Hồng Bàng ra quân tuyên truyền Đại hội
    url: https://hongbang.haiphong.gov.vn/tin/101
  - date: 2025-10-01
    kind: social_post
    title: Chung tay chào mừng Đại hội
    platforms: [zalo, facebook]
  - date: 2025-10-02
    kind: visual_display
    count: 12
    note: băng rôn trên các tuyến phố
  - date: 2025-10-03
    kind: speaker_session
    title: Hội nghị báo cáo viên quý III
"""
LINES = WEEK.splitlines()
#: (line number, text) of every "key: value" line.
KEYED = [(n, line) for n, line in enumerate(LINES, 1) if ": " in line.lstrip(" -")]
#: (line number, shift) of every line indented 1–3 spaces deeper or shallower, where it can be.
SHIFTED = [
    (n, shift)
    for n in range(2, len(LINES) + 1)
    for shift in (-3, -2, -1, 1, 2, 3)
    if len(LINES[n - 1]) - len(LINES[n - 1].lstrip(" ")) + shift >= 0
]
#: The "key: value" lines whose value is a scalar (a list or mapping cannot be put in quotes).
SCALAR = [(n, line) for n, line in KEYED if line[line.index(": ") + 2] not in "[{"]


@pytest.fixture(scope="module")
def ctx(plan: Plan) -> Context:
    return context(plan, AS_OF, today=TODAY)


def with_line(number: int, text: str) -> bytes:
    return "\n".join([*LINES[: number - 1], text, *LINES[number:]]).encode() + b"\n"


def problems(ctx: Context, data: bytes) -> list[Problem]:
    return check_data("week.yaml", data, ctx).problems


def test_the_week_is_clean(ctx: Context) -> None:
    summary = check_data("week.yaml", WEEK.encode(), ctx)
    assert summary.problems == [] and not summary.voided


# -- sweeps --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("number", "line"), KEYED)
def test_a_missing_colon_is_said_on_its_own_line(ctx: Context, number: int, line: str) -> None:
    colon = line.index(": ")
    (first, *_) = problems(ctx, with_line(number, line[:colon] + line[colon + 1 :]))
    assert (first.line, first.code) == (number, "yaml-syntax")
    assert first.column == colon + 1  # where the colon goes
    assert "thiếu dấu ':'" in first.message("vi") and "ngoặc kép" not in first.message("vi")


@pytest.mark.parametrize(("number", "line"), KEYED)
def test_a_missing_space_after_the_colon_is_said_on_its_own_line(
    ctx: Context, number: int, line: str
) -> None:
    colon = line.index(": ")
    (first, *_) = problems(ctx, with_line(number, line[: colon + 1] + line[colon + 2 :]))
    assert (first.line, first.column, first.code) == (number, colon + 2, "yaml-syntax")
    assert "cần một dấu cách" in first.message("vi")


@pytest.mark.parametrize("number", range(1, len(LINES) + 1))
def test_a_tab_is_said_on_its_own_line(ctx: Context, number: int) -> None:
    (first, *_) = problems(ctx, with_line(number, "\t" + LINES[number - 1]))
    assert (first.line, first.column, first.code) == (number, 1, "yaml-syntax")
    assert "Tab" in first.message("vi")


@pytest.mark.parametrize(("number", "shift"), SHIFTED)
def test_indentation_is_said_as_indentation_never_as_quotes(ctx: Context, number: int, shift: int) -> None:
    line = LINES[number - 1]
    spaces = len(line) - len(line.lstrip(" ")) + shift
    found = problems(ctx, with_line(number, " " * spaces + line.lstrip(" ")))
    assert all("ngoặc kép" not in p.message("vi") for p in found)
    syntax_errors = [p for p in found if p.code == "yaml-syntax"]
    if syntax_errors:
        assert syntax_errors[0].line == number and "thụt lề" in syntax_errors[0].message("vi")


@pytest.mark.parametrize(("number", "line"), KEYED)
def test_a_quote_left_open_is_said_where_it_opens(ctx: Context, number: int, line: str) -> None:
    value = line.index(": ") + 2
    for quote in "\"'":
        (first, *_) = problems(ctx, with_line(number, line[:value] + quote + line[value:]))
        assert (first.line, first.column, first.code) == (number, value + 1, "yaml-syntax")
        assert "không được đóng" in first.message("vi")


@pytest.mark.parametrize(("number", "line"), SCALAR)
def test_a_value_in_word_s_quotes_is_named(ctx: Context, number: int, line: str) -> None:
    value = line.index(": ") + 2
    found = problems(ctx, with_line(number, line[:value] + "“" + line[value:] + "”"))
    if line.lstrip().startswith(("title", "note", "reporter")):
        assert found == []  # free text may hold any quotes: “Hải Phòng” is a fine title
    else:
        assert [(p.line, p.column) for p in found] == [(number, value + 1)]
        assert "Word hoặc Zalo" in found[0].message("vi")


# -- the table of libyaml's complaints --------------------------------------------------------------

H = "unit: phuong-hong-bang\nitems:\n  - date: 2025-09-30\n    kind: portal_post\n"

#: A case per row of the table: the text, then the message id, line and column, written by hand.
SYNTAX_CASES: list[tuple[str, str, int, int]] = [
    (H + "  \t  title: x\n", "yaml-syntax.tab", 5, 3),
    (H + '    title: "Tin\n', "yaml-syntax.unclosed-quote", 5, 12),
    (H + "    platforms: [zalo", "yaml-syntax.unclosed-bracket", 5, 16),
    (H + "    platforms: [zalo,", "yaml-syntax.unclosed-bracket", 5, 16),
    (H + '    note: "D:\\du lieu"\n', "yaml-syntax.backslash", 5, 14),
    (H + '    note: "D:\\x"\n', "yaml-syntax.backslash", 5, 14),
    (H + "    title x\n    url: https://a.vn\n", "yaml-syntax.missing-colon", 5, 10),
    (H + "    title: Hải Phòng: vươn ra\n", "yaml-syntax.colon", 5, 12),
    (H + "    title: “Hải Phòng: vươn ra”\n", "yaml-syntax.smart-quotes", 5, 12),
    (H + "      title: x\n", "yaml-syntax.indent-key", 5, 7),
    (H + '    title: "Đại hội" lần thứ I\n', "yaml-syntax.after-quote", 5, 12),
    (H + "    - date: 2025-10-01\n", "yaml-syntax.indent-dash", 5, 5),
    (H + "   title: x\n", "yaml-syntax.indent-key", 5, 4),
    (H + "   - date: 2025-10-01\n    kind: news\n", "yaml-syntax.indent-dash", 5, 4),
    (H + "    platforms: [zalo, facebook\n    title: x\n", "yaml-syntax.unclosed-bracket", 5, 16),
    # The ',' goes after 2025-09-29 (column 30); libyaml stops at the colon of "to" (33).
    (H + "    period: {from: 2025-09-29 to: 2025-10-05}\n", "yaml-syntax.flow", 5, 30),
    (H + "    title: @haiphong\n", "yaml-syntax.token", 5, 12),
    (H + "    title: &x tin\n    note: *x\n", "unsafe-yaml.anchor", 5, 12),
    (H + "    title: *Nóng*\n", "yaml-syntax.token", 5, 12),
    (H + "    title: | Tin |\n", "yaml-syntax.token", 5, 12),
    (H + "    title: - Tin\n", "yaml-syntax.token", 5, 12),
    (H + "    title: ? Tin\n", "yaml-syntax.token", 5, 12),
    (" unit: phuong-hong-bang\nitems: []\n", "yaml-syntax.top-indent", 1, 1),
]


def _complaint(data: bytes) -> yaml.MarkedYAMLError:
    parser = CParser(data)
    with pytest.raises(yaml.MarkedYAMLError) as caught:
        while parser.get_event() is not None:
            pass
    return caught.value


@pytest.mark.parametrize(("text", "msg_id", "line", "column"), SYNTAX_CASES)
def test_each_case_of_the_table(ctx: Context, text: str, msg_id: str, line: int, column: int) -> None:
    (problem,) = problems(ctx, text.encode())
    assert (problem.msg_id, problem.line, problem.column) == (msg_id, line, column)


def test_every_row_of_the_table_has_a_case() -> None:
    met: set[int] = set()
    for text, *_ in SYNTAX_CASES:
        if not text.startswith(H) or "&x" not in text:  # anchors are refused by us, not libyaml
            error = _complaint(text.encode())
        else:
            continue
        for row, (words, context_words, _, _) in enumerate(syntax.DIAGNOSES):
            if words in (error.problem or "") and (
                context_words is None or context_words in (error.context or "")
            ):
                met.add(row)
                break
    assert [syntax.DIAGNOSES[row][:2] for row in range(len(syntax.DIAGNOSES)) if row not in met] == []


def test_what_libyaml_leaves_unnamed_keeps_its_own_words(ctx: Context) -> None:
    (problem,) = problems(ctx, b"unit: phuong-hong-bang\nitems: !x!y z\n")
    assert (problem.code, problem.line, problem.column) == ("yaml-syntax", 2, 8)
    assert problem.message("vi").startswith("lỗi cú pháp YAML: ")


# -- comment-in-value ----------------------------------------------------------------------------


def _post(title: str, url: str = "", day: str = "2025-09-30") -> str:
    return f"  - date: {day}\n    kind: portal_post\n    title: {title}\n" + (
        f"    url: {url}\n" if url else ""
    )


def test_a_cut_title_is_a_warning_and_the_item_counts(plan: Plan, tmp_path: Path) -> None:
    items = _post("Bản tin số #1 về Đại hội") + _post("Bản tin số #2 về Đại hội") + _post("Bản tin số #3")
    (tmp_path / "w.yaml").write_text("unit: phuong-hong-bang\nitems:\n" + items, encoding="utf-8")
    report = run_check(plan, CheckOptions((tmp_path,), AS_OF, today=TODAY))
    assert [(p.line, p.code, p.severity) for p in report.problems] == [
        (5, "comment-in-value", "warning"),
        (8, "comment-in-value", "warning"),
        (11, "comment-in-value", "warning"),
    ]
    # Three items, all counted: their cut titles ("Bản tin số") do not make them one item.
    assert report.tally.units["phuong-hong-bang"][("portal_post", "vi", -1, 0)] == {
        date(2025, 9, 30).toordinal(): 3
    }
    assert report.errors == 0
    message = report.problems[0].message("vi")
    assert "'Bản tin số'" in message and 'title: "Bản tin số #1 về Đại hội"' in message


def test_a_cut_title_is_a_duplicate_by_its_url_only(plan: Plan, tmp_path: Path) -> None:
    url = "https://hongbang.haiphong.gov.vn/tin/7"
    items = (
        _post("Tin số", "https://hongbang.haiphong.gov.vn/tin/1")
        + _post("Tin số #2", url)
        + _post("Tin số #3", url)
    )
    (tmp_path / "w.yaml").write_text("unit: phuong-hong-bang\nitems:\n" + items, encoding="utf-8")
    report = run_check(plan, CheckOptions((tmp_path,), AS_OF, today=TODAY))
    # "Tin số #2" reads as "Tin số", the title of the first item: not a duplicate of it; the
    # third shares the second's URL: a duplicate.
    assert [(p.line, p.code) for p in report.problems] == [
        (9, "comment-in-value"),
        (11, "duplicate-item"),
        (13, "comment-in-value"),
    ]


def test_a_comment_that_looks_like_one_is_not_a_cut_value(ctx: Context) -> None:
    for title in ("Chung tay   # bài đăng trên Zalo", '"Tin số #3"', "'Tin số #3'", "Tin#3", "C# và Python"):
        assert problems(ctx, (H + f"    title: {title}\n").encode()) == [], title


def test_a_cut_value_holding_a_double_quote_is_suggested_in_single_quotes(ctx: Context) -> None:
    (problem,) = problems(ctx, (H + '    title: Phát động "Tuần lễ" #1\n').encode())
    assert problem.code == "comment-in-value"
    assert "title: 'Phát động \"Tuần lễ\" #1'" in problem.message("en")


# -- not-a-submission ------------------------------------------------------------------------------

MISPLACED = {
    "w40/phuong-hong-bang.yaml.txt": "rename it to 'phuong-hong-bang.yaml'",
    "w40/phuong-le-chan.YML.TXT": "rename it to 'phuong-le-chan.YML'",
    "w40/tong-hop.xlsx": "hpcampaign import tong-hop.xlsx -o <folder>",
    "w40/tong-hop.csv": "hpcampaign import tong-hop.csv -o <folder>",
    "w40/cu.xls": "save it as .xlsx",
    "w40/bao-cao.docx": "hpcampaign new",
}


def test_files_saved_wrongly_are_reported_never_read(plan: Plan, tmp_path: Path) -> None:
    for name in MISPLACED:
        path = tmp_path / name
        path.parent.mkdir(exist_ok=True)
        if name.lower().endswith(".txt"):
            path.write_text(f"unit: {Path(name).name.split('.')[0]}\nitems: []\n", encoding="utf-8")
        else:
            os.symlink(tmp_path / f"nowhere-{path.name}", path)  # read, it would be `unreadable`
    for skipped in (".nhap/x.yaml.txt", "w40/~$tong-hop.xlsx", "w40/.tong-hop.csv", "w40/ghi-chu.txt"):
        (tmp_path / skipped).parent.mkdir(exist_ok=True)
        (tmp_path / skipped).write_text("x", encoding="utf-8")
    report = run_check(plan, CheckOptions((tmp_path,), AS_OF, today=TODAY))
    said = {Path(p.path).name: p for p in report.problems}
    assert set(said) == {Path(name).name for name in MISPLACED}
    for name, advice in MISPLACED.items():
        problem = said[Path(name).name]
        assert (problem.code, problem.severity, problem.line, problem.column) == (
            "not-a-submission",
            "warning",
            None,
            None,
        )
        assert advice in problem.message("en"), problem.message("en")
        assert (
            problem.message("vi") != problem.message("en") and "hpcampaign" not in problem.message("vi")[:20]
        )
    assert report.errors == 0 and all(f.voided for f in report.files)
    # The unit a .yaml.txt names has sent something (misnamed): it is not "chưa báo cáo".
    assert "phuong-hong-bang" not in report.units_without_files
    assert "phuong-le-chan" not in report.units_without_files


def test_a_spreadsheet_named_on_the_command_line_is_not_read_as_yaml(ctx: Context, tmp_path: Path) -> None:
    path = tmp_path / "bang.csv"
    path.write_text("Ngày;Loại\n29/09/2025;tin\n", encoding="utf-8")
    (problem,) = check_file(path, ctx).problems
    assert problem.msg_id == "not-a-submission.spreadsheet"
    assert "dùng lệnh hpcampaign import bang.csv" in problem.message("vi")


def test_discovery_lists_them_beside_the_submissions(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yml", "c.yaml.txt", "d.xlsx", "e.txt", "f.pdf", "~$g.xlsx"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in discover([tmp_path]).files] == ["a.yaml", "b.yml", "c.yaml.txt", "d.xlsx"]
