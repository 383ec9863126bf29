"""Wording the memo's later sections: foreign languages, names, silence, data problems, clauses.

- III. *Units missed or in progress*: per rule, the flagged units (or group, or language) by name,
  missed first; "(3 ngày)" when a unit missed several days or weeks of the period.
- IV. *Units that submitted nothing* ("chưa báo cáo"), by group with the group's size in scope;
  then the units that sent a file but have nothing counted in the period.
- V. *Data problems*, one row per unit: files with problems, files voided, errors, warnings, and
  the count per problem code; never line by line (``hpcampaign check`` lists the lines).
- VI. *Clauses cited*: every clause of the plan the memo's rules rest on, with their titles.
"""

from __future__ import annotations

from hpcampaign.memo.build import Memo
from hpcampaign.memo.facts import UnitGroup
from hpcampaign.memo.rules import Flag, RuleLine, overall
from hpcampaign.outputs.report_blocks import Block, Bullets, Paragraph, Table
from hpcampaign.outputs.report_words import day, language_name, listing, lower_first, name, number, status, t
from hpcampaign.records import Lang


def sections(memo: Memo, lang: Lang) -> list[tuple[str, list[Block]]]:
    return [
        (t(lang, "ĐƠN VỊ CHƯA ĐẠT, ĐANG THỰC HIỆN", "UNITS MISSED OR IN PROGRESS"), _flagged(memo, lang)),
        (t(lang, "ĐƠN VỊ CHƯA BÁO CÁO", "UNITS THAT SENT NOTHING"), _silent(memo, lang)),
        (t(lang, "CHẤT LƯỢNG SỐ LIỆU", "DATA PROBLEMS"), _problems(memo, lang)),
        (t(lang, "CĂN CỨ", "PLAN CLAUSES CITED"), _clauses(memo, lang)),
    ]


def languages(memo: Memo, lang: Lang) -> list[Block]:
    plan = memo.plan
    if not memo.languages:
        return [
            Paragraph(t(lang, "Chưa có sản phẩm bằng tiếng nước ngoài.", "No foreign-language item yet."))
        ]
    clause = {rule.id: rule.clause for rule in plan.rules}
    rows, statuses = [], []
    for line in memo.languages:
        judged = "; ".join(f"{clause[rule]}: {status(s, lang)}" for rule, s, _actual in line.judgements)
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
        since, until = (day(d, lang) for d in memo.to_date)
        so_far = t(
            lang,
            f"lũy kế từ đầu chiến dịch, ngày {since}, đến ngày {until}",
            f"to date: since the campaign began, {since} to {until}",
        )
    else:
        so_far = t(
            lang, "lũy kế: chưa đến hạn, chiến dịch chưa bắt đầu", "to date: the campaign has not begun"
        )
    return [
        Table(
            header=(
                t(lang, "Ngôn ngữ", "Language"),
                t(lang, "Trong kỳ", "In the period"),
                t(lang, "Lũy kế", "To date"),
                t(lang, "Đơn vị thực hiện", "Made by"),
                t(lang, "Đánh giá theo chỉ tiêu", "Status by target"),
            ),
            rows=tuple(rows),
            widths=(15, 12, 12, 33, 28),
            numeric=(False, True, True, False, False),
            statuses=tuple(statuses),
            note=t(
                lang,
                f"Sản phẩm của mọi đơn vị, mọi loại, bằng tiếng nước ngoài; {so_far}.",
                f"Items of every unit and kind in a foreign language; {so_far}.",
            ),
        )
    ]


def _flag_name(memo: Memo, line: RuleLine, flag: Flag, lang: Lang) -> str:
    text = name(memo.plan, flag.scope, lang)
    if flag.language is not None:
        language = language_name(memo.plan, flag.language, lang)
        text = language if line.scopes == 1 else f"{text} ({language})"
    if flag.periods > 1 and line.shape in ("daily", "weekly"):
        unit = t(lang, "ngày", "days") if line.shape == "daily" else t(lang, "tuần", "weeks")
        text += f" ({flag.periods} {unit})"
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
                parts.append(f"{status(wanted, lang)} ({len(chosen)}): {names}")
        items.append(f"{line.rule.title.get(lang)} ({line.rule.clause}) — " + "; ".join(parts) + ".")
    if not items:
        return [
            Paragraph(
                t(
                    lang,
                    "Không có đơn vị chưa đạt hoặc đang thực hiện (chỉ tiêu theo ngày, tuần: "
                    "trong kỳ báo cáo; chỉ tiêu khác: lũy kế).",
                    "No unit is missed or in progress (daily and weekly targets: in the period; "
                    "other targets: to date).",
                )
            )
        ]
    return [
        Paragraph(
            t(
                lang,
                "Theo từng chỉ tiêu: chỉ tiêu theo ngày, tuần tính trong kỳ báo cáo, chỉ tiêu khác "
                "tính lũy kế (không kể các đơn vị chưa báo cáo, nêu tại mục IV):",
                "By target: daily and weekly targets within the period, other targets to date "
                "(units that sent nothing are listed in section IV instead):",
            )
        ),
        Bullets(tuple(items)),
    ]


