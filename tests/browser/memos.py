"""The memos the paper and phone tests look at: several periods, dates and languages, on ``submissions/``.

Each is made once per test session (:func:`rendered` is cached) exactly as ``report`` makes it:
one check of every rule of the shipped plan as of the date, then the memo for the period. The
issue that asked for these tests found a lonely signature in 3 of 6 printed memos, so there are
several: each phase and the whole campaign, a week, a range of dates with a number, a signer and
a date of issue, in Vietnamese and in English.
"""

from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hpcampaign.memo.build import Memo
from hpcampaign.outputs import RenderOptions, renderer
from hpcampaign.plan.load import load_plan
from hpcampaign.plan.periods import parse_week
from hpcampaign.records import Lang

from ..report_support import checked_memo

ROOT = Path(__file__).resolve().parent.parent.parent
SUBMISSIONS = Path("submissions")


@dataclass(frozen=True, slots=True)
class Case:
    lang: Lang
    as_of: date
    options: dict[str, Any] = field(default_factory=dict)
    """Of :class:`~hpcampaign.memo.build.MemoOptions`, besides the as-of date."""


W39 = dict(zip(("start", "end"), parse_week("2025-W39"), strict=True))
CASES: dict[str, Case] = {
    "before-vi": Case("vi", date(2025, 9, 20), {"phase": "before"}),
    "during-vi": Case("vi", date(2025, 9, 27), {"phase": "during"}),
    "after-en": Case("en", date(2025, 11, 15), {"phase": "after"}),
    "all-vi": Case("vi", date(2026, 1, 23)),
    "w39-vi": Case("vi", date(2025, 9, 28), W39),
    "w39-en": Case("en", date(2025, 9, 28), W39),
    "range-vi": Case(
        "vi",
        date(2025, 10, 5),
        {
            "start": date(2025, 9, 22),
            "end": date(2025, 10, 5),
            "number": "12",
            "signer": "Nguyễn Văn An",
            "issued": date(2025, 10, 6),
        },
    ),
}


@dataclass(frozen=True, slots=True)
class Rendered:
    html: str
    docx: bytes


@functools.cache
def memo(name: str) -> Memo:
    case = CASES[name]
    plan = load_plan(ROOT / "plans" / "haiphong-2025.yaml")
    with contextlib.chdir(ROOT):  # paths in the memo relative to the repository, as a clerk runs it
        return checked_memo(plan, (SUBMISSIONS,), case.as_of, **case.options)


@functools.cache
def rendered(name: str) -> Rendered:
    options = RenderOptions(lang=CASES[name].lang)
    html = renderer("report", "html")(memo(name), options)
    docx = renderer("report", "docx")(memo(name), options)
    assert isinstance(html, str) and isinstance(docx, bytes)
    return Rendered(html, docx)
