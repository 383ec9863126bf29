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
import os
import sys
import unicodedata
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer
from rich.console import Console

from hpcampaign import EXIT_FAULT, EXIT_USAGE, __version__
from hpcampaign.cli.clerk import register as register_clerk
from hpcampaign.cli.options import LangOption, PlanOption, one_of, option
from hpcampaign.cli.options import spoken as spoken_lang
from hpcampaign.cli.speech import SaidCommand, SaidGroup, tell, usage
from hpcampaign.intake.discover import MissingPath
from hpcampaign.judge.run import CheckOptions, run_check
from hpcampaign.judge.verdict import exit_code
from hpcampaign.load.files import read_bytes
from hpcampaign.outputs import RenderOptions, names, renderer, streamer
from hpcampaign.outputs.writing import OutputError, write_file, write_stdout
from hpcampaign.plan import bundled
from hpcampaign.plan.load import PlanError, plan_from
from hpcampaign.plan.load import json_schema as plan_schema
from hpcampaign.plan.model import Plan
from hpcampaign.plan.periods import parse_week, today
from hpcampaign.records import EVERYTHING, FAIL_LEVELS, FailOn, Lang, Problem, Selection
from hpcampaign.text.catalogue import say
from hpcampaign.text.names import suggest
from hpcampaign.text.safe import safe
from hpcampaign.text.sentences import OS_REASONS, SentenceId
from hpcampaign.text.values import parse_date

if TYPE_CHECKING:
    from hpcampaign.judge.cache import Cache

DEFAULT_PLAN = Path("plans/haiphong-2025.yaml")
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


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def plan_source(path: Path | None) -> tuple[Path | None, str]:
    """The plan a run uses, and how outputs name it (SPEC 5): ``--plan``, else the
    ``HPCAMPAIGN_PLAN`` environment variable, else ``plans/haiphong-2025.yaml`` under the current
    folder when it exists, else the plan inside the package (the path is then None)."""
    if path is not None:
        return path, str(path)
    chosen = os.environ.get("HPCAMPAIGN_PLAN", "")
    if chosen:
        return Path(chosen), chosen
    if DEFAULT_PLAN.is_file():
        return DEFAULT_PLAN, DEFAULT_PLAN.as_posix()
    return None, bundled.NAME


def _cache(plan_bytes: bytes | None, off: bool) -> Cache | None:
    """The content cache of a run (SPEC 7), keyed by the plan's bytes as they were loaded; None
    with ``--no-cache``, or for a plan whose bytes could not be read."""
    if off or plan_bytes is None:
        return None
    from hpcampaign.judge.cache import Cache, default_folder

    return Cache(default_folder(), plan_bytes)


def _plan(path: Path | None, lang: Lang) -> Plan:
    """The plan of :func:`plan_source`, loaded; an invalid one is every problem and exit 2."""
    return _read_plan(path, lang)[0]


def _read_plan(path: Path | None, lang: Lang) -> tuple[Plan, bytes | None, str]:
    """The plan of :func:`plan_source`, the bytes it was loaded from (read once), and how
    outputs name it."""
    chosen, name = plan_source(path)
    if chosen is not None and not chosen.exists():
        usage("usage.no-plan", path=chosen)
    raw = bundled.data() if chosen is None else read_bytes(chosen)
    try:
        plan = plan_from(raw, bundled.NAME if chosen is None else str(chosen))
    except PlanError as error:
        console = _stderr()
        for problem in error.problems:
            where = problem.where
            console.print(safe(f"{where}: {problem.code}: {problem.message(lang)}"), markup=False)
        closing = say("usage.plan-invalid", lang, path=path, n=len(error.problems))
        console.print(safe(f"hpcampaign: {closing}"), markup=False)
        raise typer.Exit(EXIT_USAGE) from None
    return plan, raw if isinstance(raw, bytes) else None, name


def _date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return parse_date(text)
    except ValueError:
        usage("usage.not-a-date", option=option, value=text)


def _unit(plan: Plan, text: str | None) -> str | None:
    if text is None:
        return None
    unit = plan.resolve_unit(text)
    if unit is None:
        suggestion = suggest(text, [u.id for u in plan.units] + [u.name for u in plan.units])
        usage("usage.no-unit", value=text, suggestion=suggestion)
    return unit.id


def _phase(plan: Plan, text: str | None, allow_all: bool = False) -> str | None:
    if text is None or (allow_all and text == "all"):
        return None
    if text not in plan.phase_by_id:
        choices = ", ".join([*plan.phase_by_id, *(["all"] if allow_all else [])])
        usage("usage.no-phase", value=text, choices=choices)
    return text


def _width() -> int:
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) >= 40:
        return int(columns)
    return Console().width if _terminal() else 100


