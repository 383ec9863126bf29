"""Wording the memo: a :class:`~hpcampaign.memo.build.Memo` and a language → an :class:`Outline`.

The body follows the order of a Vietnamese administrative report: an opening paragraph, then
numbered sections (:data:`.report_sections.SECTIONS`): I. the headline numbers, who sent nothing
(by type) and, per rule, who is missed or behind, in brief (page 1 names names); II. every rule
with its target and results (and charts: items per day against the target band, averages across
units, foreign languages); III. units missed or behind, by name, in full, with the forecast; IV.
units that submitted nothing; V. data problems by unit; VI. shortcomings; VII. proposals; VIII.
the difficulties units reported, quoted; IX. the plan clauses cited. The charts' subsections are
worded in :mod:`.report_charts`, sections III–V, VIII and IX in :mod:`.report_sections`, VI and
VII in :mod:`.report_closing`.

Cells of the rules table (its note says exactly this):

- *Mục tiêu* (goal): the target, labelled "dự kiến" for a projection of the plan and "chỉ tiêu của
  Sở" for a target the plan gives no number for (SPEC 2.3 target sources).
- *Trong kỳ* (in the period): the items counted in the period; for a daily or weekly rule, the
  items of every day or week judged in the period (met or not; a week partly in the period
  counts whole) and how many of those days or weeks were met. For a target set for each unit of
  several (per-unit targets), never a city total: a weekly or daily one says how many units (or
  unit-weeks) met it; another, how many units have an item counted in the period.
- *Lũy kế* (to date): the same from the first day of the rule's own window through the as-of date
  (or the window's last day), whatever the memo's phase or period, or, for a rule judged once,
  its value (a count, or an average per week). For a per-unit target: how many units met it, and
  for an average per week the units' averages, lowest – median – highest, of those that reported.
- *Đánh giá*: the to-date status in words. A cell whose span has not begun reads "chưa đến hạn" /
  "pending", with no count.

The document number, when not given, is a dotted blank ("Số: ……/BC-TTBCXB") for the clerk to
write in: dots, unlike spaces, survive every viewer of every format.
"""

from __future__ import annotations

from statistics import median

from hpcampaign.memo.build import Memo, Period
from hpcampaign.memo.rules import Figures, RuleLine
from hpcampaign.outputs import report_charts, report_closing, report_sections
from hpcampaign.outputs.report_blocks import Block, Bullets, Heading, Outline, Paragraph, Table
from hpcampaign.outputs.report_names import type_counts
from hpcampaign.outputs.report_sections import BRIEF, ROMAN, flagged_lines, ref, statuses_of, who
from hpcampaign.outputs.words import (
    count,
    counted,
    date_line,
    formal_day,
    listing,
    lower_first,
    name_lines,
    number,
    source_word,
    span_phrase,
    status_word,
    target,
)
from hpcampaign.records import STATUSES, Lang
from hpcampaign.text.catalogue import say
from hpcampaign.text.phrases import PhraseId

BLANK = "……"
RULES_HEADER: tuple[PhraseId, ...] = (
    "memo.rules.number",
    "memo.rules.target",
    "memo.goal",
    "memo.in-period",
    "memo.to-date",
    "memo.assessment",
)


def outline(memo: Memo, lang: Lang) -> Outline:
    meta, head = memo.plan.meta, memo.letterhead
    bodies: dict[str, list[Block]] = {
        "overview": _overview(memo, lang),
        "results": _results(memo, lang),
        "flagged": report_sections.flagged(memo, lang),
        "silent": report_sections.silent(memo, lang),
        "problems": report_sections.problems(memo, lang),
        "shortcomings": report_closing.shortcomings(memo, lang),
        "proposals": report_closing.proposals(memo, lang),
        "difficulties": report_sections.difficulties(memo, lang),
        "clauses": report_sections.clauses(memo, lang),
    }
    blocks: list[Block] = [Paragraph(_opening(memo, lang))]
    for index, key in enumerate(report_sections.SECTIONS):
        blocks.append(Heading(f"{ROMAN[index]}. {say(_TITLES[key], lang)}"))
        blocks.extend(bodies[key])
    if head.number and "/" in head.number:
        number_text = head.number
    else:
        # A dotted blank the clerk fills in by hand; Markdown viewers collapse runs of spaces.
        number_text = f"{head.number or BLANK}/BC-{meta.issuer_code}"
    recipients = [r.get(lang) for r in meta.recipients]
    return Outline(
        lang=lang,
        as_of=memo.as_of,
        issued=head.issued,
        parent_body=meta.parent_body.get(lang),
        issuer=meta.issuer.get(lang),
        issuer_lines=name_lines(meta.issuer.get(lang)),
        number_line=say("memo.number", lang, number=number_text),
        nation=say("memo.nation", lang),
        motto=say("memo.motto", lang),
        date_line=date_line(meta.place, head.issued, lang),
        kind=say("memo.kind", lang),
        subject=say("memo.subject", lang, title_vi=meta.title.vi, title_en=lower_first(meta.title.en)),
        period_line=_period_line(memo, lang),
        blocks=tuple(blocks),
        recipients_label=say("memo.recipients", lang),
        recipients=tuple(
            f"- {r}{'.' if i == len(recipients) - 1 else ';'}" for i, r in enumerate(recipients)
        ),
        signer_title=meta.signer.title.get(lang),
        signer_name=head.signer,
    )


