"""Reading spreadsheets people saved: ``.xlsx`` workbooks and ``.csv`` files, as tables of cells.

Words: a *table* is one sheet of a workbook, or the whole of a CSV file: its rows, each with its
number as the clerk sees it (the sheet's row, the CSV file's line) and its cells' *values*:
text (NFC), a number, a date, or a :class:`Clock` (a duration read from a time cell).

- ``.xlsx`` (openpyxl, read-only, cached values of formulas): every worksheet, at most
  :data:`MAX_COLUMNS` columns and :data:`MAX_ROWS` rows each. A time cell is a duration; Excel
  reads a typed ``12:30`` as 12 hours 30 minutes, and SPEC 3 reads ``12:30`` as 12 minutes 30
  seconds: a time whose cell shows hours and minutes but no seconds (``h:mm``) is read as
  minutes and seconds, as the clerk typed it.
- ``.csv``: UTF-8 (with or without a byte-order mark), UTF-16 with its mark, or Windows-1258,
  the code page Excel writes for Vietnamese. Text that is UTF-8 read once as a Windows code page
  ("NgÃ y" for "Ngày", as when a UTF-8 file is opened in Excel and saved again) is repaired when
  that can be done exactly, else refused with an ``encoding`` problem. The delimiter (``;``,
  ``,`` or a tab) is the one under which a header row appears (``is_header``), else the one that
  splits the first lines most evenly.

Nothing here does I/O: both readers take the file's bytes. Why a file gives no table is a
:class:`~hpcampaign.load.marks.Fatal` (a catalogue id, and a position where one exists).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, cast
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.cell.read_only import EmptyCell, ReadOnlyCell
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from hpcampaign.load.marks import MAX_ITEMS, Fatal, text_position
from hpcampaign.text.values import format_duration

#: Columns read of a sheet: a submission has nine, and a table a few more (a row number, notes).
MAX_COLUMNS = 40
#: Rows read of a sheet or a CSV file (blank ones included): a file's items are at most
#: :data:`~hpcampaign.load.marks.MAX_ITEMS`; the rows above the header are a few.
MAX_ROWS = MAX_ITEMS + 100
#: What a workbook's parts may unpack to: openpyxl holds a workbook's shared strings in memory,
#: and a file of a few megabytes can unpack to gigabytes. A sheet of 100,000 rows is about 30 MB.
MAX_UNPACKED = 256 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Clock:
    """A duration read from a time cell, in whole seconds."""

    seconds: int


Value = str | int | float | date | Clock


@dataclass(slots=True)
class Table:
    """One sheet, or one CSV file: ``rows`` are (row number, cells) with trailing blanks cut."""

    name: str | None
    rows: list[tuple[int, list[Value | None]]] = field(default_factory=list)
    too_many: bool = False
    """More than :data:`MAX_ROWS` rows: the rest was not read."""


def text_of(value: Value) -> str:
    """A cell as text: numbers without a needless ``.0``, dates ISO, durations ``12:30``."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, Clock):
        return format_duration(value.seconds) if value.seconds > 0 else "0"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- xlsx --------------------------------------------------------------------------------------

#: What a file that is not a workbook (an .xls renamed, a damaged download) makes the reader raise.
_BROKEN = (
    InvalidFileException,
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    ParseError,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    EOFError,
    OSError,
)


def read_xlsx(data: bytes) -> list[Table] | Fatal:
    """Every worksheet of a workbook's bytes, or why it cannot be read."""
    unpacked = _unpacked_size(data)
    if unpacked is None:
        return Fatal("import.not-xlsx")
    if unpacked > MAX_UNPACKED:
        return Fatal("import.xlsx-too-large", params=(("limit", str(MAX_UNPACKED)), ("size", str(unpacked))))
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except _BROKEN:
        return Fatal("import.not-xlsx")
    try:
        return [_sheet(sheet) for sheet in book.worksheets if isinstance(sheet, ReadOnlyWorksheet)]
    except _BROKEN:
        return Fatal("import.not-xlsx")
    finally:
        book.close()


