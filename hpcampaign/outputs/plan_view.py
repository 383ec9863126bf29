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
from hpcampaign.outputs.words import count, day, minutes, source_word, target
from hpcampaign.plan.model import Plan, Rule
from hpcampaign.plan.periods import window
from hpcampaign.plan.windows import kind_of
from hpcampaign.records import Lang
from hpcampaign.text.catalogue import say
from hpcampaign.text.phrases import PhraseId
from hpcampaign.text.safe import safe


def render(plan: Plan, *, units: bool, lang: Lang, width: int, color: bool) -> str:
    console = text_console(width, color)
    console.print(shown(plan.meta.title.get(lang), style="bold"))
    if plan.meta.reference:
        console.print(shown(plan.meta.reference))
    console.print(shown(say("plan.issuer", lang, issuer=plan.meta.issuer.get(lang), zone=plan.meta.timezone)))
    if units:
        _units(console, plan, lang)
    else:
        _phases(console, plan, lang)
        _rules(console, plan, lang)
        _groups(console, plan, lang)
        _vocabulary(console, plan, lang)
    return text_of(console, color)


def _table(lang: Lang, *columns: PhraseId) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1), show_edge=False)
    for column in columns:
        table.add_column(say(column, lang), overflow="fold")
    return table


def _phases(console: Console, plan: Plan, lang: Lang) -> None:
    console.print()
    table = _table(lang, "plan.phase", "plan.clause", "plan.name", "plan.from", "plan.to", "plan.days")
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
    how = say("plan.each" if rule.scope.aggregate == "each" else "plan.combined", lang)
    return f"{', '.join(parts)} ({how}, {count(len(plan.scope_units(rule)), 'count.unit', lang)})"


def _window(plan: Plan, rule: Rule, lang: Lang) -> str:
    start, end, _ = window(plan, rule)
    name = kind_of(rule.window).label(rule.window, lang)
    days = count((end - start).days + 1, "count.day", lang)
    return f"{name}, {day(start, lang)} – {day(end, lang)} ({days})"


def _counts(rule: Rule, lang: Lang) -> str:
    text = ", ".join(rule.counts.kinds)
    if rule.counts.languages:
        text += f" [{', '.join(rule.counts.languages)}]"
    if rule.counts.platforms:
        text += " " + say("plan.on-platforms", lang, platforms=", ".join(rule.counts.platforms))
    if rule.counts.duration:
        bounds = rule.counts.duration
        text += f" ({minutes(bounds.min_minutes, bounds.max_minutes, lang)})"
    return text


def _rules(console: Console, plan: Plan, lang: Lang) -> None:
    """One block per rule: id, clause and source; the plan's wording; scope, counts, target, window."""
    console.print()
    console.print(shown(say("table.rules", lang, n=len(plan.rules)), style="bold underline"))
    for rule in plan.rules:
        source = source_word(rule.target_source, lang)
        console.print()
        head = shown(rule.id, style="bold")
        head.append(f"  {safe(rule.clause)} · {source}", style="dim")
        console.print(head)
        console.print(shown(f"  {rule.title.get(lang)}"))
        console.print(shown("  " + say("plan.scope", lang, scope=_scope(plan, rule, lang))))
        console.print(shown("  " + say("plan.counts", lang, counts=_counts(rule, lang))))
        when = _window(plan, rule, lang)
        console.print(shown("  " + say("plan.target", lang, target=target(rule, lang), window=when)))


def _groups(console: Console, plan: Plan, lang: Lang) -> None:
    console.print()
    table = _table(lang, "plan.group", "plan.name", "plan.unit-count")
    for group in plan.groups:
        table.add_row(group.id, shown(group.name.get(lang)), str(len(plan.members.get(group.id, []))))
    ungrouped = [u for u in plan.units if not u.groups]
    if ungrouped:
        table.add_row("–", say("plan.no-group", lang), str(len(ungrouped)))
    console.print(table)
    console.print(shown(say("plan.see-units", lang, units=count(len(plan.units), "count.unit", lang))))


def _vocabulary(console: Console, plan: Plan, lang: Lang) -> None:
    """What a submission may write in ``kind``, ``platforms`` and ``language``."""
    console.print()
    table = _table(lang, "plan.kind", "plan.name", "plan.channel", "plan.needs")
    for kind in plan.kinds:
        needs = ["title"] if kind.title_required else []
        if kind.duration_required:
            needs.append("duration")
        if kind.duration is not None:
            needs.append(minutes(kind.duration.min_minutes, kind.duration.max_minutes, lang))
        table.add_row(kind.id, shown(kind.name.get(lang)), kind.channel, ", ".join(needs))
    console.print(table)
    platforms = ", ".join(p.id for p in plan.platforms)
    languages = ", ".join(f"{language.id} ({language.name.get(lang)})" for language in plan.languages)
    console.print(shown(say("plan.platforms", lang, platforms=platforms)))
    console.print(shown(say("plan.languages", lang, languages=languages)))


def _units(console: Console, plan: Plan, lang: Lang) -> None:
    console.print()
    table = _table(lang, "plan.id", "plan.name", "plan.type", "plan.groups")
    for unit in plan.units:
        table.add_row(unit.id, shown(unit.name), shown(unit.type), ", ".join(unit.groups))
    console.print(table)
    console.print(shown(count(len(plan.units), "count.unit", lang)))
