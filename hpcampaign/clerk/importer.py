"""Spreadsheets made submissions, checked by the code of ``check`` and its problems put at the cell.

Words: a *source* is one file given to ``import`` (``bao-cao.xlsx``, ``tuan-39.csv``); each of
its tables (:mod:`.sheets`) with a header row (:mod:`.layout`) is one unit's *submission*. The
rows above the header may label the unit (``Đơn vị:``), the period and the reporter; each row
below it with anything in a known column is one item (:mod:`.rows`). A *place* is where a person finds a cell:
``bao-cao.xlsx!phuong-hong-bang:B12`` in a workbook, ``tuan-39.csv:12:2`` (line, column) in a
CSV file.

How: the submission's YAML is written with each value on a line of its own, every line of an
item's value remembered with its row and column; the YAML is checked by
:func:`hpcampaign.intake.validate.check_data` (and its duplicates by the tally), exactly as
``check`` would check the file, and each problem's line is taken back to its cell. So the codes
and messages are ``check``'s, with three differences that belong to a sheet: a duplicate names
the *row* of the first item, a problem about a missing field is at that field's column of the
row, and no message says the whole file is not counted (nothing of a source with an error is
written at all). The unit is ``--unit``, else the sheet's name when it is a unit's id or name,
else the ``Đơn vị:`` cell (a CSV file's name stands for the sheet's).

Example: row 12 of sheet ``phuong-hong-bang`` has ``tinn`` in its ``Loại`` column (B) →
``bao-cao.xlsx!phuong-hong-bang:B12  unknown-kind  loại tin 'tinn' không có trong kế hoạch —
có phải 'tin'?``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import PurePath

from openpyxl.utils import get_column_letter

from hpcampaign.clerk.layout import HEADER_ROWS, Above, Layout, above, header_row, layout
from hpcampaign.clerk.rows import Lines, filled, item, period
from hpcampaign.clerk.sheets import Table
from hpcampaign.clerk.yaml_text import quoted
from hpcampaign.intake.context import Context, context
from hpcampaign.intake.validate import check_data
from hpcampaign.judge.tally import build
from hpcampaign.load.marks import MAX_ITEMS, Fatal
from hpcampaign.plan.model import Plan
from hpcampaign.records import Problem, make, pack
from hpcampaign.text.names import slug


@dataclass(frozen=True, slots=True)
class Settings:
    plan: Plan
    unit: str | None
    """``--unit``, resolved to an id; None: each table says its own."""
    today: date


@dataclass(frozen=True, slots=True)
class Located:
    """A problem at its place; ``order`` sorts the problems of a source (table, row, column)."""

    where: str
    order: tuple[int, int, int]
    problem: Problem


@dataclass(slots=True)
class Converted:
    """One table as a submission file: its unit, its YAML, how many items."""

    table: str | None
    unit: str
    text: str
    items: int


@dataclass(slots=True)
class Imported:
    """Everything ``import`` made of one source."""

    source: str
    converted: list[Converted] = field(default_factory=list)
    problems: list[Located] = field(default_factory=list)
    skipped: list[tuple[str, list[str]]] = field(default_factory=list)
    """(place of a header row, the headers of the columns left out: not columns of a submission)."""

    @property
    def errors(self) -> int:
        return sum(1 for located in self.problems if located.problem.severity == "error")

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors


def import_source(source: str, tables: list[Table] | Fatal, settings: Settings) -> Imported:
    """Convert every table of a source (or say why it has none) and check what it makes."""
    imported = Imported(source)
    if isinstance(tables, Fatal):
        place = _Place(source, None, tables.line, tables.column)
        imported.problems.append(
            place.located(0, make(source, tables.line, tables.column, tables.msg_id, **dict(tables.params)))
        )
        return imported
    ctx = context(settings.plan, settings.today, settings.today)
    headed = 0
    for index, table in enumerate(tables):
        header = header_row(table)
        if header is None:
            continue  # a sheet of notes or targets beside the data
        headed += 1
        _convert(imported, index, table, header, settings, ctx)
    if not headed:
        first = tables[0].name if tables else None
        place = _Place(source, first, 1, 1)
        imported.problems.append(place.located(0, make(source, 1, 1, "import.no-header", rows=HEADER_ROWS)))
    imported.problems.sort(key=lambda located: located.order)
    return imported


@dataclass(frozen=True, slots=True)
class _Place:
    """Where a cell is, as the clerk finds it (see the module docstring)."""

    source: str
    sheet: str | None
    row: int | None
    column: int | None

    def where(self) -> str:
        if self.sheet is None:
            return ":".join(str(part) for part in (self.source, self.row, self.column) if part is not None)
        if self.row is None:
            return f"{self.source}!{self.sheet}"
        return f"{self.source}!{self.sheet}:{get_column_letter(self.column or 1)}{self.row}"

    def located(self, table: int, problem: Problem) -> Located:
        return Located(self.where(), (table, self.row or 0, self.column or 0), problem)


def _convert(
    imported: Imported, index: int, table: Table, header: int, settings: Settings, ctx: Context
) -> None:
    """One table (its header row at ``header``) as a submission, checked; its problems at their cells."""
    source, plan = imported.source, settings.plan
    header_number, header_cells = table.rows[header]
    columns = layout(source, header_cells)

    def place(row: int | None, column: int | None) -> _Place:
        return _Place(source, table.name, row, column)

    for column, problem in columns.problems:
        imported.problems.append(place(header_number, column + 1).located(index, problem))
    if columns.skipped:
        imported.skipped.append((place(header_number, None).where(), columns.skipped))
    if table.too_many:
        problem = make(source, None, None, "too-large.items", limit=MAX_ITEMS)
        imported.problems.append(place(None, None).located(index, problem))
        return
    said = above(table.rows[:header])
    unit = _unit(source, table, said, settings)
    if unit is None:
        row, column = said.label.get("unit", (1, 0))
        imported.problems.append(
            place(row, column + 1).located(index, make(source, None, None, "import.no-unit"))
        )
        return
    lines = Lines()
    lines.add(f"# {_said_source(source, table.name)}")
    lines.add("format: 1")
    unit_text, unit_cell = unit
    resolved = plan.resolve_unit(unit_text)
    lines.add(f"unit: {resolved.id if resolved is not None else quoted(unit_text)}", unit_cell)
    if said.reporter is not None:
        lines.add(f"reporter: {quoted(said.reporter[1])}", (said.label["reporter"][0], said.reporter[0] + 1))
    if "period" in said.label:
        period(lines, said, plan)
    rows = [(number, cells) for number, cells in table.rows[header + 1 :] if filled(cells, columns)]
    lines.add("items:" if rows else "items: []")
    for number, cells in rows:
        item(lines, number, cells, columns, plan)
    text = lines.text()
    summary = check_data(source, text.encode("utf-8"), ctx)
    for problem in [*summary.problems, *build([summary]).duplicates.get(source, [])]:
        cell = _cell_of(problem, lines, columns)
        at = place(*cell) if cell is not None else place(None, None)
        imported.problems.append(at.located(index, _for_a_sheet(problem, lines)))
    unit_id = resolved.id if resolved is not None else slug(unit_text) or "unit"
    imported.converted.append(Converted(table.name, unit_id, text, len(rows)))


def _unit(
    source: str, table: Table, said: Above, settings: Settings
) -> tuple[str, tuple[int, int] | None] | None:
    """The unit's text and the cell it is in (None: from ``--unit`` or the name). A CSV file has no
    sheet: its file's name stands for one (``phuong-hong-bang.csv``)."""
    if settings.unit is not None:
        return settings.unit, None
    named = settings.plan.resolve_unit(table.name if table.name is not None else PurePath(source).stem)
    if named is not None:
        return named.id, None
    if said.unit is not None and said.unit[1]:
        row = said.label["unit"][0]
        return said.unit[1], (row, said.unit[0] + 1)
    return None


