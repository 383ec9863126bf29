"""One check run: find files, check each (optionally in worker processes), tally, judge.

Workers receive paths and send back :class:`FileSummary` records (problems, aggregated counts
and compact rows for items with a URL or title), never parsed items. Python's
cycle collector is paused while files are read: parsed trees hold no cycles, and collecting
while many objects are alive costs more than a tenth of the run.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .discover import discover, display
from .engine import Result, Selection, evaluate
from .plan import Plan
from .problems import Problem, make
from .tally import Tally, build
from .validate import Context, FileSummary, check_file, context

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class CheckOptions:
    paths: tuple[Path, ...]
    as_of: date
    selection: Selection = field(default_factory=Selection)
    jobs: int = 1


@dataclass(slots=True)
class CheckReport:
    plan: Plan
    as_of: date
    selection: Selection
    files: list[FileSummary]
    results: list[Result]
    units_without_files: list[str]
    tally: Tally = field(repr=False)
    files_found: int = 0
    """Files found under the paths, whether or not ``--unit`` shows them."""
    # Derived once from ``files``: every output and the exit code read them.
    problems: list[Problem] = field(init=False)
    """Every problem of the shown files, sorted by (path, line, column, code)."""
    errors: int = field(init=False)
    warnings: int = field(init=False)

    def __post_init__(self) -> None:
        self.problems = sorted((p for f in self.files for p in f.problems), key=Problem.sort_key)
        self.errors = sum(1 for p in self.problems if p.severity == "error")
        self.warnings = len(self.problems) - self.errors


def run_check(plan: Plan, options: CheckOptions, progress: Progress | None = None) -> CheckReport:
    """Check every file under ``options.paths`` and judge every selected rule."""
    paths = discover(options.paths)
    ctx = context(plan, options.as_of)
    with _collector_paused():
        summaries = list(_check_all(paths, ctx, options.jobs, progress))
        tally = build(summaries)
    results = evaluate(plan, tally, options.as_of, options.selection)
    unit = options.selection.unit
    # With --unit, a file no unit can be found for is shown too: it may be this unit's, mistyped.
    files = summaries if unit is None else [s for s in summaries if s.unit in (unit, None)]
    return CheckReport(
        plan,
        options.as_of,
        options.selection,
        files,
        results,
        _without_files(plan, summaries, results),
        tally,
        files_found=len(summaries),
    )


def _without_files(plan: Plan, summaries: list[FileSummary], results: list[Result]) -> list[str]:
    """Units in the scope of a selected result that no file names ("chưa báo cáo")."""
    named = {s.unit for s in summaries if s.unit is not None}
    in_scope = {unit for result in results for unit in result.units}
    return [unit.id for unit in plan.units if unit.id in in_scope and unit.id not in named]


@contextmanager
def _collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_worker_context: Context | None = None


def _init_worker(ctx: Context) -> None:
    global _worker_context
    _worker_context = ctx
    gc.disable()


def _check_chunk(paths: list[Path]) -> list[FileSummary]:
    assert _worker_context is not None
    return [_check_one(path, _worker_context) for path in paths]


def _check_one(path: Path, ctx: Context) -> FileSummary:
    """One file's summary; an unforeseen failure is reported on that file, never a traceback.

    ``check_file`` is meant to turn every input into problems (the property tests hold it to
    that); this guard keeps one unforeseen case from stopping the check of every other file.
    """
    name = display(path)
    try:
        return check_file(path, ctx, name)
    except Exception as error:  # the guard of last resort, reported as such
        problem = make(name, None, None, "unreadable.internal", error=f"{type(error).__name__}: {error}")
        return FileSummary(name, None, 0, [problem], voided=True)


def _check_all(
    paths: list[Path], ctx: Context, jobs: int, progress: Progress | None
) -> Iterator[FileSummary]:
    total = len(paths)
    if jobs <= 1 or total < 2 * jobs:
        for done, path in enumerate(paths, 1):
            yield _check_one(path, ctx)
            if progress:
                progress(done, total)
        return
    size = max(1, min(64, total // (jobs * 8)))
    chunks = [paths[i : i + size] for i in range(0, total, size)]
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(
        jobs, mp_context=multiprocessing.get_context(method), initializer=_init_worker, initargs=(ctx,)
    ) as pool:
        done = 0
        for chunk in pool.map(_check_chunk, chunks):
            yield from chunk
            done += len(chunk)
            if progress:
                progress(done, total)
