"""Checking a file costs time and memory linear in its size, whatever its shape (SPEC §7, rev. 2).

No test here reads a clock against a threshold. Each checks one hostile shape
(``benchmarks/shapes.py``, the generators the benchmark uses too) at two sizes in one run and
compares something countable:

- *calls*: Python function calls, and calls of C functions from Python, during the check of one
  file (``sys.setprofile``'s ``call`` and ``c_call`` events);
- *CPU ratio*: for a cost inside the regular-expression engine, where nothing can be counted, the
  ratio of ``time.process_time()`` spent on the large file to the time on the small one, each the
  least of three runs (the runs of the two sizes interleaved, so a slow moment of the machine
  touches both);
- *retained memory*: what the check leaves allocated once it has returned (``tracemalloc``);
- *peak memory*: the largest resident memory of a fresh interpreter that checks one file
  (``wait4``'s ``ru_maxrss``, as the benchmarks measure it).

At four times the size, a linear cost is at most four times as large (less when a fixed cost
dominates, as at these small sizes) and a quadratic one about sixteen times: ratios are asserted
below 8, and the sizes are chosen so that a quadratic cost shows as 12 or more while still taking
only a few seconds.
"""

from __future__ import annotations

import gc
import os
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from benchmarks import shapes
from benchmarks.run import measure
from hpcampaign.intake.context import Context, context
from hpcampaign.intake.validate import check_file
from hpcampaign.plan.model import Plan
from hpcampaign.records import FileSummary

from .counting import calls

AS_OF = date(2025, 9, 27)
KIB = 1024
#: A cost that grows linearly is at most 4× at 4× the size; a quadratic one about 16×.
LINEAR = 8.0
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ctx(plan: Plan) -> Context:
    return context(plan, AS_OF)


def write(folder: Path, name: str, size: int) -> Path:
    path = folder / f"{name}-{size}.yaml"
    path.write_bytes(shapes.SHAPES[name].make(size))
    return path


def checked_calls(path: Path, ctx: Context) -> int:
    """Python calls and C calls made while checking ``path`` (see the module docstring)."""
    return calls(lambda: check_file(path, ctx))


def cpu_seconds(path: Path, ctx: Context, loops: int) -> float:
    gc.collect()
    start = time.process_time()
    for _ in range(loops):
        check_file(path, ctx)
    return time.process_time() - start


def cpu_ratio(small: Path, large: Path, ctx: Context) -> float:
    """CPU time on ``large`` over CPU time on ``small``, each the least of three runs.

    A run checks the file ``loops`` times, ``loops`` doubled until the small file takes 50 ms, so
    that a check of a millisecond is not lost in the clock's noise (the count is chosen by the
    clock; nothing is asserted on it).
    """
    loops = 1
    while loops < 4096 and cpu_seconds(small, ctx, loops) < 0.05:
        loops *= 2
    smalls, larges = [], []
    for _ in range(3):
        smalls.append(cpu_seconds(small, ctx, loops))
        larges.append(cpu_seconds(large, ctx, loops))
    return min(larges) / max(min(smalls), 1e-9)


