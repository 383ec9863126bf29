"""The fuzz target of the per-file check, run by pytest: its seeds, and a bounded hypothesis run.

The oracle is :mod:`tests.fuzz.target` (``tests/fuzz/README.md`` says what it checks); the
coverage-guided run with atheris is ``python -m tests.fuzz.fuzz_check``, in ``.ci/run``. Here
every seed must pass the oracle, and so must ~200 inputs hypothesis makes: raw bytes, YAML tokens,
and seeds mutated (tokens and bytes inserted, ranges deleted or repeated, seeds spliced). The
command-line handling of the atheris entry point is tested without atheris.
"""

from __future__ import annotations

import contextlib
import hashlib
import warnings
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from hpcampaign.records import FileSummary
from tests.fuzz import fuzz_check
from tests.fuzz.seeds import HOSTILE, MAX_LEN, ROOT, SUBMISSIONS, TOKENS, libfuzzer_dictionary, seed_files
from tests.fuzz.strategies import inputs, mutate
from tests.fuzz.target import DISPLAY, Target, last_line
from tests.test_examples import FOLDERS
from tests.test_loader_hostile import CASES, GENERATED

# As in test_loader_properties: on a failure, hypothesis's pytest plugin imports libcst, which
# warns, and filterwarnings=error would hide the failing example behind an INTERNALERROR.
with warnings.catch_warnings(), contextlib.suppress(ImportError):
    warnings.simplefilter("ignore", DeprecationWarning)
    import hypothesis.extra._patching  # noqa: F401

SEEDS = seed_files()


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Target:
    return Target.create(tmp_path_factory.mktemp("fuzz"))


def test_the_seeds_are_the_hostile_corpus_and_the_examples() -> None:
    hostile = [path.name for path in SEEDS if path.parent == HOSTILE]
    examples = [
        path.relative_to(SUBMISSIONS).as_posix() for path in SEEDS if path.is_relative_to(SUBMISSIONS)
    ]
    # Every committed case of the hostile corpus (the list test_loader_hostile keeps by hand), then
    # the 169 example submissions (submissions/README.md lists the folders): nothing else.
    assert sum(FOLDERS.values()) == 169
    assert hostile == sorted(set(CASES) - set(GENERATED))
    assert len(examples) == 169 and examples[0] == "2025-10/bao-nhan-dan.yaml"
    weeks = Counter(example.split("/")[0] for example in examples)
    assert weeks == FOLDERS  # the example folders and their counts, as test_examples keeps them
    assert [HOSTILE / name for name in hostile] + [SUBMISSIONS / name for name in examples] == SEEDS


@pytest.mark.parametrize("seed", SEEDS, ids=[str(path.relative_to(ROOT)) for path in SEEDS])
def test_every_seed_passes_the_oracle(target: Target, seed: Path) -> None:
    target.check_one(seed.read_bytes())


@settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
@given(data=inputs())
def test_fuzzed_inputs_pass_the_oracle(target: Target, data: bytes) -> None:
    target.check_one(data)


# --- the oracle itself ---------------------------------------------------------------------------


def test_the_oracle_catches_a_broken_property(target: Target, monkeypatch: pytest.MonkeyPatch) -> None:
    """A check whose problems point past the end of the file is reported, not waved through."""
    real = Target.check

    def shifted(self: Target, data: bytes) -> FileSummary:
        summary = real(self, data)
        summary.problems = [replace(p, line=99) for p in summary.problems]
        return summary

    monkeypatch.setattr(Target, "check", shifted)
    with pytest.raises(AssertionError, match=r"line 99 outside 1\.\.2"):
        target.check_one(b"unit: nobody\n")


def test_the_last_line_is_counted_as_libyaml_counts_lines() -> None:
    assert last_line(b"") == 1
    assert last_line(b"a") == 1
    assert last_line(b"a\n") == 2
    assert last_line(b"a\r\nb\rc\nd") == 4
    assert last_line("a\u2028b\x85c".encode()) == 3
    assert last_line(b"\xef\xbb\xbfa\n\xff\n") == 3