_TITLES: dict[str, PhraseId] = {
    "overview": "memo.section.overview",
    "results": "memo.section.results",
    "flagged": "memo.section.flagged",
    "silent": "memo.section.silent",
    "problems": "memo.section.problems",
    "shortcomings": "memo.section.shortcomings",
    "proposals": "memo.section.proposals",
    "difficulties": "memo.section.difficulties",
    "clauses": "memo.section.clauses",
}


def _period(period: Period, memo: Memo, lang: Lang) -> tuple[str | None, str]:
    """(what the period is called, or None; its dates): ("tuần 39 năm 2025", "từ ngày … đến ngày …")."""
    dates = span_phrase(period.start, period.end, lang)
    year, week, weekday = period.start.isocalendar()
    if weekday == 1 and period.end.isocalendar()[:2] == (year, week):
        return say("memo.period.week", lang, week=week, year=year), dates
    if memo.phase is not None:  # the phase's window, or the part of a given period inside it
        phase = memo.plan.phase_by_id[memo.phase]
        return say("memo.period.phase", lang, name=phase.name.get(lang), clause=phase.clause), dates
    return None, dates


def _period_line(memo: Memo, lang: Lang) -> str:
    label, dates = _period(memo.period, memo, lang)
    text = f"{label}, {dates}" if label else dates
    as_of = say("memo.as-of", lang, day=formal_day(memo.as_of, lang))
    return f"({text[:1].upper()}{text[1:]}; {as_of})"


def _opening(memo: Memo, lang: Lang) -> str:
    meta = memo.plan.meta
    label, dates = _period(memo.period, memo, lang)
    names = {"title_vi": meta.title.vi, "title_en": lower_first(meta.title.en)}
    names |= {"office_vi": meta.office.vi, "office_en": meta.office.en}
    if label:
        return say("memo.opening.named", lang, when=f"{label} ({dates})", **names)
    through = span_phrase(memo.period.start, memo.period.end, lang, through=True)
    return say("memo.opening.dates", lang, when=through, **names)


def _noun(line: RuleLine, figures: Figures) -> PhraseId:
    if line.shape == "daily" and line.scopes == 1:
        return "noun.days"
    if line.shape == "daily":
        return "noun.unit-days" if sum(figures.counts.values()) > line.scopes else "noun.units"
    if line.shape == "languages":
        return "noun.languages"
    if line.shape == "weekly" and line.scopes == 1:
        return "noun.weeks"
    if line.shape == "weekly" and sum(figures.counts.values()) > line.scopes:
        return "noun.unit-weeks"
    return "noun.units"


def _per_unit(line: RuleLine) -> bool:
    """Whether the rule's target is set for each unit of several: its cells then count units."""
    return line.rule.scope.aggregate == "each" and line.scopes > 1 and line.shape != "languages"


def _cell(memo: Memo, line: RuleLine, figures: Figures, lang: Lang, to_date: bool) -> str:
    if figures.status == "pending" and not figures.judged:
        return status_word("pending", lang)
    if to_date and figures.value is not None and line.scopes == 1:
        value = number(figures.value, lang)
        return say("target.per-week", lang, target=value) if line.shape == "average" else value
    if _per_unit(line):
        if figures.status is not None:
            return counted(figures.counts, _noun(line, figures), lang) + (
                _spread(memo, line, lang) if to_date else ""
            )
        active = number(line.active or 0, lang)
        return say("memo.rules.active", lang, active=active, scopes=number(line.scopes, lang))
    items = number(figures.items, lang)
    if figures.status is None:
        return items
    return f"{items} · {counted(figures.counts, _noun(line, figures), lang)}"


def _spread(memo: Memo, line: RuleLine, lang: Lang) -> str:
    """ " · TB/tuần 0 – 2,24 – 3,92": the units' averages, lowest – median – highest."""
    spread = next((s for s in memo.spreads if s.rule.id == line.rule.id), None)
    if spread is None or not spread.values:
        return ""
    values = [value for _unit, value, _status in spread.values]
    low, mid, high = (number(v, lang) for v in (min(values), round(median(values), 2), max(values)))
    return say("memo.rules.spread", lang, low=low, mid=mid, high=high)


