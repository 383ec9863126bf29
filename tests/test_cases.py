"""The cases under ``tests/cases/``: one folder each, run through ``hpcampaign check``.

A case is submission files, ``args.txt`` and ``expected.json`` (``tests/cases/README.md`` says
how to write one). The files are copied to a temporary folder and checked there, with the
arguments of ``args.txt``, ``--format json`` and the case's own ``plan.yaml`` if it has one (the
shipped plan otherwise). Then every expected problem must be reported and no other one, every
expected result must be among the results (with the values it gives), and the exit code must be
the expected one when ``expected.json`` says it. A new case is a new folder: nothing here changes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from hpcampaign.cli.app import app

from .conftest import PLAN_PATH, ROOT

CASES = ROOT / "tests" / "cases"
#: Files of a case folder that are not submissions.
NOT_SUBMISSIONS = ("args.txt", "expected.json", "plan.yaml", "README.md")
#: What an expected problem or result may say (the keys of ``check --format json``).
PROBLEM_KEYS = frozenset({"path", "line", "column", "code", "severity"})
RESULT_KEYS = frozenset(
    {"rule", "scope", "phase", "from", "to", "status", "actual", "min", "max", "language"}
)
#: Options the runner sets itself.
OWN_OPTIONS = ("--format", "-f", "--plan", "--output", "-o")


def folders() -> list[Path]:
    return sorted(path for path in CASES.iterdir() if path.is_dir())


def read_args(case: Path) -> list[str]:
    """The arguments of ``args.txt``: one per line, blank lines and ``#`` comments skipped."""
    lines = (case / "args.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def read_expected(case: Path) -> dict[str, Any]:
    expected: dict[str, Any] = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    unknown = set(expected) - {"about", "exit_code", "problems", "results", "summary"}
    assert not unknown, f"{case.name}/expected.json: unknown keys {sorted(unknown)}"
    for problem in expected.get("problems", []):
        assert set(problem) <= PROBLEM_KEYS and {"path", "line", "column", "code"} <= set(problem), problem
    for result in expected.get("results", []):
        assert set(result) <= RESULT_KEYS and {"rule", "scope"} <= set(result), result
    return expected


def run(case: Path, work: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, dict[str, Any]]:
    """``hpcampaign check`` on a copy of the case's submissions; the exit code and the JSON."""
    copy = work / case.name
    shutil.copytree(case, copy, ignore=shutil.ignore_patterns(*NOT_SUBMISSIONS))
    plan = case / "plan.yaml" if (case / "plan.yaml").exists() else PLAN_PATH
    args = read_args(case)
    assert not set(args) & set(OWN_OPTIONS), f"{case.name}/args.txt: the runner sets {OWN_OPTIONS} itself"
    monkeypatch.chdir(work)  # paths in the output are then "<case>/<file>"
    result = CliRunner().invoke(app, ["check", case.name, "--plan", str(plan), "--format", "json", *args])
    assert result.stdout.startswith("{"), result.output
    return result.exit_code, json.loads(result.stdout)


def test_there_are_cases() -> None:
    assert len(folders()) >= 8
    for case in folders():
        assert (case / "args.txt").is_file() and (case / "expected.json").is_file(), case.name
        assert sorted(case.glob("*.yaml")), f"{case.name}: no submission file"


@pytest.mark.parametrize("case", folders(), ids=[case.name for case in folders()])
def test_case(case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = read_expected(case)
    code, data = run(case, tmp_path, monkeypatch)
    prefix = f"{case.name}/"
    problems = []
    for problem in data["problems"]:
        assert problem["path"].startswith(prefix), problem
        problems.append({**problem, "path": problem["path"].removeprefix(prefix)})
    wanted = expected.get("problems", [])
    found = [{key: p[key] for key in ("path", "line", "column", "code")} for p in problems]
    # Every expected problem, and no other one (each expected problem may also give its severity).
    assert sorted(found, key=_order) == sorted(
        ({key: p[key] for key in ("path", "line", "column", "code")} for p in wanted), key=_order
    )
    for want in wanted:
        if "severity" in want:
            match = next(
                p for p in problems if all(p[key] == want[key] for key in ("path", "line", "column", "code"))
            )
            assert match["severity"] == want["severity"], want
    for want in expected.get("results", []):
        same = [r for r in data["results"] if all(r.get(key) == value for key, value in want.items())]
        keys = [key for key in ("rule", "scope", "from", "language") if key in want]
        near = [r for r in data["results"] if all(r.get(key) == want[key] for key in keys)]
        assert same, f"no result {want}; the results of that rule, scope and start: {near[:5]}"
    for key, value in expected.get("summary", {}).items():
        assert data["summary"][key] == value, key
    if "exit_code" in expected:
        assert code == expected["exit_code"]


def _order(problem: dict[str, Any]) -> tuple[str, int, int, str]:
    return (problem["path"], problem["line"] or 0, problem["column"] or 0, problem["code"])
