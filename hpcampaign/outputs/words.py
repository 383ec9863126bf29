"""The vocabulary of every output: statuses, numbers, days, periods, targets, counts and names.

The check table, the CI formats, the plan view and the memo call a thing by the same name because
they all call this module, and this module takes every word from the catalogue
(:func:`hpcampaign.text.catalogue.say`), in the language of the run.

- *Statuses*: one word each, in every output (SPEC 4): đạt, vượt, chậm, chưa đạt, chưa đến hạn;
  ok, over, behind, missed, pending.
- *Numbers*: Vietnamese writes ``1.234`` and ``2,24``, English ``1,234`` and ``2.24``; at most two
  decimals, trailing zeros dropped; no value is "–". Counts of things ("3 tệp", "1 file") too.
- *Days*: :func:`day` as the command line writes and reads them (22/09/2025, 2025-09-22);
  :func:`formal_day` in a document (22/09/2025, 22 Sep 2025); :func:`short_day` on a chart's
  axis (22/9, 22 Sep).
- *Periods*: :func:`span` is a label (one day, an ISO week "2025-W39", or "22/09/2025 –
  24/09/2025"); :func:`span_phrase` is said in a sentence ("từ ngày … đến ngày …").
- *Targets*: "10–15/ngày", "≥1/tuần", "TB 2–3/tuần", "2": the bounds here, the words after
  them the rule's mode's (:meth:`hpcampaign.plan.modes.Mode.target`).
- *Date line* (Nghị định 30/2020/NĐ-CP): "Hải Phòng, ngày 05 tháng 10 năm 2025": a leading zero
  for days 1–9 and for months 1 and 2 only. English: "Hai Phong, 5 October 2025" (the place
  without diacritics).
- *Counted*: results by status as a leader reads them: "2/4 ngày đạt, 1 vượt, 1 chưa đạt" / "2 of
  4 days ok, 1 over, 1 missed"; pending results are left out of the count.
- *Name lines*: a long body's name on two lines, broken between word groups (:func:`name_lines`).
- *Problems*: a problem code by its name in words, for the memo (:func:`problem_count`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from hpcampaign.plan.model import Plan, Rule
from hpcampaign.plan.modes import mode_of
from hpcampaign.plan.periods import week_label
from hpcampaign.records import Lang, Result, Status
from hpcampaign.text.catalogue import say
from hpcampaign.text.phrases import PhraseId

STATUS_WORDS: dict[Status, PhraseId] = {
    "ok": "status.ok",
    "over": "status.over",
    "behind": "status.behind",
    "missed": "status.missed",
    "pending": "status.pending",
}

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


def status_word(status: Status, lang: Lang) -> str:
    return say(STATUS_WORDS[status], lang)


#: Where a rule's target comes from (``Rule.target_source``), in words: the plan's own number,
#: a projection of registrations ("Dự kiến … đăng ký"), or the Department's own number.
SOURCE_WORDS: dict[str, PhraseId] = {
    "plan": "source.plan",
    "projection": "source.projection",
    "local": "source.local",
}


def source_word(source: str, lang: Lang) -> str:
    return say(SOURCE_WORDS[source], lang)


def plan_name(name: str, lang: Lang) -> str:
    """How a person reads the plan a run used: its path, or "kế hoạch cài sẵn (haiphong-2025)"
    for the one inside the package (``builtin:haiphong-2025`` in the JSON)."""
    if name.startswith("builtin:"):
        return say("plan.builtin", lang, name=name.removeprefix("builtin:"))
    return name


def number(value: float | None, lang: Lang) -> str:
    """1234 → "1.234" (vi) / "1,234" (en); 2.24 → "2,24" / "2.24"; 2.0 → "2"; None → "–"."""
    if value is None:
        return "–"
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "vi":
        text = text.translate(str.maketrans(",.", ".,"))
    return text


def count(n: int, noun: PhraseId, lang: Lang) -> str:
    """A count and its noun: "3 tệp", "1 file", "3 files" (``noun`` a ``count.*`` phrase)."""
    return say(noun, lang, n=number(n, lang))


def target(rule: Rule, lang: Lang) -> str:
    """The target in a few characters: "10–15/ngày", "≥1/tuần", "TB 2–3/tuần", "2"."""
    low, high = rule.min, rule.max
    if low is not None and high is not None:
        core = number(low, lang) if low == high else f"{number(low, lang)}–{number(high, lang)}"
    elif low is not None:
        core = f"≥{number(low, lang)}"
    else:
        core = f"≤{number(high, lang)}"
    return mode_of(rule).target(rule, core, lang)


def minutes(low: float, high: float, lang: Lang) -> str:
    """A range of durations: "10–15 phút" / "10–15 min"."""
    return say("target.minutes", lang, min=f"{low:g}", max=f"{high:g}")


def day(value: date, lang: Lang) -> str:
    """As the command line writes and reads a date: 22/09/2025 or 2025-09-22."""
    return value.strftime("%d/%m/%Y") if lang == "vi" else value.isoformat()


def formal_day(value: date, lang: Lang) -> str:
    """A document's date: 22/09/2025 or 22 Sep 2025."""
    if lang == "vi":
        return value.strftime("%d/%m/%Y")
    return f"{value.day} {MONTHS_EN[value.month - 1][:3]} {value.year}"


