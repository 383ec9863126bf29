"""Time ``hpcampaign check`` against libyaml on the same corpus, in one run (SPEC 7, issue 15).

Words used here:

- *measure*: one command run as a child process, timed from its start to its exit (wall clock),
  with its *peak RSS*: the largest resident memory of any one process of it (from ``wait4``,
  which covers the child and the workers it waited for) and the *peak tree RSS*: the largest sum
  of the resident memory of the child and its descendants at one moment, sampled every 20 ms
  (what ``--jobs 2`` really holds; pages shared after ``fork`` are counted in every process).
- *scratch*: a temporary folder outside the repository, removed at the end (in a ``finally``),
  that holds every copy and cache folder below. No measure touches the user's own cache.
- *cache folder*: what ``XDG_CACHE_HOME`` names for a measure of ``check``, whose content cache of
  per-file summaries (``hpcampaign/judge/cache.py``, on by default) lives in
  ``$XDG_CACHE_HOME/hpcampaign``. A *cold* measure runs with a fresh, empty cache folder (emptied
  before and after it): every file misses, and the cost of writing the cache is included.
- *a*: the baseline, ``yaml.load(f, Loader=yaml.CSafeLoader)`` over every file of the corpus, in
  a fresh interpreter (so it pays the interpreter's start, as ``check`` does).
- *f*: the floor, libyaml's event stream alone: ``yaml._yaml.CParser(data).get_event()`` until it
  returns None, for every file read as bytes, in a fresh interpreter (``--events-only``). No
  checker that reads its YAML with libyaml can be faster; its ratio to *a* shows how much of *a*
  is building Python objects.
- *b*: ``python -m hpcampaign check CORPUS --format json --output FILE --as-of 2025-12-31 --plan
  plans/haiphong-2025.yaml``, the real command line end to end (start-up, plan, every file, the
  rules, the JSON written), cold.
- *b-nocache*: *b* with ``--no-cache`` (for information: *b* less the cost of the cache).
- *c*: *b* with ``--jobs 2``, cold.
- *copy*: the corpus copied once into the scratch (``shutil.copytree``); the warm measures change
  one of its files, never the corpus itself.
- *primed*: a cache folder filled by one unmeasured ``check COPY`` with *b*'s options, then kept.
- *edit*: one line ``# benchmark round N`` appended to the *changed file* (one file of the copy)
  just before a measure; the file only grows, so its bytes are new at every edit and exactly that
  file misses the cache. The line is a comment: the file's unit and results are unchanged.
- *w*: the warm re-check: an edit, then ``check COPY`` with *b*'s options and the primed cache
  folder. Its ratio is to *b* (w/b), the first check of the same files.
- *w-hook*: the pre-commit form of it: an edit, then ``check CHANGED_FILE --tree COPY --fail-on
  problems`` with *b*'s other options and the primed cache folder; its ratio is to *b* too.
- *round*: a, f, then b, b-nocache, c, w and w-hook of every variant, one after the other; the
  figures are medians over ``--repeat`` rounds, so a slow moment of the machine touches all alike.
- *outputs identical*: the JSON files *b*, *b-nocache* and *c* wrote in the last round, compared
  byte for byte (the cache and the workers must never change a result).
- *byte-compiled*: before any measure, ``python -m compileall -q`` over the folder of each
  variant's ``hpcampaign`` (and ``benchmarks/``), and every child runs without
  ``PYTHONDONTWRITEBYTECODE``: start-up figures are those of an installed package (``pip
  install`` compiles it), not of a source tree compiled again by every run.
- *ratio/a*: a series' median over *a*'s; *ratio/b*: over the median of its variant's *b* (for
  *b-nocache*, *c*, *w* and *w-hook*).
- *start-up*: ``hpcampaign --version`` (the script installed beside this interpreter, when it
  imports the variant's package: an editable install may point at another checkout), ``python -m
  hpcampaign --version``, ``check --help``, ``check`` of *one file* and of
  ``submissions/``, and ``python -c "import yaml"``, each run ``--startup-repeat`` times; the
  median wall time of each. *One file* is a clerk re-checking the file she just edited: a copy of
  ``submissions/2025-W39/phuong-hong-bang.yaml`` in the scratch (in a ``2025-W39`` folder, as the
  original) that gets a line ``# run N`` before each run, so the cache has never seen its bytes,
  with a cache folder kept across the runs (warm for everything but that file: the plan's
  compiled copy too, which the first of the runs makes); also timed with ``--no-cache`` (the
  plan then validated by pydantic in every run). ``check submissions/`` keeps its cache folder
  too: its median is a warm re-run.
- *variant*: a version of the package to time, as a folder put first on ``PYTHONPATH`` (a
  prototype) or the installed one; ``--variant`` can be given more than once to compare.
- *bars*: the figures SPEC 7 and issue 15 hold the tool to, each with its measure, its bar and
  ``ok`` or ``NOT MET`` (for the installed package, or the first variant): one-file start-up
  ≤ 4× ``import yaml``, ``--version`` ≤ 2× ``import yaml``, warm re-check w/b ≤ 0.1 (on the
  largest corpus of at least 200,000 items), cold b/a ≤ 0.6 and c/a ≤ 0.4, peak RSS of b and tree
  RSS of c < 400 MB (these on the largest corpus).

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
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml._yaml import CParser

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
AS_OF = "2025-12-31"
PLAN = ROOT / "plans" / "haiphong-2025.yaml"
INSTALLED = "installed"
ONE_FILE = Path("submissions") / "2025-W39" / "phuong-hong-bang.yaml"
IMPORT_YAML = "python -c 'import yaml'"
#: Exit codes of a measure that ran to its end (0 on track, 1 a result fails, 3 errors in files).
FINISHED = (0, 1, 3)
#: The warm re-check bar holds on a corpus of at least this many items.
WARM_ITEMS = 200_000


@dataclass(frozen=True, slots=True)
class Measure:
    """One timed child process: wall and CPU seconds, peak RSS (MB) of one process and of its tree."""

    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    peak_tree_rss_mb: float
    returncode: int


@dataclass(frozen=True, slots=True)
class Variant:
    """A version of the package: a name and the folder put first on ``PYTHONPATH`` (None: installed)."""

    name: str
    path: Path | None

    @property
    def cwd(self) -> Path:
        """Where the variant runs: ``python -m`` puts the working folder first on ``sys.path``."""
        return self.path if self.path is not None else ROOT

    @property
    def suffix(self) -> str:
        """What names this variant's series: nothing for the installed one, else ``[NAME]``."""
        return "" if self.name == INSTALLED else f"[{self.name}]"

    @property
    def package(self) -> Path:
        """The folder of the variant's ``hpcampaign`` (the installed one is editable, from ROOT)."""
        return (self.path if self.path is not None else ROOT) / "hpcampaign"

    def env(self) -> dict[str, str]:
        """The environment of its children: byte code written and read, as an installed package."""
        env = dict(os.environ)
        env.pop("PYTHONPROFILEIMPORTTIME", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if self.path is not None:
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(self.path), env.get("PYTHONPATH")]))
        return env


