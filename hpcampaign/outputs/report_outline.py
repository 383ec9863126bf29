"""Wording the memo: a :class:`~hpcampaign.memo.build.Memo` and a language → an :class:`Outline`.

The body follows the order of a Vietnamese administrative report: an opening paragraph, then
numbered sections: I. the headline numbers; II. every rule with its target and results (and
charts: items per day against the target band, averages across units, foreign languages); III.
units missed or in progress, by name; IV. units that submitted nothing; V. data problems by
unit; VI. the plan clauses cited. The charts' subsections are worded in :mod:`.report_charts`,
sections III–VI in :mod:`.report_sections`.

Cells of the rules table: *Trong kỳ* (in the period) is the number of items counted in the
period, and for daily or weekly rules how many days or weeks were met, the items then being those
of the same days or weeks (a week partly in the period counts whole); *Lũy kế* (to date) is the
same from the first day of the rule's own window through the as-of date (or the window's last
day), whatever the memo's phase or period, or, for a rule judged once, its value (a count, or an
average per week); *Đánh giá* is the to-date status in words. A cell whose span has not begun
reads "chưa đến hạn" / "pending", with no count. The table's note says exactly this.

The document number, when not given, is a dotted blank ("Số: ……/BC-SVHTTDL") for the clerk to
write in: dots, unlike spaces, survive every viewer of every format.
"""

from __future__ import annotations

from hpcampaign.memo.build import Memo, Period
from hpcampaign.memo.rules import Figures, RuleLine
from hpcampaign.outputs import report_charts, report_sections
from hpcampaign.outputs.report_blocks import Block, Heading, Outline, Paragraph, Table
from hpcampaign.outputs.report_words import (
    counted,
    date_line,
    day,
    listing,
    lower_first,
    many,
    name_lines,
    number,
    span,
    status,
    t,
)
from hpcampaign.outputs.words import target
from hpcampaign.records import STATUSES, Lang

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
BLANK = "……"
RULES_HEADER: dict[Lang, tuple[str, ...]] = {
    "vi": ("TT", "Chỉ tiêu (điều khoản)", "Mục tiêu", "Trong kỳ", "Lũy kế", "Đánh giá"),
    "en": ("No.", "Target (clause)", "Goal", "In the period", "To date", "Status"),
}


