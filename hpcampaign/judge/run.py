"""One check run: find files, check each (optionally in worker processes), tally, judge.

Workers receive paths and send back :class:`FileSummary` records (problems, aggregated counts
and compact rows for items with a URL or title), never parsed items; with a cache, each also
sends the file's key and, for a file it had to check, the entry it made, which the run writes
(workers never write the cache: one pack per run, see :mod:`hpcampaign.judge.cache`). Python's
cycle collector is paused while files are read: parsed trees hold no cycles, and collecting
while many objects are alive costs more than a tenth of the run.

*Faults* are failures of the tool itself, never of a file: an unforeseen error while checking a
file, or a worker process that died (killed by the system for memory, say). The files they
touch are reported as ``unreadable`` with a message saying the tool failed, every other file is
reported as usual, and the run's exit code is 4 (SPEC 5), so a fault never reads as a verdict.
Workers end with the main process, however it ends (see :func:`_init_worker`).
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from hpcampaign.intake import strict
from hpcampaign.intake.context import Context, context
from hpcampaign.intake.discover import discover, display, misplaced, valid_name
from hpcampaign.intake.validate import check_data, check_file
from hpcampaign.judge.cache import Cache, encode_entry
from hpcampaign.judge.engine import evaluate
from hpcampaign.judge.tally import Tally, build
from hpcampaign.load.files import read_bytes
from hpcampaign.plan.model import Plan
from hpcampaign.records import FileSummary, Problem, Result, Selection, make
from hpcampaign.records import clear_caches as clear_problem_caches
from hpcampaign.text import names as textnorm
from hpcampaign.text import values

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class CheckOptions:
    paths: tuple[Path, ...]
    as_of: date
    selection: Selection = field(default_factory=Selection)
    jobs: int = 1
    today: date | None = None
    """The real date (an item after it is ``future-date``); None: today in the plan's time zone."""
    plan_name: str = ""
    """How outputs name the plan used: its path, or ``builtin:…`` for the packaged one."""
    tree: Path | None = None
    """With files as ``paths`` (one's own files): the folder whose files are all read for the
    results, while the view stays on the given files."""
    cache: Cache | None = None
    """The cache of per-file summaries (:mod:`hpcampaign.judge.cache`); None: no cache. It is
    not used when its folder lies inside a folder being checked (nothing is written there)."""


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
    faults: list[Problem] = field(default_factory=list)
    """The tool's own failures (one problem per file they touched), whatever ``--unit`` shows."""
    plan_name: str = ""
    own_files: tuple[str, ...] | None = None
    """When every path given was a file: those files (as shown), whose problems and units' results
    the report holds; None for the whole picture of folders."""
    tree: bool = False
    """Whether the results of ``own_files`` come from a whole tree (``--tree``), not the files alone."""
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
    """Check every file under ``options.paths`` and judge every selected rule.

    When every path is a file (one's own files, as pre-commit passes them), the report holds
    those files and the results of their units only; ``options.tree`` then names a folder whose
    files are read too, for the results (a unit's average needs its other weeks).
    """
    own = bool(options.paths) and all(path.is_file() for path in options.paths)
    found = discover(options.paths + ((options.tree,) if own and options.tree is not None else ()))
    given = {os.path.realpath(path) for path in options.paths} if own else set()
    own_names = tuple(display(path) for path in found.files if os.path.realpath(path) in given)
    ctx = context(plan, options.as_of, options.today)
    cache = _usable(options)
    saved = _Saved(cache)
    try:
        with _collector_paused():
            summaries = [_unreadable_folder(folder, number) for folder, number in found.unreadable]
            for summary, stored in _check_all(found.files, (ctx, cache), options.jobs, progress):
                summaries.append(summary)
                saved.add(stored)
            tally = build(summaries)
            summaries = [_with_duplicates(summary, tally) for summary in summaries]
    finally:
        clear_caches()
        saved.finish()
    selection = options.selection
    # A fault anywhere makes the results doubtful, whichever files are shown.
    faults = [p for s in summaries if s.fault for p in s.problems]
    found_count = len(summaries)
    if own:
        summaries = [s for s in summaries if s.path in own_names]
        units = frozenset(s.unit for s in summaries if s.unit is not None)
        selection = replace(selection, units=units)
    results = evaluate(plan, tally, options.as_of, selection)
    unit = selection.unit
    # With --unit, a file no unit can be found for is shown too: it may be this unit's, mistyped.
    files = summaries if unit is None else [s for s in summaries if s.unit in (unit, None)]
    return CheckReport(
        plan,
        options.as_of,
        selection,
        files,
        results,
        [] if own else _without_files(plan, summaries, results),
        tally,
        files_found=found_count,
        faults=faults,
        plan_name=options.plan_name,
        own_files=own_names if own else None,
        tree=own and options.tree is not None,
    )


def _usable(options: CheckOptions) -> Cache | None:
    """The run's cache, unless its folder is inside (or is) a folder the run checks."""
    cache = options.cache
    if cache is None:
        return None
    folder = os.path.realpath(cache.folder)
    checked = (*options.paths, *((options.tree,) if options.tree is not None else ()))
    for path in checked:
        top = os.path.realpath(path)
        if os.path.isdir(top) and (folder == top or folder.startswith(top.rstrip(os.sep) + os.sep)):
            return None
    return cache


#: What checking a file leaves for the cache: its key, and its new entry when it was a miss
#: (None: the cache is not used for it).
Stored = tuple[str, bytes | None] | None


