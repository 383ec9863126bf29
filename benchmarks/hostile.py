"""Check one hostile file per shape with the real command line: seconds and memory of each.

Words used here:

- *shape*: a way to build a submission file of a given size that is meant to make a checker
  slow or large (``benchmarks/shapes.py`` says what each one is).
- *measure*: ``python -m hpcampaign check FILE --format json --output OUT --as-of 2025-09-27``
  run once as a child process on the shape's file: its wall seconds, its CPU seconds, its peak
  RSS (``wait4``'s ``ru_maxrss``, as ``benchmarks/run.py`` measures), its exit code and the
  code of the first problem in its JSON output.
- *status*: ``done`` (the child exited by itself), ``timeout`` (killed after ``--timeout``
  seconds), ``memory`` (it ran out of the address space it is allowed, ``--memory-gib``: a
  ``MemoryError``, or death by a signal near the limit), ``crash`` (any other death by a signal).
- *package*: the installed ``hpcampaign`` (the working tree), or a copy of the package given
  with ``--package FOLDER`` (a folder holding ``hpcampaign/`` and ``plans/``, e.g. from
  ``git archive``), as ``benchmarks/run.py --variant`` does.

Files are written to a temporary folder (never under ``submissions/``) and deleted after their
measure. Usage::

    python -m benchmarks.hostile                         # every shape, 10 MiB, 120 s each
    python -m benchmarks.hostile --size-mib 1 --shape 'duration-*' --timeout 30

Nothing here is a test: it prints a table and writes it to ``benchmarks/out/hostile.json``.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.run import INSTALLED, OUT, ROOT, Variant
from benchmarks.shapes import MIB, SHAPES

AS_OF = "2025-09-27"
GIB = 1024 * MIB
#: Exit codes of a child that died of a signal (negative: ``-signal``) which running out of
#: address space can cause: an abort from a failed allocation in C, a segmentation fault.
_MEMORY_SIGNALS = (-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGBUS, -signal.SIGKILL)
_MEMORY_WORDS = ("MemoryError", "Cannot allocate memory", "out of memory", "bad_alloc")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One shape's measure (see the module docstring)."""

    shape: str
    bytes: int
    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    returncode: int | None
    status: str
    first_code: str

    @property
    def exit(self) -> str:
        """The exit column: the code, or the status when the child did not exit by itself."""
        return str(self.returncode) if self.status == "done" else self.status


def limit_memory(limit: int) -> Callable[[], None]:
    """A ``preexec_fn`` that caps the child's address space at ``limit`` bytes."""

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def command(path: Path, output: Path, plan: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "hpcampaign",
        "check",
        str(path),
        "--format",
        "json",
        "--output",
        str(output),
        "--as-of",
        AS_OF,
        "--plan",
        str(plan),
    ]


