"""What the command line says to people: usage and period errors, the plan's verdict, the tool's
own failures, and ``--help``, in Vietnamese and English.

Entries are ``message id -> (Vietnamese template, English template)``, rendered by
:func:`hpcampaign.text.catalogue.say` (see there for the conventions of fields). The ids are a
``Literal`` type, so mypy rejects an id that is not here; ``tests/test_one_voice.py`` checks that
both templates of an id name the same fields.

Option names (``--from``), values a person types (``2025-W39``, ``all``) and file names stay as
they are written on the command line, in both languages.
"""

from __future__ import annotations

import errno
from typing import Literal

#: Why a file cannot be written, by ``errno`` (any other number is ``os.other``, with the number).
OS_REASONS: dict[int, SentenceId] = {
    errno.ENOSPC: "os.disk-full",
    errno.EPIPE: "os.reader-closed",
    errno.EACCES: "os.denied",
    errno.EPERM: "os.denied",
    errno.EROFS: "os.read-only",
    errno.ENOENT: "os.no-folder",
    errno.EISDIR: "os.is-folder",
    errno.ENAMETOOLONG: "os.name-too-long",
    errno.EDQUOT: "os.quota",
    errno.EIO: "os.device",
    errno.EFBIG: "os.too-big",
}

SENTENCES: dict[SentenceId, tuple[str, str]] = {
    # "did you mean", the tail of a message (also of problem messages)
    "hint": (" — có phải '{suggestion}'?", " — did you mean '{suggestion}'?"),
    "hint.or": ("' hay '", "' or '"),
    # the values of options, checked by the command line
    "usage.choice": (
        "giá trị '{value}' của {option} không hợp lệ: hãy chọn một trong {choices}",
        "Invalid value for '{option}': '{value}' is not one of {choices}",
    ),
    "usage.whole-number": (
        "giá trị '{value}' của {option} không hợp lệ: hãy ghi một số nguyên từ {min} đến {max}",
        "Invalid value for '{option}': '{value}' is not a whole number from {min} to {max}",
    ),
    "usage.no-schema": (
        "không có lược đồ '{value}': hãy chọn plan, submission hoặc check",
        "no schema '{value}': choose plan, submission or check",
    ),
    "usage.not-a-date": (
        "{option}: '{value}' không phải là một ngày (hãy ghi 2025-09-29 hoặc 29/09/2025)",
        "{option}: '{value}' is not a date (write 2025-09-29 or 29/09/2025)",
    ),
    "usage.not-a-week": (
        "--week: '{value}' không phải là một tuần (hãy ghi năm và số tuần, ví dụ 2025-W39)",
        "--week: '{value}' is not an ISO week (write 2025-W39)",
    ),
    "usage.week-and-dates": (
        "không dùng --week cùng với --from/--to: hãy chọn một trong hai cách",
        "--week and --from/--to cannot be used together",
    ),
    "usage.no-unit": (
        "--unit: không có đơn vị '{value}' trong kế hoạch{hint}",
        "--unit: no unit '{value}' in the plan{hint}",
    ),
    "usage.no-phase": (
        "--phase: '{value}' không phải là giai đoạn của kế hoạch (chọn một trong: {choices})",
        "--phase: '{value}' is not a phase of the plan (choose from {choices})",
    ),
    "usage.control-characters": (
        "{option}: không được có ký tự điều khiển",
        "{option}: control characters are not allowed",
    ),
    "usage.docx-to-terminal": (
        "--format docx tạo ra một tệp nhị phân, không in ra màn hình được: hãy thêm --output bao-cao.docx",
        "--format docx writes a binary file: give --output memo.docx",
    ),
    "usage.no-such-path": (
        "không tìm thấy tệp hoặc thư mục {path}",
        "no such file or folder: {path}",
    ),
    # where the output goes
    "usage.output-yaml": (
        "--output: không ghi ra tệp .yaml/.yml ({path}), vì lần kiểm tra sau sẽ đọc nhầm nó "
        "là một tệp báo cáo",
        "--output: refusing to write a .yaml/.yml file ({path}): it would be read as a submission",
    ),
    "usage.output-over-input": (
        "--output: không ghi đè lên {path}, tệp mà hpcampaign đang đọc",
        "--output: refusing to write over {path}",
    ),
    "usage.output-into-submissions": (
        "--output: không ghi vào {folder}, thư mục chứa các tệp báo cáo",
        "--output: refusing to write into {folder}, where submissions are",
    ),
    "usage.output-no-folder": (
        "--output: không có thư mục {folder} để ghi {name} vào",
        "--output: no folder {folder} to write {name} into",
    ),
    "usage.cannot-write": ("không ghi được {where}: {reason}", "cannot write {where}: {reason}"),
    "usage.standard-output": ("đầu ra chuẩn", "standard output"),
    "os.disk-full": ("ổ đĩa đã đầy", "the disk is full"),
    "os.reader-closed": ("nơi nhận đã đóng", "the reader has closed it"),
    "os.denied": ("không có quyền ghi", "permission denied"),
    "os.read-only": ("ổ đĩa chỉ cho đọc", "the disk is read-only"),
    "os.no-folder": ("thư mục không còn", "the folder no longer exists"),
    "os.is-folder": ("đó là một thư mục", "it is a folder"),
    "os.name-too-long": ("tên quá dài", "the name is too long"),
    "os.quota": ("đã hết hạn mức dung lượng", "the disk quota is exceeded"),
    "os.device": ("lỗi đọc ghi của thiết bị", "input/output error"),
    "os.too-big": (
        "tệp vượt quá dung lượng mà hệ thống cho phép",
        "the file is larger than the system allows",
    ),
    "os.other": ("lỗi hệ điều hành (mã {code})", "system error {code}"),
    # the plan
    "usage.no-plan": (
        "không có tệp kế hoạch {path}: hãy chạy hpcampaign trong thư mục có plans/, "
        "hoặc chỉ rõ tệp kế hoạch bằng --plan",
        "no plan file at {path}: run hpcampaign in the folder that holds plans/, or give --plan PATH",
    ),
    "usage.plan-invalid": (
        "kế hoạch {path} không hợp lệ ({n} lỗi)",
        "the plan {path} is not valid ({n} problem)|the plan {path} is not valid ({n} problems)",
    ),
    # the period of a memo (hpcampaign.memo.build.PeriodError)
    "period.from-after-to": (
        "ngày --from phải trước hoặc trùng với ngày --to",
        "--from must not be after --to",
    ),
    "period.outside-campaign": (
        "kỳ báo cáo từ {start} đến {end} nằm ngoài thời gian của chiến dịch (từ {first} đến {last}): "
        "hãy chọn --week, --from/--to, --phase hoặc --as-of khác",
        "the period {start} to {end} is outside the campaign ({first} to {last}): "
        "give --week, --from/--to, --phase or --as-of",
    ),
    "period.from-after-as-of": (
        "--from {start} sau ngày tính số liệu {as_of}: hãy ghi thêm --to",
        "--from {start} is after the as-of date {as_of}: give --to as well",
    ),
    "period.misses-phase": (
        "--phase {phase}: kỳ báo cáo từ {start} đến {end} không có ngày nào thuộc giai đoạn này "
        "(từ {first} đến {last}): hãy chọn kỳ khác hoặc --phase all",
        "--phase {phase}: the period {start} to {end} does not meet the phase ({first} to {last}): "
        "choose another period or --phase all",
    ),
    "period.misses-phase-until": (
        "--phase {phase}: kỳ báo cáo đến ngày {end} không có ngày nào thuộc giai đoạn này "
        "(từ {first} đến {last}): hãy chọn kỳ khác hoặc --phase all",
        "--phase {phase}: the period up to {end} does not meet the phase ({first} to {last}): "
        "choose another period or --phase all",
    ),
    "period.to-before-campaign": (
        "--to {end} trước ngày đầu tiên của chiến dịch {first}: hãy ghi thêm --from",
        "--to {end} is before the campaign's first day {first}: give --from as well",
    ),
    # what a run says besides its output
    "run.no-files": (
        "không có tệp .yaml hay .yml nào trong {paths}",
        "no .yaml or .yml file under {paths}",
    ),
    "run.exported": (
        "đã ghi kế hoạch cài sẵn ({name}) ra {path}; sửa xong, dùng nó bằng --plan {path}",
        "wrote the plan inside the package ({name}) to {path}; once edited, use it with --plan {path}",
    ),
    "usage.tree-not-folder": (
        "--tree cần một thư mục, mà {path} không phải thư mục",
        "--tree needs a folder, and {path} is not one",
    ),
    "usage.export-exists": (
        "{path} đã có: hpcampaign không ghi đè lên tệp; hãy chọn một tên khác",
        "{path} already exists: hpcampaign never writes over a file; choose another name",
    ),
    "run.faults": (
        "lỗi của chính chương trình ở {n} tệp (đầu tiên: {path}); các tệp khác vẫn được báo cáo",
        "the tool itself failed on {n} file (first: {path}); the other files are still reported"
        "|the tool itself failed on {n} files (first: {path}); the other files are still reported",
    ),
    "run.checking": ("đang kiểm tra", "checking"),
    "run.interrupted": ("đã dừng theo yêu cầu", "stopped on request"),
    "run.out-of-memory": ("lỗi của chính chương trình: hết bộ nhớ", "the tool itself failed: out of memory"),
    "run.failed": ("lỗi của chính chương trình: {detail}", "the tool itself failed: {detail}"),
    "run.no-libyaml": (
        "PyYAML được cài không có phần mở rộng C libyaml mà hpcampaign cần; hãy cài lại từ bản wheel "
        "(có sẵn libyaml): pip install --force-reinstall --only-binary=pyyaml pyyaml",
        "PyYAML is installed without the libyaml C extension hpcampaign needs; reinstall it from a wheel "
        "(libyaml included): pip install --force-reinstall --only-binary=pyyaml pyyaml",
    ),
    # the command line's own mistakes, found while reading it
    "cli.no-such-option": ("không có tùy chọn {option}{hint}", "No such option: {option}{hint}"),
    "cli.needs-value": ("tùy chọn {option} cần có giá trị đi kèm", "Option {option} requires a value"),
    "cli.takes-no-value": ("tùy chọn {option} không nhận giá trị", "Option {option} does not take a value"),
    "cli.bad-value": (
        "giá trị '{value}' của {option} không hợp lệ",
        "Invalid value for '{option}': '{value}'",
    ),
    "cli.missing-paths": (
        "hãy ghi ít nhất một tệp hoặc thư mục báo cáo, ví dụ: hpcampaign {command} submissions/",
        "Missing argument 'PATH...': give at least one file or folder, "
        "e.g. hpcampaign {command} submissions/",
    ),
    "cli.missing-schema": (
        "hãy ghi tên lược đồ: plan, submission hoặc check",
        "Missing argument 'NAME': write plan, submission or check",
    ),
    "cli.missing": ("thiếu {name}", "Missing {name}"),
    "cli.no-such-command": (
        "không có lệnh '{command}'{hint} (các lệnh: {commands})",
        "No such command '{command}'{hint} (commands: {commands})",
    ),
    "cli.missing-command": (
        "thiếu tên lệnh: hãy chọn một trong {commands}",
        "Missing command: choose one of {commands}",
    ),
    "cli.extra": (
        "lệnh {command} không nhận thêm giá trị nào; thừa: {values}",
        "unexpected extra argument for {command}: {values}"
        "|unexpected extra arguments for {command}: {values}",
    ),
    "cli.other": ("cách gọi lệnh chưa đúng", "the command line is not right"),
    "cli.see-help": ("{message} (xem hướng dẫn: {command} --help)", "{message} (see {command} --help)"),
    "cli.aborted": ("đã hủy", "aborted"),
    # hpcampaign new and import (hpcampaign.cli.clerk): their usage errors and what they say
    "clerk.no-unit": (
        "hãy ghi đơn vị bằng --unit, theo mã hoặc tên, ví dụ --unit phuong-hong-bang",
        "give the unit with --unit, by id or name, e.g. --unit phuong-hong-bang",
    ),
    "clerk.no-period": (
        "hãy ghi kỳ báo cáo: --week 2025-W39, hoặc --from và --to",
        "give the period: --week 2025-W39, or --from and --to",
    ),
    "clerk.outside-campaign": (
        "kỳ báo cáo từ {start} đến {end} nằm ngoài thời gian của chiến dịch (từ {first} đến {last})",
        "the period {start} to {end} is outside the campaign ({first} to {last})",
    ),
    "clerk.output-exists": (
        "{path} đã có: hpcampaign không ghi đè lên tệp; hãy chọn tên khác, hoặc xóa tệp cũ",
        "{path} already exists: hpcampaign never writes over a file; choose another name, or delete "
        "the old one",
    ),
    "clerk.format-suffix": (
        "--format {format} không khớp với tên {path}: bảng tính cần tên .xlsx, tệp báo cáo cần tên .yaml",
        "--format {format} does not match the name {path}: a workbook is named .xlsx, a submission .yaml",
    ),
    "clerk.xlsx-to-terminal": (
        "--format xlsx tạo ra một bảng tính, không in ra màn hình được: hãy thêm -o {name}",
        "--format xlsx makes a workbook, which cannot be shown here: give -o {name}",
    ),
    "clerk.import-no-files": (
        "hãy ghi ít nhất một bảng tính cần chuyển, ví dụ: hpcampaign import bao-cao.xlsx -o submissions/",
        "give at least one spreadsheet to import, e.g. hpcampaign import report.xlsx -o submissions/",
    ),
    "clerk.import-no-output": (
        "hãy ghi thư mục nhận các tệp báo cáo bằng -o, ví dụ -o submissions/tuan-39",
        "give the folder for the submission files with -o, e.g. -o submissions/week-39",
    ),
    "clerk.import-not-folder": (
        "-o: {path} đã có và không phải là thư mục",
        "-o: {path} exists and is not a folder",
    ),
    "clerk.import-suffix": (
        "không chuyển được {path}: chỉ nhận bảng tính .xlsx và .csv (tệp .xls: mở bằng Excel rồi lưu "
        "lại dạng .xlsx)",
        "cannot import {path}: only .xlsx and .csv spreadsheets are read (an .xls: open it in Excel and "
        "save it as .xlsx)",
    ),
    "clerk.import-exists": (
        "{path} đã có: hpcampaign không ghi đè lên tệp, nên chưa ghi tệp nào; hãy xóa tệp cũ hoặc chọn "
        "thư mục khác",
        "{path} already exists: hpcampaign never writes over a file, so nothing was written; delete the "
        "old file or choose another folder",
    ),
    "clerk.new-written": (
        "đã ghi {path}: hãy điền vào, rồi kiểm tra bằng hpcampaign check {path} --tree submissions/",
        "wrote {path}: fill it in, then check it with hpcampaign check {path} --tree submissions/",
    ),
    "clerk.new-written-xlsx": (
        "đã ghi {path}: hãy điền vào, rồi chuyển thành tệp báo cáo bằng hpcampaign import {path} -o THƯ_MỤC",
        "wrote {path}: fill it in, then turn it into a submission with hpcampaign import {path} -o DIR",
    ),
    "clerk.wrote": (
        "đã ghi {path} ({n} mục, đơn vị {unit})",
        "wrote {path} ({n} item, unit {unit})|wrote {path} ({n} items, unit {unit})",
    ),
    "clerk.not-written": (
        "{source}: chưa ghi tệp nào vì có {n} lỗi; hãy sửa rồi chuyển lại",
        "{source}: nothing written, for {n} error; fix it and import again"
        "|{source}: nothing written, for {n} errors; fix them and import again",
    ),
    "clerk.skipped": (
        "{where}: bỏ qua các cột không thuộc tệp báo cáo: {columns}",
        "{where}: left out the columns that are not part of a submission: {columns}",
    ),
    "clerk.summary": ("{read}, {written}; {errors}, {warnings}", "{read}, {written}; {errors}, {warnings}"),
    "clerk.read": ("đã đọc {n} bảng tính", "read {n} spreadsheet|read {n} spreadsheets"),
    "clerk.written": ("đã ghi {n} tệp báo cáo", "wrote {n} submission|wrote {n} submissions"),
    "help.new": (
        "Tạo tệp báo cáo để điền cho một đơn vị và một kỳ, có các chỉ tiêu của đơn vị và ví dụ; "
        "--format xlsx tạo bảng tính tương ứng.",
        "Make a submission to fill in for one unit and one period, with the unit's targets and "
        "examples; --format xlsx makes the matching workbook.",
    ),
    "help.import": (
        "Chuyển bảng tính (.xlsx, .csv) thành tệp báo cáo, mỗi trang tính một tệp.",
        "Turn spreadsheets (.xlsx, .csv) into submission files, one per sheet.",
    ),
    "help.new-unit": ("Đơn vị, theo mã hoặc tên (bắt buộc).", "The unit, by id or name (required)."),
    "help.new-output": (
        "Ghi ra tệp này (không ghi đè tệp đã có); không có thì in ra màn hình.",
        "Write to this file (never over an existing one); without it, print it.",
    ),
    "help.new-format": (
        "yaml (tệp báo cáo) hoặc xlsx (bảng tính); mặc định theo đuôi tên tệp của -o, không có thì yaml.",
        "yaml (a submission) or xlsx (a workbook); default: from the name given to -o, else yaml.",
    ),
    "help.import-files": ("Bảng tính cần chuyển: .xlsx hoặc .csv.", "Spreadsheets to import: .xlsx or .csv."),
    "help.import-output": (
        "Thư mục ghi các tệp báo cáo (tạo mới nếu chưa có; không ghi đè tệp đã có).",
        "Folder for the submission files (made when missing; no file in it is written over).",
    ),
    "help.import-unit": (
        'Đơn vị của mọi bảng, theo mã hoặc tên (mặc định: tên trang tính, hoặc ô bên cạnh ô "Đơn vị:").',
        'The unit of every table, by id or name (default: the sheet\'s name, or the cell beside "Unit:").',
    ),
    "metavar.out-folder": ("THƯ_MỤC", "DIR"),
    # --help: the frame
    "help.usage": ("Cách dùng: ", "Usage: "),
    "help.options-placeholder": ("[TÙY_CHỌN]", "[OPTIONS]"),
    "help.command-placeholder": ("LỆNH [...]", "COMMAND [ARGS]..."),
    "help.arguments": ("Đối số", "Arguments"),
    "help.options": ("Tùy chọn", "Options"),
    "help.commands": ("Lệnh", "Commands"),
    "help.default": ("mặc định: {value}", "default: {value}"),
    "help.required": ("bắt buộc", "required"),
    "help.help": ("In hướng dẫn này rồi thoát.", "Show this message and exit."),
    "help.version": ("In số phiên bản rồi thoát.", "Show the version and exit."),
    "help.install-completion": (
        "Cài phần tự hoàn thành lệnh (phím Tab) cho trình shell đang dùng.",
        "Install completion for the current shell.",
    ),
    "help.show-completion": (
        "In đoạn mã tự hoàn thành lệnh cho trình shell đang dùng, để chép hoặc tự cài.",
        "Show completion for the current shell, to copy it or customize the installation.",
    ),
    # --help: the commands
    "help.app": (
        "Kiểm tra các tệp báo cáo của chiến dịch tuyên truyền theo kế hoạch.",
        "Check a communication campaign's submissions against its plan.",
    ),
    "help.check": (
        "Kiểm tra các tệp báo cáo và đánh giá mọi quy định của kế hoạch.",
        "Validate submission files and judge every rule of the plan.",
    ),
    "help.report": ("Viết báo cáo gửi lãnh đạo Sở.", "Write the memo for the Department's leadership."),
    "help.plan": (
        "Xem (và qua đó kiểm tra) kế hoạch: các giai đoạn, các quy định kèm điều khoản, các đơn vị.",
        "Show (and so validate) the plan: phases, rules with their clauses, units.",
    ),
    "help.schema": (
        "In lược đồ dữ liệu (JSON Schema) cho trình soạn thảo văn bản (yaml-language-server).",
        "Print a JSON Schema, for editors (yaml-language-server).",
    ),
    # --help: arguments and options
    "help.paths": ("Tệp hoặc thư mục báo cáo (ít nhất một).", "Submission files or folders (at least one)."),
    "help.plan-file": (
        "Tệp kế hoạch (mặc định: biến môi trường HPCAMPAIGN_PLAN, nếu không có thì "
        "plans/haiphong-2025.yaml trong thư mục hiện tại, nếu không có nữa thì kế hoạch cài sẵn).",
        "The plan file (default: the HPCAMPAIGN_PLAN environment variable, else "
        "plans/haiphong-2025.yaml in the current folder, else the plan inside the package).",
    ),
    "help.tree": (
        "Khi chỉ kiểm tra một vài tệp: đọc mọi tệp của thư mục này để tính kết quả của đơn vị "
        "(tuần trước vẫn được tính), nhưng chỉ hiện các tệp đã cho.",
        "When checking a few files: read every file of this folder for the units' results (last "
        "week still counts), while showing the given files only.",
    ),
    "help.no-cache": (
        "Không dùng bộ nhớ đệm kết quả của từng tệp (trong thư mục bộ nhớ đệm của người dùng); "
        "kiểm tra lại mọi tệp.",
        "Do not use the cache of per-file results (in the user's cache folder); check every file again.",
    ),
    "help.export": (
        "Ghi kế hoạch cài sẵn ra tệp này để Phòng chỉnh sửa (không ghi đè tệp đã có).",
        "Write the plan inside the package to this file, for the office to edit (never over an "
        "existing file).",
    ),
    "help.as-of": (
        "Đánh giá tính đến ngày này (mặc định: hôm nay, theo múi giờ của kế hoạch).",
        "Judge as of this date (default: today in the plan's time zone).",
    ),
    "help.check-phase": (
        "Chỉ xét giai đoạn này (before, during, after hoặc all).",
        "Only this phase (before, during, after, all).",
    ),
    "help.unit": (
        "Chỉ xét đơn vị này, theo mã hoặc tên: toàn bộ kết quả của đơn vị.",
        "Only this unit, by id or name: its whole picture.",
    ),
    "help.format": ("Định dạng kết quả in ra.", "Output format."),
    "help.output": ("Ghi ra tệp này ('-': in ra màn hình).", "Write to this file ('-': stdout)."),
    "help.fail-on": (
        "Những kết quả nào làm lần kiểm tra thất bại (mã thoát 1).",
        "Which results fail the run (exit 1).",
    ),
    "help.lang": (
        "Ngôn ngữ của thông báo, báo cáo và hướng dẫn này: vi hoặc en. Mặc định theo biến môi "
        "trường HPCAMPAIGN_LANG; khi biến này không có, hoặc không phải vi hay en, thì dùng vi.",
        "Language of messages, memo and this help: vi or en. Default: the HPCAMPAIGN_LANG "
        "environment variable; vi when it is unset or neither vi nor en.",
    ),
    "help.jobs": ("Số tiến trình chạy song song, từ 1 đến 64.", "Worker processes, from 1 to 64."),
    "help.report-phase": (
        "Giai đoạn của báo cáo: before, during, after hoặc all.",
        "The memo's phase: before, during, after or all.",
    ),
    "help.week": (
        "Một tuần, ghi năm và số tuần, ví dụ 2025-W39.",
        "An ISO week, e.g. 2025-W39.",
    ),
    "help.from": ("Ngày đầu của kỳ báo cáo.", "First day of the period."),
    "help.to": ("Ngày cuối của kỳ báo cáo.", "Last day of the period."),
    "help.number": ("Số văn bản, ví dụ 12 (→ Số: 12/BC-…).", "Document number, e.g. 12 (→ Số: 12/BC-…)."),
    "help.signer": ("Họ tên người ký.", "Name of the signer."),
    "help.date": (
        "Ngày ghi trên văn bản (mặc định: ngày tính số liệu, --as-of).",
        "The memo's own date (default: the as-of date).",
    ),
    "help.units": ("Liệt kê mọi đơn vị (mã, tên, nhóm).", "List every unit (id, name, groups)."),
    "help.schema-name": (
        "Lược đồ nào: plan (kế hoạch), submission (tệp báo cáo) hoặc check (kết quả check --format json).",
        "plan, submission or check (the output of check --format json).",
    ),
    # --help: what stands for a value
    "metavar.path": ("ĐƯỜNG_DẪN", "PATH"),
    "metavar.file": ("TỆP", "FILE"),
    "metavar.date": ("NGÀY", "DATE"),
    "metavar.phase": ("GIAI_ĐOẠN", "PHASE"),
    "metavar.unit": ("ĐƠN_VỊ", "UNIT"),
    "metavar.week": ("TUẦN", "WEEK"),
    "metavar.number": ("SỐ", "TEXT"),
    "metavar.signer": ("HỌ_TÊN", "NAME"),
    "metavar.schema": ("LƯỢC_ĐỒ", "NAME"),
    "metavar.count": ("N", "N"),
    "metavar.folder": ("THƯ_MỤC", "FOLDER"),
}

