"""The HTML memo in a real browser (headless Chromium): printed on A4 and read on a phone.

Skipped where no Chromium is installed (Debian: ``apt-get install chromium``), except in CI, where
``.ci/run`` installs it and a missing browser (or Playwright, which drives it) is a failure, never a
skip. Every memo of :mod:`tests.browser.memos` is printed to PDF once per session and its pages
read back (:mod:`tests.browser.pages`): no table row cut by a page break, no heading left at the
foot of a page, the signature on the page where the body ends, no character under 9 pt (the
charts' included); then laid out on a 390 px screen, where nothing may make the page scroll
sideways. Two controls show that the measures see a fault when there is one. What needs eyes
is for ``python -m tests.browser.memo_shot``.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from hpcampaign.outputs.report_svg import MIN_PT
from hpcampaign.plan.model import Plan

from .browser.memo_shot import PHONE, PRINTED_PX, Browser, find_browser, png_ink, png_size
from .browser.memos import CASES, rendered
from .browser.pages import PageFacts, Printed, place, read_pdf, within_margins
from .browser.pieces import html_pieces
from .conftest import ROOT
from .report_support import hostile, memo, text

BROWSER = find_browser()
DRIVER = importlib.util.find_spec("playwright") is not None
if (BROWSER is None or not DRIVER) and os.environ.get("CI"):
    pytest.fail(
        "CI must look at the memo: no Chromium or no Playwright (.ci/run installs both)", pytrace=False
    )
pytestmark = pytest.mark.skipif(
    BROWSER is None or not DRIVER, reason="no Chromium or no Playwright installed"
)

NAMES = sorted(CASES)
LAYOUT = """() => {
  const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const outside = [...document.querySelectorAll('main *')]
    .filter(e => !e.parentElement.closest('svg') && e.getBoundingClientRect().right > innerWidth + 0.5)
    .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
  return {
    scroll: document.documentElement.scrollWidth,
    letterhead: [...document.querySelectorAll('.letterhead > div')].map(box),
    closing: [...document.querySelectorAll('.closing > div')].map(box),
    outside,
  };
}"""
CHART_TEXT = """() => [...document.querySelectorAll('svg text')].map(t => {
  const m = t.getScreenCTM();
  return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b) * 0.75;
})"""


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    assert BROWSER is not None
    with Browser(BROWSER) as browser:
        yield browser


@pytest.fixture(scope="session")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("memos")
    out = {}
    for name in NAMES:
        out[name] = folder / f"{name}.html"
        out[name].write_text(rendered(name).html, encoding="utf-8")
    return out


@pytest.fixture(scope="session")
def printed(chromium: Browser, pages: dict[str, Path]) -> dict[str, tuple[PageFacts, Printed]]:
    """Each memo printed by Chromium, read back, and where its pieces fell."""
    out = {}
    for name, page in pages.items():
        pdf = page.with_suffix(".pdf")
        chromium.print_pdf(page, pdf)
        read = read_pdf(pdf)
        out[name] = (place(read, html_pieces(rendered(name).html)), read)
    return out


@pytest.mark.parametrize("name", NAMES)
def test_printed_memo_is_read_whole(printed: dict[str, tuple[PageFacts, Printed]], name: str) -> None:
    facts, _read = printed[name]
    assert facts.pages >= 2 and not facts.missing  # every piece found, in order: the measure can be trusted
    assert facts.split_rows == []
    assert facts.stranded == []


@pytest.mark.parametrize("name", NAMES)
def test_printed_signature_shares_the_last_page_with_the_body(
    printed: dict[str, tuple[PageFacts, Printed]], name: str
) -> None:
    facts, _read = printed[name]
    assert facts.signature_pages == {facts.pages} and not facts.signature_alone


@pytest.mark.parametrize("name", NAMES)
def test_printed_text_is_9_pt_or_more_within_decree_30_margins(
    printed: dict[str, tuple[PageFacts, Printed]], name: str
) -> None:
    _facts, read = printed[name]
    small = sorted({(size, char) for size, char, _page in read.sizes if size < MIN_PT})
    assert small == [] and min(size for size, _c, _p in read.sizes) >= MIN_PT
    assert within_margins(read.box)


@pytest.mark.parametrize("name", NAMES)
def test_chart_text_is_9_pt_at_print_size(chromium: Browser, pages: dict[str, Path], name: str) -> None:
    # Laid out for print at A4's text width (165 mm), as the PDF is: every label of every chart.
    sizes = chromium.evaluate(pages[name], CHART_TEXT, (PRINTED_PX, 1100), media="print")
    assert sizes and min(sizes) >= MIN_PT


@pytest.mark.parametrize("name", NAMES)
def test_phone_screen_never_scrolls_sideways(chromium: Browser, pages: dict[str, Path], name: str) -> None:
    layout = chromium.evaluate(pages[name], LAYOUT, PHONE)
    assert layout["scroll"] <= PHONE[0] and layout["outside"] == []
    # The letterhead's two columns and the closing's stack: each starts below the one before.
    for columns in (layout["letterhead"], layout["closing"]):
        (_l1, _t1, _r1, bottom), (_l2, top, _r2, _b2) = columns
        assert top >= bottom - 1


def test_controls_a_cut_row_and_a_lonely_signature_are_seen(
    chromium: Browser, pages: dict[str, Path]
) -> None:
    """The measures see faults: rows let break and stretched tall, the closing forced onto a page alone."""
    html = rendered("w39-vi").html
    broken = html.replace(
        "</style>",
        "tr { break-inside: auto; } td, th { line-height: 6; } .end .closing { break-before: page; }</style>",
    )
    page = pages["w39-vi"].with_name("control.html")
    page.write_text(broken, encoding="utf-8")
    chromium.print_pdf(page, page.with_suffix(".pdf"))
    facts = place(read_pdf(page.with_suffix(".pdf")), html_pieces(broken))
    assert facts.split_rows and facts.signature_alone


@pytest.fixture
def hostile_page(plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    target = tmp_path / "memo.html"
    target.write_text(text(memo(hostile(plan)), "html"), encoding="utf-8")
    return target


def test_screenshot_shows_a_drawn_page(chromium: Browser, hostile_page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "memo.png"
    chromium.screenshot(hostile_page, shot, size=(900, 1300))
    data = shot.read_bytes()
    assert png_size(data) == (900, 1300)
    assert png_ink(data) > 0.02  # text, table rules and the grey backdrop: far from a blank page


def test_prints_on_several_a4_pages(chromium: Browser, hostile_page: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "memo.pdf"
    chromium.print_pdf(hostile_page, pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(read_pdf(pdf).pages) >= 3
    boxes = set(re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data))
    assert boxes and all(round(float(w)) == 595 and round(float(h)) == 842 for w, h in boxes)  # A4, in points


def test_browser_reads_user_text_as_text(chromium: Browser, hostile_page: Path) -> None:
    dom = chromium.dom(hostile_page)
    assert "<script" not in dom and "<b>" not in dom and "<i>" not in dom and "<u>" not in dom
    assert "&lt;b&gt;x&lt;/b&gt;" in dom and "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    # The structure the memo meant: every chart and every table of the outline, no more.
    html = hostile_page.read_text("utf-8")
    assert dom.count("<svg") == html.count("<svg") >= 2 and dom.count("<table") == html.count("<table") >= 3
