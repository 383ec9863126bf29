"""``hpcampaign plan``: the plan as the office checks it against the paper, line by line.

Phases with dates and length; every rule with its clause, scope, what counts, target, window and
whether the target is the plan's or the office's own; unit counts per group. ``--units`` lists
every unit (id, name, groups).

The plan is a file a person wrote: every text of it reaches the console through
:func:`.terminal.shown` (never markup, control characters as visible escapes), table cells too.
"""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table

from hpcampaign.outputs.terminal import shown, text_console, text_of
from hpcampaign.outputs.words import day, plural, target, tr
from hpcampaign.plan.model import Plan, Rule
from hpcampaign.plan.periods import window
from hpcampaign.records import Lang
from hpcampaign.text.safe import safe


def render(plan: Plan, *, units: bool, lang: Lang, width: int, color: bool) -> str:
    console = text_console(width, color)
    console.print(shown(plan.meta.title.get(lang), style="bold"))
    if plan.meta.reference:
        console.print(shown(plan.meta.reference))
    console.print(
        shown(f"{plan.meta.issuer.get(lang)} · {tr(lang, 'múi giờ', 'time zone')} {plan.meta.timezone}")
    )
    if units:
        _units(console, plan, lang)
    else:
        _phases(console, plan, lang)
        _rules(console, plan, lang)
        _groups(console, plan, lang)
        _vocabulary(console, plan, lang)
    return text_of(console, color)


def _table(*columns: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1), show_edge=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _phases(console: Console, plan: Plan, lang: Lang) -> None:
    console.print()
    table = _table(
        tr(lang, "Giai đoạn", "Phase"),
        tr(lang, "Điều", "Clause"),
        tr(lang, "Tên", "Name"),
        tr(lang, "Từ", "From"),
        tr(lang, "Đến", "To"),
        tr(lang, "Số ngày", "Days"),
    )
    for phase in plan.phases:
        days = (phase.end - phase.start).days + 1
        table.add_row(
            phase.id,
            shown(phase.clause),  # free text: a str cell would be read as rich markup
            shown(phase.name.get(lang)),
            day(phase.start, lang),
            day(phase.end, lang),
            str(days),
        )
    console.print(table)


def _scope(plan: Plan, rule: Rule, lang: Lang) -> str:
    parts = [*rule.scope.units, *rule.scope.groups]
    how = (
        tr(lang, "từng đơn vị", "each")
        if rule.scope.aggregate == "each"
        else tr(lang, "cộng chung", "combined")
    )
    return f"{', '.join(parts)} ({how}, {plural(len(plan.scope_units(rule)), 'đơn vị', 'unit', lang)})"


def _window(plan: Plan, rule: Rule, lang: Lang) -> str:
    start, end, _ = window(plan, rule)
    spec = rule.window
    if spec.phase:
        name = spec.phase
    elif spec.by_end_of:
        name = tr(lang, f"đến hết {spec.by_end_of}", f"by the end of {spec.by_end_of}")
    else:
        name = "+".join(spec.phases or ())
    days = plural((end - start).days + 1, "ngày", "day", lang)
    return f"{name}, {day(start, lang)} – {day(end, lang)} ({days})"


def _counts(rule: Rule, lang: Lang) -> str:
    text = ", ".join(rule.counts.kinds)
    if rule.counts.languages:
        text += f" [{', '.join(rule.counts.languages)}]"
    if rule.counts.duration:
        bounds = rule.counts.duration
        text += f" ({bounds.min_minutes:g}–{bounds.max_minutes:g} {tr(lang, 'phút', 'min')})"
    return text


def _rules(console: Console, plan: Plan, lang: Lang) -> None:
    """One block per rule: id, clause and source; the plan's wording; scope, counts, target, window."""
    console.print()
    console.print(
        shown(tr(lang, f"Quy định ({len(plan.rules)})", f"Rules ({len(plan.rules)})"), style="bold underline")
    )
    for rule in plan.rules:
        source = (
            tr(lang, "mục tiêu của kế hoạch", "target from the plan")
            if rule.target_source == "plan"
            else tr(lang, "mục tiêu riêng của Phòng", "local target set by the office")
        )
        console.print()
        head = shown(rule.id, style="bold")
        head.append(f"  {safe(rule.clause)} · {source}", style="dim")
        console.print(head)
        console.print(shown(f"  {rule.title.get(lang)}"))
        console.print(shown(f"  {tr(lang, 'Phạm vi', 'Scope')}: {_scope(plan, rule, lang)}"))
        console.print(shown(f"  {tr(lang, 'Tính', 'Counts')}: {_counts(rule, lang)}"))
        when = _window(plan, rule, lang)
        goal = target(rule, lang)
        labels = tr(lang, "Mục tiêu", "Target"), tr(lang, "Thời gian", "Window")
        console.print(shown(f"  {labels[0]}: {goal} · {labels[1]}: {when}"))


def _groups(console: Console, plan: Plan, lang: Lang) -> None:
    console.print()
    table = _table(tr(lang, "Nhóm", "Group"), tr(lang, "Tên", "Name"), tr(lang, "Số đơn vị", "Units"))
    for group in plan.groups:
        table.add_row(group.id, shown(group.name.get(lang)), str(len(plan.members.get(group.id, []))))
    ungrouped = [u for u in plan.units if not u.groups]
    if ungrouped:
        table.add_row("–", tr(lang, "Không thuộc nhóm", "In no group"), str(len(ungrouped)))
    console.print(table)
    console.print(
        shown(plural(len(plan.units), "đơn vị", "unit", lang) + tr(lang, " (xem --units)", " (see --units)"))
    )


def _vocabulary(console: Console, plan: Plan, lang: Lang) -> None:
    """What a submission may write in ``kind``, ``platforms`` and ``language``."""
    console.print()
    table = _table(
        tr(lang, "Loại tin (kind)", "Kind"),
        tr(lang, "Tên", "Name"),
        tr(lang, "Kênh", "Channel"),
        tr(lang, "Cần", "Needs"),
    )
    for kind in plan.kinds:
        needs = ["title"] if kind.title_required else []
        if kind.duration_required:
            needs.append("duration")
        if kind.duration is not None:
            needs.append(
                f"{kind.duration.min_minutes:g}–{kind.duration.max_minutes:g} {tr(lang, 'phút', 'min')}"
            )
        table.add_row(kind.id, shown(kind.name.get(lang)), kind.channel, ", ".join(needs))
    console.print(table)
    platforms = ", ".join(p.id for p in plan.platforms)
    languages = ", ".join(f"{language.id} ({language.name.get(lang)})" for language in plan.languages)
    console.print(shown(f"{tr(lang, 'Nền tảng (platforms)', 'Platforms')}: {platforms}"))
    console.print(shown(f"{tr(lang, 'Ngôn ngữ (language)', 'Languages')}: {languages}"))


def _units(console: Console, plan: Plan, lang: Lang) -> None:
    console.print()
    table = _table("id", tr(lang, "Tên", "Name"), tr(lang, "Loại", "Type"), tr(lang, "Nhóm", "Groups"))
    for unit in plan.units:
        table.add_row(unit.id, shown(unit.name), shown(unit.type), ", ".join(unit.groups))
    console.print(table)
    console.print(shown(plural(len(plan.units), "đơn vị", "unit", lang)))
