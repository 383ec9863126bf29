"""One voice (issue 10): every sentence a person reads comes from the catalogue, in the run's language.

- Every usage error of every command (ours, typer's and click's own), every period error and the
  plan's verdict, run in Vietnamese (``--lang vi`` and the default) and in English
  (``--lang en`` or ``HPCAMPAIGN_LANG=en``): the whole line is compared with one written here by
  hand, and the Vietnamese line holds no English word.
- The language is chosen one way: ``--lang``, then ``HPCAMPAIGN_LANG``, then Vietnamese; an
  unknown ``HPCAMPAIGN_LANG`` is Vietnamese.
- ``--help`` of every command in both languages.
- The catalogue: both languages for every id, the same fields in both, the ``Literal`` id types
  equal to the tables, one word per status (SPEC 4).
"""

from __future__ import annotations

import errno
import re
import string
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import get_args

import pytest
import typer
from typer.testing import CliRunner, Result

import hpcampaign.cli.running as running
import hpcampaign.cli.speech as speech
from hpcampaign.cli.app import app
from hpcampaign.outputs.words import status_word
from hpcampaign.outputs.writing import OutputError
from hpcampaign.text.catalogue import CATALOGUE, say
from hpcampaign.text.language import language
from hpcampaign.text.phrases import PHRASES, PhraseId
from hpcampaign.text.sentences import SENTENCES, SentenceId

ROOT = Path(__file__).resolve().parent.parent
CHECKED = "tests/fixtures/check"
MEMO = "tests/fixtures/memo"
AS_OF = "2025-09-27"

#: Words and phrases of the English messages that a Vietnamese line must never hold.
ENGLISH = re.compile(
    r"\b(is not|must|refusing|no such|cannot|invalid|missing|option|options|usage|error|errors|the|"
    r"give|write|choose|did you mean|unexpected|requires|value|argument|arguments|command|commands|"
    r"not|file|folder|period|campaign|outside|as well|one of|see|stopped|failed|tool|aborted)\b",
    re.IGNORECASE,
)
VIETNAMESE = re.compile("[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữự]")


@pytest.fixture(autouse=True)
def _no_language_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HPCAMPAIGN_LANG", raising=False)


@dataclass(frozen=True)
class Case:
    msg_id: str
    """The catalogue sentence the run must say."""
    args: tuple[str, ...]
    """After ``hpcampaign``."""
    vi: str
    """The whole line after "hpcampaign: ", in Vietnamese, written by hand."""
    en: str
    code: int = 2
    english_by_environment: bool = False
    """The English run sets HPCAMPAIGN_LANG=en: the case has no place for ``--lang en``."""


H = "(xem hướng dẫn: hpcampaign {} --help)"
SEE = "(see hpcampaign {} --help)"

