"""``check --format github`` as GitHub Actions runs it: a workspace, a working folder, a summary.

A fake workspace: a temporary folder as ``GITHUB_WORKSPACE`` holding ``submissions/`` (the check
fixtures), the command run from a subfolder (``working-directory: ci``), a temporary file with a
previous step's text as ``GITHUB_STEP_SUMMARY``. Annotations name files from the repository root;
errors come first; the summary is appended (never truncated) and holds every problem and every
result needing attention, whatever the 10 annotations of a kind GitHub shows.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from hpcampaign.cli.app import app
from hpcampaign.records import Lang

from .conftest import PLAN_PATH, ROOT

AS_OF = "2025-09-27"
PREVIOUS = "## an earlier step\n\nits own summary\n"
LANGS: tuple[Lang, ...] = ("vi", "en")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    repository = tmp_path / "repo"
    shutil.copytree(ROOT / "tests" / "fixtures" / "check", repository / "submissions")
    (repository / "ci").mkdir()
    monkeypatch.chdir(repository / "ci")
    summary = tmp_path / "step-summary.md"
    summary.write_text(PREVIOUS, encoding="utf-8")
    for name in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GITHUB_WORKSPACE", str(repository))
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    return repository


def run(*args: str) -> Result:
    return CliRunner().invoke(
        app, ["check", "../submissions", "--plan", str(PLAN_PATH), "--as-of", AS_OF, *args]
    )


def summary_text(workspace: Path) -> str:
    return (workspace.parent / "step-summary.md").read_text(encoding="utf-8")


def as_json(*args: str) -> dict[str, object]:
    data: dict[str, object] = json.loads(run("--format", "json", *args).stdout)
    return data


def test_paths_from_the_repository_root_and_errors_first(workspace: Path) -> None:
    result = run("--format", "github")
    assert result.exit_code == 3
    lines = result.stdout.splitlines()
    files = [line for line in lines if " file=" in line]
    assert files and all(" file=submissions/w3" in line for line in files)
    assert (
        "::error file=submissions/w39/bao-va-ptth-hai-phong.yaml,line=7,col=30,title=unknown-kind::"
        in result.stdout
    )
    kinds = [line.split(" ", 1)[0] for line in lines[:-1]]
    levels = [
        ("::error" if " file=" in line else "rule-error") if k == "::error" else k
        for k, line in zip(kinds, lines, strict=False)
    ]
    order = {"::error": 0, "rule-error": 1, "::warning": 2, "::notice": 3}
    assert [order[level] for level in levels] == sorted(order[level] for level in levels)
    assert levels.count("::error") == 6 and levels.count("::warning") == 2 and "::notice" in levels


def test_a_path_outside_the_workspace_is_shown_as_given(workspace: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    shutil.copytree(workspace / "submissions" / "w39", outside)
    result = CliRunner().invoke(
        app, ["check", str(outside), "--plan", str(PLAN_PATH), "--as-of", AS_OF, "--format", "github"]
    )
    assert f"::error file={outside}/xa-an-lao.yaml,line=7,col=5,title=unknown-field::" in result.stdout


@pytest.mark.parametrize("lang", LANGS)
def test_the_summary_is_appended_and_holds_everything(workspace: Path, lang: Lang) -> None:
    result = run("--format", "github", "--lang", lang)
    assert result.exit_code == 3
    text = summary_text(workspace)
    assert text.startswith(PREVIOUS)  # appended, never truncated
    added = text[len(PREVIOUS) :]
    data = as_json("--lang", lang)
    problems, results = data["problems"], data["results"]
    assert isinstance(problems, list) and isinstance(results, list)
    for problem in problems:
        where = f"{problem['path'].removeprefix('../')}:{problem['line']}:{problem['column']}"
        assert f"| {where} | {problem['code']} |" in added.replace("❌ ", "").replace("⚠️ ", "")
        assert problem["message"].replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;") in added
    attention = {r["rule"] for r in results if r["status"] in ("missed", "behind", "over")}
    rows = [line for line in added.splitlines() if line.startswith("| ") and "(" in line.split("|")[1]]
    assert {row.split("|")[1].strip().removeprefix("❌ ").split(" ")[0] for row in rows} == attention
    assert len(attention) > 10  # more than GitHub shows as annotations of a kind
    assert "Phường Thủy Nguyên" in added and "Đài Truyền hình Việt Nam" in added  # unit names
    counts = result.stdout.splitlines()[-1]
    assert counts.removeprefix("hpcampaign: ").split(";")[0] in added
    # A second run appends again.
    run("--format", "github", "--lang", lang)
    assert summary_text(workspace) == PREVIOUS + added + added


def test_problems_link_to_their_lines_when_the_commit_is_known(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://github.com")
    monkeypatch.setenv("GITHUB_REPOSITORY", "office/campaign")
    monkeypatch.setenv("GITHUB_SHA", "0123abc")
    run("--format", "github")
    assert (
        "[submissions/w39/xa-an-lao.yaml:7:5](https://github.com/office/campaign/blob/0123abc/"
        "submissions/w39/xa-an-lao.yaml#L7)" in summary_text(workspace)
    )


def test_no_summary_without_the_variable_and_none_for_other_formats(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("--format", "json")
    run("--format", "junit")
    assert summary_text(workspace) == PREVIOUS
    monkeypatch.delenv("GITHUB_STEP_SUMMARY")
    monkeypatch.delenv("GITHUB_WORKSPACE")
    result = run("--format", "github")
    assert "::error file=../submissions/w39/xa-an-lao.yaml,line=7,col=5" in result.stdout
    assert summary_text(workspace) == PREVIOUS


def test_an_unwritable_summary_changes_nothing(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(workspace / "no-such-folder" / "summary.md"))
    result = run("--format", "github")
    assert result.exit_code == 3 and result.stdout.splitlines()[-1].startswith("hpcampaign: ")


def test_hostile_text_cannot_break_the_summary(workspace: Path) -> None:
    (workspace / "submissions" / "w39" / "evil.yaml").write_text(
        'unit: vtv\nitems:\n  - {date: 2025-09-22, kind: "a|b<script>\\x1b[2J", title: t}\n', encoding="utf-8"
    )
    run("--format", "github")
    added = summary_text(workspace)[len(PREVIOUS) :]
    assert "<script>" not in added and "\x1b" not in added
    row = next(line for line in added.splitlines() if "evil.yaml" in line)
    assert row.count(" | ") == 2  # the cell's own | is escaped
