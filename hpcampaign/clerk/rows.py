"""A table's rows written as the YAML of a submission, each value on a line of its own.

Words: the *lines* are the YAML being written; every line that holds a cell's value remembers
that cell (row number, column), and the first line of each item is an *item start*, so that a
problem ``check`` finds at a line is taken back to its cell. A row is an item when any of its
known columns holds something; its fields are written in the order of :data:`.columns.FIELDS`,
only those with a value.

A value is written normalised where it is understood (an Excel date or ``29/09/2025`` as
``2025-09-29``, an Excel time or ``6 phút 30 giây`` as ``"6:30"``, a kind's label as its id,
``TV, Youtube`` as ``[tv, youtube]``), bare when YAML reads it as itself, else quoted as typed:
``check`` then says what is wrong with it, as it would in a file.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from hpcampaign.clerk.columns import FIELDS
from hpcampaign.clerk.layout import Above, Layout
from hpcampaign.clerk.sheets import Value, text_of
from hpcampaign.clerk.yaml_text import quoted, scalar
from hpcampaign.plan.model import Plan
from hpcampaign.text.values import format_duration, parse_date, parse_duration


class Lines:
    """The YAML being written, and the cell of every line that holds a cell's value."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.cells: dict[int, tuple[int, int]] = {}
        """YAML line (1-based) → (row number, column 1-based)."""
        self.item_starts: set[int] = set()

    def add(self, text: str, cell: tuple[int, int] | None = None) -> int:
        self.lines.append(text)
        if cell is not None:
            self.cells[len(self.lines)] = cell
        return len(self.lines)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def period(lines: Lines, said: Above, plan: Plan) -> None:
    """``period:`` from the ``Kỳ báo cáo:`` row, its dates at their cells."""
    row, label_index = said.label["period"]
    lines.add("period:", (row, label_index + 1))
    for key, (index, value) in zip(("from", "to"), said.period, strict=False):
        lines.add(f"  {key}: {scalar(date_text(value, plan))}", (row, index + 1))


def filled(cells: list[Value | None], columns: Layout) -> bool:
    """Whether a row holds anything in a known column (else it is not an item)."""
    return any(index < len(cells) and cells[index] is not None for index in columns.columns.values())


def item(lines: Lines, number: int, cells: list[Value | None], columns: Layout, plan: Plan) -> None:
    """One row (sheet row or CSV line ``number``) as one item."""
    first = True
    for name in FIELDS:
        index = columns.columns.get(name)
        value = cells[index] if index is not None and index < len(cells) else None
        if index is None or value is None:
            continue
        line = lines.add(
            f"{'  - ' if first else '    '}{name}: {written(name, value, plan)}", (number, index + 1)
        )
        if first:
            lines.item_starts.add(line)
        first = False


def written(name: str, value: Value, plan: Plan) -> str:
    """A cell's value as written in the YAML (see the module docstring)."""
    if name == "date":
        return scalar(date_text(value, plan))
    if name == "duration":
        return scalar(duration_text(value))
    text = text_of(value)
    if name == "kind":
        kind = plan.resolve_kind(text)
        return scalar(kind.id) if kind is not None else quoted(text)
    if name == "language":
        return scalar(text.lower()) if text.lower() in plan.language_ids else quoted(text)
    if name == "platforms":
        words = [word.strip() for word in _LIST.split(text) if word.strip()]
        said = [scalar(w.lower()) if w.lower() in plan.platform_ids else quoted(w) for w in words]
        return "[" + ", ".join(said) + "]"
    if name == "count":
        return scalar(text)
    return quoted(text)


#: What separates platforms in one cell: "tv, youtube", "tv; youtube", "tv/youtube", one a line.
_LIST = re.compile(r"[,;/\n]")


def date_text(value: Value, plan: Plan) -> str:
    """An Excel date as ISO; a text date as ISO when it is one (the check says why when not)."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = text_of(value)
    try:
        return parse_date(text, plan.meta.timezone).isoformat()
    except ValueError:
        return text


def duration_text(value: Value) -> str:
    """An Excel time as ``12:30``; a text or a number of minutes the same when it is a duration."""
    text = text_of(value)
    try:
        return format_duration(parse_duration(text))
    except ValueError:
        return text
