"""A content cache of per-file summaries (SPEC 7, revision 2): re-checks are incremental.

Words used here:

- *entry*: the :class:`FileSummary` of one file, keyed by a SHA-256 of everything the summary
  depends on: the file's bytes, the plan's bytes, the tool's version, the cache's format, the
  dates of the run (today and the as-of date) and the file's shown name (its problems carry it).
  An entry is read as data, never executed (no pickle): a magic line, the SHA-256 of the payload,
  then the payload (JSON of plain types: numbers, text, lists, and the arrays of :class:`Keyed`
  as base64 of their little-endian bytes). An entry whose magic, checksum, key or shape is wrong
  (damaged, truncated, another version's, another key's) is a miss: the file is checked again and
  its entry written anew.
- *pack*: a file of entries, ``v2/<time>-<process>-<random>.pack``: a magic line, then records,
  each ``<key> <length>\n`` and the entry's bytes. A run that checked files writes the entries it
  made into one new pack, whole: to a fresh temporary file of the folder, then ``os.replace``, so
  a reader sees a whole pack or none, and two runs at once never write the same file. One pack
  per run, not one file per entry: creating a file costs the system far more than writing its
  bytes (0.45 ms of CPU each on the test machine's disk, a seventh of a first check's time at
  1,000,000 items when each entry was a file). A pack cut short is read up to its last whole
  record; a later pack's entry wins over an earlier one's.
- *compiled plan*: the plan validated once (:mod:`hpcampaign.plan.compiled`), kept in a pack
  like an entry under a key of the plan's bytes, the tool's version and the cache's format
  alone: a run that finds it never validates the plan again, nor imports pydantic to do so.
  Its record is framed as an entry is (its own magic line, the SHA-256 of key and payload).
- *compaction*: once a run is over, when the folder holds more than :data:`MAX_PACKS` packs or
  more than :attr:`Cache.limit` bytes, the entries worth keeping are written into one new pack and
  the packs read are removed: the entries this run used first (the least recently used go first),
  then the others from the newest pack down, until the bound. Entries of another layout (an
  older ``v1/`` folder) are removed then too.

Entries live in the user's cache folder (:func:`default_folder`), never beside submissions.
Every failure to read or write the cache is silent: the cache only ever saves work, it never
changes a result. What a run learns of the folder (which key is in which pack, open packs) is
held by the run and dropped after it.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
import shutil
import sys
import time
from array import array
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any, TypeVar

from hpcampaign import __version__
from hpcampaign.plan import compiled
from hpcampaign.plan.load import plan_from
from hpcampaign.plan.model import Plan
from hpcampaign.records import CounterKey, FileCounts, FileSummary, Keyed, Problem

#: The layout of entries and packs; a change of it (or of the tool's version) makes every old
#: entry a miss.
FORMAT = 2
MAGIC = b"hpcampaign-cache 2\n"
PACK_MAGIC = b"hpcampaign-pack 2\n"
PLAN_MAGIC = b"hpcampaign-plan 2\n"
#: The default bound of the cache folder: 256 MiB.
DEFAULT_LIMIT = 256 * 1024 * 1024
#: Packs a folder holds before they are compacted into one.
MAX_PACKS = 8
#: The arrays of :class:`Keyed`, with their type codes, in the order entries hold them.
_ARRAYS = (
    ("url_hash", "Q"),
    ("title_hash", "Q"),
    ("key", "I"),
    ("count", "I"),
    ("line", "I"),
    ("column", "I"),
)
_SUFFIX = ".pack"
#: No honest entry is larger (a 10 MiB file's summary is a few MiB): a larger one is not read.
MAX_ENTRY = 64 * 1024 * 1024
#: A record's head: 64 hex digits, a space, at most 10 digits, a line break.
_HEAD = 76


def default_folder() -> Path:
    """The user's cache folder for hpcampaign.

    Windows: ``%LOCALAPPDATA%\\hpcampaign\\Cache``; elsewhere ``$XDG_CACHE_HOME/hpcampaign``, or
    ``~/.cache/hpcampaign`` when ``XDG_CACHE_HOME`` is unset or not an absolute path.
    """
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(local) / "hpcampaign" / "Cache"
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "hpcampaign"


class _Bad(Exception):
    """An entry that is not what this version writes: it is ignored."""


#: Where an entry lies: its pack, the offset of its bytes and their length.
Place = tuple[Path, int, int]


class _Seen:
    """What one process of a run learned of the folder: the index of its packs and the packs it
    opened. Made again in a process that did not make it (a worker of ``--jobs``), never sent."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.index: dict[str, Place] | None = None
        self.handles: dict[Path, IO[bytes]] = {}

    def __reduce__(self) -> tuple[type[_Seen], tuple[()]]:
        return (_Seen, ())

    def read(self, place: Place, keep: bool = True) -> bytes | None:
        """The bytes at ``place``, each pack opened once (and kept open until :meth:`close`
        unless not ``keep``); None when they cannot all be read."""
        path, offset, length = place
        try:
            handle = self.handles.get(path)
            if handle is None:
                handle = open(path, "rb")  # noqa: SIM115 - closed by close(), or below
                if keep:
                    self.handles[path] = handle
            try:
                handle.seek(offset)
                blob = handle.read(length)
            finally:
                if not keep and path not in self.handles:
                    handle.close()
        except OSError:
            return None
        return blob if len(blob) == length else None

    def close(self) -> None:
        for handle in self.handles.values():
            with contextlib.suppress(OSError):
                handle.close()
        self.handles.clear()
        self.index = None


