"""``check --format table``: what a clerk reads, in four parts.

1. Problems in files, grouped by file, as ``path:line:col  code  message``.
2. The rules, one compact row each: counts by status and the scopes that need attention most.
   With ``--unit``, one row per result instead: that unit's whole picture.
3. Units that submitted nothing ("chưa báo cáo").
4. One summary line.

User text (titles, paths, names, messages quoting a value) is put in ``rich.text.Text`` objects,
never in markup strings, so a ``[`` in a title can never become a style; and it passes through
:func:`~hpcampaign.text.safe.safe` first (:func:`.terminal.shown`, or ``safe`` on what is appended),
so a control character from a file is shown as ``\\x1b``, never sent to the clerk's terminal.
"""

from __future__ import annotations

import textwrap
from collections import Counter, defaultdict

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from hpcampaign.judge.run import CheckReport
from hpcampaign.judge.verdict import fails
from hpcampaign.outputs import RenderOptions
from hpcampaign.outputs.terminal import shown, text_console, text_of
from hpcampaign.outputs.words import (
    count,
    needing_attention,
    number,
    plan_name,
    result_label,
    scope_name,
    source_word,
    span,
    status_word,
    target,
)
from hpcampaign.plan.groups import grouped
from hpcampaign.plan.model import Plan, Rule
from hpcampaign.records import STATUSES, Lang, Problem, Result
from hpcampaign.text.catalogue import say
from hpcampaign.text.safe import safe

STYLES = {"ok": "green", "over": "yellow", "behind": "dark_orange", "missed": "bold red", "pending": "dim"}
WORST_SHOWN = 3
#: Problems listed per file in the table. A file with more is wrong throughout (one misspelt key
#: in every item): its first lines say what to fix, the JSON lists every one, and a clerk's
#: screen (and memory, with 300,000 problems) is spared the rest.
PER_FILE = 50
INDENT = "    "


def render(report: CheckReport, options: RenderOptions) -> str:
    console = text_console(options.width, options.color)
    lang = options.lang
    plan = report.plan
    title = shown(f"hpcampaign — {plan.meta.title.get(lang)}", style="bold")
    console.print(title)
    selection = report.selection
    extra = ""
    if selection.phase:
        extra += f" · {plan.phase_by_id[selection.phase].name.get(lang)} ({selection.phase})"
    if selection.unit:
        extra += f" · {scope_name(plan, selection.unit, lang)} ({selection.unit})"
    extra += " · " + say("table.plan", lang, plan=plan_name(report.plan_name, lang))
    console.print(shown(say("table.as-of", lang, day=span(report.as_of, report.as_of, lang), extra=extra)))
    _problems(console, report.problems, lang, options.width)
    if selection.unit:
        _unit_results(console, report, lang, options)
    else:
        _rules(console, report, lang, options)
    _without_files(console, report, lang)
    if report.own_files is not None:
        _own_files(console, report, lang)
    console.print()
    console.print(_summary(report, lang))
    return text_of(console, options.color)


def _own_files(console: Console, report: CheckReport, lang: Lang) -> None:
    """One line per file given (checking one's own files): "✓ tệp hợp lệ" or its errors; and,
    when the results came from those files alone, a line that says so."""
    if not report.tree and report.results:
        console.print()
        console.print(shown(say("table.own-results-alone", lang), style="dim"))
    _heading(console, say("table.own-files", lang, n=number(len(report.own_files or ()), lang)))
    by_path = {summary.path: summary for summary in report.files}
    for path in report.own_files or ():
        summary = by_path.get(path)
        errors = summary.errors if summary is not None else 0
        warnings = len(summary.problems) - errors if summary is not None else 0
        voided = summary is not None and summary.voided
        bad = bool(errors) or voided
        line = Text("✗ " if bad else "✓ ", style="red" if bad else "green")
        line.append(safe(path))
        if errors:
            verdict = say("table.own-file-errors", lang, errors=count(errors, "count.error", lang))
        elif voided:  # a file that is no submission (x.yaml.txt) counts nothing: never "valid"
            verdict = say("table.own-file-not-counted", lang)
        else:
            verdict = say("table.own-file-valid", lang)
        if warnings:
            verdict += say("table.own-file-warnings", lang, warnings=count(warnings, "count.warning", lang))
        if voided and errors:
            verdict += say("table.own-file-voided", lang)
        line.append(f" — {verdict}")
        console.print(line, soft_wrap=True)  # a path stays whole: terminals link it


def _more(more: int, lang: Lang) -> str:
    return say("table.more-problems", lang, n=number(more, lang))


def _heading(console: Console, text: str) -> None:
    console.print()
    console.print(Text(text, style="bold underline"))


