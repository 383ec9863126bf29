"""The command line's voice: one language per run, every usage error and ``--help`` from the catalogue.

The language of a run is :func:`hpcampaign.text.language.language` of its arguments (``--lang``,
then ``HPCAMPAIGN_LANG``, then Vietnamese), chosen before anything is parsed; every usage error
(ours, and typer's and click's own: an unknown option, a missing value or argument) is a
catalogue sentence said in it, on one line, exit 2; ``--help`` is written from the catalogue in it
too (help texts and metavars of the commands are catalogue ids, not text).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import typer

# Typer (≥ 0.26) carries its own copy of click: the usage errors it raises, its contexts and its
# help formatter are those, and the hooks below (one language for every message, --help from the
# catalogue) need their types. The click package, if installed, is another copy, never raised.
from typer._click import Command, Context, HelpFormatter, Parameter
from typer._click.exceptions import (
    BadOptionUsage,
    BadParameter,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchOption,
    UsageError,
)
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from hpcampaign import EXIT_INTERRUPTED, EXIT_USAGE
from hpcampaign.cli.said import Stop, UsageProblem, tell, usage
from hpcampaign.records import Lang
from hpcampaign.text.catalogue import hint, say
from hpcampaign.text.language import language
from hpcampaign.text.names import suggest
from hpcampaign.text.sentences import SENTENCES, SentenceId

#: The language of the run being parsed (:func:`hpcampaign.text.language.language` of its
#: arguments), for what is said before ``--lang`` is read: click's own errors and ``--help``.
_SPOKEN: ContextVar[Lang | None] = ContextVar("hpcampaign_spoken", default=None)


#: The arguments of that run, to name a refused value as it was typed.
_ARGS: ContextVar[Sequence[str]] = ContextVar("hpcampaign_args", default=())


def run_language() -> Lang:
    return _SPOKEN.get() or language()


def _click_error(error: UsageError, lang: Lang) -> str:
    """What click or typer found wrong with the command line, said from the catalogue."""
    ctx = error.ctx
    if isinstance(error, NoSuchOption):
        suggestion = " | ".join(error.possibilities or ()) or None
        text = say("cli.no-such-option", lang, option=error.option_name, hint=hint(suggestion, lang))
    elif isinstance(error, BadOptionUsage):
        flags = {
            o for p in (ctx.command.params if ctx else ()) if getattr(p, "is_flag", False) for o in p.opts
        }
        chosen: SentenceId = "cli.takes-no-value" if error.option_name in flags else "cli.needs-value"
        text = say(chosen, lang, option=error.option_name)
    elif isinstance(error, MissingParameter):
        name = error.param.name if error.param is not None else None
        if name == "paths":
            text = say("cli.missing-paths", lang, command=ctx.info_name if ctx else "check")
        elif name == "name":
            text = say("cli.missing-schema", lang)
        else:
            text = say("cli.missing", lang, name=name or "?")
    elif isinstance(error, BadParameter):
        names = error.param.opts if error.param is not None else ["?"]
        text = say("cli.bad-value", lang, option=names[0], value=_given(names))
    elif ctx is not None and isinstance(ctx.command, TyperGroup):
        text = say("cli.missing-command", lang, commands=", ".join(ctx.command.commands))
    else:
        text = say("cli.other", lang)
    return say("cli.see-help", lang, message=text, command=_path(ctx))


def _given(names: Sequence[str]) -> str:
    """The value given to an option (any of its ``names``) on the command line, as typed ("" if none)."""
    args = _ARGS.get()
    for index, arg in enumerate(args):
        if arg in names and index + 1 < len(args):
            return args[index + 1]
        if "=" in arg and arg.split("=", 1)[0] in names:
            return arg.split("=", 1)[1]
    return ""


def _path(ctx: Context | None) -> str:
    """ "hpcampaign" or "hpcampaign check": what to ask --help of."""
    if ctx is None or ctx.parent is None:
        return "hpcampaign"
    return f"hpcampaign {ctx.info_name}"


def said(value: str | None, lang: Lang) -> str:
    """A help text or metavar stored as a catalogue id, in ``lang`` (other text as it is)."""
    if value is None:
        return ""
    return say(value, lang) if value in SENTENCES else value


def _metavar(param: Parameter, lang: Lang) -> str:
    shown = said(param.metavar, lang)
    return shown + ("..." if param.nargs == -1 else "")


#: The options typer itself adds, whose help is its English text: said from the catalogue instead.
_TYPER_OPTIONS: dict[str | None, SentenceId] = {
    "help": "help.help",
    "install_completion": "help.install-completion",
    "show_completion": "help.show-completion",
}


def _param_help(param: Parameter, lang: Lang) -> str:
    own = _TYPER_OPTIONS.get(param.name)
    text = say(own, lang) if own else said(getattr(param, "help", None), lang)
    notes = []
    default = param.default
    shows = getattr(param, "show_default", False) and not getattr(param, "is_flag", False)
    if shows and isinstance(default, str | int | Path) and not isinstance(default, bool):
        notes.append(say("help.default", lang, value=default))
    if param.required:
        notes.append(say("help.required", lang))
    return text + (f"  [{'; '.join(notes)}]" if notes else "")


def _format_help(command: Command, ctx: Context, formatter: HelpFormatter) -> None:
    """``--help`` in the run's language: usage, what the command does, its arguments and options."""
    lang = run_language()
    params = command.get_params(ctx)
    arguments = [p for p in params if isinstance(p, TyperArgument)]
    options = [p for p in params if isinstance(p, TyperOption)]
    usage = [say("help.options-placeholder", lang), *(_metavar(p, lang) for p in arguments)]
    if isinstance(command, TyperGroup):
        usage.append(say("help.command-placeholder", lang))
    formatter.write_usage(ctx.command_path, " ".join(usage), prefix=say("help.usage", lang))
    if command.help:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(said(command.help, lang))
    if arguments:
        with formatter.section(say("help.arguments", lang)):
            formatter.write_dl([(_metavar(p, lang), _param_help(p, lang)) for p in arguments])
    rows = []
    for option in options:
        names = sorted([*option.opts, *option.secondary_opts], key=lambda o: len(o) - len(o.lstrip("-")))
        flags = ", ".join(names)
        shown = flags if option.is_flag or option.name == "help" else f"{flags} {_metavar(option, lang)}"
        rows.append((shown, _param_help(option, lang)))
    with formatter.section(say("help.options", lang)):
        formatter.write_dl(rows)
    if isinstance(command, TyperGroup):
        with formatter.section(say("help.commands", lang)):
            formatter.write_dl([(name, said(sub.help, lang)) for name, sub in command.commands.items()])


