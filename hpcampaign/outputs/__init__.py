"""Output formats behind one registry: ``--format NAME`` of a command picks ``FORMATS[command][NAME]``.

A renderer takes the command's report and :class:`RenderOptions` and returns the whole output
as text (or bytes, for binary formats such as DOCX); the same input gives the same bytes. Adding
a format is adding a module and a line here: neither the core nor the command line changes (its
``--format`` choices are read from here).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from hpcampaign.records import FailOn, Lang


@dataclass(frozen=True, slots=True)
class RenderOptions:
    lang: Lang = "vi"
    fail_on: FailOn = "missed"
    width: int = 100
    color: bool = False


Renderer = Callable[[Any, RenderOptions], "str | bytes"]


#: command → format name → the module (in this package) whose ``render`` writes it.
#: ``check``: the clerk's table, the stable JSON of SPEC 5, GitHub workflow commands, JUnit XML,
#: SARIF 2.1.0 for code-scanning views.
#: ``report``: the memo as Markdown, self-contained HTML with SVG charts, a DOCX laid out per
#: Nghị định 30/2020/NĐ-CP, and its data as JSON. A module is imported only when its format is
#: asked for (python-docx loads only for a DOCX).
FORMATS: dict[str, dict[str, str]] = {
    "check": {
        "table": "check_table",
        "json": "check_json",
        "github": "check_github",
        "junit": "check_junit",
        "sarif": "check_sarif",
    },
    "report": {"md": "report_md", "html": "report_html", "docx": "report_docx", "json": "report_json"},
}


def names(command: str) -> tuple[str, ...]:
    """The ``--format`` choices of a command, the first being its default."""
    return tuple(FORMATS[command])


def streamer(command: str, name: str) -> Callable[[Any, RenderOptions], Iterable[str | bytes]]:
    """The output of ``--format name`` as pieces to write in order: the module's ``chunks``
    where it has one (a document too large to hold twice), else its whole ``render``."""
    module = importlib.import_module(f"{__name__}.{FORMATS[command][name]}")
    if hasattr(module, "chunks"):
        found: Callable[[Any, RenderOptions], Iterable[str | bytes]] = module.chunks
        return found
    whole = renderer(command, name)
    return lambda report, options: [whole(report, options)]


def renderer(command: str, name: str) -> Renderer:
    """The renderer of ``--format name`` for a command (``check`` or ``report``)."""
    module = importlib.import_module(f"{__name__}.{FORMATS[command][name]}")
    found: Renderer = module.render
    return found
