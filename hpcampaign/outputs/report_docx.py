"""``report --format docx``: the memo as a Vietnamese administrative report (Nghị định 30/2020/NĐ-CP).

Layout (facts in ``DOMAIN.md``): A4 portrait; margins top and bottom 20 mm, left 30 mm, right
15 mm; Times New Roman throughout. A borderless two-column letterhead: at the left the parent
body (capitals, not bold), the issuing body (bold capitals) with a short drawn line beneath, and
"Số: …/BC-…"; at the right the national title (bold capitals, 12 pt), the motto (bold, 13 pt)
with a drawn line as long as itself, and the place-and-date line in italics. Then "BÁO CÁO"
(bold, 14 pt), its subject and a short line beneath; a 14 pt body, justified, first lines
indented 1 cm; tables in 11 pt with their header row repeated on every page; "Nơi nhận:" at the
left and the signer's block at the right. Page numbers are centred at the top from page 2 on (a
different, empty first-page header, and a PAGE field in the others).

On paper: no table row splits across pages (``w:cantSplit``), headings and a table's header row
keep with what follows, a short table stays on one page with its note, columns are widened
where a word would otherwise be cut (:func:`fitted_widths`), and the signature block keeps with
the body's last paragraph (:func:`_closing`), so it never stands alone on the last page.

Same input, same bytes: the core properties come from the memo's date, python-docx's template
thumbnail is dropped, and the zip is written again with every entry dated at the memo's date.
Both are clamped into the years ZIP can store (1980–2107); the date line keeps the date as given.

Every text of the outline passes through :func:`~.report_docx_xml.xml_text` first: a character
XML cannot hold (a vertical tab pasted from Word into a plan title, a signer's name, a file name)
is dropped rather than failing the whole document. The other unsafe characters, which XML holds
but Word would act on (an ESC, a C1 control, a right-to-left override reversing a name, a tab or
line break inside a one-line value), are then shown as visible escapes
(:func:`~hpcampaign.text.safe.safe`), as in the other formats.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Length, Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from hpcampaign.memo.build import Memo
from hpcampaign.outputs import RenderOptions
from hpcampaign.outputs.report_blocks import (
    Block,
    Bullets,
    Chart,
    Heading,
    Outline,
    Paragraph,
    Table,
    each_text,
)
from hpcampaign.outputs.report_docx_xml import (
    drawn_line,
    fonts,
    keep_row,
    language,
    page_field,
    repeat_header,
    shade,
    stable_zip,
    xml_text,
    zip_day,
)
from hpcampaign.outputs.report_measure import longest_word
from hpcampaign.outputs.report_outline import outline
from hpcampaign.records import Status
from hpcampaign.text.safe import safe

BODY_PT, TABLE_PT = 14, 11
CONTENT_MM = 210 - 30 - 15
MM_PER_PT = 25.4 / 72
CELL_MM = 2 * 1.91 + 0.6
"""What a cell's text cannot use: Table Grid's margins (108 twips each side) and a little air."""
WIDEST_SHARE = 0.45
"""No column is widened past this share of the text width to fit one long word (a file path)."""
KEEP_WHOLE = 8
"""A table of at most this many rows is kept on one page, with its heading and its note."""
LEFT_MM, RIGHT_MM = 71, CONTENT_MM - 71
COLOURS: dict[Status, str] = {
    "ok": "1B5E20",
    "over": "8D5A00",
    "behind": "B34700",
    "missed": "B71C1C",
    "pending": "666666",
}
CENTER, LEFT, RIGHT, JUSTIFY = (
    WD_PARAGRAPH_ALIGNMENT.CENTER,
    WD_PARAGRAPH_ALIGNMENT.LEFT,
    WD_PARAGRAPH_ALIGNMENT.RIGHT,
    WD_PARAGRAPH_ALIGNMENT.JUSTIFY,
)
Container = DocxDocument | _Cell


def render(memo: Memo, options: RenderOptions) -> bytes:
    doc = each_text(outline(memo, options.lang), _docx_text)
    document = Document()
    _setup(document, doc)
    _letterhead(document, doc)
    _title(document, doc)
    for block in doc.blocks:
        _block(document, block)
    _closing(document, doc)
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue(), doc.issued)


def _docx_text(text: str) -> str:
    """One text of the outline as the DOCX writes it: XML-invalid characters dropped, the rest safe."""
    return safe(xml_text(text))


def _setup(document: DocxDocument, doc: Outline) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)
    tag = "vi-VN" if doc.lang == "vi" else "en-GB"
    for name in ("Normal", "Heading 1", "Heading 2"):
        style = document.styles[name]
        assert isinstance(style, ParagraphStyle)
        style.font.size, style.font.bold, style.font.italic = Pt(BODY_PT), name != "Normal", False
        style.font.color.rgb = RGBColor(0, 0, 0)
        rpr = style.element.get_or_add_rPr()
        fonts(rpr)
        if name == "Normal":
            language(rpr, tag)
        style.paragraph_format.space_before = Pt(0 if name == "Normal" else 6)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.line_spacing = 1.0
    package = document.part.package
    for key, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):  # python-docx's template picture, not this memo
            del package.rels[key]
    props = document.core_properties
    # The memo's date at midnight (written as UTC), never the moment it was rendered; clamped as
    # the zip entries are, which also keeps the year four digits long, as the format requires.
    issued = zip_day(doc.issued)
    moment = datetime(issued.year, issued.month, issued.day, tzinfo=UTC)
    props.author, props.last_modified_by, props.comments = doc.issuer, doc.issuer, ""
    props.title, props.subject = f"{doc.kind} {doc.subject}", doc.period_line
    props.created = props.modified = props.last_printed = moment
    props.revision, props.language = 1, tag
    _page_numbers(section)


def _page_numbers(section: Section) -> None:
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = CENTER
    page_field(paragraph, 13)


def _text(
    container: Container,
    text: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    align: WD_PARAGRAPH_ALIGNMENT = CENTER,
    before: float = 0,
    after: float = 0,
) -> DocxParagraph:
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after, fmt.first_line_indent = Pt(before), Pt(after), None
    run = paragraph.add_run(text)
    run.font.size, run.font.bold, run.font.italic = Pt(size), bold, italic
    return paragraph


def _line(
    container: Container, width_mm: float, length_mm: float, before: float = 0, after: float = 0
) -> None:
    drawn_line(container.add_paragraph(), width_mm, length_mm, before, after)


def _borderless(document: DocxDocument, widths_mm: tuple[float, float]) -> tuple[_Cell, _Cell]:
    table = document.add_table(rows=1, cols=2)
    _widths(table, [Mm(w) for w in widths_mm])
    keep_row(table.rows[0])
    left, right = table.rows[0].cells
    for cell in (left, right):
        cell._tc.remove(cell.paragraphs[0]._p)
    return left, right


def _widths(table: DocxTable, widths: list[Length]) -> None:
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        # Word reads the cells' widths, LibreOffice the grid's: set both.
        column.width = width
        for cell in column.cells:
            cell.width = width


def _letterhead(document: DocxDocument, doc: Outline) -> None:
    left, right = _borderless(document, (LEFT_MM, RIGHT_MM))
    _text(left, doc.parent_body, 12)
    issuer = _text(left, doc.issuer_lines[0], 12, bold=True)
    for line in doc.issuer_lines[1:]:
        issuer.add_run().add_break()
        run = issuer.add_run(line)
        run.font.size, run.font.bold = Pt(12), True
    _line(left, LEFT_MM, 22)
    _text(left, doc.number_line, 13, before=6)
    _text(right, doc.nation, 12, bold=True)
    _text(right, doc.motto, 13, bold=True)
    _line(right, RIGHT_MM, 63 if doc.lang == "vi" else 72)  # the motto's width at 13 pt bold
    _text(right, doc.date_line, 13, italic=True, before=8)


def _title(document: DocxDocument, doc: Outline) -> None:
    _text(document, doc.kind, 14, bold=True, before=18)
    _text(document, doc.subject, 14, bold=True)
    _text(document, doc.period_line, 13, italic=True)
    _line(document, CONTENT_MM, 45, before=4, after=12)


def _block(document: DocxDocument, block: Block) -> None:
    if isinstance(block, Heading):
        paragraph = document.add_paragraph(block.text, style="Heading 1" if block.level == 1 else "Heading 2")
        paragraph.paragraph_format.keep_with_next = True
    elif isinstance(block, Paragraph):
        _body(document, block.text)
    elif isinstance(block, Bullets):
        for item in block.items:
            _body(document, f"- {item}")
    elif isinstance(block, Table):
        _table(document, block)
    elif isinstance(block, Chart) and block.fallback is not None:
        _block(document, block.fallback)


def _body(document: DocxDocument, text: str) -> None:
    paragraph = document.add_paragraph(text)
    paragraph.alignment = JUSTIFY
    paragraph.paragraph_format.first_line_indent = Mm(10)


def _table(document: DocxDocument, block: Table) -> None:
    table = document.add_table(rows=1 + len(block.rows), cols=len(block.header))
    table.style = document.styles["Table Grid"]
    _widths(table, [Mm(width) for width in fitted_widths(block)])
    repeat_header(table.rows[0])
    for cell, text in zip(table.rows[0].cells, block.header, strict=True):
        _cell(cell, text, bold=True)
        shade(cell, "E8E8E8")
    for index, row in enumerate(block.rows):
        state = block.statuses[index] if index < len(block.statuses) else None
        cells = table.rows[index + 1].cells
        for column, text in enumerate(row):
            coloured = state is not None and column == len(row) - 1
            _cell(
                cells[column],
                text,
                align=RIGHT if block.numeric[column] else LEFT,
                colour=COLOURS[state] if state is not None and coloured else None,
                bold=coloured and state in ("missed", "behind"),
            )
    _keep(table, len(block.rows) <= KEEP_WHOLE, block.note is not None)
    if block.note:
        _text(document, block.note, TABLE_PT, italic=True, align=JUSTIFY, before=3, after=6)


def _keep(table: DocxTable, whole: bool, noted: bool) -> None:
    """No row split across pages; the header with the first row; a short table on one page.

    Word keeps a row with the next when its paragraphs are "keep with next": the header row
    always (its repetition alone would leave it at the foot of a page), every row of a short
    table, and the last row with the note beneath it.
    """
    rows = table.rows
    for index, row in enumerate(rows):
        keep_row(row)
        last = index == len(rows) - 1
        if index == 0 or (whole and not last) or (last and noted):
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


def fitted_widths(block: Table) -> list[float]:
    """The columns' widths in mm: the outline's shares, widened where a word would not fit.

    A word wider than its column is cut inside itself ("Error/s"): each column gets at least its
    widest word (headers in bold), up to :data:`WIDEST_SHARE` of the text width, and the width
    it gains is taken from the columns with room to spare, in proportion to that room.
    """
    total = sum(block.widths)
    widths = [CONTENT_MM * w / total for w in block.widths]
    needs = []
    for column, header in enumerate(block.header):
        ems = max([longest_word(header, bold=True)] + [longest_word(row[column]) for row in block.rows])
        needs.append(min(ems * TABLE_PT * MM_PER_PT + CELL_MM, CONTENT_MM * WIDEST_SHARE))
    if sum(needs) >= CONTENT_MM:
        return [CONTENT_MM * need / sum(needs) for need in needs]
    short = [i for i, (width, need) in enumerate(zip(widths, needs, strict=True)) if width < need]
    lack = sum(needs[i] - widths[i] for i in short)
    spare = {i: widths[i] - needs[i] for i in range(len(widths)) if i not in short}
    room = sum(spare.values())  # more than lack, since the needs sum to less than the width
    for i in short:
        widths[i] = needs[i]
    for i, slack in spare.items():
        widths[i] -= lack * slack / room
    return widths


def _cell(
    cell: _Cell,
    text: str,
    *,
    bold: bool = False,
    align: WD_PARAGRAPH_ALIGNMENT = LEFT,
    colour: str | None = None,
) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(text)
    run.font.size, run.font.bold = Pt(TABLE_PT), bold
    if colour is not None:
        run.font.color.rgb = RGBColor.from_string(colour)


def _closing(document: DocxDocument, doc: Outline) -> None:
    """The closing ("Nơi nhận:" and the signer), never alone on the last page.

    The body's last paragraph (or the last row of a closing table), the blank line after it and
    the closing's one row, which never splits, are kept together ("keep with next", "keep lines
    together"): the signature always shares its page with the end of the text.
    """
    _hold(document)
    _text(document, "", 6).paragraph_format.keep_with_next = True
    left, right = _borderless(document, (CONTENT_MM / 2, CONTENT_MM / 2))
    _text(left, doc.recipients_label, 12, bold=True, italic=True, align=LEFT)
    for recipient in doc.recipients:
        _text(left, recipient, 11, align=LEFT)
    _text(right, doc.signer_title, 13, bold=True)
    _text(right, doc.signer_name, 14, bold=True, before=72)  # room for the signature and seal
    for cell in (left, right):
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_together = True
            paragraph.paragraph_format.keep_with_next = True


def _hold(document: DocxDocument) -> None:
    """Keep the body's last element with what follows: its last paragraph, or its last table row."""
    body = [child for child in document.element.body if child.tag in (qn("w:p"), qn("w:tbl"))]
    if not body:
        return
    last = body[-1]
    found = list(last.findall(qn("w:tr"))[-1].iter(qn("w:p"))) if last.tag == qn("w:tbl") else [last]
    for element in found:
        fmt = DocxParagraph(element, document._body).paragraph_format
        fmt.keep_with_next = fmt.keep_together = True
