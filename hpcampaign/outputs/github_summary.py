"""What ``check --format github`` shares with GitHub beyond the log: paths and the job summary.

- :func:`repository_path`: GitHub places an annotation on a file by its path from the
  repository root, whatever the step's ``working-directory``. When ``GITHUB_WORKSPACE`` is set,
  a path under it is written relative to it; any other path is written as shown.
- :func:`append_summary`: when ``GITHUB_STEP_SUMMARY`` is set, a Markdown job summary is appended
  to that file (never truncated: other steps write there too). GitHub shows at most 10
  annotations of a kind per step; the summary holds what they drop: every rule with results
  needing attention and every unit and period among them, every problem with its
  ``path:line:col`` (a link to the line when the run's repository and commit are known) and
  message, and the counts. Text from files or the plan is made safe, then escaped for Markdown
  (``|``, ``<``, ``&``); the summary is best-effort: a summary file that cannot be written
  leaves the annotations and the exit code as they are.
"""

from __future__ import annotations

import html
import os
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from hpcampaign.judge.run import CheckReport
from hpcampaign.judge.verdict import fails
from hpcampaign.outputs import RenderOptions
from hpcampaign.outputs.words import (
    count,
    day,
    needing_attention,
    number,
    plan_name,
    result_label,
    status_word,
    target,
)
from hpcampaign.plan.model import Rule
from hpcampaign.records import Lang, Problem, Result
from hpcampaign.text.catalogue import say
from hpcampaign.text.safe import safe

#: GitHub refuses a step summary over 1 MiB; past this many bytes, the problems are counted.
BUDGET = 900_000


@dataclass(frozen=True, slots=True)
class RuleAttention:
    """One rule's results needing attention (missed, behind, over), and whether any fails."""

    rule: Rule
    results: list[Result]
    failing: bool


def attention(report: CheckReport, options: RenderOptions) -> list[RuleAttention]:
    """The rules with results needing attention, in plan order."""
    by_rule: dict[str, list[Result]] = defaultdict(list)
    for result in report.results:
        by_rule[result.rule].append(result)
    silent = frozenset(report.units_without_files)
    found = []
    for rule_id, results in by_rule.items():
        chosen = needing_attention(results, silent)
        if chosen:
            failing = any(fails(r, options.fail_on) for r in chosen)
            found.append(RuleAttention(report.plan.rule_by_id[rule_id], chosen, failing))
    return found


def tally(item: RuleAttention, lang: Lang) -> str:
    """ "25 chưa đạt", "127 chậm, 380 chưa đạt": the rule's results by status."""
    counts = Counter(r.status for r in item.results)
    return ", ".join(f"{number(n, lang)} {status_word(s, lang)}" for s, n in sorted(counts.items()))


def repository_path(path: str, environ: Mapping[str, str]) -> str:
    """``path`` from the repository root (``GITHUB_WORKSPACE``) when it lies under it, else as shown."""
    workspace = environ.get("GITHUB_WORKSPACE")
    if not workspace:
        return path
    try:
        root = os.path.realpath(workspace)
        full = os.path.realpath(os.path.abspath(path))
        if os.path.commonpath([root, full]) != root or full == root:
            return path
        return os.path.relpath(full, root).replace(os.sep, "/")
    except (OSError, ValueError):  # another drive, a name the system refuses
        return path


def append_summary(report: CheckReport, options: RenderOptions, environ: Mapping[str, str]) -> None:
    """Append the Markdown summary to ``GITHUB_STEP_SUMMARY`` when it is set (see the module)."""
    target_path = environ.get("GITHUB_STEP_SUMMARY")
    if not target_path:
        return
    try:
        with open(target_path, "a", encoding="utf-8", errors="surrogateescape") as handle:
            handle.writelines(markdown(report, options, environ))
    except OSError:
        return


def markdown(report: CheckReport, options: RenderOptions, environ: Mapping[str, str]) -> Iterator[str]:
    """The summary, line by line."""
    lang = options.lang
    yield f"## hpcampaign — {md(say('table.as-of', lang, day=day(report.as_of, lang), extra=''))}\n\n"
    failing_total = sum(1 for r in report.results if fails(r, options.fail_on))
    counts = say(
        "github.summary",
        lang,
        files=count(len(report.files), "count.file", lang),
        errors=count(report.errors, "count.error", lang),
        results=count(len(report.results), "count.result", lang),
        failing=number(failing_total, lang),
        level=options.fail_on,
        plan=plan_name(report.plan_name, lang),
    )
    yield md(counts) + f" ({md(count(report.warnings, 'count.warning', lang))})\n\n"
    rules = attention(report, options)
    if rules:
        yield f"### {md(say('table.attention', lang))}\n\n"
        yield f"| {md(say('table.rule', lang))} | {md(say('table.target', lang))} | "
        yield f"{md(say('table.outcome', lang))} | {md(say('table.attention', lang))} |\n|---|---|---|---|\n"
        for item in rules:
            names = "; ".join(
                f"{result_label(report.plan, item.rule, r, lang)} {number(r.actual, lang)}"
                for r in item.results
            )
            mark = "❌ " if item.failing else ""
            yield (
                f"| {mark}{md(item.rule.id)} ({md(item.rule.clause)}) | {md(target(item.rule, lang))} | "
                f"{md(tally(item, lang))} | {md(names)} |\n"
            )
        yield "\n"
    if report.problems:
        yield from _problems(report, options, environ)


def _problems(report: CheckReport, options: RenderOptions, environ: Mapping[str, str]) -> Iterator[str]:
    lang = options.lang
    files = len({p.path for p in report.problems})
    yield f"### {md(say('table.problems', lang, files=count(files, 'count.file', lang)))}\n\n"
    yield "| | | |\n|---|---|---|\n"
    written = 0
    for index, problem in enumerate(report.problems):
        row = _problem_row(problem, options, environ)
        written += len(row.encode("utf-8", "surrogateescape"))
        if written > BUDGET:
            rest = len(report.problems) - index
            yield f"\n{md(say('table.more-problems', lang, n=number(rest, lang)))}\n"
            break
        yield row
    yield "\n"


def _problem_row(problem: Problem, options: RenderOptions, environ: Mapping[str, str]) -> str:
    path = repository_path(problem.path, environ)
    where = ":".join(str(x) for x in (path, problem.line, problem.column) if x is not None)
    shown = md(where)
    server, repository, commit = (
        environ.get(k) for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA")
    )
    if server and repository and commit and not os.path.isabs(path):
        anchor = f"#L{problem.line}" if problem.line is not None else ""
        url = f"{server}/{repository}/blob/{commit}/{path}{anchor}"
        shown = f"[{shown}]({html.escape(safe(url).replace(' ', '%20'), quote=True)})"
    message = problem.message(options.lang)
    if problem.severity == "warning":
        message = say("junit.warning", options.lang, message=message)
    mark = "❌" if problem.severity == "error" else "⚠️"
    return f"| {mark} {shown} | {md(problem.code)} | {md(message)} |\n"


def md(text: str) -> str:
    """Text safe for a Markdown table cell: no control character, no HTML, no cell break."""
    return html.escape(safe(text), quote=False).replace("|", "\\|")
