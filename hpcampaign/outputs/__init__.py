"""Output formats behind one registry: ``--format NAME`` of a command picks ``FORMATS[command][NAME]``.

A renderer takes the command's report and :class:`RenderOptions` and returns the whole output
as text (or bytes, for binary formats such as DOCX). Adding a format is adding a module and a
line here; the core never changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..problems import Lang
from ..verdict import FailOn


@dataclass(frozen=True, slots=True)
class RenderOptions:
    lang: Lang = "vi"
    fail_on: FailOn = "missed"
    width: int = 100
    color: bool = False


Renderer = Callable[[Any, RenderOptions], "str | bytes"]


def _check_formats() -> dict[str, Renderer]:
    from . import check_github, check_json, check_junit, check_table

    return {
        "table": check_table.render,
        "json": check_json.render,
        "github": check_github.render,
        "junit": check_junit.render,
    }


def renderer(command: str, name: str) -> Renderer:
    """The renderer of ``--format name`` for a command (``check`` or ``report``)."""
    if command == "check":
        return _check_formats()[name]
    from . import report_formats

    found: Renderer = report_formats.FORMATS[name]
    return found
