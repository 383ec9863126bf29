"""Wording the memo's later sections: foreign languages, names, silence, data problems, clauses.

Sections, in the order of a Vietnamese báo cáo (:data:`SECTIONS`; :func:`ref` gives a section's
Roman numeral, for "danh sách tại mục IV"):

- III. *Units missed or behind*: per rule, a subsection that names every scope (unit, group or
  language) missed, then behind, worst first (:mod:`hpcampaign.memo.rules`), each with its figure
  where the figure says something ("(1/2)", "(TB 1,96/tuần)", "(2 ngày: 06/09, 07/09)"); units
  that sent nothing are counted with the rule and named once, in IV; a long list is grouped by
  unit type (:mod:`.report_names`). Then the forecast of the results behind with days left,
  labelled as a projection with its assumption (:mod:`hpcampaign.memo.forecast`).
- IV. *Units that submitted nothing* ("chưa báo cáo"), by plan group with the group's size in
  scope, a long group split by unit type; then the units that sent a file but have nothing
  counted in the period.
- V. *Data problems*, one row per unit: files with problems, files voided, errors, warnings, and
  each kind of problem by its name in words (never its code: "1 mục trùng").
- VI. *Shortcomings* and VII. *Proposals*: :mod:`.report_closing`.
- VIII. *Difficulties*: what each unit's files say in ``difficulties`` (the plan's closing
  paragraph of V asks units to tell the Department), quoted, each text once per unit. Every
  file checked is read, whatever its dates: a difficulty stands until a unit stops saying it.
- IX. *Clauses cited*: every clause of the plan the memo's rules rest on, with their titles.

The *who* of a rule (:func:`who`), on page 1 in brief and in III in full: "104 xã, phường, đặc
khu chưa đạt, trong đó 101 chưa báo cáo và 3 đã báo cáo: Phường Kiến An, …"; for a rule of one
scope, "chưa đạt: Đài Tiếng nói Việt Nam (1/2)".
"""

from __future__ import annotations

from collections.abc import Sequence

from hpcampaign.memo.build import Memo
from hpcampaign.memo.forecast import Forecast
from hpcampaign.memo.names import by_type
from hpcampaign.memo.rules import Flag, RuleLine, overall
from hpcampaign.outputs.report_blocks import Block, Bullets, Heading, Paragraph, Table
from hpcampaign.outputs.report_names import (
    FEW_NAMES,
    LONG,
    joined,
    name_list,
    short_name,
    type_word,
    units_word,
)
from hpcampaign.outputs.words import (
    formal_day,
    language_name,
    listing,
    lower_first,
    name,
    number,
    plan_name,
    problem_count,
    short_day,
    status_word,
    target,
)
from hpcampaign.plan.groups import UnitGroup
from hpcampaign.records import Lang, Status
from hpcampaign.text.catalogue import say
from hpcampaign.text.phrases import PhraseId

#: The memo's numbered sections, in order (I and II are worded in :mod:`.report_outline`).
SECTIONS = (
    "overview",
    "results",
    "flagged",
    "silent",
    "problems",
    "shortcomings",
    "proposals",
    "difficulties",
    "clauses",
)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
#: Names of reporting units shown per status on page 1 before "và N đơn vị khác".
BRIEF = 5
#: Dates of a daily flag shown before "…".
DATES = 5

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


def ref(section: str) -> str:
    """The Roman numeral of a section: ``ref("silent")`` → "IV"."""
    return ROMAN[SECTIONS.index(section)]


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


# --- who is missed or behind ---------------------------------------------------------------------


def flagged_lines(memo: Memo) -> list[RuleLine]:
    """The rules with a scope missed or behind: missed ones first, then plan order."""
    lines = [line for line in memo.rules if line.flags or line.unreported]
    return sorted(lines, key=lambda line: min(_rank(f.status) for f in (*line.flags, *line.unreported)))


def _rank(status: Status) -> int:
    return 0 if status == "missed" else 1