def _overview(memo: Memo, lang: Lang) -> list[Block]:
    head = memo.headline
    reporting, in_scope = head.units_reporting, head.units_in_scope
    units = say(
        "memo.overview.units",
        lang,
        day=formal_day(memo.as_of, lang),
        reporting=number(reporting, lang),
        in_scope=number(in_scope, lang),
        files=count(head.files, "count.file", lang),
        without=number(in_scope - reporting, lang),
    )
    silent = [unit for group in memo.without_files for unit in group.units]
    if silent:
        units += say(
            "memo.overview.silent-types",
            lang,
            types=type_counts(memo.plan, silent, lang),
            section=ref("silent"),
        )
    units += ". "
    if not in_scope:
        units = say("memo.overview.no-units", lang)
    items = say("memo.overview.items", lang, items=number(head.items, lang))
    if not memo.begun:
        items = say("memo.overview.not-begun", lang, day=formal_day(memo.period.start, lang))
    blocks: list[Block] = [Paragraph(units + items)]
    total = sum(head.rules.values())
    parts = listing(
        f"{number(head.rules[s], lang)} {status_word(s, lang)}" for s in STATUSES if head.rules[s]
    )
    blocks.append(
        Paragraph(
            say("memo.overview.targets", lang, total=number(total, lang), parts=parts)
            if total
            else say("memo.overview.no-targets", lang)
        )
    )
    blocks.extend(Paragraph(report_charts.series_sentence(memo, series, lang)) for series in memo.daily)
    blocks.extend(_names_in_brief(memo, lang))
    affected = sum(p.files for p in memo.problems)
    blocks.append(
        Paragraph(
            say(
                "memo.overview.problems",
                lang,
                errors=count(head.errors, "count.error", lang),
                warnings=count(head.warnings, "count.warning", lang),
                files=count(affected, "count.file", lang),
                section=ref("problems"),
            )
            if head.errors or head.warnings
            else say("memo.overview.clean", lang)
        )
    )
    return blocks


def _names_in_brief(memo: Memo, lang: Lang) -> list[Block]:
    """Page 1: per rule needing attention, who is missed or behind, the worst few named."""
    lines = flagged_lines(memo)
    if not lines:
        return []
    items = []
    for line in lines:
        rule = line.rule
        parts = [who(memo, line, status, lang, BRIEF) for status in statuses_of(line)]
        misses = [
            f
            for f in line.forecasts
            if f.projection.outcome == "missed" and f.scope not in {u.scope for u in line.unreported}
        ]
        if misses:
            end = formal_day(min(f.end for f in misses), lang)
            n = number(len({f.scope for f in misses}), lang)
            one = line.scopes == 1 and line.shape != "languages"
            parts.append(
                say("memo.overview.forecast-one" if one else "memo.overview.forecast", lang, n=n, end=end)
            )
        items.append(f"{rule.title.get(lang)} ({rule.clause}): " + "; ".join(parts) + ".")
    return [Paragraph(say("memo.overview.flagged", lang, section=ref("flagged"))), Bullets(tuple(items))]


def _results(memo: Memo, lang: Lang) -> list[Block]:
    plan = memo.plan
    as_of = formal_day(memo.as_of, lang)
    rows, statuses = [], []
    for index, line in enumerate(memo.rules, 1):
        rule = line.rule
        goal = target(rule, lang)
        if rule.target_source != "plan":
            goal += f" ({source_word(rule.target_source, lang)})"
        rows.append(
            (
                str(index),
                f"{rule.title.get(lang)} ({rule.clause})",
                goal,
                _cell(memo, line, line.period, lang, to_date=False),
                _cell(memo, line, line.to_date, lang, to_date=True),
                status_word(line.to_date.status or "pending", lang),
            )
        )
        statuses.append(line.to_date.status)
    blocks: list[Block] = [
        Table(
            header=tuple(say(column, lang) for column in RULES_HEADER),
            rows=tuple(rows),
            widths=(6, 32, 14, 16, 18, 14),
            numeric=(True, False, False, False, False, False),
            statuses=tuple(statuses),
            note=say(
                "memo.rules.note",
                lang,
                office_vi=plan.meta.office.vi,
                office_en=plan.meta.office.en,
                day=as_of,
            ),
        )
    ]
    if not rows:
        blocks = [Paragraph(say("memo.rules.none", lang))]
    blocks.extend(report_charts.subsections(memo, lang))
    blocks.append(
        Heading(
            f"{len(memo.daily) + len(memo.spreads) + 1}. " + say("memo.section.languages", lang),
            2,
        )
    )
    blocks.extend(report_sections.languages(memo, lang))
    return blocks
