"""Hostile input: every file a clerk (or an attacker) might commit gets one clear problem.

The corpus is ``tests/corpus/hostile/`` (small text files, one case each) plus cases made at run
time in a temporary folder (big, binary, UTF-16, CRLF, links, a FIFO, a folder named ``.yaml``),
so no large or binary file is committed. :data:`CASES` says what each case must give: its problems
as (code, line, column) in output order, and how many occurrences still count. Every file of the
corpus must have an entry, so a new case is a new file and one line here.

Each case is checked on its own (``check_file``), then all of them together through
``hpcampaign check`` (typer's CliRunner): no traceback, the clean file among them still counted,
and not one byte of the folder changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hpcampaign.cli.app import app
from hpcampaign.intake.context import Context, context
from hpcampaign.intake.validate import check_file
from hpcampaign.load import files, marks, syntax
from hpcampaign.load import tree as yamlio
from hpcampaign.plan.model import Plan
from hpcampaign.records import FileSummary

from .conftest import PLAN_PATH, ROOT
from .counting import calls

CORPUS = ROOT / "tests" / "corpus" / "hostile"
AS_OF = "2025-09-27"

Expected = tuple[tuple[str, int | None, int | None], ...]


@dataclass(frozen=True)
class Case:
    problems: Expected
    counted: int = 0
    unit: str | None = None
    voided: bool = True


# --- cases made at run time ----------------------------------------------------------------------

Maker = Callable[[Path], None]
MANY_ITEMS = 10_000


def _write(data: bytes) -> Maker:
    def make(path: Path) -> None:
        path.write_bytes(data)

    return make


def _too_big(path: Path) -> None:
    head = b"unit: phuong-hong-bang\nitems: []\n"
    padding = b"# " + b"." * 1021 + b"\n"  # 1 KiB lines of comment
    path.write_bytes(head + padding * (files.MAX_BYTES // len(padding) + 1))


def _many_items(path: Path, items: int = MANY_ITEMS) -> None:
    lines = ["unit: phuong-hong-bang", "items:"]
    for i in range(items):
        lines += [f"  - date: 2025-09-{1 + i % 26:02d}", "    kind: loudspeaker_broadcast"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _link(target: str) -> Maker:
    return lambda path: path.symlink_to(target)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.mkdir()


_SUBMISSION = "unit: phuong-hong-bang\nitems:\n  - date: 2025-09-20\n    kind: loudspeaker_broadcast\n"
_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes((i * 97 + 13) % 251 + 1 for i in range(4000))
_CRLF_GOOD = (
    "\ufeffunit: Phường Thuỷ Nguyên\n"  # the other tone-mark placement of "Thủy"
    "items:\n"
    "  - date: 2025-09-20\n"
    "    kind: loudspeaker_broadcast\n"
    "    count: 3\n"
    "  - date: 21/09/2025\n"
    "    kind: social_post\n"
    "    title: Tin Đại hội\n"
).replace("\n", "\r\n")
_CRLF_BAD = (
    "\ufeffunit: phuong-hong-bang\nitems:\n  - date: 2025-09-31\n    kind: loudspeker_broadcast\n"
).replace("\n", "\r\n")

GENERATED: dict[str, Maker] = {
    "too-big.yaml": _too_big,
    "binary-junk.yaml": _write(_PNG),
    "utf16-le-bom.yaml": _write(("\ufeff" + _SUBMISSION).encode("utf-16-le")),
    "utf16-be-bom.yaml": _write(("\ufeff" + _SUBMISSION).encode("utf-16-be")),
    "utf16-le.yaml": _write(_SUBMISSION.encode("utf-16-le")),
    "utf16-be.yaml": _write(_SUBMISSION.encode("utf-16-be")),
    "utf32-bom.yaml": _write(_SUBMISSION.encode("utf-32")),
    "utf8-bom-crlf.yaml": _write(_CRLF_GOOD.encode("utf-8")),
    "utf8-bom-crlf-errors.yaml": _write(_CRLF_BAD.encode("utf-8")),
    "utf8-bom-unknown-unit.yaml": _write("\ufeffunit: phuong-hong-bag\r\nitems: []\r\n".encode()),
    # Saved by an old Vietnamese editor in Windows-1258: the first non-ASCII byte is on line 5.
    "windows-1258.yaml": _write(
        unicodedata.normalize("NFD", _SUBMISSION + "    title: Hải Phòng\n").encode("cp1258")
    ),
    "control-character.yaml": _write((_SUBMISSION + "    note: a\x1bb\n").encode()),
    "nested-brackets.yaml": _write(b"[" * 100_000),
    "many-items.yaml": _many_items,
    "symlink-loop.yaml": _link("symlink-loop.yaml"),
    "broken-symlink.yaml": _link("no-such-file.yaml"),
    "fifo.yaml": _fifo,
    "folder.yaml": _folder,
}

# --- what every case must give -------------------------------------------------------------------

CASES: dict[str, Case] = {
    "good.yaml": Case((), counted=4, unit="phuong-hong-bang", voided=False),
    # The unclosed '[' is reported on its own line (5), not where libyaml gave up (6:9).
    "malformed-flow.yaml": Case((("yaml-syntax", 5, 16),)),
    "malformed-indent.yaml": Case((("yaml-syntax", 5, 4),)),
    "wrong-type-mapping-for-list.yaml": Case((("schema", 6, 16),), counted=1, voided=False),
    "wrong-type-list-for-scalar.yaml": Case((("schema", 3, 11),), counted=1, voided=False),
    "wrong-type-unit-list.yaml": Case((("schema", 1, 7),)),
    "duplicate-key-top.yaml": Case((("duplicate-key", 3, 1),)),
    "duplicate-key-item.yaml": Case((("duplicate-key", 7, 5),), counted=1, voided=False),
    "tag-python-apply.yaml": Case((("unsafe-yaml", 5, 11),)),
    "tag-python-name.yaml": Case((("unsafe-yaml", 1, 7),)),
    "tag-str.yaml": Case((("unsafe-yaml", 3, 11),)),
    "tag-local.yaml": Case((("unsafe-yaml", 2, 8),)),
    "tag-set.yaml": Case((("unsafe-yaml", 3, 11),)),
    "tag-directive.yaml": Case((("unsafe-yaml", 3, 7),)),
    "anchor.yaml": Case((("unsafe-yaml", 3, 5),)),
    "alias.yaml": Case((("unsafe-yaml", 5, 5),)),
    "merge-key.yaml": Case((("unsafe-yaml", 5, 9),)),
    "billion-laughs.yaml": Case((("unsafe-yaml", 1, 4),)),
    # The 51st open container: root, items, the item, note, then k0 … k46 (line 6 + 47).
    "deep-mappings.yaml": Case((("too-large", 53, 101),)),
    "empty.yaml": Case((("schema", 1, 1),)),
    "only-comments.yaml": Case((("schema", 1, 1),)),
    "tabs.yaml": Case((("yaml-syntax", 3, 1),)),
    "items-empty.yaml": Case((("schema", 2, 7),), unit="phuong-hong-bang"),
    "items-mapping.yaml": Case((("schema", 3, 3),), unit="phuong-hong-bang"),
    "multiple-documents.yaml": Case((("schema", 3, 1),)),
    "scalar-document.yaml": Case((("schema", 1, 1),)),
    "list-document.yaml": Case((("schema", 1, 1),)),
    # count: 010 is ten (not octal 8), 12:30 is 12 min 30 s; `language: no` is not False.
    "yaml11-traps.yaml": Case((("unknown-language", 13, 15),), counted=10, unit="vtv", voided=False),
    "bad-date.yaml": Case((("bad-date", 5, 11),), counted=2, unit="phuong-hong-bang", voided=False),
    "too-big.yaml": Case((("too-large", None, None),)),
    "binary-junk.yaml": Case((("encoding", 3, 1),)),  # the first NUL, after "\r\n" and "\n"
    "utf16-le-bom.yaml": Case((("encoding", 1, 1),)),
    "utf16-be-bom.yaml": Case((("encoding", 1, 1),)),
    "utf16-le.yaml": Case((("encoding", 1, 1),)),
    "utf16-be.yaml": Case((("encoding", 1, 1),)),
    "utf32-bom.yaml": Case((("encoding", 1, 1),)),
    "utf8-bom-crlf.yaml": Case((), counted=4, unit="phuong-thuy-nguyen", voided=False),
    "utf8-bom-crlf-errors.yaml": Case(
        (("bad-date", 3, 11), ("unknown-kind", 4, 11)), unit="phuong-hong-bang", voided=False
    ),
    "utf8-bom-unknown-unit.yaml": Case((("unknown-unit", 1, 7),)),
    "windows-1258.yaml": Case((("encoding", 5, 14),)),
    "control-character.yaml": Case((("yaml-syntax", 5, 12),)),
    "nested-brackets.yaml": Case((("too-large", 1, 51),)),
    "many-items.yaml": Case((), counted=MANY_ITEMS, unit="phuong-hong-bang", voided=False),
    # Issue 9: shapes that once cost quadratic time, control escapes, repeated keys in some items
    # (the second parse keeps the positions of those items only).
    # The '{' left open on line 3, not the end of the file (4:1) where libyaml gave up.
    "unit-spaces.yaml": Case((("yaml-syntax", 3, 3),), unit="phuong-hong-bang"),
    "duration-spaces.yaml": Case((("bad-duration", 6, 15),), counted=1, unit="vtv", voided=False),
    "control-escapes.yaml": Case((("unknown-kind", 4, 11),), counted=1, unit="vtv", voided=False),
    "duplicate-keys-items.yaml": Case(
        (("duplicate-key", 6, 5), ("duplicate-key", 10, 46), ("unknown-kind", 12, 11)),
        counted=1,
        unit="vtv",
        voided=False,
    ),
    "symlink-loop.yaml": Case((("unreadable", None, None),)),
    "broken-symlink.yaml": Case((("unreadable", None, None),)),
    "fifo.yaml": Case((("unreadable", None, None),)),
    "folder.yaml": Case((("unreadable", None, None),)),
}


def _params(*, skip: frozenset[str] = frozenset()) -> list[object]:
    return [name for name in CASES if name not in skip]


def make_case(name: str, folder: Path) -> Path:
    path = folder / name
    if name in GENERATED:
        GENERATED[name](path)
    else:
        shutil.copyfile(CORPUS / name, path)
    return path


def build_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in CASES:
        make_case(name, folder)
    return folder


def counted(summary: FileSummary) -> int:
    return sum(summary.counted.counts.values()) + sum(summary.counted.keyed.count)


def found(summary: FileSummary) -> Expected:
    return tuple((p.code, p.line, p.column) for p in summary.problems)


@pytest.fixture(scope="module")
def ctx(plan: Plan) -> Context:
    return context(plan, date.fromisoformat(AS_OF))


# --- one case at a time --------------------------------------------------------------------------


def test_every_corpus_file_has_a_case() -> None:
    committed = {path.name for path in CORPUS.iterdir()}
    assert committed == set(CASES) - set(GENERATED)
    assert set(GENERATED) <= set(CASES)


@pytest.mark.parametrize("name", _params())
def test_case(name: str, ctx: Context, tmp_path: Path) -> None:
    case = CASES[name]
    summary = check_file(make_case(name, tmp_path), ctx)
    assert found(summary) == case.problems
    assert counted(summary) == case.counted
    assert summary.voided == case.voided
    if case.unit is not None:
        assert summary.unit == case.unit
    for problem in summary.problems:
        assert problem.severity == "error"
        assert (
            problem.message("vi") and problem.message("en") and problem.message("vi") != problem.message("en")
        )
        assert "\n" not in problem.message("vi")
    # SPEC 3 (revision 2): a voided file says so in its first problem's message, and only there.
    voids = [p.message("vi").endswith(" — cả tệp không được tính") for p in summary.problems]
    assert voids == [index == 0 and case.voided for index in range(len(voids))], voids
    assert summary.problems or not case.voided
    assert [p.message("en").endswith(" — the whole file is not counted") for p in summary.problems] == voids


@pytest.mark.parametrize(
    ("name", "saved_as"),
    [
        ("utf16-le-bom.yaml", "UTF-16"),
        ("utf16-be.yaml", "UTF-16"),
        ("utf32-bom.yaml", "UTF-32"),
        ("windows-1258.yaml", "0xD2"),
        ("binary-junk.yaml", "NUL"),
    ],
)
def test_encoding_problems_say_to_save_as_utf8(
    name: str, saved_as: str, ctx: Context, tmp_path: Path
) -> None:
    (problem,) = check_file(make_case(name, tmp_path), ctx).problems
    assert "UTF-8" in problem.message("en") and "UTF-8" in problem.message("vi")
    assert saved_as in problem.message("en")


def test_yaml11_traps_keep_their_text(ctx: Context) -> None:
    summary = check_file(CORPUS / "yaml11-traps.yaml", ctx)
    # The counted documentary lasts 750 s (YAML 1.1 reads 12:30 as the integer 750, which
    # would be 750 minutes) and counts 10 times (not 8, as octal 010). Keys are (day, kind,
    # language, duration, platforms as a bit set): it lists no platform, so no bit is set.
    assert [key[1:] for key in summary.counted.keys] == [("documentary", "vi", 750, 0)]
    assert list(summary.counted.keyed.count) == [10]
    message = summary.problems[0].message("en")
    assert "'no'" in message  # reported as written, never as False
    tree = yamlio.load(CORPUS / "yaml11-traps.yaml")
    assert isinstance(tree, yamlio.Document) and isinstance(tree.tree, dict)
    assert tree.tree["items"] == [
        {
            "date": "2025-09-20",
            "kind": "documentary",
            "title": "Hải Phòng — vươn ra biển lớn",
            "duration": "12:30",
            "count": "010",
            "note": "on",
        },
        {
            "date": "2025-09-21",
            "kind": "documentary",
            "title": "Đất và người Hải Phòng",
            "duration": "14:00",
            "language": "no",
        },
    ]


def test_nested_brackets_stop_at_the_depth_limit_whatever_the_length(ctx: Context, tmp_path: Path) -> None:
    path = make_case("nested-brackets.yaml", tmp_path)  # 100,000 brackets
    assert found(check_file(path, ctx)) == (("too-large", 1, 51),)
    short = tmp_path / "short.yaml"
    short.write_bytes(b"[" * 1_000)
    assert found(check_file(short, ctx)) == (("too-large", 1, 51),)
    # The check stops at the 51st bracket: the other 99,949 cost not one call more than 949 do.
    assert calls(lambda: check_file(path, ctx)) == calls(lambda: check_file(short, ctx))
    for head, unit in ((b"", b"{a: "), (b"", b"- "), (b"", b"[{a: "), (b"a: ", b"[")):
        small, large = head + unit * 1_000, head + unit * (5_000_000 if unit == b"[" else 100_000)
        for data in (small, large):
            fatal = yamlio.parse(data, track=True)
            assert isinstance(fatal, marks.Fatal) and fatal.msg_id == "too-large.depth", unit
        assert calls(partial(yamlio.parse, large, track=True)) == calls(
            partial(yamlio.parse, small, track=True)
        )


def test_nested_brackets_never_crash_the_process(tmp_path: Path) -> None:
    path = make_case("nested-brackets.yaml", tmp_path)
    args = [str(path), "--plan", str(PLAN_PATH), "--format", "json", "--as-of", AS_OF]
    done = subprocess.run(
        [sys.executable, "-m", "hpcampaign", "check", *args],
        capture_output=True,
        timeout=60,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 3, done.stderr  # not a negative signal number: no segfault
    problems = json.loads(done.stdout)["problems"]
    assert [(p["code"], p["line"], p["column"]) for p in problems] == [("too-large", 1, 51)]


def test_ten_thousand_items_are_fine_and_cost_in_proportion(ctx: Context, tmp_path: Path) -> None:
    path = make_case("many-items.yaml", tmp_path)
    summary = check_file(path, ctx)
    assert summary.items == 10_000 and counted(summary) == 10_000 and not summary.problems
    quarter = tmp_path / "quarter.yaml"
    _many_items(quarter, 2_500)
    assert check_file(quarter, ctx).items == 2_500
    # Four times the items, about four times the calls (a little less: the set-up is paid once);
    # a cost per item that grew with the file would show as about sixteen.
    ratio = calls(lambda: check_file(path, ctx)) / calls(lambda: check_file(quarter, ctx))
    assert 3 < ratio < 5, ratio


def test_alias_bomb_is_refused_before_anything_is_built(tmp_path: Path) -> None:
    # Nine levels of nine: 387 million "lol"s if expanded. Refused at the first anchor.
    bomb = CORPUS / "billion-laughs.yaml"
    fatal = yamlio.load(bomb, track=True)
    assert fatal == marks.Fatal("unsafe-yaml.anchor", 1, 4, (("name", "a"),))
    first = tmp_path / "first-line.yaml"
    first.write_bytes(b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n')
    assert yamlio.load(first, track=True) == fatal
    # The ten lines of aliases after the anchor cost not one call: nothing of them was built.
    assert calls(lambda: yamlio.load(bomb, track=True)) == calls(lambda: yamlio.load(first, track=True))


# --- the whole folder through the command line ---------------------------------------------------

Snapshot = dict[str, tuple[int, int, int, str]]


def snapshot(folder: Path) -> Snapshot:
    """Every entry under ``folder``: mode, size, mtime and content digest (or link target)."""
    state: Snapshot = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        if stat.S_ISREG(info.st_mode):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        elif stat.S_ISLNK(info.st_mode):
            digest = os.readlink(path)
        else:
            digest = ""  # a FIFO is never opened: that would block
        state[str(path.relative_to(folder))] = (info.st_mode, info.st_size, info.st_mtime_ns, digest)
    return state


def run_cli(*paths: Path, options: tuple[str, ...] = ()) -> tuple[int, str, BaseException | None]:
    args = [
        *(str(p) for p in paths),
        "--plan",
        str(PLAN_PATH),
        "--format",
        "json",
        "--as-of",
        AS_OF,
        *options,
    ]
    result = CliRunner().invoke(app, ["check", *args])
    exception = None if isinstance(result.exception, SystemExit) else result.exception
    return result.exit_code, result.stdout, exception


def test_cli_over_the_whole_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = build_folder(tmp_path / "submissions")
    monkeypatch.chdir(tmp_path)  # where a successful os.system("echo pwned > …") would write
    before = snapshot(tmp_path)
    code, output, exception = run_cli(folder)
    assert exception is None and "Traceback" not in output
    assert code == 3
    assert snapshot(tmp_path) == before  # nothing written, nothing created, nothing touched

    data = json.loads(output)
    files = {Path(f["path"]).name: f for f in data["files"]}
    # Every file is checked, whatever its neighbours; a folder named x.yaml is walked, not read.
    assert set(files) == set(CASES) - {"folder.yaml"}
    assert files["good.yaml"] == {
        "path": f"{folder.as_posix()}/good.yaml",
        "unit": "phuong-hong-bang",
        "items": 3,
        "errors": 0,
        "voided": False,
        "difficulties": [],
    }
    assert files["many-items.yaml"]["items"] == MANY_ITEMS
    by_file: dict[str, list[tuple[str, int | None, int | None]]] = {name: [] for name in files}
    for problem in data["problems"]:
        by_file[Path(problem["path"]).name].append((problem["code"], problem["line"], problem["column"]))
        assert problem["severity"] == "error" and problem["message"]
    for name in files:
        assert tuple(by_file[name]) == CASES[name].problems, name
        assert files[name]["voided"] is CASES[name].voided, name
    assert data["summary"]["errors"] == len(data["problems"])


def test_cli_leaves_the_committed_corpus_alone(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    before = snapshot(CORPUS)
    code, output, exception = run_cli(CORPUS)
    assert exception is None and code == 3
    assert snapshot(CORPUS) == before
    assert list(tmp_path.iterdir()) == []
    assert len(json.loads(output)["files"]) == len(before)


# A folder named x.yaml given on the command line is a folder to walk (see the folder test).
@pytest.mark.parametrize("name", _params(skip=frozenset({"folder.yaml"})))
def test_cli_on_one_file(name: str, tmp_path: Path) -> None:
    path = make_case(name, tmp_path)
    # One phase only: the problems are the same, and judging fewer rules keeps this quick.
    code, output, exception = run_cli(path, options=("--phase", "during"))
    assert exception is None and "Traceback" not in output
    problems = json.loads(output)["problems"]
    assert tuple((p["code"], p["line"], p["column"]) for p in problems) == CASES[name].problems
    # 3 when a problem is an error; the clean file fails only through its rules (0 or 1).
    assert code == 3 if problems else code in (0, 1)


def test_libyaml_s_own_depth_limit_reads_as_ours() -> None:
    """PyYAML 6.0.4's libyaml stops at 1000 levels before any event: still `too-large` at 51."""
    import yaml

    data = b"items: " + b"[" * 2000
    mark = yaml.Mark("<byte string>", 0, 0, 1007, "", 0)
    error = yaml.scanner.ScannerError(
        "while increasing flow level", mark, "exceeded maximum nesting depth", mark
    )
    fatal = syntax.syntax_fatal(error, data)
    assert (fatal.msg_id, fatal.line, fatal.column) == ("too-large.depth", 1, 58)
