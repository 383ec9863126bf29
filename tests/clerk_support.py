"""What the tests of ``new`` and ``import`` share: a root command with them, runs from the repository's
root, the real ``check`` on what they write, and comment text read back as a person reads it.

The commands are added to a root command of their own (:func:`hpcampaign.cli.clerk.register`, as
:mod:`hpcampaign.cli.app` does), loading the plan as every command does (``hpcampaign.cli.running.plan_of``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from typer.testing import CliRunner, Result

import hpcampaign.cli.app as cli
import hpcampaign.cli.running as running
from hpcampaign.cli.clerk import register
from hpcampaign.cli.speech import SaidGroup

# One list of the English words a Vietnamese line never holds: the one-voice tests' own.
from .test_one_voice import ENGLISH as ENGLISH
from .test_one_voice import VIETNAMESE as VIETNAMESE

APP = typer.Typer(
    cls=SaidGroup,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
register(APP, running.plan_of)


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    """``hpcampaign ARGS`` for ``new`` and ``import``, from the repository's root."""
    return CliRunner().invoke(APP, list(args), env=env)


def check_json(*paths: Path | str, as_of: str = "2025-09-28", unit: str | None = None) -> dict[str, Any]:
    """The real ``check --format json`` of some files (problems included)."""
    args = ["check", *map(str, paths), "--format", "json", "--as-of", as_of, "--fail-on", "problems"]
    if unit is not None:
        args += ["--unit", unit]
    result = CliRunner().invoke(cli.app, args)
    assert result.exit_code in (0, 3), result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def comments(text: str) -> str:
    """The comment lines of a YAML text as one paragraph (wrapping undone, spaces collapsed)."""
    said = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
    return " ".join(" ".join(said).split())