CASES = [
    # check
    Case(
        "cli.missing-paths",
        ("check",),
        "hãy ghi ít nhất một tệp hoặc thư mục báo cáo, ví dụ: hpcampaign check submissions/ "
        + H.format("check"),
        "Missing argument 'PATH...': give at least one file or folder, e.g. hpcampaign check submissions/ "
        + SEE.format("check"),
    ),
    Case(
        "usage.not-a-date",
        ("check", CHECKED, "--as-of", "yesterday"),
        "--as-of: 'yesterday' không phải là một ngày (hãy ghi 2025-09-29 hoặc 29/09/2025)",
        "--as-of: 'yesterday' is not a date (write 2025-09-29 or 29/09/2025)",
    ),
    Case(
        "usage.no-phase",
        ("check", CHECKED, "--phase", "durin"),
        "--phase: 'durin' không phải là giai đoạn của kế hoạch (chọn một trong: before, during, after, xiv, all)",
        "--phase: 'durin' is not a phase of the plan (choose from before, during, after, xiv, all)",
    ),
    Case(
        "usage.no-unit",
        ("check", CHECKED, "--unit", "phuong-hong-bag"),
        "--unit: không có đơn vị 'phuong-hong-bag' trong kế hoạch — có phải 'phuong-hong-bang'?",
        "--unit: no unit 'phuong-hong-bag' in the plan — did you mean 'phuong-hong-bang'?",
    ),
    Case(
        "usage.choice",
        ("check", CHECKED, "--format", "xml"),
        "giá trị 'xml' của --format không hợp lệ: hãy chọn một trong table, json, github, junit, sarif",
        "Invalid value for '--format': 'xml' is not one of table, json, github, junit, sarif",
    ),
    Case(
        "usage.choice",
        ("check", CHECKED, "--fail-on", "never"),
        "giá trị 'never' của --fail-on không hợp lệ: hãy chọn một trong missed, behind, problems",
        "Invalid value for '--fail-on': 'never' is not one of missed, behind, problems",
    ),
    Case(
        "usage.choice",
        ("check", CHECKED, "--lang", "fr"),
        "giá trị 'fr' của --lang không hợp lệ: hãy chọn một trong vi, en",
        "Invalid value for '--lang': 'fr' is not one of vi, en",
        english_by_environment=True,
    ),
    Case(
        "usage.whole-number",
        ("check", CHECKED, "--jobs", "0"),
        "giá trị '0' của --jobs không hợp lệ: hãy ghi một số nguyên từ 1 đến 64",
        "Invalid value for '--jobs': '0' is not a whole number from 1 to 64",
    ),
    Case(
        "usage.whole-number",
        ("check", CHECKED, "--jobs", "hai"),
        "giá trị 'hai' của --jobs không hợp lệ: hãy ghi một số nguyên từ 1 đến 64",
        "Invalid value for '--jobs': 'hai' is not a whole number from 1 to 64",
    ),
    Case(
        "cli.needs-value",
        ("check", CHECKED, "--as-of"),
        "tùy chọn --as-of cần có giá trị đi kèm " + H.format("check"),
        "Option --as-of requires a value " + SEE.format("check"),
    ),
    Case(
        "cli.no-such-option",
        ("check", CHECKED, "--forma", "json"),
        "không có tùy chọn --forma — có phải '--format'? " + H.format("check"),
        "No such option: --forma — did you mean '--format'? " + SEE.format("check"),
    ),
    Case(
        "cli.no-such-option",
        ("check", CHECKED, "-x"),
        "không có tùy chọn -x " + H.format("check"),
        "No such option: -x " + SEE.format("check"),
    ),
    Case(
        "usage.no-such-path",
        ("check", "khong-co-thu-muc"),
        "không tìm thấy tệp hoặc thư mục khong-co-thu-muc",
        "no such file or folder: khong-co-thu-muc",
    ),
    Case(
        "usage.tree-not-folder",
        ("check", CHECKED + "/w39/vtv.yaml", "--tree", CHECKED + "/w39/vtv.yaml"),
        f"--tree cần một thư mục, mà {CHECKED}/w39/vtv.yaml không phải thư mục",
        f"--tree needs a folder, and {CHECKED}/w39/vtv.yaml is not one",
    ),
    Case(
        "usage.export-exists",
        ("plan", "--export", "README.md"),
        "README.md đã có: hpcampaign không ghi đè lên tệp; hãy chọn một tên khác",
        "README.md already exists: hpcampaign never writes over a file; choose another name",
    ),
    Case(
        "usage.output-yaml",
        ("check", CHECKED, "-o", "ket-qua.yaml"),
        "--output: không ghi ra tệp .yaml/.yml (ket-qua.yaml), vì lần kiểm tra sau sẽ đọc nhầm nó là một tệp báo cáo",
        "--output: refusing to write a .yaml/.yml file (ket-qua.yaml): it would be read as a submission",
    ),
    Case(
        "usage.output-into-submissions",
        ("check", CHECKED, "-o", f"{CHECKED}/w39/ket-qua.txt"),
        f"--output: không ghi vào {ROOT / CHECKED}, thư mục chứa các tệp báo cáo",
        f"--output: refusing to write into {ROOT / CHECKED}, where submissions are",
    ),
    Case(
        "usage.output-no-folder",
        ("check", CHECKED, "-o", "khong-co/ket-qua.json"),
        "--output: không có thư mục khong-co để ghi ket-qua.json vào",
        "--output: no folder khong-co to write ket-qua.json into",
    ),
    Case(
        "usage.cannot-write",
        ("check", CHECKED, "--as-of", AS_OF, "-o", "/dev/full"),
        "không ghi được /dev/full: ổ đĩa đã đầy",
        "cannot write /dev/full: the disk is full",
    ),
    Case(
        "usage.no-plan",
        ("check", CHECKED, "--plan", "khong-co.yaml"),
        "không có tệp kế hoạch khong-co.yaml: hãy chạy hpcampaign trong thư mục có plans/, "
        "hoặc chỉ rõ tệp kế hoạch bằng --plan",
        "no plan file at khong-co.yaml: run hpcampaign in the folder that holds plans/, or give --plan PATH",
    ),
    # report
    Case(
        "cli.missing-paths",
        ("report",),
        "hãy ghi ít nhất một tệp hoặc thư mục báo cáo, ví dụ: hpcampaign report submissions/ "
        + H.format("report"),
        "Missing argument 'PATH...': give at least one file or folder, e.g. hpcampaign report submissions/ "
        + SEE.format("report"),
    ),
    Case(
        "usage.week-and-dates",
        ("report", MEMO, "--week", "2025-W39", "--from", "2025-09-22"),
        "không dùng --week cùng với --from/--to: hãy chọn một trong hai cách",
        "--week and --from/--to cannot be used together",
    ),
    Case(
        "usage.not-a-week",
        ("report", MEMO, "--week", "tuan-39"),
        "--week: 'tuan-39' không phải là một tuần (hãy ghi năm và số tuần, ví dụ 2025-W39)",
        "--week: 'tuan-39' is not an ISO week (write 2025-W39)",
    ),
    Case(
        "period.from-after-to",
        ("report", MEMO, "--from", "2025-09-24", "--to", "2025-09-20"),
        "ngày --from phải trước hoặc trùng với ngày --to",
        "--from must not be after --to",
    ),
    Case(
        "usage.no-phase",
        ("report", MEMO, "--phase", "congress"),
        "--phase: 'congress' không phải là giai đoạn của kế hoạch (chọn một trong: before, during, after, xiv, all)",
        "--phase: 'congress' is not a phase of the plan (choose from before, during, after, xiv, all)",
    ),
    Case(
        "usage.not-a-date",
        ("report", MEMO, "--date", "hom-qua"),
        "--date: 'hom-qua' không phải là một ngày (hãy ghi 2025-09-29 hoặc 29/09/2025)",
        "--date: 'hom-qua' is not a date (write 2025-09-29 or 29/09/2025)",
    ),
    Case(
        "usage.choice",
        ("report", MEMO, "--format", "pdf"),
        "giá trị 'pdf' của --format không hợp lệ: hãy chọn một trong md, html, docx, json",
        "Invalid value for '--format': 'pdf' is not one of md, html, docx, json",
    ),
    Case(
        "usage.control-characters",
        ("report", MEMO, "--number", "12\x01"),
        "--number: không được có ký tự điều khiển",
        "--number: control characters are not allowed",
    ),
    Case(
        "period.misses-phase",
        ("report", MEMO, "--as-of", AS_OF, "--phase", "during", "--from", "2025-09-01", "--to", "2025-09-25"),
        "--phase during: kỳ báo cáo từ 01/09/2025 đến 25/09/2025 không có ngày nào thuộc giai đoạn này "
        "(từ 26/09/2025 đến 27/09/2025): hãy chọn kỳ khác hoặc --phase all",
        "--phase during: the period 2025-09-01 to 2025-09-25 does not meet the phase "
        "(2025-09-26 to 2025-09-27): choose another period or --phase all",
    ),
    Case(
        "period.misses-phase-until",
        ("report", MEMO, "--as-of", AS_OF, "--phase", "during", "--to", "2025-09-20"),
        "--phase during: kỳ báo cáo đến ngày 20/09/2025 không có ngày nào thuộc giai đoạn này "
        "(từ 26/09/2025 đến 27/09/2025): hãy chọn kỳ khác hoặc --phase all",
        "--phase during: the period up to 2025-09-20 does not meet the phase "
        "(2025-09-26 to 2025-09-27): choose another period or --phase all",
    ),
    Case(
        "period.from-after-as-of",
        ("report", MEMO, "--as-of", AS_OF, "--from", "2025-10-01"),
        "--from 01/10/2025 sau ngày tính số liệu 27/09/2025: hãy ghi thêm --to",
        "--from 2025-10-01 is after the as-of date 2025-09-27: give --to as well",
    ),
    Case(
        "period.to-before-campaign",
        ("report", MEMO, "--as-of", AS_OF, "--to", "2025-08-15"),
        "--to 15/08/2025 trước ngày đầu tiên của chiến dịch 20/08/2025: hãy ghi thêm --from",
        "--to 2025-08-15 is before the campaign's first day 2025-08-20: give --from as well",
    ),
    Case(
        "period.outside-campaign",
        ("report", MEMO, "--week", "2026-W10"),
        "kỳ báo cáo từ 02/03/2026 đến 08/03/2026 nằm ngoài thời gian của chiến dịch "
        "(từ 20/08/2025 đến 28/02/2026): hãy chọn --week, --from/--to, --phase hoặc --as-of khác",
        "the period 2026-03-02 to 2026-03-08 is outside the campaign (2025-08-20 to 2026-02-28): "
        "give --week, --from/--to, --phase or --as-of",
    ),
    # plan
    Case(
        "cli.takes-no-value",
        ("plan", "--units=3"),
        "tùy chọn --units không nhận giá trị " + H.format("plan"),
        "Option --units does not take a value " + SEE.format("plan"),
    ),
    Case(
        "cli.extra",
        ("plan", "thua"),
        "lệnh plan không nhận thêm giá trị nào; thừa: thua",
        "unexpected extra argument for plan: thua",
    ),
    Case(
        "cli.extra",
        ("plan", "mot", "hai"),
        "lệnh plan không nhận thêm giá trị nào; thừa: mot hai",
        "unexpected extra arguments for plan: mot hai",
    ),
    # schema
    Case(
        "cli.missing-schema",
        ("schema",),
        "hãy ghi tên lược đồ: plan, submission hoặc check " + H.format("schema"),
        "Missing argument 'NAME': write plan, submission or check " + SEE.format("schema"),
    ),
    Case(
        "usage.no-schema",
        ("schema", "bang"),
        "không có lược đồ 'bang': hãy chọn plan, submission hoặc check",
        "no schema 'bang': choose plan, submission or check",
    ),
    # hpcampaign itself
    Case(
        "cli.no-such-command",
        ("chek", CHECKED),
        "không có lệnh 'chek' — có phải 'check'? (các lệnh: check, report, plan, schema, new, import)",
        "No such command 'chek' — did you mean 'check'? (commands: check, report, plan, schema, new, import)",
        english_by_environment=True,
    ),
    Case(
        "cli.no-such-option",
        ("--verison",),
        "không có tùy chọn --verison — có phải '--version'? (xem hướng dẫn: hpcampaign --help)",
        "No such option: --verison — did you mean '--version'? (see hpcampaign --help)",
        english_by_environment=True,
    ),
    Case(
        "cli.missing-command",
        ("--",),
        "thiếu tên lệnh: hãy chọn một trong check, report, plan, schema, new, import (xem hướng dẫn: hpcampaign --help)",
        "Missing command: choose one of check, report, plan, schema, new, import (see hpcampaign --help)",
        english_by_environment=True,
    ),
]


