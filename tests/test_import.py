"""``hpcampaign import``: spreadsheets made submissions, problems at their cells (SPEC 5, revision 2).

- The round trip a clerk makes: ``new --format xlsx``, the workbook filled in (Vietnamese headers,
  a label as the kind, Excel dates, an Excel time as a duration), ``import``, then the real
  ``check``: no problem, and the counts written here by hand.
- CSV files as Excel writes them (UTF-8, UTF-8 with a byte-order mark, Windows-1258; ``;`` or
  ``,``; a UTF-8 file mangled once through Windows-1252), all giving the same submission.
- Headers as people write them; the unit from ``--unit``, the sheet's name or the ``Đơn vị:`` cell.
- Every problem at its cell (``file!Sheet:B12``, ``file.csv:12:2``) with the code and message of
  ``check``; a source with an error writes nothing and the run exits 3; never over a file; usage
  errors (exit 2) in both languages.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from hpcampaign.clerk import sheets
from hpcampaign.clerk.columns import field_of
from hpcampaign.clerk.sheets import Clock, clock

from .clerk_support import ENGLISH, VIETNAMESE, check_json, run
from .conftest import ROOT

FIXTURES = "tests/fixtures/import"

#: What the four items of the fixtures are, as a submission (written by hand).
HONG_BANG_ITEMS = """\
format: 1
unit: phuong-hong-bang
items:
  - date: 2025-09-22
    kind: loudspeaker_broadcast
    platforms: [loudspeaker]
    count: 2
    note: "Loa tổ dân phố 5"
  - date: 2025-09-23
    kind: visual_display
    platforms: [street]
    count: 3
    note: "Băng rôn đường Hoàng Văn Thụ"
  - date: 2025-09-24
    kind: portal_post
    title: "Hải Phòng: vươn ra biển lớn, hội nhập"
    url: "https://hongbang.haiphong.gov.vn/tin/1"
    platforms: [portal]
  - date: 2025-09-25
    kind: audio_file
    title: "Bản tin \\"Đại hội\\" số 1"
    platforms: [loudspeaker]
    language: vi
    duration: "6:30"
"""

SUMMARY_ONE = "đã đọc 1 bảng tính, đã ghi 1 tệp báo cáo; 0 lỗi, 0 cảnh báo"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("HPCAMPAIGN_LANG", raising=False)
    monkeypatch.delenv("HPCAMPAIGN_PLAN", raising=False)


def _xlsx(path: Path, sheets_rows: dict[str, list[list[object]]]) -> Path:
    """A workbook as a clerk makes one: each sheet's rows from A1 on."""
    book = Workbook()
    for number, (name, rows) in enumerate(sheets_rows.items()):
        sheet = book.active if number == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = name
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _lines(output: str) -> list[str]:
    return output.splitlines()


# --- the round trip ------------------------------------------------------------------------------


