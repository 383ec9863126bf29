"""The memo's formats: golden files, same bytes for the same input, escaping, the DOCX layout.

Goldens (``tests/golden/report/``): Markdown in Vietnamese (the weekly memo) and in English (the
``during`` phase, with number, signer and date given), HTML, JSON, and the DOCX's
``word/document.xml`` and headers, pretty-printed so that a change reads as a diff.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from xml.dom import minidom

import docx
import pytest
from docx.shared import Mm

from hpcampaign.memo.build import Memo
from hpcampaign.plan.model import Plan

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


def pretty(xml: bytes) -> str:
    return minidom.parseString(xml).toprettyxml(indent="  ")


# --- golden files ------------------------------------------------------------------------------


def test_golden_markdown(week: Memo, golden: Golden) -> None:
    golden("report/w39.md", text(week, "md"))


def test_golden_markdown_in_english(during: Memo, golden: Golden) -> None:
    golden("report/during-en.md", text(during, "md", "en"))


def test_golden_html(week: Memo, golden: Golden) -> None:
    golden("report/w39.html", text(week, "html"))


def test_golden_json(week: Memo, golden: Golden) -> None:
    golden("report/w39.json", text(week, "json"))


def test_golden_docx_parts(week: Memo, golden: Golden) -> None:
    archive = zipfile.ZipFile(io.BytesIO(docx_bytes(week)))
    golden("report/w39.docx.document.xml", pretty(archive.read("word/document.xml")))
    headers = sorted(name for name in archive.namelist() if re.fullmatch(r"word/header\d+\.xml", name))
    assert len(headers) == 2  # page 1 (empty) and the others (page number)
    golden("report/w39.docx.headers.xml", "".join(pretty(archive.read(name)) for name in headers))


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
        "UBND THÀNH PHỐ HẢI PHÒNG",
        "SỞ VĂN HÓA, THỂ THAO",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hải Phòng, ngày 27 tháng 9 năm 2025",
        "BÁO CÁO",
        "Số:",
        "/BC-SVHTTDL",
        "Nơi nhận:",
        "TRƯỞNG PHÒNG THÔNG TIN - BÁO CHÍ - XUẤT BẢN",
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
    assert "Số: 12/BC-SVHTTDL" in cells and "Nguyễn Văn A" in cells
    assert "Hải Phòng, ngày 29 tháng 9 năm 2025" in cells


def test_docx_tables_keep_their_widths(week: Memo) -> None:
    document = docx.Document(io.BytesIO(docx_bytes(week)))
    letterhead = document.tables[0]
    assert [round(c.width.mm) for c in letterhead.columns] == [71, 94]
    rules = document.tables[1]
    assert sum(c.width for c in rules.columns) == pytest.approx(Mm(165), abs=Mm(1))


def test_the_blank_number_stays_visible_in_every_format(week: Memo) -> None:
    # A run of spaces collapses in a Markdown or HTML viewer: the blank is dotted instead.
    assert "\nSố: ……/BC-SVHTTDL\n" in text(week, "md")
    assert '<p class="number">Số: ……/BC-SVHTTDL</p>' in text(week, "html")
    document = docx.Document(io.BytesIO(docx_bytes(week)))
    cells = [p.text for table in document.tables for cell in table._cells for p in cell.paragraphs]
    assert "Số: ……/BC-SVHTTDL" in cells


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
    data = plan.model_dump()
    for rule in data["rules"]:
        if rule["id"] == "press-daily-before":
            rule["title"] = {"vi": "Báo\x0b chí\x00 \x1f\ufffe", "en": "Press\x0b"}
    for unit in data["units"]:
        if unit["id"] == "phuong-ngo-quyen":
            unit["name"] = "Phường\x0c Ngô Quyền"
    odd = Plan.model_validate(data)
    value = memo(odd, signer="Nguyễn\x0bVăn\udcff A", number="1\x082")
    document = docx.Document(io.BytesIO(docx_bytes(value)))
    texts = [p.text for p in document.paragraphs]
    texts += [p.text for table in document.tables for cell in table._cells for p in cell.paragraphs]
    assert "NguyễnVăn A" in texts and "Số: 12/BC-SVHTTDL" in texts
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
    assert "<script" not in out and "<link" not in out and "@import" not in out and "url(" not in out
    assert re.findall(r"(?:src|href)=", out) == []
    assert set(re.findall(r"https?://[^\s\"'<]+", out)) == {"http://www.w3.org/2000/svg"}
    assert "Content-Security-Policy" in out and "default-src 'none'" in out
    assert out.count("<svg") == 3  # press per day; loudspeakers before and during


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
        "in progress",
        "Hai Phong, 29 September",
    ):
        assert word in out, word
    # Vietnamese appears only in names (units, agencies), never in the memo's own words.
    for word in ("BÁO CÁO", "Nơi nhận", "chưa đạt", "đang thực hiện", "Đánh giá", "Lũy kế", "ngày", "tuần"):
        assert word not in out, word


def test_english_docx(during: Memo) -> None:
    document = docx.Document(io.BytesIO(docx_bytes(during, "en")))
    texts = [p.text for p in document.paragraphs]
    assert "REPORT" in texts and "BÁO CÁO" not in texts
    assert document.core_properties.language == "en-GB"
