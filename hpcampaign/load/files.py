"""Reading a file people wrote: its bytes (never blocking on a FIFO or a device, never more
than the size limit), then UTF-8 without a BOM and in NFC, or the reason it cannot be had.
"""

from __future__ import annotations

import errno
import os
import stat
import unicodedata
from pathlib import Path

from hpcampaign.load.marks import Fatal, byte_position

MAX_BYTES = 10 * 1024 * 1024


_BOM = b"\xef\xbb\xbf"


#: Why a file could not be opened, in the words of the catalogue (others keep the system's words).
_ERRNO_MESSAGES = {
    errno.ENOENT: "unreadable.missing",
    errno.ELOOP: "unreadable.loop",
    errno.EACCES: "unreadable.denied",
    errno.EPERM: "unreadable.denied",
    errno.EISDIR: "unreadable.not-file",
}


def read_bytes(path: Path) -> bytes | Fatal:
    """The file's bytes, or why they cannot be had. Never blocks on a FIFO or a device."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return Fatal("unreadable.not-file")
        if st.st_size > MAX_BYTES:
            return _too_big(st.st_size)
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        known = _ERRNO_MESSAGES.get(exc.errno or 0)
        if known is not None:
            return Fatal(known)
        return Fatal("unreadable", params=(("reason", exc.strerror or type(exc).__name__),))
    if len(raw) > MAX_BYTES:
        return _too_big(len(raw))
    return raw


def _too_big(size: int) -> Fatal:
    return Fatal("too-large.size", params=(("limit", str(MAX_BYTES)), ("size", str(size))))


def decode(raw: bytes) -> bytes | Fatal:
    """UTF-8 bytes without a BOM and in NFC, ready for libyaml; or an ``encoding`` problem."""
    if raw.startswith(_BOM):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return Fatal("encoding.utf16", 1, 1, (("encoding", "UTF-32"),))
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Fatal("encoding.utf16", 1, 1, (("encoding", "UTF-16"),))
    if b"\x00" in raw:
        # UTF-16 without a BOM shows a NUL in every other byte of ASCII text.
        head = raw[:200]
        if len(head) >= 4 and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4):
            return Fatal("encoding.utf16", 1, 1, (("encoding", "UTF-16"),))
        offset = raw.index(b"\x00")
        line, column = byte_position(raw, offset)
        return Fatal("encoding.binary", line, column)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = byte_position(raw, exc.start)
        return Fatal("encoding.invalid", line, column, (("byte", f"0x{raw[exc.start]:02X}"),))
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        raw = unicodedata.normalize("NFC", text).encode("utf-8")
    return raw
