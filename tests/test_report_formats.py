"""The memo's formats: golden files, same bytes for the same input, escaping, the DOCX layout.

Goldens (``tests/golden/report/``): Markdown in Vietnamese (the weekly memo) and in English (the
``during`` phase, with number, signer and date given), HTML, JSON, and the DOCX as a person reads
it (``w39.docx.txt``: its paragraphs in order with their style, alignment and emphasis, its tables
row by row, its page headers; about a hundred lines). What the text cannot show, the layout of
Decree 30 (page, margins, fonts, sizes, the letterhead, repeated table headers), is asserted fact
by fact, with the values written out by hand.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.table import Table
from docx.text.paragraph import Paragraph

from hpcampaign.memo.build import Memo
from hpcampaign.plan.model import Plan
from tests.plan_support import plan_data, plan_of

from .conftest import ROOT
from .report_support import HOSTILE_GROUP, HOSTILE_TITLE, HOSTILE_UNIT, hostile, memo, render, text

Golden = Callable[[str, str | bytes], None]


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.fixture
def week(plan: Plan) -> Memo:
    return memo(plan)


@pytest.fixture
def during(plan: Plan) -> Memo:
    return memo(plan, phase="during", number="12", signer="Nguyễn Văn A", issued=date(2025, 9, 29))


def docx_bytes(value: Memo, lang: str = "vi") -> bytes:
    out = render(value, "docx", lang)
    assert isinstance(out, bytes)
    return out


ALIGNMENTS = {0: "left", 1: "centre", 2: "right", 3: "justify"}


def paragraph_line(paragraph: Paragraph) -> str:
    """``[style, alignment, emphasis] text``: one line, a line break inside shown as ``↵``."""
    marks = [paragraph.style.name if paragraph.style is not None and paragraph.style.name else "?"]
    if paragraph.alignment is not None:
        marks.append(ALIGNMENTS[int(paragraph.alignment)])
    runs = [run for run in paragraph.runs if run.text.strip()]
    if runs and all(run.bold for run in runs):
        marks.append("bold")
    if runs and all(run.italic for run in runs):
        marks.append("italic")
    if paragraph.paragraph_format.keep_with_next:
        marks.append("keep with next")
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.find(qn("w:pBdr")) is not None:
        marks.append("drawn line")
    text = paragraph.text.replace("\n", " ↵ ")
    return f"[{', '.join(marks)}] {text}".rstrip()


def table_lines(table: Table) -> list[str]:
    """A heading line, then a row per line: cells between ``|``, a cell's paragraphs joined by ``/``."""
    repeated = (
        table.rows[0]._tr.trPr is not None and table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    )
    head = f"table: {len(table.rows)} rows × {len(table.columns)} columns" + (
        ", header row repeated" if repeated else ""
    )
    rows = []
    for row in table.rows:
        cells = [
            " / ".join(p.text.replace("\n", " ↵ ") for p in cell.paragraphs if p.text) for cell in row.cells
        ]
        rows.append("  | " + " | ".join(cells) + " |")
    return [head, *rows]


def docx_text(data: bytes) -> str:
    """The DOCX as text a person can review: body in order, then the page headers."""
    document: DocxDocument = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(paragraph_line(Paragraph(child, document)))
        elif child.tag == qn("w:tbl"):
            lines.extend(table_lines(Table(child, document)))
    section = document.sections[0]
    first = "".join(p.text for p in section.first_page_header.paragraphs)
    fields = section.header._element.xml.count("<w:instrText")
    others = " ".join(p.text for p in section.header.paragraphs)
    lines.append(f"header of page 1: {first!r}")
    lines.append(f"header of the other pages: {others!r}, {fields} field(s)")
    return "\n".join(lines) + "\n"


# --- golden files ------------------------------------------------------------------------------


def test_golden_markdown(week: Memo, golden: Golden) -> None:
    golden("report/w39.md", text(week, "md"))