def _said_source(source: str, sheet: str | None) -> str:
    """The first line of the YAML: where it came from (one line, whatever the names hold)."""
    name = unicodedata.normalize("NFC", source if sheet is None else f"{source}!{sheet}")
    return "hpcampaign import: " + re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", "?", name)


#: Problems about a missing field of an item, and that field: said at that field's column.
_MISSING = {"schema.title-required": "title", "schema.duration-required": "duration"}


def _cell_of(problem: Problem, lines: Lines, columns: Layout) -> tuple[int, int] | None:
    """The cell of a problem's line; a missing field of an item at that field's column."""
    if problem.line is None or problem.line not in lines.cells:
        return None
    row, column = lines.cells[problem.line]
    if problem.line in lines.item_starts:
        params = dict(problem.params)
        missing = params.get("field") if problem.msg_id == "schema.missing" else _MISSING.get(problem.msg_id)
        if missing in columns.columns:
            column = columns.columns[missing] + 1
    return row, column


def _for_a_sheet(problem: Problem, lines: Lines) -> Problem:
    """The problem as a sheet says it: a duplicate names the first item's row; nothing voids."""
    params = dict(problem.params)
    params.pop("voids", None)
    first = params.get("first_line")
    if first is not None and first.isdigit() and int(first) in lines.cells:
        params["first_line"] = str(lines.cells[int(first)][0])
    return replace(problem, params=pack(params))


def output_name(unit: str, source: str) -> str:
    """The file a submission is written to: ``<unit>-<source>.yaml``, or ``<unit>.yaml`` when the
    source is named after its unit (the command line adds ``-2``, ``-3`` to a name taken twice)."""
    stem = slug(PurePath(source).stem) or "import"
    return f"{unit}.yaml" if stem == unit else f"{unit}-{stem}.yaml"
