"""The formats of ``hpcampaign report --format``: name → renderer of a :class:`~hpcampaign.memo.Memo`.

``md`` (Markdown for the git host), ``html`` (one self-contained, printable file with SVG
charts), ``docx`` (a Vietnamese administrative report, Nghị định 30/2020/NĐ-CP) and ``json``
(the memo's data, ``hpcampaign.report/1``). Each renderer returns the whole output; the same memo
gives the same bytes.
"""

from __future__ import annotations

from ..memo import Memo
from . import Renderer, RenderOptions, report_html, report_json, report_md


def _docx(memo: Memo, options: RenderOptions) -> bytes:
    # python-docx and lxml load only when a DOCX is asked for.
    from . import report_docx

    return report_docx.render(memo, options)


FORMATS: dict[str, Renderer] = {
    "md": report_md.render,
    "html": report_html.render,
    "docx": _docx,
    "json": report_json.render,
}