def run(args: list[str], env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(app, args, env=env, prog_name="hpcampaign")


def invoke(args: tuple[str, ...] | list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    result = run(list(args), env=env)
    return result.exit_code, result.stderr


def english(case: Case) -> tuple[int, str]:
    if case.english_by_environment:
        return invoke(case.args, env={"HPCAMPAIGN_LANG": "en"})
    command, *rest = case.args
    return invoke([command, "--lang", "en", *rest])


def assert_vietnamese(line: str, given: tuple[str, ...] = ()) -> None:
    """A Vietnamese sentence, with no English word outside the values given on the command line."""
    bare = line.replace(str(ROOT), "")
    for value in given:
        bare = bare.replace(value, "")
    assert VIETNAMESE.search(bare), line
    assert not ENGLISH.search(bare), (ENGLISH.search(bare), line)


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.msg_id}:{' '.join(case.args)[:40]}")
def test_every_usage_error_is_said_in_vietnamese_by_default_and_with_lang_vi(case: Case) -> None:
    code, said = invoke(case.args)
    assert code == case.code
    assert said.splitlines() == [f"hpcampaign: {case.vi}"]
    assert_vietnamese(said, case.args)
    command, *rest = case.args
    if not case.english_by_environment:
        assert invoke([command, "--lang", "vi", *rest]) == (code, said)
    # --lang wins over the environment.
    assert invoke(case.args, env={"HPCAMPAIGN_LANG": "vi"}) == (code, said)


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.msg_id}:{' '.join(case.args)[:40]}")
def test_every_usage_error_is_said_in_english_with_lang_en(case: Case) -> None:
    code, said = english(case)
    assert code == case.code
    assert said.splitlines() == [f"hpcampaign: {case.en}"]
    assert not VIETNAMESE.search(said), said


