"""What a check run means for its exit code (SPEC 5).

``4`` when the tool itself failed (a fault: a program error on a file, a worker lost);
otherwise ``3`` when any problem of severity ``error`` exists; otherwise ``1`` when a result
fails the ``--fail-on`` level; otherwise ``0``. ``2`` (usage, invalid plan, an output that
cannot be written) is the CLI's own. Levels:
``missed`` (default) fails missed results; ``behind`` fails missed and behind ones; ``problems``
fails no result. ``over`` and warnings never fail.
"""

from __future__ import annotations

from hpcampaign import EXIT_ERRORS, EXIT_FAILED, EXIT_FAULT, EXIT_OK
from hpcampaign.judge.run import CheckReport
from hpcampaign.records import FailOn, Result

_FAILING: dict[str, frozenset[str]] = {
    "missed": frozenset({"missed"}),
    "behind": frozenset({"missed", "behind"}),
    "problems": frozenset(),
}


def fails(result: Result, fail_on: FailOn) -> bool:
    return result.status in _FAILING[fail_on]


def exit_code(report: CheckReport, fail_on: FailOn) -> int:
    if report.faults:
        return EXIT_FAULT
    if report.errors:
        return EXIT_ERRORS
    if any(fails(r, fail_on) for r in report.results):
        return EXIT_FAILED
    return EXIT_OK
