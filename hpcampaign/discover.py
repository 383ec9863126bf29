"""Finding submission files under the paths a user names.

A path that is a file is checked whatever its name; a folder is walked for ``*.yaml`` and
``*.yml`` files (any case), in sorted order, skipping hidden files and folders (names starting
with ``.``). Links to folders are followed, but every real folder is walked once, so a link
loop cannot trap the walk and a folder linked twice is not counted twice; a file reached by two
paths is checked once. Links to files are listed: a broken or looping one is then reported as
``unreadable``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

SUFFIXES = (".yaml", ".yml")


class MissingPath(Exception):
    """A path the user named does not exist."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def discover(paths: Iterable[Path]) -> list[Path]:
    """Every submission file under ``paths``, each once, sorted by path."""
    found: dict[str, Path] = {}
    walked: set[str] = set()
    for root in paths:
        if root.is_dir():
            for folder, dirs, files in os.walk(root, followlinks=True):
                real = os.path.realpath(folder)
                if real in walked:
                    dirs[:] = []
                    continue
                walked.add(real)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                        path = Path(folder, name)
                        found.setdefault(os.path.realpath(path), path)
        elif root.exists() or root.is_symlink():
            found.setdefault(os.path.realpath(root), root)
        else:
            raise MissingPath(root)
    return sorted(found.values(), key=lambda path: os.path.normpath(path))


def display(path: Path) -> str:
    """The path as it is shown and written to JSON: forward slashes, no leading './'."""
    return Path(os.path.normpath(path)).as_posix()
