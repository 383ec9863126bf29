"""How wide a text prints in Times New Roman: for laying out what no browser or word processor measures.

The SVG charts place legends and unit names, and the DOCX tables size their columns, before any
program has the font at hand; both need the printed width of a text. The advance widths here are
Times New Roman's (as its metric twin Liberation Serif gives them), in thousandths of an em, for
the printable ASCII characters, regular and bold. A Vietnamese letter is as wide as its base
letter (tone marks and the horn sit above or beside it without widening it: "Ở" as "O", "đ" as
"d"); any other character counts as a wide one (an em's 0.72), so an estimate errs on the wide
side.
"""

from __future__ import annotations

import unicodedata

_REGULAR = (
    "250 333 408 500 500 833 778 180 333 333 500 564 250 333 250 278 500 500 500 500 500 500 500 500 "
    "500 500 278 278 564 564 564 444 921 722 667 667 722 611 556 722 722 333 389 722 611 889 722 722 "
    "556 722 667 556 611 722 722 944 722 722 611 333 278 333 469 500 333 444 500 444 500 444 333 500 "
    "500 278 278 500 278 778 500 500 500 500 333 389 278 500 500 722 500 500 444 480 200 480 541"
)
_BOLD = (
    "250 333 555 500 500 1000 833 278 333 333 500 570 250 333 250 278 500 500 500 500 500 500 500 500 "
    "500 500 333 333 570 570 570 500 930 722 667 722 722 667 611 778 778 389 500 778 667 944 722 778 "
    "611 778 722 556 667 722 722 1000 722 722 667 333 278 333 581 500 333 500 556 444 556 444 333 500 "
    "556 278 333 556 278 833 556 500 556 556 444 389 333 556 500 722 500 500 444 394 220 394 520"
)
_WIDTHS = {False: [int(w) for w in _REGULAR.split()], True: [int(w) for w in _BOLD.split()]}
_OTHER = 720
_SAME_AS = {"Đ": "D", "đ": "d", "–": "n", "—": "M", "…": "M", "≥": "=", "≤": "="}


def em_width(text: str, bold: bool = False) -> float:
    """The width of ``text`` in ems (multiply by the font size for points or SVG units)."""
    table = _WIDTHS[bold]
    total = 0
    for char in unicodedata.normalize("NFD", text):
        char = _SAME_AS.get(char, char)
        if unicodedata.combining(char):
            continue
        code = ord(char)
        total += table[code - 32] if 32 <= code < 127 else _OTHER
    return total / 1000


def longest_word(text: str, bold: bool = False) -> float:
    """The width in ems of the widest word of ``text`` (where a line can never break)."""
    return max((em_width(word, bold) for word in text.split()), default=0.0)
