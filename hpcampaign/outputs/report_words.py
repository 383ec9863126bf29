"""The memo's own words, in Vietnamese and English: statuses, numbers, dates, names.

- *Status words* of the memo differ from the check table's in one place: ``behind`` (open and
  below target so far) reads "đang thực hiện" / "in progress", which is how a report to
  leadership says it; the others are the shared words (đạt, vượt, chưa đạt, chưa đến hạn).
- *Numbers* follow the language: Vietnamese writes ``1.234`` and ``2,24``, English ``1,234`` and
  ``2.24``; at most two decimals, trailing zeros dropped.
- *Date line* (Nghị định 30/2020/NĐ-CP): "Hải Phòng, ngày 05 tháng 10 năm 2025": a leading zero
  for days 1–9 and for months 1 and 2 only. English: "Hai Phong, 5 October 2025" (the place
  without diacritics).
- *Counted* phrase: results by status as a leader reads them: "2/4 ngày đạt, 1 vượt, 1 chưa đạt"
  / "2 of 4 days ok, 1 over, 1 missed"; pending results are left out of the count.
- *Name lines*: a long body's name on two lines, broken between word groups (see
  :func:`name_lines`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from hpcampaign.outputs.words import STATUS_WORDS, scope_name, tr
from hpcampaign.plan.model import Plan
from hpcampaign.records import Lang, Status

#: The memo's status words: those of every output, but a period still open and below target is
#: "in progress" (đang thực hiện), as an administrative report says it, not "behind" (chậm).
STATUS: dict[Status, tuple[str, str]] = {**STATUS_WORDS, "behind": ("đang thực hiện", "in progress")}

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


#: The one language-pick of the project, under the short name these modules use throughout.
t = tr


def status(value: Status, lang: Lang) -> str:
    return STATUS[value][0 if lang == "vi" else 1]


def number(value: float, lang: Lang) -> str:
    """1234 → "1.234" (vi) / "1,234" (en); 2.24 → "2,24" / "2.24"."""
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "vi":
        text = text.translate(str.maketrans(",.", ".,"))
    return text


def day(value: date, lang: Lang) -> str:
    """22/09/2025 or 22 Sep 2025."""
    if lang == "vi":
        return value.strftime("%d/%m/%Y")
    return f"{value.day} {MONTHS_EN[value.month - 1][:3]} {value.year}"


def short_day(value: date, lang: Lang) -> str:
    """An axis label: 22/9 or 22 Sep."""
    if lang == "vi":
        return f"{value.day}/{value.month}"
    return f"{value.day} {MONTHS_EN[value.month - 1][:3]}"


def span(start: date, end: date, lang: Lang) -> str:
    if start == end:
        return t(lang, f"ngày {day(start, lang)}", day(start, lang))
    return t(
        lang,
        f"từ ngày {day(start, lang)} đến ngày {day(end, lang)}",
        f"{day(start, lang)} to {day(end, lang)}",
    )


def date_line(place: str, value: date, lang: Lang) -> str:
    """The place-and-date line of an administrative document."""
    if lang == "en":
        return f"{plain(place)}, {value.day} {MONTHS_EN[value.month - 1]} {value.year}"
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return f"{place}, ngày {value.day:02d} tháng {month} năm {value.year}"


def name_lines(text: str, limit: int = 26) -> tuple[str, ...]:
    """A body's name for the letterhead: one line, or two when longer than ``limit`` characters.

    The break goes after a comma or before "và"/"and", as far along as fits: "SỞ VĂN HÓA, THỂ THAO"
    / "VÀ DU LỊCH". Never between two syllables of a word ("THỂ" / "THAO"); no such place, one line.
    """
    if len(text) <= limit:
        return (text,)
    cuts = [m.end() for m in re.finditer(r",\s", text)]
    cuts += [m.start() + 1 for m in re.finditer(r"\s(?=(?:và|and)\s)", text, re.IGNORECASE)]
    fitting = [cut for cut in cuts if len(text[:cut].strip()) <= limit]
    if not fitting:
        return (text,)
    cut = max(fitting)
    return (text[:cut].strip(), text[cut:].strip())


def plain(text: str) -> str:
    """Without diacritics, case kept: "Hải Phòng" → "Hai Phong"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def name(plan: Plan, scope: str, lang: Lang) -> str:
    """A unit's name, a group's name, or a ``+``-joined scope's parts' names."""
    if scope in plan.unit_by_id or scope in plan.group_by_id:
        return scope_name(plan, scope, lang)
    return " + ".join(scope_name(plan, part, lang) for part in scope.split("+"))


def language_name(plan: Plan, code: str, lang: Lang) -> str:
    for language in plan.languages:
        if language.id == code:
            return language.name.get(lang)
    return code


def kinds(plan: Plan, ids: Iterable[str], lang: Lang) -> str:
    """ "tin, bài, phóng sự" from kind ids."""
    names = [plan.kind_by_id[k].name.get(lang) if k in plan.kind_by_id else k for k in ids]
    return ", ".join(lower_first(n) if lang == "vi" else n.lower() for n in names)


def counted(counts: dict[Status, int], noun: tuple[str, str], lang: Lang) -> str:
    """ "2/4 ngày đạt, 1 vượt, 1 chưa đạt" / "2 of 4 days ok, 1 over, 1 missed"."""
    judged = sum(n for s, n in counts.items() if s != "pending")
    if not judged:
        return status("pending", lang)
    ok = counts["ok"]
    head = t(lang, f"{ok}/{judged} {noun[0]} đạt", f"{ok} of {judged} {noun[1]} ok")
    rest = [f"{counts[s]} {status(s, lang)}" for s in ("over", "missed", "behind") if counts[s]]
    return ", ".join([head, *rest])


def many(count: int, word: str) -> str:
    """English count and noun: "1 file", "4 files"."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def listing(names: Iterable[str]) -> str:
    return ", ".join(names)
