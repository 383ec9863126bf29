"""Look at the memo's HTML in a real browser: headless Chromium takes a screenshot and prints a PDF.

A person runs it to see the memo as leadership will (charts drawn, tables readable, Vietnamese
diacritics right, page numbers from page 2 on); ``tests/test_report_browser.py`` runs the same
functions and checks what it can without eyes. Nothing leaves the machine: the memo forbids every
fetch (Content-Security-Policy) and Chromium runs with its background networking off.

Usage (from the repository root; Debian: ``apt-get install chromium``, ``poppler-utils`` for PNG
pages)::

    python -m tests.browser.memo_shot --as-of 2025-09-27 --out /tmp/memo tests/fixtures/memo

writes ``memo.html``, ``memo.png`` (the first screen), ``memo.pdf`` (printed on A4) and, when
``pdftoppm`` is there, ``page-1.png``, ``page-2.png``, … .
"""

from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from datetime import date
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--no-first-run",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def find_browser() -> str | None:
    """The path of a Chromium-like browser, or None."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def run_browser(browser: str, page: Path, *extra: str, timeout: float = 120) -> str:
    """Run headless Chromium on a local file with a throw-away profile; its standard output."""
    with tempfile.TemporaryDirectory(prefix="hpcampaign-chromium-") as profile:
        done = subprocess.run(
            [browser, *FLAGS, f"--user-data-dir={profile}", *extra, page.resolve().as_uri()],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
    return done.stdout


def screenshot(browser: str, page: Path, target: Path, size: tuple[int, int] = (900, 1300)) -> None:
    run_browser(browser, page, f"--window-size={size[0]},{size[1]}", f"--screenshot={target}")


def print_pdf(browser: str, page: Path, target: Path) -> None:
    run_browser(browser, page, "--no-pdf-header-footer", f"--print-to-pdf={target}")


def dump_dom(browser: str, page: Path) -> str:
    """The document as the browser parsed it (serialised again)."""
    return run_browser(browser, page, "--dump-dom")


def png_size(data: bytes) -> tuple[int, int]:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def png_ink(data: bytes) -> float:
    """The share of bytes in the decoded image that are not white: 0 for a blank page.

    Filter bytes are counted too, so this is a rough measure, good for "something was drawn".
    """
    chunks, position = [], 8
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        if kind == b"IDAT":
            chunks.append(data[position + 8 : position + 8 + length])
        position += 12 + length
    pixels = zlib.decompress(b"".join(chunks))
    return sum(1 for byte in pixels if byte < 250) / max(len(pixels), 1)


def pdf_pages(data: bytes) -> int:
    return data.count(b"/Type /Page") - data.count(b"/Type /Pages")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--as-of", default="2025-09-27")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir(), "hpcampaign-memo"))
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    parser.add_argument("--plan", type=Path, default=Path("plans/haiphong-2025.yaml"))
    args = parser.parse_args(argv)
    browser = find_browser()
    if browser is None:
        print("no Chromium found: apt-get install chromium", file=sys.stderr)
        return 2

    from hpcampaign.judge.run import CheckOptions, run_check
    from hpcampaign.memo.build import MemoOptions, build_memo
    from hpcampaign.outputs import RenderOptions, renderer
    from hpcampaign.plan.load import load_plan
    from hpcampaign.records import EVERYTHING

    plan = load_plan(args.plan)
    as_of = date.fromisoformat(args.as_of)
    report = run_check(plan, CheckOptions(tuple(args.paths), as_of, EVERYTHING))
    memo = build_memo(plan, report, MemoOptions(as_of))
    html = renderer("report", "html")(memo, RenderOptions(lang=args.lang))
    assert isinstance(html, str)
    args.out.mkdir(parents=True, exist_ok=True)
    page = args.out / "memo.html"
    page.write_text(html, encoding="utf-8")
    screenshot(browser, page, args.out / "memo.png")
    print_pdf(browser, page, args.out / "memo.pdf")
    pages = pdf_pages((args.out / "memo.pdf").read_bytes())
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", str(args.out / "memo.pdf"), str(args.out / "page")], check=True
        )
    print(f"{page}\n{args.out / 'memo.png'}\n{args.out / 'memo.pdf'} ({pages} pages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
