"""What every command says outside the command-line framework: usage errors, lines on standard
error, the run's language from ``--lang``, and the end of a command with an exit code.

Nothing here imports typer or rich: ``check``'s own reader of its options
(:mod:`hpcampaign.cli.quick`) and the commands' bodies (:mod:`hpcampaign.cli.running`) use it
without the framework; :mod:`hpcampaign.cli.speech` says the same errors through typer.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import NoReturn

from hpcampaign.records import Lang
from hpcampaign.text.catalogue import hint, say
from hpcampaign.text.language import LANGS, language
from hpcampaign.text.safe import safe
from hpcampaign.text.sentences import SentenceId


class UsageProblem(Exception):
    """A usage error (exit 2) as a catalogue sentence and its fields, said in the run's language.

    A ``suggestion`` field becomes the "did you mean" tail (``hint``), as in problem messages.
    """

    def __init__(self, msg_id: SentenceId, **params: object) -> None:
        super().__init__(msg_id)
        self.msg_id = msg_id
        self.params = params

    def said(self, lang: Lang) -> str:
        params = dict(self.params)
        if "suggestion" in params:
            suggestion = params.pop("suggestion")
            params["hint"] = hint(str(suggestion) if suggestion else None, lang)
        return say(self.msg_id, lang, **params)


def usage(msg_id: SentenceId, **params: object) -> NoReturn:
    raise UsageProblem(msg_id, **params)


class Stop(Exception):
    """The end of a command with exit code ``code``, whatever called it (typer, or ``check``'s
    own reader of its options)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def tell(text: str) -> None:
    """One line on standard error, "hpcampaign: …", made safe for the terminal."""
    say_line(f"hpcampaign: {safe(text)}")


def say_line(text: str) -> None:
    """``text`` (already safe) and a line break on standard error, at once."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


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