def _label(memo: Memo, line: RuleLine, scope: str, language: str | None, lang: Lang) -> str:
    """A scope as its rule names it: the unit, "the unit (English)", or the language alone."""
    if language is None:
        return name(memo.plan, scope, lang)
    spoken = language_name(memo.plan, language, lang)
    return spoken if line.scopes == 1 else f"{name(memo.plan, scope, lang)} ({spoken})"


def figure(line: RuleLine, flag: Flag, lang: Lang) -> str:
    """What a flag's figure adds, after its name: " (1/2)", " (TB 1,96/tuần)", " (3 ngày)", or ""."""
    rule = line.rule
    if line.shape in ("daily", "weekly"):
        if line.scopes == 1 and line.shape == "daily":
            days = ", ".join(short_day(day, lang) for day in flag.starts[:DATES])
            days += ", …" if len(flag.starts) > DATES else ""
            return " " + say("memo.flagged.on-days", lang, n=number(flag.periods, lang), days=days)
        if flag.periods > 1:
            periods: PhraseId = "memo.flagged.days" if line.shape == "daily" else "memo.flagged.weeks"
            return " " + say(periods, lang, n=number(flag.periods, lang))
        return ""
    if line.shape == "average":
        return f" ({say('target.average', lang, target=number(flag.actual, lang))})"
    if rule.min is not None and rule.min > 1:
        return f" ({number(flag.actual, lang)}/{number(rule.min, lang)})"
    return ""


Named = tuple[str, str | None, str]
"""A scope to name: (scope, language, what follows its name)."""


def _listed(memo: Memo, line: RuleLine, named: Sequence[Named], lang: Lang, limit: int | None) -> str:
    """Scopes named in order, all of them or the first ``limit`` and how many more; a long list
    of units grouped by type."""
    shown = list(named) if limit is None else list(named[:limit])
    if line.shape == "languages" or any(language is not None for _s, language, _f in shown):
        text = joined(
            [_label(memo, line, scope, language, lang) + suffix for scope, language, suffix in shown]
        )
    else:
        text = name_list(memo.plan, [(scope, suffix) for scope, _language, suffix in shown], lang)
    if len(shown) < len(named):
        text += say("memo.who.more", lang, n=number(len(named) - len(shown), lang))
    return text


def _who(
    memo: Memo,
    line: RuleLine,
    head: str,
    named: Sequence[Named],
    silent: Sequence[Named],
    lang: Lang,
    limit: int | None,
) -> str:
    """``head`` ("104 xã chưa đạt"), then who: the units that sent nothing counted (named when
    few), the others named (see the module docstring)."""
    unreported = say("memo.who.unreported", lang)
    if len(silent) <= FEW_NAMES:
        named = [*named, *((scope, language, f" ({unreported})") for scope, language, _f in silent)]
        silent = []
    names = _listed(memo, line, named, lang, limit) if named else ""
    if silent and named:
        return head + say(
            "memo.who.silent-and-named",
            lang,
            silent=number(len(silent), lang),
            named=number(len(named), lang),
            names=names,
            section=ref("silent"),
        )
    if silent:
        return head + say("memo.who.silent-all", lang, section=ref("silent"))
    return head + say("memo.who.named", lang, names=names)


def _noun(memo: Memo, line: RuleLine, scopes: Sequence[str], lang: Lang) -> str:
    return say("noun.languages", lang) if line.shape == "languages" else units_word(memo.plan, scopes, lang)


def who(memo: Memo, line: RuleLine, status: Status, lang: Lang, limit: int | None = None) -> str:
    """Who is ``status`` on one rule, worst first: every name, or the first ``limit`` of those
    that reported (see the module docstring)."""
    flags = [f for f in line.flags if f.status == status]
    silent = [f for f in line.unreported if f.status == status]
    named = [(f.scope, f.language, figure(line, f, lang)) for f in flags]
    quiet = [(f.scope, f.language, "") for f in silent]
    word = status_word(status, lang)
    if line.scopes == 1:
        return _who(memo, line, word, named, quiet, lang, limit)
    noun = _noun(memo, line, [f.scope for f in (*flags, *silent)], lang)
    head = say("memo.who.many", lang, n=number(len(flags) + len(silent), lang), noun=noun, status=word)
    return _who(memo, line, head, named, quiet, lang, limit)