PLAIN = Variant(INSTALLED, None)


@dataclass(frozen=True, slots=True)
class Edit:
    """A file changed just before each measure: a line ``# LABEL N`` appended (see *edit*)."""

    path: Path
    label: str

    def apply(self, number: int) -> None:
        append_line(self.path, f"# {self.label} {number}\n")


@dataclass(slots=True)
class Series:
    """The measures of one command over the rounds, and how each finds its cache folder.

    ``cache``: the ``XDG_CACHE_HOME`` of every measure (None: left as it is); ``cold``: that folder
    is emptied before and after each measure; ``edit``: applied before each measure; ``base``: the
    series its ratio/b is to; ``output``: the file its command writes.
    """

    name: str
    command: list[str]
    variant: Variant = PLAIN
    cache: Path | None = None
    cold: bool = False
    edit: Edit | None = None
    base: str | None = None
    output: Path | None = None
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

    def document(self) -> dict[str, Any]:
        """The series as JSON data."""
        return {
            "name": self.name,
            "command": self.command,
            "variant": self.variant.name,
            "cache": "cold" if self.cold else ("kept" if self.cache is not None else None),
            "changed_file": str(self.edit.path) if self.edit is not None else None,
            "measures": [asdict(m) for m in self.measures],
        }


# -- the baseline and the floor (run in a child: ``python -m benchmarks.run --load-only CORPUS``) ---


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


