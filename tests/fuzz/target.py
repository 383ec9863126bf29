"""The fuzz target of the per-file check, and the oracle: what must hold for every input.

:func:`check_one` writes the bytes to a file (one path, reused) and runs
:func:`hpcampaign.intake.validate.check_file` on it twice, with the shipped plan as of 2025-09-27. It
uses only the public names ``check_file``, ``context``, ``load_plan`` and ``CODES``, so that it
keeps working while the internals of the check change. Beyond "no exception", the oracle is:

- every problem's ``code`` is one of SPEC 5 (``hpcampaign.records.CODES``, which holds revision
  2's ``duplicate-file``, ``comment-in-value`` and ``not-a-submission`` too), and its ``severity`` is
  ``warning`` for the warning codes of SPEC 4 and ``error`` for every other code;
- ``message("vi")`` and ``message("en")`` render to non-empty text;
- ``line`` and ``column`` are None or ≥ 1, and the line is at most the line of the end of the
  input (lines counted as libyaml counts them: CRLF, CR, LF, NEL, U+2028, U+2029), which is the
  number of lines + 1 when the input ends with a line break and the number of lines otherwise;
- a problem carries the display name it was given as its path, and a file lists at most 1,000
  problems plus one that says how many more (README, "Limits");
- ``items`` ≥ 0; a voided summary counts nothing and has a problem that says why;
- the check is deterministic: the same input twice gives equal summaries (problems compared
  field by field, message ids, parameters and units included).

A violated property raises :class:`AssertionError` naming every property the input broke.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from hpcampaign.intake.context import Context, context
from hpcampaign.intake.validate import check_file
from hpcampaign.plan.load import load_plan
from hpcampaign.records import CODES, FileSummary

from .seeds import MAX_LEN, ROOT

PLAN_PATH = ROOT / "plans" / "haiphong-2025.yaml"
#: The last day of the Congress: every phase of the plan has begun, the first two are closed.
AS_OF = date(2025, 9, 27)
#: The name problems carry (``check_file``'s ``display``): the real path is a temporary file.
DISPLAY = "fuzz-input.yaml"

KNOWN_CODES = frozenset(CODES)
#: Codes whose severity is ``warning`` (SPEC 4, revision 2); every other code is an error.
WARNING_CODES = frozenset(
    {
        "duplicate-item",
        "duplicate-file",
        "comment-in-value",
        "not-a-submission",
        "duration-out-of-range",
        "outside-campaign",
    }
)
#: README, "Limits": a file lists at most 1,000 problems, then one that says how many more.
MAX_PROBLEMS = 1000 + 1

_BOM = b"\xef\xbb\xbf"
_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def last_line(data: bytes) -> int:
    """The 1-based line on which the input ends, lines counted as libyaml counts them.

    Undecodable bytes count as one character each (the product reports an ``encoding`` problem
    at such a byte); a leading UTF-8 byte-order mark is not text.
    """
    text = data.removeprefix(_BOM).decode("utf-8", "replace")
    return len(_BREAK.findall(text)) + 1


def violations(data: bytes, summary: FileSummary) -> list[str]:
    """Every property of the oracle that ``summary`` (the check of ``data``) breaks."""
    found: list[str] = []
    end = last_line(data)
    if summary.items < 0:
        found.append(f"items is {summary.items}")
    if len(summary.problems) > MAX_PROBLEMS:
        found.append(f"{len(summary.problems)} problems listed, more than {MAX_PROBLEMS}")
    if summary.voided:
        # FileCounts() is what counts nothing, whatever fields the tally keeps.
        if summary.counted != type(summary.counted)():
            found.append("a voided file counts something")
        if not summary.problems:
            found.append("a voided file has no problem that says why")
    for problem in summary.problems:
        at = f"{problem.where} {problem.code} ({problem.msg_id})"
        if problem.code not in KNOWN_CODES:
            found.append(f"{at}: unknown code {problem.code!r}")
        expected = "warning" if problem.code in WARNING_CODES else "error"
        if problem.severity != expected:
            found.append(f"{at}: severity {problem.severity!r}, SPEC 4 says {expected!r}")
        if problem.path != DISPLAY:
            found.append(f"{at}: path {problem.path!r} is not the display name {DISPLAY!r}")
        if problem.line is not None and not 1 <= problem.line <= end:
            found.append(f"{at}: line {problem.line} outside 1..{end}")
        if problem.column is not None and problem.column < 1:
            found.append(f"{at}: column {problem.column} < 1")
        if problem.line is None and problem.column is not None:
            found.append(f"{at}: a column without a line")
        for lang in ("vi", "en"):
            try:
                text = problem.message(lang)
            except Exception as exc:  # the oracle reports it with the others, not as a crash
                found.append(f"{at}: message({lang!r}) raises {type(exc).__name__}: {exc}")
                continue
            if not isinstance(text, str) or not text.strip():
                found.append(f"{at}: message({lang!r}) is {text!r}")
    return found


def fingerprint(summary: FileSummary) -> tuple[Any, ...]:
    """Everything a summary says, comparable (``Problem.__eq__`` ignores message ids and units)."""
    problems = tuple(
        (p.path, p.line, p.column, p.code, p.severity, p.msg_id, p.params, p.unit) for p in summary.problems
    )
    return (summary.path, summary.unit, summary.items, summary.voided, problems, summary.counted)


@dataclass
class Target:
    """The plan's context and the one file every input is written to."""

    ctx: Context
    path: Path

    @classmethod
    def create(cls, folder: Path) -> Target:
        return cls(context(load_plan(PLAN_PATH), AS_OF), folder / "input.yaml")

    def check(self, data: bytes) -> FileSummary:
        self.path.write_bytes(data)
        return check_file(self.path, self.ctx, DISPLAY)

    def check_one(self, data: bytes) -> None:
        """Check ``data`` (cut to :data:`MAX_LEN`) twice; AssertionError on a broken property."""
        data = data[:MAX_LEN]
        first = self.check(data)
        broken = violations(data, first)
        if fingerprint(self.check(data)) != fingerprint(first):
            broken.append("the same input checked twice gives different summaries")
        if broken:
            raise AssertionError(f"{len(broken)} broken properties:\n" + "\n".join(broken))


_default: Target | None = None
_folder: tempfile.TemporaryDirectory[str] | None = None


def default_target() -> Target:
    """A target writing to a private temporary folder, made on first use, removed at exit."""
    global _default, _folder
    if _default is None:
        _folder = tempfile.TemporaryDirectory(prefix="hpcampaign-fuzz-")
        _default = Target.create(Path(_folder.name))
    return _default


def check_one(data: bytes) -> None:
    """The fuzz target: check one input with the default target (see the module's docstring)."""
    default_target().check_one(data)
