"""The command line: parse options, call the core, write what it returns. Nothing else.

Commands: ``check`` (validate and judge), ``report`` (the memo), ``plan`` (show the plan),
``schema`` (JSON Schemas for editors). Every command takes ``--plan``. Exit codes of ``check``:
0 on track, 1 a result fails ``--fail-on``, 2 usage error, invalid plan or unwritable output, 3 errors
in files, 4 the tool itself failed.
"""

from __future__ import annotations

import json
import os
import sys
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn, cast

import typer
from rich.console import Console

from hpcampaign import __version__
from hpcampaign.intake.discover import MissingPath
from hpcampaign.judge.run import CheckOptions, run_check
from hpcampaign.judge.verdict import EXIT_FAULT, EXIT_USAGE, exit_code
from hpcampaign.outputs import RenderOptions, names, renderer, streamer
from hpcampaign.outputs.writing import OutputError, write_file, write_stdout
from hpcampaign.plan.load import PlanError, load_plan
from hpcampaign.plan.load import json_schema as plan_schema
from hpcampaign.plan.model import Plan
from hpcampaign.plan.periods import parse_week, today
from hpcampaign.records import EVERYTHING, FAIL_LEVELS, FailOn, Lang, Problem, Selection
from hpcampaign.text.catalogue import OS_REASONS
from hpcampaign.text.names import suggest
from hpcampaign.text.safe import safe
from hpcampaign.text.values import parse_date

DEFAULT_PLAN = Path("plans/haiphong-2025.yaml")

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain help: rich's panels print flags as "--units <bool>", which suggests a value.
    rich_markup_mode=None,
    help="Check a communication campaign's submissions against its plan.",
)


class SchemaName(StrEnum):
    plan = "plan"
    submission = "submission"


PlanOption = Annotated[Path, typer.Option("--plan", help="The plan file.", show_default=True, metavar="FILE")]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of", metavar="DATE", help="Judge as of this date (default: today in the plan's time zone)."
    ),
]


def _one_of(values: tuple[str, ...]) -> Callable[[str], str]:
    """A check that an option's value is one of ``values`` (named in the error)."""

    def check(value: str) -> str:
        if value not in values:
            raise typer.BadParameter(f"'{value}' is not one of {', '.join(values)}")
        return value

    return check


LANGS: tuple[Lang, ...] = ("vi", "en")
LangOption = Annotated[
    str,
    typer.Option("--lang", metavar="vi|en", callback=_one_of(LANGS), help="Language of messages and memo."),
]


def _lang(value: str) -> Lang:
    return "en" if value == "en" else "vi"


def _format_option(command: str) -> Any:
    """``--format``, with the choices of the output registry."""
    choices = names(command)
    return typer.Option(
        "--format", "-f", metavar="|".join(choices), callback=_one_of(choices), help="Output format."
    )


OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write to this file ('-': stdout).")
]


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _usage(message: str) -> NoReturn:
    _stderr().print(f"hpcampaign: {safe(message)}", markup=False)
    raise typer.Exit(EXIT_USAGE)


def _plan(path: Path, lang: Lang = "vi") -> Plan:
    if not path.exists():
        _usage(f"no plan file at {path}: run hpcampaign in the folder that holds plans/, or give --plan PATH")
    try:
        return load_plan(path)
    except PlanError as error:
        console = _stderr()
        for problem in error.problems:
            where = problem.where
            console.print(safe(f"{where}: {problem.code}: {problem.message(lang)}"), markup=False)
        count = len(error.problems)
        if lang == "vi":
            closing = f"hpcampaign: kế hoạch {path} không hợp lệ ({count} lỗi)"
        else:
            closing = f"hpcampaign: the plan {path} is not valid ({count} problem{'s' if count > 1 else ''})"
        console.print(safe(closing), markup=False)
        raise typer.Exit(EXIT_USAGE) from None


def _date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return parse_date(text)
    except ValueError:
        _usage(f"{option}: '{text}' is not a date (write 2025-09-29 or 29/09/2025)")


def _unit(plan: Plan, text: str | None) -> str | None:
    if text is None:
        return None
    unit = plan.resolve_unit(text)
    if unit is None:
        hint = suggest(text, [u.id for u in plan.units] + [u.name for u in plan.units])
        _usage(f"--unit: no unit '{text}' in the plan" + (f"; did you mean '{hint}'?" if hint else ""))
    return unit.id


def _phase(plan: Plan, text: str | None, allow_all: bool = False) -> str | None:
    if text is None or (allow_all and text == "all"):
        return None
    if text not in plan.phase_by_id:
        choices = ", ".join([*plan.phase_by_id, *(["all"] if allow_all else [])])
        _usage(f"--phase: '{text}' is not a phase of the plan (choose from {choices})")
    return text


