"""A table's layout: which row heads it, which column holds which field, what the rows above say.

Words (see :mod:`.columns` for headers and labels): the *header row* is the first of a table's
first :data:`HEADER_ROWS` rows that heads a date column and a kind column; its *layout* maps each
field to the index of its cell in a row. A header near a field's but not one (``Tiêu đề bài``) is
a problem at its cell (``unknown-field``, "did you mean"), as is a field's second column
(``duplicate-key``); a row-number column (``STT``) is skipped without a word; any other column is
left out and said so (``skipped``). The rows *above* the header row may label the unit, the
period and the reporter, the value in the label's own cell after its colon or in the next cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

from hpcampaign.clerk.columns import ROW_NUMBERS, Label, field_of, fold, label_of, near_header
from hpcampaign.clerk.sheets import Table, Value, text_of
from hpcampaign.records import Problem, make

#: Rows (not blank) searched for the header row.
HEADER_ROWS = 30


def is_header(cells: Sequence[Value | None]) -> bool:
    """Whether a row heads a date column and a kind column."""
    found = {field_of(cell) for cell in cells if isinstance(cell, str)}
    return "date" in found and "kind" in found


def header_row(table: Table) -> int | None:
    """The index in ``table.rows`` of its header row, if one of the first rows is."""
    for index, (_number, cells) in enumerate(table.rows[:HEADER_ROWS]):
        if is_header(cells):
            return index
    return None


@dataclass(slots=True)
class Layout:
    """The columns of a table: field → index of its cell in a row; the problems of its header
    (index of the cell, problem) and the headers of the columns left out."""

    columns: dict[str, int] = field(default_factory=dict)
    problems: list[tuple[int, Problem]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def layout(source: str, cells: list[Value | None]) -> Layout:
    """The layout a header row gives (problems named after ``source``)."""
    found = Layout()
    for index, cell in enumerate(cells):
        text = text_of(cell) if cell is not None else ""
        if not text:
            continue
        name = field_of(text)
        if name is not None and name not in found.columns:
            found.columns[name] = index
        elif name is not None:
            first = get_column_letter(found.columns[name] + 1)
            found.problems.append(
                (index, make(source, None, None, "import.repeated-column", field=text, first=first))
            )
        elif fold(text) not in ROW_NUMBERS:
            near = near_header(text)
            if near is None:
                found.skipped.append(text)
            else:
                found.problems.append(
                    (index, make(source, None, None, "import.unknown-column", field=text, suggestion=near))
                )
    return found


@dataclass(slots=True)
class Above:
    """What the rows above the header row say: each label's values, with their cells' indexes."""

    unit: tuple[int, str] | None = None
    reporter: tuple[int, str] | None = None
    period: list[tuple[int, Value]] = field(default_factory=list)
    label: dict[Label, tuple[int, int]] = field(default_factory=dict)
    """Label → (row number, cell index) of the label itself."""


def above(rows: list[tuple[int, list[Value | None]]]) -> Above:
    """What the labels of these rows say (a row is a label's when its first cell is one)."""
    said = Above()
    for number, cells in rows:
        filled = [(index, cell) for index, cell in enumerate(cells) if cell is not None]
        if not filled or not isinstance(filled[0][1], str):
            continue
        found = label_of(filled[0][1])
        if found is None:
            continue
        label, rest = found
        values: list[tuple[int, Value]] = [(filled[0][0], rest)] if rest else filled[1:]
        said.label[label] = (number, filled[0][0])
        if label == "period":
            said.period = values[:2]
        elif values and label == "unit":
            said.unit = (values[0][0], text_of(values[0][1]))
        elif values:
            said.reporter = (values[0][0], text_of(values[0][1]))
    return said
