"""Coverage-guided fuzzing of the per-file check with atheris (libFuzzer).

    python -m tests.fuzz.fuzz_check [--workdir=DIR] [libFuzzer flags] [CORPUS_DIR | INPUT_FILE ...]

The product (every module of :mod:`hpcampaign`) is imported under ``atheris.instrument_imports``,
so libFuzzer sees its branch coverage; each input goes through :func:`tests.fuzz.target.check_one`
(the oracle is described there and in ``tests/fuzz/README.md``).

- The seeds (``tests/corpus/hostile/*.yaml``, ``submissions/**/*.yaml``) are copied into
  ``DIR/corpus``, the corpus libFuzzer grows; ``DIR`` is ``--workdir`` or a new folder under the
  system's temporary folder. The seed folders themselves are never written to.
- Defaults, each unless given: ``-max_len=65536`` (more is refused), ``-timeout=30``,
  ``-artifact_prefix=DIR/`` (where a crashing input is written, as ``crash-<sha1>``), and
  ``-dict=DIR/tokens.dict`` (pieces of YAML and of the format, from :data:`tests.fuzz.seeds.TOKENS`).
- Extra CORPUS_DIRs are read as more seeds. INPUT_FILEs only (no folder): libFuzzer runs each
  file once and stops, which is how a crash is reproduced:
  ``python -m tests.fuzz.fuzz_check tests/fuzz/crashes/crash-…``.
- Nothing is ever written under ``submissions/``: a work dir, artifact prefix or corpus folder
  there is refused (exit 2).

Exit 0 when the run ends without a crash (``-runs`` or ``-max_total_time`` reached), non-zero when
an input raised or broke the oracle (libFuzzer prints the traceback and where the input is).
"""

from __future__ import annotations

import hashlib
import importlib
import pkgutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .seeds import HOSTILE, MAX_LEN, SUBMISSIONS, libfuzzer_dictionary, seed_files

DEFAULT_TIMEOUT = 30


class UsageError(Exception):
    """A command line this entry point refuses; said in one line, exit 2."""


@dataclass(frozen=True)
class Run:
    """What the command line resolves to."""

    workdir: Path
    #: libFuzzer's argv: the program name, flags, then corpus folders or input files.
    libfuzzer_argv: list[str]
    #: False when only input files were given: libFuzzer runs them once, nothing is seeded.
    seeded: bool


def _flag(args: list[str], name: str) -> str | None:
    """The value of libFuzzer's ``-name=value`` in ``args`` (the last one wins, as in libFuzzer)."""
    value = None
    for arg in args:
        if arg.startswith(f"-{name}="):
            value = arg.split("=", 1)[1]
    return value


def _refuse_inside_seed_folders(path: Path, what: str) -> None:
    resolved = path.resolve()
    for forbidden in (SUBMISSIONS.resolve(), HOSTILE.resolve()):
        if resolved.is_relative_to(forbidden):
            raise UsageError(f"{what} {path} is inside {forbidden}: the seed folders are never written to")


def plan_run(args: list[str], program: str = "fuzz_check", temp_root: Path | None = None) -> Run:
    """Resolve the command line (without the program name); make and seed the work dir."""
    workdir: Path | None = None
    flags: list[str] = []
    paths: list[Path] = []
    for arg in args:
        if arg.startswith("--workdir="):
            workdir = Path(arg.split("=", 1)[1])
        elif arg.startswith("-"):
            flags.append(arg)
        else:
            paths.append(Path(arg))
    max_len = _flag(flags, "max_len")
    if max_len is not None and (not max_len.isdigit() or int(max_len) > MAX_LEN):
        raise UsageError(f"-max_len={max_len}: inputs are at most {MAX_LEN} bytes")
    for path in paths:
        if path.is_dir():
            _refuse_inside_seed_folders(path, "corpus folder")
    prefix = _flag(flags, "artifact_prefix")
    if prefix is not None:
        # libFuzzer writes <prefix>crash-<sha1>: the prefix is a folder when it ends with "/".
        _refuse_inside_seed_folders(
            Path(prefix) if prefix.endswith("/") else Path(prefix).parent, "-artifact_prefix"
        )
    if workdir is None:
        workdir = Path(tempfile.mkdtemp(prefix="hpcampaign-fuzz-", dir=temp_root))
    _refuse_inside_seed_folders(workdir, "--workdir")
    workdir.mkdir(parents=True, exist_ok=True)
    seeded = not paths or any(path.is_dir() for path in paths)
    defaults = {
        "max_len": str(MAX_LEN),
        "timeout": str(DEFAULT_TIMEOUT),
        "artifact_prefix": f"{workdir.resolve()}/",
    }
    if seeded:
        dictionary = workdir / "tokens.dict"
        dictionary.write_text(libfuzzer_dictionary(), encoding="ascii")
        defaults["dict"] = str(dictionary)
    for name, value in defaults.items():
        if _flag(flags, name) is None:
            flags.append(f"-{name}={value}")
    corpus: list[str] = []
    if seeded:
        corpus_dir = workdir / "corpus"
        corpus_dir.mkdir(exist_ok=True)
        for seed in seed_files():
            data = seed.read_bytes()[:MAX_LEN]
            # Named by content, as libFuzzer names the inputs it adds: a seed is copied once.
            (corpus_dir / hashlib.sha1(data).hexdigest()).write_bytes(data)
        corpus.append(str(corpus_dir))
    return Run(workdir, [program, *flags, *corpus, *(str(path) for path in paths)], seeded)


def instrumented_target(atheris: Any, workdir: Path) -> Callable[[bytes], None]:
    """Import every module of the product under instrumentation; the target, writing into ``workdir``.

    Every submodule is imported here, not only those the check imports at first: a module the
    check imported lazily, later, would not be instrumented (``__main__`` is left out: importing
    it is running the command). ``str.startswith``/``endswith`` comparisons are reported to
    libFuzzer (atheris's ``str`` hook). Its ``RegEx`` hook is not used: it wraps every compiled
    pattern, triples the memory of the process and found no more coverage here.
    """
    atheris.enabled_hooks.add("str")
    with atheris.instrument_imports(include=["hpcampaign"]):
        package = importlib.import_module("hpcampaign")
        for module in pkgutil.walk_packages(package.__path__, "hpcampaign."):
            if not module.name.endswith(".__main__"):
                importlib.import_module(module.name)
        target = importlib.import_module("tests.fuzz.target")
    check_one: Callable[[bytes], None] = target.Target.create(workdir).check_one
    return check_one


def main(argv: list[str] | None = None) -> None:
    args = sys.argv if argv is None else argv
    try:
        run = plan_run(args[1:], program=args[0])
    except UsageError as error:
        print(f"fuzz_check: {error}", file=sys.stderr)
        sys.exit(2)
    import atheris  # type: ignore[import-untyped, import-not-found, unused-ignore]

    check_one = instrumented_target(atheris, run.workdir)
    print(f"fuzz_check: work dir {run.workdir}", file=sys.stderr)
    atheris.Setup(run.libfuzzer_argv, check_one)
    atheris.Fuzz()  # libFuzzer exits the process: 0 at the end of the run, non-zero on a crash


if __name__ == "__main__":
    main()
