"""Finding submission files under the paths a user names.

A path that is a file is checked whatever its name; a folder is walked for ``*.yaml`` and
``*.yml`` files (any case), in sorted order, skipping hidden files and folders (names starting
with ``.``). Files that look like submissions saved wrongly are found too (:func:`misplaced`:
``x.yaml.txt``, a spreadsheet, a Word document), so that they are reported rather than skipped
in silence; the lock files Office keeps beside an open document (``~$x.xlsx``) are not.
Links to folders are followed, but every real folder is walked once, so a link loop cannot
trap the walk and a folder linked twice is not counted twice; a file reached by two
paths is checked once. Links to files are listed: a broken or looping one is then reported as
``unreadable``. A folder that cannot be listed (no permission, gone during the walk) is found
too, so that it is reported as ``unreadable`` instead of being skipped in silence.

File names that are not valid UTF-8 reach Python with their bytes escaped as lone surrogates;
:func:`display` writes such bytes as ``\\xNN``, so every output can encode the name.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

SUFFIXES = (".yaml", ".yml")

#: Endings of files that are not submissions but were probably meant to be, or to become, ones
#: (SPEC 3): the catalogue message that says what to do with each.
MISPLACED = (
    (".yaml.txt", "not-a-submission.txt"),
    (".yml.txt", "not-a-submission.txt"),
    (".xlsx", "not-a-submission.spreadsheet"),
    (".csv", "not-a-submission.spreadsheet"),
    (".xls", "not-a-submission.xls"),
    (".docx", "not-a-submission.document"),
)
_FOUND_SUFFIXES = SUFFIXES + tuple(suffix for suffix, _ in MISPLACED)


def misplaced(name: str) -> tuple[str, dict[str, str]] | None:
    """The message id and parameters of a ``not-a-submission`` file name, or None.

    >>> misplaced("phuong-hong-bang.yaml.txt")
    ('not-a-submission.txt', {'name': 'phuong-hong-bang.yaml.txt', 'stem': 'phuong-hong-bang.yaml'})
    >>> misplaced("W39.XLSX")
    ('not-a-submission.spreadsheet', {'name': 'W39.XLSX', 'suffix': '.XLSX'})
    >>> misplaced("phuong-hong-bang.yaml") is None
    True
    """
    lower = name.lower()
    for suffix, msg_id in MISPLACED:
        if lower.endswith(suffix) and len(name) > len(suffix):
            if msg_id == "not-a-submission.txt":
                return msg_id, {"name": name, "stem": name[: -len(".txt")]}
            return msg_id, {"name": name, "suffix": name[-len(suffix) :]}
    return None


class MissingPath(Exception):
    """A path the user named does not exist."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


@dataclass(frozen=True, slots=True)
class Found:
    """What a walk found: submission files, and folders it could not list (with the reason)."""

    files: list[Path]
    unreadable: list[tuple[Path, int]] = field(default_factory=list)
    """Folders that could not be listed, each with its ``errno``."""


def discover(paths: Iterable[Path]) -> Found:
    """Every submission file under ``paths``, each once, sorted by path; and unreadable folders."""
    found: dict[str, Path] = {}
    walked: set[str] = set()
    unreadable: dict[str, tuple[Path, int]] = {}

    def note(error: OSError) -> None:
        folder = Path(error.filename) if error.filename is not None else Path()
        unreadable.setdefault(os.path.normpath(folder), (folder, error.errno or 0))

    for root in paths:
        if root.is_dir():
            for folder, dirs, files in os.walk(root, onerror=note, followlinks=True):
                real = os.path.realpath(folder)
                if real in walked:
                    dirs[:] = []
                    continue
                walked.add(real)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith((".", "~$")) and name.lower().endswith(_FOUND_SUFFIXES):
                        path = Path(folder, name)
                        found.setdefault(os.path.realpath(path), path)
        elif root.exists() or root.is_symlink():
            found.setdefault(os.path.realpath(root), root)
        else:
            raise MissingPath(root)
    listed = sorted(found.values(), key=lambda path: os.path.normpath(path))
    return Found(listed, [unreadable[key] for key in sorted(unreadable)])


def display(path: Path) -> str:
    """The path as it is shown and written to JSON: forward slashes, no leading './'.

    Bytes of the name that are not UTF-8 are written as ``\\xNN``, so every output can encode it.
    """
    text = Path(os.path.normpath(path)).as_posix()
    if not valid_name(text):
        text = os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


def valid_name(text: str) -> bool:
    """Whether a path Python decoded from the system is valid UTF-8 (no escaped bytes)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