def short_day(value: date, lang: Lang) -> str:
    """An axis label: 22/9 or 22 Sep."""
    if lang == "vi":
        return f"{value.day}/{value.month}"
    return f"{value.day} {MONTHS_EN[value.month - 1][:3]}"


def span(start: date, end: date, lang: Lang) -> str:
    """A period as a label: one day, an ISO week, or a range."""
    if start == end:
        return day(start, lang)
    if start.weekday() == 0 and (end - start).days == 6:
        return week_label(start)
    return f"{day(start, lang)} – {day(end, lang)}"


def span_phrase(start: date, end: date, lang: Lang, *, through: bool = False) -> str:
    """A period in a sentence: "ngày 22/09/2025", "từ ngày 22/09/2025 đến ngày 28/09/2025" /
    "22 Sep 2025 to 28 Sep 2025" (or "… through …")."""
    if start == end:
        return say("span.day", lang, day=formal_day(start, lang))
    return say(
        "span.through" if through else "span.range",
        lang,
        start=formal_day(start, lang),
        end=formal_day(end, lang),
    )


def date_line(place: str, value: date, lang: Lang) -> str:
    """The place-and-date line of an administrative document."""
    if lang == "en":
        return say(
            "date.line",
            lang,
            place=plain(place),
            day=value.day,
            month=MONTHS_EN[value.month - 1],
            year=value.year,
        )
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return say("date.line", lang, place=place, day=f"{value.day:02d}", month=month, year=value.year)


def scope_name(plan: Plan, scope: str, lang: Lang) -> str:
    """A unit's Vietnamese name, a group's name, or the scope id as it is."""
    unit = plan.unit_by_id.get(scope)
    if unit is not None:
        return unit.name
    group = plan.group_by_id.get(scope)
    return group.name.get(lang) if group is not None else scope


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


def result_label(plan: Plan, rule: Rule, result: Result, lang: Lang) -> str:
    """What to call one result among its rule's others: its unit, period and language."""
    parts = []
    if rule.scope.aggregate == "each" and (len(rule.scope.units) > 1 or rule.scope.groups):
        parts.append(scope_name(plan, result.scope, lang))
    if rule.period != "window":
        parts.append(span(result.start, result.end, lang))
    if result.language is not None:
        parts.append(result.language)
    return " ".join(parts) or scope_name(plan, result.scope, lang)


def counted(counts: dict[Status, int], noun: PhraseId, lang: Lang) -> str:
    """ "2/4 ngày đạt, 1 vượt, 1 chưa đạt" / "2 of 4 days ok, 1 over, 1 missed" (``noun`` a
    ``noun.*`` phrase)."""
    judged = sum(n for s, n in counts.items() if s != "pending")
    if not judged:
        return status_word("pending", lang)
    head = say(
        "memo.counted", lang, ok=number(counts["ok"], lang), judged=number(judged, lang), noun=say(noun, lang)
    )
    rest = [
        f"{number(counts[s], lang)} {status_word(s, lang)}" for s in ("over", "missed", "behind") if counts[s]
    ]
    return ", ".join([head, *rest])


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


def listing(names: Iterable[str]) -> str:
    return ", ".join(names)


_SEVERITY_ORDER = {"missed": 0, "behind": 1, "over": 2, "ok": 3, "pending": 4}


def needing_attention(results: list[Result], silent: frozenset[str] = frozenset()) -> list[Result]:
    """Missed, behind and over results, the ones a clerk can act on first.

    Order: results of units that did report before those of units that sent nothing (``silent``:
    they are listed under "chưa báo cáo" anyway), then missed, behind, over; then furthest from
    the target; then by date and scope, so the order is stable.
    """
    chosen = [r for r in results if r.status in ("missed", "behind", "over")]
    chosen.sort(
        key=lambda r: (
            all(u in silent for u in r.units),
            _SEVERITY_ORDER[r.status],
            _ratio(r),
            r.start,
            r.scope,
        )
    )
    return chosen


def _ratio(result: Result) -> float:
    if result.status == "over" and result.max:
        return -result.actual / result.max
    return result.actual / result.min if result.min else result.actual


def problem_count(code: str, n: int, lang: Lang) -> str:
    """How many problems of a code, by their name in words, as a memo says it: ``duplicate-item``,
    2 → "2 mục trùng" / "2 duplicate items" (SPEC 6: no code in a memo). Every code of
    ``records.CODES`` has a name."""
    return say(f"problem.{code}", lang, n=number(n, lang))  # type: ignore[arg-type]