def count_events(data: bytes) -> int:
    """The number of events libyaml's parser gives for ``data``, nothing built from them."""
    parser = CParser(data)
    events = 0
    while parser.get_event() is not None:
        events += 1
    return events


def events_all(root: Path) -> int:
    """Floor *f*: libyaml's event stream over every file, read as bytes; the number of files read."""
    paths = yaml_files(root)
    for path in paths:
        with open(path, "rb") as handle:
            count_events(handle.read())
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


def append_line(path: Path, line: str) -> None:
    """Append ``line`` to ``path`` (after a newline, when its last line has none)."""
    data = path.read_bytes()
    with open(path, "ab") as handle:
        handle.write((b"\n" if data and not data.endswith(b"\n") else b"") + line.encode("utf-8"))


def empty(folder: Path) -> None:
    """Remove ``folder`` and what it holds (it is made again by whoever needs it)."""
    shutil.rmtree(folder, ignore_errors=True)


def run_series(entry: Series, number: int) -> Measure:
    """One measure of ``entry`` (its edit, its cache folder), kept; a run that did not finish stops all."""
    env = entry.variant.env()
    if entry.cache is not None:
        env["XDG_CACHE_HOME"] = str(entry.cache)
    if entry.edit is not None:
        entry.edit.apply(number)
    if entry.cold and entry.cache is not None:
        empty(entry.cache)
    try:
        result = measure(entry.command, env, entry.variant.cwd)
    finally:
        if entry.cold and entry.cache is not None:
            empty(entry.cache)
    if result.returncode not in FINISHED:
        raise SystemExit(f"{entry.name} failed with exit code {result.returncode}: {' '.join(entry.command)}")
    entry.measures.append(result)
    return result


def warm(root: Path) -> None:
    """Read every file once, so that the first measure does not pay for the disk."""
    for path in yaml_files(root):
        path.read_bytes()


def byte_compile(variants: Sequence[Variant]) -> list[Path]:
    """Compile every variant's package (and ``benchmarks/``) as ``pip install`` does; the folders."""
    folders = list(dict.fromkeys([*(v.package for v in variants), ROOT / "benchmarks"]))
    for folder in folders:
        command = [sys.executable, "-m", "compileall", "-q", str(folder)]
        subprocess.run(command, check=True, env=PLAIN.env(), stdout=subprocess.DEVNULL)
    return folders


def scratch_folder() -> Path:
    """A new temporary folder outside the repository (see *scratch*)."""
    folder = Path(tempfile.mkdtemp(prefix="hpcampaign-bench-")).resolve()
    if folder.is_relative_to(ROOT):
        shutil.rmtree(folder)
        raise SystemExit(f"the temporary folder {folder} is inside the repository: set TMPDIR")
    return folder


# -- the series of one corpus -------------------------------------------------------------------------


def check_command(
    corpus: Path, jobs: int, output: Path, *, format: str = "json", extra: Sequence[str] = ()
) -> list[str]:
    command = [sys.executable, "-m", "hpcampaign", "check", str(corpus.resolve()), "--format", format]
    command += ["--plan", str(PLAN), "--output", str(output.resolve()), "--as-of", AS_OF, *extra]
    return command + (["--jobs", str(jobs)] if jobs > 1 else [])


def hook_command(changed: Path, tree: Path, output: Path) -> list[str]:
    """*w-hook*: what pre-commit runs for one changed file of ``tree``."""
    return check_command(changed, 1, output, extra=["--tree", str(tree.resolve()), "--fail-on", "problems"])


def helper_command(flag: str, corpus: Path) -> list[str]:
    """A fresh interpreter running this module with ``flag`` (``--load-only``, ``--events-only``)."""
    return [sys.executable, "-m", "benchmarks.run", flag, str(corpus.resolve())]


