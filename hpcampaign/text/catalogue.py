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


#: Codes whose values are looked up or parsed: a value in a word processor's quotes is wrong for
#: its quotes, and each has a message saying so (``<code>.smart-quotes``).
QUOTABLE = (
    "unknown-unit",
    "unknown-kind",
    "unknown-platform",
    "unknown-language",
    "bad-date",
    "bad-duration",
    "schema",
)

#: A value in the quotes a word processor or a chat app types (“news”): YAML reads them as text.
_SMART_QUOTES_VI = (
    "'{value}' có dấu ngoặc kép kiểu Word hoặc Zalo (“ ” ‘ ’), mà YAML không coi là dấu ngoặc nên đọc "
    "luôn vào giá trị: hãy xóa các dấu đó, chỉ ghi {stripped}{hint}"
)
_SMART_QUOTES_EN = (
    "'{value}' is in Word or Zalo quotes (“ ” ‘ ’), which YAML does not take as quotes but as part "
    "of the value: delete them and write just {stripped}{hint}"
)

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
        "giá trị của '{key}' có dấu ': ' (hai chấm và dấu cách): hãy đặt cả giá trị trong ngoặc kép, "
        'ví dụ title: "Hải Phòng: vươn ra biển lớn"',
        "the value of '{key}' holds ': ' (a colon and a space): put the whole value in double quotes, "
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
        "dùng phím Tab để thụt lề: YAML chỉ chấp nhận dấu cách; hãy thay Tab bằng dấu cách cho thẳng cột",
        "indented with a tab: YAML accepts only spaces; replace the tab with spaces that line up",
    ),
    # the traps a clerk falls into (SPEC 3, revision 2), each said where it is to be fixed
    "yaml-syntax.missing-colon": (
        "yaml-syntax",
        "thiếu dấu ':' sau '{key}': hãy viết '{key}: ' rồi đến giá trị",
        "a ':' is missing after '{key}': write '{key}: ' and then the value",
    ),
    "yaml-syntax.no-space": (
        "yaml-syntax",
        "sau '{key}:' cần một dấu cách: hãy viết '{key}: ' rồi đến giá trị",
        "'{key}:' needs a space after the colon: write '{key}: ' and then the value",
    ),
    "yaml-syntax.odd-blank": (
        "yaml-syntax",
        "sau '{key}:' là một dấu cách đặc biệt (dấu cách không ngắt hoặc ký tự ẩn, thường có khi dán từ "
        "Word hoặc Zalo): hãy xóa nó và gõ lại bằng phím cách",
        "after '{key}:' comes a special blank (a no-break space or an invisible character, often pasted "
        "from Word or Zalo): delete it and type an ordinary space",
    ),
    "yaml-syntax.continued": (
        "yaml-syntax",
        "dòng này không có dạng 'tên: giá trị': nếu đây là phần tiếp của '{key}' ở dòng {above}, hãy nối "
        "nó vào cuối dòng {above}; nếu không, hãy thêm dấu ':' sau tên trường",
        "this line is not 'name: value': if it goes on from '{key}' on line {above}, join it to the end "
        "of line {above}; otherwise add the ':' after the field's name",
    ),
    "yaml-syntax.closed-list": (
        "yaml-syntax",
        "'{key}: []' là danh sách rỗng, nên các mục viết bên dưới không thuộc về nó: đổi thành "
        "'{key}:' (bỏ '[]') rồi giữ các mục bên dưới",
        "'{key}: []' is an empty list, so the items written below it do not belong to it: change it to "
        "'{key}:' (without '[]') and keep the items below",
    ),
    "yaml-syntax.indent-key": (
        "yaml-syntax",
        "thụt lề sai: '{key}' bắt đầu ở cột {at}, còn '{sibling}' ở dòng trên bắt đầu ở cột {want}; các "
        "trường cùng cấp phải thẳng cột: hãy sửa số dấu cách ở đầu dòng",
        "wrong indentation: '{key}' starts in column {at} and '{sibling}' on the line above in column "
        "{want}; fields of one level must line up: fix the spaces at the start of the line",
    ),
    "yaml-syntax.indent-dash": (
        "yaml-syntax",
        "thụt lề sai: dấu '-' của mục này ở cột {at}, còn của các mục khác ở cột {want}; mọi dấu '-' "
        "của một danh sách phải thẳng cột: hãy sửa số dấu cách ở đầu dòng",
        "wrong indentation: this item's '-' is in column {at} and the other items' in column {want}; "
        "every '-' of a list must line up: fix the spaces at the start of the line",
    ),
    "yaml-syntax.dash-space": (
        "yaml-syntax",
        "sau dấu '-' cần một dấu cách: hãy viết '- {rest}'",
        "a '-' needs a space after it: write '- {rest}'",
    ),
    "yaml-syntax.bullet": (
        "yaml-syntax",
        "mỗi mục bắt đầu bằng dấu gạch ngang '-' thường và một dấu cách, không phải '{char}' (Word hoặc "
        "Zalo có thể tự đổi dấu '-' thành ký tự khác): hãy gõ lại dấu '-'",
        "each item starts with a plain hyphen '-' and a space, not '{char}' (Word or Zalo may turn "
        "a '-' into another character): type the '-' again",
    ),
    "yaml-syntax.no-items": (
        "yaml-syntax",
        "danh sách các mục phải nằm dưới dòng 'items:': hãy thêm dòng 'items:' ngay phía trên mục đầu tiên",
        "the list of items must come under an 'items:' line: add 'items:' just above the first item",
    ),
    "yaml-syntax.top-indent": (
        "yaml-syntax",
        "dòng đầu tiên bị thụt lề: '{key}' và các trường ngoài cùng khác (unit, items, …) phải bắt đầu ở "
        "cột 1: hãy xóa các dấu cách ở đầu dòng",
        "the first line is indented: '{key}' and the other top-level fields (unit, items, …) must "
        "start in column 1: delete the spaces at the start of the line",
    ),
    "yaml-syntax.unclosed-quote": (
        "yaml-syntax",
        "dấu {char} mở ở đây nhưng không được đóng trên cùng dòng: hãy thêm dấu {char} ở cuối giá trị",
        "the {char} opened here is not closed on the same line: add a {char} at the end of the value",
    ),
    "yaml-syntax.mixed-quotes": (
        "yaml-syntax",
        "giá trị mở bằng dấu {char} nhưng đóng bằng dấu {close} (ngoặc kép kiểu Word hoặc Zalo, YAML "
        "không hiểu): hãy dùng dấu {char} thẳng ở cả hai đầu",
        "the value opens with {char} but closes with {close} (a Word or Zalo quote, which YAML does "
        "not know): use a straight {char} at both ends",
    ),
    "yaml-syntax.after-quote": (
        "yaml-syntax",
        "giá trị bắt đầu bằng dấu {char} nên YAML đọc đến dấu {char} tiếp theo, nhưng sau đó vẫn còn chữ "
        "(có dấu {char} ở giữa giá trị?): hãy bao cả giá trị bằng dấu {other}, "
        "ví dụ title: {other}Phát động {char}Tuần lễ{char}{other}",
        "the value starts with {char}, so YAML reads it up to the next {char}, and text follows "
        "(a {char} inside the value?): wrap the whole value in {other} instead, "
        "for example title: {other}Launch of the {char}Week{char}{other}",
    ),
    "yaml-syntax.smart-quotes": (
        "yaml-syntax",
        "giá trị của '{key}' bắt đầu bằng dấu ngoặc kép kiểu Word hoặc Zalo ({char}), mà YAML không coi "
        "là dấu ngoặc, và có dấu ': ' bên trong: hãy thay các dấu “ ” bằng dấu \" thẳng gõ từ bàn phím, "
        'ví dụ title: "Hải Phòng: vươn ra biển lớn"',
        "the value of '{key}' starts with a Word or Zalo quote ({char}), which YAML does not take "
        "as a quote, and holds ': ': replace the “ ” with straight \" typed on the keyboard, "
        'for example title: "Hai Phong: reaching out to the sea"',
    ),
    "yaml-syntax.unclosed-bracket": (
        "yaml-syntax",
        "dấu '{char}' mở ở đây không được đóng: hãy thêm dấu '{close}' ở cuối, trên cùng dòng",
        "the '{char}' opened here is never closed: add a '{close}' at its end, on the same line",
    ),
    "yaml-syntax.backslash": (
        "yaml-syntax",
        "trong ngoặc kép, dấu '\\' có nghĩa đặc biệt: hãy bao giá trị bằng ngoặc đơn '…' thay cho ngoặc kép",
        "inside double quotes a '\\' means something special: wrap the value in single quotes '…' instead",
    ),
    "yaml-syntax.odd-indent": (
        "yaml-syntax",
        "đầu dòng có dấu cách đặc biệt ({char}: dấu cách không ngắt hoặc ký tự ẩn, thường có khi dán từ "
        "Word hoặc Zalo), YAML không coi là thụt lề: hãy xóa phần đầu dòng và thụt lề lại bằng phím cách",
        "the line starts with a special blank ({char}: a no-break space or an invisible character, "
        "often pasted from Word or Zalo), which YAML does not take as indentation: delete the start "
        "of the line and indent it again with ordinary spaces",
    ),
    "yaml-syntax.value": (
        "yaml-syntax",
        "YAML không đọc được giá trị này: hãy đặt cả giá trị trong ngoặc kép",
        "YAML cannot read this value: put the whole value in double quotes",
    ),
    "duplicate-key": (
        "duplicate-key",
        "khóa '{key}' bị lặp lại (đã có ở dòng {first_line})",
        "key '{key}' is repeated (first at line {first_line})",
    ),
    "duplicate-key.item": (
        "duplicate-key",
        "khóa '{key}' bị lặp lại trong cùng một mục (đã có ở dòng {first_line}): nếu một mục mới bắt đầu "
        "ở đây, hãy mở đầu nó bằng '- ', thẳng cột với dấu '-' của mục trên",
        "key '{key}' is repeated within one item (first at line {first_line}): if a new item starts "
        "here, begin it with '- ', in the column of the '-' above",
    ),
    "unsafe-yaml.tag": (
        "unsafe-yaml",
        "thẻ YAML '{tag}' không được phép: hãy xóa thẻ, chỉ ghi giá trị; nếu đây là chữ "
        "(bắt đầu bằng '!'), hãy đặt cả giá trị trong ngoặc kép",
        "YAML tag '{tag}' is not allowed: remove it and write the plain value; if it is text "
        "(starting with '!'), put the whole value in double quotes",
    ),
    "unsafe-yaml.anchor": (
        "unsafe-yaml",
        "neo YAML '&{name}' không được phép: hãy viết đầy đủ giá trị; nếu đây là chữ "
        "(bắt đầu bằng '&'), hãy đặt cả giá trị trong ngoặc kép",
        "YAML anchor '&{name}' is not allowed: write the value out in full; if it is text "
        "(starting with '&'), put the whole value in double quotes",
    ),
    "unsafe-yaml.alias": (
        "unsafe-yaml",
        "bí danh YAML '*{name}' không được phép: hãy viết đầy đủ giá trị; nếu đây là chữ "
        "(bắt đầu bằng '*'), hãy đặt cả giá trị trong ngoặc kép",
        "YAML alias '*{name}' is not allowed: write the value out in full; if it is text "
        "(starting with '*'), put the whole value in double quotes",
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
    "schema.difficulty-colon": (
        "schema",
        "mỗi khó khăn là một dòng chữ; dòng này có dấu ': ' nên YAML đọc thành cặp 'khóa: giá trị': "
        "hãy đặt cả dòng trong ngoặc kép",
        "each difficulty is a line of text; this one holds ': ', so YAML reads it as 'key: value': "
        "put the whole line in double quotes",
    ),
    "schema.items-mapping": (
        "schema",
        "'items' phải là một danh sách: mỗi mục bắt đầu bằng '- ' (dấu gạch ngang và một dấu cách), "
        "ví dụ '  - date: 2025-09-29'",
        "'items' must be a list: each item starts with '- ' (a hyphen and a space), "
        "for example '  - date: 2025-09-29'",
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
    "unknown-field.invisible": (
        "unknown-field",
        "tên trường '{field}' có ký tự ẩn hoặc dấu cách đặc biệt ({chars}), thường do dán từ Word hoặc "
        "Zalo: hãy xóa phần đầu dòng đến tên trường và gõ lại bằng phím cách{hint}",
        "the field name '{field}' holds invisible characters or special blanks ({chars}), often "
        "pasted from Word or Zalo: delete the start of the line up to the name and type it again "
        "with ordinary spaces{hint}",
    ),
    "unknown-field.item-field": (
        "unknown-field",
        "'{field}' là trường của một mục nhưng đang nằm ngoài mục (thụt lề ít quá): hãy thụt lề cho "
        "thẳng cột với các trường của mục ở trên",
        "'{field}' is a field of an item but stands outside any item (indented too little): indent "
        "it to line up with the fields of the item above",
    ),
    "unknown-platform.list": (
        "unknown-platform",
        "'{value}' là nhiều nền tảng viết liền nhau: hãy viết thành danh sách trong ngoặc vuông, "
        "ví dụ platforms: [{listed}]",
        "'{value}' is several platforms run together: write them as a list in square brackets, "
        "for example platforms: [{listed}]",
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
        "thời lượng '{value}' không hợp lệ: ghi 12:30 (phút:giây), 12 phút 30 giây, 12p30, "
        "1 giờ 5 phút hoặc 12 (phút)",
        "invalid duration '{value}': write 12:30 (min:s), 12 min 30 s, 1 h 5 min or 12 (minutes)",
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
    **{f"{code}.smart-quotes": (code, _SMART_QUOTES_VI, _SMART_QUOTES_EN) for code in QUOTABLE},
    "comment-in-value": (
        "comment-in-value",
        "'{field}' có ' #' nằm ngoài ngoặc kép: YAML coi phần từ dấu '#' là ghi chú và bỏ đi, nên chỉ "
        "đọc được '{value}'; hãy đặt cả giá trị trong ngoặc kép: {field}: {quoted}",
        "'{field}' holds ' #' outside quotes: YAML takes everything from the '#' on as a comment and "
        "drops it, so it read only '{value}'; put the whole value in double quotes: {field}: {quoted}",
    ),
    "not-a-submission.txt": (
        "not-a-submission",
        "tệp có đuôi '.txt' nên không được kiểm tra và không được tính (Windows thường ẩn đuôi tệp: "
        "tệp trông như '{stem}' nhưng thực ra là '{name}'): hãy đổi tên thành '{stem}'",
        "the file ends in '.txt', so it is neither checked nor counted (Windows often hides the "
        "ending: it looks like '{stem}' but is '{name}'): rename it to '{stem}'",
    ),
    "not-a-submission.spreadsheet": (
        "not-a-submission",
        "đây là bảng tính ({suffix}), không phải tệp báo cáo YAML, nên không được tính: hãy dùng lệnh "
        "hpcampaign import {name} -o <thư mục> để chuyển nó thành tệp báo cáo",
        "this is a spreadsheet ({suffix}), not a YAML submission, so it is not counted: turn it into "
        "submission files with hpcampaign import {name} -o <folder>",
    ),
    "not-a-submission.xls": (
        "not-a-submission",
        "đây là bảng tính Excel kiểu cũ (.xls), không phải tệp báo cáo YAML, nên không được tính: hãy mở "
        "bằng Excel, lưu thành .xlsx, rồi dùng lệnh hpcampaign import <tệp .xlsx> -o <thư mục>",
        "this is an old Excel workbook (.xls), not a YAML submission, so it is not counted: open it "
        "in Excel, save it as .xlsx, then use hpcampaign import <the .xlsx file> -o <folder>",
    ),
    "not-a-submission.document": (
        "not-a-submission",
        "đây là văn bản Word (.docx), không phải tệp báo cáo YAML, nên không được tính: hãy ghi các mục "
        "vào tệp .yaml (lệnh hpcampaign new tạo sẵn một tệp mẫu), hoặc vào bảng tính rồi dùng lệnh "
        "hpcampaign import",
        "this is a Word document (.docx), not a YAML submission, so it is not counted: write the items "
        "in a .yaml file (hpcampaign new makes one to fill in), or in a spreadsheet and use "
        "hpcampaign import",
    ),
    "duplicate-file": (
        "duplicate-file",
        "tệp này và tệp {other} có đúng các mục như nhau (một tệp là bản sao?) — chỉ tính tệp "
        "{other}; hãy giữ một tệp, xóa tệp kia",
        "this file and {other} have the same items (is one a copy?) — only {other} is counted; "
        "keep one of the two and delete the other",
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
    # spreadsheets given to hpcampaign import (hpcampaign.clerk.importer), at their cells
    "import.not-xlsx": (
        "unreadable",
        "không đọc được bảng tính: đây không phải tệp .xlsx hợp lệ (có thể là tệp .xls đổi tên, hoặc "
        "tệp bị hỏng); hãy mở bằng Excel rồi lưu lại dạng Sổ làm việc Excel (.xlsx)",
        "cannot read the workbook: it is not a valid .xlsx file (perhaps a renamed .xls, or a damaged "
        "file); open it in Excel and save it as an Excel Workbook (.xlsx)",
    ),
    "import.xlsx-too-large": (
        "too-large",
        "bảng tính quá lớn khi giải nén ({size} byte; tối đa {limit}): hãy chia thành nhiều tệp nhỏ hơn",
        "the workbook unpacks to too much ({size} bytes; at most {limit}): split it into smaller files",
    ),
    "import.no-header": (
        "schema",
        "không thấy dòng tiêu đề có cột Ngày và cột Loại trong {rows} dòng đầu: hãy ghi tên các cột "
        "(Ngày, Loại, Tiêu đề, …) trên một dòng, phía trên các mục",
        "no header row with a Date column and a Kind column in the first {rows} rows: write the names "
        "of the columns (Date, Kind, Title, …) on one row, above the items",
    ),
    "import.repeated-column": (
        "duplicate-key",
        "cột '{field}' lặp lại (đã có ở cột {first}): hãy xóa hoặc đổi tên một cột",
        "the column '{field}' is repeated (first as column {first}): delete or rename one of them",
    ),
    "import.unknown-column": (
        "unknown-field",
        "cột '{field}' không phải cột của tệp báo cáo{hint}",
        "'{field}' is not a column of a submission{hint}",
    ),
    "import.no-unit": (
        "schema",
        'không rõ bảng này của đơn vị nào: hãy ghi mã đơn vị vào ô bên cạnh ô "Đơn vị:" phía trên '
        "dòng tiêu đề, đặt tên trang tính là mã đơn vị, hoặc dùng --unit",
        'which unit this table is of is not said: write the unit\'s id in the cell beside "Unit:" '
        "above the header row, name the sheet after the unit's id, or give --unit",
    ),
    "import.csv-broken": (
        "unreadable",
        "không đọc được tệp CSV từ dòng này (một ô quá dài, hoặc dấu ngoặc kép không đóng): hãy mở "
        "bằng Excel rồi lưu lại dạng CSV UTF-8",
        "cannot read the CSV file from this line on (a cell too long, or a quote not closed): open it "
        "in Excel and save it again as CSV UTF-8",
    ),
    "import.csv-encoding": (
        "encoding",
        "tệp CSV không phải UTF-8, cũng không phải bảng mã tiếng Việt của Windows (1258): hãy mở "
        "bằng Excel rồi lưu lại dạng CSV UTF-8",
        "the CSV file is neither UTF-8 nor Windows' Vietnamese code page (1258): open it in Excel "
        "and save it again as CSV UTF-8",
    ),
    "import.csv-binary": (
        "encoding",
        "tệp chứa dữ liệu nhị phân (byte 0): đây không phải tệp CSV; hãy lưu bảng tính dạng CSV UTF-8",
        "the file holds binary data (a NUL byte): it is not a CSV file; save the spreadsheet as CSV UTF-8",
    ),
    "import.csv-mojibake": (
        "encoding",
        "chữ bị lỗi mã hóa ('{sample}'): tệp CSV đã được mở rồi lưu lại bằng bảng mã khác; hãy lưu "
        "lại bảng tính gốc dạng CSV UTF-8",
        "garbled letters ('{sample}'): the CSV file was opened and saved again in another code page; "
        "save the original spreadsheet as CSV UTF-8",
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
