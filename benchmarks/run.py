"""Time ``hpcampaign check`` against libyaml on the same corpus, in one run.

Words used here:

- *measure*: one command run as a child process, timed from its start to its exit (wall clock),
  with its *peak RSS*: the largest resident memory of any one process of it (from ``wait4``,
  which covers the child and the workers it waited for) and the *peak tree RSS*: the largest sum
  of the resident memory of the child and its descendants at one moment, sampled every 20 ms
  (what ``--jobs 2`` really holds; pages shared after ``fork`` are counted in every process).
- *a*: the baseline, ``yaml.load(f, Loader=yaml.CSafeLoader)`` over every file of the corpus, in
  a fresh interpreter (so it pays the interpreter's start, as ``check`` does).
- *b*: ``python -m hpcampaign check CORPUS --format json --output FILE --as-of 2025-12-31``, the
  real command line end to end: start-up, plan, every file, the rules, the JSON written.
- *c*: the same as *b* with ``--jobs 2``.
- *round*: a, b and c one after the other; the figures are medians over ``--repeat`` rounds,
  so a slow moment of the machine touches all three alike.
- *start-up*: ``hpcampaign --version`` (the installed script), ``check`` of one example file
  (a clerk's run) and ``python -c "import yaml"``, each run ``--startup-repeat`` times; the
  median wall time of each.
- *variant*: a version of the package to time, as a folder put first on ``PYTHONPATH`` (a
  prototype) or the installed one; ``--variant`` can be given more than once to compare.

Usage::

    python -m benchmarks.run --corpus benchmarks/corpus/1m --repeat 3

Nothing here is a test: it prints figures and writes them to ``benchmarks/out/`` as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
AS_OF = "2025-12-31"
PLAN = ROOT / "plans" / "haiphong-2025.yaml"
INSTALLED = "installed"


@dataclass(frozen=True, slots=True)
class Measure:
    """One timed child process: wall and CPU seconds, peak RSS (MB) of one process and of its tree."""

    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    peak_tree_rss_mb: float
    returncode: int


@dataclass(slots=True)
class Series:
    """The measures of one command over the rounds."""

    name: str
    command: list[str]
    measures: list[Measure] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(m.seconds for m in self.measures)

    @property
    def cpu_median(self) -> float:
        return statistics.median(m.cpu_seconds for m in self.measures)

    @property
    def peak_rss_mb(self) -> float:
        return max(m.peak_rss_mb for m in self.measures)

    @property
    def peak_tree_rss_mb(self) -> float:
        return max(m.peak_tree_rss_mb for m in self.measures)


@dataclass(frozen=True, slots=True)
class Variant:
    """A version of the package: a name and the folder put first on ``PYTHONPATH`` (None: installed)."""

    name: str
    path: Path | None

    @property
    def cwd(self) -> Path:
        """Where the variant runs: ``python -m`` puts the working folder first on ``sys.path``."""
        return self.path if self.path is not None else ROOT

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.pop("PYTHONPROFILEIMPORTTIME", None)
        if self.path is not None:
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(self.path), env.get("PYTHONPATH")]))
        return env


# -- the baseline (run in a child: ``python -m benchmarks.run --load-only CORPUS``) ----------------


def yaml_files(root: Path) -> list[Path]:
    """Every ``*.yaml``/``*.yml`` under ``root``, sorted, hidden names skipped (as ``check`` finds them)."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(folder, name)
            for name in files
            if not name.startswith(".") and name.lower().endswith((".yaml", ".yml"))
        )
    return sorted(found)


def load_all(root: Path) -> int:
    """Baseline *a*: load every file with libyaml's safe loader; the number of files read."""
    paths = yaml_files(root)
    for path in paths:
        with open(path, "rb") as handle:
            yaml.load(handle, Loader=yaml.CSafeLoader)
    return len(paths)