def test_a_new_workbook_filled_in_imports_to_a_file_check_accepts(tmp_path: Path) -> None:
    path = tmp_path / "tuan-39.xlsx"
    made = run("new", "--unit", "phuong-hong-bang", "--week", "2025-W39", "--format", "xlsx", "-o", str(path))
    assert made.exit_code == 0, made.output
    # Filled in as a clerk does, under the Vietnamese headers of row 5.
    book = load_workbook(path)
    sheet = book["phuong-hong-bang"]
    sheet["A6"], sheet["B6"], sheet["H6"] = datetime(2025, 9, 22), "lượt phát", 2  # an Excel date
    sheet["A7"], sheet["B7"], sheet["H7"], sheet["I7"] = "25/09/2025", "Lượt phát", 1, "Loa tổ 5"
    sheet["A8"], sheet["B8"] = date(2025, 9, 24), "báo cáo viên"
    sheet["C8"] = "Hội nghị báo cáo viên: Đại hội lần thứ I"
    sheet["A9"], sheet["B9"], sheet["C9"] = datetime(2025, 9, 26), "file âm thanh", "Bản tin Đại hội số 1"
    sheet["E9"], sheet["G9"] = "loudspeaker", time(0, 6, 30)  # an Excel time: 6 min 30 s
    book.save(path)

    out = tmp_path / "submissions"
    result = run("import", str(path), "-o", str(out))
    assert result.exit_code == 0, result.output
    written = out / "phuong-hong-bang-tuan-39.yaml"
    assert _lines(result.stdout) == [f"đã ghi {written} (4 mục, đơn vị phuong-hong-bang)", SUMMARY_ONE]
    assert written.read_text(encoding="utf-8") == (
        f"# hpcampaign import: {path}!phuong-hong-bang\n"
        "format: 1\n"
        "unit: phuong-hong-bang\n"
        "period:\n"
        "  from: 2025-09-22\n"
        "  to: 2025-09-28\n"
        "items:\n"
        "  - date: 2025-09-22\n"
        "    kind: loudspeaker_broadcast\n"
        "    count: 2\n"
        "  - date: 2025-09-25\n"
        "    kind: loudspeaker_broadcast\n"
        "    count: 1\n"
        '    note: "Loa tổ 5"\n'
        "  - date: 2025-09-24\n"
        "    kind: speaker_session\n"
        '    title: "Hội nghị báo cáo viên: Đại hội lần thứ I"\n'
        "  - date: 2025-09-26\n"
        "    kind: audio_file\n"
        '    title: "Bản tin Đại hội số 1"\n'
        "    platforms: [loudspeaker]\n"
        '    duration: "6:30"\n'
    )
    data = check_json(written, unit="phuong-hong-bang")
    assert data["problems"] == []
    assert [(f["unit"], f["items"]) for f in data["files"]] == [("phuong-hong-bang", 4)]
    actual = {
        (r["rule"], r["status"]): r["actual"] for r in data["results"] if r["scope"] == "phuong-hong-bang"
    }
    assert actual[("loudspeaker-during", "ok")] == 3  # 2 + 1 broadcasts from 22 to 28 September: 3–5
    assert actual[("speaker-sessions", "ok")] == 1