def test_a_flag_on_the_command_line_wins_over_the_environment() -> None:
    args = ["check", CHECKED, "--as-of", "yesterday"]
    assert invoke([*args, "--lang", "vi"], env={"HPCAMPAIGN_LANG": "en"})[1].startswith(
        "hpcampaign: --as-of: 'yesterday' không phải là một ngày"
    )
    assert invoke([*args, "--lang", "en"], env={"HPCAMPAIGN_LANG": "vi"})[1].startswith(
        "hpcampaign: --as-of: 'yesterday' is not a date"
    )
    # Twice on the line, the last one counts (as for any option).
    assert invoke([*args, "--lang", "vi", "--lang=en"])[1].startswith(
        "hpcampaign: --as-of: 'yesterday' is not"
    )


@pytest.mark.parametrize(
    ("variable", "english"), [("en", True), ("EN", True), ("vi", False), ("fr", False), ("", False)]
)
def test_hpcampaign_lang_is_the_fallback_and_an_unknown_value_is_vietnamese(
    variable: str, english: bool
) -> None:
    code, said = invoke(["check", CHECKED, "--as-of", "yesterday"], env={"HPCAMPAIGN_LANG": variable})
    assert code == 2
    expected = "is not a date" if english else "không phải là một ngày"
    assert expected in said, said


