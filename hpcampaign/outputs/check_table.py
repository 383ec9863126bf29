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
from hpcampaign.memo.facts import grouped
from hpcampaign.outputs import RenderOptions
from hpcampaign.outputs.terminal import shown, text_console, text_of
from hpcampaign.outputs.words import (
    needing_attention,
    num,
    plural,
    result_label,
    scope_name,
    span,
    status_word,
    target,
    tr,
)
from hpcampaign.plan.model import Plan, Rule
from hpcampaign.records import STATUSES, Lang, Problem, Result
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
    as_of = tr(lang, "Tính đến ngày", "As of")
    selection = report.selection
    extra = ""
    if selection.phase:
        extra += f" · {plan.phase_by_id[selection.phase].name.get(lang)} ({selection.phase})"
    if selection.unit:
        extra += f" · {scope_name(plan, selection.unit, lang)} ({selection.unit})"
    console.print(shown(f"{as_of} {span(report.as_of, report.as_of, lang)}{extra}"))
    _problems(console, report.problems, lang, options.width)
    if selection.unit:
        _unit_results(console, report, lang, options)
    else:
        _rules(console, report, lang, options)
    _without_files(console, report, lang)
    console.print()
    console.print(_summary(report, lang))
    return text_of(console, options.color)


def _more(count: int, lang: Lang) -> str:
    return tr(
        lang,
        f"… và {count} lỗi, cảnh báo khác trong tệp này (xem đủ bằng --format json)",
        f"… and {plural(count, 'lỗi', 'more problem', lang)} in this file (--format json lists them all)",
    )


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
    heading = tr(
        lang,
        f"Lỗi và cảnh báo trong tệp ({files} tệp)",
        f"Problems in files ({plural(files, 'tệp', 'file', lang)})",
    )
    _heading(console, heading)
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
        text.append(num(result.actual, lang), style=STYLES[result.status])
    if len(attention) > WORST_SHOWN:
        more = len(attention) - WORST_SHOWN
        text.append(tr(lang, f"; +{more} nữa", f"; +{more} more"), style="dim")
    return text


def _rules(console: Console, report: CheckReport, lang: Lang, options: RenderOptions) -> None:
    plan = report.plan
    by_rule: dict[str, list[Result]] = defaultdict(list)
    for result in report.results:
        by_rule[result.rule].append(result)
    _heading(console, tr(lang, f"Quy định ({len(by_rule)})", f"Rules ({len(by_rule)})"))
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1), show_edge=False)
    table.add_column(tr(lang, "Quy định", "Rule"), overflow="fold", ratio=3)
    table.add_column(tr(lang, "Mục tiêu", "Target"), overflow="fold", ratio=2)
    table.add_column(tr(lang, "Kết quả", "Results"), overflow="fold", ratio=3)
    table.add_column(tr(lang, "Cần chú ý", "Needs attention"), overflow="fold", ratio=4)
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
            + ("" if rule.target_source == "plan" else tr(lang, " · mục tiêu riêng", " · local target")),
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
    _heading(console, tr(lang, f"Kết quả ({len(report.results)})", f"Results ({len(report.results)})"))
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1), show_edge=False)
    for column in (
        tr(lang, "Quy định", "Rule"),
        tr(lang, "Kỳ", "Period"),
        tr(lang, "Mục tiêu", "Target"),
        tr(lang, "Thực hiện", "Actual"),
        tr(lang, "Trạng thái", "Status"),
    ):
        table.add_column(column, overflow="fold")
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
            Text(num(result.actual, lang)),
            Text(status_word(result.status, lang), style=STYLES[result.status]),
        )
    console.print(table)


def _without_files(console: Console, report: CheckReport, lang: Lang) -> None:
    """Units that submitted nothing, by group: "Các xã, phường, đặc khu (101/114): …"."""
    missing = report.units_without_files
    if not missing:
        return
    plan = report.plan
    count = plural(len(missing), "đơn vị", "unit", lang)
    _heading(console, tr(lang, f"Chưa báo cáo ({count})", f"No report submitted ({count})"))
    for section in grouped(plan, set(missing), plan.unit_order):
        group = plan.group_by_id.get(section.group or "")
        name = group.name.get(lang) if group is not None else tr(lang, "Khác", "Others")
        line = shown(f"{name} ({len(section.units)}/{section.members}): ", style="bold")
        line.append(safe(", ".join(plan.unit_by_id[unit].name for unit in section.units)))
        console.print(line)


def _summary(report: CheckReport, lang: Lang) -> Text:
    files = report.files
    with_errors = sum(1 for f in files if f.errors)
    errors, warnings = report.errors, report.warnings
    counts = Counter(r.status for r in report.results)
    statuses = ", ".join(f"{counts[s]} {status_word(s, lang)}" for s in STATUSES if counts[s])
    if lang == "vi":
        head = f"{len(files)} tệp, {with_errors} có lỗi; {len(report.results)} kết quả"
        tail = f"{errors} lỗi, {warnings} cảnh báo"
    else:
        files_text = plural(len(files), "", "file", lang)
        head = f"{files_text}, {with_errors} with errors; {plural(len(report.results), '', 'result', lang)}"
        tail = f"{plural(errors, '', 'error', lang)}, {plural(warnings, '', 'warning', lang)}"
    return Text(f"{head}{': ' + statuses if statuses else ''}; {tail}", style="bold")
