"""``check`` without the framework (``hpcampaign/cli/quick.py``): the arguments it takes, and
that what it does with them is, byte for byte, what typer's ``check`` does.

Each case runs both ways in this process, under the same stand-ins for the standard streams
(``CliRunner.isolation``): typer's application, and :func:`hpcampaign.cli.quick.run`. A case the
quick reader leaves to typer (None) must be one the table below says it leaves.
"""

from __future__ import annotations

import typing
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from hpcampaign.cli import quick
from hpcampaign.cli.app import app, check
from hpcampaign.outputs import names

from .conftest import ROOT

ONE = "submissions/2025-W39/phuong-hong-bang.yaml"
FIXTURES = "tests/fixtures/check"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("HPCAMPAIGN_LANG", raising=False)


def test_the_options_are_checks_own() -> None:
    command = typer.main.get_command(app)
    assert isinstance(command, typer.core.TyperGroup)
    params = command.commands["check"].params
    valued = {opt: p.name for p in params if not getattr(p, "is_flag", False) for opt in p.opts}
    flags = {opt: p.name for p in params if getattr(p, "is_flag", False) for opt in p.opts}
    assert valued.pop("paths") == "paths"  # the argument
    assert valued == quick.VALUED
    assert flags == quick.FLAGS  # --help is added by click when it parses: left to typer
    hints = typing.get_type_hints(check)
    typed_as_path = {name for name, hint in hints.items() if Path in typing.get_args(hint)} - {"paths"}
    assert typed_as_path == quick.PATHS


def test_what_it_reads() -> None:
    args = ["a.yaml", "--jobs", " 3 ", "-o", "x.txt", "--no-cache", "b", "--as-of=29/09/2025", "-f", "json"]
    assert quick.read(args, ("table", "json")) == {
        "paths": (Path("a.yaml"), Path("b")),
        "jobs": 3,
        "output": Path("x.txt"),
        "no_cache": True,
        "as_of": "29/09/2025",
        "format": "json",
        "fail_on": "missed",
        "lang": "vi",
    }


def test_the_language_comes_from_the_environment_as_typer_takes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HPCAMPAIGN_LANG", "en")
    read = quick.read(["a.yaml"], ("table",))
    assert read is not None and read["lang"] == "en"


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        [],
        ["--as-of", "2025-09-30"],  # no path
        [ONE, "--bogus"],
        [ONE, "--as-of"],  # no value
        [ONE, "--as-of", "2025-09-30", "--as-of", "2025-09-29"],  # twice
        [ONE, "--", "x"],
        [ONE, "-fjson"],
        [ONE, "-f=json"],
        [ONE, "--no-cache=yes"],
        [ONE, "--format", "xml"],
        [ONE, "--fail-on", "never"],
        [ONE, "--lang", "fr"],
        [ONE, "--jobs", "0"],
        [ONE, "--jobs", "65"],
        [ONE, "--jobs", "x"],
        [ONE, "--plan", ""],
        [ONE, "-o", "-"],
        ["-"],
    ],
)
def test_what_it_leaves_to_typer(args: list[str]) -> None:
    assert quick.read(args, names("check")) is None


def test_the_shells_completion_is_left_to_typer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_HPCAMPAIGN_COMPLETE", "bash_complete")
    assert quick.read([ONE], names("check")) is None


Run = tuple[int | None, bytes, bytes]


def _both(args: list[str], env: dict[str, str] | None = None) -> tuple[Run, Run]:
    """(exit code, stdout, stderr) of typer's ``check`` and of the quick one, same streams."""
    runner = CliRunner()
    typer_result = runner.invoke(app, ["check", *args], env=env)
    typer_run: Run = (typer_result.exit_code, typer_result.stdout_bytes, typer_result.stderr_bytes)
    with runner.isolation(env=env) as (out, err, _):
        code = quick.run(args)
        quick_run: Run = (code, out.getvalue(), err.getvalue())
    return typer_run, quick_run


@pytest.mark.parametrize(
    ("args", "env"),
    [
        ([ONE, "--as-of", "2025-09-30"], None),
        ([ONE, "--as-of=2025-09-30", "--no-cache", "--lang", "en"], None),
        ([ONE, "--as-of", "2025-09-30"], {"HPCAMPAIGN_LANG": "en"}),
        ([FIXTURES, "--as-of", "2025-09-27", "-f", "json", "--phase", "during"], None),
        ([FIXTURES, "--as-of", "2025-09-27", "--format", "sarif", "--fail-on", "problems"], None),
        ([FIXTURES, "--as-of", "2025-09-27", "--format", "github", "--unit", "Phường Thủy Nguyên"], None),
        (["submissions", "--as-of", "2025-09-30", "--jobs", "2", "-f", "junit", "--phase", "before"], None),
        ([ONE, "--as-of", "2025-09-30", "--tree", "submissions", "--fail-on", "behind"], None),
        ([ONE, "--as-of", "2025-09-30", "--phase", "nope"], None),
        ([ONE, "--as-of", "2025-09-30", "--unit", "phuong-hong-bangg"], {"HPCAMPAIGN_LANG": "en"}),
        ([ONE, "--as-of", "30/13/2025"], None),
        (["nonexistent.yaml"], None),
        ([ONE, "-o", "out.yaml"], None),
        ([ONE, "--tree", "nonexistent"], None),
        ([ONE, "--plan", "nonexistent.yaml", "--lang", "en"], None),
        (["tests"], None),  # a folder without submissions
    ],
)
def test_it_does_what_typer_does(args: list[str], env: dict[str, str] | None) -> None:
    typer_run, quick_run = _both(args, env)
    assert quick_run == typer_run


def test_an_invalid_plan_is_said_the_same_way(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    shipped = (ROOT / "plans" / "haiphong-2025.yaml").read_text(encoding="utf-8")
    plan.write_text(shipped.replace("timezone: Asia/Ho_Chi_Minh", "timezone: Mars/Olympus"), encoding="utf-8")
    typer_run, quick_run = _both([ONE, "--plan", str(plan)])
    assert quick_run == typer_run
    assert typer_run[0] == 2


def test_on_windows_the_arguments_are_expanded_as_typer_expands_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.yaml", "b.yaml", "c.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    monkeypatch.setenv("HPCAMPAIGN_TEST_FOLDER", str(tmp_path))
    args = ["$HPCAMPAIGN_TEST_FOLDER/*.yaml", "--as-of", "2025-09-30", str(tmp_path / "none-*.yaml")]
    found = quick.expanded(args, windows=True)
    assert sorted(found[:2]) == [str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")]  # in the folder's order
    assert found[2:] == ["--as-of", "2025-09-30", str(tmp_path / "none-*.yaml")]
    assert quick.expanded(args, windows=False) == args