def changed_file(copy: Path) -> Path:
    """The file of the copy the warm measures edit: the middle one in name order."""
    paths = yaml_files(copy)
    if not paths:
        raise SystemExit(f"no YAML file in {copy}")
    return paths[len(paths) // 2]


def variant_series(
    corpus: Path, copy: Path, edit: Edit, jobs: int, variant: Variant, work: Path
) -> list[Series]:
    """b, b-nocache, c, w and w-hook of one variant (see the module docstring)."""
    suffix, b = variant.suffix, "b" + variant.suffix
    out = OUT / f"check-{corpus.name}-{variant.name}"
    cold, primed = work / f"cold-{variant.name}", work / f"primed-{variant.name}"
    outputs = {n: Path(f"{out}-{n}.json") for n in ("j1", "nocache", f"j{jobs}", "warm", "hook")}
    return [
        Series(b, check_command(corpus, 1, outputs["j1"]), variant, cold, True, output=outputs["j1"]),
        Series(
            "b-nocache" + suffix,
            check_command(corpus, 1, outputs["nocache"], extra=["--no-cache"]),
            variant,
            base=b,
            output=outputs["nocache"],
        ),
        Series(
            "c" + suffix,
            check_command(corpus, jobs, outputs[f"j{jobs}"]),
            variant,
            cold,
            True,
            base=b,
            output=outputs[f"j{jobs}"],
        ),
        Series("w" + suffix, check_command(copy, 1, outputs["warm"]), variant, primed, edit=edit, base=b),
        Series(
            "w-hook" + suffix,
            hook_command(edit.path, copy, outputs["hook"]),
            variant,
            primed,
            edit=edit,
            base=b,
        ),
    ]


def corpus_series(
    corpus: Path, copy: Path, jobs: int, variants: list[Variant], work: Path
) -> dict[str, Series]:
    """Every series of one corpus, in the order of a round."""
    series = [
        Series("a", helper_command("--load-only", corpus)),
        Series("f", helper_command("--events-only", corpus)),
    ]
    edit = Edit(changed_file(copy), "benchmark round")
    for variant in variants:
        series += variant_series(corpus, copy, edit, jobs, variant, work)
    return {entry.name: entry for entry in series}


def prime(series: dict[str, Series], variants: list[Variant]) -> None:
    """Fill the primed cache folder of every variant's *w* by one unmeasured ``check COPY``."""
    for variant in variants:
        entry = series["w" + variant.suffix]
        env = entry.variant.env() | {"XDG_CACHE_HOME": str(entry.cache)}
        result = measure(entry.command, env, entry.variant.cwd)
        if result.returncode not in FINISHED:
            raise SystemExit(f"priming {entry.name} failed with exit code {result.returncode}")
        print(f"  primed the cache of {entry.name} in {result.seconds:.2f} s", flush=True)


def identical_outputs(series: dict[str, Series], variants: list[Variant]) -> dict[str, bool]:
    """Per variant, whether b, b-nocache and c wrote the same bytes (see *outputs identical*)."""
    found: dict[str, bool] = {}
    for variant in variants:
        names = [n + variant.suffix for n in ("b", "b-nocache", "c")]
        outputs = [series[n].output for n in names]
        contents = {path.read_bytes() if path is not None and path.is_file() else None for path in outputs}
        found[", ".join(names)] = len(contents) == 1 and None not in contents
    return found


@dataclass(slots=True)
class CorpusFigures:
    """The figures of one corpus: the series, items, the ratios, whether the outputs agree."""

    corpus: str
    items: int | None
    files: int
    series: dict[str, Series]
    identical: dict[str, bool] = field(default_factory=dict)

    def ratio(self, name: str) -> float:
        return self.series[name].median / self.series["a"].median

    def ratio_to_base(self, name: str) -> float | None:
        base = self.series[name].base
        return self.series[name].median / self.series[base].median if base is not None else None

    def rate(self, name: str) -> float | None:
        return self.items / self.series[name].median if self.items else None


def rounds(series: dict[str, Series], repeat: int) -> None:
    """``repeat`` rounds of every series, each measure printed as it ends."""
    for round_number in range(1, repeat + 1):
        for name, entry in series.items():
            result = run_series(entry, round_number)
            print(
                f"  round {round_number}/{repeat} {name:<12} {result.seconds:8.2f} s  "
                f"cpu {result.cpu_seconds:7.2f} s  "
                f"peak RSS {result.peak_rss_mb:6.0f} MB  tree {result.peak_tree_rss_mb:6.0f} MB",
                flush=True,
            )


def run_corpus(corpus: Path, repeat: int, jobs: int, variants: list[Variant], scratch: Path) -> CorpusFigures:
    manifest = corpus / "manifest.json"
    items = json.loads(manifest.read_text(encoding="utf-8"))["items"] if manifest.is_file() else None
    files = len(yaml_files(corpus))
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"{corpus.name}-", dir=scratch))
    try:
        copy = work / "copy"
        shutil.copytree(corpus, copy)
        series = corpus_series(corpus, copy, jobs, variants, work)
        print(f"  copy {copy}; changed file {next(s.edit.path for s in series.values() if s.edit)}")
        warm(corpus)
        prime(series, variants)
        rounds(series, repeat)
        identical = identical_outputs(series, variants)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return CorpusFigures(str(corpus), items, files, series, identical)