def retained(path: Path, ctx: Context) -> int:
    """Bytes still allocated after checking ``path``, once its summary is dropped."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        summary: FileSummary | None = check_file(path, ctx)
        del summary
        gc.collect()
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def peak_rss(path: Path) -> float:
    """Peak resident memory (bytes) of a fresh interpreter that loads the plan and checks ``path``."""
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from pathlib import Path\n"
        "from hpcampaign.plan.load import load_plan\n"
        "from hpcampaign.intake.context import context\n"
        "from hpcampaign.intake.validate import check_file\n"
        "check_file(Path(sys.argv[2]), context(load_plan(Path(sys.argv[1])), date(2025, 9, 27)))\n"
    )
    env = dict(os.environ)
    # The child imports the very package under test: the same search path as this process.
    env["PYTHONPATH"] = os.pathsep.join(entry for entry in sys.path if entry)
    plan = ROOT / "plans" / "haiphong-2025.yaml"
    result = measure([sys.executable, "-c", script, str(plan), str(path)], env, ROOT)
    assert result.returncode == 0
    return result.peak_rss_mb * 1024 * 1024


# -- the shapes themselves -------------------------------------------------------------------------


def test_every_shape_is_exactly_the_size_asked(tmp_path: Path) -> None:
    for name, entry in shapes.SHAPES.items():
        for size in (256 * KIB, 256 * KIB + 7):
            assert len(entry.make(size)) == size, name


def test_every_file_of_the_hostile_corpus_is_grown_by_a_shape() -> None:
    corpus = sorted(path.name for path in shapes.CORPUS.iterdir())
    assert sorted(shapes.CORPUS_GROWTH) == corpus
    assert {f"corpus-{name.removesuffix('.yaml')}" for name in corpus} <= set(shapes.SHAPES)


def test_a_grown_good_file_has_no_duplicate_item() -> None:
    data = shapes.SHAPES["corpus-good"].make(64 * KIB)
    titles = [line for line in data.splitlines() if line.lstrip().startswith(b"title:")]
    assert len(titles) > 100 and len(set(titles)) == len(titles)


# -- costs inside a regular expression: CPU ratios -------------------------------------------------


def test_the_unit_line_of_a_broken_file_is_found_in_linear_time(tmp_path: Path, ctx: Context) -> None:
    # A file libyaml refuses on line 1, then "unit: x" + spaces + "y": the checker looks for the
    # unit the broken file names. Quadratic: ~16× from 2 KiB to 8 KiB (11 s for 20 KB before).
    small, large = write(tmp_path, "unit-spaces", 2 * KIB), write(tmp_path, "unit-spaces", 8 * KIB)
    summary = check_file(small, ctx)
    assert summary.voided and [p.code for p in summary.problems] == ["yaml-syntax"]
    ratio = cpu_ratio(small, large, ctx)
    assert ratio < LINEAR, f"4× the size cost {ratio:.1f}× the CPU time"


def test_a_duration_padded_with_spaces_is_refused_in_linear_time(tmp_path: Path, ctx: Context) -> None:
    # One documentary whose duration is "1h" + spaces + "x": ~18× from 1 KiB to 4 KiB when the
    # duration patterns backtrack over the spaces.
    small, large = write(tmp_path, "duration-spaces", KIB), write(tmp_path, "duration-spaces", 4 * KIB)
    summary = check_file(small, ctx)
    assert [p.code for p in summary.problems] == ["bad-duration"] and not summary.voided
    ratio = cpu_ratio(small, large, ctx)
    assert ratio < LINEAR, f"4× the size cost {ratio:.1f}× the CPU time"


# -- costs in Python: calls -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shape", "first_code"),
    [("empty-items", "schema"), ("misspelt-key", "unknown-field")],
)
def test_calls_grow_linearly(tmp_path: Path, ctx: Context, shape: str, first_code: str) -> None:
    # 16 KiB and 64 KiB: 8,000 and 32,000 empty items; 300 and 1,200 misspelt items (the second
    # over the 1,000 problems a file lists).
    small, large = write(tmp_path, shape, 16 * KIB), write(tmp_path, shape, 64 * KIB)
    assert check_file(large, ctx).problems[0].code == first_code
    few, many = checked_calls(small, ctx), checked_calls(large, ctx)
    assert many / few < LINEAR, f"4× the size made {many / few:.1f}× the calls ({few:,} → {many:,})"


# -- memory -----------------------------------------------------------------------------------------


def test_padded_dates_leave_nothing_behind(tmp_path: Path, ctx: Context) -> None:
    # Broadcasts whose dates are padded with 100 KB of spaces, each padded differently: 5 of them
    # in 512 KiB, 20 in 2 MiB. A cache of dates keyed by the text kept every padded text after
    # the check (1.5 MB more for the larger file); nothing may stay that grows with the file.
    warm = tmp_path / "warm.yaml"  # first use: lazy set-ups; other texts than those measured
    warm.write_bytes(shapes.padded_dates(64 * KIB, padding=1_000))
    check_file(warm, ctx)
    small, large = write(tmp_path, "padded-dates", 512 * KIB), write(tmp_path, "padded-dates", 2048 * KIB)
    growth = retained(large, ctx) - retained(small, ctx)
    added = large.stat().st_size - small.stat().st_size
    assert growth < added / 10, f"{growth:,} bytes more kept after checking {added:,} bytes more"
    summary = check_file(large, ctx)  # after the measures, which must meet the dates first
    assert summary.problems == [] and summary.items == 20


#: SPEC §7: any file of up to 10 MiB is checked in under 400 MB: at most 40 bytes of memory for
#: each byte of input, once past what every run needs.
BYTES_PER_BYTE = 400 * 1024 * 1024 / (10 * 1024 * 1024)
#: SPEC §7: the top-level ``items`` list has a limit (its example: 100,000 entries).
ITEMS_LIMIT = 100_000


def test_empty_items_past_the_limit_cost_memory_within_the_budget(tmp_path: Path) -> None:
    # "-" lines are two bytes each: 256 KiB holds 131,000 empty items, 512 KiB 262,000, both past
    # the limit. Each empty item used to cost ~340 bytes (an error per item), 170 per byte of
    # input: a 10 MiB file of them needed gigabytes.
    small, large = write(tmp_path, "empty-items", 256 * KIB), write(tmp_path, "empty-items", 512 * KIB)
    assert small.stat().st_size // 2 > ITEMS_LIMIT
    slope = (peak_rss(large) - peak_rss(small)) / (large.stat().st_size - small.stat().st_size)
    assert slope < BYTES_PER_BYTE, f"{slope:.0f} bytes of memory per byte of input"