def test_the_blank_workbook_imports_to_an_empty_submission(tmp_path: Path) -> None:
    path = tmp_path / "trong.xlsx"
    assert run("new", "--unit", "dac-khu-cat-hai", "--week", "2025-W40", "-o", str(path)).exit_code == 0
    result = run("import", str(path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    written = tmp_path / "out" / "dac-khu-cat-hai-trong.yaml"
    assert written.read_text(encoding="utf-8").endswith(
        "unit: dac-khu-cat-hai\nperiod:\n  from: 2025-09-29\n  to: 2025-10-05\nitems: []\n"
    )
    assert check_json(written)["problems"] == []


# --- CSV as Excel writes it ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "hong-bang-utf8-semicolon",
        "hong-bang-utf8-bom-comma",
        "hong-bang-cp1258-semicolon",
        "hong-bang-cp1258-comma",
        "hong-bang-mangled",
    ],
)
def test_csv_in_every_encoding_and_delimiter_gives_the_same_submission(name: str, tmp_path: Path) -> None:
    source = f"{FIXTURES}/{name}.csv"
    result = run("import", source, "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    written = tmp_path / f"phuong-hong-bang-{name}.yaml"
    assert _lines(result.stdout) == [f"đã ghi {written} (4 mục, đơn vị phuong-hong-bang)", SUMMARY_ONE]
    assert written.read_text(encoding="utf-8") == f"# hpcampaign import: {source}\n{HONG_BANG_ITEMS}"
    assert check_json(written)["problems"] == []


def test_a_csv_mangled_beyond_repair_is_an_encoding_problem_and_writes_nothing(tmp_path: Path) -> None:
    source = f"{FIXTURES}/hong-bang-mangled-mixed.csv"
    result = run("import", source, "-o", str(tmp_path / "out"))
    assert result.exit_code == 3
    first, *rest = _lines(result.stdout)
    assert first.startswith(f"{source}:1:1  lỗi  encoding  chữ bị lỗi mã hóa ('Ä\\x90Æ¡n vá»")
    assert first.endswith(
        "'): tệp CSV đã được mở rồi lưu lại bằng bảng mã khác; hãy lưu lại bảng tính gốc dạng CSV UTF-8"
    )
    assert rest == [
        f"{source}: chưa ghi tệp nào vì có 1 lỗi; hãy sửa rồi chuyển lại",
        "đã đọc 1 bảng tính, đã ghi 0 tệp báo cáo; 1 lỗi, 0 cảnh báo",
    ]
    assert not (tmp_path / "out").exists()


def test_a_csv_that_is_no_text_is_said_so(tmp_path: Path) -> None:
    binary = tmp_path / "anh.csv"
    binary.write_bytes(b"Ng\xc3\xa0y,Lo\xe1\xba\xa1i\r\n\x00\x01")
    result = run("import", str(binary), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3
    assert _lines(result.stdout)[0] == (
        f"{binary}:2:1  lỗi  encoding  tệp chứa dữ liệu nhị phân (byte 0): đây không phải tệp CSV; "
        "hãy lưu bảng tính dạng CSV UTF-8"
    )
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Ngày;Loại\r\n22/09/2025;tin\r\n".encode("utf-16-le"))  # no mark: neither
    assert run("import", str(latin), "-o", str(tmp_path / "out")).exit_code == 3


def test_a_csv_the_reader_cannot_read_is_said_at_the_line_it_breaks(tmp_path: Path) -> None:
    source = tmp_path / "dai.csv"
    source.write_text(
        f"Ngày;Loại;Ghi chú\r\n22/09/2025;tin;ngắn\r\n23/09/2025;tin;{'x' * 200_000}\r\n", encoding="utf-8"
    )
    result = run("import", str(source), "-o", str(tmp_path / "out"), "--unit", "phuong-hong-bang")
    assert result.exit_code == 3
    assert _lines(result.stdout)[0] == (
        f"{source}:3:1  lỗi  unreadable  không đọc được tệp CSV từ dòng này (một ô quá dài, hoặc dấu "
        "ngoặc kép không đóng): hãy mở bằng Excel rồi lưu lại dạng CSV UTF-8"
    )
    unclosed = tmp_path / "ngoac.csv"
    unclosed.write_text(
        'Ngày;Loại;Tiêu đề\r\n22/09/2025;tin;"Tin một\r\n23/09/2025;tin;Tin hai\r\n', encoding="utf-8"
    )
    said = run("import", str(unclosed), "-o", str(tmp_path / "out"), "--unit", "phuong-hong-bang")
    assert said.exit_code == 3 and _lines(said.stdout)[0].startswith(f"{unclosed}:2:1  lỗi  unreadable  ")


# --- headers and units ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Ngày", "date"),
        ("ngay", "date"),
        ("NGÀY", "date"),
        ("Ngày ", "date"),
        ("  ngày  đăng ", "date"),
        ("Ngày (dd/mm/yyyy)", "date"),
        ("Date", "date"),
        ("Loại", "kind"),
        ("Loại tin", "kind"),
        ("LOAI", "kind"),
        ("kind", "kind"),
        ("Tiêu đề *", "title"),
        ("Tieu de", "title"),
        ("TIÊU  ĐỀ", "title"),
        ("Title", "title"),
        ("Đường dẫn", "url"),
        ("Link", "url"),
        ("URL", "url"),
        ("Nền tảng", "platforms"),
        ("Platform", "platforms"),
        ("Ngôn ngữ", "language"),
        ("Thời lượng", "duration"),
        ("thoi luong (phut:giay)", "duration"),
        ("Số lượt", "count"),
        ("Số lượng", "count"),
        ("Count", "count"),
        ("Ghi chú:", "note"),
        ("Notes", "note"),
        ("STT", None),
        ("Tiêu đề bài", None),
        ("Người thực hiện", None),
    ],
)
def test_headers_as_people_write_them(header: str, field: str | None) -> None:
    assert field_of(header) == field


def test_english_headers_in_any_case_and_spacing(tmp_path: Path) -> None:
    source = tmp_path / "week.csv"
    source.write_text(
        "STT,date, KIND ,Tieu de,Link,PLATFORM,Language,Duration,Count,Notes\r\n"
        "1,2025-09-24,Bài trên cổng,Tin một,https://a.vn/1,Portal,EN,,,\r\n",
        encoding="utf-8",
    )
    result = run("import", str(source), "-o", str(tmp_path / "out"), "--unit", "Phường Hồng Bàng")
    assert result.exit_code == 0, result.output
    assert (
        (tmp_path / "out" / "phuong-hong-bang-week.yaml")
        .read_text(encoding="utf-8")
        .endswith(
            "items:\n"
            "  - date: 2025-09-24\n"
            "    kind: portal_post\n"
            '    title: "Tin một"\n'
            '    url: "https://a.vn/1"\n'
            "    platforms: [portal]\n"
            "    language: en\n"
        )
    )