def statuses_of(line: RuleLine) -> list[Status]:
    """The statuses named for a rule, missed before behind."""
    present = {f.status for f in (*line.flags, *line.unreported)}
    wanted: tuple[Status, ...] = ("missed", "behind")
    return [status for status in wanted if status in present]


# --- the forecast ---------------------------------------------------------------------------------


def _projected(line: RuleLine, forecast: Forecast, lang: Lang) -> str:
    """A projected value in words: "2,33" or "TB 1,4/tuần"."""
    value = number(round(forecast.projection.value, 2), lang)
    return say("target.average", lang, target=value) if line.shape == "average" else value


def _projection_figure(line: RuleLine, forecast: Forecast, lang: Lang) -> str:
    projection = forecast.projection
    value = _projected(line, forecast, lang)
    if projection.outcome == "missed":
        needed = number(projection.needed, lang)
        return " " + say("memo.forecast.unit-missed", lang, value=value, needed=needed)
    return " " + say("memo.forecast.unit-ok", lang, value=value)


def forecast_lines(memo: Memo, line: RuleLine, lang: Lang) -> list[str]:
    """One sentence per period end of the rule's forecasts (see :mod:`hpcampaign.memo.forecast`)."""
    out = []
    for end in sorted({f.end for f in line.forecasts}):
        chosen = [f for f in line.forecasts if f.end == end]
        days = number(chosen[0].projection.elapsed, lang)
        out.append(say("memo.forecast.label", lang, days=days) + _forecast(memo, line, chosen, lang))
    return out


def _forecast(memo: Memo, line: RuleLine, chosen: Sequence[Forecast], lang: Lang) -> str:
    end = formal_day(chosen[0].end, lang)
    if line.scopes == 1 and line.shape != "languages":
        (only,) = chosen
        projection = only.projection
        fields = {
            "who": name(memo.plan, only.scope, lang),
            "end": end,
            "pace": number(round(projection.pace, 2), lang),
            "value": _projected(line, only, lang),
            "target": target(line.rule, lang),
            "needed": number(projection.needed, lang),
            "status": status_word(projection.outcome, lang),
        }
        if projection.outcome == "missed":
            return say("memo.forecast.one-missed", lang, **fields)
        return say("memo.forecast.one-ok", lang, **fields)
    silent = {f.scope for f in line.unreported}
    parts = []
    groups: tuple[tuple[bool, PhraseId], ...] = (
        (True, "memo.forecast.many-missed"),
        (False, "memo.forecast.many-ok"),
    )
    for misses, phrase in groups:
        group = [f for f in chosen if (f.projection.outcome == "missed") == misses]
        if not group:
            continue
        named = [
            (f.scope, f.language, _projection_figure(line, f, lang)) for f in group if f.scope not in silent
        ]
        quiet = [(f.scope, f.language, "") for f in group if f.scope in silent]
        noun = _noun(memo, line, [f.scope for f in group], lang)
        head = say(phrase, lang, n=number(len(group), lang), noun=noun, end=end)
        parts.append(_who(memo, line, head, named, quiet, lang, None))
    return "; ".join(parts) + "."


def flagged(memo: Memo, lang: Lang) -> list[Block]:
    """Section III: per rule, every scope missed or behind, then the forecast."""
    lines = flagged_lines(memo)
    if not lines:
        return [Paragraph(say("memo.flagged.none", lang))]
    blocks: list[Block] = [Paragraph(say("memo.flagged.intro", lang, section=ref("silent")))]
    for index, line in enumerate(lines, 1):
        rule = line.rule
        blocks.append(Heading(f"{index}. {rule.title.get(lang)} ({rule.clause})", 2))
        items = [_capital(who(memo, line, status, lang)) + "." for status in statuses_of(line)]
        items.extend(forecast_lines(memo, line, lang))
        blocks.append(Bullets(tuple(items)))
    return blocks


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- who sent nothing -------------------------------------------------------------------------------