@dataclass(frozen=True, slots=True)
class Cache:
    """The cache of one run: its folder, the plan's bytes, its bound in bytes."""

    folder: Path
    plan_bytes: bytes = field(repr=False)
    limit: int = DEFAULT_LIMIT
    version: str = __version__
    _prefix: bytes = field(init=False, repr=False, compare=False)
    _seen: list[_Seen] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        plan = hashlib.sha256(self.plan_bytes).hexdigest()
        prefix = f"{FORMAT}\0{self.version}\0{plan}\0".encode()
        object.__setattr__(self, "_prefix", prefix)
        object.__setattr__(self, "_seen", [_Seen()])

    @property
    def entries(self) -> Path:
        return self.folder / f"v{FORMAT}"

    def key(self, name: str, raw: bytes, today: date, as_of: date) -> str:
        digest = hashlib.sha256(self._prefix)
        shown = name.encode("utf-8", "backslashreplace")
        digest.update(f"{today.isoformat()}\0{as_of.isoformat()}\0{len(shown)}\0".encode())
        digest.update(shown)
        digest.update(b"\0")
        digest.update(raw)
        return digest.hexdigest()

    def _state(self) -> _Seen:
        seen = self._seen[0]
        if seen.pid != os.getpid():  # a worker: nothing of its parent's is used
            seen = self._seen[0] = _Seen()
        return seen

    def load(self, key: str) -> FileSummary | None:
        """The summary stored under ``key``, or None (missing, damaged, foreign)."""
        blob = self._blob(key)
        if blob is None:
            return None
        try:
            return decode_entry(blob, key)
        except (_Bad, ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError):
            return None

    def _blob(self, key: str, keep: bool = True) -> bytes | None:
        seen = self._state()
        if seen.index is None:
            seen.index = index(self.entries)
        place = seen.index.get(key)
        return seen.read(place, keep) if place is not None else None

    @property
    def plan_key(self) -> str:
        """The key of the compiled plan: the plan's bytes, the tool's version, the format."""
        return hashlib.sha256(self._prefix + b"compiled plan\0").hexdigest()

    def plan(self, name: str) -> Plan:
        """The plan of :attr:`plan_bytes` (shown as ``name`` in its problems): its compiled copy
        when the folder holds a sound one, else validated (:class:`~hpcampaign.plan.load.PlanError`
        when it is not valid) and its compiled copy written."""
        key = self.plan_key
        blob = self._blob(key, keep=False)  # no pack left open: the command may end before a run
        if blob is not None:
            try:
                return compiled.decode(_unframe(PLAN_MAGIC, blob, _plan_salt(key)))
            except (_Bad, ValueError):
                pass
        plan = plan_from(self.plan_bytes, name)
        self.write([(key, _frame(PLAN_MAGIC, compiled.encode(plan), _plan_salt(key)))])
        return plan

    def write(self, made: list[tuple[str, bytes]]) -> None:
        """Write entries a run made, (key, entry), into one new pack; a failure (a full disk, no
        permission) is ignored."""
        if made:
            with contextlib.suppress(OSError):
                _write_pack(self.entries, made)

    def finish(self, used: Collection[str]) -> None:
        """Once a run is over: compact the folder if it must be (``used``: every key the run
        looked up or made, the most recently used), and forget what the run learned of it."""
        self._state().close()
        with contextlib.suppress(OSError):
            packs = _packs(self.entries)
            total = sum(size for _, size in packs)
            if len(packs) > MAX_PACKS or total > self.limit:
                self._compact([path for path, _ in packs], {*used, self.plan_key})

    def _compact(self, packs: list[Path], used: Collection[str]) -> None:
        """Keep the entries worth keeping in one new pack; remove the packs read."""
        places = index(self.entries, packs)
        recent = {key: places[key] for key in sorted(used) if key in places}
        order = [*recent.items(), *((k, p) for k, p in _newest_first(places) if k not in recent)]
        kept: list[tuple[str, bytes]] = []
        room = self.limit - len(PACK_MAGIC)
        reader = _Seen()
        try:
            for key, place in order:
                room -= _HEAD + place[2]
                if room < 0:
                    break
                blob = reader.read(place)
                if blob is not None:
                    kept.append((key, blob))
        finally:
            reader.close()
        if kept:
            _write_pack(self.entries, kept)
        for path in packs:
            with contextlib.suppress(OSError):
                path.unlink()
        for other in self.folder.glob("v*"):
            if other.name != f"v{FORMAT}" and other.name[1:].isdigit():
                shutil.rmtree(other, ignore_errors=True)