class SaidCommand(TyperCommand):
    """A command whose help is the catalogue's and whose extra arguments are said from it."""

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        _format_help(self, ctx, formatter)

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        allowed = ctx.allow_extra_args
        ctx.allow_extra_args = True
        try:
            rest = super().parse_args(ctx, args)
        except UsageError as error:
            error.ctx = error.ctx or ctx  # click's parser leaves it out: the command is named by it
            raise
        finally:
            ctx.allow_extra_args = allowed
        if ctx.args and not allowed:
            usage("cli.extra", command=self.name, values=" ".join(ctx.args), n=len(ctx.args))
        return rest


class SaidGroup(TyperGroup):
    """The ``hpcampaign`` command: picks the run's language first, then says every usage error
    (typer's and click's own too) from the catalogue, on one line, with exit code 2."""

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        _format_help(self, ctx, formatter)

    def resolve_command(self, ctx: Context, args: list[str]) -> tuple[str | None, Command | None, list[str]]:
        name = args[0]
        # While the shell completes a word (resilient parsing) an unknown command is no error to say.
        if name not in self.commands and not name.startswith("-") and not ctx.resilient_parsing:
            commands = list(self.commands)
            usage(
                "cli.no-such-command",
                command=name,
                suggestion=suggest(name, commands),
                commands=", ".join(commands),
            )
        return super().resolve_command(ctx, args)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        lang = language(argv)
        spoken, given = _SPOKEN.set(lang), _ARGS.set(argv)
        try:
            if not standalone_mode:
                return super().main(argv, prog_name, complete_var, False, windows_expand_args, **extra)
            try:
                code = super().main(argv, prog_name, complete_var, False, windows_expand_args, **extra)
            except NoArgsIsHelpError as error:
                typer.echo(error.format_message(), err=True)
                sys.exit(EXIT_USAGE)
            except UsageError as error:
                tell(_click_error(error, lang))
                sys.exit(EXIT_USAGE)
            except UsageProblem as problem:  # ours: said as it is, without the pointer to --help
                tell(problem.said(lang))
                sys.exit(EXIT_USAGE)
            except Stop as stop:
                sys.exit(stop.code)
            except typer.Abort:  # Ctrl-C: stopped on request, never 1 (a target missed)
                tell(say("cli.aborted", lang))
                sys.exit(EXIT_INTERRUPTED)
            sys.exit(code if isinstance(code, int) else 0)
        finally:
            _SPOKEN.reset(spoken)
            _ARGS.reset(given)
