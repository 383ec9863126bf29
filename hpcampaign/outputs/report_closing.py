"""Wording the memo's closing: VI. shortcomings (Tồn tại, hạn chế), VII. proposals (Đề xuất, kiến nghị).

Both are derived from the memo's facts; neither judges anything again.

- VI. *Shortcomings*: the targets missed and behind to date; per rule, who, in brief (how many of
  which types, how many of them sent nothing; names when they are few: every name is in III); the
  units that sent nothing, by type; the data problems of every unit, each problem by its name in
  words; the forecast in one sentence (how many units that reported would still miss a target at
  their pace so far).
- VII. *Proposals* (:mod:`hpcampaign.memo.closing`): reminders to the units that sent nothing, to
  those behind on an open target (by its period's last day), a request to explain to those that
  missed one, a request to correct and resend to those whose files have errors, and to look into
  the difficulties units reported; each with its deadline, and a closing sentence saying how the
  deadlines were chosen.
"""

from __future__ import annotations

from hpcampaign.memo.build import Memo
from hpcampaign.memo.names import by_type
from hpcampaign.memo.rules import RuleLine
from hpcampaign.outputs.report_blocks import Block, Bullets, Paragraph
from hpcampaign.outputs.report_names import FEW_NAMES, LONG, name_list, type_counts, units_word
from hpcampaign.outputs.report_sections import (
    flagged_lines,
    problem_counts,
    ref,
    statuses_of,
    who,
)
from hpcampaign.outputs.words import formal_day, name, number, status_word
from hpcampaign.records import Lang, Status
from hpcampaign.text.catalogue import say
from hpcampaign.text.phrases import PhraseId


def _in_brief(memo: Memo, line: RuleLine, status: Status, lang: Lang) -> str:
    """Who is ``status`` on a rule in brief: names when few, else how many of which types."""
    flags = [f for f in line.flags if f.status == status]
    silent = [f for f in line.unreported if f.status == status]
    if line.scopes == 1 or len(flags) + len(silent) <= FEW_NAMES:
        return who(memo, line, status, lang)
    scopes = [f.scope for f in (*flags, *silent)]
    noun = say("noun.languages", lang) if line.shape == "languages" else units_word(memo.plan, scopes, lang)
    text = say(
        "memo.who.many", lang, n=number(len(scopes), lang), noun=noun, status=status_word(status, lang)
    )
    if len(by_type(memo.plan, scopes)) > 1:
        text += f" ({type_counts(memo.plan, scopes, lang)})"
    if silent and not flags:
        text += say("memo.who.silent-all", lang, section=ref("silent"))
    elif silent:
        text += say("memo.shortcomings.silent", lang, n=number(len(silent), lang))
    return text


def shortcomings(memo: Memo, lang: Lang) -> list[Block]:
    """Section VI: what falls short, derived from the results and the data problems."""
    head = memo.headline
    blocks: list[Block] = []
    short = [
        f"{number(head.rules[s], lang)} {status_word(s, lang)}" for s in ("missed", "behind") if head.rules[s]
    ]
    if short:
        total = number(sum(head.rules.values()), lang)
        blocks.append(
            Paragraph(
                say(
                    "memo.shortcomings.targets",
                    lang,
                    day=formal_day(memo.as_of, lang),
                    total=total,
                    parts=", ".join(short),
                )
            )
        )
    lines = flagged_lines(memo)
    if lines:
        blocks.append(Paragraph(say("memo.shortcomings.units", lang, section=ref("flagged"))))
        items = []
        for line in lines:
            rule = line.rule
            parts = "; ".join(_in_brief(memo, line, status, lang) for status in statuses_of(line))
            items.append(f"{rule.title.get(lang)} ({rule.clause}): {parts}.")
        blocks.append(Bullets(tuple(items)))
    blocks.extend(Paragraph(text) for text in _reporting(memo, lang))
    if memo.problems:
        blocks.append(Paragraph(_problems(memo, lang)))
    forecast = _forecast(memo, lang)
    if forecast:
        blocks.append(Paragraph(forecast))
    return blocks or [Paragraph(say("memo.shortcomings.none", lang))]