def index(folder: Path, packs: list[Path] | None = None) -> dict[str, Place]:
    """Where each key's entry lies in the packs of ``folder`` (or in ``packs``): the newest wins."""
    found: dict[str, Place] = {}
    for path in packs if packs is not None else [path for path, _ in _packs(folder)]:
        with contextlib.suppress(OSError), open(path, "rb") as handle:
            for key, offset, length in records(handle):
                found[key] = (path, offset, length)
    return found


def records(handle: IO[bytes]) -> Iterator[tuple[str, int, int]]:
    """(key, offset, length) of every whole record of a pack; a pack cut short, or damaged in a
    record's head, ends at the record before."""
    if handle.read(len(PACK_MAGIC)) != PACK_MAGIC:
        return
    size = os.fstat(handle.fileno()).st_size
    while True:
        head = handle.readline(_HEAD)
        key, _, text = head.rstrip(b"\n").partition(b" ")
        if not head.endswith(b"\n") or len(key) != 64 or not text.isdigit() or len(text) > 10:
            return
        offset, length = handle.tell(), int(text)
        if length > MAX_ENTRY or offset + length > size:
            return
        yield key.decode("ascii"), offset, length
        handle.seek(length, os.SEEK_CUR)


def _packs(folder: Path) -> list[tuple[Path, int]]:
    """The packs of ``folder`` with their sizes, oldest first (their names start with the time)."""
    found: list[tuple[Path, int]] = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.endswith(_SUFFIX) and not entry.name.startswith("."):
                with contextlib.suppress(OSError):
                    found.append((Path(entry.path), entry.stat(follow_symlinks=False).st_size))
    return sorted(found)


def _newest_first(places: dict[str, Place]) -> list[tuple[str, Place]]:
    """Entries from the newest pack to the oldest, each pack's in the order it holds them."""
    in_order = sorted(places.items(), key=lambda item: item[1][1])
    return sorted(in_order, key=lambda item: item[1][0].name, reverse=True)  # stable: order kept


def _write_pack(folder: Path, entries: list[tuple[str, bytes]]) -> None:
    """One new pack of ``entries``, whole or not at all (a temporary file, then a rename)."""
    import tempfile  # only when writing: a clerk's warm run never pays its import

    try:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=folder)
    except FileNotFoundError:  # the first pack: the folder is the user's own
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(PACK_MAGIC)
            for key, blob in entries:
                handle.write(f"{key} {len(blob)}\n".encode("ascii"))
                handle.write(blob)
        name = f"{time.time_ns():020d}-{os.getpid()}-{secrets.token_hex(4)}{_SUFFIX}"
        os.replace(tmp, folder / name)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _frame(magic: bytes, payload: bytes, salt: bytes = b"") -> bytes:
    """A record of ``payload``: the magic line, then the SHA-256 of ``salt`` and the payload."""
    return magic + hashlib.sha256(salt + payload).hexdigest().encode("ascii") + b"\n" + payload


def _unframe(magic: bytes, blob: bytes, salt: bytes = b"") -> bytes:
    """The payload of a record made by :func:`_frame`; :class:`_Bad` when its magic or checksum is
    wrong (damaged, another format's, or, for a salt, another key's)."""
    if len(blob) > MAX_ENTRY or not blob.startswith(magic):
        raise _Bad("magic")
    head, sep, payload = blob[len(magic) :].partition(b"\n")
    if not sep or hashlib.sha256(salt + payload).hexdigest().encode("ascii") != head:
        raise _Bad("checksum")
    return payload