def first_code(output: Path) -> tuple[str, bool]:
    """(the first problem's code in the JSON output, whether a problem says memory ran out)."""
    try:
        document = json.loads(output.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "", False
    problems = document.get("problems") or []
    code = str(problems[0].get("code", "")) if problems else "-"
    memory = any("MemoryError" in str(problem.get("message", "")) for problem in problems)
    return code, memory


def measure(name: str, data: bytes, folder: Path, variant: Variant, timeout: float, memory: int) -> Outcome:
    """Write ``data`` as one file, check it in a child process, and delete what it wrote."""
    source, output, errors = (
        folder / "in" / f"{name}.yaml",
        folder / "out" / f"{name}.json",
        folder / "err.txt",
    )
    source.parent.mkdir(exist_ok=True)
    output.parent.mkdir(exist_ok=True)
    source.write_bytes(data)
    plan = variant.cwd / "plans" / "haiphong-2025.yaml"
    killed = threading.Event()
    with open(errors, "wb") as stderr:
        start = time.perf_counter()
        child = subprocess.Popen(
            command(source, output, plan if plan.is_file() else ROOT / "plans" / "haiphong-2025.yaml"),
            cwd=variant.cwd,
            env=variant.env(),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            preexec_fn=limit_memory(memory),
            start_new_session=True,  # its own process group: the timeout kills it and nothing else
        )

        def kill() -> None:
            try:
                os.killpg(child.pid, signal.SIGKILL)
            except ProcessLookupError:  # it has just ended by itself
                return
            killed.set()

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
    child.returncode = returncode = os.waitstatus_to_exitcode(status)
    code, out_of_memory = first_code(output)
    tail = errors.read_bytes()[-4000:].decode("utf-8", "replace")
    out_of_memory = out_of_memory or any(word in tail for word in _MEMORY_WORDS)
    peak = usage.ru_maxrss / 1024  # KiB on Linux
    if killed.is_set():
        state = "timeout"
    elif out_of_memory or (returncode in _MEMORY_SIGNALS and peak * MIB > 0.5 * memory):
        state = "memory"
    elif returncode < 0:
        state = "crash"
    else:
        state = "done"
    for path in (source, output, errors):
        path.unlink(missing_ok=True)
    cpu = usage.ru_utime + usage.ru_stime
    return Outcome(name, len(data), seconds, cpu, peak, returncode, state, code)


def table(outcomes: Sequence[Outcome]) -> str:
    """The outcomes as a Markdown table (the README's form)."""
    lines = [
        "| shape | bytes | seconds | peak RSS MB | exit | first problem |",
        "|---|---:|---:|---:|---|---|",
    ]
    for o in outcomes:
        figures = f"{o.bytes:,} | {o.seconds:.2f} | {o.peak_rss_mb:,.0f}"
        lines.append(f"| {o.shape} | {figures} | {o.exit} | {o.first_code} |")
    return "\n".join(lines)


def chosen(patterns: Sequence[str]) -> list[str]:
    """The shapes named by ``patterns`` (names or ``fnmatch`` patterns), in the catalogue's order."""
    if not patterns:
        return list(SHAPES)
    unknown = [p for p in patterns if not any(fnmatch.fnmatchcase(name, p) for name in SHAPES)]
    if unknown:
        raise SystemExit(f"no shape matches {', '.join(unknown)}; --list shows them")
    return [name for name in SHAPES if any(fnmatch.fnmatchcase(name, p) for p in patterns)]


def _head() -> str:
    """The commit checked out here (read only: nothing in git changes)."""
    try:
        found = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return ""
    return found.stdout.strip()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--size-mib", type=float, default=10.0, help="size of each file in MiB (default 10)")
    parser.add_argument(
        "--shape", action="append", default=[], help="a shape, or a pattern such as 'corpus-*' (repeatable)"
    )
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per shape (default 120)")
    parser.add_argument(
        "--memory-gib", type=float, default=4.0, help="address space of the child (default 4 GiB)"
    )
    parser.add_argument(
        "--package", type=Path, default=None, help="FOLDER holding hpcampaign/ (and plans/) to run instead"
    )
    parser.add_argument("--save", type=Path, default=OUT / "hostile.json", help="where to write the JSON")
    parser.add_argument("--list", action="store_true", help="list the shapes and stop")
    args = parser.parse_args(argv)
    if args.list:
        for entry in SHAPES.values():
            print(f"{entry.name:<36} {entry.what}")
        return
    names = chosen(args.shape)
    size = int(args.size_mib * MIB)
    memory = int(args.memory_gib * GIB)
    package = args.package.resolve() if args.package is not None else None
    variant = Variant(package.name if package is not None else INSTALLED, package)
    label = str(package) if package is not None else f"working tree (HEAD {_head() or '?'})"
    print(f"{len(names)} shapes, {size:,} bytes each, timeout {args.timeout:g} s, {label}", flush=True)
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="hpc-hostile-") as temp:
        for name in names:
            outcome = measure(name, SHAPES[name].make(size), Path(temp), variant, args.timeout, memory)
            outcomes.append(outcome)
            print(
                f"  {name:<36} {outcome.bytes:>12,} B {outcome.seconds:8.2f} s "
                f"{outcome.peak_rss_mb:8.0f} MB  {outcome.exit:<8} {outcome.first_code}",
                flush=True,
            )
    print(table(outcomes))
    args.save.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "package": label,
        "as_of": AS_OF,
        "size_bytes": size,
        "timeout_seconds": args.timeout,
        "memory_limit_bytes": memory,
        "outcomes": [{**asdict(o), "what": SHAPES[o.shape].what} for o in outcomes],
    }
    args.save.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
