"""The command line: parse options, call the core, write what it returns. Nothing else.

Commands: ``check`` (validate and judge), ``report`` (the memo), ``plan`` (show the plan),
``schema`` (JSON Schemas for editors). Every command takes ``--plan``. Exit codes of ``check``:
0 on track, 1 a result fails ``--fail-on``, 2 usage error, invalid plan or unwritable output, 3 errors
in files, 4 the tool itself failed.

One voice: the language of a run is :func:`hpcampaign.text.language.language` of its arguments
(``--lang``, then ``HPCAMPAIGN_LANG``, then Vietnamese), chosen before anything is parsed; every
usage error (ours, and typer's and click's own: an unknown option, a missing value or argument) is
a catalogue sentence said in it, on one line, exit 2; ``--help`` is written from the catalogue in
it too (help texts and metavars below are catalogue ids, not text).
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Annotated, Any

import typer

from hpcampaign import EXIT_FAULT, __version__
from hpcampaign.cli import running
from hpcampaign.cli.clerk import register as register_clerk
from hpcampaign.cli.options import LangOption, PlanOption, option
from hpcampaign.cli.said import one_of, tell, usage
from hpcampaign.cli.said import spoken as spoken_lang
from hpcampaign.cli.speech import SaidCommand, SaidGroup
from hpcampaign.intake.discover import MissingPath
from hpcampaign.judge.run import CheckOptions, run_check
from hpcampaign.outputs import RenderOptions, names, renderer
from hpcampaign.plan import bundled
from hpcampaign.plan.load import json_schema as plan_schema
from hpcampaign.plan.periods import parse_week, today
from hpcampaign.records import EVERYTHING, FAIL_LEVELS
from hpcampaign.text.catalogue import say
from hpcampaign.text.sentences import SentenceId

SCHEMAS = ("plan", "submission", "check")

# --- one voice: the language of the run, usage errors and --help from the catalogue ------------


app = typer.Typer(
    cls=SaidGroup,
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _jobs(value: str | int) -> int:
    text = str(value).strip()
    if not text.isdigit() or not 1 <= int(text) <= 64:
        usage("usage.whole-number", option="--jobs", value=text, min=1, max=64)
    return int(text)


def _schema_name(value: str) -> str:
    if value not in SCHEMAS:
        usage("usage.no-schema", value=value)
    return value


def _choice(*names: str, help: SentenceId, choices: tuple[str, ...]) -> Any:
    """An option whose value is one of ``choices`` (listed as its metavar, checked by callback)."""
    return typer.Option(*names, help=help, metavar="|".join(choices), callback=one_of(names[0], choices))


PathsArgument = Annotated[
    list[Path], typer.Argument(help="help.paths", show_default=False, metavar="metavar.path")
]
AsOfOption = Annotated[str | None, option("--as-of", help="help.as-of", metavar="metavar.date")]
OutputOption = Annotated[Path | None, option("--output", "-o", help="help.output", metavar="metavar.file")]
JobsOption = Annotated[int, option("--jobs", help="help.jobs", metavar="metavar.count", parser=_jobs)]
NoCacheOption = Annotated[bool, option("--no-cache", help="help.no-cache")]


def _format_option(command: str) -> Any:
    """``--format``, with the choices of the output registry."""
    return _choice("--format", "-f", help="help.format", choices=names(command))


@app.command(cls=SaidCommand, help="help.check")
def check(
    paths: PathsArgument,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    phase: Annotated[str | None, option(help="help.check-phase", metavar="metavar.phase")] = None,
    unit: Annotated[str | None, option(help="help.unit", metavar="metavar.unit")] = None,
    format: Annotated[str, _format_option("check")] = names("check")[0],
    output: OutputOption = None,
    fail_on: Annotated[str, _choice("--fail-on", help="help.fail-on", choices=FAIL_LEVELS)] = FAIL_LEVELS[0],
    lang: LangOption = None,
    jobs: JobsOption = 1,
    tree: Annotated[Path | None, option("--tree", help="help.tree", metavar="metavar.folder")] = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Validate submission files and judge every rule of the plan."""
    raise typer.Exit(
        running.check(
            tuple(paths),
            plan=plan,
            as_of=as_of,
            phase=phase,
            unit=unit,
            format=format,
            output=output,
            fail_on=fail_on,
            lang=lang,
            jobs=jobs,
            tree=tree,
            no_cache=no_cache,
        )
    )


