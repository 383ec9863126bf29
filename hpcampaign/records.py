"""Problems: one typed record for everything wrong with an input file, and the catalogue.

A *problem* is a finding about a file a person wrote (a submission or the plan): where it is
(path, 1-based line and column), a stable *code* from SPEC 5 (``unknown-kind``), a *severity*
derived from the code, and a message. The message is not stored as text: a problem keeps a
*message id* and its parameters, and the catalogue (:mod:`hpcampaign.text.catalogue`) renders it in
Vietnamese or English when an output asks. That keeps problems small and picklable (workers
send them back), and makes every message translatable in one place.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from hpcampaign.text.catalogue import CATALOGUE, render
from hpcampaign.text.language import Lang as Lang  # the records speak of languages too

Severity = Literal["error", "warning"]

#: Problem codes whose severity is ``warning`` (SPEC 4); every other code is an error.
WARNING_CODES = frozenset(
    {
        "duplicate-item",
        "duplicate-file",
        "comment-in-value",
        "not-a-submission",
        "duration-out-of-range",
        "outside-campaign",
    }
)

#: Every problem code of SPEC 5, in the order the documentation lists them.
CODES = (
    "yaml-syntax",
    "duplicate-key",
    "unsafe-yaml",
    "too-large",
    "encoding",
    "schema",
    "unknown-field",
    "unknown-unit",
    "unknown-kind",
    "unknown-platform",
    "unknown-language",
    "bad-date",
    "bad-duration",
    "future-date",
    "outside-campaign",
    "outside-period",
    "duration-out-of-range",
    "duplicate-item",
    "unreadable",
    "duplicate-file",
    "comment-in-value",
    "not-a-submission",
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding in one file; ``sort_key`` orders by (path, line, column, code)."""

    path: str
    line: int | None
    column: int | None
    code: str
    msg_id: str = field(compare=False)
    params: tuple[tuple[str, str], ...] = ()
    unit: str | None = field(default=None, compare=False)

    @property
    def severity(self) -> Severity:
        return "warning" if self.code in WARNING_CODES else "error"

    @property
    def where(self) -> str:
        """``path:line:col`` (or less, where no position exists), as editors link it."""
        return ":".join(str(x) for x in (self.path, self.line, self.column) if x is not None)

    def message(self, lang: Lang = "vi") -> str:
        return render(self.msg_id, dict(self.params), lang)

    def sort_key(self) -> tuple[str, int, int, str, tuple[tuple[str, str], ...]]:
        return (self.path, self.line or 0, self.column or 0, self.code, self.params)


def code_of(msg_id: str) -> str:
    return CATALOGUE[msg_id][0]


def make(
    path: str,
    line: int | None,
    column: int | None,
    msg_id: str,
    unit: str | None = None,
    **params: object,
) -> Problem:
    """Build a problem from a catalogue message id (the code comes from the catalogue)."""
    return Problem(
        path=path,
        line=line,
        column=column,
        code=code_of(msg_id),
        msg_id=msg_id,
        params=pack(params),
        unit=unit,
    )


def pack(params: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
    """Message parameters as a sorted tuple of text pairs (hashable, picklable, stable).

    A value a person wrote may be long (a 400-digit count, a pasted paragraph): messages quote
    at most :data:`QUOTED` characters of it. Equal parameters are kept once: a misspelt key
    repeated in 300,000 items makes 300,000 problems that share one tuple.
    """
    packed = tuple(sorted((k, _short(k, "" if v is None else str(v))) for k, v in params.items()))
    if len(_shared) >= SHARED:
        _shared.clear()
    return _shared.setdefault(packed, packed)


#: Distinct parameter tuples kept for sharing (each at most a few hundred bytes); the table is
#: emptied when full and after a run (:func:`clear_caches`).
SHARED = 10_000
_shared: dict[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]] = {}


def clear_caches() -> None:
    _shared.clear()


QUOTED = 80


#: Parameters that hold a path: shortened from the start, so that the file's name stays.
PATH_PARAMS = frozenset({"other", "first_file", "path"})


def _short(key: str, text: str) -> str:
    if len(text) <= QUOTED:
        return text
    return "…" + text[-(QUOTED - 1) :] if key in PATH_PARAMS else text[: QUOTED - 1] + "…"


