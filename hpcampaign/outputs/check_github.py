"""``check --format github``: GitHub Actions workflow commands, and the job summary.

Every problem becomes ``::error`` or ``::warning`` on its file, line and column, so the unit
that committed a wrong file sees the annotation on the exact line; the path is the one from the
repository root (``GITHUB_WORKSPACE``, see :mod:`~hpcampaign.outputs.github_summary`), so
annotations land on their files under any ``working-directory``. Each rule with missed, behind
or over-target results becomes one annotation without a file (one per rule, not one per commune
and week): ``::error`` when one of them fails ``--fail-on``, else ``::notice``; units that did
report are named before silent ones. GitHub shows at most 10 annotations of a kind per step, so
the order is: file errors, then failing rules, then file warnings, then rule notices (a broken
file is never hidden behind a missed target), and when ``GITHUB_STEP_SUMMARY`` is set the
Markdown job summary holding every problem and result needing attention is appended to it,
after the last command. Properties escape ``% \\r \\n : ,``; messages escape ``% \\r \\n``.

Both pass through :func:`~hpcampaign.text.safe.safe` first: the log GitHub shows is a terminal
(it plays ANSI colours), so a control character a file smuggles in (``"\\e[2J"``) is written
as its visible escape, never raw; a line break inside a value is then ``\\n``, not a new command.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping

from hpcampaign.judge.run import CheckReport
from hpcampaign.judge.verdict import fails
from hpcampaign.outputs import RenderOptions
from hpcampaign.outputs.github_summary import RuleAttention, append_summary, attention, repository_path, tally
from hpcampaign.outputs.words import count, number, plan_name, result_label, target
from hpcampaign.records import Lang
from hpcampaign.text.catalogue import say
from hpcampaign.text.safe import safe

SHOWN = 10


def escape_data(text: str) -> str:
    # GitHub's own escapes stay although safe() leaves no line break: they are the format's
    # contract for a value, whatever a sanitiser does.
    return safe(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: CheckReport, options: RenderOptions) -> str:
    return "".join(chunks(report, options))


def chunks(report: CheckReport, options: RenderOptions) -> Iterator[str]:
    """The commands line by line (a run of 300,000 problems is written as it is made)."""
    return (line + "\n" for line in _lines(report, options))


def _lines(report: CheckReport, options: RenderOptions) -> Iterator[str]:
    lang = options.lang
    environ = os.environ
    rules = attention(report, options)
    yield from _problem_lines(report, options, "error", environ)
    yield from (_rule_line(report, item, lang) for item in rules if item.failing)
    yield from _problem_lines(report, options, "warning", environ)
    yield from (_rule_line(report, item, lang) for item in rules if not item.failing)
    errors = report.errors
    failing_total = sum(1 for r in report.results if fails(r, options.fail_on))
    yield say(
        "github.summary",
        lang,
        files=count(len(report.files), "count.file", lang),
        errors=count(errors, "count.error", lang),
        results=count(len(report.results), "count.result", lang),
        failing=number(failing_total, lang),
        level=options.fail_on,
        plan=plan_name(report.plan_name, lang),
    )
    append_summary(report, options, environ)


def _problem_lines(
    report: CheckReport, options: RenderOptions, severity: str, environ: Mapping[str, str]
) -> Iterator[str]:
    for problem in report.problems:
        if problem.severity != severity:
            continue
        props = [f"file={escape_property(repository_path(problem.path, environ))}"]
        if problem.line is not None:
            props.append(f"line={problem.line}")
        if problem.column is not None:
            props.append(f"col={problem.column}")
        props.append(f"title={escape_property(problem.code)}")
        yield f"::{problem.severity} {','.join(props)}::{escape_data(problem.message(options.lang))}"


def _rule_line(report: CheckReport, item: RuleAttention, lang: Lang) -> str:
    rule, results = item.rule, item.results
    named = "; ".join(
        f"{result_label(report.plan, rule, r, lang)} {number(r.actual, lang)}" for r in results[:SHOWN]
    )
    if len(results) > SHOWN:
        named += f"; +{len(results) - SHOWN}"
    message = f"{rule.clause} {target(rule, lang)}: {tally(item, lang)} — {named}"
    level = "error" if item.failing else "notice"
    return f"::{level} title={escape_property(rule.id)}::{escape_data(message)}"
