"""The workbook to fill in (``hpcampaign new --format xlsx``): the submission of :mod:`.template` as a sheet.

Three sheets, in the language asked for:

- the unit's sheet, named by its id (a sheet name holds 31 characters at most; a longer id is
  cut, and the ``Đơn vị:`` cell still names the unit): ``Đơn vị:``, ``Kỳ báo cáo:`` (two dates)
  and ``Người báo cáo:`` labels in column A, a line on how to fill it in, then the header row
  (:data:`HEADER_ROW`) of the nine columns of :mod:`.columns`. The rows below offer lists:
  the kinds by their labels (a warning for anything else), the platforms and the languages by
  their ids (a platform list is only a help: a cell may name several). Dates and durations are
  text cells, so Excel keeps ``29/09/2025`` and ``12:30`` as typed, whatever its locale (an
  Excel date or time typed into them is read too);
- ``Chỉ tiêu`` (Targets): the unit's duties in the period (:mod:`.duties`);
- ``Danh mục`` (Lists): the words the lists offer, each with its full name.

``hpcampaign import`` reads the unit's sheet back. The bytes depend only on the plan and the
request: the workbook's created and modified times are the period's first day, and every entry
of the archive is dated 1980-01-01.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from hpcampaign.clerk.columns import FIELDS, LABELS, headers
from hpcampaign.clerk.duties import duties, duty
from hpcampaign.clerk.template import Request
from hpcampaign.outputs import words
from hpcampaign.plan.model import Plan, Rule
from hpcampaign.records import Lang
from hpcampaign.text.catalogue import say
from hpcampaign.text.phrases import PhraseId

#: The row of the column headers on the unit's sheet; the rows above hold the labels.
HEADER_ROW = 5
#: Rows below the header that offer the lists.
LIST_ROWS = 1000
#: The longest name of a sheet Excel allows.
SHEET_NAME = 31
_WIDTHS = {
    "date": 13,
    "kind": 22,
    "title": 48,
    "url": 32,
    "platforms": 16,
    "language": 11,
    "duration": 12,
    "count": 9,
    "note": 28,
}
_BOLD = Font(bold=True)
_LIST_ERRORS: dict[str, PhraseId] = {
    "kinds": "clerk.list-error-kinds",
    "languages": "clerk.list-error-languages",
}


def render(plan: Plan, request: Request) -> bytes:
    """The workbook's bytes."""
    lang = request.lang
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    sheet.title = request.unit[:SHEET_NAME]
    lists = book.create_sheet(say("clerk.sheet-lists", lang))
    ranges = _lists(lists, plan, lang)
    _unit_sheet(sheet, plan, request, ranges)
    targets = book.create_sheet(say("clerk.sheet-targets", lang), 1)
    _targets(targets, plan, request, duties(plan, request.unit, request.start, request.end))
    moment = datetime.combine(request.start, time())
    book.properties.creator = "hpcampaign"
    book.properties.created = moment
    book.properties.modified = moment
    book.properties.lastModifiedBy = "hpcampaign"
    return _fixed_times(_saved(book))


