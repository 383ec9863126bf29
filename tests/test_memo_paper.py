"""The memo on paper: DOCX rows that never split, headings kept with what follows, the signature never
alone, charts that read in black and white at 9 pt or more.

Every memo of :mod:`tests.browser.memos` is checked three ways:

- its DOCX's own XML: ``w:cantSplit`` on every row, ``w:keepNext`` on headings and header rows
  (``w:tblHeader`` repeating them), the closing kept with the body's last paragraph, columns
  wide enough for their longest word;
- its HTML's charts: every text at least 9 pt when printed on A4, each status a pattern of its
  own (not only a colour), pattern ids unique in the page;
- its DOCX converted to PDF by LibreOffice (``soffice --headless --convert-to pdf``, all memos in
  one run) and its pages read back (:mod:`tests.browser.pages`): no split row, no heading or
  header row at the foot of a page, the signature on the page where the body ends. These fail,
  never skip, in CI (``.ci/run`` installs LibreOffice); elsewhere they skip without it. A control
  (rows let split and stretched, the closing pushed onto a page of its own) shows the measure sees
  those faults.
"""

from __future__ import annotations

import io
import os
import re

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from hpcampaign.outputs.report_blocks import Table
from hpcampaign.outputs.report_docx import (
    CELL_MM,
    CONTENT_MM,
    MM_PER_PT,
    TABLE_PT,
    WIDEST_SHARE,
    fitted_widths,
)
from hpcampaign.outputs.report_measure import em_width, longest_word
from hpcampaign.outputs.report_svg import COLOURS, LEGEND_ORDER, MIN_PT, _fill, printed_pt

from .browser.memo_shot import find_office, office_pdf
from .browser.memos import CASES, rendered
from .browser.pages import PageFacts, Printed, place, read_pdf, within_margins
from .browser.pieces import docx_pieces

NAMES = sorted(CASES)
OFFICE = find_office()
TWIPS_PER_MM = 1440 / 25.4


def _document(name: str) -> DocxDocument:
    return Document(io.BytesIO(rendered(name).docx))


def _data_tables(document: DocxDocument) -> list[DocxTable]:
    return [t for t in document.tables if t.style is not None and t.style.name == "Table Grid"]


def _keeps(paragraph: DocxParagraph) -> tuple[bool, bool]:
    fmt = paragraph.paragraph_format
    return bool(fmt.keep_with_next), bool(fmt.keep_together)


# The DOCX's XML.


@pytest.mark.parametrize("name", NAMES)
def test_docx_rows_never_split(name: str) -> None:
    rows = list(_document(name).element.body.iter(qn("w:tr")))
    assert rows and all(
        (properties := row.find(qn("w:trPr"))) is not None and properties.find(qn("w:cantSplit")) is not None
        for row in rows
    )