def outline(memo: Memo, lang: Lang) -> Outline:
    meta, head = memo.plan.meta, memo.letterhead
    sections: list[tuple[str, list[Block]]] = [
        (t(lang, "KẾT QUẢ CHUNG", "OVERVIEW"), _overview(memo, lang)),
        (t(lang, "KẾT QUẢ THEO CHỈ TIÊU", "RESULTS BY TARGET"), _results(memo, lang)),
        *report_sections.sections(memo, lang),
    ]
    blocks: list[Block] = [Paragraph(_opening(memo, lang))]
    for index, (title, body) in enumerate(sections):
        blocks.append(Heading(f"{ROMAN[index]}. {title}"))
        blocks.extend(body)
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
        number_line=t(lang, "Số: ", "No.: ") + number_text,
        nation=t(lang, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"),
        motto=t(lang, "Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
        date_line=date_line(meta.place, head.issued, lang),
        kind=t(lang, "BÁO CÁO", "REPORT"),
        subject=t(lang, "Kết quả thực hiện ", "Results of the ") + _title(memo, lang),
        period_line=_period_line(memo, lang),
        blocks=tuple(blocks),
        recipients_label=t(lang, "Nơi nhận:", "Recipients:"),
        recipients=tuple(
            f"- {r}{'.' if i == len(recipients) - 1 else ';'}" for i, r in enumerate(recipients)
        ),
        signer_title=meta.signer.title.get(lang),
        signer_name=head.signer,
    )


def _title(memo: Memo, lang: Lang) -> str:
    title = memo.plan.meta.title.get(lang)
    return title if lang == "vi" else lower_first(title)


def _period(period: Period, memo: Memo, lang: Lang) -> tuple[str | None, str]:
    """(what the period is called, or None; its dates): ("tuần 39 năm 2025", "từ ngày … đến ngày …")."""
    dates = span(period.start, period.end, lang)
    year, week, weekday = period.start.isocalendar()
    if weekday == 1 and period.end.isocalendar()[:2] == (year, week):
        return t(lang, f"tuần {week} năm {year}", f"week {week} of {year}"), dates
    if memo.phase is not None:  # the phase's window, or the part of a given period inside it
        phase = memo.plan.phase_by_id[memo.phase]
        return t(lang, "giai đoạn ", "the phase ") + f"“{phase.name.get(lang)}” ({phase.clause})", dates
    return None, dates


def _period_line(memo: Memo, lang: Lang) -> str:
    label, dates = _period(memo.period, memo, lang)
    text = f"{label}, {dates}" if label else dates
    as_of = t(
        lang, f"số liệu tính đến ngày {day(memo.as_of, lang)}", f"figures as of {day(memo.as_of, lang)}"
    )
    return f"({text[:1].upper()}{text[1:]}; {as_of})"


def _opening(memo: Memo, lang: Lang) -> str:
    meta = memo.plan.meta
    label, dates = _period(memo.period, memo, lang)
    when = f"{label} ({dates})" if label else dates
    return t(
        lang,
        f"Thực hiện {meta.title.vi}, {meta.office.vi} tổng hợp kết quả thông tin, tuyên truyền "
        f"{'trong ' + when if label else when}, báo cáo như sau:",
        f"Under the {lower_first(meta.title.en)}, the {meta.office.en} has compiled the campaign's results "
        f"{'for ' + when if label else 'from ' + dates.replace(' to ', ' through ')} and reports as follows:",
    )


def _noun(line: RuleLine, figures: Figures) -> tuple[str, str]:
    if line.shape == "daily":
        return ("ngày", "days")
    if line.shape == "languages":
        return ("ngôn ngữ", "languages")
    if line.shape == "weekly" and line.scopes == 1:
        return ("tuần", "weeks")
    if line.shape == "weekly" and sum(figures.counts.values()) > line.scopes:
        return ("đơn vị-tuần", "unit-weeks")
    return ("đơn vị", "units")


def _cell(line: RuleLine, figures: Figures, lang: Lang, to_date: bool) -> str:
    if figures.status == "pending" and not figures.judged:
        return status("pending", lang)
    if to_date and figures.value is not None and line.scopes == 1:
        per_week = t(lang, "/tuần", "/week") if line.shape == "average" else ""
        return number(figures.value, lang) + per_week
    items = number(figures.items, lang)
    if figures.status is None:
        return items
    return f"{items} · {counted(figures.counts, _noun(line, figures), lang)}"


def _overview(memo: Memo, lang: Lang) -> list[Block]:
    head = memo.headline
    when = day(memo.as_of, lang)
    reporting, in_scope = head.units_reporting, head.units_in_scope
    without = in_scope - reporting
    files = number(head.files, lang)
    units = t(
        lang,
        f"Tính đến ngày {when}, {reporting}/{in_scope} đơn vị thuộc diện báo cáo đã gửi số liệu "
        f"({files} tệp); {without} đơn vị chưa báo cáo. ",
        f"As of {when}, {reporting} of the {in_scope} units required to report have sent figures "
        f"({many(head.files, 'file')}); {without} have sent nothing. ",
    )
    if not in_scope:
        units = t(
            lang, "Không có đơn vị nào phải báo cáo trong kỳ. ", "No unit has to report in this period. "
        )
    items = t(
        lang,
        f"Trong kỳ ghi nhận {number(head.items, lang)} sản phẩm tuyên truyền (tin, bài, phóng sự, "
        "lượt phát thanh, …).",
        f"{number(head.items, lang)} communication items (news, articles, reports, broadcasts, …) "
        "were recorded in the period.",
    )
    if not memo.begun:
        first = day(memo.period.start, lang)
        items = t(
            lang,
            f"Kỳ báo cáo bắt đầu từ ngày {first}, chưa đến hạn: chưa có sản phẩm nào được tính trong kỳ.",
            f"The period begins on {first} and is not yet due: no item is counted in it.",
        )
    blocks: list[Block] = [Paragraph(units + items)]
    total = sum(head.rules.values())
    parts = listing(f"{head.rules[s]} {status(s, lang)}" for s in STATUSES if head.rules[s])
    blocks.append(
        Paragraph(
            t(
                lang,
                f"Trong {total} chỉ tiêu của báo cáo, tính lũy kế: {parts}.",
                f"Of the {total} targets in this memo, to date: {parts}.",
            )
            if total
            else t(lang, "Kỳ báo cáo không có chỉ tiêu nào.", "No target falls in this period.")
        )
    )
    blocks.extend(Paragraph(report_charts.series_sentence(memo, series, lang)) for series in memo.daily)
    affected = sum(p.files for p in memo.problems)
    blocks.append(
        Paragraph(
            t(
                lang,
                f"Số liệu có {head.errors} lỗi và {head.warnings} cảnh báo ở {affected} tệp; mục có lỗi "
                "không được tính (chi tiết tại mục V).",
                f"The figures have {many(head.errors, 'error')} and {many(head.warnings, 'warning')} in "
                f"{many(affected, 'file')}; "
                "items with errors are not counted (see section V).",
            )
            if head.errors or head.warnings
            else t(lang, "Số liệu gửi về không có lỗi.", "The figures sent in have no errors.")
        )
    )
    return blocks


def _results(memo: Memo, lang: Lang) -> list[Block]:
    plan = memo.plan
    as_of = day(memo.as_of, lang)
    rows, statuses = [], []
    for index, line in enumerate(memo.rules, 1):
        rule = line.rule
        mark = "" if rule.target_source == "plan" else " *"
        rows.append(
            (
                str(index),
                f"{rule.title.get(lang)} ({rule.clause}){mark}",
                target(rule, lang),
                _cell(line, line.period, lang, to_date=False),
                _cell(line, line.to_date, lang, to_date=True),
                status(line.to_date.status or "pending", lang),
            )
        )
        statuses.append(line.to_date.status)
    blocks: list[Block] = [
        Table(
            header=RULES_HEADER[lang],
            rows=tuple(rows),
            widths=(6, 34, 12, 17, 17, 14),
            numeric=(True, False, False, False, False, False),
            statuses=tuple(statuses),
            note=t(
                lang,
                f"(*) Mục tiêu do {plan.meta.office.vi} đề ra, vì kế hoạch chỉ ghi “thường xuyên”, "
                "“đẩy mạnh”. Trong kỳ: số sản phẩm trong kỳ báo cáo; với chỉ tiêu theo ngày, tuần: số "
                "ngày, tuần đạt và số sản phẩm của chính các ngày, tuần đó (tuần có một phần trong kỳ "
                "được tính cả tuần). Lũy kế: từ ngày đầu của thời gian thực hiện chỉ tiêu theo kế hoạch "
                f"đến ngày {as_of} (chỉ tiêu đã hết thời gian thực hiện: đến ngày cuối), dù báo cáo "
                "theo giai đoạn hay kỳ nào. Đánh giá: theo lũy kế.",
                f"(*) Target set by the {plan.meta.office.en}, as the plan says only “regularly”, "
                "“strengthen”. In the period: items counted in the period; for daily and weekly targets, "
                "the days or weeks met and the items of those same days or weeks (a week partly in the "
                "period counts whole). To date: from the first day of the target's time frame in the plan "
                f"through {as_of} (through its last day, if it has ended), whatever the memo's phase or "
                "period. Status: to date.",
            ),
        )
    ]
    if not rows:
        blocks = [Paragraph(t(lang, "Không có chỉ tiêu nào trong kỳ.", "No target falls in this period."))]
    blocks.extend(report_charts.subsections(memo, lang))
    blocks.append(
        Heading(
            f"{len(memo.daily) + len(memo.spreads) + 1}. "
            + t(lang, "Thông tin đối ngoại", "Foreign-language coverage"),
            2,
        )
    )
    blocks.extend(report_sections.languages(memo, lang))
    return blocks