def _reporting(memo: Memo, lang: Lang) -> list[str]:
    """Who sent nothing (by type), who sent files with nothing counted (by name)."""
    out = []
    silent = [unit for group in memo.without_files for unit in group.units]
    if silent:
        out.append(
            say(
                "memo.shortcomings.silent-units",
                lang,
                n=number(len(silent), lang),
                in_scope=number(memo.headline.units_in_scope, lang),
                types=type_counts(memo.plan, silent, lang),
                section=ref("silent"),
            )
        )
    quiet = [unit for group in memo.quiet for unit in group.units]
    if quiet:
        names = name_list(memo.plan, [(unit, "") for unit in quiet], lang)
        out.append(say("memo.shortcomings.quiet-units", lang, n=number(len(quiet), lang), names=names))
    return out


def _forecast(memo: Memo, lang: Lang) -> str:
    """How many units that reported would still miss a target behind, at their pace so far."""
    at_risk: set[str] = set()
    rules = 0
    for line in memo.rules:
        silent = {flag.scope for flag in line.unreported}
        misses = {
            f.scope for f in line.forecasts if f.projection.outcome == "missed" and f.scope not in silent
        }
        at_risk |= misses
        rules += bool(misses)
    if not at_risk:
        return ""
    return say(
        "memo.shortcomings.forecast",
        lang,
        n=number(len(at_risk), lang),
        rules=number(rules, lang),
        section=ref("flagged"),
    )


def _problems(memo: Memo, lang: Lang) -> str:
    head = memo.headline
    parts = [
        f"{name(memo.plan, p.unit, lang)}: {problem_counts(p.codes, lang)}"
        for p in memo.problems
        if p.unit is not None
    ]
    unknown = sum(p.files for p in memo.problems if p.unit is None)
    if unknown:
        parts.append(say("memo.shortcomings.unknown-files", lang, n=number(unknown, lang)))
    return say(
        "memo.shortcomings.problems",
        lang,
        errors=say("count.error", lang, n=number(head.errors, lang)),
        warnings=say("count.warning", lang, n=number(head.warnings, lang)),
        units=number(sum(1 for p in memo.problems if p.unit is not None), lang),
        details="; ".join(parts),
        section=ref("problems"),
    )


def proposals(memo: Memo, lang: Lang) -> list[Block]:
    """Section VII: what the office proposes, to whom, by when."""
    proposed = memo.proposals
    if proposed is None:
        return [Paragraph(say("memo.proposals.none", lang))]
    plan = memo.plan
    by = formal_day(proposed.reply_by, lang)
    items = []
    silent = [unit for group in memo.without_files for unit in group.units]
    if silent:
        named = (
            name_list(plan, [(unit, "") for unit in silent], lang)
            if len(silent) <= LONG
            else say(
                "memo.proposals.silent-many",
                lang,
                n=number(len(silent), lang),
                types=type_counts(plan, silent, lang),
                section=ref("silent"),
            )
        )
        items.append(say("memo.proposals.report", lang, names=named, day=by))
    rules = plan.rule_by_id
    for catch_up in proposed.catch_up:
        if not catch_up.units:
            continue
        rule = rules[catch_up.rule]
        risk = ""
        if catch_up.at_risk:
            phrase: PhraseId = (
                "memo.proposals.at-risk-one" if len(catch_up.units) == 1 else "memo.proposals.at-risk"
            )
            risk = say(phrase, lang, n=number(catch_up.at_risk, lang))
        items.append(
            say(
                "memo.proposals.catch-up",
                lang,
                names=name_list(plan, [(scope, "") for scope in catch_up.units], lang),
                title=rule.title.get(lang),
                clause=rule.clause,
                day=formal_day(catch_up.deadline, lang),
                risk=risk,
            )
        )
    if proposed.explain:
        names = name_list(plan, [(scope, "") for scope in proposed.explain], lang)
        items.append(say("memo.proposals.explain", lang, names=names, day=by, section=ref("flagged")))
    if proposed.fix:
        names = name_list(plan, [(unit, "") for unit in proposed.fix], lang)
        items.append(say("memo.proposals.fix", lang, names=names, day=by, section=ref("problems")))
    if proposed.unknown_files:
        items.append(
            say(
                "memo.proposals.unknown-files",
                lang,
                n=number(proposed.unknown_files, lang),
                day=by,
                section=ref("problems"),
            )
        )
    if proposed.difficulties:
        items.append(
            say(
                "memo.proposals.difficulties",
                lang,
                n=number(proposed.difficulties, lang),
                section=ref("difficulties"),
            )
        )
    if not items:
        return [Paragraph(say("memo.proposals.none", lang))]
    office = plan.meta.office
    return [
        Paragraph(say("memo.proposals.intro", lang, office_vi=office.vi, office_en=office.en)),
        Bullets(tuple(items)),
        Paragraph(say("memo.proposals.deadlines", lang, day=by)),
    ]