# -- start-up -----------------------------------------------------------------------------------------


def one_file_copy(scratch: Path) -> Path | None:
    """A copy of the clerk's example file in the scratch, in a folder named as its own; None without it."""
    source = ROOT / ONE_FILE
    if not source.is_file():
        return None
    target = scratch / "one-file" / ONE_FILE.parent.name / ONE_FILE.name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def script_package(variant: Variant) -> Path | None:
    """The ``hpcampaign`` folder that the installed script imports for ``variant`` (None: none).

    Asked of this interpreter run in the script's own folder, first on ``sys.path`` as for the
    script: an editable install may point at another checkout of the project.
    """
    code = "import os, hpcampaign; print(os.path.dirname(os.path.realpath(hpcampaign.__file__)))"
    command, folder = [sys.executable, "-c", code], Path(sys.executable).parent
    env = variant.env()
    probe = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, check=False)
    return Path(probe.stdout.strip()) if probe.returncode == 0 else None


def installed_script(variant: Variant) -> Path | None:
    """The ``hpcampaign`` script beside this interpreter, when it runs ``variant``'s package here.

    Not ``shutil.which``: on PATH it may be a version manager's shim, a shell script that starts
    another process first.
    """
    script = Path(sys.executable).with_name("hpcampaign")
    if not script.is_file():
        return None
    imported = script_package(variant)
    if imported != variant.package.resolve():
        print(f"  {script} imports {imported}, not {variant.package}: not timed", flush=True)
        return None
    return script


def variant_startup(variant: Variant, scratch: Path, clerk: Path | None) -> list[Series]:
    """The start-up series of one variant (see *start-up*)."""
    suffix = "" if variant.name == INSTALLED else f" [{variant.name}]"
    module = [sys.executable, "-m", "hpcampaign"]
    cache = scratch / f"startup-cache-{variant.name}"
    series: list[Series] = []
    script = installed_script(variant)
    if script is not None:
        series.append(Series("hpcampaign --version" + suffix, [str(script), "--version"], variant))
    series.append(Series("python -m hpcampaign --version" + suffix, [*module, "--version"], variant))
    series.append(Series("hpcampaign check --help" + suffix, [*module, "check", "--help"], variant))
    if clerk is not None:  # a clerk's run: SPEC 7 bar, within 4x of import yaml
        edit = Edit(clerk, "run")
        one = [*module, "check", str(clerk), "--plan", str(PLAN), "--as-of", "2025-09-30"]
        series.append(Series("check one file" + suffix, one, variant, cache, edit=edit))
        series.append(Series("check one file --no-cache" + suffix, [*one, "--no-cache"], variant, edit=edit))
    submissions = ROOT / "submissions"
    if submissions.is_dir() and yaml_files(submissions):
        base = [*module, "check", str(submissions), "--plan", str(PLAN)]
        series.append(Series("check submissions/ (table)" + suffix, base, variant, cache))
        series.append(
            Series("check submissions/ (json)" + suffix, [*base, "--format", "json"], variant, cache)
        )
    return series


def startup(repeat: int, variants: list[Variant], scratch: Path) -> dict[str, float]:
    """Median wall seconds of the start-up commands (see *start-up*)."""
    clerk = one_file_copy(scratch)
    series = [Series(IMPORT_YAML, [sys.executable, "-c", "import yaml"])]
    for variant in variants:
        series += variant_startup(variant, scratch, clerk)
    for number in range(1, repeat + 1):
        for entry in series:
            run_series(entry, number)
    return {entry.name: entry.median for entry in series}