def test_the_language_of_a_run_one_rule() -> None:
    assert language([], {}) == "vi"
    assert language([], {"HPCAMPAIGN_LANG": "en"}) == "en"
    assert language([], {"HPCAMPAIGN_LANG": " En "}) == "en"
    assert language([], {"HPCAMPAIGN_LANG": "de"}) == "vi"
    assert language(["check", "x", "--lang", "en"], {"HPCAMPAIGN_LANG": "vi"}) == "en"
    assert language(["check", "--lang=vi"], {"HPCAMPAIGN_LANG": "en"}) == "vi"
    assert language(["--lang", "en", "--lang", "vi"], {}) == "vi"
    # An unknown --lang passes to the next source; after "--" nothing is an option.
    assert language(["--lang", "fr"], {"HPCAMPAIGN_LANG": "en"}) == "en"
    assert language(["--", "--lang", "en"], {}) == "vi"
    assert language(["--lang"], {"HPCAMPAIGN_LANG": "en"}) == "en"


def test_the_lang_option_defaults_to_the_environment(tmp_path: Path) -> None:
    # The memo itself, not only the errors, follows HPCAMPAIGN_LANG when --lang is not given.
    args = ["report", MEMO, "--as-of", AS_OF, "--phase", "during"]
    assert "# REPORT" in CliRunner().invoke(app, args, env={"HPCAMPAIGN_LANG": "en"}).stdout
    assert "# BÁO CÁO" in CliRunner().invoke(app, args, env={"HPCAMPAIGN_LANG": "xx"}).stdout
    assert (
        "# BÁO CÁO" in CliRunner().invoke(app, [*args, "--lang", "vi"], env={"HPCAMPAIGN_LANG": "en"}).stdout
    )


# --- usage errors that need a setting ----------------------------------------------------------


def test_writing_over_an_input_is_refused_in_both_languages(tmp_path: Path) -> None:
    plan = tmp_path / "ke-hoach.txt"
    plan.write_bytes((ROOT / "plans" / "haiphong-2025.yaml").read_bytes())
    args = ["check", CHECKED, "--plan", str(plan), "--output", str(plan)]
    assert invoke(args) == (2, f"hpcampaign: --output: không ghi đè lên {plan}, tệp mà hpcampaign đang đọc\n")
    assert invoke([*args, "--lang", "en"]) == (2, f"hpcampaign: --output: refusing to write over {plan}\n")


def test_an_invalid_plan_is_said_in_both_languages(tmp_path: Path) -> None:
    text = (ROOT / "plans" / "haiphong-2025.yaml").read_text(encoding="utf-8")
    plan = tmp_path / "ke-hoach.yaml"
    plan.write_text(text.replace("kinds: [trailer]", "kinds: [trailers]", 1), encoding="utf-8")
    code, said = invoke(["plan", "--plan", str(plan)])
    assert code == 2
    *problems, closing = said.splitlines()
    assert closing == f"hpcampaign: kế hoạch {plan} không hợp lệ (1 lỗi)"
    assert len(problems) == 1 and problems[0].endswith(
        ": schema: loại tin 'trailers' chưa được khai báo trong kế hoạch — có phải 'trailer'?"
    )
    assert_vietnamese(said.replace(str(plan), ""), ("schema", "trailers", "trailer"))
    code, said = invoke(["plan", "--plan", str(plan), "--lang", "en"])
    assert said.splitlines()[-1] == f"hpcampaign: the plan {plan} is not valid (1 problem)"


