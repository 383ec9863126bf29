"""The mistakes a commune clerk makes writing a week's submission by hand (issue 12, SPEC 3).

``tests/clerk_mistakes/`` holds one folder per mistake: a ward's week (Phường Hồng Bàng,
29/09–05/10/2025) with that one mistake in it. Each file opens with three comment lines written
by hand: the mistake in Vietnamese, in English, and what the checker must say of it::

    # expect: 12:9 yaml-syntax colon voids | 13 schema

that is, problems separated by ``|``, each ``LINE[:COLUMN] CODE`` and the *advice* it must give
(the words of :data:`ADVICE`), or ``- CODE`` for a problem without a position (a file that is
never read), or ``nothing`` for a form the checker accepts (Vietnamese durations, labels, BOM…).
A folder may hold several files (a copied file); each says what is expected of it.

Each case goes through the real checker (:func:`run_check`, as ``check FOLDER`` does) and must
give exactly the problems listed, at those lines (and columns where given), with advice that fits
the mistake (an indentation mistake's message speaks of indentation and never says to put the
value in quotes), in Vietnamese without English, and never a fault of the tool. The whole corpus
also goes through the command line once.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from hpcampaign.judge.run import CheckOptions, CheckReport, run_check
from hpcampaign.plan.model import Plan

CORPUS = Path(__file__).resolve().parent / "clerk_mistakes"
ROOT = CORPUS.parent.parent
#: The Sunday that ends the ward's week, and the next day as the real date.
AS_OF = date(2025, 10, 5)
TODAY = date(2025, 10, 6)

#: Advice a message must give (words its Vietnamese message holds) and must not give.
ADVICE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "indent": (("thụt lề",), ("ngoặc kép",)),
    "dash": (("'-'",), ("ngoặc kép",)),
    "tab": (("Tab", "dấu cách"), ("ngoặc kép",)),
    "colon": (("thiếu dấu ':'",), ("ngoặc kép",)),
    "space": (("cần một dấu cách",), ("ngoặc kép",)),
    "invisible": (("dấu cách đặc biệt", "ký tự ẩn"), ("ngoặc kép",)),
    "items": (("items",), ("ngoặc kép",)),
    "new-item": (("'- '",), ("ngoặc kép",)),
    "join": (("nối",), ()),
    "quotes": (("ngoặc kép",), ("thụt lề",)),
    "quote-inside": (("bao cả giá trị",), ("thụt lề",)),
    "smart": (("Word hoặc Zalo",), ("thụt lề",)),
    "close": (("đóng",), ("thụt lề",)),
    "backslash": (("'\\'", "ngoặc đơn"), ()),
    "brackets": (("ngoặc vuông",), ()),
    "comment": (("' #'", "ngoặc kép"), ()),
    "date": (("29/09/2025",), ()),
    "duration": (("12 phút 30 giây", "1 giờ 5 phút"), ()),
    "hint": (("có phải",), ()),
    "utf8": (("UTF-8",), ()),
    "voids": (("cả tệp không được tính",), ()),
    "copy": (("bản sao",), ()),
    "rename": (("đổi tên",), ()),
    "import": (("hpcampaign import",), ()),
    "xlsx": ((".xlsx", "hpcampaign import"), ()),
    "yaml": ((".yaml", "hpcampaign new"), ()),
}

#: English words that a Vietnamese message never holds (the file's own text is Vietnamese).
ENGLISH = re.compile(
    r"\b(the|is not|must|cannot|invalid|missing|rename|spreadsheet|should|please|write|counted|"
    r"quotes|indentation|line|column)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Expected:
    file: str
    line: int | None
    column: int | None
    code: str
    advice: tuple[str, ...]


def header(path: Path) -> str:
    """The opening comment lines of a case file, whatever its encoding."""
    raw = path.read_bytes()
    text = (
        raw.decode("utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else raw.decode("utf-8", "replace")
    )
    return "\n".join(text.removeprefix("\ufeff").splitlines()[:3])


def expectations(folder: Path) -> list[Expected]:
    found: list[Expected] = []
    for path in sorted(folder.iterdir()):
        said = re.search(r"^# expect: (.*)$", header(path), re.MULTILINE)
        assert said, f"{path} says nothing of what to expect"
        if said.group(1).strip() == "nothing":
            continue
        for part in said.group(1).split("|"):
            where, code, *advice = part.split()
            line, column = (None, None) if where == "-" else (int(n) for n in (where + ":0").split(":")[:2])
            found.append(Expected(path.name, line, column or None, code, tuple(advice)))
            assert all(tag in ADVICE for tag in advice), f"{path}: unknown advice in {part!r}"
    return found


CASES = sorted(path.name for path in CORPUS.iterdir() if path.is_dir())


def test_the_corpus_holds_at_least_132_mistakes() -> None:
    mistakes = [case for case in CASES if expectations(CORPUS / case)]
    assert len(mistakes) >= 132, len(mistakes)
    for case in CASES:
        for path in (CORPUS / case).iterdir():
            lines = header(path).splitlines()
            assert lines[0].startswith(("# Lỗi: ", "# Loi")) and lines[1].startswith("# Mistake: "), path


def check(plan: Plan, folder: Path) -> CheckReport:
    return run_check(plan, CheckOptions((folder,), AS_OF, today=TODAY))


@pytest.mark.parametrize("case", CASES)
def test_each_mistake_is_said_where_to_fix_it(plan: Plan, case: str) -> None:
    folder = CORPUS / case
    report = check(plan, folder)
    assert report.faults == [], [p.message("en") for p in report.faults]
    expected = expectations(folder)
    got = Counter((Path(p.path).name, p.line, p.code) for p in report.problems)
    assert got == Counter((e.file, e.line, e.code) for e in expected), [
        (p.where, p.code, p.message("vi")) for p in report.problems
    ]
    for want in expected:
        matching = [
            p
            for p in report.problems
            if (Path(p.path).name, p.line, p.code) == (want.file, want.line, want.code)
            and (want.column is None or p.column == want.column)
        ]
        assert matching, f"{want} (column): {[(p.where, p.code) for p in report.problems]}"
        problem = matching[0]
        vi, en = problem.message("vi"), problem.message("en")
        for tag in want.advice:
            must, never = ADVICE[tag]
            assert all(words in vi for words in must), f"{tag}: {vi}"
            assert not any(words in vi for words in never), f"{tag}: {vi}"
        assert vi != en and not ENGLISH.search(vi), vi
    # A file that cannot be parsed is voided, and its first problem says so.
    for summary in report.files:
        if any(p.code == "yaml-syntax" for p in summary.problems):
            assert summary.voided and "cả tệp không được tính" in summary.problems[0].message("vi")


def test_the_whole_corpus_through_the_command_line(tmp_path: Path) -> None:
    # One run over every case, as a clerk's `check` of a folder: no traceback, exit 3 (errors),
    # every expected problem at its line in the JSON. Items dated after the machine's today are
    # left out (`future-date` depends on the real date); cases also see each other here (the
    # same ward's week over and over), so duplicates across cases are extra warnings.
    done = subprocess.run(
        [sys.executable, "-m", "hpcampaign", "check", str(CORPUS), "--format", "json", "--as-of", str(AS_OF)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    document = json.loads(done.stdout)
    seen = {
        (Path(p["path"]).parent.name, Path(p["path"]).name, p["line"], p["code"])
        for p in document["problems"]
    }
    for case in CASES:
        for want in expectations(CORPUS / case):
            if want.code != "future-date":
                assert (case, want.file, want.line, want.code) in seen, (case, want)
    assert len(document["files"]) == sum(len(list((CORPUS / case).iterdir())) for case in CASES)
