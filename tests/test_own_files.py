"""Checking one's own files (SPEC 5 revision 2), as pre-commit does: only files as paths.

A ward's clerk commits this week's file. The view is that file: its problems, the results of its
own unit (its own for "each" rules, its groups' for "combined" ones), a line per file; with
``--tree`` the results read every file of the tree (last week's broadcasts count toward this
week's average), without it they come from the given files alone, and the output says so. The
exit code is judged on those files and units only: another unit's missed target never fails it.

The tree written here, for Phường Hồng Bàng and Xã An Lão, in ``before`` (1–25/9/2025, 25 days,
closed as of 30/9): loudspeaker-before wants 2–3 broadcasts a week on average, 25 days = 25/7
weeks, so 8 broadcasts give 2.24 (ok) and 7 give 1.96 (missed).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hpcampaign.cli.app import app

from .conftest import PLAN_PATH

AS_OF = "2025-09-30"

WEEK_1 = """unit: phuong-hong-bang
items:
  - {date: 2025-09-02, kind: loudspeaker_broadcast, count: 4}
"""
# Four more broadcasts: with WEEK_1, 8 in `before` (2.24 a week, ok); alone, 4 (1.12, missed).
WEEK_3 = """unit: phuong-hong-bang
items:
  - {date: 2025-09-16, kind: loudspeaker_broadcast, count: 4}
"""
# Another unit, far behind: 1 broadcast in `before` (0.28 a week, missed).
AN_LAO = """unit: xa-an-lao
items:
  - {date: 2025-09-03, kind: loudspeaker_broadcast}
"""
BROKEN = """unit: phuong-hong-bang
items:
  - {date: 2025-09-17, kind: artcle, title: Tin}
"""


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "submissions"
    for name, text in {
        "w36/phuong-hong-bang.yaml": WEEK_1,
        "w38/phuong-hong-bang.yaml": WEEK_3,
        "w36/xa-an-lao.yaml": AN_LAO,
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["check", "--plan", str(PLAN_PATH), "--as-of", AS_OF, *args])
    return result.exit_code, result.output


def loudspeaker_before(data: dict[str, object]) -> list[tuple[str, float, str]]:
    results = data["results"]
    assert isinstance(results, list)
    return [(r["scope"], r["actual"], r["status"]) for r in results if r["rule"] == "loudspeaker-before"]


def test_one_file_alone_counts_only_itself_and_says_so(tree: Path) -> None:
    code, out = check(str(tree / "w38/phuong-hong-bang.yaml"), "-f", "json")
    data = json.loads(out)
    assert [f["path"] for f in data["files"]] == [f"{tree.as_posix()}/w38/phuong-hong-bang.yaml"]
    # 4 broadcasts over the 25 days of `before`: 4 ÷ (25/7) = 1.12 a week, missed.
    assert loudspeaker_before(data) == [("phuong-hong-bang", 1.12, "missed")]
    # Only the unit's own results: no other commune, no "units without files".
    assert {r["scope"] for r in data["results"]} <= {"phuong-hong-bang", "communes"}
    assert data["units_without_files"] == []
    assert code == 1  # the default --fail-on missed, judged on this unit alone
    code, table = check(str(tree / "w38/phuong-hong-bang.yaml"))
    assert "Kết quả trên chỉ tính từ các tệp đã cho; thêm --tree" in table
    assert f"✓ {tree.as_posix()}/w38/phuong-hong-bang.yaml — tệp hợp lệ" in table


def test_with_the_tree_the_unit_s_other_weeks_count(tree: Path) -> None:
    _code, out = check(str(tree / "w38/phuong-hong-bang.yaml"), "--tree", str(tree), "-f", "json")
    data = json.loads(out)
    # The view stays on the given file …
    assert [f["path"] for f in data["files"]] == [f"{tree.as_posix()}/w38/phuong-hong-bang.yaml"]
    # … but its unit's results read the tree: 4 + 4 = 8 broadcasts, 8 ÷ (25/7) = 2.24, ok.
    assert loudspeaker_before(data) == [("phuong-hong-bang", 2.24, "ok")]
    # Xã An Lão, missed in the same tree (0.28 a week), is not this clerk's business.
    assert "xa-an-lao" not in {r["scope"] for r in data["results"]}
    _code, table = check(str(tree / "w38/phuong-hong-bang.yaml"), "--tree", str(tree))
    assert "chỉ tính từ các tệp đã cho" not in table


def test_exit_code_is_judged_on_the_given_files_and_their_units(tree: Path) -> None:
    # The whole tree fails (Xã An Lão missed loudspeaker-before) …
    code, _ = check(str(tree), "--fail-on", "missed")
    assert code == 1
    # … the clerk of Hồng Bàng committing week 38 with the hook's options passes.
    code, out = check(str(tree / "w38/phuong-hong-bang.yaml"), "--tree", str(tree), "--fail-on", "problems")
    assert code == 0, out
    # A broken file of the clerk's own is exit 3, shown with its line and what to do.
    broken = tree / "w38/phuong-hong-bang-2.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    code, out = check(str(broken), "--tree", str(tree), "--fail-on", "problems")
    assert code == 3
    # "  - {date: 2025-09-17, kind: " is 29 characters: the kind starts at column 30.
    assert f"{broken.as_posix()}:3:30  unknown-kind" in out
    assert f"✗ {broken.as_posix()} — 1 lỗi cần sửa" in out


def test_the_pre_commit_output_fits_in_a_screen(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tree / "w38/phuong-hong-bang-2.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    # As pre-commit runs it: from the repository's root, the hook's options, the staged files.
    monkeypatch.chdir(tree.parent)
    hook = ["--tree", "submissions/", "--fail-on", "problems"]
    staged = ["submissions/w38/phuong-hong-bang-2.yaml", "submissions/w38/phuong-hong-bang.yaml"]
    result = CliRunner().invoke(
        app, ["check", "--plan", str(PLAN_PATH), "--as-of", AS_OF, *hook, *staged], env={"COLUMNS": "100"}
    )
    lines = result.output.splitlines()
    assert result.exit_code == 3
    # A commune is in 10 rules of the shipped plan: two lines each, and the problem, the file
    # lines and the headings around them: well under a 50-line screen.
    assert len(lines) <= 45, result.output
    assert max(len(line) for line in lines) <= 100
    assert "✗ submissions/w38/phuong-hong-bang-2.yaml — 1 lỗi cần sửa" in lines
    assert "✓ submissions/w38/phuong-hong-bang.yaml — tệp hợp lệ" in lines


def test_the_whole_picture_of_a_folder_is_unchanged(tree: Path) -> None:
    _code, out = check(str(tree), "-f", "json")
    data = json.loads(out)
    scopes = {scope for scope, _actual, _status in loudspeaker_before(data)}
    assert {"phuong-hong-bang", "xa-an-lao"} <= scopes and len(scopes) == 114  # every commune
    assert "phuong-le-chan" in data["units_without_files"]


def test_tree_must_be_a_folder(tree: Path) -> None:
    code, out = check(str(tree / "w38/phuong-hong-bang.yaml"), "--tree", str(tree / "w36/xa-an-lao.yaml"))
    assert code == 2
    assert "--tree cần một thư mục" in out