def _width() -> int:
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) >= 40:
        return int(columns)
    return Console().width if _terminal() else 100


def _output(output: Path | None, inputs: tuple[Path, ...], plan: Path) -> Path | None:
    """Where to write (None: stdout), refusing any place where the output could harm an input.

    Checked first, before any work. Refused: a YAML name (the next check would read the output
    as a submission), a checked file, anything inside a checked folder or the folder of a
    checked file, and the plan.
    """
    if output is None or str(output) == "-":
        return None
    if output.suffix.lower() in (".yaml", ".yml"):
        _usage(f"--output: refusing to write a .yaml/.yml file ({output}): it would be read as a submission")
    target = output.resolve()
    for source in (*inputs, plan):
        root = source.resolve()
        if target == root:
            _usage(f"--output: refusing to write over {source}")
        # A checked folder, or the folder of a checked file, is a submissions folder.
        folder = root if root.is_dir() else root.parent
        if source in inputs and folder in target.parents:
            _usage(f"--output: refusing to write into {folder}, where submissions are")
    if not target.parent.is_dir():
        _usage(f"--output: no folder {output.parent} to write {output.name} into")
    return output


def _write(content: str | bytes | Iterable[str | bytes], output: Path | None, lang: Lang = "vi") -> None:
    pieces = [content] if isinstance(content, str | bytes) else content
    data = (piece if isinstance(piece, bytes) else piece.encode("utf-8") for piece in pieces)
    try:
        if output is None:
            write_stdout(data)
        else:
            write_file(data, output)
    except OutputError as error:
        vi = lang == "vi"
        reason = OS_REASONS.get(error.errno, (error.reason, error.reason))[0 if vi else 1]
        where = output if output is not None else ("đầu ra chuẩn" if vi else "standard output")
        _usage(f"không ghi được {where}: {reason}" if vi else f"cannot write {where}: {reason}")


class _Bar:
    """A progress bar on stderr, shown only when a person watches a run over many files."""

    def __init__(self) -> None:
        from rich.progress import Progress

        self.progress = Progress(console=Console(stderr=True), transient=True)
        self.task = self.progress.add_task("checking", total=None)
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


@app.command()
def check(
    paths: Annotated[
        list[Path], typer.Argument(help="Submission files or folders.", show_default=False, metavar="PATH")
    ],
    plan: PlanOption = DEFAULT_PLAN,
    as_of: AsOfOption = None,
    phase: Annotated[
        str | None, typer.Option(metavar="PHASE", help="Only this phase (before, during, after, all).")
    ] = None,
    unit: Annotated[
        str | None, typer.Option(metavar="UNIT", help="Only this unit, by id or name: its whole picture.")
    ] = None,
    format: Annotated[str, _format_option("check")] = names("check")[0],
    output: OutputOption = None,
    fail_on: Annotated[
        str,
        typer.Option(
            metavar="|".join(FAIL_LEVELS),
            callback=_one_of(FAIL_LEVELS),
            help="Which results fail the run (exit 1).",
        ),
    ] = FAIL_LEVELS[0],
    lang: LangOption = "vi",
    jobs: Annotated[int, typer.Option(min=1, max=64, metavar="N", help="Worker processes.")] = 1,
) -> None:
    """Validate submission files and judge every rule of the plan."""
    target = _output(output, tuple(paths), plan)
    the_plan = _plan(plan, _lang(lang))
    day = _date(as_of, "--as-of") or today(the_plan)
    selection = Selection(phase=_phase(the_plan, phase, allow_all=True), unit=_unit(the_plan, unit))
    bar = _Bar() if sys.stderr.isatty() else None
    try:
        report = run_check(the_plan, CheckOptions(tuple(paths), day, selection, jobs), bar)
    except MissingPath as missing:
        _usage(f"no such file or folder: {missing.path}")
    finally:
        if bar is not None:
            bar.stop()
    level = cast(FailOn, fail_on)
    if not report.files_found:
        where = ", ".join(map(str, paths))
        nothing = (
            f"không có tệp .yaml hay .yml nào trong {where}"
            if lang == "vi"
            else f"no .yaml or .yml file under {where}"
        )
        _stderr().print(f"hpcampaign: {nothing}", markup=False)
    options = RenderOptions(lang=_lang(lang), fail_on=level, width=_width(), color=_color(target))
    _write(streamer("check", format)(report, options), target, _lang(lang))
    if report.faults:
        _stderr().print(_fault_line(report.faults, _lang(lang)), markup=False)
    raise typer.Exit(exit_code(report, level))


