"""The catalogue: every sentence a person reads, in Vietnamese and English, rendered by one function.

One mechanism for every message: *message id -> (Vietnamese template, English template)*, the
templates ``str.format`` strings whose fields the caller passes, rendered by :func:`say` (and, for
problems in files, by :func:`render`, which first applies the conventions of problem parameters
and then does the same). The entries live in three tables, by who speaks:

- :data:`CATALOGUE` here: problems in files and in the plan (each entry also names its SPEC
  problem code: ``message id -> (code, vi, en)``);
- :data:`~hpcampaign.text.sentences.SENTENCES`: the command line (usage and period errors, the
  plan's verdict, the tool's own failures, ``--help``);
- :data:`~hpcampaign.text.phrases.PHRASES`: the outputs (status words, counts, the check table,
  the plan view, the CI formats, the memo).

Why our own catalogue and not gettext/Babel: gettext translates *from* English source strings
into .po/.mo files compiled in a build step and found at run time through the locale; Babel adds
extraction and plural rules. We have exactly two languages, both first-class (Vietnamese is the
default, not a translation), chosen per run by ``--lang``/``HPCAMPAIGN_LANG`` rather than the
process's locale, and a package that must work straight from a checkout or a wheel. Here both
languages of a message sit side by side in one Python literal, reviewed together; there is no
build step and no .mo file to ship or forget; the ids of sentences and phrases are ``Literal``
types, so mypy rejects an id that does not exist, and a test checks that both templates of an id
name the same fields. English plurals, the only plural rule the two languages need, are a form
for one and a form for several (see :func:`say`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from hpcampaign.text.language import Lang
from hpcampaign.text.phrases import PHRASES, PhraseId
from hpcampaign.text.sentences import OS_REASONS, SENTENCES, SentenceId

__all__ = ["CATALOGUE", "OS_REASONS", "TERMS", "MessageId", "hint", "render", "say"]

#: An id of :data:`~hpcampaign.text.sentences.SENTENCES` or :data:`~hpcampaign.text.phrases.PHRASES`.
MessageId = SentenceId | PhraseId

_TEMPLATES: dict[str, tuple[str, str]] = dict([*SENTENCES.items(), *PHRASES.items()])


def say(msg_id: MessageId, lang: Lang | str, /, **params: object) -> str:
    """A sentence or phrase of the catalogue in one language, its fields filled from ``params``.

    - a :class:`~datetime.date` is written 29/09/2025 in Vietnamese, 2025-09-29 in English;
    - ``X_vi`` / ``X_en`` give the field ``X`` in the chosen language (a title, a body's name);
    - a template holding ``|`` has a form for one and a form for several (English plurals): the
      field ``n`` chooses, the first form when it is 1.
    """
    return _fill(_pick(_TEMPLATES[msg_id], lang), lang, params)


def _pick(pair: tuple[str, str], lang: Lang | str) -> str:
    return pair[0] if lang == "vi" else pair[1]


def _fill(template: str, lang: Lang | str, params: Mapping[str, object]) -> str:
    if "|" in template and "n" in params:
        one, several = template.split("|")
        template = one if str(params["n"]) == "1" else several
    values: dict[str, object] = {}
    for name, value in params.items():
        if name.endswith(("_vi", "_en")):
            if name.endswith(f"_{lang}"):
                values[name[:-3]] = value
        elif isinstance(value, date):
            values[name] = value.strftime("%d/%m/%Y") if lang == "vi" else value.isoformat()
        else:
            values[name] = value
    return template.format(**values)


# message id -> (code, Vietnamese template, English template). Templates use str.format
# with named fields; every field a template names is passed by the code that raises it.
CATALOGUE: dict[str, tuple[str, str, str]] = {
    # reading and parsing
    "unreadable": (
        "unreadable",
        "không đọc được tệp: {reason}",
        "cannot read the file: {reason}",
    ),
    "unreadable.missing": (
        "unreadable",
        "không đọc được tệp: tệp không còn (có thể là lối tắt trỏ tới tệp đã xóa)",
        "cannot read the file: it no longer exists (perhaps a link to a deleted file)",
    ),
    "unreadable.loop": (
        "unreadable",
        "không đọc được tệp: lối tắt trỏ vòng về chính nó",
        "cannot read the file: a link that points back to itself",
    ),
    "unreadable.denied": (
        "unreadable",
        "không đọc được tệp: không có quyền đọc",
        "cannot read the file: permission denied",
    ),
    "unreadable.not-file": (
        "unreadable",
        "không đọc được tệp: đây không phải một tệp thông thường (thư mục, thiết bị, …)",
        "cannot read the file: it is not a regular file (a folder, a device, …)",
    ),
    "unreadable.folder": (
        "unreadable",
        "không mở được thư mục này: các tệp trong đó chưa được kiểm tra",
        "cannot open this folder: the files in it were not checked",
    ),
    "unreadable.folder-denied": (
        "unreadable",
        "không có quyền mở thư mục này: các tệp trong đó chưa được kiểm tra; hãy cấp quyền đọc",
        "no permission to open this folder: the files in it were not checked; make it readable",
    ),
    "unreadable.name": (
        "unreadable",
        "tên tệp có ký tự không phải UTF-8 (viết ở đây dạng \\xNN): hãy đổi tên tệp, "
        "chỉ dùng chữ, số và dấu '-'",
        "the file name has bytes that are not UTF-8 (written here as \\xNN): rename the file, "
        "with letters, digits and '-' only",
    ),
    "unreadable.worker-lost": (
        "unreadable",
        "tệp này chưa được kiểm tra: một tiến trình của hpcampaign đã bị dừng đột ngột "
        "(có thể do hết bộ nhớ); hãy chạy lại, hoặc chạy không có --jobs",
        "this file was not checked: a process of hpcampaign was stopped abruptly "
        "(perhaps out of memory); run again, or without --jobs",
    ),
    "unreadable.internal": (
        "unreadable",
        "hpcampaign không đọc được tệp này do lỗi của chương trình ({error}); "
        "xin gửi tệp kèm thông báo này cho nhóm phát triển",
        "hpcampaign failed on this file ({error}); please report it, with the file, to its developers",
    ),
    "too-large.size": (
        "too-large",
        "tệp quá lớn ({size} byte; tối đa {limit}): hãy chia thành nhiều tệp nhỏ hơn",
        "file too large ({size} bytes; at most {limit}): split it into smaller files",
    ),
    "too-large.width": (
        "too-large",
        "quá nhiều phần tử trong một danh sách hoặc một mục (quá {limit})",
        "too many entries in one list or mapping (over {limit})",
    ),
    "too-large.items": (
        "too-large",
        "quá nhiều mục trong một danh sách (quá {limit}): hãy chia thành nhiều tệp, mỗi tệp một tuần",
        "too many entries in one list (over {limit}): split the file, one file per week",
    ),
    "too-large.plan-list": (
        "too-large",
        "quá nhiều mục trong một danh sách của kế hoạch (quá {limit})",
        "too many entries in one list of the plan (over {limit})",
    ),
    "too-large.depth": (
        "too-large",
        "lồng nhau quá sâu (quá {limit} cấp): tệp báo cáo chỉ cần 4 cấp",
        "nested too deeply (over {limit} levels): a submission needs only 4",
    ),
    "encoding.utf16": (
        "encoding",
        "tệp được lưu bằng {encoding}, không phải UTF-8: hãy lưu lại với mã hóa UTF-8",
        "the file is saved as {encoding}, not UTF-8: save it again as UTF-8",
    ),
    "encoding.binary": (
        "encoding",
        "tệp chứa dữ liệu nhị phân (byte 0): đây không phải tệp văn bản YAML; hãy lưu dưới dạng UTF-8",
        "the file holds binary data (a NUL byte): it is not a YAML text file; save it as UTF-8",
    ),
    "encoding.invalid": (
        "encoding",
        "tệp không phải UTF-8 hợp lệ (byte {byte}): hãy lưu lại với mã hóa UTF-8",
        "the file is not valid UTF-8 (byte {byte}): save it again as UTF-8",
    ),
    "yaml-syntax": (
        "yaml-syntax",
        "lỗi cú pháp YAML: {detail}",
        "YAML syntax error: {detail}",
    ),
    "yaml-syntax.colon": (
        "yaml-syntax",
        "giá trị có dấu ': ' (hai chấm và dấu cách): hãy đặt cả giá trị trong ngoặc kép, "
        'ví dụ title: "Hải Phòng: vươn ra biển lớn"',
        "a value holds ': ' (a colon and a space): put the whole value in double quotes, "
        'for example title: "Hai Phong: reaching out to the sea"',
    ),
    "yaml-syntax.no-colon": (
        "yaml-syntax",
        "thiếu dấu ':' sau tên trường, hoặc một dòng bị ngắt giữa chừng",
        "a ':' is missing after a field name, or a line is broken in the middle",
    ),
    "yaml-syntax.indent": (
        "yaml-syntax",
        "thụt lề không khớp: các trường của một mục phải thẳng cột với nhau, mỗi mục bắt đầu bằng '- '",
        "indentation does not line up: the fields of an item must start in the same column, "
        "and each item starts with '- '",
    ),
    "yaml-syntax.flow": (
        "yaml-syntax",
        "thiếu dấu ',' giữa các phần tử, hoặc thiếu ']' / '}}' đóng; giá trị có dấu ',' cần ngoặc kép",
        "a ',' between entries or a closing ']' / '}}' is missing; a value holding ',' needs quotes",
    ),
    "yaml-syntax.eof": (
        "yaml-syntax",
        "tệp kết thúc giữa chừng: thiếu dấu ngoặc kép hoặc ngoặc đóng",
        "the file ends in the middle of something: a closing quote or bracket is missing",
    ),
    "yaml-syntax.token": (
        "yaml-syntax",
        "giá trị không được bắt đầu bằng ký tự '{char}': hãy đặt cả giá trị trong ngoặc kép",
        "a value cannot start with '{char}': put the whole value in double quotes",
    ),
    "yaml-syntax.control": (
        "yaml-syntax",
        "ký tự điều khiển không được phép ({char}): hãy xóa ký tự này",
        "control character not allowed ({char}): delete it",
    ),
    "yaml-syntax.tab": (
        "yaml-syntax",
        "dùng phím Tab để thụt lề: YAML chỉ chấp nhận dấu cách",
        "indented with a tab: YAML accepts only spaces",
    ),
    "duplicate-key": (
        "duplicate-key",
        "khóa '{key}' bị lặp lại (đã có ở dòng {first_line})",
        "key '{key}' is repeated (first at line {first_line})",
    ),
    "unsafe-yaml.tag": (
        "unsafe-yaml",
        "thẻ YAML '{tag}' không được phép: hãy xóa thẻ, chỉ ghi giá trị",
        "YAML tag '{tag}' is not allowed: remove it and write the plain value",
    ),
    "unsafe-yaml.anchor": (
        "unsafe-yaml",
        "neo YAML '&{name}' không được phép: hãy viết đầy đủ giá trị",
        "YAML anchor '&{name}' is not allowed: write the value out in full",
    ),
    "unsafe-yaml.alias": (
        "unsafe-yaml",
        "bí danh YAML '*{name}' không được phép: hãy viết đầy đủ giá trị",
        "YAML alias '*{name}' is not allowed: write the value out in full",
    ),
    # shape of the document
    "schema.empty": (
        "schema",
        "tệp trống: cần có ít nhất 'unit:' và 'items:'",
        "the file is empty: it needs at least 'unit:' and 'items:'",
    ),
    "schema.multi-document": (
        "schema",
        "tệp chứa nhiều văn bản YAML ('---'): mỗi tệp chỉ một báo cáo",
        "the file holds several YAML documents ('---'): one submission per file",
    ),
    "schema.not-mapping": (
        "schema",
        "cấp ngoài cùng phải là các cặp 'khóa: giá trị' (unit, items, …), không phải {found}",
        "the top level must be 'key: value' pairs (unit, items, …), not {found}",
    ),
    "schema.complex-key": (
        "schema",
        "khóa phải là một chữ đơn giản",
        "a key must be plain text",
    ),
    "schema.missing": (
        "schema",
        "thiếu trường bắt buộc '{field}'",
        "required field '{field}' is missing",
    ),
    "schema.type": (
        "schema",
        "'{field}' phải là {expected}, không phải {found}",
        "'{field}' must be {expected}, not {found}",
    ),
    "schema.range": (
        "schema",
        "'{field}' phải từ {min} đến {max} (đang là {value})",
        "'{field}' must be from {min} to {max} (it is {value})",
    ),
    "schema.format": (
        "schema",
        "phiên bản định dạng '{value}' không được hỗ trợ: hãy ghi 'format: 1'",
        "format version '{value}' is not supported: write 'format: 1'",
    ),
    "schema.item-type": (
        "schema",
        "mục thứ {index} trong 'items' phải là các cặp 'khóa: giá trị' (date, kind, …), không phải {found}",
        "entry {index} of 'items' must be 'key: value' pairs (date, kind, …), not {found}",
    ),
    "schema.count": (
        "schema",
        "'count' phải là một số nguyên từ 1 đến 10000 (đang là '{value}')",
        "'count' must be a whole number from 1 to 10000 (it is '{value}')",
    ),
    "schema.id": (
        "schema",
        "'{field}' chỉ gồm chữ thường không dấu, chữ số và dấu '-', ví dụ phuong-hong-bang "
        "(đang là '{value}')",
        "'{field}' holds only lower-case ASCII letters, digits and '-', e.g. phuong-hong-bang "
        "(it is '{value}')",
    ),
    "schema.choice": (
        "schema",
        "'{field}' phải là một trong: {expected} (đang là '{value}')",
        "'{field}' must be one of: {expected} (it is '{value}')",
    ),
    "schema.max": (
        "schema",
        "'{field}' phải từ {max} trở xuống (đang là {value})",
        "'{field}' must be {max} or less (it is {value})",
    ),
    "schema.min": (
        "schema",
        "'{field}' phải từ {min} trở lên (đang là {value})",
        "'{field}' must be {min} or more (it is {value})",
    ),
    "schema.date": (
        "schema",
        "'{field}' phải là một ngày có thật, viết YYYY-MM-DD (đang là '{value}')",
        "'{field}' must be a real date, written YYYY-MM-DD (it is '{value}')",
    ),
    "schema.empty-plan": (
        "schema",
        "tệp kế hoạch trống",
        "the plan file is empty",
    ),
    "schema.too-many": (
        "schema",
        "từ đây còn {more} lỗi khác trong tệp này không được liệt kê (chỉ hiện {limit} lỗi đầu): "
        "hãy sửa các lỗi trên rồi kiểm tra lại",
        "{more} more problems in this file from here are not listed (only the first {limit} are): "
        "fix those above and check again",
    ),
    "schema.too-few": (
        "schema",
        "danh sách '{field}' không được để trống (cần ít nhất {min} phần tử)",
        "the list '{field}' must not be empty (it needs at least {min})",
    ),
    "schema.items-null": (
        "schema",
        "'items' đang trống: ghi 'items: []' nếu chưa có mục nào",
        "'items' is empty: write 'items: []' when there is nothing to report",
    ),
    "schema.period-order": (
        "schema",
        "kỳ báo cáo: 'from' ({start}) phải trước hoặc bằng 'to' ({end})",
        "period: 'from' ({start}) must not be after 'to' ({end})",
    ),
    "schema.url": (
        "schema",
        "'url' phải bắt đầu bằng http:// hoặc https:// (đang là '{value}')",
        "'url' must start with http:// or https:// (it is '{value}')",
    ),
    "schema.title-required": (
        "schema",
        "mục loại '{kind}' cần có 'title' (tiêu đề)",
        "an item of kind '{kind}' needs a 'title'",
    ),
    "schema.duration-required": (
        "schema",
        "mục loại '{kind}' cần có 'duration' (thời lượng, ví dụ 12:30)",
        "an item of kind '{kind}' needs a 'duration' (for example 12:30)",
    ),
    "schema.text": (
        "schema",
        "'{field}' không được để trống",
        "'{field}' must not be empty",
    ),
    "schema.invalid": (
        "schema",
        "giá trị không hợp lệ cho '{field}': {detail}",
        "invalid value for '{field}': {detail}",
    ),
    "unknown-field": (
        "unknown-field",
        "không có trường '{field}' ở đây{hint}",
        "unknown field '{field}'{hint}",
    ),
    # values
    "unknown-unit": (
        "unknown-unit",
        "không có đơn vị '{value}' trong kế hoạch{hint}",
        "no unit '{value}' in the plan{hint}",
    ),
    "unknown-kind": (
        "unknown-kind",
        "loại tin '{value}' không có trong kế hoạch{hint}",
        "unknown kind '{value}'{hint}",
    ),
    "unknown-platform": (
        "unknown-platform",
        "nền tảng '{value}' không có trong kế hoạch{hint}",
        "unknown platform '{value}'{hint}",
    ),
    "unknown-language": (
        "unknown-language",
        "ngôn ngữ '{value}' không có trong kế hoạch (dùng mã ISO 639-1 như vi, en, zh){hint}",
        "unknown language '{value}' (use an ISO 639-1 code such as vi, en, zh){hint}",
    ),
    "bad-date": (
        "bad-date",
        "ngày '{value}' không hợp lệ: ghi 2025-09-29 hoặc 29/09/2025",
        "invalid date '{value}': write 2025-09-29 or 29/09/2025",
    ),
    "bad-duration": (
        "bad-duration",
        "thời lượng '{value}' không hợp lệ: ghi 12:30 (phút:giây), 1:05:00 hoặc 12 (phút)",
        "invalid duration '{value}': write 12:30 (min:s), 1:05:00 or 12 (minutes)",
    ),
    "future-date": (
        "future-date",
        "ngày {date} chưa đến (hôm nay là {today}): chưa thể đăng — hãy sửa lại ngày",
        "date {date} has not come yet (today is {today}): nothing can be published then — fix the date",
    ),
    "outside-campaign": (
        "outside-campaign",
        "ngày {date} nằm ngoài thời gian tuyên truyền ({start} – {end}): không được tính",
        "date {date} is outside the campaign ({start} – {end}): not counted",
    ),
    "outside-period": (
        "outside-period",
        "ngày {date} nằm ngoài kỳ báo cáo của tệp ({start} – {end})",
        "date {date} is outside the file's period ({start} – {end})",
    ),
    "duration-out-of-range": (
        "duration-out-of-range",
        "{kind} dài {value_seconds}, ngoài khoảng {min_seconds} – {max_seconds}: không được tính",
        "{kind} lasts {value_seconds}, outside {min_seconds} – {max_seconds}: not counted",
    ),
    "duplicate-item": (
        "duplicate-item",
        "trùng với mục ở dòng {first_line}{first_file} — chỉ tính một lần",
        "same item as on line {first_line}{first_file} — counted once",
    ),
    "duplicate-file": (
        "duplicate-file",
        "tệp này và tệp {other} có đúng các mục như nhau (một tệp là bản sao?) — chỉ tính tệp "
        "{other}; hãy xóa tệp thừa",
        "this file and {other} have the same items (is one a copy?) — only {other} is counted; "
        "delete the one that is not needed",
    ),
    # the plan itself (shown with exit code 2)
    "plan.unknown-ref": (
        "schema",
        "{what} '{value}' chưa được khai báo trong kế hoạch{hint}",
        "{what} '{value}' is not declared in the plan{hint}",
    ),
    "plan.duplicate-id": (
        "schema",
        "mã '{value}' bị trùng trong '{section}' (mục thứ {first} và {second})",
        "id '{value}' is used twice in '{section}' (entries {first} and {second})",
    ),
    "plan.duplicate-name": (
        "schema",
        "tên '{value}' trùng với đơn vị '{other}': không thể nhận diện đơn vị theo tên",
        "name '{value}' is the same as unit '{other}': units could not be told apart by name",
    ),
    "plan.phase-dates": (
        "schema",
        "giai đoạn '{value}' kết thúc ({end}) trước khi bắt đầu ({start})",
        "phase '{value}' ends ({end}) before it starts ({start})",
    ),
    "plan.phase-gap": (
        "schema",
        "giai đoạn '{value}' phải bắt đầu ngày {expected}, ngay sau giai đoạn trước (đang là {start})",
        "phase '{value}' must start on {expected}, the day after the previous phase (it starts {start})",
    ),
    "plan.window-kind": (
        "schema",
        "khung thời gian phải ghi đúng một trong: 'phase', 'phases', 'by_end_of', "
        "hoặc các ngày ('from', 'to')",
        "a window names exactly one of 'phase', 'phases', 'by_end_of', or dates ('from', 'to')",
    ),
    "plan.window-fields": (
        "schema",
        "khung thời gian theo ngày cần 'from' (hoặc 'from_start_of'), 'to' (hoặc 'to_end_of') "
        "và 'reports_under'",
        "a window of dates needs 'from' (or 'from_start_of'), 'to' (or 'to_end_of') and 'reports_under'",
    ),
    "plan.window-dates": (
        "schema",
        "khung thời gian kết thúc ({end}) trước khi bắt đầu ({start})",
        "the window ends ({end}) before it starts ({start})",
    ),
    "plan.duplicate-label": (
        "schema",
        "nhãn '{value}' đã dùng cho loại '{other}': mỗi loại cần một nhãn riêng",
        "the label '{value}' is already the kind '{other}''s: each kind needs its own label",
    ),
    "plan.phases-order": (
        "schema",
        "các giai đoạn trong 'phases' phải liền nhau theo thứ tự của kế hoạch",
        "the phases in 'phases' must be consecutive, in the plan's order",
    ),
    "plan.min-max": (
        "schema",
        "'min' ({min}) lớn hơn 'max' ({max})",
        "'min' ({min}) is greater than 'max' ({max})",
    ),
    "plan.no-target": (
        "schema",
        "quy định cần có 'min' hoặc 'max'",
        "a rule needs 'min' or 'max'",
    ),
    "plan.empty-scope": (
        "schema",
        "phạm vi không có đơn vị nào",
        "the scope covers no unit",
    ),
    "plan.mode-period": (
        "schema",
        "'{mode}' cần 'period: window'",
        "'{mode}' needs 'period: window'",
    ),
    "plan.per-language": (
        "schema",
        "'per_language' cần danh sách 'counts.languages'",
        "'per_language' needs a list in 'counts.languages'",
    ),
    "plan.date-range": (
        "schema",
        "ngày {date} nằm ngoài khoảng một kế hoạch có thể dùng ({start} … {end})",
        "the date {date} is outside the range a plan may use ({start} … {end})",
    ),
    "plan.too-long": (
        "schema",
        "chiến dịch kéo dài {days} ngày, quá {limit} ngày: hãy kiểm tra lại năm của các giai đoạn",
        "the campaign runs {days} days, over {limit}: check the years of the phases",
    ),
    "plan.too-many-results": (
        "schema",
        "các quy tắc của kế hoạch cho {count} kết quả, quá {limit}: "
        "hãy dùng kỳ tuần thay cho kỳ ngày, hoặc thu hẹp phạm vi",
        "the plan's rules give {count} results, over {limit}: judge by week instead of by day, "
        "or narrow the scopes",
    ),
    "schema.finite": (
        "schema",
        "'{field}' phải là một số thông thường (không phải inf, nan hay một số quá lớn)",
        "'{field}' must be an ordinary number (not inf, nan or a number too large)",
    ),
    "plan.timezone": (
        "schema",
        "múi giờ '{value}' không tồn tại",
        "unknown time zone '{value}'",
    ),
}

#: Words that stand as parameters of messages (``expected``, ``found``, ``what``): the value a
#: problem stores -> the phrase said in its place.
TERMS: dict[str, PhraseId] = {
    "text": "term.text",
    "integer": "term.integer",
    "number": "term.number",
    "list": "term.list",
    "mapping": "term.mapping",
    "empty": "term.empty",
    "date": "term.date",
    "boolean": "term.boolean",
    "unit": "term.unit",
    "group": "term.group",
    "kind": "term.kind",
    "channel": "term.channel",
    "phase": "term.phase",
    "language": "term.language",
    "platform": "term.platform",
}

_TERM_PARAMS = ("expected", "found", "what")


def hint(suggestion: str | None, lang: Lang | str) -> str:
    """The "did you mean" tail of a message, or nothing; " | " separates equal suggestions."""
    if not suggestion:
        return ""
    return say("hint", lang, suggestion=say("hint.or", lang).join(suggestion.split(" | ")))


def render(msg_id: str, params: Mapping[str, str], lang: Lang | str = "vi") -> str:
    """Render a catalogue message in one language.

    Parameters follow a few conventions, so that a problem stores plain text yet reads
    naturally in both languages:

    - ``suggestion`` becomes the "did you mean" tail (``hint``);
    - ``expected``, ``found``, ``what`` holding a :data:`TERMS` key are translated;
    - ``X_vi`` / ``X_en`` pairs give ``X`` in the chosen language (a kind's name);
    - ``X_seconds`` is a duration in seconds, said as "12 phút 30 giây" / "12 min 30 s";
    - ``date``, ``start``, ``end``, ``as_of`` holding an ISO date are written 29/09/2025 in
      Vietnamese;
    - ``first_file`` (a path, or empty) is said as " (tệp …)" / " of …";
    - ``voids`` (set on the problem that voids its file) adds "— cả tệp không được tính".
    """
    _code, vi, en = CATALOGUE[msg_id]
    values: dict[str, object] = dict(params)
    for name in _TERM_PARAMS:
        if name in values and values[name] in TERMS:
            values[name] = say(TERMS[params[name]], lang)
    for name, value in params.items():
        if name.endswith(("_vi", "_en")) and name.endswith(f"_{lang}"):
            values[name[:-3]] = value
        elif name.endswith("_seconds") and value.isdigit():
            values[name] = _duration(int(value), lang)
        elif name in _DATE_PARAMS and lang == "vi" and _ISO_DATE.fullmatch(value):
            values[name] = f"{value[8:10]}/{value[5:7]}/{value[:4]}"
    if values.get("first_file"):
        values["first_file"] = say("term.of-file", lang, path=values["first_file"])
    values.pop("suggestion", None)
    values["hint"] = hint(params.get("suggestion") or None, lang)
    text = _pick((vi, en), lang).format(**values)
    return text + say("term.voids", lang) if params.get("voids") else text


_DATE_PARAMS = frozenset({"date", "start", "end", "as_of", "today", "expected"})


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _duration(seconds: int, lang: Lang | str) -> str:
    minutes, secs = divmod(seconds, 60)
    if secs:
        return say("term.minutes-seconds", lang, minutes=minutes, seconds=secs)
    return say("term.minutes", lang, minutes=minutes)
