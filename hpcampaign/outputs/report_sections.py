"""Wording the memo's later sections: foreign languages, names, silence, data problems, clauses.

- III. *Units missed or behind*: per rule, the flagged units (or group, or language) by name,
  missed first; "(3 ngày)" when a unit missed several days or weeks of the period.
- IV. *Units that submitted nothing* ("chưa báo cáo"), by group with the group's size in scope;
  then the units that sent a file but have nothing counted in the period.
- V. *Data problems*, one row per unit: files with problems, files voided, errors, warnings, and
  the count per problem code; never line by line (``hpcampaign check`` lists the lines).
- VI. *Difficulties*: what each unit's files say in ``difficulties`` (the plan's closing
  paragraph of V asks units to tell the Department), quoted, each text once per unit. Every
  file checked is read, whatever its dates: a difficulty stands until a unit stops saying it.
- VII. *Clauses cited*: every clause of the plan the memo's rules rest on, with their titles.
"""

from __future__ import annotations

from hpcampaign.memo.build import Memo
from hpcampaign.memo.facts import UnitGroup
from hpcampaign.memo.rules import Flag, RuleLine, overall
from hpcampaign.outputs.report_blocks import Block, Bullets, Paragraph, Table
from hpcampaign.outputs.words import (
    formal_day,
    language_name,
    listing,
    lower_first,
    name,
    number,
    plan_name,
    status_word,
)
from hpcampaign.records import Lang
from hpcampaign.text.catalogue import say
from hpcampaign.text.phrases import PhraseId

_LANGUAGE_COLUMNS: tuple[PhraseId, ...] = (
    "memo.languages.language",
    "memo.in-period",
    "memo.to-date",
    "memo.languages.made-by",
    "memo.languages.by-target",
)
_PROBLEM_COLUMNS: tuple[PhraseId, ...] = (
    "memo.problems.unit",
    "memo.problems.files",
    "memo.problems.voided",
    "memo.problems.errors",
    "memo.problems.warnings",
    "memo.problems.codes",
)


def sections(memo: Memo, lang: Lang) -> list[tuple[str, list[Block]]]:
    return [
        (say("memo.section.flagged", lang), _flagged(memo, lang)),
        (say("memo.section.silent", lang), _silent(memo, lang)),
        (say("memo.section.problems", lang), _problems(memo, lang)),
        (say("memo.section.difficulties", lang), _difficulties(memo, lang)),
        (say("memo.section.clauses", lang), _clauses(memo, lang)),
    ]


def languages(memo: Memo, lang: Lang) -> list[Block]:
    plan = memo.plan
    if not memo.languages:
        return [Paragraph(say("memo.languages.none", lang))]
    clause = {rule.id: rule.clause for rule in plan.rules}
    rows, statuses = [], []
    for line in memo.languages:
        judged = "; ".join(f"{clause[rule]}: {status_word(s, lang)}" for rule, s, _actual in line.judgements)
        rows.append(
            (
                language_name(plan, line.language, lang),
                number(line.period_items, lang),
                number(line.to_date_items, lang),
                listing(name(plan, unit, lang) for unit in line.units) or "–",
                judged or "–",
            )
        )
        statuses.append(overall(s for _rule, s, _actual in line.judgements) if line.judgements else None)
    if memo.to_date is not None:
        since, until = (formal_day(d, lang) for d in memo.to_date)
        so_far = say("memo.languages.so-far", lang, since=since, until=until)
    else:
        so_far = say("memo.languages.not-begun", lang)
    return [
        Table(
            header=tuple(say(column, lang) for column in _LANGUAGE_COLUMNS),
            rows=tuple(rows),
            widths=(15, 12, 12, 33, 28),
            numeric=(False, True, True, False, False),
            statuses=tuple(statuses),
            note=say("memo.languages.note", lang, so_far=so_far),
        )
    ]


def _flag_name(memo: Memo, line: RuleLine, flag: Flag, lang: Lang) -> str:
    text = name(memo.plan, flag.scope, lang)
    if flag.language is not None:
        language = language_name(memo.plan, flag.language, lang)
        text = language if line.scopes == 1 else f"{text} ({language})"
    if flag.periods > 1 and line.shape in ("daily", "weekly"):
        periods: PhraseId = "memo.flagged.days" if line.shape == "daily" else "memo.flagged.weeks"
        text += " " + say(periods, lang, n=number(flag.periods, lang))
    return text


