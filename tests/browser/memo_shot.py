"""Look at the memo as leadership will: printed from Chromium, opened in LibreOffice, read on a phone.

A person runs it to see any memo the command line writes (it takes every option of ``report``);
``tests/test_memo_paper.py`` and ``tests/test_report_browser.py`` use the same pieces and assert
what can be asserted without eyes. Nothing leaves the machine: the memo forbids every fetch
(Content-Security-Policy) and Chromium runs with its background networking off.

Usage (from the repository root; Debian: ``apt-get install chromium libreoffice-writer-nogui
poppler-utils``; ``pip install -e '.[test]'`` brings Playwright, which drives that Chromium)::

    python -m tests.browser.memo_shot --week 2025-W39 --as-of 2025-09-28 --out /tmp/memo submissions

writes ``memo.html``, ``memo.docx``, ``memo.png`` (the first screen), ``phone.png`` (the whole
page at 390 px wide), ``memo.pdf`` (printed on A4 by Chromium), ``memo-docx.pdf`` (the DOCX
converted by LibreOffice, where it is installed) and, when ``pdftoppm`` is there, ``page-1.png``,
… and ``docx-page-1.png``, … ; then prints each PDF's page facts (:mod:`.pages`).
"""

from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path
from types import TracebackType
from typing import Any

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
OFFICES = ("soffice", "libreoffice")
FLAGS = (
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
PHONE = (390, 844)
PRINTED_PX = round(165 / 25.4 * 96)
"""A4's text width between Nghị định 30's margins (165 mm) in CSS pixels: the printed layout's."""
REPORT_OPTIONS = ("plan", "phase", "week", "from", "to", "as-of", "lang", "number", "signer", "date")


def find_browser() -> str | None:
    """The path of a Chromium-like browser, or None."""
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def find_office() -> str | None:
    """The path of LibreOffice's ``soffice``, or None."""
    return next((found for name in OFFICES if (found := shutil.which(name))), None)


class Browser:
    """Debian's Chromium, headless, driven by Playwright (``executable_path``: no browser download)."""

    def __init__(self, executable: str) -> None:
        from playwright.sync_api import sync_playwright

        self._driver = sync_playwright().start()
        self._chromium = self._driver.chromium.launch(executable_path=executable, args=list(FLAGS))

    def __enter__(self) -> Browser:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._chromium.close()
        self._driver.stop()

    def _open(self, page: Path, width: int, height: int, media: str | None = "screen") -> Any:
        tab = self._chromium.new_page(viewport={"width": width, "height": height}, bypass_csp=True)
        if media is not None:
            tab.emulate_media(media=media)  # type: ignore[arg-type]
        tab.goto(page.resolve().as_uri())
        return tab

    def print_pdf(self, page: Path, target: Path) -> None:
        """Print as the browser's print dialog does: print media, the page's own @page size and margins."""
        tab = self._open(page, 900, 1300, media=None)
        tab.pdf(path=str(target), prefer_css_page_size=True)
        tab.close()

    def screenshot(
        self, page: Path, target: Path, size: tuple[int, int] = (900, 1300), whole: bool = False
    ) -> None:
        tab = self._open(page, *size)
        tab.screenshot(path=str(target), full_page=whole)
        tab.close()

    def evaluate(self, page: Path, script: str, size: tuple[int, int] = PHONE, media: str = "screen") -> Any:
        """The value of a script run in the page laid out at ``size`` for ``media``."""
        tab = self._open(page, *size, media=media)
        value = tab.evaluate(script)
        tab.close()
        return value

    def dom(self, page: Path) -> str:
        """The document as the browser parsed it (serialised again)."""
        tab = self._open(page, 900, 1300)
        html: str = tab.content()
        tab.close()
        return html


def office_pdf(office: str, documents: list[Path], folder: Path) -> list[Path]:
    """Each DOCX converted to PDF by LibreOffice, in one run, with a throw-away profile."""
    with tempfile.TemporaryDirectory(prefix="hpcampaign-office-") as profile:
        subprocess.run(
            [
                office,
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                *map(str, documents),
            ],
            capture_output=True,
            timeout=600,
            check=True,
        )
    made = [folder / f"{document.stem}.pdf" for document in documents]
    missing = [str(path) for path in made if not path.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice wrote no {', '.join(missing)}")
    return made


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


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir(), "hpcampaign-memo"))
    for option in REPORT_OPTIONS:
        parser.add_argument(f"--{option}", help=f"as report --{option}")
    return parser.parse_args(argv)


def _report(args: argparse.Namespace, fmt: str, target: Path) -> None:
    """The memo as the command line writes it, with the options given."""
    options = []
    for option in REPORT_OPTIONS:
        value = getattr(args, option.replace("-", "_"))
        if value is not None:
            options += [f"--{option}", value]
    command = [sys.executable, "-m", "hpcampaign", "report", *options, "-f", fmt, "-o", str(target)]
    subprocess.run([*command, *map(str, args.paths)], check=True)


def _pages(pdf: Path, prefix: str) -> None:
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(pdf.parent / prefix)], check=True)


def main(argv: list[str] | None = None) -> int:
    from .pages import place, read_pdf
    from .pieces import docx_pieces, html_pieces

    args = _arguments(argv)
    browser = find_browser()
    if browser is None:
        print("no Chromium found: apt-get install chromium", file=sys.stderr)
        return 2
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    page, document = out / "memo.html", out / "memo.docx"
    for path in (page, document):
        path.unlink(missing_ok=True)  # the command line never writes over a file
    _report(args, "html", page)
    _report(args, "docx", document)
    with Browser(browser) as chromium:
        chromium.screenshot(page, out / "memo.png")
        chromium.screenshot(page, out / "phone.png", PHONE, whole=True)
        chromium.print_pdf(page, out / "memo.pdf")
        wide = chromium.evaluate(page, "document.documentElement.scrollWidth")
    printed = {"HTML printed by Chromium": read_pdf(out / "memo.pdf")}
    facts = {
        "HTML printed by Chromium": place(
            printed["HTML printed by Chromium"], html_pieces(page.read_text("utf-8"))
        )
    }
    _pages(out / "memo.pdf", "page")
    office = find_office()
    if office is not None:
        with tempfile.TemporaryDirectory(prefix="hpcampaign-memo-") as folder:
            (converted,) = office_pdf(office, [document], Path(folder))
            shutil.move(converted, out / "memo-docx.pdf")
        printed["DOCX converted by LibreOffice"] = read_pdf(out / "memo-docx.pdf")
        facts["DOCX converted by LibreOffice"] = place(
            printed["DOCX converted by LibreOffice"], docx_pieces(document.read_bytes())
        )
        _pages(out / "memo-docx.pdf", "docx-page")
    print(f"{out}: memo.html, memo.docx, memo.png, phone.png, memo.pdf{', memo-docx.pdf' if office else ''}")
    print(f"on a {PHONE[0]} px screen the page is {wide} px wide")
    for label, found in facts.items():
        read = printed[label]
        box = ", ".join(
            f"{side} {mm:.1f}" for side, mm in zip(("left", "top", "right", "bottom"), read.box, strict=True)
        )
        smallest = min(size for size, _char, _page in read.sizes)
        print(f"{label}: {found.summary()}; text from (mm) {box}; smallest text {smallest} pt")
        for row in found.split_rows:
            print(f"  split row: {row}")
        for heading in found.stranded:
            print(f"  heading at the foot of a page: {heading}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