def _grouped(memo: Memo, groups: tuple[UnitGroup, ...], lang: Lang) -> Bullets:
    lines = []
    for group in groups:
        title = (
            memo.plan.group_by_id[group.group].name.get(lang)
            if group.group is not None
            else t(lang, "Đơn vị khác", "Other units")
        )
        names = listing(name(memo.plan, unit, lang) for unit in group.units)
        lines.append(f"{title} ({len(group.units)}/{group.members}): {names}.")
    return Bullets(tuple(lines))


def _silent(memo: Memo, lang: Lang) -> list[Block]:
    blocks: list[Block] = []
    missing = sum(len(g.units) for g in memo.without_files)
    if missing:
        blocks.append(
            Paragraph(
                t(
                    lang,
                    f"{missing} đơn vị thuộc diện báo cáo chưa gửi số liệu:",
                    f"{missing} units required to report have sent nothing:",
                )
            )
        )
        blocks.append(_grouped(memo, memo.without_files, lang))
    else:
        blocks.append(
            Paragraph(
                t(lang, "Các đơn vị thuộc diện báo cáo đều đã gửi số liệu.", "Every unit has sent figures.")
            )
        )
    quiet = sum(len(g.units) for g in memo.quiet)
    if quiet:
        blocks.append(
            Paragraph(
                t(
                    lang,
                    f"{quiet} đơn vị đã gửi tệp nhưng không có số liệu được tính trong kỳ:",
                    f"{quiet} units sent files but have nothing counted in the period:",
                )
            )
        )
        blocks.append(_grouped(memo, memo.quiet, lang))
    return blocks


def _problems(memo: Memo, lang: Lang) -> list[Block]:
    if not memo.problems:
        return [Paragraph(t(lang, "Không có lỗi dữ liệu.", "No data problems."))]
    rows = []
    unknown: list[str] = []
    for entry in memo.problems:
        who = (
            name(memo.plan, entry.unit, lang)
            if entry.unit is not None
            else t(lang, "Không xác định được đơn vị", "Unit unknown")
        )
        unknown.extend(entry.paths)
        codes = listing(f"{code}: {count}" for code, count in entry.codes)
        rows.append((who, str(entry.files), str(entry.voided), str(entry.errors), str(entry.warnings), codes))
    blocks: list[Block] = [
        Table(
            header=(
                t(lang, "Đơn vị", "Unit"),
                t(lang, "Tệp có lỗi", "Files"),
                t(lang, "Tệp bị loại", "Voided"),
                t(lang, "Lỗi", "Errors"),
                t(lang, "Cảnh báo", "Warnings"),
                t(lang, "Mã lỗi: số lần", "Code: times"),
            ),
            rows=tuple(rows),
            widths=(30, 10, 10, 9, 11, 30),
            numeric=(False, True, True, True, True, False),
            note=t(
                lang,
                "Mục có lỗi không được tính; tệp bị loại không được tính toàn bộ. Chi tiết từng dòng: "
                "lệnh hpcampaign check.",
                "Items with errors are not counted; voided files count for nothing. Line by line: "
                "hpcampaign check.",
            ),
        )
    ]
    if unknown:
        blocks.append(
            Paragraph(
                t(lang, "Tệp không xác định được đơn vị: ", "Files whose unit is unknown: ")
                + listing(unknown)
                + "."
            )
        )
    return blocks


def _clauses(memo: Memo, lang: Lang) -> list[Block]:
    if not memo.citations:
        return [Paragraph(t(lang, "Không có.", "None."))]
    titles = {rule.id: rule.title.get(lang) for rule in memo.plan.rules}
    title = memo.plan.meta.title
    return [
        Paragraph(t(lang, f"Các mục của {title.vi}:", f"Clauses of the {lower_first(title.en)}:")),
        Bullets(tuple(f"{c.clause}: " + "; ".join(titles[r] for r in c.rules) + "." for c in memo.citations)),
    ]
