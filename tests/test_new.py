"""``hpcampaign new``: the file to fill in, and its workbook (SPEC 5, revision 2).

- The YAML passes the real ``check`` as written, names the unit and the period, and says the
  unit's own targets for the period (each written here by hand from the plan) and one example per
  kind it must report; every example, uncommented, is an item ``check`` accepts and counts.
- ``--format xlsx``: the sheets, the labels, the header row, the lists, the targets, the fixed
  times; the same bytes for the same request.
- Never over a file; every usage error in Vietnamese (no English word) and in English.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

import hpcampaign.cli.clerk as clerk_cli
from hpcampaign.clerk import template, workbook
from hpcampaign.clerk.importer import Settings, import_source
from hpcampaign.clerk.sheets import read_xlsx
from hpcampaign.plan.model import Plan
from tests.plan_support import plan_data, plan_of

from .clerk_support import ENGLISH, VIETNAMESE, check_json, comments, run
from .conftest import ROOT

W39 = ("--week", "2025-W39")


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("HPCAMPAIGN_LANG", raising=False)
    monkeypatch.delenv("HPCAMPAIGN_PLAN", raising=False)


def _new(*args: str) -> str:
    result = run("new", *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def _body(text: str) -> list[str]:
    """The lines that are not comments."""
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def _uncommented(text: str) -> str:
    """The file as a clerk fills it from its examples: ``items:``, every example's ``# `` removed."""
    filled = text.replace("items: []", "items:")
    return re.sub(r"^#   (- date|  \w+:)", r"  \1", filled, flags=re.MULTILINE)


# --- the YAML ------------------------------------------------------------------------------------


def test_the_file_to_fill_in_passes_check_as_written(tmp_path: Path) -> None:
    text = _new("--unit", "Phường Hồng Bàng", *W39)
    assert _body(text) == [
        "format: 1",
        "unit: phuong-hong-bang",
        "reporter:  # họ tên người báo cáo (có thể để trống)",
        "period: {from: 2025-09-22, to: 2025-09-28}",
        "items: []",
        "difficulties: []",
    ]
    path = tmp_path / "phuong-hong-bang-2025-W39.yaml"
    path.write_text(text, encoding="utf-8")
    data = check_json(path)
    assert data["problems"] == []
    assert [(f["unit"], f["items"], f["errors"], f["voided"]) for f in data["files"]] == [
        ("phuong-hong-bang", 0, 0, False)
    ]


