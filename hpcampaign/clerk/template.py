"""The submission file to fill in (``hpcampaign new``): YAML a clerk completes by following its comments.

The file names the unit and the period and has no item yet (``items: []``), so it passes
``check`` as written. Its comments, in the language asked for, say how to fill it in and what
each field of an item means; the unit's duties in the period (:mod:`.duties`: each rule's title,
clause, target, window and what it counts); and one commented example item for each kind the
unit must report, headed by the kind's name and naming it by its label (``kind: lượt phát``),
with the fields that kind needs to count: a title, the platforms or language a rule counts, a
duration inside the kind's bounds. Removing the ``# `` of an example's lines (after changing
``items: []`` to ``items:``) gives an item that ``check`` accepts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hpcampaign.clerk.duties import duties, duty, kinds_to_report
from hpcampaign.clerk.yaml_text import comment, quoted, scalar
from hpcampaign.outputs import words
from hpcampaign.plan.model import Kind, Plan, Rule
from hpcampaign.records import Lang
from hpcampaign.text.catalogue import say
from hpcampaign.text.values import format_duration


@dataclass(frozen=True, slots=True)
class Request:
    """What ``new`` makes a file for: a unit (its id), a period, the name the file will have."""

    unit: str
    start: date
    end: date
    lang: Lang
    path: str | None = None


def render(plan: Plan, request: Request) -> str:
    """The YAML text of the file to fill in."""
    lang = request.lang
    unit = plan.unit_by_id[request.unit]
    rules = duties(plan, unit.id, request.start, request.end)
    lines = [
        *comment(say("clerk.title-line", lang, unit_name=unit.name, unit=unit.id)),
        *comment(say("clerk.period-line", lang, span=words.span_phrase(request.start, request.end, lang))),
        *comment(say("clerk.plan-line", lang, plan=plan.meta.title.get(lang))),
        "#",
        *comment(
            say(
                "clerk.how-to",
                lang,
                check=f"hpcampaign check {request.path or say('clerk.this-file', lang)} --tree submissions/",
            )
        ),
        "#",
        *comment(_fields(plan, lang)),
        "#",
        *_duties(plan, rules, lang),
        "format: 1",
        f"unit: {unit.id}",
        f"reporter:  # {say('clerk.reporter', lang)}",
        f"period: {{from: {request.start.isoformat()}, to: {request.end.isoformat()}}}",
        "items: []",
        *_examples(plan, rules, request, lang),
        "difficulties: []",
        *comment(say("clerk.difficulties", lang)),
        f"#   - {quoted(say('clerk.difficulty-example', lang))}",
    ]
    return "\n".join(lines) + "\n"


def _fields(plan: Plan, lang: Lang) -> str:
    untitled = [_kind_word(kind, lang) for kind in plan.kinds if not kind.title_required]
    timed = [_kind_word(kind, lang) for kind in plan.kinds if kind.duration_required]
    platforms = [platform.id for platform in plan.platforms]
    return say(
        "clerk.fields",
        lang,
        untitled=", ".join(untitled) or "–",
        timed=", ".join(timed) or "–",
        platform_example=", ".join(platforms[:2]),
        platforms=", ".join(platforms),
        languages=", ".join(language.id for language in plan.languages),
    )


def _duties(plan: Plan, rules: list[Rule], lang: Lang) -> list[str]:
    if not rules:
        return [*comment(say("clerk.no-duties", lang)), "#"]
    lines = comment(say("clerk.duties-head", lang))
    for rule in rules:
        said = duty(plan, rule, lang)
        source = say("clerk.source", lang, source=said.source) if said.source else ""
        text = say(
            "clerk.duty",
            lang,
            title=said.title,
            clause=said.clause,
            target=said.target,
            window=said.window,
            source=source,
            counts=said.counts,
        )
        lines.extend(comment(text))
    return [*lines, "#"]


def _examples(plan: Plan, rules: list[Rule], request: Request, lang: Lang) -> list[str]:
    kinds = kinds_to_report(plan, rules)
    if not kinds:
        return []
    lines = ["#", *comment(say("clerk.examples-head", lang)), "#"]
    for kind in kinds:
        lines.append(f"# {kind.name.get(lang)}:")
        lines.extend(f"#   {line}" for line in example(plan, kind, rules, request.start, lang))
        lines.append("#")
    return lines


def example(plan: Plan, kind: Kind, rules: list[Rule], day: date, lang: Lang) -> list[str]:
    """The lines of one example item of ``kind`` (uncommented), with what the rules need to count it."""
    counting = [rule for rule in rules if kind.id in rule.counts.kinds]
    fields = [f"- date: {day.isoformat()}", f"  kind: {scalar(_kind_word(kind, lang))}"]
    if kind.title_required:
        fields.append(f"  title: {quoted(say('clerk.example-title', lang))}")
    else:
        fields.append("  count: 1")
    platforms = next((rule.counts.platforms for rule in counting if rule.counts.platforms), None)
    if platforms:
        fields.append(f"  platforms: [{platforms[0]}]")
    # A language only where no rule counting the kind counts it in Vietnamese (foreign bulletins).
    languages = [rule.counts.languages or [] for rule in counting]
    if languages and all(chosen and "vi" not in chosen for chosen in languages):
        fields.append(f"  language: {languages[0][0]}")
    bounds = kind.duration or next((r.counts.duration for r in counting if r.counts.duration), None)
    if kind.duration_required or bounds is not None:
        minutes = (bounds.min_minutes + bounds.max_minutes) / 2 if bounds is not None else 5
        fields.append(f'  duration: "{format_duration(round(minutes * 60))}"')
    return fields


def _kind_word(kind: Kind, lang: Lang) -> str:
    """How a clerk names a kind: its Vietnamese label (its id in English, or when it has none)."""
    return kind.label if lang == "vi" and kind.label else kind.id
