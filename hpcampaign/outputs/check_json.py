"""``check --format json``: the stable, versioned document of SPEC 5 (``hpcampaign.check/1``).

Keys in SPEC order; files sorted by path; problems by (path, line, column, code); results in
plan order, then scope, period and language. Numbers that are whole print as integers.
"""

from __future__ import annotations

import json
from typing import Any

from ..checking import CheckReport
from ..engine import STATUSES, Result
from . import RenderOptions

SCHEMA = "hpcampaign.check/1"


def number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def result_json(result: Result) -> dict[str, Any]:
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
    }
    if result.language is not None:
        entry["language"] = result.language
    return entry


def document(report: CheckReport, options: RenderOptions) -> dict[str, Any]:
    problems = report.problems
    summary: dict[str, int] = dict.fromkeys(STATUSES, 0)
    for result in report.results:
        summary[result.status] += 1
    summary["errors"] = report.errors
    summary["warnings"] = report.warnings
    return {
        "schema": SCHEMA,
        "as_of": report.as_of.isoformat(),
        "files": [
            {"path": f.path, "unit": f.unit, "items": f.items, "errors": f.errors}
            for f in sorted(report.files, key=lambda f: f.path)
        ],
        "problems": [
            {
                "path": p.path,
                "line": p.line,
                "column": p.column,
                "code": p.code,
                "severity": p.severity,
                "message": p.message(options.lang),
            }
            for p in problems
        ],
        "results": [result_json(r) for r in report.results],
        "units_without_files": report.units_without_files,
        "summary": summary,
    }


def render(report: CheckReport, options: RenderOptions) -> str:
    return json.dumps(document(report, options), ensure_ascii=False, indent=2) + "\n"