def test_the_comments_say_the_units_own_targets_in_the_period() -> None:
    said = comments(_new("--unit", "phuong-hong-bang", *W39))
    assert said.startswith(
        "Báo cáo kết quả tuyên truyền của Phường Hồng Bàng (phuong-hong-bang) "
        "Kỳ báo cáo: từ ngày 22/09/2025 đến ngày 28/09/2025 "
        "Theo kế hoạch: Kế hoạch tuyên truyền Đại hội Đại biểu Đảng bộ Thành phố Hải Phòng lần thứ I"
    )
    # Every rule whose scope holds the ward and whose window meets 22–28 September, in plan order,
    # with its target as the check table says it (SPEC 2.3, written here from the plan).
    expected = [
        "(III.1.2.b): TB 2–3/tuần; từ ngày 01/09/2025 đến ngày 25/09/2025. "
        "Được tính: lượt phát trên hệ thống truyền thanh cơ sở.",
        "(III.1.2.b): ≥1; từ ngày 01/09/2025 đến ngày 25/09/2025 (chỉ tiêu của Sở). "
        "Được tính: cổ động trực quan (băng rôn, pano, áp phích).",
        "(III.1.2.c): ≥1; từ ngày 20/08/2025 đến ngày 25/09/2025. "
        "Được tính: chuyên mục về Đại hội trên cổng thông tin.",
        "(III.1.2.c, III.2.2.c, III.3.2.c): ≥1/tuần; từ ngày 01/09/2025 đến ngày 23/01/2026 (chỉ tiêu "
        "của Sở). Được tính: bài đăng trên cổng thông tin, bài đăng trên mạng xã hội.",
        "(III.1.2.b, V.1, V.2, V.3): ≥1; từ ngày 20/08/2025 đến ngày 25/09/2025. "
        "Được tính: kế hoạch tuyên truyền của đơn vị.",
        "(III.2.2.b): 3–5; từ ngày 22/09/2025 đến ngày 28/09/2025. "
        "Được tính: lượt phát trên hệ thống truyền thanh cơ sở.",
        "(III.2.2.đ, V.3): ≥1; từ ngày 20/08/2025 đến ngày 27/09/2025 (chỉ tiêu của Sở). "
        "Được tính: buổi báo cáo viên, tuyên truyền viên.",
        "(III.3.2.b): TB 2–3/tuần; từ ngày 28/09/2025 đến ngày 18/01/2026. "
        "Được tính: lượt phát trên hệ thống truyền thanh cơ sở.",
        "(III.3.2.b): ≥1; từ ngày 28/09/2025 đến ngày 18/01/2026 (chỉ tiêu của Sở). "
        "Được tính: cổ động trực quan (băng rôn, pano, áp phích).",
    ]
    duties = said.split("Chỉ tiêu của đơn vị trong kỳ này:")[1].split(" Ví dụ, ")[0]
    places = [duties.find(line) for line in expected]
    assert -1 not in places, [line for line, at in zip(expected, places, strict=True) if at < 0]
    assert places == sorted(places)
    assert duties.count("Được tính:") == len(expected)


def test_a_combined_target_says_so_and_a_projection_is_said_a_projection() -> None:
    said = comments(_new("--unit", "bao-va-ptth-hai-phong", "--week", "2025-W38"))
    assert (
        "(III.1.2.a): 10–15/ngày, cộng chung cả Cơ quan báo chí của thành phố; từ ngày 01/09/2025 "
        "đến ngày 25/09/2025 (dự kiến). Được tính: tin, bài, phóng sự, phóng sự ảnh, video clip." in said
    )


def _examples(text: str) -> list[list[str]]:
    """The example items, each as its lines without the comment mark."""
    items: list[list[str]] = []
    examples = text.split("\nitems: []\n")[1].split("difficulties: []\n")[0]
    for line in examples.splitlines():
        if line.startswith("#   - "):
            items.append([line[4:]])
        elif line.startswith("#     ") and items:
            items[-1].append(line[4:])
    return items


def test_one_example_per_kind_the_unit_must_report_named_by_its_label() -> None:
    examples = _examples(_new("--unit", "phuong-hong-bang", *W39))
    assert [item[1] for item in examples] == [
        "  kind: lượt phát",
        "  kind: cổ động trực quan",
        "  kind: báo cáo viên",
        "  kind: chuyên mục trên cổng",
        "  kind: bài trên cổng",
        "  kind: bài mạng xã hội",
        "  kind: kế hoạch",
    ]
    assert examples[0] == ["- date: 2025-09-22", "  kind: lượt phát", "  count: 1"]
    assert examples[2] == ["- date: 2025-09-22", "  kind: báo cáo viên", '  title: "Tiêu đề hoặc tên gọi"']


def test_an_example_has_what_its_rules_need_to_count_it() -> None:
    press = _examples(_new("--unit", "bao-va-ptth-hai-phong", "--week", "2025-W38"))
    by_kind = {item[1].split(": ", 1)[1]: item for item in press}
    assert by_kind["trailer"][-1] == "  platforms: [radio]"  # a trailer counts on radio or TV only
    assert by_kind["bản tin"][-1] == "  language: zh"  # bulletins count in foreign languages only
    assert all("language" not in line for line in by_kind["phóng sự"])  # reports count in Vietnamese too
    vtv = {item[1].split(": ", 1)[1]: item for item in _examples(_new("--unit", "vtv", *W39))}
    assert vtv["phóng sự tài liệu"][-1] == '  duration: "12:30"'  # inside 10–15 minutes
    department = {item[1].split(": ", 1)[1]: item for item in _examples(_new("--unit", "so-vhttdl", *W39))}
    assert department["file âm thanh"][-1] == '  duration: "6:00"'  # inside 5–7 minutes