def _plan_salt(key: str) -> bytes:
    """A compiled plan's checksum covers its key too (its payload does not name it)."""
    return key.encode("ascii") + b"\n"


def encode_entry(summary: FileSummary, key: str) -> bytes:
    payload = json.dumps(
        [FORMAT, key, _summary_data(summary)], ensure_ascii=True, separators=(",", ":"), allow_nan=False
    ).encode("ascii")
    return _frame(MAGIC, payload)


def decode_entry(blob: bytes, key: str) -> FileSummary:
    """The summary of an entry, checked whole: magic, checksum, format, key, then every field."""
    data = json.loads(_unframe(MAGIC, blob))
    if not isinstance(data, list) or len(data) != 3 or data[0] != FORMAT or data[1] != key:
        raise _Bad("foreign")
    return _summary(data[2])


def _summary_data(summary: FileSummary) -> dict[str, Any]:
    counted = summary.counted
    keyed = counted.keyed
    return {
        "path": summary.path,
        "unit": summary.unit,
        "items": summary.items,
        "problems": [
            [p.path, p.line, p.column, p.code, p.msg_id, [list(kv) for kv in p.params], p.unit]
            for p in summary.problems
        ],
        "counts": [[*k, n] for k, n in counted.counts.items()],
        "keys": [list(k) for k in counted.keys],
        "keyed": [_array_text(getattr(keyed, name)) for name, _ in _ARRAYS],
        "voided": summary.voided,
        "fault": summary.fault,
        "difficulties": list(summary.difficulties),
        "after_as_of": summary.after_as_of,
    }


def _array_text(values: array[int]) -> str:
    copy = array(values.typecode, values)
    if sys.byteorder != "little":
        copy.byteswap()
    return base64.b64encode(copy.tobytes()).decode("ascii")


def _array(text: object, typecode: str) -> array[int]:
    values = array(typecode, base64.b64decode(_of(text, str), validate=True))
    if sys.byteorder != "little":
        values.byteswap()
    return values


def _summary(data: object) -> FileSummary:
    if not isinstance(data, dict):
        raise _Bad("summary")
    arrays = data["keyed"]
    if not isinstance(arrays, list) or len(arrays) != len(_ARRAYS):
        raise _Bad("keyed")
    keyed = Keyed(*(_array(text, code) for text, (_, code) in zip(arrays, _ARRAYS, strict=True)))
    sizes = {len(getattr(keyed, name)) for name, _ in _ARRAYS}
    keys = [_counter_key(k) for k in _of(data["keys"], list)]
    if len(sizes) != 1 or any(k >= len(keys) for k in keyed.key):
        raise _Bad("keyed")
    counts: dict[CounterKey, int] = {}
    for row in _of(data["counts"], list):
        if len(_of(row, list)) != 6:
            raise _Bad("count")
        counts[_counter_key(row[:5])] = _of(row[5], int)
    return FileSummary(
        _of(data["path"], str),
        _text_or_none(data["unit"]),
        _of(data["items"], int),
        [_problem(p) for p in _of(data["problems"], list)],
        FileCounts(counts, keys, keyed),
        voided=_of(data["voided"], bool),
        fault=_of(data["fault"], bool),
        difficulties=tuple(_of(d, str) for d in _of(data["difficulties"], list)),
        after_as_of=_of(data["after_as_of"], int),
    )


def _problem(row: object) -> Problem:
    path, line, column, code, msg_id, params, unit = _of(row, list)
    pairs = tuple((_of(k, str), _of(v, str)) for k, v in _of(params, list))
    return Problem(
        _of(path, str),
        _int_or_none(line),
        _int_or_none(column),
        _of(code, str),
        _of(msg_id, str),
        pairs,
        _text_or_none(unit),
    )


def _counter_key(row: object) -> CounterKey:
    # Exact types, as JSON gives them (no bool for an int): an entry holds a key per counted
    # combination of day, kind and language, a warm check reads a hundred thousand.
    if type(row) is list and len(row) == 5:
        day, kind, language, duration, platforms = row
        if (
            type(day) is int
            and type(kind) is str
            and type(language) is str
            and type(duration) is int
            and type(platforms) is int
        ):
            return (day, kind, language, duration, platforms)
    raise _Bad("counter key")


_T = TypeVar("_T")


def _of(value: object, kind: type[_T]) -> _T:
    # bool is an int in Python: an entry's int is never a bool, nor the reverse.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _Bad(kind.__name__)
    return value


def _int_or_none(value: object) -> int | None:
    return None if value is None else _of(value, int)


def _text_or_none(value: object) -> str | None:
    return None if value is None else _of(value, str)
