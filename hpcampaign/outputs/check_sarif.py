"""``check --format sarif``: SARIF 2.1.0, the format code-scanning views read (GitHub, GitLab, IDEs).

One run; its tool is ``hpcampaign`` with its version (no ``informationUri``: nothing points
outside). Its rules: one per problem code (``ruleId`` the code, level error or warning as the
code's severity) and one per plan rule with results (``ruleId`` the plan's rule id, its title,
clause and target source). Its results: every problem, at its file, line and column, then every
result that fails ``--fail-on``, at the plan file (the plan's lines are not kept, so without a
region). Messages are in the run's language (``run.language``).

Within GitHub's SARIF subset: every result has ``message.text`` and a ``physicalLocation``
(a problem without a line is located at its file without a region); rule ids are at most 255
characters (codes and plan ids are far shorter); a run holds at most :data:`LIMIT` results: the
failing plan results come first in the cap, then problems in their order, and ``run.properties``
says how many were left out. Paths are relative to the repository root when ``GITHUB_WORKSPACE``
is set (so they stay right under ``working-directory:``), else as shown, percent-encoded as a URI
reference (a file name that is not UTF-8 keeps its bytes).

The same input gives the same bytes (no time, no absolute path); text is strict JSON with every
unsafe character a ``\\uNNNN`` escape (:func:`~hpcampaign.text.safe.to_json`), as the JSON output.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from itertools import chain
from typing import Any
from urllib.parse import quote

from hpcampaign import __version__
from hpcampaign.judge.run import CheckReport
from hpcampaign.judge.verdict import fails
from hpcampaign.outputs import RenderOptions
from hpcampaign.outputs.words import name, number, source_word, span_phrase, status_word, target
from hpcampaign.plan.model import Rule
from hpcampaign.records import CODES, WARNING_CODES, Lang, Problem, Result
from hpcampaign.text.catalogue import say
from hpcampaign.text.safe import to_json

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
#: GitHub keeps at most this many results of a run (and rejects a file with more).
LIMIT = 25_000
#: The place of the results in the document written by :func:`to_json`: the last key of the run.
_HOLE = "\u0000results\u0000"


def render(report: CheckReport, options: RenderOptions) -> str:
    return "".join(chunks(report, options))


def chunks(report: CheckReport, options: RenderOptions) -> Iterator[str]:
    """The document piece by piece: the run's head, then each result encoded on its own."""
    failing = [r for r in report.results if fails(r, options.fail_on)]
    shown_failing = failing[:LIMIT]
    shown_problems = report.problems[: LIMIT - len(shown_failing)]
    total = len(report.problems) + len(failing)
    shown = len(shown_problems) + len(shown_failing)
    rules = _rules(report, options.lang)
    index = {rule["id"]: place for place, rule in enumerate(rules)}
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "hpcampaign", "version": __version__, "rules": rules}},
        "language": options.lang,
        "columnKind": "unicodeCodePoints",
        "properties": {
            "plan": report.plan_name,
            "asOf": report.as_of.isoformat(),
            "failOn": options.fail_on,
            "resultsTotal": total,
            "resultsShown": shown,
            "truncated": shown < total,
        },
        "results": _HOLE,
    }
    head = to_json({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]})
    before, hole, after = head.rpartition(to_json(_HOLE))
    assert hole, "the results' place is in the document"
    if not shown:
        yield before + "[]" + after + "\n"
        return
    yield before + "["
    pad = "\n" + " " * 8
    entries = (_problem(p, index, options.lang) for p in shown_problems)
    plan_uri = _uri(report.plan_name)
    rule_of = report.plan.rule_by_id
    results = (_result(r, rule_of[r.rule], report, plan_uri, index, options.lang) for r in shown_failing)
    first = True
    for entry in chain(entries, results):
        yield ("" if first else ",") + pad + to_json(entry).replace("\n", pad)
        first = False
    yield "\n" + " " * 6 + "]" + after + "\n"


def _rules(report: CheckReport, lang: Lang) -> list[dict[str, Any]]:
    """One descriptor per problem code (SPEC order), then per plan rule with results (plan order)."""
    described: list[dict[str, Any]] = [
        {
            "id": code,
            "name": "".join(part.capitalize() for part in code.split("-")),
            "shortDescription": {"text": _code_words(code, lang)},
            "defaultConfiguration": {"level": "warning" if code in WARNING_CODES else "error"},
        }
        for code in CODES
    ]
    judged = {result.rule for result in report.results}
    for rule in report.plan.rules:
        if rule.id not in judged:
            continue
        described.append(
            {
                "id": rule.id,
                "name": "".join(part.capitalize() for part in rule.id.replace("_", "-").split("-")),
                "shortDescription": {"text": rule.title.get(lang)},
                "fullDescription": {"text": f"{rule.clause}: {target(rule, lang)}"},
                "defaultConfiguration": {"level": "error"},
                "properties": {
                    "clause": rule.clause,
                    "targetSource": rule.target_source,
                    "targetSourceText": source_word(rule.target_source, lang),
                },
            }
        )
    return described


def _code_words(code: str, lang: Lang) -> str:
    """A code by its name in words: the memo's "{n} mục trùng" / "{n} duplicate items" without
    its count (the form for several in English, as a category is named)."""
    words = say(f"problem.{code}", lang, n="")  # type: ignore[arg-type]
    return words.strip()


def _problem(problem: Problem, index: dict[str, int], lang: Lang) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(problem.path)}}
    if problem.line is not None:
        region: dict[str, int] = {"startLine": problem.line}
        if problem.column is not None:
            region["startColumn"] = problem.column
        physical["region"] = region
    return {
        "ruleId": problem.code,
        "ruleIndex": index[problem.code],
        "level": problem.severity,
        "message": {"text": problem.message(lang)},
        "locations": [{"physicalLocation": physical}],
    }


def _result(
    result: Result, rule: Rule, report: CheckReport, plan_uri: str, index: dict[str, int], lang: Lang
) -> dict[str, Any]:
    """A failing plan result: who, when, how many against the target, and the verdict in words."""
    who = name(report.plan, result.scope, lang)
    if result.language is not None:
        who += f" ({result.language})"
    when = span_phrase(result.start, result.end, lang)
    verdict = status_word(result.status, lang)
    text = (
        f"{rule.title.get(lang)} ({rule.clause}) — {who}, {when}: "
        f"{number(result.actual, lang)} ({target(rule, lang)}) — {verdict}"
    )
    return {
        "ruleId": rule.id,
        "ruleIndex": index[rule.id],
        "level": "error",
        "message": {"text": text},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": plan_uri}}}],
        "properties": {
            "scope": result.scope,
            "from": result.start.isoformat(),
            "to": result.end.isoformat(),
            "status": result.status,
        },
    }


def _uri(path: str) -> str:
    """A path as a URI reference relative to the repository root (``GITHUB_WORKSPACE``) where it
    lies under it, else as shown; its bytes percent-encoded where a URI needs it."""
    if path.startswith("builtin:"):
        return path  # already a URI: the plan inside the package, "builtin:haiphong-2025"
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if workspace:
        full = os.path.abspath(path)
        root = os.path.abspath(workspace)
        if os.path.commonpath([full, root]) == root:
            path = os.path.relpath(full, root)
    path = path.replace(os.sep, "/")
    return quote(path.encode("utf-8", "surrogateescape"), safe="/-._~")