def _group_title(memo: Memo, group: UnitGroup, lang: Lang) -> str:
    return (
        memo.plan.group_by_id[group.group].name.get(lang)
        if group.group is not None
        else say("memo.other-units", lang)
    )


def _grouped(memo: Memo, groups: tuple[UnitGroup, ...], lang: Lang) -> list[Block]:
    """Units by plan group; a long group of several types as a paragraph and a line per type."""
    blocks: list[Block] = []
    short: list[str] = []
    for group in groups:
        title = f"{_group_title(memo, group, lang)} ({len(group.units)}/{group.members})"
        kinds = by_type(memo.plan, group.units)
        if len(group.units) <= LONG or len(kinds) < 2:
            short.append(f"{title}: {joined([name(memo.plan, unit, lang) for unit in group.units])}.")
            continue
        if short:
            blocks.append(Bullets(tuple(short)))
            short = []
        blocks.append(Paragraph(f"{title}:"))
        blocks.append(
            Bullets(
                tuple(
                    _capital(type_word(kind.type, len(kind.units), lang))
                    + f" ({number(len(kind.units), lang)}): "
                    + joined([short_name(memo.plan, unit, lang) for unit in kind.units])
                    + "."
                    for kind in kinds
                )
            )
        )
    if short:
        blocks.append(Bullets(tuple(short)))
    return blocks


def silent(memo: Memo, lang: Lang) -> list[Block]:
    """Section IV: the units that sent nothing, then those with nothing counted in the period."""
    blocks: list[Block] = []
    missing = sum(len(g.units) for g in memo.without_files)
    if missing:
        blocks.append(Paragraph(say("memo.silent.count", lang, n=number(missing, lang))))
        blocks.extend(_grouped(memo, memo.without_files, lang))
    else:
        blocks.append(Paragraph(say("memo.silent.none", lang)))
    quiet = sum(len(g.units) for g in memo.quiet)
    if quiet:
        blocks.append(Paragraph(say("memo.quiet.count", lang, n=number(quiet, lang))))
        blocks.extend(_grouped(memo, memo.quiet, lang))
    return blocks


# --- data problems, difficulties, clauses -----------------------------------------------------------


def problem_counts(codes: Sequence[tuple[str, int]], lang: Lang) -> str:
    """ "1 mục trùng, 2 ngày không hợp lệ": each problem by its name, never its code."""
    return listing(problem_count(code, n, lang) for code, n in codes)


def problems(memo: Memo, lang: Lang) -> list[Block]:
    """Section V: data problems, a row per unit."""
    if not memo.problems:
        return [Paragraph(say("memo.problems.none", lang))]
    rows = []
    unknown: list[str] = []
    for entry in memo.problems:
        who_ = (
            name(memo.plan, entry.unit, lang)
            if entry.unit is not None
            else say("memo.problems.unit-unknown", lang)
        )
        unknown.extend(entry.paths)
        rows.append(
            (
                who_,
                number(entry.files, lang),
                number(entry.voided, lang),
                number(entry.errors, lang),
                number(entry.warnings, lang),
                problem_counts(entry.codes, lang),
            )
        )
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


def difficulties(memo: Memo, lang: Lang) -> list[Block]:
    """Section VIII: what units told the Department of their difficulties, quoted, unit by unit."""
    if not memo.difficulties:
        return [Paragraph(say("memo.difficulties.none", lang))]
    lines = tuple(
        f"{name(memo.plan, unit, lang)}: "
        + "; ".join(f"“{text}”" for text in texts)
        + ("" if texts[-1].endswith((".", "!", "?", "…")) else ".")
        for unit, texts in memo.difficulties
    )
    return [Paragraph(say("memo.difficulties.intro", lang, n=len(lines))), Bullets(lines)]


def clauses(memo: Memo, lang: Lang) -> list[Block]:
    """Section IX: the plan's clauses the memo's rules rest on."""
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
