"""``check --format github``: GitHub Actions workflow commands.

Every problem becomes ``::error`` or ``::warning`` on its file, line and column, so the unit
that committed a wrong file sees the annotation on the exact line. Each rule with missed, behind
or over-target results becomes one annotation without a file (one per rule, not one per commune
and week: GitHub shows only the first few annotations of a step): ``::error`` when one of them
fails ``--fail-on``, else ``::warning``; units that did report are named before silent ones. Properties escape
``% \\r \\n : ,``; messages escape ``% \\r \\n``.

Both pass through :func:`~hpcampaign.text.safe.safe` first: the log GitHub shows is a terminal
(it plays ANSI colours), so a control character a file smuggles in (``"\\e[2J"``) is written
as its visible escape, never raw; a line break inside a value is then ``\\n``, not a new command.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from hpcampaign.judge.run import CheckReport
from hpcampaign.judge.verdict import fails
from hpcampaign.outputs import RenderOptions
from hpcampaign.outputs.words import (
    count,
    needing_attention,
    number,
    plan_name,
    result_label,
    status_word,
    target,
)
from hpcampaign.records import Result
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
    for problem in report.problems:
        props = [f"file={escape_property(problem.path)}"]
        if problem.line is not None:
            props.append(f"line={problem.line}")
        if problem.column is not None:
            props.append(f"col={problem.column}")
        props.append(f"title={escape_property(problem.code)}")
        yield f"::{problem.severity} {','.join(props)}::{escape_data(problem.message(lang))}"
    by_rule: dict[str, list[Result]] = defaultdict(list)
    for result in report.results:
        by_rule[result.rule].append(result)
    rules = report.plan.rule_by_id
    silent = frozenset(report.units_without_files)
    for rule_id, results in by_rule.items():
        rule = rules[rule_id]
        attention = needing_attention(results, silent)
        if not attention:
            continue
        level = "error" if any(fails(r, options.fail_on) for r in attention) else "warning"
        counts = Counter(r.status for r in attention)
        summary = ", ".join(f"{number(n, lang)} {status_word(s, lang)}" for s, n in sorted(counts.items()))
        named = "; ".join(
            f"{result_label(report.plan, rule, r, lang)} {number(r.actual, lang)}" for r in attention[:SHOWN]
        )
        if len(attention) > SHOWN:
            named += f"; +{len(attention) - SHOWN}"
        message = f"{rule.clause} {target(rule, lang)}: {summary} — {named}"
        yield f"::{level} title={escape_property(rule_id)}::{escape_data(message)}"
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