def test_a_problem_carries_the_display_name(target: Target) -> None:
    summary = target.check(b"items: [\n")
    # The bracket is never closed: said where it opens (libyaml finds the end of the file on line 2).
    assert [(p.path, p.code, p.line, p.column) for p in summary.problems] == [(DISPLAY, "yaml-syntax", 1, 8)]


def test_inputs_are_cut_to_the_size_limit() -> None:
    seed = SEEDS[0].read_bytes()
    grown = mutate(seed, ("repeat", 0, 7, 64, b"x", 0), [seed])
    assert len(grown) <= MAX_LEN
    assert len(mutate(b"x" * MAX_LEN, ("insert", 0, 0, 0, b"more", 0), [seed])) == MAX_LEN


# --- the atheris entry point's command line ------------------------------------------------------


def test_the_work_dir_is_seeded_and_gets_the_defaults(tmp_path: Path) -> None:
    run = fuzz_check.plan_run(["-runs=10"], program="fuzz", temp_root=tmp_path)
    assert run.workdir.parent == tmp_path
    corpus = run.workdir / "corpus"
    copied = {path.read_bytes() for path in corpus.iterdir()}
    assert copied == {path.read_bytes()[:MAX_LEN] for path in SEEDS}
    assert run.libfuzzer_argv == [
        "fuzz",
        "-runs=10",
        f"-max_len={MAX_LEN}",
        f"-timeout={fuzz_check.DEFAULT_TIMEOUT}",
        f"-artifact_prefix={run.workdir.resolve()}/",
        f"-dict={run.workdir / 'tokens.dict'}",
        str(corpus),
    ]
    assert (run.workdir / "tokens.dict").read_text(encoding="ascii") == libfuzzer_dictionary()


def test_given_flags_win_and_input_files_are_only_replayed(tmp_path: Path) -> None:
    crash = tmp_path / "crash-1"
    crash.write_bytes(b"items: [")
    run = fuzz_check.plan_run(
        [f"--workdir={tmp_path / 'w'}", "-max_len=100", "-timeout=5", str(crash)], program="fuzz"
    )
    assert not run.seeded
    assert run.workdir == tmp_path / "w"
    assert not (run.workdir / "corpus").exists()
    assert run.libfuzzer_argv == [
        "fuzz",
        "-max_len=100",
        "-timeout=5",
        f"-artifact_prefix={run.workdir.resolve()}/",
        str(crash),
    ]


@pytest.mark.parametrize(
    "args",
    [
        [f"--workdir={SUBMISSIONS / 'fuzz'}"],
        [f"-artifact_prefix={SUBMISSIONS}/"],
        [f"-artifact_prefix={SUBMISSIONS / '2025-W36' / 'crash-'}"],
        [str(SUBMISSIONS / "2025-W36")],
        [f"--workdir={HOSTILE}"],
        [f"-max_len={MAX_LEN + 1}"],
    ],
    ids=["workdir", "artifact-folder", "artifact-prefix", "corpus-folder", "hostile-corpus", "max-len"],
)
def test_nothing_is_written_into_the_seed_folders(tmp_path: Path, args: list[str]) -> None:
    before = {path: hashlib.sha1(path.read_bytes()).hexdigest() for path in SEEDS}
    with pytest.raises(fuzz_check.UsageError):
        fuzz_check.plan_run(args, temp_root=tmp_path)
    assert {path: hashlib.sha1(path.read_bytes()).hexdigest() for path in SEEDS} == before
    assert not (SUBMISSIONS / "fuzz").exists()


def test_the_dictionary_has_every_token() -> None:
    entries = libfuzzer_dictionary().splitlines()
    assert len(entries) == len(TOKENS)
    assert all(entry.isascii() and entry.endswith('"') for entry in entries)
