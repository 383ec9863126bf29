"""Wording the memo's figures: items per day against the target band, averages across units.

- *Series sentence*: one line of the overview per daily series: "Cơ quan báo chí của thành phố:
  105 tin, bài, … trong 6 ngày; 3/6 ngày đạt, 1 vượt, …", counting the days begun; "chưa đến hạn"
  when none has. In the table of days, a day not yet begun has no count ("–"), not a zero.
- *Subsections* of section II, one per chart: a daily series (its chart, with a table of days as
  the fallback for Markdown and DOCX) and every average rule over several units (a sentence with
  the lowest, median and highest average, then its chart; no fallback table: the units behind are
  named in section III).
"""

from __future__ import annotations

from collections import Counter
from statistics import median

from hpcampaign.memo.build import Memo
from hpcampaign.memo.rules import DailySeries, Spread
from hpcampaign.outputs.report_blocks import Block, Chart, Heading, Paragraph, Table
from hpcampaign.outputs.words import counted, formal_day, kinds, name, number, status_word, target
from hpcampaign.records import STATUSES, Lang
from hpcampaign.text.catalogue import say
from hpcampaign.text.phrases import PhraseId

_DAY_COLUMNS: tuple[PhraseId, ...] = ("memo.day", "memo.items", "memo.goal", "memo.assessment")


def series_sentence(memo: Memo, series: DailySeries, lang: Lang) -> str:
    statuses = Counter(point.status for point in series.points)
    total = number(sum(p.value for p in series.points), lang)
    what = kinds(memo.plan, series.kinds, lang)
    days = sum(1 for p in series.points if p.status != "pending")
    who = name(memo.plan, series.scope, lang)
    if not days:
        return say("memo.series.pending", lang, who=who, day=formal_day(series.points[0].day, lang))
    return say(
        "memo.series.sentence",
        lang,
        who=who,
        total=total,
        what=what,
        days=number(days, lang),
        counted=counted({s: statuses[s] for s in STATUSES}, "noun.days", lang),
    )


def subsections(memo: Memo, lang: Lang) -> list[Block]:
    blocks: list[Block] = []
    for index, series in enumerate(memo.daily, 1):
        blocks.append(Heading(f"{index}. {_series_title(memo, series, lang)}", 2))
        blocks.append(_daily_chart(memo, series, lang))
    for index, spread in enumerate(memo.spreads, len(memo.daily) + 1):
        rule = spread.rule
        blocks.append(Heading(f"{index}. {rule.title.get(lang)} ({rule.clause})", 2))
        blocks.append(Paragraph(_spread_summary(spread, lang)))
        blocks.append(Chart(spread, say("memo.spread.caption", lang)))
    return blocks


def _series_title(memo: Memo, series: DailySeries, lang: Lang) -> str:
    what = kinds(memo.plan, series.kinds, lang)
    who = name(memo.plan, series.scope, lang)
    return say("memo.series.title", lang, who=who, what=what)


def _daily_chart(memo: Memo, series: DailySeries, lang: Lang) -> Chart:
    rules = memo.plan.rule_by_id
    rows = tuple(
        (
            formal_day(p.day, lang),
            "–" if p.status == "pending" else number(p.value, lang),
            target(rules[p.rule], lang),
            status_word(p.status, lang),
        )
        for p in series.points
    )
    table = Table(
        header=tuple(say(column, lang) for column in _DAY_COLUMNS),
        rows=rows,
        widths=(25, 20, 30, 25),
        numeric=(False, True, False, False),
        statuses=tuple(p.status for p in series.points),
    )
    return Chart(series, say("memo.daily.caption", lang), table)


def _spread_summary(spread: Spread, lang: Lang) -> str:
    values = [value for _unit, value, _status in spread.values]
    if not values:
        return say("memo.spread.none", lang)
    counts = Counter(s for _u, _v, s in spread.values)
    parts = counted({s: counts[s] for s in STATUSES}, "noun.units", lang)
    low, mid, high = (number(v, lang) for v in (min(values), round(median(values), 2), max(values)))
    summary = say(
        "memo.spread.summary",
        lang,
        n=number(len(values), lang),
        parts=parts,
        low=low,
        mid=mid,
        high=high,
        target=target(spread.rule, lang),
    )
    left_out = spread.omitted
    return summary + (say("memo.spread.left-out", lang, n=number(left_out, lang)) if left_out else ".")