@pytest.mark.parametrize("name", NAMES)
def test_docx_headings_and_header_rows_keep_with_what_follows(name: str) -> None:
    document = _document(name)
    headings = [p for p in document.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    assert headings and all(_keeps(p)[0] for p in headings)
    for table in _data_tables(document):
        header = table.rows[0]
        assert header._tr.trPr is not None and header._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(_keeps(p)[0] for cell in header.cells for p in cell.paragraphs)


@pytest.mark.parametrize("name", NAMES)
def test_docx_closing_keeps_with_the_body_end(name: str) -> None:
    body = [e for e in _document(name).element.body if e.tag in (qn("w:p"), qn("w:tbl"))]
    *_, last, blank, closing = body
    assert blank.tag == qn("w:p") and closing.tag == qn("w:tbl")
    held = list(last.findall(qn("w:tr"))[-1].iter(qn("w:p"))) if last.tag == qn("w:tbl") else [last]
    for element in [*held, blank, *closing.iter(qn("w:p"))]:
        properties = element.find(qn("w:pPr"))
        assert properties is not None and properties.find(qn("w:keepNext")) is not None
    for element in [*held, *closing.iter(qn("w:p"))]:
        assert element.find(qn("w:pPr")).find(qn("w:keepLines")) is not None
    assert closing.find(f"{qn('w:tr')}/{qn('w:trPr')}/{qn('w:cantSplit')}") is not None


@pytest.mark.parametrize("name", NAMES)
def test_docx_columns_hold_their_longest_word(name: str) -> None:
    """No word cut inside itself ("Error/s"): each column is as wide as its widest word, bold in the header."""
    for table in _data_tables(_document(name)):
        grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
        widths = [int(column.get(qn("w:w"))) / TWIPS_PER_MM for column in grid]
        assert abs(sum(widths) - CONTENT_MM) < 1
        for column, width in enumerate(widths):
            header = longest_word(table.rows[0].cells[column].text, bold=True)
            words = max([header] + [longest_word(row.cells[column].text) for row in table.rows[1:]])
            need = min(words * TABLE_PT * MM_PER_PT + CELL_MM, CONTENT_MM * WIDEST_SHARE)
            assert width >= need - 0.1, (table.rows[0].cells[column].text, width, need)


def test_fitted_widths_widen_a_narrow_column_from_the_roomy_ones() -> None:
    table = Table(
        header=("No.", "Unit", "Errors", "Warnings"),
        rows=(("1", "Phường Ngô Quyền", "2", "0"),),
        widths=(5, 75, 10, 10),
        numeric=(True, False, True, True),
    )
    widths = fitted_widths(table)
    # "Warnings" in bold 11 pt is 46.3 ems/100 wide: 18 mm with the cell's margins, above its 10 %.
    warnings = em_width("Warnings", bold=True) * TABLE_PT * MM_PER_PT + CELL_MM
    assert round(widths[3], 1) == round(warnings, 1) > CONTENT_MM * 0.10
    assert round(sum(widths), 6) == CONTENT_MM
    assert widths[1] < CONTENT_MM * 0.75  # the one column with room to spare gave it


# The HTML's charts.


def _charts(name: str) -> list[str]:
    return re.findall(r"<svg.*?</svg>", rendered(name).html, flags=re.S)


@pytest.mark.parametrize("name", NAMES)
def test_chart_text_is_at_least_9_pt_printed(name: str) -> None:
    sizes = [float(size) for chart in _charts(name) for size in re.findall(r'font-size="([\d.]+)"', chart)]
    assert sizes and min(printed_pt(size) for size in sizes) >= MIN_PT


def test_printed_size_follows_the_view_box() -> None:
    # 600 units across 165 mm (467.7 pt): one unit is 0.78 pt.
    assert round(printed_pt(12.5), 2) == 9.74 and round(printed_pt(11.55), 2) == 9.0


def test_statuses_differ_by_pattern_not_colour_only() -> None:
    fills = [_fill(status, "c") for status in LEGEND_ORDER]
    without_colour = [re.sub(r"#[0-9a-f]{6}", "", fill) for fill in fills]
    assert len(set(without_colour)) == len(LEGEND_ORDER)
    assert all(colour in fill for colour, fill in zip((COLOURS[s] for s in LEGEND_ORDER), fills, strict=True))


@pytest.mark.parametrize("name", NAMES)
def test_chart_patterns_are_defined_and_their_ids_unique(name: str) -> None:
    ids = re.findall(r' id="([^"]+)"', rendered(name).html)
    assert len(ids) == len(set(ids))
    for chart in _charts(name):
        used = set(re.findall(r'fill="url\(#([^)]+)\)"', chart))
        assert used <= set(re.findall(r'<pattern id="([^"]+)"', chart))


def test_charts_draw_statuses_in_patterns() -> None:
    drawn = "".join(chart for name in NAMES for chart in _charts(name))
    for status in ("over", "behind", "missed"):
        assert re.search(rf'<rect [^>]*fill="url\(#chart\d+-{status}\)"', drawn), status


# The DOCX converted by LibreOffice.


def _broken(data: bytes) -> bytes:
    """The control: no row kept whole, table lines an inch apart, the closing after a page break."""
    document = Document(io.BytesIO(data))
    body = document.element.body
    for tag in ("w:cantSplit", "w:keepNext", "w:keepLines"):
        for element in list(body.iter(qn(tag))):
            element.getparent().remove(element)
    for table in _data_tables(document):
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.line_spacing = Pt(72)
    closing = document.tables[-1]._tbl
    breaker = document.add_paragraph()
    breaker.add_run().add_break(WD_BREAK.PAGE)
    closing.addprevious(breaker._p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture(scope="session")
def office_printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[PageFacts, Printed]]:
    if OFFICE is None:
        if os.environ.get("CI"):
            pytest.fail("CI must convert the DOCX memo: no LibreOffice (.ci/run installs it)", pytrace=False)
        pytest.skip("no LibreOffice installed (apt-get install libreoffice-writer-nogui)")
    folder = tmp_path_factory.mktemp("docx")
    documents = {name: rendered(name).docx for name in NAMES}
    documents["control"] = _broken(rendered("w39-vi").docx)
    paths = []
    for name, data in documents.items():
        paths.append(folder / f"{name}.docx")
        paths[-1].write_bytes(data)
    out = {}
    for name, pdf in zip(documents, office_pdf(OFFICE, paths, folder), strict=True):
        printed = read_pdf(pdf)
        out[name] = (place(printed, docx_pieces(documents[name])), printed)
    return out


@pytest.mark.parametrize("name", NAMES)
def test_docx_printed_by_libreoffice_is_read_whole(
    office_printed: dict[str, tuple[PageFacts, Printed]], name: str
) -> None:
    facts, printed = office_printed[name]
    assert facts.pages >= 2 and not facts.missing  # every piece found, in order: the measure can be trusted
    assert facts.split_rows == []
    assert facts.stranded == []
    assert facts.signature_pages == {facts.pages} and not facts.signature_alone
    assert min(size for size, _char, _page in printed.sizes) >= MIN_PT
    assert within_margins(printed.box)


def test_docx_control_a_split_row_and_a_lonely_signature_are_seen(
    office_printed: dict[str, tuple[PageFacts, Printed]],
) -> None:
    facts, _printed = office_printed["control"]
    assert facts.split_rows and facts.signature_alone
