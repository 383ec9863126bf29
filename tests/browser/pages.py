"""Where a printed PDF puts each piece of the memo: the page facts a reader of the paper sees.

The PDF's characters are read with their page, position and size (PDFium, through pypdfium2, in
the order they were drawn). Each page's text, without the running header (the page number,
drawn in the top margin) and without any white space, is joined into one string; the memo's
pieces (:mod:`.pieces`), likewise squeezed, are found in it one after another. Then:

- a table row is *split* when its text is not found whole on one page: cut by a page break (and,
  where the header row is repeated, by the header printed between its two halves);
- a heading, or a table's header row, is *stranded* when the piece after it starts on a later
  page;
- the signature is *alone* when the closing's lines are not all on the page where the body ends;
- every character's size is known, in points, as printed, and where the body's text lies on the
  page (within Nghị định 30's margins, or not).

Squeezing (no spaces, Unicode NFC) makes the search blind to where lines wrap and to justified
spacing, and sure of the rest: a piece of text found here was printed, in order.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium  # type: ignore[import-untyped]

from .pieces import BODY, Piece

MM = 72 / 25.4
Box = tuple[float, float, float, float]
"""Left, top, right, bottom, in mm from the page's top left corner."""
RUNNING_HEADER = 20 * MM - 2
"""Characters ending above this line (points from the top: Nghị định 30's top margin, 20 mm) are
the running header, the page number: not part of the body's text."""


def squeeze(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    return "".join(text.split())


@dataclass(frozen=True, slots=True)
class Printed:
    """A printed PDF: each page's squeezed text, every character's size, where the body's text lies."""

    pages: tuple[str, ...]
    sizes: tuple[tuple[float, str, int], ...]
    """Each character drawn: its size in points, itself, its page (1-based)."""
    box: Box
    """Left, top, right, bottom of the body's characters on all pages, in mm from the top left."""
    text: str = field(init=False)
    starts: tuple[int, ...] = field(init=False)

    def __post_init__(self) -> None:
        starts, at = [], 0
        for page in self.pages:
            starts.append(at)
            at += len(page)
        object.__setattr__(self, "text", "".join(self.pages))
        object.__setattr__(self, "starts", tuple(starts))

    def page_at(self, offset: int) -> int:
        """The page (1-based) holding the character at ``offset`` of :attr:`text`."""
        return max(i for i, start in enumerate(self.starts) if start <= offset) + 1


def within_margins(box: Box) -> bool:
    """The body's text lies within Nghị định 30's margins on A4 (left 30, right 15, top and bottom
    20 mm), and reaches the left and right ones: a glyph may overhang its box by a little, 1 mm."""
    left, top, right, bottom = box
    return 29 <= left <= 31 and 190 <= right <= 196 and top >= 19 and bottom <= 297 - 19


def read_pdf(path: Path) -> Printed:
    pages: list[str] = []
    sizes: list[tuple[float, str, int]] = []
    boxes: list[Box] = []
    document = pypdfium2.PdfDocument(path)
    try:
        for number, page in enumerate(document, 1):
            text, drawn, box = _page(page, number)
            pages.append(text)
            sizes += drawn
            boxes += box
    finally:
        document.close()
    left, top, right, bottom = zip(*boxes, strict=True) if boxes else ((0.0,),) * 4
    return Printed(tuple(pages), tuple(sizes), (min(left), min(top), max(right), max(bottom)))


def _page(page: Any, number: int) -> tuple[str, list[tuple[float, str, int]], list[Box]]:
    """One page's squeezed body text, its characters' sizes, the boxes of its body's characters."""
    height, chars = page.get_height(), page.get_textpage()
    matrix = pdfium.FS_MATRIX()
    kept: list[str] = []
    sizes: list[tuple[float, str, int]] = []
    boxes: list[Box] = []
    for index in range(chars.count_chars()):
        char = chr(pdfium.FPDFText_GetUnicode(chars.raw, index))
        if pdfium.FPDFText_IsHyphen(chars.raw, index):
            char = "-"  # PDFium marks a hyphen that ends a line, and hides it (U+0002)
        if pdfium.FPDFText_IsGenerated(chars.raw, index) or char.isspace():
            continue
        # The font's size times the scale of the character's own y axis: its printed size in
        # points, turned (a chart's unit names) or not.
        pdfium.FPDFText_GetMatrix(chars.raw, index, matrix)
        size = pdfium.FPDFText_GetFontSize(chars.raw, index) * math.hypot(matrix.c, matrix.d)
        sizes.append((round(size, 2), char, number))
        left, bottom, right, top = chars.get_charbox(index)
        if height - bottom > RUNNING_HEADER:
            kept.append(char)
            boxes.append((left / MM, (height - top) / MM, right / MM, (height - bottom) / MM))
    return squeeze("".join(kept)), sizes, boxes


@dataclass(frozen=True, slots=True)
class Placed:
    piece: Piece
    first: int | None
    """The page where the piece starts (None: not found whole, in order)."""
    last: int | None


@dataclass(frozen=True, slots=True)
class PageFacts:
    pages: int
    placed: tuple[Placed, ...]

    @property
    def split_rows(self) -> list[str]:
        """Table rows not printed whole on one page."""
        return [
            p.piece.text
            for p in self.placed
            if p.piece.kind in ("row", "header") and (p.first is None or p.first != p.last)
        ]

    @property
    def missing(self) -> list[str]:
        """Pieces other than rows not found in order: the search itself went wrong."""
        return [
            p.piece.text for p in self.placed if p.piece.kind not in ("row", "header") and p.first is None
        ]

    @property
    def stranded(self) -> list[str]:
        """Headings and tables' header rows at the foot of a page, what follows them on the next."""
        found = [p for p in self.placed if p.first is not None]
        return [
            here.piece.text
            for here, after in itertools.pairwise(found)
            if here.piece.kind in ("heading", "header") and after.first != here.last
        ]

    @property
    def body_ends(self) -> int | None:
        """The page where the body's last piece ends."""
        body = [p for p in self.placed if p.piece.kind in BODY and p.last is not None]
        return body[-1].last if body else None

    @property
    def signature_pages(self) -> set[int | None]:
        """The pages of the closing's lines ("Nơi nhận:", recipients, signer)."""
        return {p.first for p in self.placed if p.piece.kind == "closing"} | {
            p.last for p in self.placed if p.piece.kind == "closing"
        }

    @property
    def signature_alone(self) -> bool:
        """The closing is not wholly on the page where the body ends."""
        return self.signature_pages != {self.body_ends}

    def summary(self) -> str:
        split = f"{len(self.split_rows)} split rows" if self.split_rows else "no split row"
        alone = "alone" if self.signature_alone else "with the body's end"
        return (
            f"{self.pages} pages, {split}, signature on page {sorted(self.signature_pages, key=str)} "
            f"({alone}), {len(self.stranded)} headings or header rows at the foot of a page"
        )


def place(printed: Printed, pieces: Sequence[Piece]) -> PageFacts:
    """Find the pieces one after another in the printed text."""
    placed, cursor = [], 0
    for piece in pieces:
        key = squeeze(piece.text)
        if not key:
            continue
        at = printed.text.find(key, cursor)
        if at < 0:
            placed.append(Placed(piece, None, None))
            continue
        cursor = at + len(key)
        placed.append(Placed(piece, printed.page_at(at), printed.page_at(cursor - 1)))
    return PageFacts(len(printed.pages), tuple(placed))