@pytest.mark.parametrize(
    ("unit", "week"),
    [
        ("phuong-hong-bang", "2025-W39"),
        ("bao-va-ptth-hai-phong", "2025-W38"),
        ("vtv", "2025-W39"),
        ("so-vhttdl", "2025-W39"),
        ("dac-khu-cat-hai", "2026-W04"),
    ],
)
def test_every_example_uncommented_is_an_item_check_accepts(unit: str, week: str, tmp_path: Path) -> None:
    text = _new("--unit", unit, "--week", week)
    path = tmp_path / f"{unit}.yaml"
    path.write_text(_uncommented(text), encoding="utf-8")
    data = check_json(path, as_of="2026-01-25")
    assert data["problems"] == []
    assert data["files"][0]["items"] == len(_examples(text)) > 0


def test_the_examples_count_toward_the_units_targets(tmp_path: Path) -> None:
    path = tmp_path / "hb.yaml"
    path.write_text(_uncommented(_new("--unit", "phuong-hong-bang", *W39)), encoding="utf-8")
    results = check_json(path, unit="phuong-hong-bang")["results"]
    actual = {r["rule"]: r["actual"] for r in results if r["scope"] == "phuong-hong-bang"}
    # One broadcast on 22/09 (count 1), one speaker session, one unit plan, dated 22/09/2025.
    assert actual["loudspeaker-during"] == 1
    assert actual["speaker-sessions"] == 1
    assert actual["unit-plans"] == 1


def test_in_english_the_comments_are_english_and_kinds_are_ids() -> None:
    text = _new("--unit", "phuong-hong-bang", *W39, "--lang", "en")
    said = comments(text)
    assert said.startswith(
        "What Phường Hồng Bàng (phuong-hong-bang) published: the report to fill in Period:"
    )
    assert "How to fill it in:" in said and "The unit's targets in this period:" in said
    assert "(III.2.2.b): 3–5; 22 Sep 2025 through 28 Sep 2025." in said
    assert [item[1] for item in _examples(text)][:2] == [
        "  kind: loudspeaker_broadcast",
        "  kind: visual_display",
    ]


def test_a_unit_without_targets_in_the_period_gets_a_file_that_says_so() -> None:
    text = _new("--unit", "vtv", "--week", "2025-W48")
    assert "Trong kỳ này đơn vị không có chỉ tiêu nào" in comments(text)
    assert _examples(text) == []


def test_output_dash_is_standard_output() -> None:
    assert run("new", "--unit", "phuong-hong-bang", *W39, "-o", "-").stdout == _new(
        "--unit", "phuong-hong-bang", *W39
    )
    assert not Path("-").exists()


def test_with_output_the_file_is_written_once_and_never_over(tmp_path: Path) -> None:
    path = tmp_path / "hb.yaml"
    first = run("new", "--unit", "phuong-hong-bang", *W39, "-o", str(path))
    assert first.exit_code == 0 and first.stdout == ""
    assert (
        first.stderr
        == f"hpcampaign: đã ghi {path}: hãy điền vào, rồi kiểm tra bằng hpcampaign check {path} --tree submissions/\n"
    )
    written = path.read_bytes()
    assert f"Kiểm tra tệp trước khi nộp: hpcampaign check {path} --tree submissions/" in comments(
        written.decode()
    )
    again = run("new", "--unit", "dac-khu-cat-hai", *W39, "-o", str(path))
    assert again.exit_code == 2
    assert again.stderr == (
        f"hpcampaign: {path} đã có: hpcampaign không ghi đè lên tệp; hãy chọn tên khác, hoặc xóa tệp cũ\n"
    )
    assert path.read_bytes() == written
    assert [p.name for p in tmp_path.iterdir()] == ["hb.yaml"]  # no temporary file left


