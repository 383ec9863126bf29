"""The scenes of the clerks' guide (``docs/huong-dan-can-bo.md``), shot by :mod:`docs.screens`.

The story: Nguyễn Thị Lan, clerk of Phường Hồng Bàng, reports week 40 of 2025 (29 September –
5 October). The examples' own file of that week is removed first: she writes it anew, with
``hpcampaign new`` then by hand (:func:`filled`: the file ``new`` writes, with her items put where
the file says), or from the workbook ``new --format xlsx`` writes, filled in with openpyxl as
Excel would save it (:func:`workbook`). Her mistakes are that file with a few lines changed. The
pictures of ``check`` are taken as of Friday 3 October 2025 (``--as-of 2025-10-03``: the week is
open), as she would see them that day; those of ``git commit`` as of today (pre-commit's hook takes
no ``--as-of``).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import yaml

from docs.screens import ROOT, Prepare, Scene, Sheet, remove, run, steps

WEEK_FILE = "submissions/2025-W40/phuong-hong-bang.yaml"
COPY_FILE = "submissions/2025-W40/phuong-hong-bang - Copy.yaml"
NEW = 'hpcampaign new --unit "Phường Hồng Bàng" --week 2025-W40'
CHECK = f"hpcampaign check {WEEK_FILE} --tree submissions/ --as-of 2025-10-03"
WORKBOOK = "bang-tinh.xlsx"
IMPORT = f"hpcampaign import {WORKBOOK} -o submissions/2025-W40/"
COMMIT = 'git commit -m "Phường Hồng Bàng: báo cáo tuần 40"'

#: The items she logs, as she writes them below ``items:`` (copied from the file's examples).
ITEMS = """\
  - date: 2025-09-29
    kind: lượt phát
    count: 1
  - date: 2025-09-30
    kind: cổ động trực quan
    count: 10
    note: "Thay pano, băng rôn trên các tuyến phố chính"
  - date: 2025-09-30
    kind: bài mạng xã hội
    title: "Phường Hồng Bàng tuyên truyền kết quả Đại hội Đảng bộ thành phố"
    url: https://www.facebook.com/hongbang.tuyengiao/posts/833012
    platforms: [facebook, zalo]
  - date: 2025-10-02
    kind: bài trên cổng
    title: "Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ thành phố lần thứ I"
    url: https://hongbang.haiphong.gov.vn/tin-tuc/1024
"""

#: Her edits of the file ``new`` wrote: the reporter, the items, a difficulty.
FILLING = (
    ("reporter:  # họ tên người báo cáo (có thể để trống)\n", "reporter: Nguyễn Thị Lan\n"),
    ("items: []\n", "items:\n" + ITEMS),
    ("difficulties: []\n", 'difficulties:\n  - "Loa ở tổ dân phố 5 hỏng, đang chờ thay"\n'),
)

#: The rules table, left out of the pictures of a mistake (the mistake is what they show): its
#: rows (where the heading helps to see what was cut), or the whole table.
RULES = ("loudspeaker-before", "Các tệp đã kiểm tra")
RULES_NOTE = "ảnh lược bớt các dòng của bảng quy định"
TABLE = ("Quy định (", "Các tệp đã kiểm tra")
TABLE_NOTE = "ảnh lược bớt bảng quy định"


def edit(relative: str, changes: Sequence[tuple[str, str]]) -> Prepare:
    """Replace, in a file of the scene, each text by another; each must be there exactly once."""

    def prepare(folder: Path) -> None:
        path = folder / relative
        text = path.read_text(encoding="utf-8")
        for old, new in changes:
            if text.count(old) != 1:
                sys.exit(f"docs.scenes: {old!r} is in {relative} {text.count(old)} times, not once")
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")

    return prepare


def filled(*mistakes: tuple[str, str]) -> Prepare:
    """The week's file as ``new`` writes it, filled in (:data:`FILLING`), then ``mistakes`` made."""
    return steps(
        remove(WEEK_FILE),
        run("hpcampaign", "new", "--unit", "Phường Hồng Bàng", "--week", "2025-W40", "-o", WEEK_FILE),
        edit(WEEK_FILE, FILLING),
        edit(WEEK_FILE, mistakes),
    )


#: What a cell of the workbook holds.
Value = str | int | dt.datetime | dt.time | None

#: The workbook's rows from its first empty one (row 6), as she types them into Excel: dates and
#: durations typed so that Excel stores them as dates and times.
ROWS: list[list[Value]] = [
    [dt.datetime(2025, 9, 29), "lượt phát", None, None, "loudspeaker", None, None, 1],
    [
        dt.datetime(2025, 9, 30),
        "bài mạng xã hội",
        "Phường Hồng Bàng tuyên truyền kết quả Đại hội Đảng bộ thành phố",
        "https://www.facebook.com/hongbang.tuyengiao/posts/833012",
        "facebook, zalo",
    ],
    [
        dt.datetime(2025, 9, 30),
        "cổ động trực quan",
        None,
        None,
        "street",
        None,
        None,
        10,
        "Thay pano, băng rôn",
    ],
    [
        dt.datetime(2025, 10, 2),
        "bài trên cổng",
        "Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ thành phố lần thứ I",
        "https://hongbang.haiphong.gov.vn/tin-tuc/1024",
        "portal",
    ],
    [
        dt.datetime(2025, 10, 3),
        "file âm thanh",
        "Bản tin phát thanh: kết quả Đại hội",
        None,
        "loudspeaker",
        "vi",
        dt.time(0, 5, 30),
    ],
]


