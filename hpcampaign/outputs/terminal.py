"""Rendering rich output to text: one console setup for every terminal format.

A *text console* writes into a buffer at a fixed width, with colour only when asked (a terminal
without ``NO_COLOR``), never guessing from the environment, so the same input gives the same
text in a test as in a pipe. Plain text loses the trailing blanks rich pads lines with.

A *shown value* is text from a file or the plan (a path, a message quoting a value, a name, a
title) on its way to the console: :func:`shown` makes it a ``rich.text.Text``, never markup (a
``[`` stays a bracket), with every control character as its visible escape
(:func:`~hpcampaign.text.safe.safe`), so ``"\\e[2J"`` in a title cannot clear a clerk's screen.
Escaping happens before rich lays the line out, so columns are measured on what is shown.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.style import StyleType
from rich.text import Text

from hpcampaign.text.safe import safe


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


def shown(text: str, style: StyleType = "") -> Text:
    """``text`` as a ``Text`` safe for a terminal: no markup, unsafe characters escaped."""
    return Text(safe(text), style=style)
