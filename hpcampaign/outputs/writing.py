"""Writing an output file (``--output``) without harming anything beside it.

A regular file is replaced whole: the text goes to a fresh temporary file in the same folder,
created exclusively under a random name (so a link planted under a guessable name is never
followed, and two runs writing one output never share a temporary file), given the permissions
of the file it replaces, then renamed over it. A reader sees the old file or the new one, never
half of one. A device or a FIFO (``/dev/null``, a pipe) is written through. A target that is a
link is replaced by a regular file; the file it pointed to is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path


class OutputError(Exception):
    """The output cannot be written: the system's error number and its own words."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or type(error).__name__)
        self.errno = error.errno or 0
        self.reason = error.strerror or type(error).__name__


def write_file(data: Iterable[bytes], target: Path) -> None:
    """Write ``data`` to ``target`` as the module docstring says; :class:`OutputError` if it fails."""
    try:
        try:
            found = os.lstat(target)
        except FileNotFoundError:
            found = None
        if found is not None and not stat.S_ISREG(found.st_mode) and not stat.S_ISLNK(found.st_mode):
            with open(target, "wb") as handle:
                handle.writelines(data)
            return
        mode = stat.S_IMODE(found.st_mode) if found is not None and stat.S_ISREG(found.st_mode) else None
        _replace(data, target, mode)
    except OSError as error:
        raise OutputError(error) from None


def _replace(data: Iterable[bytes], target: Path, mode: int | None) -> None:
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name[:64]}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.writelines(data)
        os.chmod(temporary, mode if mode is not None else 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    """The process's umask (a new file gets the permissions any program would give it)."""
    current = os.umask(0o022)
    os.umask(current)
    return current


def write_stdout(data: Iterable[bytes]) -> None:
    """Write ``data`` to standard output; :class:`OutputError` when it is full or closed.

    After a failure, standard output is pointed at the null device, so that the interpreter's
    own flush at exit finds nothing to complain about.
    """
    stream = sys.stdout.buffer
    try:
        for piece in data:  # write() each: some streams (test runners') only override write
            stream.write(piece)
        stream.flush()
    except OSError as error:
        with contextlib.suppress(OSError, ValueError):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, stream.fileno())
            os.close(null)
        raise OutputError(error) from None
