"""The example submissions (``submissions/``) tell the story their README tells.

The README's main command is ``hpcampaign check submissions/ --as-of 2025-09-27``. These tests
hold the examples to it: every planted mistake is reported with its code, in its file, on the
line that holds it, and nothing else is; the unusual but valid spellings (old tone-mark
placement, unquoted ``12:30``, a day-first date) are accepted and counted; the units that sent
nothing are listed; and the statuses the README describes are the ones the tool gives.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hpcampaign.cli import app
from hpcampaign.judge.run import CheckOptions, CheckReport, run_check
from hpcampaign.plan.model import Plan
from hpcampaign.records import Result

from .conftest import PLAN_PATH, ROOT

SUBMISSIONS = ROOT / "submissions"
AS_OF = date(2025, 9, 27)

#: (file under submissions/, code, text on the line the problem must point at)
PLANTED = [
    ("2025-W37/chuyen-de-an-ninh-hai-phong.yaml", "unknown-kind", "kind: artcle"),
    ("2025-W38/xa-vinh-bao.yaml", "bad-date", "date: 31/09/2025"),
    ("2025-W37/vtv.yaml", "duration-out-of-range", "duration: 20"),
    ("2025-W38/phuong-hai-an.yaml", "unknown-field", "titel:"),
    ("2025-W37/phuong-le-chan.yaml", "outside-period", "date: 2025-09-15"),
    ("2025-W36/dac-khu-cat-hai.yaml", "unknown-platform", "platforms: [facebok]"),
]
DUPLICATE_FILE = "2025-W38/bao-va-ptth-hai-phong.yaml"


@pytest.fixture(scope="module")
def report(plan: Plan) -> CheckReport:
    return run_check(plan, CheckOptions((SUBMISSIONS,), AS_OF))


def relative(path: str) -> str:
    return Path(path).relative_to(SUBMISSIONS).as_posix()


def lines_of(name: str) -> list[str]:
    return (SUBMISSIONS / name).read_text(encoding="utf-8").splitlines()


def line_with(name: str, needle: str) -> int:
    """1-based number of the only line of a file that holds ``needle`` (stripped, as a prefix)."""
    found = [n for n, line in enumerate(lines_of(name), 1) if line.strip().lstrip("- ").startswith(needle)]
    assert len(found) == 1, f"{name}: expected one line starting with {needle!r}, found {found}"
    return found[0]


def item_start(name: str, line: int) -> int:
    """The line of the ``- date:`` that opens the item holding ``line``."""
    lines = lines_of(name)
    return max(n for n in range(1, line + 1) if lines[n - 1].startswith("  - "))


def results(report: CheckReport, rule: str, scope: str) -> list[Result]:
    return [r for r in report.results if r.rule == rule and r.scope == scope]


def only(report: CheckReport, rule: str, scope: str) -> Result:
    found = results(report, rule, scope)
    assert len(found) == 1, (rule, scope, found)
    return found[0]


# --- planted mistakes ----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "code", "needle"), PLANTED, ids=[p[1] for p in PLANTED])
def test_planted_mistake_is_reported_on_its_line(
    report: CheckReport, name: str, code: str, needle: str
) -> None:
    found = [p for p in report.problems if relative(p.path) == name and p.code == code]
    assert len(found) == 1, found
    assert found[0].line == line_with(name, needle)


def test_duplicate_article_points_at_the_second_copy(report: CheckReport) -> None:
    lines = lines_of(DUPLICATE_FILE)
    urls = [line.strip() for line in lines if line.strip().startswith("url:")]
    twice = {url for url in urls if urls.count(url) == 2}
    assert len(twice) == 1
    second = max(n for n, line in enumerate(lines, 1) if line.strip() in twice)
    found = [p for p in report.problems if relative(p.path) == DUPLICATE_FILE]
    assert [(p.code, p.severity, p.line) for p in found] == [
        ("duplicate-item", "warning", item_start(DUPLICATE_FILE, second))
    ]


def test_no_problem_besides_the_planted_ones(report: CheckReport) -> None:
    expected = {(name, code) for name, code, _ in PLANTED}
    expected |= {(DUPLICATE_FILE, "duplicate-item")}
    assert {(relative(p.path), p.code) for p in report.problems} == expected
    warnings = {p.code for p in report.problems if p.severity == "warning"}
    assert warnings == {"duplicate-item", "duration-out-of-range"}


def test_misspelled_title_key_is_one_error_and_the_post_does_not_count(report: CheckReport) -> None:
    name = "2025-W38/phuong-hai-an.yaml"
    found = [(p.code, p.line) for p in report.problems if relative(p.path) == name]
    assert found == [("unknown-field", line_with(name, "titel:"))]  # not also "title is missing"
    weeks = {r.start: (r.status, r.actual) for r in results(report, "social-weekly", "phuong-hai-an")}
    assert weeks[date(2025, 9, 15)] == ("missed", 0)  # its only post of week 38 is not counted
    assert weeks[date(2025, 9, 8)] == weeks[date(2025, 9, 22)] == ("ok", 1)


# --- valid spellings that must be accepted -------------------------------------------------------


def test_old_tone_mark_placement_names_the_unit(report: CheckReport) -> None:
    written = [f for f in report.files if "unit: Phường Thuỷ Nguyên" in lines_of(relative(f.path))]
    assert len(written) == 4
    assert {f.unit for f in written} == {"phuong-thuy-nguyen"}
    assert all(not f.problems for f in written)


def test_names_with_different_diacritics_stay_two_units(report: CheckReport) -> None:
    named = [f for f in report.files if "unit: Xã Cẩm Giàng" in lines_of(relative(f.path))]
    assert named and {f.unit for f in named} == {"xa-cam-giang-2"}
    assert "xa-cam-giang" in report.units_without_files


def test_unquoted_clock_duration_is_minutes_and_seconds(report: CheckReport) -> None:
    name = "2025-W38/vtv.yaml"
    assert "    duration: 12:30" in lines_of(name)
    counted = report.tally.units["vtv"][("documentary", "vi", 750)]
    assert counted == {date(2025, 9, 19).toordinal(): 1}
    assert not [p for p in report.problems if relative(p.path) == name]


def test_day_first_date_is_accepted(report: CheckReport) -> None:
    name = "2025-W39/bao-va-ptth-hai-phong.yaml"
    assert line_with(name, "date: 26/09/2025") == 303
    assert "    kind: live_broadcast" in lines_of(name)[303:306]  # the item that day-first date opens
    live = report.tally.units["bao-va-ptth-hai-phong"][("live_broadcast", "vi", -1)]
    assert live == {date(2025, 9, 26).toordinal(): 1}
    assert only(report, "live-broadcast-during", "bao-va-ptth-hai-phong").status == "ok"


# --- the story -----------------------------------------------------------------------------------


def test_units_without_files_are_listed(report: CheckReport) -> None:
    missing = set(report.units_without_files)
    submitted = {f.unit for f in report.files}
    assert len(missing) == 110
    assert not missing & submitted
    assert {"so-tu-phap", "phuong-bach-dang", "dac-khu-bach-long-vi"} <= missing
    assert "ttxvn" not in missing  # no rule of the plan applies to it


def test_statuses_match_the_readme(report: CheckReport) -> None:
    press = {r.start.day: (r.status, r.actual) for r in results(report, "press-daily-before", "city-press")}
    assert {day for day, (status, _) in press.items() if status == "missed"} == {6, 7, 14}
    assert press[22] == ("over", 17)
    assert [(r.start.day, r.status) for r in results(report, "press-daily-during", "city-press")] == [
        (26, "ok"),
        (27, "behind"),
    ]
    trailers = results(report, "trailer-daily-before", "bao-va-ptth-hai-phong")
    assert [r.start for r in trailers if r.status != "ok"] == [date(2025, 9, 13)]
    languages = {
        (r.rule, r.language): r.status
        for r in report.results
        if r.rule.startswith("foreign-languages") and r.status != "ok"
    }
    assert languages == {
        ("foreign-languages-before", "ja"): "missed",
        ("foreign-languages-during", "ko"): "behind",
    }
    assert only(report, "vtv-documentary-before", "vtv").actual == 2
    assert only(report, "vov-report-during", "vov").status == "behind"
    loudspeakers = {r.scope: (r.status, r.actual) for r in report.results if r.rule == "loudspeaker-before"}
    assert loudspeakers["xa-vinh-bao"] == ("missed", 1.96)  # 8 logged, one on 31/09
    assert loudspeakers["phuong-kien-an"][0] == loudspeakers["xa-nam-sach"][0] == "missed"
    assert loudspeakers["phuong-ngo-quyen"][0] == "over"
    assert only(report, "portal-section", "xa-tien-lang").status == "missed"
    assert only(report, "visual-before", "phuong-chi-linh").status == "missed"
    for unit in ("phuong-hong-bang", "phuong-thuy-nguyen", "dac-khu-cat-hai", "xa-cam-giang-2", "so-noi-vu"):
        closed = [r for r in report.results if r.scope == unit and r.status not in ("pending", "behind")]
        assert closed and {r.status for r in closed} == {"ok"}, unit


def test_every_example_says_it_is_invented() -> None:
    files = sorted(SUBMISSIONS.rglob("*.yaml"))
    assert 40 <= len(files) <= 70
    assert all(path.read_text(encoding="utf-8").startswith("# Ví dụ minh họa") for path in files)


# --- the README's command ------------------------------------------------------------------------


def test_readme_command_exits_3_and_reports_every_part(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    args = ["check", "submissions/", "--as-of", AS_OF.isoformat(), "--plan", str(PLAN_PATH)]
    table = runner.invoke(app, args, env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert table.exit_code == 3, table.output
    for name, _, _ in PLANTED:
        assert f"submissions/{name}:" in table.output
    assert "Chưa báo cáo" in table.output
    as_json = runner.invoke(app, [*args, "--format", "json"])
    assert as_json.exit_code == 3
    document = json.loads(as_json.output)
    assert len(document["units_without_files"]) == 110
    summary = document["summary"]
    assert summary["errors"] == 5 and summary["warnings"] == 2
    assert all(summary[status] > 0 for status in ("ok", "over", "behind", "missed", "pending"))
    planted = {(p["path"], p["code"]) for p in document["problems"]}
    assert {(f"submissions/{name}", code) for name, code, _ in PLANTED} <= planted