def test_the_unit_from_the_sheet_name_the_unit_cell_or_unit(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Ngày", "Loại", "Tiêu đề"], ["22/09/2025", "tin", "Tin một"]]
    named = _xlsx(tmp_path / "a.xlsx", {"Phường Hồng Bàng": rows})
    cell = _xlsx(tmp_path / "b.xlsx", {"Sheet1": [["Đơn vị: phuong-thuy-nguyen"], [], *rows]})
    beside = _xlsx(tmp_path / "c.xlsx", {"Trang 1": [["Don vi", None, "xa-an-hung"], *rows]})
    result = run("import", str(named), str(cell), str(beside), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "phuong-hong-bang-a.yaml",
        "phuong-thuy-nguyen-b.yaml",
        "xa-an-hung-c.yaml",
    ]
    csv = tmp_path / "phuong-hong-bang.csv"
    csv.write_text("Ngày;Loại\r\n22/09/2025;lượt phát\r\n", encoding="utf-8")
    by_name = run("import", str(csv), "-o", str(tmp_path / "csv"))
    assert by_name.exit_code == 0 and (tmp_path / "csv" / "phuong-hong-bang.yaml").exists()
    given = run("import", str(named), "-o", str(tmp_path / "given"), "--unit", "xa-an-hung")
    assert given.exit_code == 0 and (tmp_path / "given" / "xa-an-hung-a.yaml").exists()


def test_no_unit_or_an_unknown_one_is_said_at_its_cell(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Ngày", "Loại", "Tiêu đề"], ["22/09/2025", "tin", "Tin một"]]
    nameless = _xlsx(tmp_path / "a.xlsx", {"Sheet1": rows})
    wrong = _xlsx(tmp_path / "b.xlsx", {"Sheet1": [["Đơn vị:", "Phường Hồng Bang"], *rows]})
    result = run("import", str(nameless), str(wrong), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3
    assert _lines(result.stdout)[:3] == [
        f"{nameless}!Sheet1:A1  lỗi  schema  không rõ bảng này của đơn vị nào: hãy ghi mã đơn vị vào ô bên "
        'cạnh ô "Đơn vị:" phía trên dòng tiêu đề, đặt tên trang tính là mã đơn vị, hoặc dùng --unit',
        f"{wrong}!Sheet1:B1  lỗi  unknown-unit  không có đơn vị 'Phường Hồng Bang' trong kế hoạch — "
        "có phải 'Phường Hồng Bàng'?",
        f"{nameless}: chưa ghi tệp nào vì có 1 lỗi; hãy sửa rồi chuyển lại",
    ]
    assert not (tmp_path / "out").exists()


def test_a_table_without_a_header_row_and_a_file_that_is_no_workbook(tmp_path: Path) -> None:
    headless = _xlsx(tmp_path / "a.xlsx", {"Sheet1": [["22/09/2025", "tin", "Tin một"]]})
    broken = tmp_path / "b.xlsx"
    broken.write_bytes(b"\xd0\xcf\x11\xe0 an old .xls renamed")
    result = run("import", str(headless), str(broken), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3
    assert _lines(result.stdout)[:2] == [
        f"{headless}!Sheet1:A1  lỗi  schema  không thấy dòng tiêu đề có cột Ngày và cột Loại trong 30 dòng "
        "đầu: hãy ghi tên các cột (Ngày, Loại, Tiêu đề, …) trên một dòng, phía trên các mục",
        f"{broken}  lỗi  unreadable  không đọc được bảng tính: đây không phải tệp .xlsx hợp lệ (có thể là "
        "tệp .xls đổi tên, hoặc tệp bị hỏng); hãy mở bằng Excel rồi lưu lại dạng Sổ làm việc Excel (.xlsx)",
    ]


# --- problems at their cells ---------------------------------------------------------------------


def test_every_problem_is_at_its_cell_with_the_code_and_message_of_check(tmp_path: Path) -> None:
    future = (date.today() + timedelta(days=40)).strftime("%d/%m/%Y")
    header: list[object] = [
        "STT",
        "Ngày",
        "Loại",
        "Tiêu đề",
        "Nền tảng",
        "Thời lượng",
        "Số lượt",
        "Tiêu đề bài",
        "Người thực hiện",
    ]
    rows: list[list[object]] = [
        header,
        [1, "22/09/2025", "tinn", "Tin A"],  # row 2
        [2, "31/02/2025", "tin", "Tin B"],  # row 3
        [3, "23/09/2025", "tin"],  # row 4: no title
        [4, "23/09/2025", "file âm thanh", "Bản tin", None, "mười phút"],  # row 5
        [5, "24/09/2025", "tin", "Tin C", "tv, radoi"],  # row 6
        [6, "25/09/2025", "tin", "Tin D"],  # row 7
        [7, "25/09/2025", "tin", "tin d"],  # row 8: the same item again
        [8, future, "tin", "Tin E"],  # row 9
        [9, "26/09/2025", "lượt phát", None, None, None, "hai"],  # row 10
    ]
    path = _xlsx(tmp_path / "bao-cao.xlsx", {"phuong-hong-bang": rows})
    result = run("import", str(path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3
    lines = _lines(result.stdout)
    at = f"{path}!phuong-hong-bang:"
    assert [line.split("  ")[:3] for line in lines[:11]] == [
        [f"{at}H1", "lỗi", "unknown-field"],
        [f"{at}C2", "lỗi", "unknown-kind"],
        [f"{at}B3", "lỗi", "bad-date"],
        [f"{at}D4", "lỗi", "schema"],
        [f"{at}F5", "lỗi", "bad-duration"],
        [f"{at}E6", "lỗi", "unknown-platform"],
        [f"{at}B8", "cảnh báo", "duplicate-item"],
        [f"{at}B9", "lỗi", "future-date"],
        [f"{at}B9", "cảnh báo", "outside-campaign"],
        [f"{at}G10", "lỗi", "schema"],
        [f"{at}A1: bỏ qua các cột không thuộc tệp báo cáo: Người thực hiện"],
    ]
    messages = [line.split("  ", 3)[3] for line in lines[:10]]
    assert messages[0] == "cột 'Tiêu đề bài' không phải cột của tệp báo cáo — có phải 'Tiêu đề'?"
    assert messages[1] == "loại tin 'tinn' không có trong kế hoạch — có phải 'tin'?"
    assert messages[3] == "mục loại 'tin' cần có 'title' (tiêu đề)"  # the kind's label, as the clerk wrote it
    assert messages[5] == "nền tảng 'radoi' không có trong kế hoạch — có phải 'radio'?"
    assert messages[6] == "trùng với mục ở dòng 7 — chỉ tính một lần"  # the sheet's row, not a YAML line
    assert lines[-2:] == [
        f"{path}: chưa ghi tệp nào vì có 8 lỗi; hãy sửa rồi chuyển lại",
        "đã đọc 1 bảng tính, đã ghi 0 tệp báo cáo; 8 lỗi, 2 cảnh báo",
    ]
    assert not (tmp_path / "out").exists()
    english = _lines(run("import", str(path), "-o", str(tmp_path / "out"), "--lang", "en").stdout)
    assert english[1] == f"{at}C2  error  unknown-kind  unknown kind 'tinn' — did you mean 'tin'?"
    assert english[6] == f"{at}B8  warning  duplicate-item  same item as on line 7 — counted once"


def test_the_messages_are_those_check_gives_for_the_same_items(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ngày", "Loại", "Tiêu đề", "Thời lượng"],
        ["31/02/2025", "tin", "Tin B"],
        ["23/09/2025", "file âm thanh", "Bản tin", "mười phút"],
        ["23/09/2025", "file âm thanh", "Bản tin dài", "20:00"],
    ]
    path = _xlsx(tmp_path / "x.xlsx", {"phuong-hong-bang": rows})
    imported = [
        line.split("  ", 3)[2:]
        for line in _lines(run("import", str(path), "-o", str(tmp_path / "o")).stdout)[:3]
    ]
    by_hand = tmp_path / "same.yaml"
    by_hand.write_text(
        "unit: phuong-hong-bang\n"
        "items:\n"
        "  - {date: 31/02/2025, kind: tin, title: Tin B}\n"
        "  - {date: 23/09/2025, kind: file âm thanh, title: Bản tin, duration: mười phút}\n"
        '  - {date: 23/09/2025, kind: file âm thanh, title: Bản tin dài, duration: "20:00"}\n',
        encoding="utf-8",
    )
    checked = [[p["code"], p["message"]] for p in check_json(by_hand)["problems"]]
    assert imported == checked
    assert [code for code, _ in checked] == ["bad-date", "bad-duration", "duration-out-of-range"]


def test_a_csv_problem_is_at_its_line_and_column(tmp_path: Path) -> None:
    source = tmp_path / "tuan.csv"
    source.write_text(
        'Ngày,Loại,Tiêu đề\r\n22/09/2025,tin,"Tin một, hai"\r\n23/09/2025,tinn,Tin ba\r\n'
        '24/09/2025,tin,"Tin\r\nbốn, hai dòng"\r\n31/09/2025,tin,Tin năm\r\n',
        encoding="utf-8",
    )
    result = run("import", str(source), "-o", str(tmp_path / "out"), "--unit", "phuong-hong-bang")
    assert result.exit_code == 3
    assert [line.split("  ")[:3] for line in _lines(result.stdout)[:2]] == [
        [f"{source}:3:2", "lỗi", "unknown-kind"],
        [f"{source}:6:1", "lỗi", "bad-date"],  # the record after the two-line title starts on line 6
    ]


# --- Excel times ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "shown", "seconds"),
    [
        (time(0, 12, 30), "h:mm:ss", 750),
        (time(12, 30), "h:mm", 750),  # "12:30" typed: Excel read 12 h 30 min; SPEC 3 reads 12 min 30 s
        (time(12, 30), "[$-409]h:mm AM/PM", 750),
        (time(1, 5), "h:mm:ss", 3900),
        (timedelta(minutes=6, seconds=30), "[h]:mm:ss", 390),
        (time(0, 6, 30, 600_000), "mm:ss.0", 391),
    ],
)
def test_an_excel_time_is_a_duration(value: time | timedelta, shown: str, seconds: int) -> None:
    assert clock(value, shown) == Clock(seconds)


def test_a_sheet_past_the_row_limit_is_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheets, "MAX_ROWS", 5)
    row: list[object] = ["22/09/2025", "lượt phát"]
    rows: list[list[object]] = [["Ngày", "Loại"], *([*row] for _ in range(6))]
    path = _xlsx(tmp_path / "x.xlsx", {"phuong-hong-bang": rows})
    result = run("import", str(path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3
    assert _lines(result.stdout)[0].startswith(f"{path}!phuong-hong-bang  lỗi  too-large  ")


def test_a_workbook_that_unpacks_to_too_much_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _xlsx(tmp_path / "x.xlsx", {"phuong-hong-bang": [["Ngày", "Loại"], ["22/09/2025", "tin"]]})
    monkeypatch.setattr(sheets, "MAX_UNPACKED", 1000)
    result = run("import", str(path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3
    first = _lines(result.stdout)[0]
    assert first.startswith(f"{path}  lỗi  too-large  bảng tính quá lớn khi giải nén (")
    assert first.endswith(" byte; tối đa 1000): hãy chia thành nhiều tệp nhỏ hơn")


# --- writing -------------------------------------------------------------------------------------


def test_a_source_with_an_error_writes_nothing_the_others_are_written(tmp_path: Path) -> None:
    bad = _xlsx(tmp_path / "bad.xlsx", {"phuong-hong-bang": [["Ngày", "Loại"], ["22/09/2025", "tinn"]]})
    good = f"{FIXTURES}/hong-bang-utf8-semicolon.csv"
    result = run("import", str(bad), good, "-o", str(tmp_path / "out"))
    assert result.exit_code == 3
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "phuong-hong-bang-hong-bang-utf8-semicolon.yaml"
    ]
    assert _lines(result.stdout)[-1] == "đã đọc 2 bảng tính, đã ghi 1 tệp báo cáo; 1 lỗi, 0 cảnh báo"


def test_two_sheets_of_one_unit_get_two_files(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Ngày", "Loại"], ["22/09/2025", "lượt phát"]]
    path = _xlsx(tmp_path / "thang-9.xlsx", {"Tuần 38": rows, "Tuần 39": rows})
    result = run("import", str(path), "-o", str(tmp_path / "out"), "--unit", "phuong-hong-bang")
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "phuong-hong-bang-thang-9-2.yaml",
        "phuong-hong-bang-thang-9.yaml",
    ]


def test_an_existing_file_is_never_written_over(tmp_path: Path) -> None:
    source = f"{FIXTURES}/hong-bang-utf8-semicolon.csv"
    out = tmp_path / "out"
    assert run("import", source, "-o", str(out)).exit_code == 0
    target = out / "phuong-hong-bang-hong-bang-utf8-semicolon.yaml"
    target.write_text("# edited by the clerk\n", encoding="utf-8")
    again = run("import", source, f"{FIXTURES}/hong-bang-utf8-bom-comma.csv", "-o", str(out))
    assert again.exit_code == 2
    assert again.stderr == (
        f"hpcampaign: {target} đã có: hpcampaign không ghi đè lên tệp, nên chưa ghi tệp nào; hãy xóa tệp "
        "cũ hoặc chọn thư mục khác\n"
    )
    assert target.read_text(encoding="utf-8") == "# edited by the clerk\n"
    assert sorted(p.name for p in out.iterdir()) == [target.name]  # the other source not written either


# --- usage errors --------------------------------------------------------------------------------

USAGE = [
    (
        ["-o", "out"],
        "hãy ghi ít nhất một bảng tính cần chuyển, ví dụ: hpcampaign import bao-cao.xlsx -o submissions/",
        "give at least one spreadsheet to import, e.g. hpcampaign import report.xlsx -o submissions/",
    ),
    (
        [f"{FIXTURES}/hong-bang-utf8-semicolon.csv"],
        "hãy ghi thư mục nhận các tệp báo cáo bằng -o, ví dụ -o submissions/tuan-39",
        "give the folder for the submission files with -o, e.g. -o submissions/week-39",
    ),
    (
        ["khong-co.xlsx", "-o", "out"],
        "không tìm thấy tệp hoặc thư mục khong-co.xlsx",
        "no such file or folder: khong-co.xlsx",
    ),
    (
        [f"{FIXTURES}/README.md", "-o", "out"],
        f"không chuyển được {FIXTURES}/README.md: chỉ nhận bảng tính .xlsx và .csv (tệp .xls: mở bằng Excel "
        "rồi lưu lại dạng .xlsx)",
        f"cannot import {FIXTURES}/README.md: only .xlsx and .csv spreadsheets are read (an .xls: open it in "
        "Excel and save it as .xlsx)",
    ),
    (
        [f"{FIXTURES}/hong-bang-utf8-semicolon.csv", "-o", "pyproject.toml"],
        "-o: pyproject.toml đã có và không phải là thư mục",
        "-o: pyproject.toml exists and is not a folder",
    ),
    (
        [f"{FIXTURES}/hong-bang-utf8-semicolon.csv", "-o", "out", "--unit", "Hong Bang"],
        "--unit: không có đơn vị 'Hong Bang' trong kế hoạch — có phải 'Phường Hồng Bàng'?",
        "--unit: no unit 'Hong Bang' in the plan — did you mean 'Phường Hồng Bàng'?",
    ),
]


@pytest.mark.parametrize(
    ("args", "vi", "en"), USAGE, ids=lambda value: " ".join(value)[-40:] if isinstance(value, list) else ""
)
def test_usage_errors_in_both_languages(args: list[str], vi: str, en: str) -> None:
    said = run("import", *args)
    assert (said.exit_code, said.stderr) == (2, f"hpcampaign: {vi}\n")
    bare = vi
    for value in sorted(args, key=len, reverse=True):
        bare = bare.replace(value, "") if len(value) > 2 else bare
    assert VIETNAMESE.search(bare) and not ENGLISH.search(bare), ENGLISH.search(bare)
    english = run("import", *args, "--lang", "en")
    assert (english.exit_code, english.stderr) == (2, f"hpcampaign: {en}\n")
    assert not (ROOT / "out").exists()
