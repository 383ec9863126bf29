"""The hypothesis-driven fuzz target, run on its own where atheris does not install.

    python -m tests.fuzz.fuzz_hypothesis [--examples N] [--artifact-dir DIR]

Checks N inputs (default 2,000) made by :func:`tests.fuzz.strategies.inputs` with the oracle of
:mod:`tests.fuzz.target`; on a failure, hypothesis shrinks it, prints the smallest failing input,
and this writes it to ``DIR/crash-<sha1>`` (default: the current folder). Exit 0 when every input
passed, 1 otherwise. ``.ci/run`` uses it instead of the atheris target where atheris is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

from .seeds import SUBMISSIONS, seeds
from .strategies import inputs
from .target import check_one


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz.fuzz_hypothesis", description=__doc__)
    parser.add_argument("--examples", type=int, default=2000, help="inputs to check (default 2000)")
    parser.add_argument(
        "--artifact-dir", type=Path, default=Path.cwd(), help="where a failing input is written"
    )
    args = parser.parse_args(argv)
    artifacts: Path = args.artifact_dir.resolve()
    if artifacts.is_relative_to(SUBMISSIONS.resolve()):
        parser.error(f"refusing to write under {SUBMISSIONS}: nothing is ever written where submissions are")
    failures: list[bytes] = []

    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        # No "explain" phase: it runs variants after the shrunk example, which must come last.
        phases=[Phase.explicit, Phase.generate, Phase.target, Phase.shrink],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(inputs(seeds()))
    def run(data: bytes) -> None:
        try:
            check_one(data)
        except BaseException:
            failures.append(data)  # the last one is the shrunk example hypothesis reports
            raise

    started = time.monotonic()
    try:
        run()
    except Exception:
        if not failures:  # hypothesis itself failed (a health check): nothing to write
            raise
        crash = failures[-1]
        artifacts.mkdir(parents=True, exist_ok=True)
        path = artifacts / f"crash-{hashlib.sha1(crash).hexdigest()}"
        path.write_bytes(crash)
        print(f"fuzz_hypothesis: FAILED; smallest failing input written to {path}", file=sys.stderr)
        raise
    seconds = time.monotonic() - started
    print(f"fuzz_hypothesis: {args.examples} inputs checked in {seconds:.1f} s, no property broken")
    return 0


if __name__ == "__main__":
    sys.exit(main())