def test_a_failed_write_to_standard_output_is_said_in_both_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    def closed(data: object) -> None:
        raise OutputError(OSError(errno.EPIPE, "Broken pipe"))

    monkeypatch.setattr(running, "write_stdout", closed)
    args = ["plan", "--units"]
    assert invoke(args) == (2, "hpcampaign: không ghi được đầu ra chuẩn: nơi nhận đã đóng\n")
    assert invoke([*args, "--lang", "en"]) == (
        2,
        "hpcampaign: cannot write standard output: the reader has closed it\n",
    )

    def odd(data: object) -> None:
        raise OutputError(OSError(errno.EXDEV, "Invalid cross-device link"))

    monkeypatch.setattr(running, "write_stdout", odd)
    # A reason the catalogue does not know is said by its number, never in the system's English.
    assert invoke(args) == (
        2,
        f"hpcampaign: không ghi được đầu ra chuẩn: lỗi hệ điều hành (mã {errno.EXDEV})\n",
    )
    assert invoke([*args, "--lang", "en"]) == (
        2,
        f"hpcampaign: cannot write standard output: system error {errno.EXDEV}\n",
    )


def test_a_docx_memo_is_not_sent_to_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(running, "terminal", lambda: True)
    args = ["report", MEMO, "--format", "docx"]
    assert invoke(args) == (
        2,
        "hpcampaign: --format docx tạo ra một tệp nhị phân, không in ra màn hình được: "
        "hãy thêm --output bao-cao.docx\n",
    )
    assert invoke([*args, "--lang", "en"]) == (
        2,
        "hpcampaign: --format docx writes a binary file: give --output memo.docx\n",
    )


def test_an_empty_folder_is_said_in_vietnamese(tmp_path: Path) -> None:
    folder = tmp_path / "trong"
    folder.mkdir()
    result = CliRunner().invoke(app, ["check", str(folder), "--as-of", AS_OF, "-f", "json"])
    assert result.stderr == f"hpcampaign: không có tệp .yaml hay .yml nào trong {folder}\n"


def test_the_tools_own_failure_is_one_line_in_the_runs_language() -> None:
    faults = [SimpleNamespace(path="a/b.yaml"), SimpleNamespace(path="c.yaml")]
    line = running.fault_line(faults, "vi")  # type: ignore[arg-type]
    assert line == "lỗi của chính chương trình ở 2 tệp (đầu tiên: a/b.yaml); các tệp khác vẫn được báo cáo"
    line = running.fault_line(faults[:1], "en")  # type: ignore[arg-type]
    assert line == "the tool itself failed on 1 file (first: a/b.yaml); the other files are still reported"


@pytest.mark.parametrize(
    ("variable", "expected"),
    [
        (None, "hpcampaign: lỗi của chính chương trình: RuntimeError: boom"),
        ("en", "hpcampaign: the tool itself failed: RuntimeError: boom"),
    ],
)
def test_main_speaks_the_language_of_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], variable: str | None, expected: str
) -> None:
    from hpcampaign.__main__ import main

    def failing(*args: object, **kwargs: object) -> object:
        raise RuntimeError("boom")

    if variable is not None:
        monkeypatch.setenv("HPCAMPAIGN_LANG", variable)
    monkeypatch.setattr(running, "run_check", failing)
    monkeypatch.setattr(sys, "argv", ["hpcampaign", "check", CHECKED])
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 4
    assert capsys.readouterr().err.splitlines() == [expected]


def test_an_abort_is_said_in_the_runs_language(monkeypatch: pytest.MonkeyPatch) -> None:
    def aborting(*args: object, **kwargs: object) -> object:
        raise typer.Abort()

    monkeypatch.setattr(running, "run_check", aborting)
    # Stopped on request: 130, as shells report Ctrl-C; never 1, which means a target missed.
    assert invoke(["check", CHECKED]) == (130, "hpcampaign: đã hủy\n")
    assert invoke(["check", CHECKED, "--lang", "en"]) == (130, "hpcampaign: aborted\n")


