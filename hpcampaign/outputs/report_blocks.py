"""The memo as worded text in one language: a letterhead, blocks of body, a closing.

:mod:`.report_outline` words a :class:`~hpcampaign.memo.build.Memo` into an :class:`Outline`; the
Markdown, HTML and DOCX renderers only lay it out, so the three say the same thing in the same
words. Every string here is plain text, not yet escaped: each renderer escapes for its format.

Blocks: a :class:`Heading` (level 1 for a numbered section, 2 for a subsection), a
:class:`Paragraph`, a list of :class:`Bullets`, a :class:`Table` (with per-row statuses, for
colour) and a :class:`Chart` (drawn as SVG in HTML; Markdown and DOCX show its ``fallback``).

:func:`each_text` applies one change to every string of an outline: the one point where a
renderer makes the whole memo safe for its medium before laying it out (Markdown and HTML:
:func:`~hpcampaign.text.safe.safe`; DOCX: that, after dropping what XML cannot hold).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal, TypeVar

from hpcampaign.memo.rules import DailySeries, Spread
from hpcampaign.records import Lang, Status


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: Literal[1, 2] = 1


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...]
    """Relative column widths (they sum to 100)."""
    numeric: tuple[bool, ...]
    """Right-aligned columns."""
    statuses: tuple[Status | None, ...] = ()
    """Per row: the status that colours its last cell."""
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Chart:
    data: DailySeries | Spread
    caption: str
    fallback: Table | Paragraph | None = None


Block = Heading | Paragraph | Bullets | Table | Chart


@dataclass(frozen=True, slots=True)
class Outline:
    lang: Lang
    as_of: date
    issued: date
    parent_body: str
    issuer: str
    issuer_lines: tuple[str, ...]
    """The issuer as printed in the letterhead (long names on two lines)."""
    number_line: str
    nation: str
    motto: str
    date_line: str
    kind: str
    subject: str
    period_line: str
    blocks: tuple[Block, ...]
    recipients_label: str
    recipients: tuple[str, ...]
    signer_title: str
    signer_name: str


T = TypeVar("T")
_WORDED = (Outline, Heading, Paragraph, Bullets, Table, Chart)


def each_text(value: T, change: Callable[[str], str]) -> T:
    """``value`` (an outline, a block, a tuple of them) with ``change`` applied to every string."""
    if isinstance(value, str):
        return change(value)  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(each_text(item, change) for item in value)  # type: ignore[return-value]
    if isinstance(value, _WORDED):
        changes = {
            field.name: each_text(getattr(value, field.name), change)
            for field in dataclasses.fields(value)
            if field.name != "data"  # a chart's data: the SVG makes its own labels safe
        }
        return dataclasses.replace(value, **changes)
    return value