def _problems(console: Console, problems: list[Problem], lang: Lang, width: int) -> None:
    """``path:line:col  code  message``, one per problem, a blank line between files.

    Long messages wrap under themselves with a small indent, so the location stays whole
    (editors and terminals turn ``path:line:col`` into a link).
    """
    if not problems:
        return
    files = len({p.path for p in problems})
    _heading(console, say("table.problems", lang, files=count(files, "count.file", lang)))
    # One Text for the whole block, printed without rich's wrapping (each line is already cut
    # to the width below): a file with thousands of problems costs a line each, not a layout.
    block = Text()
    previous = None
    shown_here = 0
    per_file = Counter(p.path for p in problems)
    for problem in problems:
        if problem.path != previous:
            if previous is not None:
                block.append("\n")
            previous, shown_here = problem.path, 0
        shown_here += 1
        if shown_here > PER_FILE:
            if shown_here == PER_FILE + 1:
                more = per_file[problem.path] - PER_FILE
                block.append(INDENT + _more(more, lang) + "\n", style="dim")
            continue
        # Made safe before wrapping: an escape is wrapped as the text it is shown as.
        where, message = safe(problem.where), safe(problem.message(lang))
        style = "red" if problem.severity == "error" else "yellow"
        head = f"{where}  {problem.code}  "
        lines = textwrap.wrap(
            message,
            width=max(20, width),
            initial_indent=" " * len(head),
            subsequent_indent=INDENT,
            break_long_words=False,
            break_on_hyphens=False,
        )
        block.append(where)
        block.append(f"  {problem.code}", style=style)
        block.append(("  " + lines[0].lstrip() if lines else "") + "\n")
        for line in lines[1:]:
            block.append(line + "\n")
    block.rstrip()
    console.print(block, soft_wrap=True)


def _status_counts(results: list[Result], lang: Lang) -> Text:
    counts = Counter(r.status for r in results)
    text = Text()
    for status in STATUSES:
        if counts[status]:
            if text:
                text.append(", ")
            text.append(f"{counts[status]} {status_word(status, lang)}", style=STYLES[status])
    return text


def _worst(plan: Plan, rule: Rule, results: list[Result], lang: Lang, silent: frozenset[str]) -> Text:
    attention = needing_attention(results, silent)
    text = Text()
    for result in attention[:WORST_SHOWN]:
        if text:
            text.append("; ")
        text.append(safe(f"{result_label(plan, rule, result, lang)} "), style=None)
        text.append(number(result.actual, lang), style=STYLES[result.status])
    if len(attention) > WORST_SHOWN:
        more = len(attention) - WORST_SHOWN
        text.append(say("table.more-results", lang, n=number(more, lang)), style="dim")
    return text


def _rules(console: Console, report: CheckReport, lang: Lang, options: RenderOptions) -> None:
    plan = report.plan
    by_rule: dict[str, list[Result]] = defaultdict(list)
    for result in report.results:
        by_rule[result.rule].append(result)
    _heading(console, say("table.rules", lang, n=number(len(by_rule), lang)))
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1), show_edge=False)
    table.add_column(say("table.rule", lang), overflow="fold", ratio=3)
    table.add_column(say("table.target", lang), overflow="fold", ratio=2)
    table.add_column(say("table.outcome", lang), overflow="fold", ratio=3)
    table.add_column(say("table.attention", lang), overflow="fold", ratio=4)
    silent = frozenset(report.units_without_files)
    for rule in plan.rules:
        results = by_rule.get(rule.id)
        if not results:
            continue
        name = shown(rule.id)
        if any(fails(r, options.fail_on) for r in results):
            name.stylize("bold")
        name.append(
            f"\n{safe(rule.clause)}"
            + ("" if rule.target_source == "plan" else " · " + source_word(rule.target_source, lang)),
            style="dim",
        )
        table.add_row(
            name,
            shown(target(rule, lang)),
            _status_counts(results, lang),
            _worst(plan, rule, results, lang, silent),
        )
    console.print(table)


def _unit_results(console: Console, report: CheckReport, lang: Lang, options: RenderOptions) -> None:
    plan = report.plan
    _heading(console, say("table.results", lang, n=number(len(report.results), lang)))
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1), show_edge=False)
    for column in ("table.rule", "table.period", "table.target", "table.actual", "table.status"):
        table.add_column(say(column, lang), overflow="fold")
    rules = plan.rule_by_id
    for result in report.results:
        rule = rules[result.rule]
        period = span(result.start, result.end, lang)
        if rule.scope.aggregate == "combined":
            period += f" ({scope_name(plan, result.scope, lang)})"
        if result.language:
            period += f" [{result.language}]"
        table.add_row(
            shown(result.rule),
            shown(period),
            shown(target(rule, lang)),
            Text(number(result.actual, lang)),
            Text(status_word(result.status, lang), style=STYLES[result.status]),
        )
    console.print(table)


def _without_files(console: Console, report: CheckReport, lang: Lang) -> None:
    """Units that submitted nothing, by group: "Các xã, phường, đặc khu (101/114): …"."""
    missing = report.units_without_files
    if not missing:
        return
    plan = report.plan
    units = count(len(missing), "count.unit", lang)
    _heading(console, say("table.without-files", lang, units=units))
    for section in grouped(plan, set(missing), plan.unit_order):
        group = plan.group_by_id.get(section.group or "")
        name = group.name.get(lang) if group is not None else say("table.others", lang)
        line = shown(f"{name} ({len(section.units)}/{section.members}): ", style="bold")
        line.append(safe(", ".join(plan.unit_by_id[unit].name for unit in section.units)))
        console.print(line)


def _summary(report: CheckReport, lang: Lang) -> Text:
    files = report.files
    with_errors = sum(1 for f in files if f.errors)
    errors, warnings = report.errors, report.warnings
    counts = Counter(r.status for r in report.results)
    statuses = ", ".join(f"{number(counts[s], lang)} {status_word(s, lang)}" for s in STATUSES if counts[s])
    summary = say(
        "table.summary",
        lang,
        files=count(len(files), "count.file", lang),
        with_errors=number(with_errors, lang),
        results=count(len(report.results), "count.result", lang),
        statuses=": " + statuses if statuses else "",
        errors=count(errors, "count.error", lang),
        warnings=count(warnings, "count.warning", lang),
    )
    return Text(summary, style="bold")
