"""The words every output shares, in Vietnamese and English: statuses, targets, periods, counts.

Kept in one place so the table, the CI formats and the memo call a thing by the same name.
"""

from __future__ import annotations

from datetime import date

from hpcampaign.plan.model import Plan, Rule
from hpcampaign.plan.periods import week_label
from hpcampaign.records import Lang, Result, Status

STATUS_WORDS: dict[Status, tuple[str, str]] = {
    "ok": ("đạt", "ok"),
    "over": ("vượt", "over"),
    "behind": ("chậm", "behind"),
    "missed": ("chưa đạt", "missed"),
    "pending": ("chưa đến hạn", "pending"),
}

PERIOD_WORDS = {"day": ("/ngày", "/day"), "week": ("/tuần", "/week"), "window": ("", "")}


def tr(lang: Lang, vi: str, en: str) -> str:
    """The Vietnamese or the English of a text written in both."""
    return vi if lang == "vi" else en


def pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang == "vi" else pair[1]


def status_word(status: Status, lang: Lang) -> str:
    return pick(STATUS_WORDS[status], lang)


def num(value: float | None, lang: Lang = "en") -> str:
    """2.0 → "2"; 2.24 → "2.24", or "2,24" in Vietnamese (a decimal comma)."""
    if value is None:
        return "–"
    text = str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "vi" else text


def target(rule: Rule, lang: Lang) -> str:
    """The target in a few characters: "10–15/ngày", "≥1/tuần", "TB 2–3/tuần", "2"."""
    low, high = rule.min, rule.max
    if low is not None and high is not None:
        core = num(low, lang) if low == high else f"{num(low, lang)}–{num(high, lang)}"
    elif low is not None:
        core = f"≥{num(low, lang)}"
    else:
        core = f"≤{num(high, lang)}"
    if rule.mode == "average_per_week":
        return f"TB {core}/tuần" if lang == "vi" else f"avg {core}/week"
    suffix = pick(PERIOD_WORDS[rule.period], lang)
    if rule.mode == "per_language":
        suffix += " mỗi ngôn ngữ" if lang == "vi" else " per language"
    return core + suffix


def day(value: date, lang: Lang) -> str:
    return value.strftime("%d/%m/%Y") if lang == "vi" else value.isoformat()


def span(start: date, end: date, lang: Lang) -> str:
    """A period as people say it: one day, an ISO week, or a range."""
    if start == end:
        return day(start, lang)
    if start.weekday() == 0 and (end - start).days == 6:
        return week_label(start)
    return f"{day(start, lang)} – {day(end, lang)}"


def scope_name(plan: Plan, scope: str, lang: Lang) -> str:
    """A unit's Vietnamese name, a group's name, or the scope id as it is."""
    unit = plan.unit_by_id.get(scope)
    if unit is not None:
        return unit.name
    group = plan.group_by_id.get(scope)
    return group.name.get(lang) if group is not None else scope


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


def plural(count: int, vi: str, en: str, lang: Lang, en_plural: str | None = None) -> str:
    """'1 file' / '2 files' / '2 tệp'."""
    if lang == "vi":
        return f"{count} {vi}"
    word = en if count == 1 else (en_plural or en + "s")
    return f"{count} {word}"


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
