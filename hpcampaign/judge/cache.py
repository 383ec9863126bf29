"""A content cache of per-file summaries (SPEC 7, revision 2): re-checks are incremental.

An entry is the :class:`FileSummary` of one file, keyed by a SHA-256 of everything the summary
depends on: the file's bytes, the plan's bytes, the tool's version, the cache's format, the
dates of the run (today and the as-of date) and the file's shown name (its problems carry it).

Entries live in the user's cache folder (:func:`default_folder`), never beside submissions.
They are read as data, never executed: no pickle. An entry is a small envelope, a magic line,
the SHA-256 of the payload, then the payload (JSON of plain types: numbers, text, lists, and
the arrays of :class:`Keyed` as base64 of their little-endian bytes). An entry whose magic,
checksum, key or shape is wrong (damaged, truncated, another version's, another key's) is a
miss: the file is checked again and the entry rewritten.

Writes go to a fresh temporary file in the same folder, then ``os.replace``: a reader sees a
whole entry or none, and two runs at once write the same bytes for the same key. The folder is
bounded (:attr:`Cache.limit` bytes): :meth:`Cache.trim` removes the least recently used entries
(a hit refreshes an entry's time) once a run is over. Every failure to read or write the cache
is silent: the cache only ever saves work, it never changes a result.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import sys
from array import array
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from hpcampaign import __version__
from hpcampaign.records import CounterKey, FileCounts, FileSummary, Keyed, Problem

#: The layout of entries; a change of it (or of the tool's version) makes every old entry a miss.
FORMAT = 1
MAGIC = b"hpcampaign-cache 1\n"
#: The default bound of the cache folder: 256 MiB.
DEFAULT_LIMIT = 256 * 1024 * 1024
#: The arrays of :class:`Keyed`, with their type codes, in the order entries hold them.
_ARRAYS = (
    ("url_hash", "Q"),
    ("title_hash", "Q"),
    ("key", "I"),
    ("count", "I"),
    ("line", "I"),
    ("column", "I"),
)
_SUFFIX = ".entry"
#: No honest entry is larger (a 10 MiB file's summary is a few MiB): a larger one is not read.
MAX_ENTRY = 64 * 1024 * 1024


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


@dataclass(frozen=True, slots=True)
class Cache:
    """The cache of one run: its folder, the plan's bytes, its bound in bytes."""

    folder: Path
    plan_bytes: bytes = field(repr=False)
    limit: int = DEFAULT_LIMIT
    version: str = __version__
    _prefix: bytes = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        plan = hashlib.sha256(self.plan_bytes).hexdigest()
        prefix = f"{FORMAT}\0{self.version}\0{plan}\0".encode()
        object.__setattr__(self, "_prefix", prefix)

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

    def _path(self, key: str) -> Path:
        return self.entries / key[:2] / (key + _SUFFIX)

    def load(self, key: str) -> FileSummary | None:
        """The summary stored under ``key``, or None (missing, damaged, foreign)."""
        path = self._path(key)
        try:
            with open(path, "rb") as handle:
                blob = handle.read(MAX_ENTRY + 1)
        except OSError:
            return None
        try:
            summary = decode_entry(blob, key)
        except (_Bad, ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError):
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # least recently used goes first
        return summary

    def store(self, key: str, summary: FileSummary) -> None:
        """Write the entry atomically; any failure (full disk, no permission) is ignored."""
        path = self._path(key)
        blob = encode_entry(summary, key)
        import tempfile  # only when writing: a clerk's warm run never pays its import

        tmp: str | None = None
        try:
            try:
                fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=path.parent)
            except FileNotFoundError:  # the first entry of its folder
                self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # the user's own
                path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=path.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(blob)
            os.replace(tmp, path)
            tmp = None
        except OSError:
            pass
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def trim(self) -> None:
        """Remove the least recently used entries until the folder holds at most ``limit`` bytes."""
        found: list[tuple[float, int, str]] = []
        try:
            subfolders = list(os.scandir(self.entries))
        except OSError:
            return
        for sub in subfolders:
            with contextlib.suppress(OSError):
                for entry in os.scandir(sub.path):
                    with contextlib.suppress(OSError):
                        st = entry.stat(follow_symlinks=False)
                        found.append((st.st_mtime, st.st_size, entry.path))
        total = sum(size for _, size, _ in found)
        found.sort()
        for _, size, path in found:
            if total <= self.limit:
                break
            with contextlib.suppress(OSError):
                os.unlink(path)
            total -= size


def encode_entry(summary: FileSummary, key: str) -> bytes:
    payload = json.dumps(
        [FORMAT, key, _summary_data(summary)], ensure_ascii=True, separators=(",", ":"), allow_nan=False
    ).encode("ascii")
    return MAGIC + hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload


def decode_entry(blob: bytes, key: str) -> FileSummary:
    """The summary of an entry, checked whole: magic, checksum, format, key, then every field."""
    if len(blob) > MAX_ENTRY or not blob.startswith(MAGIC):
        raise _Bad("magic")
    head, sep, payload = blob[len(MAGIC) :].partition(b"\n")
    if not sep or hashlib.sha256(payload).hexdigest().encode("ascii") != head:
        raise _Bad("checksum")
    data = json.loads(payload)
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
    day, kind, language, duration, platforms = _of(row, list)
    return (_of(day, int), _of(kind, str), _of(language, str), _of(duration, int), _of(platforms, int))


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
