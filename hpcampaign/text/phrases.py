"""The words of the outputs, in Vietnamese and English: statuses, counts, the check table, the plan
view, the CI formats and the memo.

Entries are ``message id -> (Vietnamese template, English template)``, rendered by
:func:`hpcampaign.text.catalogue.say`; the vocabulary of the outputs
(:mod:`hpcampaign.outputs.words`) and the renderers call it. The ids are a ``Literal`` type,
checked by mypy; ``tests/test_one_voice.py`` checks that both templates of an id name the same
fields.

One word per status in every output (SPEC 4): ``ok`` đạt, ``over`` vượt, ``behind`` chậm,
``missed`` chưa đạt, ``pending`` chưa đến hạn.
"""

from __future__ import annotations

from typing import Literal

PHRASES: dict[PhraseId, tuple[str, str]] = {
    # words that stand in problem messages (hpcampaign.text.catalogue.TERMS)
    "term.text": ("chữ", "text"),
    "term.integer": ("một số nguyên", "a whole number"),
    "term.number": ("một số", "a number"),
    "term.list": ("một danh sách", "a list"),
    "term.mapping": ("các cặp 'khóa: giá trị'", "'key: value' pairs"),
    "term.empty": ("trống", "empty"),
    "term.date": ("một ngày", "a date"),
    "term.boolean": ("true hoặc false", "true or false"),
    "term.unit": ("đơn vị", "unit"),
    "term.group": ("nhóm", "group"),
    "term.kind": ("loại tin", "kind"),
    "term.channel": ("kênh", "channel"),
    "term.phase": ("giai đoạn", "phase"),
    "term.language": ("ngôn ngữ", "language"),
    "term.platform": ("nền tảng", "platform"),
    "term.voids": (" — cả tệp không được tính", " — the whole file is not counted"),
    "term.of-file": (" (tệp {path})", " of {path}"),
    "term.minutes": ("{minutes} phút", "{minutes} min"),
    "term.minutes-seconds": ("{minutes} phút {seconds} giây", "{minutes} min {seconds} s"),
    # statuses: one word each, everywhere
    "status.ok": ("đạt", "ok"),
    "status.over": ("vượt", "over"),
    "status.behind": ("chậm", "behind"),
    "status.missed": ("chưa đạt", "missed"),
    "status.pending": ("chưa đến hạn", "pending"),
    # counts of things
    "count.file": ("{n} tệp", "{n} file|{n} files"),
    "count.unit": ("{n} đơn vị", "{n} unit|{n} units"),
    "count.day": ("{n} ngày", "{n} day|{n} days"),
    "count.result": ("{n} kết quả", "{n} result|{n} results"),
    "count.error": ("{n} lỗi", "{n} error|{n} errors"),
    "count.warning": ("{n} cảnh báo", "{n} warning|{n} warnings"),
    # what a count of results counts, in the memo
    "noun.days": ("ngày", "days"),
    "noun.weeks": ("tuần", "weeks"),
    "noun.languages": ("ngôn ngữ", "languages"),
    "noun.unit-weeks": ("đơn vị-tuần", "unit-weeks"),
    "noun.units": ("đơn vị", "units"),
    # targets: the bounds, then the words of the rule's mode (hpcampaign.plan.modes)
    "target.per-day": ("{target}/ngày", "{target}/day"),
    "target.per-week": ("{target}/tuần", "{target}/week"),
    "target.average": ("TB {target}/tuần", "avg {target}/week"),
    "target.per-language": ("{target} mỗi ngôn ngữ", "{target} per language"),
    "target.minutes": ("{min}–{max} phút", "{min}–{max} min"),
    # dates and periods in prose
    "date.line": ("{place}, ngày {day} tháng {month} năm {year}", "{place}, {day} {month} {year}"),
    "span.day": ("ngày {day}", "{day}"),
    "span.range": ("từ ngày {start} đến ngày {end}", "{start} to {end}"),
    "span.through": ("từ ngày {start} đến ngày {end}", "{start} through {end}"),
    # check --format table
    "table.as-of": ("Tính đến ngày {day}{extra}", "As of {day}{extra}"),
    "table.problems": ("Lỗi và cảnh báo trong tệp ({files})", "Problems in files ({files})"),
    "table.more-problems": (
        "… và {n} lỗi, cảnh báo khác trong tệp này (xem đủ bằng --format json)",
        "… and {n} more problem in this file (--format json lists them all)"
        "|… and {n} more problems in this file (--format json lists them all)",
    ),
    "table.more-results": ("; +{n} nữa", "; +{n} more"),
    "table.rules": ("Quy định ({n})", "Rules ({n})"),
    "table.results": ("Kết quả ({n})", "Results ({n})"),
    "table.rule": ("Quy định", "Rule"),
    "table.target": ("Mục tiêu", "Target"),
    "table.outcome": ("Kết quả", "Results"),
    "table.attention": ("Cần chú ý", "Needs attention"),
    "table.period": ("Kỳ", "Period"),
    "table.actual": ("Thực hiện", "Actual"),
    "table.status": ("Trạng thái", "Status"),
    "table.without-files": ("Chưa báo cáo ({units})", "No report submitted ({units})"),
    "table.others": ("Khác", "Others"),
    "table.summary": (
        "{files}, {with_errors} có lỗi; {results}{statuses}; {errors}, {warnings}",
        "{files}, {with_errors} with errors; {results}{statuses}; {errors}, {warnings}",
    ),
    # check --format github and junit
    "github.summary": (
        "hpcampaign: {files}, {errors}, {results}, {failing} không qua mức --fail-on {level}; "
        "kế hoạch: {plan}",
        "hpcampaign: {files}, {errors}, {results}, {failing} failing (--fail-on {level}); plan: {plan}",
    ),
    "junit.warning": ("cảnh báo: {message}", "warning: {message}"),
    "junit.valid": ("{path} hợp lệ", "{path} valid"),
    # hpcampaign plan
    "plan.issuer": ("{issuer} · múi giờ {zone}", "{issuer} · time zone {zone}"),
    "plan.phase": ("Giai đoạn", "Phase"),
    "plan.clause": ("Điều", "Clause"),
    "plan.name": ("Tên", "Name"),
    "plan.from": ("Từ", "From"),
    "plan.to": ("Đến", "To"),
    "plan.days": ("Số ngày", "Days"),
    "plan.each": ("từng đơn vị", "each"),
    "plan.combined": ("cộng chung", "combined"),
    "plan.by-end-of": ("đến hết {phase}", "by the end of {phase}"),
    "plan.on-platforms": ("trên {platforms}", "on {platforms}"),
    "plan.builtin": ("kế hoạch cài sẵn ({name})", "the plan inside the package ({name})"),
    "table.plan": ("kế hoạch: {plan}", "plan: {plan}"),
    "table.own-files": ("Các tệp đã kiểm tra ({n})", "The files checked ({n})"),
    "table.own-file-valid": ("tệp hợp lệ", "valid file"),
    "table.own-file-not-counted": ("cả tệp không được tính", "the whole file is not counted"),
    "table.own-file-errors": ("{errors} cần sửa", "{errors} to fix"),
    "table.own-file-warnings": (", {warnings}", ", {warnings}"),
    "table.own-file-voided": (" (cả tệp không được tính)", " (the whole file is not counted)"),
    "table.own-results-alone": (
        "Kết quả trên chỉ tính từ các tệp đã cho; thêm --tree và thư mục báo cáo (ví dụ --tree "
        "submissions/) để tính cả các tệp khác của đơn vị.",
        "The results above count the given files only; add --tree and the submissions folder (for "
        "example --tree submissions/) to count the unit's other files too.",
    ),
    "plan.from-start-of": ("đầu {phase}", "the start of {phase}"),
    "plan.to-end-of": ("hết {phase}", "the end of {phase}"),
    "plan.dates": (
        "từ {start} đến {end}, báo cáo vào giai đoạn {phase}",
        "from {start} to {end}, reported under {phase}",
    ),
    "source.plan": ("chỉ tiêu của kế hoạch", "target in the plan"),
    "source.projection": ("dự kiến", "projection"),
    "source.local": ("chỉ tiêu của Sở", "the Department's own target"),
    # hpcampaign new and import (hpcampaign.clerk): a sheet's columns and labels
    "clerk.col-date": ("Ngày", "Date"),
    "clerk.col-kind": ("Loại", "Kind"),
    "clerk.col-title": ("Tiêu đề", "Title"),
    "clerk.col-url": ("Đường dẫn", "URL"),
    "clerk.col-platforms": ("Nền tảng", "Platforms"),
    "clerk.col-language": ("Ngôn ngữ", "Language"),
    "clerk.col-duration": ("Thời lượng", "Duration"),
    "clerk.col-count": ("Số lượt", "Count"),
    "clerk.col-note": ("Ghi chú", "Note"),
    "clerk.label-unit": ("Đơn vị:", "Unit:"),
    "clerk.label-period": ("Kỳ báo cáo:", "Period:"),
    "clerk.label-reporter": ("Người báo cáo:", "Reporter:"),
    "clerk.error": ("lỗi", "error"),
    "clerk.warning": ("cảnh báo", "warning"),
    # the workbook of new --format xlsx
    "clerk.sheet-targets": ("Chỉ tiêu", "Targets"),
    "clerk.sheet-lists": ("Danh mục", "Lists"),
    "clerk.sheet-how-to": (
        "Mỗi dòng dưới dòng tiêu đề là một tin, bài, lượt phát… đã đăng, phát. Loại: chọn trong danh "
        "sách. Ngày: 29/09/2025. Thời lượng: 12:30 (phút:giây). Nền tảng: một hay nhiều mã, cách nhau "
        "bởi dấu phẩy. Chỉ tiêu của đơn vị: xem trang {targets}.",
        "Each row below the header is one item published or aired. Kind: pick it from the list. Date: "
        "29/09/2025. Duration: 12:30 (min:s). Platforms: one or more ids, separated by commas. The "
        "unit's targets: see the sheet {targets}.",
    ),
    "clerk.list-kinds": ("Nhãn loại tin", "Kind id"),
    "clerk.list-platforms": ("Mã nền tảng", "Platform id"),
    "clerk.list-languages": ("Mã ngôn ngữ", "Language code"),
    "clerk.list-name": ("Tên đầy đủ", "Full name"),
    "clerk.list-error-title": ("Không có trong danh sách", "Not in the list"),
    "clerk.list-error-kinds": (
        "Hãy chọn một loại tin trong danh sách (xem trang Danh mục).",
        "Pick a kind from the list (see the sheet Lists).",
    ),
    "clerk.list-error-languages": (
        "Hãy chọn một mã ngôn ngữ trong danh sách (xem trang Danh mục).",
        "Pick a language code from the list (see the sheet Lists).",
    ),
    "clerk.targets-title": (
        "Chỉ tiêu của {unit_name}, kỳ báo cáo {span}",
        "Targets of {unit_name} for the period {span}",
    ),
    "clerk.targets-window": ("Thời gian áp dụng", "When it applies"),
    "clerk.targets-counts": ("Được tính", "What counts"),
    "clerk.targets-source": ("Nguồn chỉ tiêu", "Source of the target"),
    # the file to fill in of new: a unit's duties, said in comments
    "clerk.combined": ("{target}, cộng chung cả {scope}", "{target}, {scope} together"),
    "clerk.in-languages": ("bằng {languages}", "in {languages}"),
    "clerk.title-line": (
        "Báo cáo kết quả tuyên truyền của {unit_name} ({unit})",
        "What {unit_name} ({unit}) published: the report to fill in",
    ),
    "clerk.period-line": ("Kỳ báo cáo: {span}", "Period: {span}"),
    "clerk.plan-line": ("Theo kế hoạch: {plan}", "Plan: {plan}"),
    "clerk.how-to": (
        "Cách điền:\n"
        '- Mỗi tin, bài, lượt phát… đã đăng hoặc đã phát trong kỳ là một mục của "items".\n'
        '- Khi thêm mục đầu tiên, đổi "items: []" thành "items:"; rồi bỏ dấu "# " ở đầu các dòng '
        "của một ví dụ bên dưới (hoặc chép ví dụ đó) và sửa lại cho đúng.\n"
        "- Các dòng của một mục thẳng cột với nhau; thụt lề bằng dấu cách, không dùng phím Tab.\n"
        "- Ngày ghi 2025-09-29 hoặc 29/09/2025; thời lượng ghi 12:30 (phút:giây), 12 phút 30 giây "
        "hoặc 12,5 (phút).\n"
        '- Tiêu đề và ghi chú đặt trong ngoặc kép thẳng "…", nhất là khi có dấu ":" hay "#".\n'
        "- Kiểm tra tệp trước khi nộp: {check}",
        "How to fill it in:\n"
        "- Every news item, article, broadcast… published or aired in the period is one entry of "
        '"items".\n'
        '- For the first entry, change "items: []" to "items:"; then remove the "# " at the start '
        "of the lines of an example below (or copy it) and correct it.\n"
        "- The lines of an entry start in the same column; indent with spaces, never with Tab.\n"
        "- Dates: 2025-09-29 or 29/09/2025; durations: 12:30 (min:s), 12 phút 30 giây or 12,5 "
        "(minutes).\n"
        '- Put titles and notes in straight double quotes "…", above all when they hold ":" or '
        '"#".\n'
        "- Check the file before you submit it: {check}",
    ),
    "clerk.this-file": ("tên-tệp.yaml", "file.yaml"),
    "clerk.fields": (
        "Các trường của một mục:\n"
        "  date       ngày đăng, phát (bắt buộc)\n"
        "  kind       loại tin (bắt buộc): ghi nhãn như trong các ví dụ (tin, bài, lượt phát…)\n"
        "  title      tiêu đề (bắt buộc, trừ: {untitled})\n"
        "  url        đường dẫn (nếu có), bắt đầu bằng https://\n"
        "  platforms  nền tảng (nếu có), ví dụ [{platform_example}]; các mã: {platforms}\n"
        "  language   ngôn ngữ (mặc định vi): {languages}\n"
        "  duration   thời lượng (bắt buộc với: {timed})\n"
        "  count      số lượt giống hệt nhau (mặc định 1)\n"
        "  note       ghi chú",
        "The fields of an entry:\n"
        "  date       the day it was published or aired (required)\n"
        "  kind       its kind (required): an id as in the examples (news, article, …)\n"
        "  title      its title (required, but for: {untitled})\n"
        "  url        its web address (if any), starting with https://\n"
        "  platforms  where it appeared (if known), e.g. [{platform_example}]; the ids: {platforms}\n"
        "  language   its language (vi unless said): {languages}\n"
        "  duration   how long it runs (required for: {timed})\n"
        "  count      how many identical occurrences (1 unless said)\n"
        "  note       a note",
    ),
    "clerk.duties-head": ("Chỉ tiêu của đơn vị trong kỳ này:", "The unit's targets in this period:"),
    "clerk.duty": (
        "- {title} ({clause}): {target}; {window}{source}.\n  Được tính: {counts}.",
        "- {title} ({clause}): {target}; {window}{source}.\n  Counted: {counts}.",
    ),
    "clerk.source": (" ({source})", " ({source})"),
    "clerk.no-duties": (
        "Trong kỳ này đơn vị không có chỉ tiêu nào; vẫn ghi lại mọi tin, bài, lượt phát đã đăng, phát.",
        "No target applies to the unit in this period; still log everything it published or aired.",
    ),
    "clerk.examples-head": (
        'Ví dụ, một mục cho mỗi loại tin đơn vị phải báo cáo trong kỳ (bỏ dấu "# " ở đầu các dòng, '
        "rồi sửa lại cho đúng):",
        'Examples, one entry for each kind the unit must report in the period (remove the "# " at '
        "the start of the lines, then correct them):",
    ),
    "clerk.example-title": ("Tiêu đề hoặc tên gọi", "Title or name"),
    "clerk.reporter": ("họ tên người báo cáo (có thể để trống)", "the reporter's name (may be left empty)"),
    "clerk.difficulties": (
        'Khó khăn, vướng mắc cần báo cáo Sở (nếu có): đổi "difficulties: []" thành '
        '"difficulties:" rồi ghi mỗi ý một dòng, như:',
        'Difficulties to tell the Department of (if any): change "difficulties: []" to '
        '"difficulties:" and write one a line, like:',
    ),
    "clerk.difficulty-example": (
        "Loa ở thôn 3 hỏng, đang sửa",
        "The loudspeaker in hamlet 3 is broken, being repaired",
    ),
    "plan.scope": ("Phạm vi: {scope}", "Scope: {scope}"),
    "plan.counts": ("Tính: {counts}", "Counts: {counts}"),
    "plan.target": ("Mục tiêu: {target} · Thời gian: {window}", "Target: {target} · Window: {window}"),
    "plan.group": ("Nhóm", "Group"),
    "plan.groups": ("Nhóm", "Groups"),
    "plan.unit-count": ("Số đơn vị", "Units"),
    "plan.no-group": ("Không thuộc nhóm", "In no group"),
    "plan.see-units": ("{units} (xem --units)", "{units} (see --units)"),
    "plan.kind": ("Loại tin (kind)", "Kind"),
    "plan.channel": ("Kênh", "Channel"),
    "plan.needs": ("Cần", "Needs"),
    "plan.platforms": ("Nền tảng (platforms): {platforms}", "Platforms: {platforms}"),
    "plan.languages": ("Ngôn ngữ (language): {languages}", "Languages: {languages}"),
    "plan.type": ("Loại", "Type"),
    "plan.id": ("Mã (id)", "id"),
    # the memo: letterhead and closing
    "memo.number": ("Số: {number}", "No.: {number}"),
    "memo.nation": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"),
    "memo.motto": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "memo.kind": ("BÁO CÁO", "REPORT"),
    "memo.subject": ("Kết quả thực hiện {title}", "Results of the {title}"),
    "memo.recipients": ("Nơi nhận:", "Recipients:"),
    "memo.period.week": ("tuần {week} năm {year}", "week {week} of {year}"),
    "memo.period.phase": ("giai đoạn “{name}” ({clause})", "the phase “{name}” ({clause})"),
    "memo.as-of": ("số liệu tính đến ngày {day}", "figures as of {day}"),
    "memo.opening.named": (
        "Thực hiện {title}, {office} tổng hợp kết quả thông tin, tuyên truyền trong {when}, báo cáo như sau:",
        "Under the {title}, the {office} has compiled the campaign's results for {when} "
        "and reports as follows:",
    ),
    "memo.opening.dates": (
        "Thực hiện {title}, {office} tổng hợp kết quả thông tin, tuyên truyền {when}, báo cáo như sau:",
        "Under the {title}, the {office} has compiled the campaign's results from {when} "
        "and reports as follows:",
    ),
    # the memo: section titles
    "memo.section.overview": ("KẾT QUẢ CHUNG", "OVERVIEW"),
    "memo.section.results": ("KẾT QUẢ THEO CHỈ TIÊU", "RESULTS BY TARGET"),
    "memo.section.flagged": ("ĐƠN VỊ CHƯA ĐẠT HOẶC CÒN CHẬM", "UNITS MISSED OR BEHIND"),
    "memo.section.silent": ("ĐƠN VỊ CHƯA BÁO CÁO", "UNITS THAT SENT NOTHING"),
    "memo.section.problems": ("CHẤT LƯỢNG SỐ LIỆU", "DATA PROBLEMS"),
    "memo.section.clauses": ("CĂN CỨ", "PLAN CLAUSES CITED"),
    "memo.section.difficulties": ("KHÓ KHĂN, VƯỚNG MẮC CỦA CÁC ĐƠN VỊ", "DIFFICULTIES REPORTED BY UNITS"),
    "memo.difficulties.none": (
        "Chưa đơn vị nào nêu khó khăn, vướng mắc trong tệp báo cáo.",
        "No unit has reported difficulties in its files.",
    ),
    "memo.difficulties.intro": (
        "{n} đơn vị nêu khó khăn, vướng mắc (trích nguyên văn từ tệp báo cáo):",
        "{n} unit reported difficulties (quoted from its files):|{n} units reported difficulties (quoted "
        "from their files):",
    ),
    "memo.section.languages": ("Thông tin đối ngoại", "Foreign-language coverage"),
    # the memo: I. overview
    "memo.overview.units": (
        "Tính đến ngày {day}, {reporting}/{in_scope} đơn vị thuộc diện báo cáo đã gửi số liệu "
        "({files}); {without} đơn vị chưa báo cáo",
        "As of {day}, {reporting} of the {in_scope} units required to report have sent figures "
        "({files}); {without} have sent nothing",
    ),
    "memo.overview.no-units": (
        "Không có đơn vị nào phải báo cáo trong kỳ. ",
        "No unit has to report in this period. ",
    ),
    "memo.overview.items": (
        "Trong kỳ ghi nhận {items} sản phẩm tuyên truyền (tin, bài, phóng sự, lượt phát thanh, …).",
        "{items} communication items (news, articles, reports, broadcasts, …) were recorded in the period.",
    ),
    "memo.overview.not-begun": (
        "Kỳ báo cáo bắt đầu từ ngày {day}, chưa đến hạn: chưa có sản phẩm nào được tính trong kỳ.",
        "The period begins on {day} and is not yet due: no item is counted in it.",
    ),
    "memo.overview.targets": (
        "Trong {total} chỉ tiêu của báo cáo, tính lũy kế: {parts}.",
        "Of the {total} targets in this memo, to date: {parts}.",
    ),
    "memo.overview.no-targets": ("Kỳ báo cáo không có chỉ tiêu nào.", "No target falls in this period."),
    "memo.overview.problems": (
        "Số liệu có {errors} và {warnings} ở {files}; mục có lỗi không được tính (chi tiết tại mục "
        "{section}).",
        "The figures have {errors} and {warnings} in {files}; items with errors are not counted "
        "(see section {section}).",
    ),
    "memo.overview.clean": ("Số liệu gửi về không có lỗi.", "The figures sent in have no errors."),
    "memo.counted": ("{ok}/{judged} {noun} đạt", "{ok} of {judged} {noun} ok"),
    # the memo: II. results by target
    "memo.rules.number": ("TT", "No."),
    "memo.rules.target": ("Chỉ tiêu (điều khoản)", "Target (clause)"),
    "memo.goal": ("Mục tiêu", "Goal"),
    "memo.in-period": ("Trong kỳ", "In the period"),
    "memo.to-date": ("Lũy kế", "To date"),
    "memo.assessment": ("Đánh giá", "Status"),
    "memo.rules.note": (
        "Mục tiêu: “dự kiến” là số kế hoạch ghi “Dự kiến … đăng ký”; “chỉ tiêu của Sở” là mức do {office} "
        "đề ra vì kế hoạch chỉ ghi “thường xuyên”, “đẩy mạnh”, không nêu số. Trong kỳ: số sản phẩm được "
        "tính trong kỳ báo cáo; với chỉ tiêu theo ngày, tuần: số sản phẩm của mọi ngày, tuần có trong "
        "kỳ, kể cả ngày, tuần chưa đạt (tuần có một phần trong kỳ được tính cả tuần), và số ngày, tuần "
        "đạt trên số ngày, tuần đã đánh giá; với chỉ tiêu giao cho từng đơn vị: số đơn vị (đơn vị-tuần) "
        "đạt, hoặc số đơn vị có sản phẩm được tính trong kỳ, không cộng gộp toàn thành phố. Lũy kế: như "
        "trên, từ ngày đầu của thời gian thực hiện chỉ tiêu theo kế hoạch đến ngày {day} (chỉ tiêu đã hết "
        "thời gian thực hiện: đến ngày cuối), dù báo cáo theo giai đoạn hay kỳ nào; với chỉ tiêu trung "
        "bình mỗi tuần của từng đơn vị, kèm trung bình mỗi tuần của các đơn vị đã báo cáo: thấp nhất – "
        "trung vị – cao nhất. Đánh giá: theo lũy kế.",
        "Goal: “projection” is a number the plan gives as expected (“Dự kiến … đăng ký”); “the "
        "Department's own target” is set by the {office}, as the plan says only “regularly”, "
        "“strengthen” and gives no number. In the period: items counted in the period; for daily and "
        "weekly targets, the items of every day or week judged in the period, met or not (a week partly "
        "in the period counts whole), and how many of those days or weeks were met; for a target set for "
        "each unit, how many units (unit-weeks) met it, or how many units have items counted in the "
        "period, never a city total. To date: the same, from the first day of the target's time frame in "
        "the plan through {day} (through its last day, if it has ended), whatever the memo's phase or "
        "period; for a per-unit average per week, with the averages of the units that reported: lowest "
        "– median – highest. Status: to date.",
    ),
    "memo.rules.none": ("Không có chỉ tiêu nào trong kỳ.", "No target falls in this period."),
    "memo.series.title": ("{who}: số {what} mỗi ngày", "{who}: {what} per day"),
    "memo.series.sentence": (
        "{who}: {total} {what} trong {days} ngày; {counted}.",
        "{who}: {total} items ({what}) over {days} days; {counted}.",
    ),
    "memo.series.pending": ("{who}: chưa đến hạn (từ ngày {day}).", "{who}: pending (from {day})."),
    "memo.day": ("Ngày", "Day"),
    "memo.items": ("Số lượng", "Items"),
    "memo.daily.caption": (
        "Cột: số sản phẩm mỗi ngày; dải xanh: mục tiêu của ngày đó; ngày chưa đến hạn để trống.",
        "Bars: items per day; green band: that day's target; days not yet begun are left empty.",
    ),
    "memo.spread.caption": (
        "Mỗi cột là trung bình lượt/tuần của một đơn vị, xếp từ cao đến thấp; dải xanh: mục tiêu.",
        "Each bar is one unit's average per week, highest first; green band: the target.",
    ),
    "memo.spread.none": ("Chưa đơn vị nào gửi số liệu.", "No unit has sent figures yet."),
    "memo.spread.summary": (
        "{n} đơn vị có số liệu: {parts}; trung bình mỗi tuần thấp nhất {low}, trung vị {mid}, "
        "cao nhất {high} (mục tiêu {target})",
        "{n} units with figures: {parts}; averages per week from {low} (lowest) through {mid} "
        "(median) to {high} (highest) (target {target})",
    ),
    "memo.spread.left-out": (
        "; không kể {n} đơn vị chưa báo cáo.",
        "; {n} units that sent nothing are left out.",
    ),
    "memo.chart.target": ("mục tiêu", "target"),
    # the memo: foreign languages
    "memo.languages.none": ("Chưa có sản phẩm bằng tiếng nước ngoài.", "No foreign-language item yet."),
    "memo.languages.so-far": (
        "lũy kế từ đầu chiến dịch, ngày {since}, đến ngày {until}",
        "to date: since the campaign began, {since} to {until}",
    ),
    "memo.languages.not-begun": (
        "lũy kế: chưa đến hạn, chiến dịch chưa bắt đầu",
        "to date: the campaign has not begun",
    ),
    "memo.languages.language": ("Ngôn ngữ", "Language"),
    "memo.languages.made-by": ("Đơn vị thực hiện", "Made by"),
    "memo.languages.by-target": ("Đánh giá theo chỉ tiêu", "Status by target"),
    "memo.languages.note": (
        "Sản phẩm của mọi đơn vị, mọi loại, bằng tiếng nước ngoài; {so_far}.",
        "Items of every unit and kind in a foreign language; {so_far}.",
    ),
    # the memo: III. units missed or behind
    "memo.flagged.none": (
        "Không có đơn vị chưa đạt hoặc còn chậm (chỉ tiêu theo ngày, tuần: trong kỳ báo cáo; "
        "chỉ tiêu khác: lũy kế).",
        "No unit is missed or behind (daily and weekly targets: in the period; other targets: to date).",
    ),
    "memo.flagged.intro": (
        "Theo từng chỉ tiêu, đơn vị chưa đạt trước, đơn vị còn chậm sau, đơn vị cách xa mục tiêu nhất "
        "nêu trước; chỉ tiêu theo ngày, tuần tính trong kỳ báo cáo, chỉ tiêu khác tính lũy kế; đơn vị "
        "chưa báo cáo được đếm ở đây, danh sách tại mục {section}.",
        "Target by target: missed before behind, the furthest below the target first; daily and "
        "weekly targets within the period, other targets to date; units that sent nothing are counted "
        "here and listed in section {section}.",
    ),
    "memo.flagged.days": ("({n} ngày)", "({n} days)"),
    "memo.flagged.weeks": ("({n} tuần)", "({n} weeks)"),
    # the memo: IV. units that sent nothing
    "memo.silent.count": (
        "{n} đơn vị thuộc diện báo cáo chưa gửi số liệu:",
        "{n} units required to report have sent nothing:",
    ),
    "memo.silent.none": (
        "Các đơn vị thuộc diện báo cáo đều đã gửi số liệu.",
        "Every unit has sent figures.",
    ),
    "memo.quiet.count": (
        "{n} đơn vị đã gửi tệp nhưng không có số liệu được tính trong kỳ:",
        "{n} units sent files but have nothing counted in the period:",
    ),
    "memo.other-units": ("Đơn vị khác", "Other units"),
    # the memo: V. data problems
    "memo.problems.none": ("Không có lỗi dữ liệu.", "No data problems."),
    "memo.problems.unit-unknown": ("Không xác định được đơn vị", "Unit unknown"),
    "memo.problems.unit": ("Đơn vị", "Unit"),
    "memo.problems.files": ("Tệp có lỗi", "Files"),
    "memo.problems.voided": ("Tệp bị loại", "Voided"),
    "memo.problems.errors": ("Lỗi", "Errors"),
    "memo.problems.warnings": ("Cảnh báo", "Warnings"),
    "memo.problems.codes": ("Loại lỗi", "Problems"),
    "memo.problems.note": (
        "Mục có lỗi không được tính; tệp bị loại không được tính toàn bộ; cảnh báo không làm mất số liệu "
        "(mục trùng được tính một lần). Vị trí từng lỗi (tệp, dòng) có trong kết quả kiểm tra số liệu.",
        "Items with errors are not counted; voided files count for nothing; a warning loses nothing (a "
        "duplicate counts once). Each problem's file and line are in the check of the figures.",
    ),
    "memo.problems.unknown-files": (
        "Tệp không xác định được đơn vị: {files}.",
        "Files whose unit is unknown: {files}.",
    ),
    # the memo: VI. clauses cited
    "memo.clauses.none": ("Không có.", "None."),
    "memo.clauses.plan-file": ("Số liệu được đối chiếu theo {plan}.", "Figures checked against {plan}."),
    "memo.clauses.intro": ("Các mục của {title}:", "Clauses of the {title}:"),
    # the memo (issue 13): unit types, as the memo counts them (outputs.report_names)
    # (English in the singular: outputs.report_names makes the plural)
    "memo.type.commune": ("xã", "commune"),
    "memo.type.ward": ("phường", "ward"),
    "memo.type.special-zone": ("đặc khu", "special zone"),
    "memo.type.department": ("sở", "department"),
    "memo.type.press": ("cơ quan báo chí", "press agency"),
    "memo.type.portal": ("cổng thông tin", "portal"),
    "memo.type.other": ("đơn vị khác", "other"),
    "memo.units-word": ("đơn vị", "unit|units"),
    "memo.and": (" và ", " and "),
    "noun.unit-days": ("đơn vị-ngày", "unit-days"),
    # the memo: per-unit figures of the rules table
    "memo.rules.active": ("{active}/{scopes} đơn vị có sản phẩm", "{active} of {scopes} units with items"),
    "memo.rules.spread": (" · TB/tuần {low} – {mid} – {high}", " · avg/week {low} – {mid} – {high}"),
    # the memo: page 1
    "memo.overview.silent-types": (
        ", trong đó {types} (danh sách tại mục {section})",
        ": {types} (listed in section {section})",
    ),
    "memo.overview.flagged": (
        "Đơn vị chưa đạt, còn chậm theo từng chỉ tiêu (đầy đủ tại mục {section}):",
        "Units missed or behind, target by target (in full in section {section}):",
    ),
    "memo.overview.forecast": (
        "dự báo: với nhịp độ hiện nay, đến ngày {end} vẫn còn {n} đơn vị đã báo cáo chưa đạt",
        "projection: at the pace so far, {n} that reported would miss it by {end}",
    ),
    "memo.overview.forecast-one": (
        "dự báo: với nhịp độ hiện nay, đến ngày {end} vẫn chưa đạt",
        "projection: at the pace so far, it would be missed by {end}",
    ),
    # the memo: who is missed or behind (page 1 in brief, section III in full)
    "memo.who.many": ("{n} {noun} {status}", "{n} {noun} {status}"),
    "memo.who.named": (": {names}", ": {names}"),
    "memo.who.silent-and-named": (
        ", trong đó {silent} chưa báo cáo (danh sách tại mục {section}) và {named} đã báo cáo: {names}",
        ": {silent} that sent nothing (listed in section {section}) and {named} that reported: {names}",
    ),
    "memo.who.silent-all": (
        ", đều chưa báo cáo (danh sách tại mục {section})",
        ", none of which has sent anything (listed in section {section})",
    ),
    "memo.who.more": (" và {n} đơn vị khác", " and {n} more"),
    "memo.who.unreported": ("chưa báo cáo", "sent nothing"),
    "memo.flagged.on-days": ("({n} ngày: {days})", "({n} day: {days})|({n} days: {days})"),
    # the memo: the forecast of results behind (hpcampaign.memo.forecast)
    "memo.forecast.label": (
        "Dự báo (giả định nhịp độ như từ đầu kỳ đến nay, {days} ngày, giữ nguyên đến hết kỳ): ",
        "Projection (assuming the pace of the {days} days so far holds to the end): ",
    ),
    "memo.forecast.many-missed": (
        "với nhịp độ hiện nay, đến ngày {end} vẫn còn {n} {noun} chưa đạt",
        "at the pace so far, {n} {noun} would miss the target by {end}",
    ),
    "memo.forecast.many-ok": ("{n} {noun} sẽ đạt", "{n} {noun} would meet it"),
    "memo.forecast.unit-missed": (
        "(ước đạt {value}, cần thêm {needed})",
        "(estimated {value}, {needed} more needed)",
    ),
    "memo.forecast.unit-ok": ("(ước đạt {value})", "(estimated {value})"),
    "memo.forecast.one-missed": (
        "với nhịp độ hiện nay ({pace} sản phẩm/ngày), đến ngày {end} {who} vẫn chưa đạt: ước đạt {value}, "
        "mục tiêu {target}, cần thêm {needed}.",
        "at the pace so far ({pace} items a day), {who} would miss the target by {end}: estimated {value} "
        "against {target}, {needed} more needed.",
    ),
    "memo.forecast.one-ok": (
        "với nhịp độ hiện nay ({pace} sản phẩm/ngày), đến ngày {end} {who} sẽ {status}: ước đạt {value}, "
        "mục tiêu {target}.",
        "at the pace so far ({pace} items a day), {who} would be {status} by {end}: estimated {value} "
        "against {target}.",
    ),
    # the memo: VI. shortcomings
    "memo.section.shortcomings": ("TỒN TẠI, HẠN CHẾ", "SHORTCOMINGS"),
    "memo.shortcomings.targets": (
        "Tính lũy kế đến ngày {day}, trong {total} chỉ tiêu của báo cáo có {parts}.",
        "To date ({day}), of the {total} targets in this memo: {parts}.",
    ),
    "memo.shortcomings.units": (
        "Đơn vị chưa đạt, còn chậm (danh sách tại mục {section}):",
        "Units missed or behind (named in section {section}):",
    ),
    "memo.shortcomings.silent": (", trong đó {n} chưa báo cáo", ", {n} of which sent nothing"),
    "memo.shortcomings.silent-units": (
        "Việc báo cáo chưa đầy đủ: {n}/{in_scope} đơn vị thuộc diện báo cáo chưa gửi số liệu, gồm {types} "
        "(danh sách tại mục {section}).",
        "Reporting is incomplete: {n} of the {in_scope} units required to report have sent nothing: "
        "{types} (listed in section {section}).",
    ),
    "memo.shortcomings.quiet-units": (
        "{n} đơn vị gửi tệp nhưng không có số liệu được tính trong kỳ: {names}.",
        "{n} unit sent files with nothing counted in the period: {names}.|{n} units sent files with "
        "nothing counted in the period: {names}.",
    ),
    "memo.shortcomings.problems": (
        "Chất lượng số liệu: {errors} và {warnings} trong tệp của {units} đơn vị (chi tiết tại mục "
        "{section}): {details}.",
        "Data quality: {errors} and {warnings} in the files of {units} units (see section {section}): "
        "{details}.",
    ),
    "memo.shortcomings.unknown-files": (
        "{n} tệp không xác định được đơn vị",
        "{n} file whose unit is unknown|{n} files whose unit is unknown",
    ),
    "memo.shortcomings.forecast": (
        "Dự báo (giả định nhịp độ như từ đầu kỳ đến nay giữ nguyên): ở {rules} chỉ tiêu còn chậm, đến hạn "
        "vẫn còn {n} đơn vị đã báo cáo chưa đạt (chi tiết tại mục {section}).",
        "Projection (assuming the pace so far holds): on {rules} targets now behind, {n} units that "
        "reported would still have missed them at their deadlines (see section {section}).",
    ),
    "memo.shortcomings.none": (
        "Không có tồn tại, hạn chế: các chỉ tiêu đều đạt hoặc chưa đến hạn, các đơn vị đều đã báo cáo, "
        "số liệu không có lỗi.",
        "No shortcomings: every target is ok or pending, every unit has reported, the figures have no "
        "errors.",
    ),
    # the memo: VII. proposals (hpcampaign.memo.closing)
    "memo.section.proposals": ("ĐỀ XUẤT, KIẾN NGHỊ", "PROPOSALS"),
    "memo.proposals.intro": (
        "Trên cơ sở kết quả trên, {office} đề xuất:",
        "On these results, the {office} proposes:",
    ),
    "memo.proposals.report": (
        "Đôn đốc các đơn vị chưa báo cáo gửi số liệu trước ngày {day}: {names}.",
        "To remind the units that sent nothing to send their figures by {day}: {names}.",
    ),
    "memo.proposals.silent-many": (
        "{n} đơn vị gồm {types} (danh sách tại mục {section})",
        "{n} units ({types}; listed in section {section})",
    ),
    "memo.proposals.catch-up": (
        "Nhắc hoàn thành chỉ tiêu “{title}” ({clause}) trước ngày {day}{risk}: {names}.",
        "To remind these units to complete “{title}” ({clause}) by {day}{risk}: {names}.",
    ),
    "memo.proposals.at-risk": (
        " (với nhịp độ hiện nay, đến hạn vẫn còn {n} đơn vị chưa đạt)",
        " (at the pace so far, {n} would miss it)",
    ),
    "memo.proposals.at-risk-one": (
        " (với nhịp độ hiện nay, đến hạn vẫn chưa đạt)",
        " (at the pace so far it would be missed)",
    ),
    "memo.proposals.explain": (
        "Đề nghị các đơn vị chưa đạt chỉ tiêu báo cáo nguyên nhân (mục {section}), gửi trước ngày {day}: "
        "{names}.",
        "To ask the units that missed a target to explain why (section {section}) by {day}: {names}.",
    ),
    "memo.proposals.fix": (
        "Đề nghị các đơn vị có tệp báo cáo bị lỗi sửa và gửi lại trước ngày {day} (mục {section}): {names}.",
        "To ask the units whose files have errors to correct them and send them again by {day} (section "
        "{section}): {names}.",
    ),
    "memo.proposals.unknown-files": (
        "Xác định đơn vị gửi {n} tệp không ghi đúng tên đơn vị (mục {section}) và đề nghị gửi lại trước "
        "ngày {day}.",
        "To find who sent {n} file that does not name its unit correctly (section {section}) and have it "
        "sent again by {day}.|To find who sent {n} files that do not name their unit correctly (section "
        "{section}) and have them sent again by {day}.",
    ),
    "memo.proposals.difficulties": (
        "Đề nghị Lãnh đạo Sở xem xét, chỉ đạo tháo gỡ khó khăn, vướng mắc {n} đơn vị nêu tại mục {section}.",
        "To ask the Department's leadership to consider and resolve the difficulties reported by {n} unit "
        "(section {section}).|To ask the Department's leadership to consider and resolve the difficulties "
        "reported by {n} units (section {section}).",
    ),
    "memo.proposals.deadlines": (
        "Hạn gửi ngày {day}: Chủ nhật cuối tuần có ngày tính số liệu (Chủ nhật tuần sau nếu ngày tính số "
        "liệu là thứ Bảy hoặc Chủ nhật); hạn hoàn thành chỉ tiêu: ngày cuối của thời gian thực hiện chỉ "
        "tiêu theo kế hoạch.",
        "Deadlines: {day} is the Sunday ending the week of the as-of date (the Sunday after, when that "
        "date is a Saturday or a Sunday); a target is to be completed by the last day of its time frame "
        "in the plan.",
    ),
    "memo.proposals.none": (
        "Không có đề xuất: các chỉ tiêu đều đạt hoặc chưa đến hạn, các đơn vị đều đã báo cáo, số liệu "
        "không có lỗi.",
        "Nothing to propose: every target is ok or pending, every unit has reported, the figures have no "
        "errors.",
    ),
    # the memo: each problem code by its name in words (SPEC 6: no code in a memo)
    "problem.yaml-syntax": ("{n} lỗi cú pháp", "{n} syntax error|{n} syntax errors"),
    "problem.duplicate-key": ("{n} khóa ghi hai lần", "{n} repeated key|{n} repeated keys"),
    "problem.unsafe-yaml": (
        "{n} cấu trúc không được phép",
        "{n} disallowed YAML construct|{n} disallowed YAML constructs",
    ),
    "problem.too-large": ("{n} tệp quá lớn", "{n} file too large|{n} files too large"),
    "problem.encoding": (
        "{n} tệp sai bảng mã",
        "{n} file in the wrong encoding|{n} files in the wrong encoding",
    ),
    "problem.schema": (
        "{n} trường thiếu hoặc sai kiểu",
        "{n} missing or mistyped field|{n} missing or mistyped fields",
    ),
    "problem.unknown-field": ("{n} trường không hợp lệ", "{n} unknown field|{n} unknown fields"),
    "problem.unknown-unit": (
        "{n} tên đơn vị không có trong kế hoạch",
        "{n} unknown unit|{n} unknown units",
    ),
    "problem.unknown-kind": ("{n} loại tin không có trong kế hoạch", "{n} unknown kind|{n} unknown kinds"),
    "problem.unknown-platform": ("{n} nền tảng không hợp lệ", "{n} unknown platform|{n} unknown platforms"),
    "problem.unknown-language": ("{n} ngôn ngữ không hợp lệ", "{n} unknown language|{n} unknown languages"),
    "problem.bad-date": ("{n} ngày không hợp lệ", "{n} invalid date|{n} invalid dates"),
    "problem.bad-duration": ("{n} thời lượng không hợp lệ", "{n} invalid duration|{n} invalid durations"),
    "problem.future-date": ("{n} ngày trong tương lai", "{n} date in the future|{n} dates in the future"),
    "problem.outside-campaign": (
        "{n} ngày ngoài thời gian kế hoạch",
        "{n} date outside the campaign|{n} dates outside the campaign",
    ),
    "problem.outside-period": (
        "{n} ngày ngoài kỳ báo cáo của tệp",
        "{n} date outside the file's period|{n} dates outside the file's period",
    ),
    "problem.duration-out-of-range": (
        "{n} thời lượng ngoài quy định",
        "{n} duration out of range|{n} durations out of range",
    ),
    "problem.duplicate-item": ("{n} mục trùng", "{n} duplicate item|{n} duplicate items"),
    "problem.unreadable": ("{n} tệp không đọc được", "{n} unreadable file|{n} unreadable files"),
    "problem.duplicate-file": ("{n} tệp trùng", "{n} duplicate file|{n} duplicate files"),
    "problem.comment-in-value": (
        "{n} giá trị bị cắt ở dấu #",
        "{n} value cut at a #|{n} values cut at a #",
    ),
    "problem.not-a-submission": (
        "{n} tệp không đúng định dạng",
        "{n} file that is not a submission|{n} files that are not submissions",
    ),
    # the memo: the signature's place, when no signer is named
    "memo.sign-here": ("ký, ghi rõ họ tên", "signature and full name"),
}