def workbook(*mistakes: tuple[str, Value]) -> Prepare:
    """The workbook ``new --format xlsx`` writes, filled in with :data:`ROWS`, then each cell of
    ``mistakes`` (``("B7", "bai mang xa hoi")``) set to its wrong value."""

    def fill(folder: Path) -> None:
        path = folder / WORKBOOK
        book = openpyxl.load_workbook(path)
        sheet = book["phuong-hong-bang"]
        sheet["B3"] = "Nguyễn Thị Lan"
        for number, row in enumerate(ROWS, start=6):
            for column, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = sheet.cell(row=number, column=column, value=value)
                if isinstance(value, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
                elif isinstance(value, dt.time):
                    cell.number_format = "mm:ss"
        for where, value in mistakes:
            sheet[where] = value
        book.save(path)

    return steps(
        remove(WEEK_FILE),
        run("hpcampaign", "new", "--unit", "Phường Hồng Bàng", "--week", "2025-W40", "-o", WORKBOOK),
        fill,
    )


def shared_repository() -> Prepare:
    """The scratch folder as a clone of the units' shared repository, the week's file staged: git,
    its remote (a bare repository beside it, ``../kho-chung.git``), and pre-commit's hook installed, the hook
    ``hpcampaign-check`` as this repository's ``.pre-commit-hooks.yaml`` defines it (run from the
    PATH, ``language: system``, instead of installed from the office's git host)."""

    def configure(folder: Path) -> None:
        hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
        hook = next(hook for hook in hooks if hook["id"] == "hpcampaign-check")
        hook = {**hook, "language": "system"}
        hook.pop("minimum_pre_commit_version", None)
        config = {"repos": [{"repo": "local", "hooks": [hook]}]}
        (folder / ".pre-commit-config.yaml").write_text(
            yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )

    return steps(
        run("git", "init", "-q", "--bare", "-b", "main", "../kho-chung.git"),
        run("git", "init", "-q", "-b", "main"),
        run("git", "config", "user.name", "Nguyễn Thị Lan"),
        run("git", "config", "user.email", "lan.hongbang@example.vn"),
        run("git", "remote", "add", "origin", "../kho-chung.git"),
        configure,
        run("git", "add", "--", ".pre-commit-config.yaml", "plans", "submissions"),
        run("git", "reset", "-q", "--", WEEK_FILE),
        run("git", "commit", "-q", "-m", "Các báo cáo đã có"),
        run("git", "push", "-q", "-u", "origin", "main"),
        run("pre-commit", "install"),
        run("git", "add", WEEK_FILE),
    )


#: Her two mistakes in the workbook: a kind typed without its tone marks, a day September lacks.
SHEET_MISTAKES: tuple[tuple[str, Value], ...] = (("B7", "bai mang xa hoi"), ("A8", "31/09/2025"))

_SCENES: list[Scene | Sheet] = [
    # 3. The week's file.
    Scene("new-yaml", f"{NEW} -o {WEEK_FILE}", remove(WEEK_FILE)),
    # 4. From Excel.
    Scene("new-xlsx", f"{NEW} --format xlsx -o {WORKBOOK}", remove(WEEK_FILE)),
    Sheet("sheet-error", WORKBOOK, "phuong-hong-bang", workbook(*SHEET_MISTAKES)),
    Scene(
        "import-error",
        IMPORT,
        workbook(*SHEET_MISTAKES),
    ),
    Scene("import-ok", IMPORT, workbook()),
    # 5. The check.
    Scene("check-filled", CHECK, filled()),
    # 6. Mistakes.
    Scene(
        "mistake-items",
        CHECK,
        filled(
            ("items:\n  - date: 2025-09-29\n", "items:\n  - date: 31/09/2025\n"),
            ("kind: cổ động trực quan\n    count: 10", "kind: co dong truc quan\n    count: 10"),
            (
                'title: "Phường Hồng Bàng tuyên truyền kết quả Đại hội Đảng bộ thành phố"',
                "title: Phường Hồng Bàng tuyên truyền kết quả Đại hội #DaiHoiDangBoHaiPhong",
            ),
            ('    title: "Hội nghị', '    titel: "Hội nghị'),
        ),
        cut=RULES,
        note=RULES_NOTE,
    ),
    Scene(
        "mistake-indent",
        CHECK,
        filled(("    url: https://www.facebook.com", "      url: https://www.facebook.com")),
        cut=TABLE,
        note=TABLE_NOTE,
    ),
    Scene(
        "mistake-quotes",
        CHECK,
        filled(
            (
                'title: "Phường Hồng Bàng tuyên truyền kết quả Đại hội Đảng bộ thành phố"',
                "title: “Hồng Bàng: tuyên truyền kết quả Đại hội Đảng bộ thành phố”",
            )
        ),
        cut=TABLE,
        note=TABLE_NOTE,
    ),
    Scene(
        "mistake-empty-items",
        CHECK,
        filled(("items:\n  - date: 2025-09-29", "items: []\n  - date: 2025-09-29")),
        cut=TABLE,
        note=TABLE_NOTE,
    ),
    Scene(
        "mistake-copy",
        CHECK,
        steps(filled(), run("cp", WEEK_FILE, COPY_FILE)),
        cut=RULES,
        note=RULES_NOTE,
    ),
    Scene(
        "mistake-txt",
        CHECK,
        steps(filled(), run("mv", WEEK_FILE, WEEK_FILE + ".txt")),
    ),
    # 7. Commit.
    Scene(
        "commit-refused",
        COMMIT,
        steps(filled(('    title: "Hội nghị', '    titel: "Hội nghị')), shared_repository()),
        cut=RULES,
        note=RULES_NOTE,
    ),
    Scene(
        "commit-ok",
        f"{COMMIT} && git push",
        steps(filled(), shared_repository()),
    ),
]

#: Scene name → scene, in the guide's order.
SCENES = {item.name: item for item in _SCENES}
