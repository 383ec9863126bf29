"""``report --format md``: the memo as Markdown for the git host (GitHub-flavoured).

The letterhead is two short stacks of lines (Markdown has no columns); the body follows the
outline; charts appear as their fallback tables. Every piece of user text (titles, names, paths,
clauses) is escaped: a backslash before each character Markdown could read as syntax, so a ``|``
in a title never breaks a table and a ``*`` never starts emphasis. Before that, the whole outline
passes through :func:`~hpcampaign.text.safe.safe`: a control character (a line break inside a
value too) is shown as its visible escape, ``\\x1b``; other line separators (U+2028) become spaces.
"""

from __future__ import annotations

import re

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
from hpcampaign.outputs.report_outline import outline
from hpcampaign.text.catalogue import say
from hpcampaign.text.safe import safe

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
_LIST_START = re.compile(r"^(\s*)(\d+)([.)])")


def esc(text: str) -> str:
    """Plain text as inline Markdown that shows exactly that text, on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.splitlines()))


def esc_line(text: str) -> str:
    """Like :func:`esc`, for text that starts a line: "1. x", "- x" would become a list."""
    text = _LIST_START.sub(r"\1\2\\\3", esc(text))
    return "\\" + text if text.startswith(("-", "+", "=")) else text


def render(memo: Memo, options: RenderOptions) -> str:
    doc = each_text(outline(memo, options.lang), safe)
    out: list[str] = [
        f"{esc_line(doc.parent_body)}  ",
        f"**{esc(doc.issuer)}**  ",
        esc_line(doc.number_line),
        "",
        f"**{esc(doc.nation)}**  ",
        f"**{esc(doc.motto)}**  ",
        f"*{esc(doc.date_line)}*",
        "",
        f"# {esc(doc.kind)}",
        "",
        f"**{esc(doc.subject)}**  ",
        esc_line(doc.period_line),
        "",
    ]
    for block in doc.blocks:
        lines = _block(block)
        if lines:
            out.extend([*lines, ""])
    out.extend(_closing(doc))
    return "\n".join(out).rstrip("\n") + "\n"


def _block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return [f"{'#' * (block.level + 1)} {esc(block.text)}"]
    if isinstance(block, Paragraph):
        return [esc_line(block.text)]
    if isinstance(block, Bullets):
        return [f"- {esc(item)}" for item in block.items]
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Chart):
        return _block(block.fallback) if block.fallback is not None else []
    raise TypeError(block)


def _table(table: Table) -> list[str]:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(esc(cell) or " " for cell in cells) + " |"

    rule = "|" + "|".join("---:" if right else "---" for right in table.numeric) + "|"
    lines = [row(table.header), rule, *(row(cells) for cells in table.rows)]
    if table.note:
        lines += ["", f"*{esc(table.note)}*"]
    return lines


def _closing(doc: Outline) -> list[str]:
    lines = ["---", "", f"**{esc(doc.recipients_label)}**", ""]
    lines += [f"{esc_line(r)}  " for r in doc.recipients]
    lines += ["", f"**{esc(doc.signer_title)}**", ""]
    lines.append(esc_line(doc.signer_name) if doc.signer_name.strip() else "*(" + _sign_here(doc) + ")*")
    return lines


def _sign_here(doc: Outline) -> str:
    return say("memo.sign-here", doc.lang)