# The ids, as a type: mypy rejects an id that is not a key of PHRASES (a test checks the
# two lists are the same).
PhraseId = Literal[
    "term.text",
    "term.integer",
    "term.number",
    "term.list",
    "term.mapping",
    "term.empty",
    "term.date",
    "term.boolean",
    "term.unit",
    "term.group",
    "term.kind",
    "term.channel",
    "term.phase",
    "term.language",
    "term.platform",
    "term.voids",
    "term.of-file",
    "term.minutes",
    "term.minutes-seconds",
    "status.ok",
    "status.over",
    "status.behind",
    "status.missed",
    "status.pending",
    "count.file",
    "count.unit",
    "count.day",
    "count.result",
    "count.error",
    "count.warning",
    "noun.days",
    "noun.weeks",
    "noun.languages",
    "noun.unit-weeks",
    "noun.units",
    "target.per-day",
    "target.per-week",
    "target.average",
    "target.per-language",
    "target.minutes",
    "date.line",
    "span.day",
    "span.range",
    "span.through",
    "table.as-of",
    "table.problems",
    "table.more-problems",
    "table.more-results",
    "table.rules",
    "table.results",
    "table.rule",
    "table.target",
    "table.outcome",
    "table.attention",
    "table.period",
    "table.actual",
    "table.status",
    "table.without-files",
    "table.others",
    "table.summary",
    "github.summary",
    "junit.warning",
    "junit.valid",
    "plan.issuer",
    "plan.phase",
    "plan.clause",
    "plan.name",
    "plan.from",
    "plan.to",
    "plan.days",
    "plan.each",
    "plan.combined",
    "plan.by-end-of",
    "plan.on-platforms",
    "plan.builtin",
    "table.plan",
    "table.own-files",
    "table.own-file-valid",
    "table.own-file-not-counted",
    "table.own-file-errors",
    "table.own-file-warnings",
    "table.own-file-voided",
    "table.own-results-alone",
    "plan.from-start-of",
    "plan.to-end-of",
    "plan.dates",
    "source.plan",
    "source.projection",
    "source.local",
    "clerk.col-date",
    "clerk.col-kind",
    "clerk.col-title",
    "clerk.col-url",
    "clerk.col-platforms",
    "clerk.col-language",
    "clerk.col-duration",
    "clerk.col-count",
    "clerk.col-note",
    "clerk.label-unit",
    "clerk.label-period",
    "clerk.label-reporter",
    "clerk.error",
    "clerk.warning",
    "clerk.sheet-targets",
    "clerk.sheet-lists",
    "clerk.sheet-how-to",
    "clerk.list-kinds",
    "clerk.list-platforms",
    "clerk.list-languages",
    "clerk.list-name",
    "clerk.list-error-title",
    "clerk.list-error-kinds",
    "clerk.list-error-languages",
    "clerk.targets-title",
    "clerk.targets-window",
    "clerk.targets-counts",
    "clerk.targets-source",
    "clerk.combined",
    "clerk.in-languages",
    "clerk.title-line",
    "clerk.period-line",
    "clerk.plan-line",
    "clerk.how-to",
    "clerk.this-file",
    "clerk.fields",
    "clerk.duties-head",
    "clerk.duty",
    "clerk.source",
    "clerk.no-duties",
    "clerk.examples-head",
    "clerk.example-title",
    "clerk.reporter",
    "clerk.difficulties",
    "clerk.difficulty-example",
    "plan.scope",
    "plan.counts",
    "plan.target",
    "plan.group",
    "plan.groups",
    "plan.unit-count",
    "plan.no-group",
    "plan.see-units",
    "plan.kind",
    "plan.channel",
    "plan.needs",
    "plan.platforms",
    "plan.languages",
    "plan.type",
    "plan.id",
    "memo.number",
    "memo.nation",
    "memo.motto",
    "memo.kind",
    "memo.subject",
    "memo.recipients",
    "memo.period.week",
    "memo.period.phase",
    "memo.as-of",
    "memo.opening.named",
    "memo.opening.dates",
    "memo.section.overview",
    "memo.section.results",
    "memo.section.flagged",
    "memo.section.silent",
    "memo.section.problems",
    "memo.section.clauses",
    "memo.section.difficulties",
    "memo.difficulties.none",
    "memo.difficulties.intro",
    "memo.section.languages",
    "memo.overview.units",
    "memo.overview.no-units",
    "memo.overview.items",
    "memo.overview.not-begun",
    "memo.overview.targets",
    "memo.overview.no-targets",
    "memo.overview.problems",
    "memo.overview.clean",
    "memo.counted",
    "memo.rules.number",
    "memo.rules.target",
    "memo.goal",
    "memo.in-period",
    "memo.to-date",
    "memo.assessment",
    "memo.rules.note",
    "memo.rules.none",
    "memo.series.title",
    "memo.series.sentence",
    "memo.series.pending",
    "memo.day",
    "memo.items",
    "memo.daily.caption",
    "memo.spread.caption",
    "memo.spread.none",
    "memo.spread.summary",
    "memo.spread.left-out",
    "memo.chart.target",
    "memo.languages.none",
    "memo.languages.so-far",
    "memo.languages.not-begun",
    "memo.languages.language",
    "memo.languages.made-by",
    "memo.languages.by-target",
    "memo.languages.note",
    "memo.flagged.none",
    "memo.flagged.intro",
    "memo.flagged.days",
    "memo.flagged.weeks",
    "memo.silent.count",
    "memo.silent.none",
    "memo.quiet.count",
    "memo.other-units",
    "memo.problems.none",
    "memo.problems.unit-unknown",
    "memo.problems.unit",
    "memo.problems.files",
    "memo.problems.voided",
    "memo.problems.errors",
    "memo.problems.warnings",
    "memo.problems.codes",
    "memo.problems.note",
    "memo.problems.unknown-files",
    "memo.clauses.none",
    "memo.clauses.plan-file",
    "memo.clauses.intro",
    "memo.type.commune",
    "memo.type.ward",
    "memo.type.special-zone",
    "memo.type.department",
    "memo.type.press",
    "memo.type.portal",
    "memo.type.other",
    "memo.units-word",
    "memo.and",
    "noun.unit-days",
    "memo.rules.active",
    "memo.rules.spread",
    "memo.overview.silent-types",
    "memo.overview.flagged",
    "memo.overview.forecast",
    "memo.overview.forecast-one",
    "memo.who.many",
    "memo.who.named",
    "memo.who.silent-and-named",
    "memo.who.silent-all",
    "memo.who.more",
    "memo.who.unreported",
    "memo.flagged.on-days",
    "memo.forecast.label",
    "memo.forecast.many-missed",
    "memo.forecast.many-ok",
    "memo.forecast.unit-missed",
    "memo.forecast.unit-ok",
    "memo.forecast.one-missed",
    "memo.forecast.one-ok",
    "memo.section.shortcomings",
    "memo.shortcomings.targets",
    "memo.shortcomings.units",
    "memo.shortcomings.silent",
    "memo.shortcomings.silent-units",
    "memo.shortcomings.quiet-units",
    "memo.shortcomings.problems",
    "memo.shortcomings.unknown-files",
    "memo.shortcomings.forecast",
    "memo.shortcomings.none",
    "memo.section.proposals",
    "memo.proposals.intro",
    "memo.proposals.report",
    "memo.proposals.silent-many",
    "memo.proposals.catch-up",
    "memo.proposals.at-risk",
    "memo.proposals.at-risk-one",
    "memo.proposals.explain",
    "memo.proposals.fix",
    "memo.proposals.unknown-files",
    "memo.proposals.difficulties",
    "memo.proposals.deadlines",
    "memo.proposals.none",
    "problem.yaml-syntax",
    "problem.duplicate-key",
    "problem.unsafe-yaml",
    "problem.too-large",
    "problem.encoding",
    "problem.schema",
    "problem.unknown-field",
    "problem.unknown-unit",
    "problem.unknown-kind",
    "problem.unknown-platform",
    "problem.unknown-language",
    "problem.bad-date",
    "problem.bad-duration",
    "problem.future-date",
    "problem.outside-campaign",
    "problem.outside-period",
    "problem.duration-out-of-range",
    "problem.duplicate-item",
    "problem.unreadable",
    "problem.duplicate-file",
    "problem.comment-in-value",
    "problem.not-a-submission",
    "memo.sign-here",
]