def _flagged(memo: Memo, lang: Lang) -> list[Block]:
    items = []
    for line in memo.rules:
        if not line.flags:
            continue
        parts = []
        for wanted in ("missed", "behind"):
            chosen: list[Flag] = [f for f in line.flags if f.status == wanted]
            if chosen:
                names = listing(_flag_name(memo, line, f, lang) for f in chosen)
                parts.append(f"{status_word(wanted, lang)} ({len(chosen)}): {names}")
        items.append(f"{line.rule.title.get(lang)} ({line.rule.clause}) — " + "; ".join(parts) + ".")
    if not items:
        return [Paragraph(say("memo.flagged.none", lang))]
    return [Paragraph(say("memo.flagged.intro", lang)), Bullets(tuple(items))]


def _grouped(memo: Memo, groups: tuple[UnitGroup, ...], lang: Lang) -> Bullets:
    lines = []
    for group in groups:
        title = (
            memo.plan.group_by_id[group.group].name.get(lang)
            if group.group is not None
            else say("memo.other-units", lang)
        )
        names = listing(name(memo.plan, unit, lang) for unit in group.units)
        lines.append(f"{title} ({len(group.units)}/{group.members}): {names}.")
    return Bullets(tuple(lines))


def _silent(memo: Memo, lang: Lang) -> list[Block]:
    blocks: list[Block] = []
    missing = sum(len(g.units) for g in memo.without_files)
    if missing:
        blocks.append(Paragraph(say("memo.silent.count", lang, n=number(missing, lang))))
        blocks.append(_grouped(memo, memo.without_files, lang))
    else:
        blocks.append(Paragraph(say("memo.silent.none", lang)))
    quiet = sum(len(g.units) for g in memo.quiet)
    if quiet:
        blocks.append(Paragraph(say("memo.quiet.count", lang, n=number(quiet, lang))))
        blocks.append(_grouped(memo, memo.quiet, lang))
    return blocks


def _problems(memo: Memo, lang: Lang) -> list[Block]:
    if not memo.problems:
        return [Paragraph(say("memo.problems.none", lang))]
    rows = []
    unknown: list[str] = []
    for entry in memo.problems:
        who = (
            name(memo.plan, entry.unit, lang)
            if entry.unit is not None
            else say("memo.problems.unit-unknown", lang)
        )
        unknown.extend(entry.paths)
        codes = listing(f"{code}: {count}" for code, count in entry.codes)
        rows.append((who, str(entry.files), str(entry.voided), str(entry.errors), str(entry.warnings), codes))
    blocks: list[Block] = [
        Table(
            header=tuple(say(column, lang) for column in _PROBLEM_COLUMNS),
            rows=tuple(rows),
            widths=(30, 10, 10, 9, 11, 30),
            numeric=(False, True, True, True, True, False),
            note=say("memo.problems.note", lang),
        )
    ]
    if unknown:
        blocks.append(Paragraph(say("memo.problems.unknown-files", lang, files=listing(unknown))))
    return blocks


def _difficulties(memo: Memo, lang: Lang) -> list[Block]:
    """What units told the Department of their difficulties, quoted, unit by unit."""
    if not memo.difficulties:
        return [Paragraph(say("memo.difficulties.none", lang))]
    lines = tuple(
        f"{name(memo.plan, unit, lang)}: "
        + "; ".join(f"“{text}”" for text in texts)
        + ("" if texts[-1].endswith((".", "!", "?", "…")) else ".")
        for unit, texts in memo.difficulties
    )
    return [Paragraph(say("memo.difficulties.intro", lang, n=len(lines))), Bullets(lines)]


def _clauses(memo: Memo, lang: Lang) -> list[Block]:
    source = [Paragraph(say("memo.clauses.plan-file", lang, plan=plan_name(memo.plan_name, lang)))]
    if not memo.citations:
        return [Paragraph(say("memo.clauses.none", lang)), *(source if memo.plan_name else [])]
    titles = {rule.id: rule.title.get(lang) for rule in memo.plan.rules}
    title = memo.plan.meta.title
    return [
        Paragraph(say("memo.clauses.intro", lang, title_vi=title.vi, title_en=lower_first(title.en))),
        Bullets(tuple(f"{c.clause}: " + "; ".join(titles[r] for r in c.rules) + "." for c in memo.citations)),
        *(source if memo.plan_name else []),
    ]
