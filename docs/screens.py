"""Pictures of real runs, for the clerks' guide (``docs/huong-dan-can-bo.md``).

Each *scene* is a command run for real, in a scratch copy of the repository's example
submissions and plan (laid out as the units' shared repository is: ``submissions/`` and
``plans/``), inside a pseudo-terminal (so that the tool colours its output as a clerk sees it),
``COLUMNS`` columns wide. Its output is drawn as a terminal window (the prompt, the command, the
output) in HTML and photographed by headless Chromium into ``docs/img/<scene>.png``. Nothing is
drawn by hand: a picture is what the tool printed on this machine that day. A scene may *cut*
lines out of the middle of a long output (the rules table, in the pictures of a mistake); the
cut is drawn as a torn edge with a note in another typeface, so that it is never taken for
something the tool printed.

Usage (from the repository root; Debian: ``apt-get install chromium fonts-noto-mono``, a
monospace font that has Vietnamese's stacked marks, ế ổ ẫ, which DejaVu Sans Mono lacks; the
scene of a refused commit also needs ``pre-commit`` on the PATH: ``pip install pre-commit``)::

    python -m docs.screens                 # every scene
    python -m docs.screens check-filled    # one scene
    python -m docs.screens --list
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import os
import pty
import select
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.utils import get_column_letter
from rich.console import Console
from rich.style import Style
from rich.terminal_theme import TerminalTheme
from rich.text import Span, Text

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
COLUMNS = 100
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
#: Pixels of one character cell in the page below (Noto Sans Mono at 15 px).
CELL_WIDTH, LINE_HEIGHT = 9.05, 21
#: Pixels of the window's title bar, of the page's margins and of a cut.
BAR_HEIGHT, MARGIN, CUT_HEIGHT = 30, 20, 50
#: Headless Chromium paints nothing in a window lower than about 140 pixels.
MIN_HEIGHT = 160
#: The folder the scenes run in, inside the scratch folder (its name shows in the title bar).
FOLDER = "bao-cao-tuyen-truyen"

Prepare = Callable[[Path], None]

#: The terminal's colours on white paper: the 16 ANSI colours darkened where the usual ones are
#: too pale to read on white (yellow, cyan, the bright ones).
PAPER = TerminalTheme(
    (255, 255, 255),
    (32, 32, 32),
    [
        (0, 0, 0),
        (170, 0, 0),
        (0, 120, 0),
        (138, 106, 0),
        (26, 79, 176),
        (138, 43, 138),
        (0, 118, 118),
        (120, 120, 120),
    ],
    [
        (96, 96, 96),
        (200, 30, 30),
        (20, 140, 20),
        (150, 110, 0),
        (40, 100, 210),
        (170, 50, 170),
        (0, 140, 140),
        (255, 255, 255),
    ],
)


def _nothing(folder: Path) -> None:
    return None


@dataclass(frozen=True)
class Scene:
    name: str
    command: str
    """As the clerk types it (run with ``sh -c`` in the scratch folder)."""
    prepare: Prepare = _nothing
    """What the scene needs besides the examples (a file with a mistake, a spreadsheet)."""
    cut: tuple[str, str] | None = None
    """Leave out of the picture the lines from the first that starts with ``cut[0]`` up to the
    first after it that starts with ``cut[1]`` (that one is kept)."""
    note: str = ""
    """What the cut left out, said on the torn edge."""


@dataclass(frozen=True)
class Sheet:
    """A picture of a workbook's sheet as the scene left it (the cells, their letters and numbers,
    the sheets' tabs), drawn from the workbook itself with openpyxl: what a clerk sees in Excel,
    less Excel's own toolbars."""

    name: str
    workbook: str
    """The workbook's path in the scene's folder."""
    sheet: str
    prepare: Prepare = _nothing
    rows: int = 12
    """How many rows to show, from the first."""


def write(relative: str, text: str) -> Prepare:
    """Write a file (UTF-8) into the scene's folder."""

    def prepare(folder: Path) -> None:
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    return prepare


