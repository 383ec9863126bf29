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
from hpcampaign.outputs.report_words import counted, day, kinds, name, number, status, t
from hpcampaign.outputs.words import target
from hpcampaign.records import STATUSES, Lang


def series_sentence(memo: Memo, series: DailySeries, lang: Lang) -> str:
    statuses = Counter(point.status for point in series.points)
    total = number(sum(p.value for p in series.points), lang)
    what = kinds(memo.plan, series.kinds, lang)
    days = sum(1 for p in series.points if p.status != "pending")
    who = name(memo.plan, series.scope, lang)
    if not days:
        first = day(series.points[0].day, lang)
        return t(lang, f"{who}: chưa đến hạn (từ ngày {first}).", f"{who}: pending (from {first}).")
    return (
        f"{who}: "
        + t(lang, f"{total} {what} trong {days} ngày; ", f"{total} items ({what}) over {days} days; ")
        + counted({s: statuses[s] for s in STATUSES}, ("ngày", "days"), lang)
        + "."
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
        caption = t(
            lang,
            "Mỗi cột là trung bình lượt/tuần của một đơn vị, xếp từ cao đến thấp; dải xanh: mục tiêu.",
            "Each bar is one unit's average per week, highest first; green band: the target.",
        )
        blocks.append(Chart(spread, caption))
    return blocks


def _series_title(memo: Memo, series: DailySeries, lang: Lang) -> str:
    what = kinds(memo.plan, series.kinds, lang)
    who = name(memo.plan, series.scope, lang)
    return t(lang, f"{who}: số {what} mỗi ngày", f"{who}: {what} per day")


def _daily_chart(memo: Memo, series: DailySeries, lang: Lang) -> Chart:
    rules = memo.plan.rule_by_id
    rows = tuple(
        (
            day(p.day, lang),
            "–" if p.status == "pending" else number(p.value, lang),
            target(rules[p.rule], lang),
            status(p.status, lang),
        )
        for p in series.points
    )
    table = Table(
        header=(
            t(lang, "Ngày", "Day"),
            t(lang, "Số lượng", "Items"),
            t(lang, "Mục tiêu", "Goal"),
            t(lang, "Đánh giá", "Status"),
        ),
        rows=rows,
        widths=(25, 20, 30, 25),
        numeric=(False, True, False, False),
        statuses=tuple(p.status for p in series.points),
    )
    caption = t(
        lang,
        "Cột: số sản phẩm mỗi ngày; dải xanh: mục tiêu của ngày đó; ngày chưa đến hạn để trống.",
        "Bars: items per day; green band: that day's target; days not yet begun are left empty.",
    )
    return Chart(series, caption, table)


def _spread_summary(spread: Spread, lang: Lang) -> str:
    values = [value for _unit, value, _status in spread.values]
    if not values:
        return t(lang, "Chưa đơn vị nào gửi số liệu.", "No unit has sent figures yet.")
    counts = Counter(s for _u, _v, s in spread.values)
    parts = counted({s: counts[s] for s in STATUSES}, ("đơn vị", "units"), lang)
    low, mid, high = (number(v, lang) for v in (min(values), round(median(values), 2), max(values)))
    goal = target(spread.rule, lang)
    left_out = spread.omitted
    return t(
        lang,
        f"{len(values)} đơn vị có số liệu: {parts}; trung bình mỗi tuần thấp nhất {low}, trung vị {mid}, "
        f"cao nhất {high} (mục tiêu {goal})"
        + (f"; không kể {left_out} đơn vị chưa báo cáo." if left_out else "."),
        f"{len(values)} units with figures: {parts}; averages per week from {low} (lowest) through {mid} "
        f"(median) to {high} (highest) (target {goal})"
        + (f"; {left_out} units that sent nothing are left out." if left_out else "."),
    )