# --- the workbook --------------------------------------------------------------------------------


def _workbook(*args: str, tmp_path: Path) -> Path:
    path = tmp_path / "hb.xlsx"
    result = run("new", "--unit", "phuong-hong-bang", *W39, "-o", str(path), *args)
    assert result.exit_code == 0, result.output
    return path


def test_the_workbook_has_the_units_sheet_its_targets_and_the_lists(tmp_path: Path) -> None:
    book = load_workbook(_workbook(tmp_path=tmp_path))
    assert book.sheetnames == ["phuong-hong-bang", "Chỉ tiêu", "Danh mục"]
    sheet = book["phuong-hong-bang"]
    assert [[cell.value for cell in row] for row in sheet.iter_rows(max_row=3, max_col=3)] == [
        ["Đơn vị:", "phuong-hong-bang", "Phường Hồng Bàng"],
        ["Kỳ báo cáo:", datetime(2025, 9, 22), datetime(2025, 9, 28)],
        ["Người báo cáo:", None, None],
    ]
    assert [cell.value for cell in sheet[5]] == [
        "Ngày",
        "Loại",
        "Tiêu đề",
        "Đường dẫn",
        "Nền tảng",
        "Ngôn ngữ",
        "Thời lượng",
        "Số lượt",
        "Ghi chú",
    ]
    assert sheet.freeze_panes == "A6"
    validations = {
        str(v.sqref): (v.formula1, v.errorStyle, v.showErrorMessage)
        for v in sheet.data_validations.dataValidation
    }
    assert validations == {
        "B6:B1005": ("'Danh mục'!$A$2:$A$30", "warning", True),  # the plan's 29 kinds
        "E6:E1005": ("'Danh mục'!$C$2:$C$12", None, False),  # 11 platforms; several allowed
        "F6:F1005": ("'Danh mục'!$E$2:$E$12", "warning", True),  # 11 languages
    }
    lists = book["Danh mục"]
    assert [lists.cell(row, 1).value for row in (1, 2, 3, 30)] == [
        "Nhãn loại tin",
        "tin",
        "bài",
        "báo cáo tổng kết",
    ]
    assert [lists.cell(row, 3).value for row in (2, 12)] == ["print", "street"]
    targets = book["Chỉ tiêu"]
    assert (
        targets["A1"].value
        == "Chỉ tiêu của Phường Hồng Bàng, kỳ báo cáo từ ngày 22/09/2025 đến ngày 28/09/2025"
    )
    assert [cell.value for cell in targets[3]] == [
        "Quy định",
        "Điều",
        "Mục tiêu",
        "Thời gian áp dụng",
        "Được tính",
        "Nguồn chỉ tiêu",
    ]
    rows = [[cell.value for cell in row] for row in targets.iter_rows(min_row=4)]
    assert len(rows) == 9  # the nine rules of the YAML's comments
    assert rows[5][1:] == [
        "III.2.2.b",
        "3–5",
        "từ ngày 22/09/2025 đến ngày 28/09/2025",
        "lượt phát trên hệ thống truyền thanh cơ sở",
        None,
    ]


