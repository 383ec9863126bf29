"""Rendering rich output to text: one console setup for every terminal format.

A *text console* writes into a buffer at a fixed width, with colour only when asked (a terminal
without ``NO_COLOR``), never guessing from the environment, so the same input gives the same
text in a test as in a pipe. Plain text loses the trailing blanks rich pads lines with.
"""

from __future__ import annotations

import io

from rich.console import Console


def text_console(width: int, color: bool) -> Console:
    return Console(
        file=io.StringIO(),
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )


def text_of(console: Console, color: bool) -> str:
    """What was printed; without colour, each line stripped of trailing blanks."""
    assert isinstance(console.file, io.StringIO)
    text = console.file.getvalue()
    if not color:
        text = "\n".join(line.rstrip() for line in text.splitlines()) + "\n"
    return text
