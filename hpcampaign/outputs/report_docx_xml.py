"""The few things the DOCX memo needs that python-docx has no API for, written as OOXML.

- *fonts*: ``w:rFonts`` naming Times New Roman for every slot (``ascii``, ``hAnsi``, ``eastAsia``,
  ``cs``) and no theme font, which would otherwise win over the named one.
- *drawn line*: the bottom border (``w:pBdr``) of an empty 2-point paragraph whose indents leave
  the line its length, so the line never makes the text above it wrap.
- *page number*: a ``PAGE`` field (begin, instruction, separate, a shown "2", end).
- *shading* of a table cell, a table's *repeated header row*, and a *row kept whole* on one page
  (``w:cantSplit``).
- *stable zip*: the archive written again with every entry dated at one given day, so the same
  memo gives the same bytes. ZIP stores years 1980 to 2107 only: a day outside is clamped to the
  nearest it can store (the memo's own date text is unaffected).
- *XML-safe text*: XML 1.0 cannot hold most control characters (a vertical tab pasted from Word,
  NUL, …), lone surrogates or U+FFFE/U+FFFF; :func:`xml_text` drops them from any text written.

Word reads an element only in its schema's order, so each is inserted before the elements the
schema puts after it (the ``_AFTER_*`` tuples, from ECMA-376 part 1, 17.3.1.26 and 17.4.70).
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
ZIP_FIRST, ZIP_LAST = date(1980, 1, 1), date(2107, 12, 31)
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_AFTER_PPR_RPR = ("w:sectPr", "w:pPrChange")
_AFTER_TC_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")
_AFTER_CANT_SPLIT = ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del")
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def element(tag: str, text: str | None = None, **attributes: str) -> BaseOxmlElement:
    """``element("w:sz", val="4")`` → ``<w:sz w:val="4"/>`` (attributes in the ``w`` namespace)."""
    made: BaseOxmlElement = OxmlElement(tag)
    for key, value in attributes.items():
        made.set(qn(key if ":" in key else f"w:{key}"), value)
    if text is not None:
        made.text = text
    return made


def fonts(rpr: BaseOxmlElement) -> None:
    """Times New Roman for every script (Vietnamese needs ``hAnsi`` and ``cs`` too), no theme fonts."""
    found = rpr.find(qn("w:rFonts"))
    if found is None:
        found = element("w:rFonts")
        rpr.insert(0, found)
    for attribute in list(found.attrib):
        if attribute.endswith("Theme"):
            del found.attrib[attribute]
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        found.set(qn(slot), FONT)


def language(rpr: BaseOxmlElement, tag: str) -> None:
    """The proofing language of a run style (``vi-VN``): Word checks spelling against it."""
    rpr.insert_element_before(element("w:lang", val=tag), *_AFTER_LANG)


def drawn_line(
    paragraph: Paragraph, width_mm: float, length_mm: float, before_pt: float = 0, after_pt: float = 0
) -> None:
    """Make an empty paragraph a line ``length_mm`` long, centred in ``width_mm``."""
    side = Mm(max((width_mm - length_mm) / 2, 0))
    fmt = paragraph.paragraph_format
    fmt.left_indent, fmt.right_indent = side, side
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(before_pt), Pt(after_pt), Pt(2)
    ppr = paragraph._p.get_or_add_pPr()
    borders = element("w:pBdr")
    borders.append(element("w:bottom", val="single", sz="6", space="1", color="000000"))
    ppr.insert_element_before(borders, *_AFTER_PBDR)
    mark = element("w:rPr")
    mark.append(element("w:sz", val="4"))  # the empty line's own height: 2 pt
    ppr.insert_element_before(mark, *_AFTER_PPR_RPR)


def page_field(paragraph: Paragraph, size_pt: float) -> None:
    """A run holding the current page's number."""
    run = paragraph.add_run()
    run.font.size = Pt(size_pt)
    for part in (
        element("w:fldChar", fldCharType="begin"),
        element("w:instrText", " PAGE ", **{"xml:space": "preserve"}),
        element("w:fldChar", fldCharType="separate"),
        element("w:t", "2"),
        element("w:fldChar", fldCharType="end"),
    ):
        run._r.append(part)


def shade(cell: _Cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().insert_element_before(
        element("w:shd", val="clear", color="auto", fill=fill), *_AFTER_TC_SHD
    )


def repeat_header(row: _Row) -> None:
    """Print this row again at the top of every page the table runs onto."""
    row._tr.get_or_add_trPr().append(element("w:tblHeader", val="true"))


def keep_row(row: _Row) -> None:
    """Never split this row across two pages (``w:cantSplit``): a row is read whole."""
    properties = row._tr.get_or_add_trPr()
    properties.insert_element_before(element("w:cantSplit", val="true"), *_AFTER_CANT_SPLIT)


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (lxml refuses them)."""
    return _NOT_XML.sub("", text)


def zip_day(day: date) -> date:
    """``day`` clamped into the years a ZIP entry can be dated (1980–2107)."""
    return min(max(day, ZIP_FIRST), ZIP_LAST)


def stable_zip(data: bytes, day: date) -> bytes:
    """The same archive, every entry dated ``day`` at midnight (zip stores local time).

    A day outside ZIP's range (1980–2107) is clamped into it (:func:`zip_day`).
    """
    day = zip_day(day)
    stamp = (day.year, day.month, day.day, 0, 0, 0)
    source = zipfile.ZipFile(io.BytesIO(data))
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, source.read(info.filename))
    return target.getvalue()
