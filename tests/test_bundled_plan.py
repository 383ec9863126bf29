"""The plan inside the package (SPEC 5 revision 2): ``pip install`` then ``check`` works anywhere.

Which plan a run uses: ``--plan``, else ``HPCAMPAIGN_PLAN``, else ``plans/haiphong-2025.yaml``
under the current folder, else the bundled one (``builtin:haiphong-2025``); every output names
it. ``plan --export FILE`` writes the bundled plan for the office to edit, never over a file.
The wheel test builds the package and runs it from an empty folder, as a clerk would after
``pip install``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hpcampaign.cli.app import app
from hpcampaign.plan import bundled

from .conftest import PLAN_PATH, ROOT

SUBMISSION = """unit: phuong-hong-bang
items:
  - {date: 2025-09-02, kind: loudspeaker_broadcast, count: 4}
"""


@pytest.fixture
def somewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder (no plans/), with one submission in it, and no HPCAMPAIGN_PLAN."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HPCAMPAIGN_PLAN", raising=False)
    (tmp_path / "nop").mkdir()
    (tmp_path / "nop" / "phuong-hong-bang.yaml").write_text(SUBMISSION, encoding="utf-8")
    return tmp_path


def plan_used(*args: str) -> str:
    result = CliRunner().invoke(app, ["check", "nop", "--as-of", "2025-09-30", "-f", "json", *args])
    assert result.exit_code == 1, result.output  # loudspeaker targets missed: a verdict, not a fault
    name = json.loads(result.stdout)["plan"]
    assert isinstance(name, str)
    return name


def test_the_bundled_plan_is_the_repository_s() -> None:
    assert bundled.data() == PLAN_PATH.read_bytes()
    assert [rule.id for rule in bundled.load().rules][:2] == ["press-daily-before", "trailer-daily-before"]


def test_outside_a_clone_the_bundled_plan_is_used_and_named(somewhere: Path) -> None:
    assert plan_used() == "builtin:haiphong-2025"
    table = CliRunner().invoke(app, ["check", "nop", "--as-of", "2025-09-30"]).output
    assert "kế hoạch: kế hoạch cài sẵn (haiphong-2025)" in table
    english = CliRunner().invoke(app, ["check", "nop", "--as-of", "2025-09-30", "--lang", "en"]).output
    assert "plan: the plan inside the package (haiphong-2025)" in english


def test_the_folder_s_plan_then_the_environment_then_the_option(somewhere: Path) -> None:
    (somewhere / "plans").mkdir()
    (somewhere / "plans" / "haiphong-2025.yaml").write_bytes(PLAN_PATH.read_bytes())
    assert plan_used() == "plans/haiphong-2025.yaml"
    other = somewhere / "other.yaml"
    other.write_bytes(PLAN_PATH.read_bytes())
    os.environ["HPCAMPAIGN_PLAN"] = str(other)
    try:
        assert plan_used() == str(other)
        assert plan_used("--plan", "plans/haiphong-2025.yaml") == "plans/haiphong-2025.yaml"
    finally:
        del os.environ["HPCAMPAIGN_PLAN"]


def test_a_missing_plan_named_by_the_environment_is_a_usage_error(somewhere: Path) -> None:
    result = CliRunner().invoke(app, ["check", "nop"], env={"HPCAMPAIGN_PLAN": "no/such/plan.yaml"})
    assert result.exit_code == 2
    assert "không có tệp kế hoạch no/such/plan.yaml" in result.output


def test_export_writes_the_bundled_plan_and_never_over_a_file(somewhere: Path) -> None:
    result = CliRunner().invoke(app, ["plan", "--export", "ke-hoach.yaml"])
    assert result.exit_code == 0, result.output
    assert (somewhere / "ke-hoach.yaml").read_bytes() == PLAN_PATH.read_bytes()
    assert "đã ghi kế hoạch cài sẵn (builtin:haiphong-2025) ra ke-hoach.yaml" in result.output
    again = CliRunner().invoke(app, ["plan", "--export", "ke-hoach.yaml"])
    assert again.exit_code == 2
    assert "ke-hoach.yaml đã có: hpcampaign không ghi đè lên tệp" in again.output


def test_the_built_wheel_checks_files_in_an_empty_folder(tmp_path: Path) -> None:
    """Build the wheel, install it into a folder of its own, run it from an empty folder."""
    wheels, target, empty = tmp_path / "wheels", tmp_path / "site", tmp_path / "empty"
    empty.mkdir()
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-w", str(wheels)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    (wheel,) = wheels.glob("hpcampaign-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True)
    (empty / "w36").mkdir()
    (empty / "w36" / "phuong-hong-bang.yaml").write_text(SUBMISSION, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "HPCAMPAIGN_PLAN"} | {"PYTHONPATH": str(target)}
    where = subprocess.run(
        [sys.executable, "-c", "import hpcampaign; print(hpcampaign.__file__)"],
        cwd=empty,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(target))  # the wheel's copy, not this checkout
    run = subprocess.run(
        [sys.executable, "-m", "hpcampaign", "check", "w36", "--as-of", "2025-09-30", "-f", "json"],
        cwd=empty,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1, run.stderr  # a missed target: the plan was found and applied
    data = json.loads(run.stdout)
    assert data["plan"] == "builtin:haiphong-2025"
    assert data["files"] == [
        {
            "path": "w36/phuong-hong-bang.yaml",
            "unit": "phuong-hong-bang",
            "items": 1,
            "errors": 0,
            "voided": False,
            "difficulties": [],
        }
    ]