def remove(relative: str) -> Prepare:
    """Remove a file of the scene's folder (an example the scene writes anew)."""

    def prepare(folder: Path) -> None:
        (folder / relative).unlink()

    return prepare


def run(*command: str) -> Prepare:
    """Run a command in the scene's folder (the tool itself, git…); its output is not pictured."""

    def prepare(folder: Path) -> None:
        if shutil.which(command[0]) is None:
            sys.exit(f"docs.screens: this scene needs {command[0]} on the PATH (pip install pre-commit)")
        done = subprocess.run(command, cwd=folder, env=_environment(), capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"docs.screens: {' '.join(command)} failed ({done.returncode}):\n{done.stderr}")

    return prepare


def steps(*prepares: Prepare) -> Prepare:
    """Several preparations, in order."""

    def prepare(folder: Path) -> None:
        for step in prepares:
            step(folder)

    return prepare


def _environment() -> dict[str, str]:
    env = {
        **os.environ,
        "COLUMNS": str(COLUMNS),
        "LINES": "60",
        "TERM": "xterm-256color",
        "HPCAMPAIGN_LANG": "vi",
        # The pictures show this tree's code, whichever hpcampaign is installed.
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    for name in ("NO_COLOR", "HPCAMPAIGN_PLAN"):
        env.pop(name, None)
    return env


def run_in_terminal(command: str, cwd: Path) -> str:
    """The output of ``command`` as a terminal shows it (colours included)."""
    main, child = pty.openpty()
    process = subprocess.Popen(
        ["sh", "-c", command],
        cwd=cwd,
        env=_environment(),
        stdin=child,
        stdout=child,
        stderr=child,
        close_fds=True,
    )
    os.close(child)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([main], [], [], 30)
        if not ready:
            break
        try:
            data = os.read(main, 65536)
        except OSError:  # the child closed its side
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=60)
    os.close(main)
    return b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")


def _cut(lines: list[Text], cut: tuple[str, str]) -> tuple[list[Text], list[Text]]:
    """The lines before and after the cut; the whole output before it when a mark is missing."""
    plain = [line.plain for line in lines]
    start = next((i for i, line in enumerate(plain) if line.startswith(cut[0])), None)
    if start is None:
        sys.exit(f"docs.screens: no line starts with {cut[0]!r} in the output to cut")
    end = next((i for i in range(start + 1, len(plain)) if plain[i].startswith(cut[1])), None)
    if end is None:
        sys.exit(f"docs.screens: no line starts with {cut[1]!r} after {cut[0]!r}")
    return lines[:start], lines[end:]


def _legible(line: Text) -> Text:
    """A background colour without a text colour (pre-commit's "Failed") gets white text: the
    terminal's own text colour, dark on this paper, is unreadable on a dark background."""
    spans = []
    for span in line.spans:
        style = span.style
        if isinstance(style, Style) and style.bgcolor is not None and style.color is None:
            style = style + Style(color="white")
        spans.append(Span(span.start, span.end, style))
    line.spans = spans
    return line


def _html(lines: Sequence[Text]) -> tuple[str, int]:
    """Lines as the ``<pre>`` of a terminal, and how many rows it takes."""
    console = Console(
        record=True, width=COLUMNS, force_terminal=True, color_system="truecolor", file=io.StringIO()
    )
    for line in lines:
        console.print(_legible(line), soft_wrap=False, overflow="fold")
    rows = console.export_text(clear=False).count("\n")
    return console.export_html(theme=PAPER, inline_styles=True, code_format="<pre>{code}</pre>"), rows


