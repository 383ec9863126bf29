"""The tally: what every unit counts, per kind, language, duration and day, after duplicates.

Files of one unit are merged (SPEC 3), but a file with the same items as an earlier file of its
unit (a copy, "x - Copy.yaml") contributes nothing and gets a ``duplicate-file`` warning. Two
counted items of a unit with the same URL, or the
same date, kind and title (NFC, case-folded), are counted once (for a *repeatable* kind, the
same URL on the same day only: each day's airing counts): the first in (path, item) order
counts, every later one gets a ``duplicate-item`` warning (in ``Tally.duplicates``, by path:
building a tally changes none of its inputs). Sameness is transitive: an item that
shares the URL of a duplicate, or its title, is the same item again. Files are walked one unit at
a time, so the table of seen keys holds one unit's items; the compact keyed rows of every file
(about 36 bytes per item with a URL or title) live until the tally is built.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from hpcampaign.records import CounterKey, FileSummary, Problem, make

#: (kind, language, duration in seconds or -1, platforms bit set) → {date ordinal: count}
Series = dict[tuple[str, str, int, int], dict[int, int]]


@dataclass(slots=True)
class Tally:
    units: dict[str, Series] = field(default_factory=dict)
    duplicates: dict[str, list[Problem]] = field(default_factory=dict)
    """Path → the ``duplicate-item`` warnings of that file, in its item order."""

    def add(self, unit: str, key: CounterKey, count: int) -> None:
        day, kind, language, duration, platforms = key
        days = self.units.setdefault(unit, {}).setdefault((kind, language, duration, platforms), {})
        days[day] = days.get(day, 0) + count


def build(summaries: Iterable[FileSummary]) -> Tally:
    """Merge file summaries (in path order) into a tally, with the warnings of duplicates."""
    tally = Tally()
    by_unit: dict[str, list[FileSummary]] = defaultdict(list)
    for summary in sorted(summaries, key=lambda s: s.path):
        if summary.voided or summary.unit is None:
            continue
        by_unit[summary.unit].append(summary)
    for unit, files in by_unit.items():
        files = _without_copies(unit, files, tally) if len(files) > 1 else files
        for summary in files:
            for key, count in summary.counted.counts.items():
                tally.add(unit, key, count)
        _dedupe(unit, files, tally)
    return tally


def _without_copies(unit: str, files: list[FileSummary], tally: Tally) -> list[FileSummary]:
    """The files of a unit but those with the same items as an earlier one (in path order):
    each copy gets a ``duplicate-file`` warning naming the first, and contributes nothing."""
    first: dict[tuple[object, ...], str] = {}
    kept: list[FileSummary] = []
    for summary in files:
        same = summary.same_items()
        if same is not None and same in first:
            problem = make(summary.path, 1, 1, "duplicate-file", unit, other=first[same])
            tally.duplicates.setdefault(summary.path, []).append(problem)
            continue
        if same is not None:
            first[same] = summary.path
        kept.append(summary)
    return kept


def _dedupe(unit: str, files: list[FileSummary], tally: Tally) -> None:
    seen: dict[int, tuple[int, int]] = {}
    for file_number, summary in enumerate(files):
        keyed = summary.counted.keyed
        counted: dict[int, int] = {}  # the file's counted rows, summed by counter key (an index)
        rows = zip(keyed.url_hash, keyed.title_hash, keyed.key, keyed.count, strict=True)
        for row, (url_hash, title_hash, key, count) in enumerate(rows):
            first = seen.get(url_hash) if url_hash else None
            if first is None and title_hash:
                first = seen.get(title_hash)
            if first is not None:
                original = files[first[0]]
                tally.duplicates.setdefault(summary.path, []).append(
                    make(
                        summary.path,
                        keyed.line[row],
                        keyed.column[row],
                        "duplicate-item",
                        unit,
                        first_line=original.counted.keyed.line[first[1]],
                        first_file="" if original.path == summary.path else original.path,
                    )
                )
                # The duplicate's other key belongs to the same item too: a third item that
                # matches only that key (same title, other URL) is the same item again.
                for value in (url_hash, title_hash):
                    if value:
                        seen.setdefault(value, first)
                continue
            if url_hash:
                seen[url_hash] = (file_number, row)
            if title_hash:
                seen[title_hash] = (file_number, row)
            counted[key] = counted.get(key, 0) + count
        keys = summary.counted.keys
        for key, count in counted.items():
            tally.add(unit, keys[key], count)
