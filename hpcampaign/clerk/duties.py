"""What a unit must report in a period: its rules there, their targets in words, the kinds they count.

Words: a unit's *duties* in a period are the rules of the plan by which it will be judged on a
day of that period: the engine (:func:`hpcampaign.judge.engine.evaluate_rule`, with nothing yet
counted) gives the rule a result for the unit, or for a group it belongs to, whose period meets
the chosen one. Each is said (:class:`Duty`) as the check table and the memo say it: its title
and clause, its target (:func:`hpcampaign.outputs.words.target`: "TB 2–3/tuần", "≥1"), whether
it is the unit's own or a group's together, its window, what it counts, and where the target
comes from when it is not the plan's own number. The *kinds to report* are the kinds those rules
count, in the plan's order.

Example: Phường Hồng Bàng in 2025-W39 (22–28 September): ``loudspeaker-before`` (TB 2–3/tuần,
1–25 September), ``visual-before``, ``portal-section``, ``online-weekly``, ``unit-plans``…;
kinds to report: ``loudspeaker_broadcast``, ``visual_display``, ``portal_section``, …
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hpcampaign.judge.engine import evaluate_rule
from hpcampaign.judge.tally import Tally
from hpcampaign.outputs import words
from hpcampaign.plan.model import Kind, Plan, Rule
from hpcampaign.plan.periods import window
from hpcampaign.records import Lang, Selection
from hpcampaign.text.catalogue import say


def duties(plan: Plan, unit: str, start: date, end: date) -> list[Rule]:
    """The rules the unit is judged by on some day from ``start`` to ``end``, in plan order."""
    selection = Selection(unit=unit)
    found = []
    for rule in plan.rules:
        results = evaluate_rule(plan, rule, Tally(), end, selection)
        if any(result.start <= end and result.end >= start for result in results):
            found.append(rule)
    return found


def kinds_to_report(plan: Plan, rules: list[Rule]) -> list[Kind]:
    """The kinds the rules count, in the plan's order."""
    wanted = {kind for rule in rules for kind in rule.counts.kinds}
    return [kind for kind in plan.kinds if kind.id in wanted]


@dataclass(frozen=True, slots=True)
class Duty:
    """One rule as a clerk reads it (every field in the language asked for)."""

    title: str
    clause: str
    target: str
    """The target, and "together with …" for a rule judged on a group's total."""
    window: str
    counts: str
    """The kinds counted, and the platforms, languages and durations that count."""
    source: str
    """Where the target comes from, when not from the plan's text (else empty)."""


def duty(plan: Plan, rule: Rule, lang: Lang) -> Duty:
    target = words.target(rule, lang)
    if rule.scope.aggregate == "combined":
        together = words.name(plan, plan.scope_label(rule), lang)
        target = say("clerk.combined", lang, target=target, scope=together)
    start, end, _phase = window(plan, rule)
    counts = [words.kinds(plan, rule.counts.kinds, lang)]
    if rule.counts.platforms:
        platforms = [_platform_name(plan, p, lang) for p in rule.counts.platforms]
        counts.append(say("plan.on-platforms", lang, platforms=", ".join(platforms)))
    if rule.counts.languages:
        names = [words.language_name(plan, code, lang) for code in rule.counts.languages]
        counts.append(say("clerk.in-languages", lang, languages=", ".join(names)))
    if rule.counts.duration is not None:
        bounds = rule.counts.duration
        counts.append(words.minutes(bounds.min_minutes, bounds.max_minutes, lang))
    return Duty(
        title=" ".join(rule.title.get(lang).split()),
        clause=rule.clause,
        target=target,
        window=words.span_phrase(start, end, lang, through=True),
        counts=", ".join(counts),
        source=words.source_word(rule.target_source, lang) if rule.target_source != "plan" else "",
    )


def _platform_name(plan: Plan, platform: str, lang: Lang) -> str:
    for named in plan.platforms:
        if named.id == platform:
            return named.name.get(lang)
    return platform