# -- measuring ---------------------------------------------------------------------------------------


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    """``pid`` and every process below it (Linux ``/proc``; just ``pid`` elsewhere)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as handle:
                    todo.extend(int(child) for child in handle.read().split())
        except OSError:
            continue
    return found


def measure(command: Sequence[str], env: dict[str, str], cwd: Path = ROOT) -> Measure:
    """Run ``command`` once; its wall time, peak RSS (one process and whole tree) and exit code."""
    peak_tree = 0
    done = threading.Event()
    start = time.perf_counter()
    child = subprocess.Popen(list(command), cwd=cwd, env=env, stdout=subprocess.DEVNULL)

    def sample() -> None:
        nonlocal peak_tree
        while not done.is_set():
            peak_tree = max(peak_tree, sum(_rss_kb(pid) for pid in _descendants(child.pid)))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in KiB on Linux; it is the largest of the child and the children it waited for.
    cpu = usage.ru_utime + usage.ru_stime
    return Measure(
        seconds, cpu, usage.ru_maxrss / 1024, max(peak_tree, usage.ru_maxrss) / 1024, child.returncode
    )


def warm(root: Path) -> None:
    """Read every file once, so that the first measure does not pay for the disk."""
    for path in yaml_files(root):
        path.read_bytes()


def check_command(corpus: Path, jobs: int, output: Path, *, format: str = "json") -> list[str]:
    command = [sys.executable, "-m", "hpcampaign", "check", str(corpus.resolve()), "--format", format]
    command += ["--plan", str(PLAN), "--output", str(output.resolve()), "--as-of", AS_OF]
    return command + (["--jobs", str(jobs)] if jobs > 1 else [])


@dataclass(slots=True)
class CorpusFigures:
    """The figures of one corpus: the series, items and the ratios to the baseline."""

    corpus: str
    items: int | None
    files: int
    series: dict[str, Series]

    def ratio(self, name: str) -> float:
        return self.series[name].median / self.series["a"].median

    def rate(self, name: str) -> float | None:
        return self.items / self.series[name].median if self.items else None


def run_corpus(corpus: Path, repeat: int, jobs: int, variants: list[Variant]) -> CorpusFigures:
    manifest = corpus / "manifest.json"
    items = json.loads(manifest.read_text(encoding="utf-8"))["items"] if manifest.is_file() else None
    files = len(yaml_files(corpus))
    OUT.mkdir(parents=True, exist_ok=True)
    plain = Variant(INSTALLED, None)
    baseline = [sys.executable, "-m", "benchmarks.run", "--load-only", str(corpus.resolve())]
    series = {"a": Series("a", baseline)}
    runs = {"a": plain}
    for variant in variants:
        suffix = "" if variant.name == INSTALLED else f"[{variant.name}]"
        tag = f"{corpus.name}-{variant.name}"
        series["b" + suffix] = Series("b" + suffix, check_command(corpus, 1, OUT / f"check-{tag}-j1.json"))
        series["c" + suffix] = Series(
            "c" + suffix, check_command(corpus, jobs, OUT / f"check-{tag}-j{jobs}.json")
        )
        runs["b" + suffix] = runs["c" + suffix] = variant
    warm(corpus)
    for round_number in range(1, repeat + 1):
        for name, entry in series.items():
            result = measure(entry.command, runs[name].env(), runs[name].cwd)
            if result.returncode not in (0, 1, 3):
                raise SystemExit(
                    f"{name} failed with exit code {result.returncode}: {' '.join(entry.command)}"
                )
            entry.measures.append(result)
            print(
                f"  round {round_number}/{repeat} {name:<12} {result.seconds:8.2f} s  "
                f"cpu {result.cpu_seconds:7.2f} s  "
                f"peak RSS {result.peak_rss_mb:6.0f} MB  tree {result.peak_tree_rss_mb:6.0f} MB",
                flush=True,
            )
    return CorpusFigures(str(corpus), items, files, series)


def startup(repeat: int, variants: list[Variant]) -> dict[str, float]:
    """Median wall seconds of the start-up commands (``check`` of one file and of ``submissions/``)."""
    commands: dict[str, tuple[list[str], Variant]] = {}
    plain = Variant(INSTALLED, None)
    commands["python -c 'import yaml'"] = ([sys.executable, "-c", "import yaml"], plain)
    script = shutil.which("hpcampaign") or str(Path(sys.executable).with_name("hpcampaign"))
    for variant in variants:
        suffix = "" if variant.name == INSTALLED else f" [{variant.name}]"
        if Path(script).exists():
            commands["hpcampaign --version" + suffix] = ([script, "--version"], variant)
        commands["python -m hpcampaign --version" + suffix] = (
            [sys.executable, "-m", "hpcampaign", "--version"],
            variant,
        )
        commands["hpcampaign check --help" + suffix] = (
            [sys.executable, "-m", "hpcampaign", "check", "--help"],
            variant,
        )
        one_file = ROOT / "submissions" / "2025-W39" / "phuong-hong-bang.yaml"
        if one_file.is_file():  # a clerk's run: SPEC 7 bar, within 4x of import yaml
            clerk = ["check", str(one_file), "--plan", str(PLAN), "--as-of", "2025-09-30"]
            commands["check one file" + suffix] = ([sys.executable, "-m", "hpcampaign", *clerk], variant)
        submissions = ROOT / "submissions"
        if submissions.is_dir() and yaml_files(submissions):
            base = [sys.executable, "-m", "hpcampaign", "check", str(submissions), "--plan", str(PLAN)]
            commands["check submissions/ (table)" + suffix] = (base, variant)
            commands["check submissions/ (json)" + suffix] = ([*base, "--format", "json"], variant)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, (command, variant) in commands.items():
            times[name].append(measure(command, variant.env(), variant.cwd).seconds)
    return {name: statistics.median(values) for name, values in times.items()}


def report(figures: list[CorpusFigures], starts: dict[str, float]) -> str:
    lines = []
    for entry in figures:
        count = f"{entry.items:,}" if entry.items else "?"
        lines.append(f"corpus {entry.corpus}: {count} items in {entry.files:,} files")
        lines.append(
            f"  {'run':<12} {'median s':>9} {'ratio/a':>8} {'items/s':>10} {'cpu s':>7} "
            f"{'peak RSS':>9} {'tree RSS':>9}"
        )
        for name, series in entry.series.items():
            rate = entry.rate(name)
            lines.append(
                f"  {name:<12} {series.median:9.2f} {entry.ratio(name):8.2f} "
                f"{(f'{rate:,.0f}' if rate else '?'):>10} {series.cpu_median:7.2f} "
                f"{series.peak_rss_mb:7.0f}MB {series.peak_tree_rss_mb:7.0f}MB"
            )
    if len(figures) >= 2 and all(f.items for f in figures):
        small, large = min(figures, key=lambda f: f.items or 0), max(figures, key=lambda f: f.items or 0)
        scale = (large.items or 0) / (small.items or 1)
        lines.append(f"scaling {small.corpus} → {large.corpus}: {scale:.1f}× the items costs")
        for name in large.series:
            if name in small.series:
                lines.append(
                    f"  {name:<12} {large.series[name].median / small.series[name].median:6.2f}× the time"
                )
    if starts:
        lines.append("start-up (median wall seconds)")
        reference = starts.get("python -c 'import yaml'")
        for name, seconds in starts.items():
            ratio = f"  ({seconds / reference:.2f}× import yaml)" if reference else ""
            lines.append(f"  {name:<44} {seconds:6.3f}{ratio}")
    return "\n".join(lines)


def _variant(text: str) -> Variant:
    name, _, path = text.partition("=")
    if not path:
        raise argparse.ArgumentTypeError("write NAME=FOLDER, e.g. proto=/tmp/hpc-proto")
    return Variant(name, Path(path).resolve())


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--corpus", type=Path, action="append", default=[], help="a corpus folder (repeatable)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="rounds per corpus (default 3)")
    parser.add_argument("--jobs", type=int, default=2, help="--jobs of run c (default 2)")
    parser.add_argument(
        "--startup-repeat", type=int, default=20, help="runs of each start-up command (default 20)"
    )
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up figures")
    parser.add_argument(
        "--variant",
        type=_variant,
        action="append",
        default=[],
        help="NAME=FOLDER: also time this copy of the package",
    )
    parser.add_argument(
        "--only-variants", action="store_true", help="time the variants but not the installed package"
    )
    parser.add_argument("--save", type=Path, default=None, help="write the figures as JSON here")
    parser.add_argument("--load-only", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.load_only is not None:
        load_all(args.load_only)
        return
    variants: list[Variant] = ([] if args.only_variants else [Variant(INSTALLED, None)]) + args.variant
    figures = []
    for corpus in args.corpus:
        print(f"corpus {corpus}", flush=True)
        figures.append(run_corpus(corpus, args.repeat, args.jobs, variants))
    starts = {} if args.no_startup else startup(args.startup_repeat, variants)
    text = report(figures, starts)
    print(text)
    saved = args.save or OUT / "figures.json"
    saved.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "corpora": [
            {
                "corpus": f.corpus,
                "items": f.items,
                "files": f.files,
                "series": {name: asdict(s) for name, s in f.series.items()},
                "medians": {name: s.median for name, s in f.series.items()},
                "ratios": {name: f.ratio(name) for name in f.series},
            }
            for f in figures
        ],
        "startup": starts,
    }
    saved.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