def test_click_errors_the_command_line_cannot_reach_are_said_too() -> None:
    """The fallbacks of :func:`hpcampaign.cli.speech._click_error`, for errors no option of ours raises today."""
    from typer._click.exceptions import BadParameter, MissingParameter, UsageError

    command = typer.main.get_command(app)
    params = {p.name: p for p in command.commands["check"].params}  # type: ignore[attr-defined]
    token = speech._ARGS.set(["check", "x", "--plan", "k.txt"])
    try:
        said = speech._click_error(BadParameter("bad", param=params["plan"]), "vi")
        assert said == "giá trị 'k.txt' của --plan không hợp lệ (xem hướng dẫn: hpcampaign --help)"
        said = speech._click_error(BadParameter("bad", param=params["plan"]), "en")
        assert said == "Invalid value for '--plan': 'k.txt' (see hpcampaign --help)"
    finally:
        speech._ARGS.reset(token)
    said = speech._click_error(MissingParameter(param=params["plan"]), "vi")
    assert said == "thiếu plan (xem hướng dẫn: hpcampaign --help)"
    assert (
        speech._click_error(UsageError("?"), "vi")
        == "cách gọi lệnh chưa đúng (xem hướng dẫn: hpcampaign --help)"
    )
    assert (
        speech._click_error(UsageError("?"), "en") == "the command line is not right (see hpcampaign --help)"
    )


def test_every_usage_sentence_is_run_here() -> None:
    covered = {case.msg_id for case in CASES} | {
        "usage.output-over-input",  # test_writing_over_an_input_is_refused_in_both_languages
        "usage.plan-invalid",  # test_an_invalid_plan_is_said_in_both_languages
        "usage.standard-output",  # test_a_failed_write_to_standard_output_is_said_in_both_languages
        "usage.docx-to-terminal",  # test_a_docx_memo_is_not_sent_to_a_terminal
        "cli.aborted",  # test_an_abort_is_said_in_the_runs_language
        "cli.bad-value",  # test_click_errors_the_command_line_cannot_reach_are_said_too
        "cli.missing",
        "cli.other",
        "cli.see-help",  # every error found while reading the command line
    }
    usage = {msg_id for msg_id in SENTENCES if msg_id.startswith(("usage.", "period.", "cli."))}
    assert usage - covered == set()


# --- --help ------------------------------------------------------------------------------------

HELP_ENGLISH = re.compile(
    r"Usage|Options|Arguments|Commands|Show this|default|required|The plan|Judge|Only this|Write|Which|"
    r"Language|Worker|Submission|First day|Last day|Name of|List every|Print",
)