# The ids, as a type: mypy rejects an id that is not a key of SENTENCES (a test checks the
# two lists are the same).
SentenceId = Literal[
    "hint",
    "hint.or",
    "usage.choice",
    "usage.whole-number",
    "usage.no-schema",
    "usage.not-a-date",
    "usage.not-a-week",
    "usage.week-and-dates",
    "usage.no-unit",
    "usage.no-phase",
    "usage.control-characters",
    "usage.docx-to-terminal",
    "usage.no-such-path",
    "usage.output-yaml",
    "usage.output-over-input",
    "usage.output-into-submissions",
    "usage.output-no-folder",
    "usage.cannot-write",
    "usage.standard-output",
    "os.disk-full",
    "os.reader-closed",
    "os.denied",
    "os.read-only",
    "os.no-folder",
    "os.is-folder",
    "os.name-too-long",
    "os.quota",
    "os.device",
    "os.too-big",
    "os.other",
    "usage.no-plan",
    "usage.plan-invalid",
    "period.from-after-to",
    "period.outside-campaign",
    "period.from-after-as-of",
    "period.misses-phase",
    "period.misses-phase-until",
    "period.to-before-campaign",
    "run.no-files",
    "run.exported",
    "usage.tree-not-folder",
    "usage.export-exists",
    "run.faults",
    "run.checking",
    "run.interrupted",
    "run.out-of-memory",
    "run.failed",
    "run.no-libyaml",
    "cli.no-such-option",
    "cli.needs-value",
    "cli.takes-no-value",
    "cli.bad-value",
    "cli.missing-paths",
    "cli.missing-schema",
    "cli.missing",
    "cli.no-such-command",
    "cli.missing-command",
    "cli.extra",
    "cli.other",
    "cli.see-help",
    "cli.aborted",
    "clerk.no-unit",
    "clerk.no-period",
    "clerk.outside-campaign",
    "clerk.output-exists",
    "clerk.format-suffix",
    "clerk.xlsx-to-terminal",
    "clerk.import-no-files",
    "clerk.import-no-output",
    "clerk.import-not-folder",
    "clerk.import-suffix",
    "clerk.import-exists",
    "clerk.new-written",
    "clerk.new-written-xlsx",
    "clerk.wrote",
    "clerk.not-written",
    "clerk.skipped",
    "clerk.summary",
    "clerk.read",
    "clerk.written",
    "help.new",
    "help.import",
    "help.new-unit",
    "help.new-output",
    "help.new-format",
    "help.import-files",
    "help.import-output",
    "help.import-unit",
    "metavar.out-folder",
    "help.usage",
    "help.options-placeholder",
    "help.command-placeholder",
    "help.arguments",
    "help.options",
    "help.commands",
    "help.default",
    "help.required",
    "help.help",
    "help.version",
    "help.install-completion",
    "help.show-completion",
    "help.app",
    "help.check",
    "help.report",
    "help.plan",
    "help.schema",
    "help.paths",
    "help.plan-file",
    "help.tree",
    "help.no-cache",
    "help.export",
    "help.as-of",
    "help.check-phase",
    "help.unit",
    "help.format",
    "help.output",
    "help.fail-on",
    "help.lang",
    "help.jobs",
    "help.report-phase",
    "help.week",
    "help.from",
    "help.to",
    "help.number",
    "help.signer",
    "help.date",
    "help.units",
    "help.schema-name",
    "metavar.path",
    "metavar.file",
    "metavar.date",
    "metavar.phase",
    "metavar.unit",
    "metavar.week",
    "metavar.number",
    "metavar.signer",
    "metavar.schema",
    "metavar.count",
    "metavar.folder",
]
