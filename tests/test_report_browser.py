"""The HTML memo in a real browser (headless Chromium): it draws, prints on A4, and escapes.

Skipped where no Chromium is installed (Debian: ``apt-get install chromium``), except in CI,
where ``.ci/run`` installs it and a missing browser is a failure, never a skip. What needs eyes (does it look right?) is for ``python -m tests.browser.memo_shot``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from hpcampaign.plan.model import Plan

from .browser.memo_shot import dump_dom, find_browser, pdf_pages, png_ink, png_size, print_pdf, screenshot
from .conftest import ROOT
from .report_support import hostile, memo, text

BROWSER = find_browser()
if BROWSER is None and os.environ.get("CI"):
    pytest.fail("CI must look at the memo: no Chromium found (.ci/run installs it)", pytrace=False)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium installed")


@pytest.fixture
def page(plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    target = tmp_path / "memo.html"
    target.write_text(text(memo(hostile(plan)), "html"), encoding="utf-8")
    return target


def test_screenshot_shows_a_drawn_page(page: Path, tmp_path: Path) -> None:
    assert BROWSER is not None
    shot = tmp_path / "memo.png"
    screenshot(BROWSER, page, shot, size=(900, 1300))
    data = shot.read_bytes()
    assert png_size(data) == (900, 1300)
    assert png_ink(data) > 0.02  # text, table rules and the grey backdrop: far from a blank page


def test_prints_on_several_a4_pages(page: Path, tmp_path: Path) -> None:
    assert BROWSER is not None
    pdf = tmp_path / "memo.pdf"
    print_pdf(BROWSER, page, pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and pdf_pages(data) >= 3
    boxes = set(re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data))
    assert boxes and all(round(float(w)) == 595 and round(float(h)) == 842 for w, h in boxes)  # A4, in points


def test_browser_reads_user_text_as_text(page: Path) -> None:
    assert BROWSER is not None
    dom = dump_dom(BROWSER, page)
    assert "<script" not in dom and "<b>" not in dom and "<i>" not in dom and "<u>" not in dom
    assert "&lt;b&gt;x&lt;/b&gt;" in dom and "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    # Two charts (press per day; the communes' loudspeaker averages before the Congress: in plan
    # revision 2 the Congress-week loudspeaker rule is a plain count, with no averages to chart) and
    # three tables (rules, languages, data problems): the browser saw the structure the memo meant.
    assert dom.count("<svg") == 2 and dom.count("<table") == 3