class _Saved:
    """The cache's side of a run: the keys it used, the entries it made, written a pack at a time
    (every :data:`FLUSH` bytes, and at the end), so that a large run never holds them all."""

    def __init__(self, cache: Cache | None) -> None:
        self.cache = cache
        self.used: set[str] = set()
        self.made: list[tuple[str, bytes]] = []
        self.size = 0

    def add(self, stored: Stored) -> None:
        if stored is None or self.cache is None:
            return
        key, blob = stored
        self.used.add(key)
        if blob is not None:
            self.made.append((key, blob))
            self.size += len(blob)
            if self.size >= FLUSH:
                self.cache.write(self.made)
                self.made, self.size = [], 0

    def finish(self) -> None:
        if self.cache is not None:
            self.cache.write(self.made)
            self.cache.finish(self.used)


#: Bytes of new entries a run holds before it writes them as a pack.
FLUSH = 32 * 1024 * 1024


def _with_duplicates(summary: FileSummary, tally: Tally) -> FileSummary:
    """The summary with the ``duplicate-item`` warnings the tally found in its file."""
    found = tally.duplicates.get(summary.path)
    return replace(summary, problems=[*summary.problems, *found]) if found else summary


def clear_caches() -> None:
    """Empty the caches a run fills (values and suggestions): a run holds nothing after it."""
    values.clear_caches()
    strict.clear_caches()
    textnorm.clear_caches()
    clear_problem_caches()


def _unreadable_folder(folder: Path, number: int) -> FileSummary:
    name = display(folder)
    msg_id = "unreadable.folder-denied" if number in (errno.EACCES, errno.EPERM) else "unreadable.folder"
    return FileSummary(name, None, 0, [make(name, None, None, msg_id)], voided=True)


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


#: What checking a file needs: the run's context, and its cache (None: no cache).
Setup = tuple[Context, Cache | None]

_worker_context: Setup | None = None


def _init_worker(ctx: Setup, parent: int) -> None:
    """Set a worker up: its context, and an end tied to the main process's.

    On Linux the kernel sends the worker SIGKILL when the main process dies, by any signal
    (``PR_SET_PDEATHSIG``); elsewhere, and in case the main process died before this ran, a
    watcher thread ends the worker once its parent is gone.
    """
    global _worker_context
    _worker_context = ctx
    gc.disable()
    _die_with_parent()
    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


_PR_SET_PDEATHSIG = 1


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _check_chunk(paths: list[Path]) -> list[tuple[FileSummary, Stored]]:
    assert _worker_context is not None
    return [_check_one(path, _worker_context) for path in paths]


def _check_one(path: Path, setup: Setup) -> tuple[FileSummary, Stored]:
    """One file's summary (and what it leaves for the cache); an unforeseen failure is reported
    on that file, never a traceback.

    ``check_file`` is meant to turn every input into problems (the property tests and the fuzz
    target hold it to that); this guard keeps one unforeseen case from stopping the check of
    every other file, and marks it as a fault of the tool.
    """
    name = display(path)
    if not valid_name(str(path)):
        return FileSummary(name, None, 0, [make(name, None, None, "unreadable.name")], voided=True), None
    ctx, cache = setup
    try:
        if cache is None or misplaced(path.name) is not None:
            return check_file(path, ctx, name), None
        return _check_cached(path, name, ctx, cache)
    except Exception as error:  # the guard of last resort, reported as such
        return _fault(name, "unreadable.internal", error=f"{type(error).__name__}: {error}"), None


def _check_cached(path: Path, name: str, ctx: Context, cache: Cache) -> tuple[FileSummary, Stored]:
    """The file read once: its bytes hashed and looked up, else checked and its entry made."""
    raw = read_bytes(path)
    if not isinstance(raw, bytes):
        return check_data(name, raw, ctx), None
    key = cache.key(name, raw, ctx.today, ctx.as_of)
    summary = cache.load(key)
    if summary is not None:
        return summary, (key, None)
    summary = check_data(name, raw, ctx)
    return summary, (key, None if summary.fault else encode_entry(summary, key))


def _fault(name: str, msg_id: str, **params: object) -> FileSummary:
    return FileSummary(
        name, None, 0, [make(name, None, None, msg_id, None, **params)], voided=True, fault=True
    )


def _check_all(
    paths: list[Path], ctx: Setup, jobs: int, progress: Progress | None
) -> Iterator[tuple[FileSummary, Stored]]:
    total = len(paths)
    if jobs <= 1 or total < 2 * jobs:
        for done, path in enumerate(paths, 1):
            yield _check_one(path, ctx)
            if progress:
                progress(done, total)
        return
    # Imported only for workers: a clerk's check of one file never starts any.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    size = max(1, min(64, total // (jobs * 8)))
    chunks = [paths[i : i + size] for i in range(0, total, size)]
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(
        jobs,
        mp_context=multiprocessing.get_context(method),
        initializer=_init_worker,
        initargs=(ctx, os.getpid()),
    ) as pool:
        futures = [pool.submit(_check_chunk, chunk) for chunk in chunks]
        done = 0
        for chunk, future in zip(chunks, futures, strict=True):
            try:
                yield from future.result()
            except BrokenProcessPool:
                # A worker died (the system killed it, or it ran out of memory): every file not
                # yet returned is reported as unchecked, and the run is a fault.
                yield from ((_fault(display(path), "unreadable.worker-lost"), None) for path in chunk)
            except Exception as error:  # a failure of the pool itself (a result that cannot be sent)
                name = f"{type(error).__name__}: {error}"
                yield from (
                    (_fault(display(path), "unreadable.internal", error=name), None) for path in chunk
                )
            done += len(chunk)
            if progress:
                progress(done, total)