def _fault_line(faults: list[Problem], lang: Lang) -> str:
    """One line for the tool's own failures (exit 4), naming the first file they touched."""
    first = faults[0]
    where = safe(first.path)
    if lang == "vi":
        return (
            f"hpcampaign: lỗi của chính chương trình ở {len(faults)} tệp (đầu tiên: {where}); "
            "các tệp khác vẫn được báo cáo"
        )
    return (
        f"hpcampaign: the tool itself failed on {len(faults)} file{'s' if len(faults) > 1 else ''} "
        f"(first: {where}); the other files are still reported"
    )


def _color(output: Path | None) -> bool:
    return output is None and _terminal() and not os.environ.get("NO_COLOR")


def _terminal() -> bool:
    """Whether a person reads standard output (colour, the terminal's width)."""
    return sys.stdout.isatty()


@app.command()
def report(
    paths: Annotated[
        list[Path], typer.Argument(help="Submission files or folders.", show_default=False, metavar="PATH")
    ],
    plan: PlanOption = DEFAULT_PLAN,
    phase: Annotated[str, typer.Option(metavar="PHASE", help="before, during, after or all.")] = "all",
    week: Annotated[str | None, typer.Option(metavar="WEEK", help="An ISO week, e.g. 2025-W39.")] = None,
    from_: Annotated[
        str | None, typer.Option("--from", metavar="DATE", help="First day of the period.")
    ] = None,
    to: Annotated[str | None, typer.Option("--to", metavar="DATE", help="Last day of the period.")] = None,
    as_of: AsOfOption = None,
    format: Annotated[str, _format_option("report")] = names("report")[0],
    output: OutputOption = None,
    lang: LangOption = "vi",
    number: Annotated[
        str | None, typer.Option(metavar="TEXT", help="Document number, e.g. 12 (→ Số: 12/BC-…).")
    ] = None,
    signer: Annotated[str | None, typer.Option(metavar="NAME", help="Name of the signer.")] = None,
    date_: Annotated[
        str | None,
        typer.Option("--date", metavar="DATE", help="The memo's own date (default: the as-of date)."),
    ] = None,
    jobs: Annotated[int, typer.Option(min=1, max=64, metavar="N", help="Worker processes.")] = 1,
) -> None:
    """Write the memo for the Department's leadership."""
    from hpcampaign.memo.build import MemoOptions, PeriodError, build_memo, choose_period

    target = _output(output, tuple(paths), plan)
    if format == "docx" and target is None and sys.stdout.isatty():
        _usage("--format docx writes a binary file: give --output memo.docx")
    for name, text in (("--number", number), ("--signer", signer)):
        if text is not None and any(unicodedata.category(c) == "Cc" for c in text):
            _usage(f"{name}: control characters are not allowed")
    the_plan = _plan(plan, _lang(lang))
    day = _date(as_of, "--as-of") or today(the_plan)
    chosen_phase = _phase(the_plan, phase, allow_all=True)
    start, end = _date(from_, "--from"), _date(to, "--to")
    if week is not None:
        if start or end:
            _usage("--week and --from/--to cannot be used together")
        try:
            start, end = parse_week(week)
        except ValueError:
            _usage(f"--week: '{week}' is not an ISO week (write 2025-W39)")
    if start and end and start > end:
        _usage("--from must not be after --to")
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
        report = run_check(the_plan, CheckOptions(tuple(paths), day, EVERYTHING, jobs))
        memo = build_memo(the_plan, report, options)
    except MissingPath as missing:
        _usage(f"no such file or folder: {missing.path}")
    except PeriodError as error:
        _usage(str(error))
    render_options = RenderOptions(lang=_lang(lang))
    _write(renderer("report", format)(memo, render_options), target, _lang(lang))
    if memo.faults:
        _stderr().print(_fault_line(list(memo.faults), _lang(lang)), markup=False)
        raise typer.Exit(EXIT_FAULT)


@app.command(name="plan")
def plan_command(
    plan: PlanOption = DEFAULT_PLAN,
    units: Annotated[bool, typer.Option("--units", help="List every unit (id, name, groups).")] = False,
    lang: LangOption = "vi",
) -> None:
    """Show (and so validate) the plan: phases, rules with their clauses, units."""
    from hpcampaign.outputs import plan_view

    the_plan = _plan(plan, _lang(lang))
    _write(
        plan_view.render(the_plan, units=units, lang=_lang(lang), width=_width(), color=_color(None)),
        None,
        _lang(lang),
    )


@app.command()
def schema(
    name: Annotated[SchemaName, typer.Argument(help="plan or submission.")],
    plan: PlanOption = DEFAULT_PLAN,
) -> None:
    """Print a JSON Schema, for editors (yaml-language-server)."""
    if name is SchemaName.plan:
        document = plan_schema()
    else:
        from hpcampaign.intake.submission import json_schema

        document = json_schema(_plan(plan))
    _write(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n", None)


def _version(value: bool) -> None:
    if value:
        print(f"hpcampaign {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """hpcampaign: is every unit on track with the campaign plan?"""
