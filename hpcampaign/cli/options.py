"""Options every command shares, said in the run's language (:mod:`hpcampaign.cli.speech`).

An option's help and metavar are catalogue ids; ``--lang`` and ``--plan`` are the same option in
every command (``check``, ``report``, ``plan``, ``schema``, ``new``, ``import``), defined here once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from hpcampaign.cli.said import lang_option
from hpcampaign.text.language import LANGS
from hpcampaign.text.sentences import SentenceId


def option(*names: str, help: SentenceId, metavar: SentenceId | None = None, **settings: Any) -> Any:
    """A typer option whose help and metavar are catalogue ids, said in the run's language."""
    return typer.Option(*names, help=help, metavar=metavar, **settings)


PlanOption = Annotated[
    Path | None, option("--plan", help="help.plan-file", metavar="metavar.file", show_default=False)
]
LangOption = Annotated[
    str | None, typer.Option("--lang", metavar="|".join(LANGS), callback=lang_option, help="help.lang")
]