def test_golden_markdown_in_english(during: Memo, golden: Golden) -> None:
    golden("report/during-en.md", text(during, "md", "en"))


def test_golden_html(week: Memo, golden: Golden) -> None:
    golden("report/w39.html", text(week, "html"))


def test_golden_json(week: Memo, golden: Golden) -> None:
    golden("report/w39.json", text(week, "json"))


def test_golden_docx_text(week: Memo, golden: Golden) -> None:
    data = docx_bytes(week)
    archive = zipfile.ZipFile(io.BytesIO(data))
    headers = sorted(name for name in archive.namelist() if re.fullmatch(r"word/header\d+\.xml", name))
    assert len(headers) == 2  # page 1 (empty) and the others (page number)
    golden("report/w39.docx.txt", docx_text(data))


# --- same input, same bytes -----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html", "json", "docx"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_same_input_same_bytes(plan: Plan, fmt: str, lang: str) -> None:
    first = render(memo(plan), fmt, lang)
    assert render(memo(plan), fmt, lang) == first
    assert render(memo(plan, jobs=2), fmt, lang) == first


def test_json_does_not_depend_on_the_language(week: Memo) -> None:
    assert text(week, "json", "en") == text(week, "json", "vi")


# --- DOCX: a Vietnamese administrative report ----------------------------------------------------


def test_docx_has_the_decree_30_header_texts(week: Memo) -> None:
    document = docx.Document(io.BytesIO(docx_bytes(week)))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [p.text for cell in table._cells for p in cell.paragraphs]
    joined = "\n".join(texts)
    for needle in (
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "PHÒNG THÔNG TIN - BÁO CHÍ - XUẤT BẢN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hải Phòng, ngày 27 tháng 9 năm 2025",
        "BÁO CÁO",
        "Số:",
        "/BC-TTBCXB",
        "Nơi nhận:",
        "TRƯỞNG PHÒNG",
    ):
        assert needle in joined, needle
    assert "BÁO CÁO" in texts  # the title stands on its own line


def test_docx_page_setup_fonts_and_page_numbers(week: Memo) -> None:
    document = docx.Document(io.BytesIO(docx_bytes(week)))
    section = document.sections[0]
    sizes = (section.page_width, section.page_height)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m.mm) if m is not None else None for m in (*sizes, *margins)] == [210, 297, 20, 20, 30, 15]
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 14
    assert section.different_first_page_header_footer
    assert not "".join(p.text for p in section.first_page_header.paragraphs).strip()
    header_xml = section.header._element.xml
    assert "PAGE" in header_xml and 'w:fldCharType="begin"' in header_xml
    assert section.header.paragraphs[0].alignment == 1  # centred


Look = tuple[str, float | None, bool, bool]


