"""Shared by the memo's tests: the fixture folder, a fixed as-of date, and a plan with hostile text.

The fixtures (``tests/fixtures/memo``) are judged as of 2025-09-27, the Congress's second day.
Paths in outputs are relative to the repository root, so the tests run from there.

The *hostile plan* is the shipped plan with Markdown and HTML syntax written into a rule title,
a unit's name and a group's name, to show that every format escapes them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from hpcampaign.judge.run import CheckOptions, run_check
from hpcampaign.memo.build import Memo, MemoOptions, build_memo
from hpcampaign.memo.rules import RuleLine
from hpcampaign.outputs import RenderOptions, renderer
from hpcampaign.plan.model import Plan
from hpcampaign.records import EVERYTHING
from tests.plan_support import plan_data, plan_of

FIXTURES = Path("tests/fixtures/memo")
AS_OF = date(2025, 9, 27)
HOSTILE_TITLE = "Báo chí | *đặc biệt* <b>x</b> [link](http://example.vn) & <script>alert(1)</script>"
HOSTILE_UNIT = "Phường Ngô | Quyền <i>"
HOSTILE_GROUP = "Các xã | <u>phường</u>"


def checked_memo(plan: Plan, paths: tuple[Path, ...], as_of: date, jobs: int = 1, **options: Any) -> Memo:
    """The memo as the command line makes it: one check of every rule, then the memo."""
    report = run_check(plan, CheckOptions(paths, as_of, EVERYTHING, jobs))
    return build_memo(plan, report, MemoOptions(as_of=as_of, **options))


def memo(plan: Plan, **options: Any) -> Memo:
    return checked_memo(plan, (FIXTURES,), options.pop("as_of", AS_OF), **options)


def render(value: Memo, fmt: str, lang: str = "vi") -> str | bytes:
    return renderer("report", fmt)(value, RenderOptions(lang=lang))  # type: ignore[arg-type]


def text(value: Memo, fmt: str, lang: str = "vi") -> str:
    out = render(value, fmt, lang)
    assert isinstance(out, str)
    return out


def hostile(plan: Plan) -> Plan:
    data = plan_data(plan)
    for rule in data["rules"]:
        if rule["id"] == "press-daily-before":
            rule["title"] = {"vi": HOSTILE_TITLE, "en": HOSTILE_TITLE}
    for unit in data["units"]:
        if unit["id"] == "phuong-ngo-quyen":
            unit["name"] = HOSTILE_UNIT
    for group in data["groups"]:
        if group["id"] == "communes":
            group["name"] = {"vi": HOSTILE_GROUP, "en": HOSTILE_GROUP}
    return plan_of(data)


def line(value: Memo, rule: str) -> RuleLine:
    """The memo's line of one rule."""
    return next(item for item in value.rules if item.rule.id == rule)
