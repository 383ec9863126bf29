"""What a memo says, piece by piece in reading order, read back from the HTML or DOCX written.

A *piece* is a text the printed pages must hold whole or in order: a heading, a paragraph or list
item of the body, a table's header row or one of its rows (its cells' texts, left to right), a
table's note, a chart's caption, and the closing's lines ("Nơi nhận:", the recipients, the
signer's title and name). The letterhead and the charts' own labels are not pieces: they are
looked at by other means (:mod:`.pages` measures every character's size).

Read from the document itself, not from the outline that made it, so the same code serves the
tests and ``memo_shot`` on any memo the command line wrote.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

Kind = Literal["heading", "text", "header", "row", "note", "caption", "closing"]
BODY: frozenset[Kind] = frozenset({"heading", "text", "header", "row", "note", "caption"})


@dataclass(frozen=True, slots=True)
class Piece:
    kind: Kind
    text: str


class _Html(HTMLParser):
    """Our own markup (``report_html``): headings, ``p.body``, ``li``, rows, notes, captions, closing."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[Piece] = []
        self.capture: tuple[Kind, str] | None = None
        self.words: list[str] = []
        self.row: list[str] | None = None
        self.header = self.closing = False
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag in ("head", "svg"):
            self.hidden += 1
        elif tag in ("thead", "tbody"):
            self.header = tag == "thead"
        elif tag == "tr":
            self.row = []
        elif tag == "footer" and "closing" in classes:
            self.closing = True
        elif self.capture is None:
            kind = self._kind(tag, classes)
            if kind is not None:
                self.capture, self.words = (kind, tag), []

    def _kind(self, tag: str, classes: list[str]) -> Kind | None:
        if tag in ("th", "td"):
            return "row"
        if self.closing and tag == "p":
            return "closing"
        if tag in ("h2", "h3"):
            return "heading"
        if tag == "li" or (tag == "p" and "body" in classes):
            return "text"
        if tag == "p" and "note" in classes:
            return "note"
        return "caption" if tag == "figcaption" else None

    def handle_endtag(self, tag: str) -> None:
        if tag in ("head", "svg"):
            self.hidden -= 1
        elif tag == "footer":
            self.closing = False
        elif tag == "tr" and self.row is not None:
            self.pieces.append(Piece("header" if self.header else "row", " ".join(self.row)))
            self.row = None
        elif self.capture is not None and tag == self.capture[1]:
            text = " ".join("".join(self.words).split())
            if self.capture[0] == "row" and self.row is not None:
                self.row.append(text)
            elif text:
                self.pieces.append(Piece(self.capture[0], text))
            self.capture = None

    def handle_data(self, data: str) -> None:
        if self.capture is not None and not self.hidden:
            self.words.append(data)


def html_pieces(html: str) -> list[Piece]:
    parser = _Html()
    parser.feed(html)
    parser.close()
    return parser.pieces


def docx_pieces(data: bytes) -> list[Piece]:
    """The pieces of a DOCX memo (``report_docx``): its first borderless table is the letterhead
    (skipped), its last the closing; every other table is a table of the body."""
    document = Document(io.BytesIO(data))
    pieces: list[Piece] = []
    borderless = 0
    for element in document.element.body:
        if element.tag == qn("w:p"):
            paragraph = DocxParagraph(element, document._body)
            style = paragraph.style.name if paragraph.style is not None else ""
            if paragraph.text.strip():
                pieces.append(Piece("heading" if style.startswith("Heading") else "text", paragraph.text))
        elif element.tag == qn("w:tbl"):
            table = DocxTable(element, document._body)
            if table.style is not None and table.style.name == "Table Grid":
                for index, row in enumerate(table.rows):
                    text = " ".join(cell.text for cell in row.cells)
                    pieces.append(Piece("row" if index else "header", text))
                continue
            borderless += 1
            if borderless > 1:
                lines = [p.text for cell in table.rows[0].cells for p in cell.paragraphs]
                pieces += [Piece("closing", line) for line in lines if line.strip()]
    return pieces