@pytest.mark.parametrize("command", [[], ["check"], ["report"], ["plan"], ["schema"]])
def test_help_is_vietnamese_by_default_and_english_with_lang_en(command: list[str]) -> None:
    result = run([*command, "--help"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Cách dùng: hpcampaign {' '.join(command)}".rstrip())
    assert "Tùy chọn:" in result.stdout and "In hướng dẫn này rồi thoát." in result.stdout
    assert not HELP_ENGLISH.search(result.stdout), HELP_ENGLISH.search(result.stdout)
    variable = run([*command, "--help"], env={"HPCAMPAIGN_LANG": "en"}).stdout
    assert variable.startswith("Usage: hpcampaign") and "Show this message and exit." in variable
    assert not VIETNAMESE.search(variable.replace("Số: 12/BC-…", ""))
    if command:  # the root has no --lang; its help follows HPCAMPAIGN_LANG
        assert run([*command, "--help", "--lang", "en"]).stdout == variable


def test_check_help_in_vietnamese() -> None:
    text = " ".join(run(["check", "--help"]).stdout.split())  # as read, whatever the wrapping
    assert text.startswith("Cách dùng: hpcampaign check [TÙY_CHỌN] ĐƯỜNG_DẪN...")
    assert "Đối số: ĐƯỜNG_DẪN... Tệp hoặc thư mục báo cáo (ít nhất một). [bắt buộc]" in text
    assert (
        "--plan TỆP Tệp kế hoạch (mặc định: biến môi trường HPCAMPAIGN_PLAN, nếu không có thì "
        "plans/haiphong-2025.yaml trong thư mục hiện tại, nếu không có nữa thì kế hoạch cài sẵn)."
    ) in text
    assert "--tree THƯ_MỤC Khi chỉ kiểm tra một vài tệp: đọc mọi tệp của thư mục này" in text
    assert "-f, --format table|json|github|junit|sarif Định dạng kết quả in ra. [mặc định: table]" in text
    assert "--jobs N Số tiến trình chạy song song, từ 1 đến 64. [mặc định: 1]" in text
    # The help says where the default language comes from, and what an unknown value means.
    assert (
        "Mặc định theo biến môi trường HPCAMPAIGN_LANG; khi biến này không có, hoặc không phải vi hay en, thì dùng vi."
        in text
    )


def test_no_arguments_shows_the_help_in_the_runs_language() -> None:
    result = run([])
    assert result.exit_code == 2 and result.stderr.startswith("Cách dùng: hpcampaign [TÙY_CHỌN] LỆNH")
    result = run([], env={"HPCAMPAIGN_LANG": "en"})
    assert result.exit_code == 2 and result.stderr.startswith("Usage: hpcampaign [OPTIONS] COMMAND")


def test_version_is_answered_before_typer_is_imported() -> None:
    code = (
        "import sys; sys.argv = ['hpcampaign', '--version']; from hpcampaign.__main__ import main; main(); "
        "print(sorted(m for m in ('typer', 'rich', 'hpcampaign.text.catalogue') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.splitlines()[-1] == "[]"


# --- the catalogue -----------------------------------------------------------------------------


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("msg_id", sorted({*SENTENCES, *PHRASES}))
def test_every_id_has_both_languages_with_the_same_fields(msg_id: str) -> None:
    vi, en = SENTENCES[msg_id] if msg_id in SENTENCES else PHRASES[msg_id]  # type: ignore[index]
    assert vi.strip() and en.strip()
    assert "|" not in vi, "Vietnamese has no plural forms"
    for form in en.split("|"):
        assert fields(form) == fields(vi), (msg_id, form)


def test_the_id_types_are_the_tables() -> None:
    assert list(get_args(SentenceId)) == list(SENTENCES)
    assert list(get_args(PhraseId)) == list(PHRASES)
    assert not set(SENTENCES) & set(PHRASES)
    assert not (set(SENTENCES) | set(PHRASES)) & set(CATALOGUE)


def test_say_fills_dates_plurals_and_language_pairs() -> None:
    from datetime import date

    day = date(2025, 9, 5)
    assert say("period.from-after-as-of", "vi", start=day, as_of=date(2025, 9, 27)) == (
        "--from 05/09/2025 sau ngày tính số liệu 27/09/2025: hãy ghi thêm --to"
    )
    assert say("period.from-after-as-of", "en", start=day, as_of=date(2025, 9, 27)) == (
        "--from 2025-09-05 is after the as-of date 2025-09-27: give --to as well"
    )
    assert say("count.file", "en", n=1) == "1 file"
    assert say("count.file", "en", n="1.234") == "1.234 files"
    assert say("count.file", "vi", n=1) == "1 tệp"
    assert (
        say("memo.subject", "vi", title_vi="Kế hoạch A", title_en="plan A") == "Kết quả thực hiện Kế hoạch A"
    )
    assert say("memo.subject", "en", title_vi="Kế hoạch A", title_en="plan A") == "Results of the plan A"


def test_one_word_per_status_in_every_output() -> None:
    # SPEC 4, revision 2.
    vietnamese = {
        "ok": "đạt",
        "over": "vượt",
        "behind": "chậm",
        "missed": "chưa đạt",
        "pending": "chưa đến hạn",
    }
    english = {"ok": "ok", "over": "over", "behind": "behind", "missed": "missed", "pending": "pending"}
    assert {s: status_word(s, "vi") for s in vietnamese} == vietnamese  # type: ignore[arg-type]
    assert {s: status_word(s, "en") for s in english} == english  # type: ignore[arg-type]
    # The words that once stood for "behind" and "failing" are gone from every table and memo.
    for vi, en in PHRASES.values():
        assert "đang thực hiện" not in vi and "không đạt" not in vi
        assert "in progress" not in en


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_memo_says_behind_as_the_table_does(fmt: str) -> None:
    args = ["report", MEMO, "--as-of", AS_OF, "--phase", "during", "--format", fmt]
    memo = CliRunner().invoke(app, args).stdout
    table = CliRunner().invoke(app, ["check", MEMO, "--as-of", AS_OF, "--phase", "during"]).stdout
    assert "chậm" in memo and "chậm" in table
    assert "đang thực hiện" not in memo and "không đạt" not in memo
    english = CliRunner().invoke(app, [*args, "--lang", "en"]).stdout
    assert "behind" in english and "in progress" not in english
