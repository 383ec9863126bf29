"""The memo's facts beside the rules: languages, data problems, silent units, clauses cited.

Words:

- *foreign-language item*: a counted item (of any kind, from any unit) whose language is not the
  plan's own (``meta.language``, Vietnamese); SPEC 2.3 calls it foreign-language material.
- *data problems of a unit*: the problems of the files that name it, counted by code, never listed
  line by line (``hpcampaign check`` does that). Files whose unit is unknown are grouped apart,
  with their paths, since they cannot be put to anyone.
- *unit group*: units listed under the first group of the plan they belong to (units without a
  group come last), as the check table lists them.
- *clause key*: how clauses sort: ``III.1.2.a`` before ``III.1.2.b`` before ``III.2.2.a``, Roman
  numerals by value, letters in the Vietnamese alphabet (``d`` before ``đ``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from hpcampaign.judge.tally import Tally
from hpcampaign.memo.rules import RuleLine
from hpcampaign.plan.model import Plan
from hpcampaign.records import CODES, FileSummary, Result, Status

_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


@dataclass(frozen=True, slots=True)
class LanguageLine:
    language: str
    period_items: int
    to_date_items: int
    units: tuple[str, ...]
    judgements: tuple[tuple[str, Status, float], ...]
    """(rule id, status, actual) of every per-language judgement of this language."""


@dataclass(frozen=True, slots=True)
class UnitProblems:
    unit: str | None
    files: int
    """Files of the unit with at least one problem."""
    voided: int
    errors: int
    warnings: int
    codes: tuple[tuple[str, int], ...]
    paths: tuple[str, ...]
    """The files, only where the unit is unknown (``unit`` is None)."""


@dataclass(frozen=True, slots=True)
class Citation:
    clause: str
    rules: tuple[str, ...]


def items_between(tally: Tally, first: date, last: date, units: Collection[str] | None = None) -> int:
    """Every counted item (any kind) dated ``first`` … ``last``, of ``units`` or of everyone."""
    low, high = first.toordinal(), last.toordinal()
    total = 0
    for unit, series in tally.units.items():
        if units is not None and unit not in units:
            continue
        for days in series.values():
            total += sum(count for day, count in days.items() if low <= day <= high)
    return total


def language_lines(
    plan: Plan,
    tally: Tally,
    lines: Sequence[RuleLine],
    results: dict[str, list[Result]],
    period: tuple[date, date] | None,
    to_date: tuple[date, date] | None,
) -> tuple[LanguageLine, ...]:
    """Foreign-language items counted on ``period``'s days and ``to_date``'s (None: not begun)."""
    home = plan.meta.language
    in_period: Counter[str] = Counter()
    so_far: Counter[str] = Counter()
    makers: dict[str, set[str]] = defaultdict(set)
    p_low, p_high = _ordinals(period)
    t_low, t_high = _ordinals(to_date)
    for unit, series in tally.units.items():
        for (_kind, language, _duration, _platforms), days in series.items():
            if language == home:
                continue
            for day, count in days.items():
                if p_low <= day <= p_high:
                    in_period[language] += count
                if t_low <= day <= t_high:
                    so_far[language] += count
                    makers[language].add(unit)
    judged: dict[str, list[tuple[str, Status, float]]] = defaultdict(list)
    for line in lines:
        if line.shape == "languages":
            for result in results[line.rule.id]:
                if result.language is not None:
                    judged[result.language].append((result.rule, result.status, result.actual))
    order = plan.unit_order
    return tuple(
        LanguageLine(
            language.id,
            in_period[language.id],
            so_far[language.id],
            tuple(sorted(makers[language.id], key=lambda u: order.get(u, len(order)))),
            tuple(judged[language.id]),
        )
        for language in plan.languages
        if language.id != home and (in_period[language.id] or so_far[language.id] or judged[language.id])
    )


def _ordinals(span: tuple[date, date] | None) -> tuple[int, int]:
    """A span's first and last day as ordinals; an empty range for None."""
    return (span[0].toordinal(), span[1].toordinal()) if span is not None else (1, 0)


def problems_by_unit(plan: Plan, files: Iterable[FileSummary]) -> tuple[UnitProblems, ...]:
    by_unit: dict[str | None, list[FileSummary]] = defaultdict(list)
    for summary in files:
        if summary.problems:
            by_unit[summary.unit].append(summary)
    order = plan.unit_order
    found = []
    for unit in sorted(by_unit, key=lambda u: (u is None, order.get(u or "", 0))):
        summaries = sorted(by_unit[unit], key=lambda s: s.path)
        codes = Counter(p.code for s in summaries for p in s.problems)
        errors = sum(s.errors for s in summaries)
        found.append(
            UnitProblems(
                unit=unit,
                files=len(summaries),
                voided=sum(1 for s in summaries if s.voided),
                errors=errors,
                warnings=sum(len(s.problems) for s in summaries) - errors,
                codes=tuple((code, codes[code]) for code in CODES if codes[code]),
                paths=tuple(s.path for s in summaries) if unit is None else (),
            )
        )
    return tuple(found)


def difficulties(plan: Plan, files: Iterable[FileSummary]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(unit, what it said) for every unit whose files name difficulties, in plan order; each
    text once per unit, in path order. Files of no known unit are left out (nobody to call)."""
    said: dict[str, dict[str, None]] = defaultdict(dict)
    for summary in sorted(files, key=lambda s: s.path):
        if summary.unit is not None:
            for text in summary.difficulties:
                said[summary.unit].setdefault(" ".join(text.split()))
    order = plan.unit_order
    return tuple((unit, tuple(said[unit])) for unit in sorted(said, key=order.__getitem__))


def citations(lines: Sequence[RuleLine]) -> tuple[Citation, ...]:
    cited: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        for clause in line.rule.clause.split(","):
            if clause.strip():
                cited[clause.strip()].append(line.rule.id)
    return tuple(Citation(clause, tuple(cited[clause])) for clause in sorted(cited, key=clause_key))


def clause_key(clause: str) -> tuple[tuple[int, str], ...]:
    key = []
    for part in clause.split("."):
        if part.isdigit():
            key.append((int(part), part))
        elif part and part.isupper() and all(c in _ROMAN for c in part):
            key.append((_roman(part), part))
        elif len(part) == 1 and part.lower() in _ALPHABET:
            key.append((_ALPHABET.index(part.lower()), part))
        else:
            key.append((1 << 30, part))
    return tuple(key)


def _roman(text: str) -> int:
    values = [_ROMAN[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
