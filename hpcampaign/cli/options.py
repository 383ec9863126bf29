"""Options every command shares, said in the run's language (:mod:`hpcampaign.cli.speech`).

An option's help and metavar are catalogue ids; ``--lang`` and ``--plan`` are the same option in
every command (``check``, ``report``, ``plan``, ``schema``, ``new``, ``import``), defined here once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from hpcampaign.cli.speech import usage
from hpcampaign.records import Lang
from hpcampaign.text.language import LANGS, language
from hpcampaign.text.sentences import SentenceId


def option(*names: str, help: SentenceId, metavar: SentenceId | None = None, **settings: Any) -> Any:
    """A typer option whose help and metavar are catalogue ids, said in the run's language."""
    return typer.Option(*names, help=help, metavar=metavar, **settings)


def one_of(option: str, values: tuple[str, ...]) -> Callable[[str], str]:
    """A check that an option's value is one of ``values`` (named in the error)."""

    def check(value: str) -> str:
        if value not in values:
            usage("usage.choice", option=option, value=value, choices=", ".join(values))
        return value

    return check


def lang_option(value: str | None) -> str:
    """``--lang``: vi or en; not given, :func:`hpcampaign.text.language.language` decides
    (``HPCAMPAIGN_LANG``, else vi)."""
    if value is None:
        return language()
    return one_of("--lang", LANGS)(value)


def spoken(value: str | None) -> Lang:
    """The language of a run, from ``--lang`` once checked."""
    return "en" if value == "en" else "vi"


PlanOption = Annotated[
    Path | None, option("--plan", help="help.plan-file", metavar="metavar.file", show_default=False)
]
LangOption = Annotated[
    str | None, typer.Option("--lang", metavar="|".join(LANGS), callback=lang_option, help="help.lang")
]