def look(paragraph: Paragraph) -> Look:
    """Text, size in points, bold and italic of a paragraph whose runs of text all look alike."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    sizes = {run.font.size.pt if run.font.size is not None else None for run in runs}
    bolds, italics = {bool(run.bold) for run in runs}, {bool(run.italic) for run in runs}
    assert len(sizes) == len(bolds) == len(italics) == 1, paragraph.text
    return paragraph.text, sizes.pop(), bolds.pop(), italics.pop()


def test_docx_letterhead_title_body_and_tables_follow_decree_30(week: Memo) -> None:
    document = docx.Document(io.BytesIO(docx_bytes(week)))
    left, right = document.tables[0].rows[0].cells
    # Left: the parent body (capitals, not bold), the issuing body (the office, bold), a drawn
    # line 22 mm long centred in the 71 mm column, the number. Sizes in points.
    parent, issuer, line, number = left.paragraphs
    assert look(parent) == ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", 12, False, False)
    assert look(issuer) == ("PHÒNG THÔNG TIN - BÁO CHÍ - XUẤT BẢN", 12, True, False)
    assert line.text == "" and line._p.pPr is not None and line._p.pPr.find(qn("w:pBdr")) is not None
    indents = (line.paragraph_format.left_indent, line.paragraph_format.right_indent)
    assert [round(m.mm, 1) for m in indents if m is not None] == [24.5, 24.5]  # (71 − 22) ÷ 2
    assert look(number) == ("Số: ……/BC-TTBCXB", 13, False, False)
    # Right: the national title (bold, 12 pt), the motto (bold, 13 pt) over a 63 mm line centred
    # in the 94 mm column, the place and date in italics.
    nation, motto, motto_line, dated = right.paragraphs
    assert look(nation) == ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True, False)
    assert look(motto) == ("Độc lập - Tự do - Hạnh phúc", 13, True, False)
    indent = motto_line.paragraph_format.left_indent
    assert indent is not None and round(indent.mm, 1) == 15.5  # (94 − 63) ÷ 2
    assert look(dated) == ("Hải Phòng, ngày 27 tháng 9 năm 2025", 13, False, True)
    assert {p.alignment for p in (parent, issuer, number, nation, motto, dated)} == {1}  # centred
    # The title: "BÁO CÁO" and its subject bold 14 pt, the period in italics 13 pt, centred.
    kind, subject, period = document.paragraphs[:3]
    assert look(kind) == ("BÁO CÁO", 14, True, False)
    assert look(subject)[1:] == (14, True, False)
    assert look(period)[1:] == (13, False, True)
    assert {kind.alignment, subject.alignment, period.alignment} == {1}
    # The body: 14 pt from the Normal style, justified, the first line indented 10 mm.
    opening = document.paragraphs[4]
    assert opening.text.startswith("Thực hiện Kế hoạch") and opening.alignment == 3
    first_line = opening.paragraph_format.first_line_indent
    assert first_line is not None and round(first_line.mm) == 10
    assert look(opening)[1] is None  # no size of its own: the style's 14 pt
    # Headings: bold 14 pt from their styles, kept with the next paragraph.
    headings = [p for p in document.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    # 9 sections; 3 subsections of II (the city press per day, loudspeakers before, foreign
    # languages); one per rule needing attention in III (27 of the week's 31 rules).
    assert len(headings) == 9 + 3 + 27 and all(p.paragraph_format.keep_with_next for p in headings)
    for name in ("Heading 1", "Heading 2"):
        style = document.styles[name]
        assert (style.font.size.pt, style.font.bold, style.font.italic) == (14, True, False)
    # Tables of figures: 11 pt, the header row bold, shaded and repeated on every page.
    rules = document.tables[1]
    header = rules.rows[0]
    assert header._tr.trPr is not None and header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert {look(cell.paragraphs[0])[1:3] for cell in header.cells} == {(11, True)}
    assert all(
        cell._tc.tcPr is not None and cell._tc.tcPr.find(qn("w:shd")) is not None for cell in header.cells
    )
    assert {look(cell.paragraphs[0])[1] for row in rules.rows[1:] for cell in row.cells} == {11}
    assert [cell.text for cell in rules.rows[1].cells][-1] == "chưa đạt"
    # The closing: recipients at the left (label bold italic 12 pt, entries 11 pt), the signer's
    # title at the right, bold 13 pt.
    recipients, signer = document.tables[-1].rows[0].cells
    label, *entries = recipients.paragraphs
    assert look(label) == ("Nơi nhận:", 12, True, True) and label.alignment == 0
    assert [look(p)[1] for p in entries] == [11, 11, 11]
    assert look(signer.paragraphs[0]) == ("TRƯỞNG PHÒNG", 13, True, False)


def test_docx_fonts_are_times_new_roman_for_every_script(week: Memo) -> None:
    document = docx.Document(io.BytesIO(docx_bytes(week)))
    for name in ("Normal", "Heading 1", "Heading 2"):
        rpr = document.styles[name].element.rPr
        assert rpr is not None
        fonts = rpr.find(qn("w:rFonts"))
        assert fonts is not None, name
        # Vietnamese letters with tone marks are drawn from hAnsi; the others guard other scripts.
        assert {slot: fonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "eastAsia", "cs")} == {
            "ascii": "Times New Roman",
            "hAnsi": "Times New Roman",
            "eastAsia": "Times New Roman",
            "cs": "Times New Roman",
        }, name
    lang = document.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang is not None and lang.get(qn("w:val")) == "vi-VN"
    page = document.sections[0].header.paragraphs[0].runs[0]
    assert page.font.size is not None and page.font.size.pt == 13


def test_docx_properties_come_from_the_memo_date(during: Memo) -> None:
    props = docx.Document(io.BytesIO(docx_bytes(during))).core_properties
    stamp = datetime(2025, 9, 29, tzinfo=UTC)
    assert props.created == props.modified == stamp and props.revision == 1
    archive = zipfile.ZipFile(io.BytesIO(docx_bytes(during)))
    assert {info.date_time for info in archive.infolist()} == {(2025, 9, 29, 0, 0, 0)}
    assert "docProps/thumbnail.jpeg" not in archive.namelist()


def test_docx_number_and_signer(during: Memo) -> None:
    document = docx.Document(io.BytesIO(docx_bytes(during)))
    cells = [p.text for table in document.tables for cell in table._cells for p in cell.paragraphs]
    assert "Số: 12/BC-TTBCXB" in cells and "Nguyễn Văn A" in cells
    assert "Hải Phòng, ngày 29 tháng 9 năm 2025" in cells


def test_docx_tables_keep_their_widths(week: Memo) -> None:
    document = docx.Document(io.BytesIO(docx_bytes(week)))
    letterhead = document.tables[0]
    assert [round(c.width.mm) for c in letterhead.columns] == [71, 94]
    rules = document.tables[1]
    assert sum(c.width for c in rules.columns) == pytest.approx(Mm(165), abs=Mm(1))


def test_the_blank_number_stays_visible_in_every_format(week: Memo) -> None:
    # A run of spaces collapses in a Markdown or HTML viewer: the blank is dotted instead.
    assert "\nSố: ……/BC-TTBCXB\n" in text(week, "md")
    assert '<p class="number">Số: ……/BC-TTBCXB</p>' in text(week, "html")
    document = docx.Document(io.BytesIO(docx_bytes(week)))
    cells = [p.text for table in document.tables for cell in table._cells for p in cell.paragraphs]
    assert "Số: ……/BC-TTBCXB" in cells


@pytest.mark.parametrize(
    ("issued", "stamp"),
    [
        (date(1025, 10, 5), (1980, 1, 1, 0, 0, 0)),
        (date(1979, 12, 31), (1980, 1, 1, 0, 0, 0)),
        (date(2107, 12, 31), (2107, 12, 31, 0, 0, 0)),
        (date(2225, 10, 5), (2107, 12, 31, 0, 0, 0)),
        (date(999, 1, 2), (1980, 1, 1, 0, 0, 0)),
    ],
)
def test_docx_dates_outside_zip_s_years_are_clamped(
    plan: Plan, issued: date, stamp: tuple[int, int, int, int, int, int]
) -> None:
    data = docx_bytes(memo(plan, issued=issued))
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert {info.date_time for info in archive.infolist()} == {stamp}
    props = docx.Document(io.BytesIO(data)).core_properties
    assert props.created == datetime(*stamp[:3], tzinfo=UTC)  # a valid four-digit year
    assert f"năm {issued.year}" in archive.read("word/document.xml").decode()  # the date as given


def test_docx_drops_characters_xml_cannot_hold(plan: Plan) -> None:
    data = plan_data(plan)
    for rule in data["rules"]:
        if rule["id"] == "press-daily-before":
            rule["title"] = {"vi": "Báo\x0b chí\x00 \x1f\ufffe", "en": "Press\x0b"}
    for unit in data["units"]:
        if unit["id"] == "phuong-ngo-quyen":
            unit["name"] = "Phường\x0c Ngô Quyền"
    odd = plan_of(data)
    value = memo(odd, signer="Nguyễn\x0bVăn\udcff A", number="1\x082")
    document = docx.Document(io.BytesIO(docx_bytes(value)))
    texts = [p.text for p in document.paragraphs]
    texts += [p.text for table in document.tables for cell in table._cells for p in cell.paragraphs]
    assert "NguyễnVăn A" in texts and "Số: 12/BC-TTBCXB" in texts
    assert "Báo chí  (III.1.2.a)" in texts and "Phường Ngô Quyền" in texts
    assert docx.Document(io.BytesIO(docx_bytes(value, "en"))).core_properties.language == "en-GB"


# --- escaping -------------------------------------------------------------------------------------


def test_markdown_escapes_user_text(plan: Plan) -> None:
    out = text(memo(hostile(plan)), "md")
    for line in out.splitlines():
        if line.startswith("|"):
            # Every unescaped pipe is a cell border: the rules table has 6 columns, others fewer.
            borders = len(re.findall(r"(?<!\\)\|", line))
            assert borders in (5, 6, 7), line
    assert r"Báo chí \| \*đặc biệt\* \<b\>x\</b\> \[link\](http://example.vn) \& \<script\>" in out
    assert r"Phường Ngô \| Quyền \<i\>" in out
    assert "<b>" not in out.replace(r"\<b\>", "")


def test_html_escapes_user_text(plan: Plan) -> None:
    out = text(memo(hostile(plan)), "html")
    assert "<script" not in out and "<b>x" not in out and "<i>" not in out and "<u>" not in out
    assert "Báo chí | *đặc biệt* &lt;b&gt;x&lt;/b&gt; [link](http://example.vn) &amp; &lt;script&gt;" in out
    assert "Phường Ngô | Quyền &lt;i&gt;" in out and "Các xã | &lt;u&gt;phường&lt;/u&gt;" in out


def test_html_is_self_contained(week: Memo) -> None:
    out = text(week, "html")
    assert "<script" not in out and "<link" not in out and "@import" not in out
    # The charts' patterns (status in black and white) are referred to inside the document only.
    assert {ref[:1] for ref in re.findall(r"url\(([^)]*)\)", out)} <= {"#"}
    assert re.findall(r"(?:src|href)=", out) == []
    assert set(re.findall(r"https?://[^\s\"'<]+", out)) == {"http://www.w3.org/2000/svg"}
    assert "Content-Security-Policy" in out and "default-src 'none'" in out
    # Press per day, and loudspeakers before (an average per week across communes); revision 2
    # makes loudspeaker-during a plain count over the Congress week, which has no average chart.
    assert out.count("<svg") == 2


def test_docx_keeps_user_text_as_text(plan: Plan) -> None:
    document = docx.Document(io.BytesIO(docx_bytes(memo(hostile(plan)))))
    cells = [p.text for table in document.tables for cell in table._cells for p in cell.paragraphs]
    assert f"{HOSTILE_TITLE} (III.1.2.a)" in cells and HOSTILE_UNIT in cells
    assert any(HOSTILE_GROUP in p.text for p in document.paragraphs)


# --- English --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_english_memo_is_in_english(during: Memo, fmt: str) -> None:
    out = text(during, fmt, "en")
    for word in (
        "REPORT",
        "SOCIALIST REPUBLIC OF VIET NAM",
        "Recipients:",
        "behind",
        "Hai Phong, 29 September",
    ):
        assert word in out, word
    # Vietnamese appears only in names (units, agencies), never in the memo's own words.
    for word in ("BÁO CÁO", "Nơi nhận", "chưa đạt", "chậm", "Đánh giá", "Lũy kế", "ngày", "tuần"):
        assert word not in out, word


def test_english_docx(during: Memo) -> None:
    document = docx.Document(io.BytesIO(docx_bytes(during, "en")))
    texts = [p.text for p in document.paragraphs]
    assert "REPORT" in texts and "BÁO CÁO" not in texts
    assert document.core_properties.language == "en-GB"
