"""The columns of a submission sheet, and the labels above them, as people write them.

Words: a *field* is a key of a submission's item (``date``, ``kind``, …, SPEC 3); its *column*
is headed by the field's name in Vietnamese or English (SPEC 5: ``Ngày``, ``Loại``, ``Tiêu đề``,
``Đường dẫn``, ``Nền tảng``, ``Ngôn ngữ``, ``Thời lượng``, ``Số lượt``, ``Ghi chú``). A header is
recognised *folded*: case, tone marks, punctuation, spacing and a hint in brackets forgiven, so
``ngay``, ``NGÀY``, ``Ngày `` and ``Ngày (dd/mm/yyyy)`` all head the date column. A *label* is a
cell above the header row that says what the cell beside it holds: ``Đơn vị:`` (the unit),
``Kỳ báo cáo:`` (the period, two dates), ``Người báo cáo:`` (the reporter).

Example: ``Tiêu đề *`` is the title column; ``STT`` (a row number) is skipped without a word;
``Tiêu đề bài`` is near ``Tiêu đề`` and is reported as a misnamed column.
"""

from __future__ import annotations

import re
from typing import Literal

from hpcampaign.records import Lang
from hpcampaign.text.catalogue import say
from hpcampaign.text.names import ascii_fold, suggest
from hpcampaign.text.phrases import PhraseId

#: The fields of an item, in the order of a sheet's columns and of a written item.
FIELDS = ("date", "kind", "title", "url", "platforms", "language", "duration", "count", "note")

#: Each field's column header, said in the language of the workbook.
HEADERS: dict[str, PhraseId] = {
    "date": "clerk.col-date",
    "kind": "clerk.col-kind",
    "title": "clerk.col-title",
    "url": "clerk.col-url",
    "platforms": "clerk.col-platforms",
    "language": "clerk.col-language",
    "duration": "clerk.col-duration",
    "count": "clerk.col-count",
    "note": "clerk.col-note",
}

#: Other names people give a column (folded), besides its headers in both languages and its field.
_OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "date": ("ngay dang", "ngay phat"),
    "kind": ("loai tin", "type"),
    "url": ("link", "lien ket", "duong link"),
    "platforms": ("platform",),
    "duration": ("thoi gian phat",),
    "count": ("so luong", "so lan"),
    "note": ("notes",),
}

#: Row-number columns, skipped without a word (Vietnamese tables number their rows "STT").
ROW_NUMBERS = frozenset({"stt", "tt", "so tt", "#", "no"})

Label = Literal["unit", "period", "reporter"]

LABELS: dict[Label, PhraseId] = {
    "unit": "clerk.label-unit",
    "period": "clerk.label-period",
    "reporter": "clerk.label-reporter",
}

_HINT = re.compile(r"[(\[][^)\]]*[)\]]")
_NOT_WORD = re.compile(r"[^a-z0-9#]+")
#: Longer than any header or label: a longer cell is text, not a header, and is not folded whole.
_LONGEST = 60


def fold(text: str) -> str:
    """A header or label as compared: ``"Ngày (dd/mm/yyyy) *"`` → ``"ngay"``."""
    text = _HINT.sub(" ", text[: _LONGEST * 2])
    return " ".join(_NOT_WORD.sub(" ", ascii_fold(text)).split())


def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for field in FIELDS:
        spellings = [
            field,
            *(say(HEADERS[field], lang) for lang in ("vi", "en")),
            *_OTHER_NAMES.get(field, ()),
        ]
        for spelling in spellings:
            names[fold(spelling)] = field
    return names


_FIELD_BY_NAME = _names()


def field_of(header: str) -> str | None:
    """The field a column header names, or None."""
    return _FIELD_BY_NAME.get(fold(header))


def header(field: str, lang: Lang) -> str:
    return say(HEADERS[field], lang)


def headers(lang: Lang) -> list[str]:
    """The header row of a sheet, in the order of :data:`FIELDS`."""
    return [header(field, lang) for field in FIELDS]


def near_header(text: str) -> str | None:
    """The header a misnamed column is closest to ("did you mean"), if one is close."""
    return suggest(text, [*headers("vi"), *headers("en")])


def _label_names() -> dict[str, Label]:
    found: dict[str, Label] = {}
    for label, phrase in LABELS.items():
        for lang in ("vi", "en"):
            found[fold(say(phrase, lang))] = label
    return found


_LABEL_BY_NAME = _label_names()


def label_of(text: str) -> tuple[Label, str] | None:
    """What a cell above the header row labels, and any value written after its colon.

    ``"Đơn vị:"`` → ("unit", ""); ``"Đơn vị: phuong-hong-bang"`` → ("unit", "phuong-hong-bang");
    ``"Ghi chú của văn phòng"`` → None.
    """
    name, colon, rest = text.partition(":")
    label = _LABEL_BY_NAME.get(fold(name))
    if label is None:
        return None
    return label, rest.strip() if colon else ""