def _output(output: Path | None, inputs: tuple[Path, ...], plan: Path | None) -> Path | None:
    """Where to write (None: stdout), refusing any place where the output could harm an input.

    Checked first, before any work. Refused: a YAML name (the next check would read the output
    as a submission), a checked file, anything inside a checked folder or the folder of a
    checked file, and the plan.
    """
    if output is None or str(output) == "-":
        return None
    if output.suffix.lower() in (".yaml", ".yml"):
        usage("usage.output-yaml", path=output)
    target = output.resolve()
    chosen, _name = plan_source(plan)
    for source in (*inputs, *([chosen] if chosen is not None else [])):
        root = source.resolve()
        if target == root:
            usage("usage.output-over-input", path=source)
        # A checked folder, or the folder of a checked file, is a submissions folder.
        folder = root if root.is_dir() else root.parent
        if source in inputs and folder in target.parents:
            usage("usage.output-into-submissions", folder=folder)
    if not target.parent.is_dir():
        usage("usage.output-no-folder", folder=output.parent, name=output.name)
    return output


def _write(content: str | bytes | Iterable[str | bytes], output: Path | None, lang: Lang) -> None:
    pieces = [content] if isinstance(content, str | bytes) else content
    data = (piece if isinstance(piece, bytes) else piece.encode("utf-8") for piece in pieces)
    try:
        if output is None:
            write_stdout(data)
        else:
            write_file(data, output)
    except OutputError as error:
        known = OS_REASONS.get(error.errno)
        reason = say(known, lang) if known is not None else say("os.other", lang, code=error.errno)
        where = output if output is not None else say("usage.standard-output", lang)
        usage("usage.cannot-write", where=where, reason=reason)


class _Bar:
    """A progress bar on stderr, shown only when a person watches a run over many files."""

    def __init__(self, lang: Lang) -> None:
        from rich.progress import Progress

        self.progress = Progress(console=Console(stderr=True), transient=True)
        self.task = self.progress.add_task(say("run.checking", lang), total=None)
        self.started = False

    def __call__(self, done: int, total: int) -> None:
        if total < 200:
            return
        if not self.started:
            self.progress.start()
            self.started = True
        self.progress.update(self.task, completed=done, total=total)

    def stop(self) -> None:
        if self.started:
            self.progress.stop()


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
    spoken = spoken_lang(lang)
    target = _output(output, (*paths, *([tree] if tree is not None else [])), plan)
    if tree is not None and not tree.is_dir():
        usage("usage.tree-not-folder", path=tree)
    the_plan, plan_bytes, plan_name = _read_plan(plan, spoken)
    day = _date(as_of, "--as-of") or today(the_plan)
    selection = Selection(phase=_phase(the_plan, phase, allow_all=True), unit=_unit(the_plan, unit))
    bar = _Bar(spoken) if sys.stderr.isatty() else None
    try:
        checking = CheckOptions(
            tuple(paths),
            day,
            selection,
            jobs,
            plan_name=plan_name,
            tree=tree,
            cache=_cache(plan_bytes, no_cache),
        )
        report = run_check(the_plan, checking, bar)
    except MissingPath as missing:
        usage("usage.no-such-path", path=missing.path)
    finally:
        if bar is not None:
            bar.stop()
    level = cast(FailOn, fail_on)
    if not report.files_found:
        tell(say("run.no-files", spoken, paths=", ".join(map(str, paths))))
    options = RenderOptions(lang=spoken, fail_on=level, width=_width(), color=_color(target))
    _write(streamer("check", format)(report, options), target, spoken)
    if report.faults:
        tell(_fault_line(report.faults, spoken))
    raise typer.Exit(exit_code(report, level))


def _fault_line(faults: list[Problem], lang: Lang) -> str:
    """One line for the tool's own failures (exit 4), naming the first file they touched."""
    return say("run.faults", lang, n=len(faults), path=faults[0].path)


def _color(output: Path | None) -> bool:
    return output is None and _terminal() and not os.environ.get("NO_COLOR")


def _terminal() -> bool:
    """Whether a person reads standard output (colour, the terminal's width)."""
    return sys.stdout.isatty()


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
    target = _output(output, tuple(paths), plan)
    if format == "docx" and target is None and _terminal():
        usage("usage.docx-to-terminal")
    for name, text in (("--number", number), ("--signer", signer)):
        if text is not None and any(unicodedata.category(c) == "Cc" for c in text):
            usage("usage.control-characters", option=name)
    the_plan, plan_bytes, plan_name = _read_plan(plan, spoken)
    day = _date(as_of, "--as-of") or today(the_plan)
    chosen_phase = _phase(the_plan, phase, allow_all=True)
    start, end = _date(from_, "--from"), _date(to, "--to")
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
        issued=_date(date_, "--date"),
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
            cache=_cache(plan_bytes, no_cache),
        )
        report = run_check(the_plan, checking)
        memo = build_memo(the_plan, report, options)
    except MissingPath as missing:
        usage("usage.no-such-path", path=missing.path)
    except PeriodError as error:
        usage(error.msg_id, **error.params)
    _write(renderer("report", format)(memo, RenderOptions(lang=spoken)), target, spoken)
    if memo.faults:
        tell(_fault_line(list(memo.faults), spoken))
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
        _write(bundled.data(), export, spoken)
        tell(say("run.exported", spoken, path=export, name=bundled.NAME))
        return
    the_plan = _plan(plan, spoken)
    text = plan_view.render(the_plan, units=units, lang=spoken, width=_width(), color=_color(None))
    _write(text, None, spoken)


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

        document = json_schema(_plan(plan, spoken))
    _write(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n", None, spoken)


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
register_clerk(app, _plan)
