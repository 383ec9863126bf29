"""``check``'s own reader of its options: a clerk's run without the command-line framework.

Importing typer, and its building of a validator for every option when a command runs, costs a
``check`` of one file more than everything else it does (typer validates options with pydantic).
So ``hpcampaign check`` first reads its arguments here: when they are in the usual forms (paths,
``--option value`` or ``--option=value`` for the options below, ``--no-cache``, each option at
most once, every value one the option takes), the command runs at once
(:func:`hpcampaign.cli.running.check`, the very function typer's ``check`` calls). Anything
else (``--help``, an unknown or repeated option, a value missing or not taken, ``--``, the
shell's completion) is left to typer, which runs it or says what is wrong, as it always has. So
this reader never refuses anything and never says anything: what it does not take, typer reads.
On Windows the arguments are first expanded as typer expands them (``~``, variables, wildcards).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from hpcampaign import EXIT_USAGE
from hpcampaign.records import FAIL_LEVELS
from hpcampaign.text.language import LANGS, language

#: check's options that take a value (each of its names → the parameter), as
#: :func:`hpcampaign.cli.app.check` declares them (``tests/test_quick.py`` compares the two).
VALUED = {
    "--plan": "plan",
    "--as-of": "as_of",
    "--phase": "phase",
    "--unit": "unit",
    "--format": "format",
    "-f": "format",
    "--output": "output",
    "-o": "output",
    "--fail-on": "fail_on",
    "--lang": "lang",
    "--jobs": "jobs",
    "--tree": "tree",
}
#: check's flags (no value).
FLAGS = {"--no-cache": "no_cache"}
#: The options whose value is a path.
PATHS = frozenset({"plan", "output", "tree"})
#: Set in the environment while the shell completes a word: typer's business.
_COMPLETING = "_HPCAMPAIGN_COMPLETE"


def read(args: Sequence[str], formats: Sequence[str]) -> dict[str, object] | None:
    """The parameters of :func:`hpcampaign.cli.running.check` that ``args`` (what follows
    ``check``) give, or None when typer should read them (see the module's docstring).
    ``formats``: the formats ``--format`` takes."""
    if _COMPLETING in os.environ:
        return None
    args = expanded(args, windows=os.name == "nt")
    values: dict[str, object] = {}
    paths: list[Path] = []
    taken: dict[str, Sequence[str]] = {"format": formats, "fail_on": FAIL_LEVELS, "lang": LANGS}
    index = 0
    while index < len(args):
        arg = args[index]
        index += 1
        if not arg.startswith("-"):
            paths.append(Path(arg))
            continue
        name, sep, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        given: object
        if name in FLAGS and not sep:
            key, given = FLAGS[name], True
        elif name in VALUED:
            key = VALUED[name]
            if not sep:
                if index == len(args):
                    return None
                value, index = args[index], index + 1
            given = _value(key, value, taken)
            if given is None:
                return None
        else:
            return None
        if key in values:
            return None
        values[key] = given
    if not paths:
        return None
    values.setdefault("lang", language())  # as --lang's callback: HPCAMPAIGN_LANG, else vi
    values.setdefault("format", formats[0])
    values.setdefault("fail_on", FAIL_LEVELS[0])
    return {"paths": tuple(paths), **values}


def expanded(args: Sequence[str], *, windows: bool) -> list[str]:
    """The arguments as typer reads them: on Windows, whose shells expand nothing, it expands
    ``~``, environment variables and wildcards itself (an argument no file matches stays as it is)."""
    if not windows:
        return list(args)
    import glob
    import re

    found: list[str] = []
    for arg in args:
        arg = os.path.expandvars(os.path.expanduser(arg))
        try:
            matches = glob.glob(arg, recursive=True)
        except re.error:
            matches = []
        found.extend(matches or [arg])
    return found


def _value(key: str, value: str, taken: dict[str, Sequence[str]]) -> object | None:
    """An option's value as typer would pass it, or None when typer should judge it."""
    if not value or value.startswith("-"):
        return None
    if key in taken:
        return value if value in taken[key] else None
    if key == "jobs":
        text = value.strip()
        return int(text) if text.isdigit() and 1 <= int(text) <= 64 else None
    return Path(value) if key in PATHS else value


def run(args: Sequence[str]) -> int | None:
    """Run ``hpcampaign check`` with ``args`` when :func:`read` takes them: its exit code; None
    when typer should read them."""
    from hpcampaign.outputs import names

    options = read(args, names("check"))
    if options is None:
        return None
    from hpcampaign.cli import running
    from hpcampaign.cli.said import Stop, UsageProblem, tell

    check: Callable[..., int] = running.check
    try:
        return check(**options)
    except UsageProblem as problem:
        tell(problem.said(language(["check", *args])))
        return EXIT_USAGE
    except Stop as stop:
        return stop.code
