"""Shell completion (SPEC 5 revision 2): ``--install-completion`` and ``--show-completion``, said in the run's language.

Completion is click's: the shell runs ``hpcampaign`` with ``_HPCAMPAIGN_COMPLETE`` set and reads
the candidates back; a half-typed or unknown command word is never an error said on the terminal.
"""

from __future__ import annotations

import os
import subprocess
import sys

from typer.testing import CliRunner

from hpcampaign.cli.app import app

from .conftest import ROOT


def test_root_help_lists_the_completion_options_in_the_run_s_language() -> None:
    vietnamese = " ".join(CliRunner().invoke(app, ["--help"]).stdout.split())
    assert (
        "--install-completion Cài phần tự hoàn thành lệnh (phím Tab) cho trình shell đang dùng." in vietnamese
    )
    assert "--show-completion In đoạn mã tự hoàn thành lệnh cho trình shell đang dùng" in vietnamese
    english = " ".join(CliRunner().invoke(app, ["--help"], env={"HPCAMPAIGN_LANG": "en"}).stdout.split())
    assert "--install-completion Install completion for the current shell." in english


def complete(words: str, cword: int) -> subprocess.CompletedProcess[str]:
    env = os.environ | {
        "_HPCAMPAIGN_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(cword),
    }
    return subprocess.run(
        [sys.executable, "-m", "hpcampaign"], env=env, cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_bash_completes_commands_options_and_schema_names() -> None:
    assert complete("hpcampaign ch", 1).stdout.split() == ["check"]
    assert "--format" in complete("hpcampaign check --fo", 2).stdout.split()
    assert complete("hpcampaign schema ", 2).stdout.split() == ["plan", "submission", "check"]


def test_an_unknown_command_word_is_no_error_while_completing() -> None:
    result = complete("hpcampaign xyz ", 2)
    assert result.returncode == 0
    assert result.stderr == ""


def test_show_completion_prints_a_script() -> None:
    # typer's own switch: the shell is named on the command line instead of detected from the
    # processes above (none is a shell under a test runner).
    env = os.environ | {"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "hpcampaign", "--show-completion", "bash"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "_hpcampaign_completion" in result.stdout and "_HPCAMPAIGN_COMPLETE" in result.stdout
