"""``hpcampaign report`` through typer's CliRunner: options, period choices, output files, usage errors."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from hpcampaign.cli.app import app

from .conftest import ROOT

FIXTURES = "tests/fixtures/memo"
AS_OF = "2025-09-27"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def run(*args: str) -> Result:
    return CliRunner().invoke(app, ["report", FIXTURES, "--as-of", AS_OF, *args])


def memo_json(*args: str) -> dict[str, Any]:
    result = run("--format", "json", *args)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.output)
    return data


def test_default_is_the_weekly_memo_in_vietnamese_markdown() -> None:
    result = run()
    assert result.exit_code == 0
    assert result.output.startswith(
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH  \n**PHÒNG THÔNG TIN - BÁO CHÍ - XUẤT BẢN**"
    )
    assert "(Tuần 39 năm 2025, từ ngày 22/09/2025 đến ngày 27/09/2025; số liệu tính đến ngày 27/09/2025)" in (
        result.output
    )


@pytest.mark.parametrize(
    ("args", "period"),
    [
        ((), {"from": "2025-09-22", "to": "2025-09-27", "chosen": "week"}),
        (("--week", "2025-W39"), {"from": "2025-09-22", "to": "2025-09-28", "chosen": "given"}),
        (("--week", "2025w38"), {"from": "2025-09-15", "to": "2025-09-21", "chosen": "given"}),
        (
            ("--from", "20/09/2025", "--to", "2025-09-24"),
            {"from": "2025-09-20", "to": "2025-09-24", "chosen": "given"},
        ),
        (("--phase", "before"), {"from": "2025-09-01", "to": "2025-09-25", "chosen": "phase"}),
        (("--phase", "during"), {"from": "2025-09-26", "to": "2025-09-27", "chosen": "phase"}),
        # A phase and a period: the part of the period inside the phase.
        (
            ("--phase", "during", "--week", "2025-W39"),
            {"from": "2025-09-26", "to": "2025-09-27", "chosen": "given"},
        ),
        (
            ("--phase", "before", "--from", "2025-09-20"),
            {"from": "2025-09-20", "to": "2025-09-25", "chosen": "given"},
        ),
    ],
)
def test_period_options(args: tuple[str, ...], period: dict[str, str]) -> None:
    assert memo_json(*args)["period"] == {**period, "begun": True}


def test_a_phase_not_begun_is_pending_and_no_range_is_inverted() -> None:
    data = memo_json("--phase", "after")
    assert data["period"] == {"from": "2025-09-28", "to": "2026-01-18", "chosen": "phase", "begun": False}
    assert data["to_date"] == {"from": "2025-08-20", "to": "2025-09-27"}
    assert data["headline"]["items"] == 0
    for rule in data["rules"]:
        period = rule["period"]
        assert period["status"] == "pending" and period["items"] == 0, rule["rule"]
        assert sum(n for status, n in period["counts"].items() if status != "pending") == 0, rule["rule"]
    # A rule over several phases is in every phase's memo, over its whole window (before … xiv).
    online = next(rule for rule in data["rules"] if rule["rule"] == "online-weekly")
    assert (online["from"], online["to"]) == ("2025-09-01", "2026-01-23")
    # A rule of explicit dates that began on the as-of date (27/9) has not begun within the period.
    conference = next(rule for rule in data["rules"] if rule["rule"] == "press-conference-after")
    assert (conference["from"], conference["to"]) == ("2025-09-27", "2026-01-18")
    row = next(
        line
        for line in run("--phase", "after").output.splitlines()
        if "(III.1.2.c, III.2.2.c, III.3.2.c)" in line
    )
    assert row.split(" | ")[3] == "chưa đến hạn"


def test_phase_all_is_every_phase() -> None:
    assert memo_json("--phase", "all")["phase"] is None
    assert memo_json("--phase", "during")["phase"] == "during"


def test_number_signer_and_date() -> None:
    result = run("--number", "12", "--signer", "Nguyễn Văn A", "--date", "05/10/2025")
    assert result.exit_code == 0
    assert "Số: 12/BC-TTBCXB" in result.output
    assert "*Hải Phòng, ngày 05 tháng 10 năm 2025*" in result.output
    assert result.output.rstrip().endswith("Nguyễn Văn A")


def test_a_full_number_is_kept_as_it_is() -> None:
    assert "Số: 07/BC-TTBCXB" in run("--number", "07/BC-TTBCXB").output


def test_without_number_the_clerk_fills_it_in() -> None:
    # A dotted blank: a Markdown viewer would collapse a run of spaces into one.
    assert "\nSố: ……/BC-TTBCXB\n" in run().output


def test_docx_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "memo.docx"
    result = run("--format", "docx", "--output", str(target))
    assert result.exit_code == 0 and result.output == ""
    archive = zipfile.ZipFile(io.BytesIO(target.read_bytes()))
    assert "word/document.xml" in archive.namelist()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in archive.read("word/document.xml").decode()


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_text_formats_to_a_file_are_what_stdout_shows(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"memo.{fmt}"
    assert run("--format", fmt, "--output", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8") == run("--format", fmt).output


def test_english(tmp_path: Path) -> None:
    result = run("--lang", "en")
    assert result.exit_code == 0 and "# REPORT" in result.output and "BÁO CÁO" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--week", "2025-W39", "--from", "2025-09-22"), "--week and --from/--to cannot be used together"),
        (("--week", "week 39"), "is not an ISO week"),
        (("--from", "2025-09-24", "--to", "2025-09-20"), "--from must not be after --to"),
        (("--phase", "congress"), "is not a phase of the plan"),
        (("--date", "yesterday"), "--date: 'yesterday' is not a date"),
        (("--format", "pdf"), "'pdf'"),  # the refused value is named, in either language
    ],
)
def test_usage_errors(args: tuple[str, ...], message: str) -> None:
    result = run(*args, "--lang", "en")
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--phase", "during", "--from", "2025-09-01", "--to", "2025-09-25"),
            "hpcampaign: --phase during: the period 2025-09-01 to 2025-09-25 does not meet the phase "
            "(2025-09-26 to 2025-09-27): choose another period or --phase all",
        ),
        (("--phase", "after", "--week", "2025-W38"), "does not meet the phase"),
        (("--from", "2025-10-01"), "--from 2025-10-01 is after the as-of date 2025-09-27: give --to as well"),
        (("--to", "2025-08-15"), "--to 2025-08-15 is before the campaign's first day 2025-08-20"),
    ],
)
def test_a_period_that_cannot_be_reported_is_a_one_line_usage_error(
    args: tuple[str, ...], message: str
) -> None:
    result = run(*args, "--lang", "en")
    assert result.exit_code == 2, result.output
    assert message in result.output and len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("given", "stamp", "line"),
    [
        ("05/10/1025", (1980, 1, 1, 0, 0, 0), "Hải Phòng, ngày 05 tháng 10 năm 1025"),
        ("05/10/2225", (2107, 12, 31, 0, 0, 0), "Hải Phòng, ngày 05 tháng 10 năm 2225"),
    ],
)
def test_docx_dates_zip_cannot_store_are_clamped(
    tmp_path: Path, given: str, stamp: tuple[int, ...], line: str
) -> None:
    target = tmp_path / "memo.docx"
    result = run("--format", "docx", "--output", str(target), "--date", given)
    assert result.exit_code == 0, result.output
    archive = zipfile.ZipFile(io.BytesIO(target.read_bytes()))
    assert {info.date_time for info in archive.infolist()} == {stamp}
    assert line in archive.read("word/document.xml").decode()


def test_missing_folder_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["report", "no/such/folder", "--as-of", AS_OF, "--lang", "en"])
    assert result.exit_code == 2 and "no such file or folder" in result.output


def test_never_writes_inside_the_checked_folder(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("unit: vtv\nitems: []\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["report", str(tmp_path), "--as-of", AS_OF, "--output", str(tmp_path / "memo.md")]
    )
    assert result.exit_code == 2 and not (tmp_path / "memo.md").exists()


@pytest.mark.parametrize("fmt", ["md", "html", "json", "docx"])
@pytest.mark.parametrize(
    "args",
    [
        ("--phase", "after", "--as-of", "2025-09-20"),  # a phase not yet begun: all pending
        ("--phase", "before", "--as-of", "2025-08-19"),  # before the campaign (from 2025-08-20): all pending
    ],
)
def test_edge_periods_still_give_a_memo(tmp_path: Path, fmt: str, args: tuple[str, ...]) -> None:
    target = tmp_path / f"memo.{fmt}"
    result = run("--format", fmt, "--output", str(target), *args)
    assert result.exit_code == 0, result.output
    assert target.stat().st_size > 1000


@pytest.mark.parametrize(
    "args",
    [
        ("--week", "2026-W10"),  # after the campaign (2026-03-02 … 08, the campaign ends 2026-02-28)
        ("--week", "2024-W39"),  # a year early
        ("--as-of", "2025-08-10"),  # the week of an as-of date before the campaign (2025-08-04 … 10)
    ],
)
def test_a_period_outside_the_campaign_is_a_usage_error(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = run("--output", str(tmp_path / "memo.md"), *args, "--lang", "en")
    assert result.exit_code == 2 and "is outside the campaign" in result.output
    assert not (tmp_path / "memo.md").exists()


def test_a_folder_without_files_gives_a_memo_of_silence(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(app, ["report", str(empty), "--as-of", AS_OF, "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["headline"]["units_reporting"] == 0 and data["headline"]["files"] == 0
    # Every unit some rule names: 2 city press, the 5 central press (`central-press-coverage` names
    # the group), 11 departments, 114 communes, the portal and the Department: 134.
    assert data["headline"]["units_in_scope"] == 134
    assert [(group["group"], len(group["units"])) for group in data["units_without_files"]] == [
        ("city-press", 2),
        ("central-press", 5),
        ("departments", 11),
        ("communes", 114),
        (None, 2),
    ]