def test_the_workbooks_bytes_depend_only_on_the_request(tmp_path: Path, plan: Plan) -> None:
    request = template.Request("phuong-hong-bang", date(2025, 9, 22), date(2025, 9, 28), "vi")
    data = workbook.render(plan, request)
    assert workbook.render(plan, request) == data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {entry.date_time for entry in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    book = load_workbook(io.BytesIO(data))
    assert book.properties.created == book.properties.modified == datetime(2025, 9, 22)
    assert _workbook(tmp_path=tmp_path).read_bytes() == data


def test_the_format_follows_the_name_and_a_workbook_in_english(tmp_path: Path) -> None:
    path = tmp_path / "hb.xlsx"
    result = run("new", "--unit", "phuong-hong-bang", *W39, "-o", str(path), "--lang", "en")
    assert result.exit_code == 0
    assert result.stderr == (
        f"hpcampaign: wrote {path}: fill it in, then turn it into a submission with hpcampaign import {path} -o DIR\n"
    )
    book = load_workbook(path)
    assert book.sheetnames == ["phuong-hong-bang", "Targets", "Lists"]
    sheet = book["phuong-hong-bang"]
    assert isinstance(sheet, Worksheet)
    assert [cell.value for cell in sheet[5]][:3] == ["Date", "Kind", "Title"]
    assert sheet["A1"].value == "Unit:"


def test_a_unit_id_longer_than_a_sheet_name_is_cut_and_said_in_the_unit_cell(plan: Plan) -> None:
    data = plan_data(plan)
    long_id = "phuong-mot-ten-rat-dai-hon-ba-muoi-mot-ky-tu"
    data["units"].append(
        {"id": long_id, "name": "Phường Một Tên Rất Dài", "type": "phường", "groups": ["communes"]}
    )
    longer = plan_of(data)
    request = template.Request(long_id, date(2025, 9, 22), date(2025, 9, 28), "vi")
    tables = read_xlsx(workbook.render(longer, request))
    assert not isinstance(tables, Exception) and isinstance(tables, list)
    assert tables[0].name == long_id[:31]
    imported = import_source("dai.xlsx", tables, Settings(longer, None, date(2026, 11, 30)))
    assert imported.problems == []
    assert [(c.unit, c.items) for c in imported.converted] == [(long_id, 0)]


# --- usage errors --------------------------------------------------------------------------------

USAGE = [
    (
        ["--week", "2025-W39"],
        "hãy ghi đơn vị bằng --unit, theo mã hoặc tên, ví dụ --unit phuong-hong-bang",
        "give the unit with --unit, by id or name, e.g. --unit phuong-hong-bang",
    ),
    (
        ["--unit", "phuong-hong-bang"],
        "hãy ghi kỳ báo cáo: --week 2025-W39, hoặc --from và --to",
        "give the period: --week 2025-W39, or --from and --to",
    ),
    (
        ["--unit", "phuong-hong-bang", "--from", "2025-09-22"],
        "hãy ghi kỳ báo cáo: --week 2025-W39, hoặc --from và --to",
        "give the period: --week 2025-W39, or --from and --to",
    ),
    (
        ["--unit", "phuong-hong-bang", *W39, "--from", "2025-09-22"],
        "không dùng --week cùng với --from/--to: hãy chọn một trong hai cách",
        "--week and --from/--to cannot be used together",
    ),
    (
        ["--unit", "phuong-hong-bang", "--week", "2025-39"],
        "--week: '2025-39' không phải là một tuần (hãy ghi năm và số tuần, ví dụ 2025-W39)",
        "--week: '2025-39' is not an ISO week (write 2025-W39)",
    ),
    (
        ["--unit", "phuong-hong-bang", "--from", "31/02/2025", "--to", "2025-09-28"],
        "--from: '31/02/2025' không phải là một ngày (hãy ghi 2025-09-29 hoặc 29/09/2025)",
        "--from: '31/02/2025' is not a date (write 2025-09-29 or 29/09/2025)",
    ),
    (
        ["--unit", "phuong-hong-bang", "--from", "28/09/2025", "--to", "22/09/2025"],
        "ngày --from phải trước hoặc trùng với ngày --to",
        "--from must not be after --to",
    ),
    (
        ["--unit", "phuong-hong-bangg", *W39],
        "--unit: không có đơn vị 'phuong-hong-bangg' trong kế hoạch — có phải 'phuong-hong-bang'?",
        "--unit: no unit 'phuong-hong-bangg' in the plan — did you mean 'phuong-hong-bang'?",
    ),
    (
        ["--unit", "phuong-hong-bang", "--week", "2024-W10"],
        "kỳ báo cáo từ 04/03/2024 đến 10/03/2024 nằm ngoài thời gian của chiến dịch (từ 20/08/2025 đến 28/02/2026)",
        "the period 2024-03-04 to 2024-03-10 is outside the campaign (2025-08-20 to 2026-02-28)",
    ),
    (
        ["--unit", "phuong-hong-bang", *W39, "--format", "pdf"],
        "giá trị 'pdf' của --format không hợp lệ: hãy chọn một trong yaml, xlsx",
        "Invalid value for '--format': 'pdf' is not one of yaml, xlsx",
    ),
    (
        ["--unit", "phuong-hong-bang", *W39, "-o", "hb.xlsx", "--format", "yaml"],
        "--format yaml không khớp với tên hb.xlsx: bảng tính cần tên .xlsx, tệp báo cáo cần tên .yaml",
        "--format yaml does not match the name hb.xlsx: a workbook is named .xlsx, a submission .yaml",
    ),
    (
        ["--unit", "phuong-hong-bang", *W39, "-o", "no-such-folder/hb.yaml"],
        "--output: không có thư mục no-such-folder để ghi hb.yaml vào",
        "--output: no folder no-such-folder to write hb.yaml into",
    ),
]


@pytest.mark.parametrize(
    ("args", "vi", "en"), USAGE, ids=lambda value: " ".join(value)[:40] if isinstance(value, list) else ""
)
def test_usage_errors_in_both_languages(args: list[str], vi: str, en: str) -> None:
    said = run("new", *args)
    assert (said.exit_code, said.stderr) == (2, f"hpcampaign: {vi}\n")
    bare = vi
    for value in sorted({*args, *(str(Path(arg).parent) for arg in args)}, key=len, reverse=True):
        bare = bare.replace(value, "") if len(value) > 2 else bare
    assert VIETNAMESE.search(bare) and not ENGLISH.search(bare), ENGLISH.search(bare)
    english = run("new", *args, "--lang", "en")
    assert (english.exit_code, english.stderr) == (2, f"hpcampaign: {en}\n")


def test_a_workbook_is_not_sent_to_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clerk_cli, "_terminal", lambda: True)
    said = run("new", "--unit", "phuong-hong-bang", *W39, "--format", "xlsx")
    assert (said.exit_code, said.stderr) == (
        2,
        "hpcampaign: --format xlsx tạo ra một bảng tính, không in ra màn hình được: hãy thêm -o "
        "phuong-hong-bang-2025-W39.xlsx\n",
    )
    piped = run("new", "--unit", "phuong-hong-bang", *W39, "--format", "xlsx", "--lang", "en")
    assert piped.exit_code == 2 and "give -o phuong-hong-bang-2025-W39.xlsx" in piped.stderr
    monkeypatch.setattr(clerk_cli, "_terminal", lambda: False)
    assert run("new", "--unit", "phuong-hong-bang", *W39, "--format", "xlsx").stdout_bytes[:2] == b"PK"


def test_help_is_vietnamese_by_default_and_english_with_lang_en() -> None:
    for command in ("new", "import"):
        text = " ".join(run(command, "--help").stdout.split())
        assert "[TÙY_CHỌN]" in text and "In hướng dẫn này rồi thoát." in text
        english = " ".join(run(command, "--help", "--lang", "en").stdout.split())
        assert "[OPTIONS]" in english and not VIETNAMESE.search(english.replace("Đơn vị", ""))
    new_help = " ".join(run("new", "--help").stdout.split())
    assert "--unit ĐƠN_VỊ Đơn vị, theo mã hoặc tên (bắt buộc)." in new_help
    assert "-f, --format yaml|xlsx yaml (tệp báo cáo) hoặc xlsx (bảng tính)" in new_help
    import_help = " ".join(run("import", "--help").stdout.split())
    assert "-o, --output THƯ_MỤC Thư mục ghi các tệp báo cáo" in import_help