def page(item: Scene, output: str) -> tuple[str, int, int]:
    """A terminal window as an HTML page, and its size in pixels."""
    lines = [Text.assemble(("$ ", "bold green"), (item.command, "bold"))]
    lines += Text.from_ansi(output.rstrip("\n")).split("\n")
    parts = [lines] if item.cut is None else list(_cut(lines, item.cut))
    blocks = [_html(part) for part in parts]
    torn = f'<div class="cut"><span>{html.escape(item.note or "(lược bớt)")}</span></div>'
    body = torn.join(block for block, _ in blocks)
    rows = sum(count for _, count in blocks)
    width = int(COLUMNS * CELL_WIDTH) + 2 * MARGIN + 2
    height = BAR_HEIGHT + rows * LINE_HEIGHT + 2 * MARGIN + (len(blocks) - 1) * CUT_HEIGHT + 2
    height = max(height, MIN_HEIGHT)
    title = html.escape(f"~/{FOLDER}")
    document = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>
html, body {{ margin: 0; background: #ffffff; }}
.window {{ border: 1px solid #b8b8b8; height: {height - 2}px; box-sizing: border-box; }}
.bar {{ height: {BAR_HEIGHT}px; background: #e4e4e4; border-bottom: 1px solid #c8c8c8;
        font: 13px/{BAR_HEIGHT}px "Noto Sans", sans-serif; color: #404040; text-align: center; }}
.screen {{ padding: {MARGIN}px; }}
pre {{ margin: 0; color: #202020; font: 15px/{LINE_HEIGHT}px "Noto Sans Mono", monospace; white-space: pre; }}
.cut {{ height: {CUT_HEIGHT - 12}px; display: flex; align-items: center; margin: 6px -{MARGIN}px;
        background: repeating-linear-gradient(135deg, #f4f4f4 0 6px, #ffffff 6px 12px);
        border-top: 2px dashed #9a9a9a; border-bottom: 2px dashed #9a9a9a; box-sizing: border-box; }}
.cut span {{ margin: 0 auto; font: italic 14px "Noto Sans", sans-serif; color: #505050;
             background: #ffffff; padding: 0 8px; }}
</style><title>{html.escape(item.command)}</title></head><body><div class="window">
<div class="bar">{title}</div><div class="screen">{body}</div></div></body></html>"""
    return document, width, height


#: Pixels of one character of an Excel column width, of a row, and of the row numbers' column.
SHEET_CHAR, SHEET_ROW, SHEET_HEADING = 6, 22, 32


def _cell_text(cell: Cell | MergedCell) -> tuple[str, bool]:
    """A cell's value as Excel shows it, and whether Excel aligns it right (numbers, dates)."""
    value = cell.value
    if value is None:
        return "", False
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y"), True
    if isinstance(value, dt.time):
        return f"{value.minute:02d}:{value.second:02d}", True
    if isinstance(value, int | float):
        return str(value), True
    return str(value), False


def sheet_page(item: Sheet, path: Path) -> tuple[str, int, int]:
    """A workbook's sheet as an HTML page that looks like Excel's grid, and its size in pixels."""
    book = openpyxl.load_workbook(path)
    sheet = book[item.sheet]
    columns = sheet.max_column
    widths = []
    for number in range(1, columns + 1):
        letter = get_column_letter(number)
        dimension = sheet.column_dimensions.get(letter)
        widths.append(round((dimension.width if dimension and dimension.width else 8.43) * SHEET_CHAR) + 5)
    head = "".join(f'<th style="width:{w}px">{get_column_letter(n)}</th>' for n, w in enumerate(widths, 1))
    body = []
    for row in range(1, item.rows + 1):
        cells = [sheet.cell(row=row, column=column) for column in range(1, columns + 1)]
        texts = [_cell_text(cell) for cell in cells]
        html_cells, column = [], 0
        while column < columns:
            text, right = texts[column]
            span = 1
            if text and not right:  # text runs over the empty cells on its right, as in Excel
                while column + span < columns and not texts[column + span][0]:
                    span += 1
            bold = " b" if cells[column].font is not None and cells[column].font.b else ""
            align = " r" if right else ""
            attributes = f' colspan="{span}"' if span > 1 else ""
            html_cells.append(f'<td class="c{bold}{align}"{attributes}>{html.escape(text)}</td>')
            column += span
        body.append(f'<tr><th class="n">{row}</th>{"".join(html_cells)}</tr>')
    tabs = "".join(
        f'<span class="tab{" on" if name == item.sheet else ""}">{html.escape(name)}</span>'
        for name in book.sheetnames
    )
    width = SHEET_HEADING + sum(widths) + 2
    height = BAR_HEIGHT + (item.rows + 1) * SHEET_ROW + 34 + 2
    title = html.escape(f"{Path(item.workbook).name} — Excel")
    document = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>
html, body {{ margin: 0; background: #ffffff; }}
.window {{ border: 1px solid #b8b8b8; height: {height - 2}px; box-sizing: border-box; overflow: hidden; }}
.bar {{ height: {BAR_HEIGHT}px; background: #1d6f42; color: #ffffff; text-align: center;
        font: 13px/{BAR_HEIGHT}px "Noto Sans", sans-serif; }}
table {{ border-collapse: collapse; table-layout: fixed; width: {width - 2}px;
         font: 12px/{SHEET_ROW - 2}px "Noto Sans", sans-serif; color: #202020; }}
tr {{ height: {SHEET_ROW}px; }}
th {{ background: #efefef; color: #505050; font-weight: normal; border: 1px solid #d0d0d0; padding: 0; }}
th.n {{ width: {SHEET_HEADING}px; }}
td {{ border: 1px solid #e2e2e2; padding: 0 4px; white-space: nowrap; overflow: hidden; }}
td.b {{ font-weight: bold; }}
td.r {{ text-align: right; }}
.tabs {{ height: 34px; background: #f3f3f3; border-top: 1px solid #d0d0d0; padding-left: {SHEET_HEADING}px;
         font: 13px/32px "Noto Sans", sans-serif; color: #404040; }}
.tab {{ display: inline-block; padding: 0 14px; border-right: 1px solid #d0d0d0; }}
.tab.on {{ background: #ffffff; color: #1d6f42; font-weight: bold; border-bottom: 3px solid #1d6f42;
           line-height: 29px; }}
</style><title>{title}</title></head><body><div class="window"><div class="bar">{title}</div>
<table><tr><th class="n"></th>{head}</tr>{"".join(body)}</table><div class="tabs">{tabs}</div>
</div></body></html>"""
    return document, width, height


def photograph(document: str, width: int, height: int, target: Path) -> None:
    browser = next((found for name in BROWSERS if (found := shutil.which(name))), None)
    if browser is None:
        sys.exit("docs.screens: no Chromium here (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "screen.html"
        source.write_text(document, encoding="utf-8")
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                f"--user-data-dir={scratch}/profile",
                f"--window-size={width},{height}",
                f"--screenshot={target}",
                source.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def shoot(item: Scene | Sheet) -> Path:
    """Run one scene in a scratch copy of the examples and photograph it."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / FOLDER
        shutil.copytree(ROOT / "submissions", folder / "submissions")
        shutil.copytree(ROOT / "plans", folder / "plans")
        item.prepare(folder)
        if isinstance(item, Sheet):
            document, width, height = sheet_page(item, folder / item.workbook)
        else:
            document, width, height = page(item, run_in_terminal(item.command, folder))
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"{item.name}.png"
    photograph(document, width, height, target)
    return target


def main(argv: Sequence[str] | None = None) -> None:
    from docs.scenes import SCENES  # the guide's scenes

    parser = argparse.ArgumentParser(prog="python -m docs.screens", description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="scenes to shoot (all by default)")
    parser.add_argument("--list", action="store_true", help="list the scenes")
    args = parser.parse_args(argv)
    if args.list:
        for item in SCENES.values():
            print(f"{item.name}: {item.command if isinstance(item, Scene) else item.workbook}")
        return
    unknown = [name for name in args.names if name not in SCENES]
    if unknown:
        parser.error(f"no such scene: {', '.join(unknown)} (see --list)")
    for name in args.names or list(SCENES):
        print(shoot(SCENES[name]).relative_to(ROOT))


if __name__ == "__main__":
    # The scenes import docs.screens, a module other than this one run as __main__: its classes are
    # the ones their scenes are made of.
    from docs import screens

    screens.main()
