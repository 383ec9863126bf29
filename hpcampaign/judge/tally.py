"""The tally: what every unit counts, per kind, language, duration and day, after duplicates.

Files of one unit are merged (SPEC 3). Two counted items of a unit with the same URL, or the
same date, kind and title (NFC, case-folded), are counted once: the first in (path, item) order
counts, every later one gets a ``duplicate-item`` warning. Sameness is transitive: an item that
shares the URL of a duplicate, or its title, is the same item again. Files are walked one unit at
a time, so the table of seen keys holds one unit's items; the compact keyed rows of every file
(about 36 bytes per item with a URL or title) live until the tally is built.
"""

from __future__ import annotations

import hashlib
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hpcampaign.records import make

if TYPE_CHECKING:  # a type only: validate builds the summaries and imports this module
    from hpcampaign.intake.validate import FileSummary

#: (date ordinal, kind, language, duration in seconds or -1): what a counted item adds to.
CounterKey = tuple[int, str, str, int]


@dataclass(slots=True)
class Keyed:
    """Counted items that have a URL or a title, as parallel arrays (8 + 8 + 4 + 4 + 4 + 4 bytes).

    ``line``/``column`` are where the item starts, for a ``duplicate-item`` warning.
    """

    url_hash: array[int] = field(default_factory=lambda: array("Q"))
    title_hash: array[int] = field(default_factory=lambda: array("Q"))
    key: array[int] = field(default_factory=lambda: array("I"))
    count: array[int] = field(default_factory=lambda: array("I"))
    line: array[int] = field(default_factory=lambda: array("I"))
    column: array[int] = field(default_factory=lambda: array("I"))

    def __len__(self) -> int:
        return len(self.key)


@dataclass(slots=True)
class FileCounts:
    """What one file adds to the tally, aggregated as it is read.

    Items without a URL or title are summed by :data:`CounterKey` (``counts``); the others keep a
    compact row (``keyed``, their counter key an index into ``keys``), because whether they count
    depends on the unit's other items, possibly in other files, which :func:`build` decides.
    """

    counts: dict[CounterKey, int] = field(default_factory=dict)
    keys: list[CounterKey] = field(default_factory=list)
    keyed: Keyed = field(default_factory=Keyed)

    def add(
        self,
        key: CounterKey,
        count: int,
        *,
        url: str | None,
        title: str | None,
        at: tuple[int, int],
        key_ids: dict[CounterKey, int],
    ) -> None:
        """One counted item; ``at`` is where it starts, ``key_ids`` the index of ``keys``."""
        if url is None and title is None:
            self.counts[key] = self.counts.get(key, 0) + count
            return
        keyed = self.keyed
        keyed.url_hash.append(_hash("u", url) if url is not None else 0)
        folded = " ".join(title.split()).casefold() if title is not None else None
        keyed.title_hash.append(_hash("t", f"{key[0]}|{key[1]}|{folded}") if folded is not None else 0)
        if key not in key_ids:
            key_ids[key] = len(self.keys)
            self.keys.append(key)
        keyed.key.append(key_ids[key])
        keyed.count.append(count)
        keyed.line.append(at[0])
        keyed.column.append(at[1])


def _hash(prefix: str, text: str) -> int:
    """A 64-bit hash that is the same in every process (Python's ``hash`` is salted)."""
    digest = hashlib.blake2b(f"{prefix}:{text}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") or 1


#: (kind, language, duration in seconds or -1) → {date ordinal: count}
Series = dict[tuple[str, str, int], dict[int, int]]


@dataclass(slots=True)
class Tally:
    units: dict[str, Series] = field(default_factory=dict)

    def add(self, unit: str, key: CounterKey, count: int) -> None:
        day, kind, language, duration = key
        days = self.units.setdefault(unit, {}).setdefault((kind, language, duration), {})
        days[day] = days.get(day, 0) + count


def build(summaries: Iterable[FileSummary]) -> Tally:
    """Merge file summaries (in path order) into a tally; duplicates become warnings in place."""
    tally = Tally()
    by_unit: dict[str, list[FileSummary]] = defaultdict(list)
    for summary in sorted(summaries, key=lambda s: s.path):
        if summary.voided or summary.unit is None:
            continue
        by_unit[summary.unit].append(summary)
        for key, count in summary.counted.counts.items():
            tally.add(summary.unit, key, count)
    for unit, files in by_unit.items():
        _dedupe(unit, files, tally)
    return tally


def _dedupe(unit: str, files: list[FileSummary], tally: Tally) -> None:
    seen: dict[int, tuple[int, int]] = {}
    for file_number, summary in enumerate(files):
        keyed = summary.counted.keyed
        for row in range(len(keyed)):
            url_hash, title_hash = keyed.url_hash[row], keyed.title_hash[row]
            first = seen.get(url_hash) if url_hash else None
            if first is None and title_hash:
                first = seen.get(title_hash)
            if first is not None:
                original = files[first[0]]
                summary.problems.append(
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
            for value in (url_hash, title_hash):
                if value:
                    seen[value] = (file_number, row)
            tally.add(unit, summary.counted.keys[keyed.key[row]], keyed.count[row])