# -- the bars -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of SPEC 7 / issue 15: the figure measured (None: not measured, ``missing`` says why),
    the bar, its unit (``MB``, or none for a ratio) and whether the figure must be strictly below."""

    name: str
    figure: float | None
    limit: float
    unit: str = ""
    below: bool = False
    missing: str = "not measured"

    @property
    def met(self) -> bool | None:
        if self.figure is None:
            return None
        return self.figure < self.limit if self.below else self.figure <= self.limit

    def line(self) -> str:
        if self.figure is None:
            return f"  {self.name:<44} {self.missing}"
        unit = f" {self.unit}" if self.unit else ""
        shown = f"{self.figure:.0f}" if self.unit else f"{self.figure:.2f}"
        verdict = "ok" if self.met else "NOT MET"
        bar = f"{'<' if self.below else '≤'} {self.limit:g}{unit}"
        return f"  {self.name:<44} {shown + unit:>7} {bar}  {verdict}"

    def document(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "figure": self.figure,
            "bar": self.limit,
            "unit": self.unit,
            "comparison": "<" if self.below else "<=",
            "met": self.met,
            "note": self.missing if self.figure is None else None,
        }


def _over(starts: dict[str, float], name: str) -> float | None:
    reference, seconds = starts.get(IMPORT_YAML), starts.get(name)
    return seconds / reference if seconds is not None and reference else None


def startup_bars(starts: dict[str, float], variant: Variant) -> list[Bar]:
    suffix = "" if variant.name == INSTALLED else f" [{variant.name}]"
    version = "hpcampaign --version" + suffix
    if version not in starts:
        version = "python -m hpcampaign --version" + suffix
    return [
        Bar("one-file start-up / import yaml", _over(starts, "check one file" + suffix), 4),
        Bar(f"{version.removesuffix(suffix)} / import yaml", _over(starts, version), 2),
    ]


def corpus_bars(figures: list[CorpusFigures], variant: Variant) -> list[Bar]:
    """The bars of the corpora: warm on the largest of at least 200,000 items, the rest on the largest."""
    s = variant.suffix
    large = max(figures, key=lambda f: (f.items or 0, f.files)) if figures else None
    warmed = max(
        (f for f in figures if (f.items or 0) >= WARM_ITEMS), key=lambda f: f.items or 0, default=None
    )
    none = "no corpus measured"
    on = f" ({Path(large.corpus).name})" if large else ""
    return [
        Bar(
            "warm re-check w/b" + (f" ({Path(warmed.corpus).name})" if warmed else ""),
            warmed.ratio_to_base("w" + s) if warmed else None,
            0.1,
            missing=f"no corpus ≥ {WARM_ITEMS:,} items",
        ),
        Bar("cold b/a" + on, large.ratio("b" + s) if large else None, 0.6, missing=none),
        Bar("cold c/a" + on, large.ratio("c" + s) if large else None, 0.4, missing=none),
        Bar(
            "peak RSS of b" + on, large.series["b" + s].peak_rss_mb if large else None, 400, "MB", True, none
        ),
        Bar(
            "tree RSS of c" + on,
            large.series["c" + s].peak_tree_rss_mb if large else None,
            400,
            "MB",
            True,
            none,
        ),
    ]


def bars_block(bars: Sequence[Bar]) -> str:
    return "\n".join(["bars (SPEC 7, issue 15)", *(bar.line() for bar in bars)])


# -- the report ---------------------------------------------------------------------------------------


def corpus_lines(entry: CorpusFigures) -> list[str]:
    count = f"{entry.items:,}" if entry.items else "?"
    lines = [
        f"corpus {entry.corpus}: {count} items in {entry.files:,} files",
        f"  {'run':<12} {'median s':>9} {'ratio/a':>8} {'ratio/b':>8} {'items/s':>10} {'cpu s':>7} "
        f"{'peak RSS':>9} {'tree RSS':>9}",
    ]
    for name, series in entry.series.items():
        rate, to_b = entry.rate(name), entry.ratio_to_base(name)
        lines.append(
            f"  {name:<12} {series.median:9.2f} {entry.ratio(name):8.2f} "
            f"{(f'{to_b:.3f}' if to_b is not None else ''):>8} "
            f"{(f'{rate:,.0f}' if rate else '?'):>10} {series.cpu_median:7.2f} "
            f"{series.peak_rss_mb:7.0f}MB {series.peak_tree_rss_mb:7.0f}MB"
        )
    for names, same in entry.identical.items():
        lines.append(f"  outputs identical ({names}): {'yes' if same else 'no'}")
    return lines


def scaling_lines(figures: list[CorpusFigures]) -> list[str]:
    if len(figures) < 2 or not all(f.items for f in figures):
        return []
    small, large = min(figures, key=lambda f: f.items or 0), max(figures, key=lambda f: f.items or 0)
    scale = (large.items or 0) / (small.items or 1)
    lines = [f"scaling {small.corpus} → {large.corpus}: {scale:.1f}× the items costs"]
    for name in large.series:
        if name in small.series:
            lines.append(
                f"  {name:<12} {large.series[name].median / small.series[name].median:6.2f}× the time"
            )
    return lines


def startup_lines(starts: dict[str, float]) -> list[str]:
    if not starts:
        return []
    lines = ["start-up (median wall seconds)"]
    reference = starts.get(IMPORT_YAML)
    for name, seconds in starts.items():
        ratio = f"  ({seconds / reference:.2f}× import yaml)" if reference else ""
        lines.append(f"  {name:<44} {seconds:6.3f}{ratio}")
    return lines


def report(figures: list[CorpusFigures], starts: dict[str, float], bars: Sequence[Bar] = ()) -> str:
    lines = [line for entry in figures for line in corpus_lines(entry)]
    lines += scaling_lines(figures) + startup_lines(starts)
    if bars:
        lines.append(bars_block(bars))
    return "\n".join(lines)


def document(
    figures: list[CorpusFigures], starts: dict[str, float], bars: Sequence[Bar], compiled: Sequence[Path]
) -> dict[str, Any]:
    """Everything measured, as JSON data."""
    return {
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "byte_compiled": [str(folder) for folder in compiled],
        "corpora": [
            {
                "corpus": f.corpus,
                "items": f.items,
                "files": f.files,
                "series": {name: s.document() for name, s in f.series.items()},
                "medians": {name: s.median for name, s in f.series.items()},
                "ratios": {name: f.ratio(name) for name in f.series},
                "ratios_to_b": {name: f.ratio_to_base(name) for name in f.series if f.series[name].base},
                "outputs_identical": f.identical,
            }
            for f in figures
        ],
        "startup": starts,
        "bars": [bar.document() for bar in bars],
    }


def _variant(text: str) -> Variant:
    name, _, path = text.partition("=")
    if not path:
        raise argparse.ArgumentTypeError("write NAME=FOLDER, e.g. proto=/tmp/hpc-proto")
    return Variant(name, Path(path).resolve())


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
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
    parser.add_argument("--events-only", type=Path, default=None, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse(argv)
    if args.load_only is not None:
        load_all(args.load_only)
        return
    if args.events_only is not None:
        events_all(args.events_only)
        return
    variants: list[Variant] = ([] if args.only_variants else [PLAIN]) + args.variant
    if not variants:
        raise SystemExit("nothing to time: --only-variants without --variant")
    compiled = byte_compile(variants)
    print("byte-compiled (as pip install does): " + ", ".join(map(str, compiled)), flush=True)
    scratch = scratch_folder()
    try:
        figures = []
        for corpus in args.corpus:
            print(f"corpus {corpus}", flush=True)
            figures.append(run_corpus(corpus, args.repeat, args.jobs, variants, scratch))
        starts = {} if args.no_startup else startup(args.startup_repeat, variants, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    bars = [*startup_bars(starts, variants[0]), *corpus_bars(figures, variants[0])]
    print(report(figures, starts, bars))
    saved = args.save or OUT / "figures.json"
    saved.parent.mkdir(parents=True, exist_ok=True)
    saved.write_text(json.dumps(document(figures, starts, bars, compiled), indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