#: (date ordinal, kind, language, duration in seconds or -1, platforms): what a counted item
#: adds to. *platforms* is a bit set over the plan's platforms (bit i: the plan's i-th), kept only
#: for kinds that some rule counts by platform (0 otherwise, so other items stay merged).
CounterKey = tuple[int, str, str, int, int]


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
        repeatable: bool = False,
    ) -> None:
        """One counted item; ``at`` is where it starts, ``key_ids`` the index of ``keys``.

        The URL of a *repeatable* kind (a trailer aired again) is keyed with its day: the same
        URL on another day is another airing (SPEC 4).
        """
        if url is None and title is None:
            self.counts[key] = self.counts.get(key, 0) + count
            return
        keyed = self.keyed
        # 64-bit blake2b hashes of "u:<url>" and "t:<day>|<kind>|<folded title>", the same in
        # every process (Python's own hash is salted); written out, not a function of their own:
        # a city's check makes two per item, a million times.
        if url is None:
            keyed.url_hash.append(0)
        else:
            text = f"u:{key[0]}|{url}" if repeatable else "u:" + url
            digest = _blake2b(text.encode(), digest_size=8).digest()
            keyed.url_hash.append(int.from_bytes(digest, "big") or 1)
        if title is None:
            keyed.title_hash.append(0)
        else:
            text = f"t:{key[0]}|{key[1]}|{_folded(title)}"
            keyed.title_hash.append(
                int.from_bytes(_blake2b(text.encode(), digest_size=8).digest(), "big") or 1
            )
        index = key_ids.get(key)
        if index is None:
            index = key_ids[key] = len(self.keys)
            self.keys.append(key)
        keyed.key.append(index)
        keyed.count.append(count)
        keyed.line.append(at[0])
        keyed.column.append(at[1])


def _folded(title: str) -> str:
    """A title as duplicates are compared: blanks in one space, none around, case folded.

    Most titles have no blank but single spaces inside (a printable text's only blank is the
    space), and are folded without being split into words: a city's check folds a million.
    """
    if title.isprintable() and "  " not in title and title[:1] != " " and title[-1:] != " ":
        return title.casefold()
    return " ".join(title.split()).casefold()


_blake2b = hashlib.blake2b


@dataclass(slots=True)
class FileSummary:
    path: str
    unit: str | None
    items: int
    problems: list[Problem]
    counted: FileCounts = field(default_factory=FileCounts)
    voided: bool = False
    fault: bool = False
    """The tool failed on this file (its problem says so); the run's exit code is then 4."""
    difficulties: tuple[str, ...] = ()
    """What the unit tells the Department of its difficulties (the file's ``difficulties``)."""
    after_as_of: int = 0
    """Item entries dated after the as-of date (and not after today): not counted, not wrong."""

    def same_items(self) -> tuple[object, ...] | None:
        """What the file counts, item for item, to tell a copied file (``duplicate-file``), or
        None for a file that counts nothing (never a duplicate)."""
        counted = self.counted
        if not counted.counts and not len(counted.keyed):
            return None
        keyed = counted.keyed
        return (
            self.items,
            frozenset(counted.counts.items()),
            bytes(keyed.url_hash),
            bytes(keyed.title_hash),
            tuple(counted.keys[k] for k in keyed.key),
            bytes(keyed.count),
        )

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")


Status = Literal["ok", "over", "behind", "missed", "pending"]


STATUSES: tuple[Status, ...] = ("ok", "over", "behind", "missed", "pending")


@dataclass(frozen=True, slots=True)
class Result:
    rule: str
    scope: str
    phase: str | None
    start: date
    end: date
    status: Status
    actual: float
    min: float | None
    max: float | None
    language: str | None = None
    units: tuple[str, ...] = ()
    """The units behind the scope (one for ``each`` rules)."""


@dataclass(frozen=True, slots=True)
class Selection:
    """Which results to produce: all, or those of a phase (``check --phase``), of a unit
    (``check --unit``: the unit's own results, and those of the groups it belongs to)."""

    phase: str | None = None
    unit: str | None = None
    units: frozenset[str] | None = None
    """Only the results of these units (checking one's own files): an ``each`` rule's results of
    them, a ``combined`` rule's when its scope holds one of them."""


#: The selection of every result.
EVERYTHING = Selection()


FailOn = Literal["missed", "behind", "problems"]


FAIL_LEVELS: tuple[FailOn, ...] = ("missed", "behind", "problems")
