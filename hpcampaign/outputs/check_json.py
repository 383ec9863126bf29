"""``check --format json``: the stable, versioned document of SPEC 5 (``hpcampaign.check/1``).

Keys in SPEC order; files sorted by path; problems by (path, line, column, code); results in
plan order, then scope, period and language. Numbers that are whole print as integers.
Strict JSON that keeps every value exact: control characters, lone surrogates (a file name that
is not UTF-8) and bidirectional controls are written as ``\\uNNNN`` escapes
(:func:`~hpcampaign.text.safe.to_json`), so the text always encodes and never acts on a terminal.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hpcampaign.judge.run import CheckReport
from hpcampaign.outputs import RenderOptions
from hpcampaign.records import STATUSES, Lang, Problem, Result
from hpcampaign.text.safe import Lazy, iter_json

SCHEMA = "hpcampaign.check/1"


def number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def result_json(result: Result, source: str) -> dict[str, Any]:
    """One result; ``source`` is its rule's target source (plan, projection, local)."""
    entry: dict[str, Any] = {
        "rule": result.rule,
        "scope": result.scope,
        "phase": result.phase,
        "from": result.start.isoformat(),
        "to": result.end.isoformat(),
        "status": result.status,
        "actual": number(result.actual),
        "min": number(result.min),
        "max": number(result.max),
        "source": source,
    }
    if result.language is not None:
        entry["language"] = result.language
    return entry


def document(report: CheckReport, options: RenderOptions) -> dict[str, Any]:
    """The document; its problems and results are made as they are written (:class:`Lazy`)."""
    problems = report.problems
    summary: dict[str, int] = dict.fromkeys(STATUSES, 0)
    for result in report.results:
        summary[result.status] += 1
    summary["errors"] = report.errors
    summary["warnings"] = report.warnings
    summary["after_as_of"] = sum(f.after_as_of for f in report.files)
    rules = report.plan.rule_by_id
    return {
        "schema": SCHEMA,
        "as_of": report.as_of.isoformat(),
        "plan": report.plan_name,
        "files": [
            {
                "path": f.path,
                "unit": f.unit,
                "items": f.items,
                "errors": f.errors,
                "voided": f.voided,
                "difficulties": list(f.difficulties),
            }
            for f in sorted(report.files, key=lambda f: f.path)
        ],
        "problems": Lazy(problems, lambda p: problem_json(p, options.lang)),
        "results": Lazy(report.results, lambda r: result_json(r, rules[r.rule].target_source)),
        "units_without_files": report.units_without_files,
        "summary": summary,
    }


def problem_json(problem: Problem, lang: Lang) -> dict[str, Any]:
    return {
        "path": problem.path,
        "line": problem.line,
        "column": problem.column,
        "code": problem.code,
        "severity": problem.severity,
        "message": problem.message(lang),
    }


def chunks(report: CheckReport, options: RenderOptions) -> Iterator[str]:
    """The document piece by piece (the command line writes them as they come)."""
    yield from iter_json(document(report, options))
    yield "\n"


def render(report: CheckReport, options: RenderOptions) -> str:
    return "".join(chunks(report, options))