@app.command(cls=SaidCommand, help="help.report")
def report(
    paths: PathsArgument,
    plan: PlanOption = None,
    phase: Annotated[str, option(help="help.report-phase", metavar="metavar.phase")] = "all",
    week: Annotated[str | None, option(help="help.week", metavar="metavar.week")] = None,
    from_: Annotated[str | None, option("--from", help="help.from", metavar="metavar.date")] = None,
    to: Annotated[str | None, option("--to", help="help.to", metavar="metavar.date")] = None,
    as_of: AsOfOption = None,
    format: Annotated[str, _format_option("report")] = names("report")[0],
    output: OutputOption = None,
    lang: LangOption = None,
    number: Annotated[str | None, option(help="help.number", metavar="metavar.number")] = None,
    signer: Annotated[str | None, option(help="help.signer", metavar="metavar.signer")] = None,
    date_: Annotated[str | None, option("--date", help="help.date", metavar="metavar.date")] = None,
    jobs: JobsOption = 1,
    no_cache: NoCacheOption = False,
) -> None:
    """Write the memo for the Department's leadership."""
    from hpcampaign.memo.build import MemoOptions, PeriodError, build_memo, choose_period

    spoken = spoken_lang(lang)
    target = running.output_target(output, tuple(paths), plan)
    if format == "docx" and target is None and running.terminal():
        usage("usage.docx-to-terminal")
    for name, text in (("--number", number), ("--signer", signer)):
        if text is not None and any(unicodedata.category(c) == "Cc" for c in text):
            usage("usage.control-characters", option=name)
    the_plan, cache, plan_name = running.read_plan(plan, spoken, cached=not no_cache)
    day = running.parse_day(as_of, "--as-of") or today(the_plan)
    chosen_phase = running.phase_id(the_plan, phase, allow_all=True)
    start, end = running.parse_day(from_, "--from"), running.parse_day(to, "--to")
    if week is not None:
        if start or end:
            usage("usage.week-and-dates")
        try:
            start, end = parse_week(week)
        except ValueError:
            usage("usage.not-a-week", value=week)
    if start and end and start > end:
        usage("period.from-after-to")
    options = MemoOptions(
        as_of=day,
        phase=chosen_phase,
        start=start,
        end=end,
        number=number,
        signer=signer,
        issued=running.parse_day(date_, "--date"),
    )
    try:
        choose_period(the_plan, options)  # a period error is said before any file is read
        # Every result of every rule: "to date" is each rule's whole window, whatever the phase.
        checking = CheckOptions(
            tuple(paths),
            day,
            EVERYTHING,
            jobs,
            plan_name=plan_name,
            cache=cache,
        )
        report = run_check(the_plan, checking)
        memo = build_memo(the_plan, report, options)
    except MissingPath as missing:
        usage("usage.no-such-path", path=missing.path)
    except PeriodError as error:
        usage(error.msg_id, **error.params)
    running.write(renderer("report", format)(memo, RenderOptions(lang=spoken)), target, spoken)
    if memo.faults:
        tell(running.fault_line(list(memo.faults), spoken))
        raise typer.Exit(EXIT_FAULT)


@app.command(name="plan", cls=SaidCommand, help="help.plan")
def plan_command(
    plan: PlanOption = None,
    units: Annotated[bool, option("--units", help="help.units")] = False,
    export: Annotated[Path | None, option("--export", help="help.export", metavar="metavar.file")] = None,
    lang: LangOption = None,
) -> None:
    """Show (and so validate) the plan: phases, rules with their clauses, units."""
    from hpcampaign.outputs import plan_view

    spoken = spoken_lang(lang)
    if export is not None:
        # The bundled plan, for the office to edit: never over an existing file.
        if export.exists() or export.is_symlink():
            usage("usage.export-exists", path=export)
        if not export.parent.is_dir():
            usage("usage.output-no-folder", folder=export.parent, name=export.name)
        running.write(bundled.data(), export, spoken)
        tell(say("run.exported", spoken, path=export, name=bundled.NAME))
        return
    the_plan = running.plan_of(plan, spoken)
    text = plan_view.render(
        the_plan, units=units, lang=spoken, width=running.width(), color=running.color(None)
    )
    running.write(text, None, spoken)


@app.command(cls=SaidCommand, help="help.schema")
def schema(
    name: Annotated[
        str,
        typer.Argument(
            help="help.schema-name",
            metavar="metavar.schema",
            callback=_schema_name,
            autocompletion=lambda: list(SCHEMAS),
        ),
    ],
    plan: PlanOption = None,
    lang: LangOption = None,
) -> None:
    """Print a JSON Schema, for editors (yaml-language-server)."""
    spoken = spoken_lang(lang)
    if name == "plan":
        document = plan_schema()
    elif name == "check":
        from hpcampaign.outputs.check_schema import json_schema as check_schema

        document = check_schema()
    else:
        from hpcampaign.intake.submission import json_schema

        document = json_schema(running.plan_of(plan, spoken))
    running.write(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n", None, spoken)


def _version(value: bool) -> None:
    if value:
        print(f"hpcampaign {__version__}")
        raise typer.Exit()


@app.callback(help="help.app")
def _root(
    version: Annotated[
        bool, option("--version", help="help.version", callback=_version, is_eager=True)
    ] = False,
) -> None:
    """hpcampaign: is every unit on track with the campaign plan?"""


# The clerk's way in: `new` (a file to fill) and `import` (spreadsheets in), in cli/clerk.py.
register_clerk(app, running.plan_of)