def _unpacked_size(data: bytes) -> int | None:
    """The size a workbook's parts unpack to, as its archive declares them (a part is never read
    past its declared size); None when it is no archive."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(entry.file_size for entry in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        return None


def _sheet(sheet: ReadOnlyWorksheet) -> Table:
    table = Table(sheet.title)
    sheet.reset_dimensions()  # some writers give a wrong size; read what is there
    # The stubs give a read-only sheet the rows of an ordinary one; its cells are read-only ones.
    rows: Iterator[tuple[ReadOnlyCell | EmptyCell, ...]] = cast(Any, sheet).iter_rows(max_col=MAX_COLUMNS)
    for number, row in enumerate(rows, start=1):
        if number > MAX_ROWS:
            table.too_many = True
            break
        cells = [_value(cell) for cell in row]
        while cells and cells[-1] is None:
            cells.pop()
        if cells:
            table.rows.append((number, cells))
    return table


def _value(cell: ReadOnlyCell | EmptyCell) -> Value | None:
    value = cell.value
    if isinstance(value, str):
        text = unicodedata.normalize("NFC", value)
        return text if text.strip() else None
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, int | float | date):
        return value
    if isinstance(value, time | timedelta):
        return clock(value, str(getattr(cell, "number_format", "") or ""))
    return None


_LOCALE = re.compile(r"\[\$[^\]]*\]|\"[^\"]*\"")


def clock(value: time | timedelta, number_format: str) -> Clock:
    """A time cell as a duration (see the module docstring): ``12:30`` shown ``h:mm`` is 750 s."""
    if isinstance(value, timedelta):
        seconds = round(value.total_seconds())
    else:
        seconds = value.hour * 3600 + value.minute * 60 + value.second + round(value.microsecond / 1e6)
    shown = _LOCALE.sub("", number_format.lower())
    if "h" in shown and "s" not in shown and seconds % 60 == 0:
        seconds //= 60  # typed "12:30", read by Excel as hours and minutes
    return Clock(seconds)


# --- csv ---------------------------------------------------------------------------------------

_BOM = b"\xef\xbb\xbf"
_DELIMITERS = (";", ",", "\t")
#: Records read to choose the delimiter.
_SNIFFED = 30
#: A Vietnamese letter's UTF-8 bytes read as Windows-1252 or -1258: "Ã ", "áº¡", "Æ°", "Ä'".
_MOJIBAKE = re.compile(
    "[ÃĂÄÅÆ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013-\u203a\u20ac\u2122]|á[º»]|ï»¿"
)


def read_csv(data: bytes, is_header: Callable[[Sequence[Value | None]], bool]) -> Table | Fatal:
    """The table of a CSV file's bytes, or why it cannot be read (see the module docstring)."""
    text = decode_csv(data)
    if isinstance(text, Fatal):
        return text
    delimiter = _delimiter(text, is_header)
    table = Table(None)
    try:
        for number, cells in _records(text, delimiter, strict=True):
            if number > MAX_ROWS:
                table.too_many = True
                break
            values: list[Value | None] = [cell.strip() or None for cell in cells[:MAX_COLUMNS]]
            while values and values[-1] is None:
                values.pop()
            if values:
                table.rows.append((number, values))
    except _BrokenAt as broken:
        return Fatal("import.csv-broken", broken.line, 1)
    return table


class _BrokenAt(csv.Error):
    """A record the CSV reader cannot read (a cell past its size limit), and the line it starts on."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def _records(text: str, delimiter: str, strict: bool = False) -> Iterator[tuple[int, list[str]]]:
    """(the line a record starts on, its cells). ``strict``: a quote left open to the end of the
    file is an error (else it swallows the rows after it into one cell)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise _BrokenAt(start) from error
        yield start, cells
        start = reader.line_num + 1


def decode_csv(data: bytes) -> str | Fatal:
    """A CSV file's text in NFC (see the module docstring), or an ``encoding`` problem."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return Fatal("import.csv-encoding", 1, 1)
    elif b"\x00" in data:
        line, column = text_position(data[: data.index(b"\x00")].decode("utf-8", "replace"), None)
        return Fatal("import.csv-binary", line, column)
    else:
        body = data[len(_BOM) :] if data.startswith(_BOM) else data
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            try:
                text = body.decode("cp1258")
            except UnicodeDecodeError:
                line, column = text_position(body[: error.start].decode("utf-8", "replace"), None)
                return Fatal("import.csv-encoding", line, column)
    repaired = _unmangled(text)
    if isinstance(repaired, Fatal):
        return repaired
    return unicodedata.normalize("NFC", repaired)


def _unmangled(text: str) -> str | Fatal:
    """Text without mojibake: as it was, repaired exactly, or an ``encoding`` problem."""
    found = _MOJIBAKE.search(text)
    if found is None:
        return text
    for code_page in ("cp1252", "cp1258"):
        try:
            return _bytes_of(text, code_page).decode("utf-8")
        except UnicodeError:
            continue
    line, column = text_position(text, found.start())
    start = max(0, found.start() - 8)
    sample = text[start : found.end() + 8].split("\n")[-1].strip()
    return Fatal("import.csv-mojibake", line, column, (("sample", sample),))


def _bytes_of(text: str, code_page: str) -> bytes:
    """``text`` in a Windows code page, the bytes it leaves undefined (0x81, 0x8D, …) taken back
    from the C1 controls Windows read them as."""
    return b"".join(bytes([ord(c)]) if "\x80" <= c <= "\x9f" else c.encode(code_page) for c in text)


def _delimiter(text: str, is_header: Callable[[Sequence[Value | None]], bool]) -> str:
    head = "\n".join(text.splitlines()[:_SNIFFED])
    for delimiter in _DELIMITERS:
        try:
            rows = [cells for _, cells in _records(head, delimiter)]
        except csv.Error:
            continue
        if any(is_header([cell.strip() or None for cell in cells]) for cells in rows):
            return delimiter
    return max(_DELIMITERS, key=lambda d: (_evenness(head, d), -_DELIMITERS.index(d)))


def _evenness(head: str, delimiter: str) -> int:
    """How many lines share the most common number of cells (more than one) under a delimiter."""
    counts: dict[int, int] = {}
    try:
        for _, cells in _records(head, delimiter):
            if len(cells) > 1:
                counts[len(cells)] = counts.get(len(cells), 0) + 1
    except csv.Error:
        return 0
    return max(counts.values(), default=0)