def _unit_sheet(sheet: Worksheet, plan: Plan, request: Request, ranges: dict[str, str]) -> None:
    lang = request.lang
    unit = plan.unit_by_id[request.unit]
    labels = [say(LABELS[label], lang) for label in ("unit", "period", "reporter")]
    sheet.append([labels[0], unit.id, unit.name])
    sheet.append([labels[1], request.start, request.end])
    sheet.append([labels[2]])
    sheet.append([say("clerk.sheet-how-to", lang, targets=say("clerk.sheet-targets", lang))])
    for dated in (sheet["B2"], sheet["C2"]):
        dated.number_format = "dd/mm/yyyy"
    for row in range(1, HEADER_ROW):
        sheet.cell(row, 1).font = _BOLD
    sheet.append(headers(lang))
    for cell in sheet[HEADER_ROW]:
        cell.font = _BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    for index, field in enumerate(FIELDS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = _WIDTHS[field]
        if field in ("date", "duration"):
            sheet.column_dimensions[letter].number_format = "@"
    first, last = HEADER_ROW + 1, HEADER_ROW + LIST_ROWS
    for field, name in (("kind", "kinds"), ("platforms", "platforms"), ("language", "languages")):
        column = get_column_letter(FIELDS.index(field) + 1)
        validation = DataValidation(type="list", formula1=ranges[name], allow_blank=True)
        if field == "platforms":
            validation.showErrorMessage = False
        else:
            validation.showErrorMessage = True
            validation.errorStyle = "warning"
            validation.errorTitle = say("clerk.list-error-title", lang)
            validation.error = say(_LIST_ERRORS[name], lang)
        validation.add(f"{column}{first}:{column}{last}")
        sheet.add_data_validation(validation)


def _lists(sheet: Worksheet, plan: Plan, lang: Lang) -> dict[str, str]:
    """The words the lists offer, each beside its full name; the ranges (formulas) of each list."""
    sheet.append(
        [
            say("clerk.list-kinds", lang),
            say("clerk.list-name", lang),
            say("clerk.list-platforms", lang),
            say("clerk.list-name", lang),
            say("clerk.list-languages", lang),
            say("clerk.list-name", lang),
        ]
    )
    columns = [
        [
            (kind.label if lang == "vi" and kind.label else kind.id, kind.name.get(lang))
            for kind in plan.kinds
        ],
        [(platform.id, platform.name.get(lang)) for platform in plan.platforms],
        [(language.id, language.name.get(lang)) for language in plan.languages],
    ]
    ranges = {}
    for number, (name, entries) in enumerate(zip(("kinds", "platforms", "languages"), columns, strict=True)):
        for row, (word, full) in enumerate(entries, start=2):
            sheet.cell(row, 2 * number + 1, word)
            sheet.cell(row, 2 * number + 2, full)
        letter = get_column_letter(2 * number + 1)
        ranges[name] = f"{_quoted_sheet(sheet.title)}!${letter}$2:${letter}${len(entries) + 1}"
    for cell in sheet[1]:
        cell.font = _BOLD
    for index, width in enumerate((24, 44, 16, 24, 16, 18), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    return ranges


def _targets(sheet: Worksheet, plan: Plan, request: Request, rules: list[Rule]) -> None:
    lang = request.lang
    unit = plan.unit_by_id[request.unit]
    span = words.span_phrase(request.start, request.end, lang)
    sheet.append([say("clerk.targets-title", lang, unit_name=unit.name, span=span)])
    sheet["A1"].font = _BOLD
    sheet.append([])
    sheet.append(
        [
            say("table.rule", lang),
            say("plan.clause", lang),
            say("table.target", lang),
            say("clerk.targets-window", lang),
            say("clerk.targets-counts", lang),
            say("clerk.targets-source", lang),
        ]
    )
    for cell in sheet[3]:
        cell.font = _BOLD
    for rule in rules:
        said = duty(plan, rule, lang)
        sheet.append([said.title, said.clause, said.target, said.window, said.counts, said.source])
    if not rules:
        sheet.append([say("clerk.no-duties", lang)])
    for index, width in enumerate((60, 12, 30, 40, 50, 22), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _quoted_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _saved(book: Workbook) -> bytes:
    """The workbook's bytes, keeping the times set on it (openpyxl's ``save`` sets "modified" to now)."""
    buffer = io.BytesIO()
    archive = zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(book, archive).save()
    return buffer.getvalue()


def _fixed_times(data: bytes) -> bytes:
    """The same archive with every entry dated 1980-01-01 (zip entries carry the time they were
    written), so that one request always gives the same bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = entry.external_attr
            target.writestr(fixed, source.read(entry.filename))
    return out.getvalue()
