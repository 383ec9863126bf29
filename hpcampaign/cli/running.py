"""The commands' work once their options are read, without the command-line framework: the plan
of a run (and its cache), dates, phases and units as typed, where to write, and ``check`` itself.

:mod:`hpcampaign.cli.app` (typer) and :mod:`hpcampaign.cli.quick` (``check``'s own reader of its
options, for a clerk's run that should not wait for the framework) both call these; usage errors
are :class:`~hpcampaign.cli.said.UsageProblem`, the end of a command :class:`~hpcampaign.cli.said.Stop`.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from hpcampaign import EXIT_USAGE
from hpcampaign.cli.said import Stop, say_line, tell, usage
from hpcampaign.cli.said import spoken as spoken_lang
from hpcampaign.intake.discover import MissingPath
from hpcampaign.judge.cache import Cache, default_folder
from hpcampaign.judge.run import CheckOptions, run_check
from hpcampaign.judge.verdict import exit_code
from hpcampaign.load.files import read_bytes
from hpcampaign.outputs import RenderOptions, streamer
from hpcampaign.outputs.writing import OutputError, write_file, write_stdout
from hpcampaign.plan import bundled
from hpcampaign.plan.load import PlanError, plan_from
from hpcampaign.plan.model import Plan
from hpcampaign.plan.periods import today
from hpcampaign.records import FailOn, Lang, Problem, Selection
from hpcampaign.text.catalogue import say
from hpcampaign.text.names import suggest
from hpcampaign.text.safe import safe
from hpcampaign.text.sentences import OS_REASONS
from hpcampaign.text.values import parse_date

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID


DEFAULT_PLAN = Path("plans/haiphong-2025.yaml")


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


def cache_for(plan_bytes: bytes | None, off: bool) -> Cache | None:
    """The content cache of a run (SPEC 7), keyed by the plan's bytes as they were read; None
    with ``--no-cache``, or for a plan whose bytes could not be read."""
    if off or plan_bytes is None:
        return None
    return Cache(default_folder(), plan_bytes)


def plan_of(path: Path | None, lang: Lang) -> Plan:
    """The plan of :func:`plan_source`, loaded; an invalid one is every problem and exit 2."""
    return read_plan(path, lang)[0]


def read_plan(path: Path | None, lang: Lang, cached: bool = False) -> tuple[Plan, Cache | None, str]:
    """The plan of :func:`plan_source` (read once), the content cache keyed by its bytes when
    ``cached`` (the plan then comes from the cache's compiled copy when it has one), and how
    outputs name the plan."""
    chosen, name = plan_source(path)
    if chosen is not None and not chosen.exists():
        usage("usage.no-plan", path=chosen)
    raw = bundled.data() if chosen is None else read_bytes(chosen)
    cache = cache_for(raw if isinstance(raw, bytes) else None, not cached)
    shown = bundled.NAME if chosen is None else str(chosen)
    try:
        plan = cache.plan(shown) if cache is not None else plan_from(raw, shown)
    except PlanError as error:
        for problem in error.problems:
            say_line(safe(f"{problem.where}: {problem.code}: {problem.message(lang)}"))
        tell(say("usage.plan-invalid", lang, path=path, n=len(error.problems)))
        raise Stop(EXIT_USAGE) from None
    return plan, cache, name


def parse_day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return parse_date(text)
    except ValueError:
        usage("usage.not-a-date", option=option, value=text)


def unit_id(plan: Plan, text: str | None) -> str | None:
    if text is None:
        return None
    unit = plan.resolve_unit(text)
    if unit is None:
        suggestion = suggest(text, [u.id for u in plan.units] + [u.name for u in plan.units])
        usage("usage.no-unit", value=text, suggestion=suggestion)
    return unit.id


def phase_id(plan: Plan, text: str | None, allow_all: bool = False) -> str | None:
    if text is None or (allow_all and text == "all"):
        return None
    if text not in plan.phase_by_id:
        choices = ", ".join([*plan.phase_by_id, *(["all"] if allow_all else [])])
        usage("usage.no-phase", value=text, choices=choices)
    return text


def width() -> int:
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) >= 40:
        return int(columns)
    return shutil.get_terminal_size().columns if terminal() else 100


def output_target(output: Path | None, inputs: tuple[Path, ...], plan: Path | None) -> Path | None:
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


def write(content: str | bytes | Iterable[str | bytes], output: Path | None, lang: Lang) -> None:
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


class Bar:
    """A progress bar on stderr, shown only when a person watches a run over many files (rich's
    progress bar is imported then, not for a clerk's one file)."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.progress: Progress | None = None
        self.task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if total < 200:
            return
        if self.progress is None:
            from rich.console import Console
            from rich.progress import Progress

            self.progress = Progress(console=Console(stderr=True), transient=True)
            self.task = self.progress.add_task(say("run.checking", self.lang), total=None)
            self.progress.start()
        assert self.task is not None
        self.progress.update(self.task, completed=done, total=total)

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def check(
    paths: tuple[Path, ...],
    *,
    plan: Path | None = None,
    as_of: str | None = None,
    phase: str | None = None,
    unit: str | None = None,
    format: str,
    output: Path | None = None,
    fail_on: str,
    lang: str | None = None,
    jobs: int = 1,
    tree: Path | None = None,
    no_cache: bool = False,
) -> int:
    """``hpcampaign check``, its options read and checked: its exit code (SPEC 5)."""
    spoken = spoken_lang(lang)
    target = output_target(output, (*paths, *([tree] if tree is not None else [])), plan)
    if tree is not None and not tree.is_dir():
        usage("usage.tree-not-folder", path=tree)
    the_plan, cache, plan_name = read_plan(plan, spoken, cached=not no_cache)
    day = parse_day(as_of, "--as-of") or today(the_plan)
    selection = Selection(phase=phase_id(the_plan, phase, allow_all=True), unit=unit_id(the_plan, unit))
    bar = Bar(spoken) if sys.stderr.isatty() else None
    try:
        checking = CheckOptions(paths, day, selection, jobs, plan_name=plan_name, tree=tree, cache=cache)
        report = run_check(the_plan, checking, bar)
    except MissingPath as missing:
        usage("usage.no-such-path", path=missing.path)
    finally:
        if bar is not None:
            bar.stop()
    level = cast(FailOn, fail_on)
    if not report.files_found:
        tell(say("run.no-files", spoken, paths=", ".join(map(str, paths))))
    options = RenderOptions(lang=spoken, fail_on=level, width=width(), color=color(target))
    write(streamer("check", format)(report, options), target, spoken)
    if report.faults:
        tell(fault_line(report.faults, spoken))
    return exit_code(report, level)


def fault_line(faults: list[Problem], lang: Lang) -> str:
    """One line for the tool's own failures (exit 4), naming the first file they touched."""
    return say("run.faults", lang, n=len(faults), path=faults[0].path)


def color(output: Path | None) -> bool:
    return output is None and terminal() and not os.environ.get("NO_COLOR")


def terminal() -> bool:
    """Whether a person reads standard output (colour, the terminal's width)."""
    return sys.stdout.isatty()
