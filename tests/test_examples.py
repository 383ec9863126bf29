"""The example submissions (``submissions/``) tell the story their README tells.

The README checks the examples as of two dates: 2025-09-30 (its main command: ``before`` and
``during`` closed, ``after`` just begun) and 2026-02-28 (the whole campaign). These tests hold the
examples to it: every planted mistake is reported with its code, in its file, on the line the
README names, and nothing else is; the count of results by status of every rule, at both dates,
is the one in the README's table; the units and results the README's story names have the status
and the count it gives; every rule of the plan has a result with a counted item and every kind
of the plan is logged somewhere; the unusual but valid spellings are accepted and counted.

The expected values here and in the README were worked out by hand from the files, not copied
from the tool's output.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hpcampaign.cli.app import app
from hpcampaign.judge.run import CheckOptions, CheckReport, run_check
from hpcampaign.plan.model import Plan
from hpcampaign.records import STATUSES, Result

from .conftest import PLAN_PATH, ROOT

SUBMISSIONS = ROOT / "submissions"
README = SUBMISSIONS / "README.md"
AS_OF = date(2025, 9, 30)
LATE = date(2026, 2, 28)

#: (file under submissions/, line, code, severity, what that line holds, stripped)
PLANTED = [
    ("2025-W36/dac-khu-cat-hai.yaml", 19, "unknown-platform", "error", "platforms: [facebok]"),
    ("2025-W37/chuyen-de-an-ninh-hai-phong.yaml", 32, "unknown-kind", "error", "kind: artcle"),
    ("2025-W37/phuong-le-chan.yaml", 10, "outside-period", "error", "- date: 2025-09-15"),
    ("2025-W37/vtv.yaml", 17, "duration-out-of-range", "warning", "duration: 20"),
    ("2025-W38/bao-va-ptth-hai-phong.yaml", 258, "duplicate-item", "warning", "- date: 2025-09-18"),
    ("2025-W38/phuong-hai-an.yaml", 17, "unknown-field", "error", "titel:"),
    ("2025-W38/xa-vinh-bao.yaml", 6, "bad-date", "error", "- date: 31/09/2025"),
    ("2025-W39/phuong-hong-bang.yaml", 1, "duplicate-file", "warning", "# Ví dụ minh họa"),
]
COPY = "2025-W39/phuong-hong-bang - Copy.yaml"

#: Units that meet every closed target on 2025-09-30 and every target of the campaign (LATE).
MODEL_UNITS = (
    "phuong-hong-bang",
    "phuong-thuy-nguyen",
    "dac-khu-cat-hai",
    "xa-cam-giang-2",
    "so-noi-vu",
    "cong-ttdt-thanh-pho",
    "so-vhttdl",
)

#: The README's story as of AS_OF: (rule, scope, first day of the period or None for the whole
#: window, language or None) → (status, actual).
STORY_AS_OF: dict[tuple[str, str, date | None, str | None], tuple[str, float]] = {
    ("press-daily-before", "city-press", date(2025, 9, 6), None): ("missed", 8),
    ("press-daily-before", "city-press", date(2025, 9, 7), None): ("missed", 9),
    ("press-daily-before", "city-press", date(2025, 9, 14), None): ("missed", 9),
    ("press-daily-before", "city-press", date(2025, 9, 22), None): ("over", 17),
    ("press-daily-during", "city-press", date(2025, 9, 26), None): ("ok", 37),
    ("press-daily-during", "city-press", date(2025, 9, 27), None): ("missed", 26),
    ("trailer-daily-before", "bao-va-ptth-hai-phong", date(2025, 9, 13), None): ("missed", 0),
    ("special-pages", "chuyen-de-an-ninh-hai-phong", None, None): ("ok", 1),
    ("leaders-series", "city-press", None, None): ("ok", 2),
    ("press-social-weekly", "chuyen-de-an-ninh-hai-phong", date(2025, 9, 1), None): ("missed", 0),
    ("foreign-languages-before", "bao-va-ptth-hai-phong", None, "ja"): ("missed", 0),
    ("foreign-languages-during", "bao-va-ptth-hai-phong", None, "ko"): ("missed", 0),
    ("live-broadcast-during", "bao-va-ptth-hai-phong", None, None): ("ok", 2),
    ("press-weekly-after", "bao-va-ptth-hai-phong", date(2025, 9, 29), None): ("ok", 2),
    ("press-weekly-after", "chuyen-de-an-ninh-hai-phong", date(2025, 9, 29), None): ("behind", 0),
    ("vtv-documentary-before", "vtv", None, None): ("ok", 2),  # the 20-minute one is not counted
    ("vtv-documentary-during", "vtv", None, None): ("ok", 2),
    ("vov-report-before", "vov", None, None): ("ok", 3),
    ("vov-report-during", "vov", None, None): ("missed", 1),
    ("foreign-affairs-central", "vtv", None, None): ("ok", 1),
    ("foreign-affairs-central", "vov", None, None): ("ok", 1),
    ("foreign-affairs-central", "bao-dau-tu", None, None): ("missed", 0),
    ("unit-plans", "ttxvn", None, None): ("missed", 0),
    ("unit-plans", "bao-nhan-dan", None, None): ("missed", 0),
    ("press-registration", "bao-nhan-dan", None, None): ("ok", 1),
    ("foreign-affairs-after", "bao-va-ptth-hai-phong", None, None): ("ok", 1),
    ("foreign-affairs-after", "cong-ttdt-thanh-pho", None, None): ("ok", 1),
    ("foreign-affairs-after", "ttxvn", None, None): ("behind", 0),
    ("foreign-affairs-after", "bao-nhan-dan", None, None): ("behind", 0),
    ("foreign-affairs-after", "vov", None, None): ("behind", 0),
    ("review-report", "so-vhttdl", None, None): ("behind", 0),
    ("press-conference-after", "so-vhttdl", None, None): ("ok", 1),
    ("visual-city-centre", "so-vhttdl", None, None): ("ok", 120),
    ("online-weekly", "so-y-te", date(2025, 9, 8), None): ("missed", 0),
    ("online-weekly", "so-y-te", date(2025, 9, 29), None): ("behind", 0),
    ("online-weekly", "so-giao-duc-va-dao-tao", date(2025, 9, 1), None): ("missed", 0),
    ("online-weekly", "so-giao-duc-va-dao-tao", date(2025, 9, 8), None): ("missed", 0),
    ("unit-plans", "so-giao-duc-va-dao-tao", None, None): ("ok", 1),
    ("portal-section", "so-giao-duc-va-dao-tao", None, None): ("missed", 0),
    ("loudspeaker-before", "phuong-ngo-quyen", None, None): ("over", 3.92),
    ("loudspeaker-after", "phuong-ngo-quyen", None, None): ("over", 4.67),
    ("loudspeaker-after", "phuong-hong-bang", None, None): ("ok", 2.33),
    ("loudspeaker-before", "phuong-le-chan", None, None): ("ok", 2.24),  # 15/9 is in the wrong file
    ("online-weekly", "phuong-hai-an", date(2025, 9, 15), None): ("missed", 0),  # `titel`
    ("online-weekly", "phuong-hai-an", date(2025, 9, 8), None): ("ok", 1),
    ("loudspeaker-after", "phuong-hai-an", None, None): ("behind", 0),
    ("visual-before", "phuong-chi-linh", None, None): ("missed", 0),
    ("speaker-sessions", "phuong-chi-linh", None, None): ("missed", 0),
    ("portal-section", "xa-tien-lang", None, None): ("missed", 0),
    ("speaker-sessions", "xa-tien-lang", None, None): ("missed", 0),
    ("loudspeaker-before", "xa-vinh-bao", None, None): ("missed", 1.96),  # 8 logged, one on 31/09
    ("loudspeaker-before", "phuong-kien-an", None, None): ("missed", 1.4),
    ("loudspeaker-during", "phuong-kien-an", None, None): ("missed", 1),
    ("unit-plans", "phuong-kien-an", None, None): ("missed", 0),
    ("online-weekly", "phuong-kien-an", date(2025, 9, 15), None): ("missed", 0),
    ("loudspeaker-before", "xa-nam-sach", None, None): ("missed", 1.12),
    ("loudspeaker-during", "xa-nam-sach", None, None): ("missed", 0),
    ("portal-section", "xa-nam-sach", None, None): ("missed", 0),
    ("loudspeaker-during", "phuong-hong-bang", None, None): ("ok", 3),  # its copied file adds nothing
    ("visual-after", "phuong-hong-bang", None, None): ("ok", 10),
}

#: The README's story as of LATE, the same way.
STORY_LATE: dict[tuple[str, str, date | None, str | None], tuple[str, float]] = {
    ("loudspeaker-after", "phuong-hong-bang", None, None): ("ok", 2.23),  # 36 in 113 days
    ("loudspeaker-after", "phuong-thuy-nguyen", None, None): ("ok", 2.29),  # 37
    ("loudspeaker-after", "dac-khu-cat-hai", None, None): ("ok", 2.23),  # 36
    ("loudspeaker-after", "xa-cam-giang-2", None, None): ("ok", 2.17),  # 35
    ("loudspeaker-after", "phuong-ngo-quyen", None, None): ("over", 3.53),  # 57
    ("loudspeaker-after", "phuong-le-chan", None, None): ("missed", 0.62),  # 10
    ("loudspeaker-after", "xa-vinh-bao", None, None): ("missed", 0.56),  # 9
    ("loudspeaker-xiv", "phuong-ngo-quyen", None, None): ("over", 6),
    ("loudspeaker-xiv", "xa-vinh-bao", None, None): ("missed", 2),
    ("loudspeaker-xiv", "phuong-thuy-nguyen", None, None): ("ok", 4),
    ("press-daily-xiv", "city-press", date(2026, 1, 19), None): ("ok", 11),
    ("press-daily-xiv", "city-press", date(2026, 1, 20), None): ("ok", 12),
    ("press-daily-xiv", "city-press", date(2026, 1, 21), None): ("ok", 10),
    ("press-daily-xiv", "city-press", date(2026, 1, 22), None): ("missed", 8),
    ("press-daily-xiv", "city-press", date(2026, 1, 23), None): ("ok", 14),
    ("foreign-affairs-after", "vov", None, None): ("missed", 0),
    ("foreign-affairs-after", "ttxvn", None, None): ("ok", 1),
    ("foreign-affairs-after", "bao-nhan-dan", None, None): ("ok", 1),
    ("review-report", "so-vhttdl", None, None): ("ok", 1),
    ("portal-section", "so-giao-duc-va-dao-tao", None, None): ("missed", 0),  # opened 10/10: too late
}

#: Chuyên đề An ninh's weeks without an item after the Congress (Mondays).
CDAN_MISSED_WEEKS = [date(2025, 10, 27), date(2025, 11, 10), date(2025, 11, 24)] + [
    date(2025, 12, d) for d in (1, 8, 15, 22, 29)
]

#: One result of every rule as of LATE, with at least one counted item:
#: rule → (scope, first day of the period or None, language or None, status, actual).
EVERY_RULE: dict[str, tuple[str, date | None, str | None, str, float]] = {
    "press-daily-before": ("city-press", date(2025, 9, 22), None, "over", 17),
    "trailer-daily-before": ("bao-va-ptth-hai-phong", date(2025, 9, 1), None, "ok", 1),
    "special-pages": ("chuyen-de-an-ninh-hai-phong", None, None, "ok", 1),
    "leaders-series": ("city-press", None, None, "ok", 2),
    "vtv-documentary-before": ("vtv", None, None, "ok", 2),
    "vov-report-before": ("vov", None, None, "ok", 3),
    "loudspeaker-before": ("phuong-hong-bang", None, None, "ok", 2.8),  # 10 in 25 days
    "visual-before": ("phuong-hong-bang", None, None, "ok", 15),
    "visual-city-centre": ("so-vhttdl", None, None, "ok", 120),
    "portal-section": ("so-vhttdl", None, None, "ok", 1),
    "online-weekly": ("cong-ttdt-thanh-pho", date(2026, 1, 19), None, "ok", 2),
    "press-social-weekly": ("bao-va-ptth-hai-phong", date(2025, 9, 22), None, "ok", 2),
    "avatar-campaign": ("so-vhttdl", None, None, "ok", 1),
    "foreign-languages-before": ("bao-va-ptth-hai-phong", None, "en", "ok", 4),
    "foreign-affairs-central": ("ttxvn", None, None, "ok", 1),
    "press-conference-before": ("so-vhttdl", None, None, "ok", 1),
    "unit-plans": ("so-giao-duc-va-dao-tao", None, None, "ok", 1),
    "press-registration": ("bao-nhan-dan", None, None, "ok", 1),
    "press-daily-during": ("city-press", date(2025, 9, 26), None, "ok", 37),
    "central-press-coverage": ("ttxvn", None, None, "ok", 3),
    "live-broadcast-during": ("bao-va-ptth-hai-phong", None, None, "ok", 2),
    "vtv-documentary-during": ("vtv", None, None, "ok", 2),
    "vov-report-during": ("vov", None, None, "missed", 1),
    "loudspeaker-during": ("phuong-ngo-quyen", None, None, "ok", 5),
    "foreign-languages-during": ("bao-va-ptth-hai-phong", None, "ja", "ok", 1),
    "speaker-sessions": ("xa-vinh-bao", None, None, "ok", 1),
    "leaflet": ("so-vhttdl", None, None, "ok", 1),
    "audio-files": ("so-vhttdl", None, None, "ok", 2),
    "department-online-during": ("so-vhttdl", date(2025, 9, 27), None, "ok", 1),
    "press-conference-after": ("so-vhttdl", None, None, "ok", 1),
    "press-weekly-after": ("bao-va-ptth-hai-phong", date(2025, 9, 29), None, "ok", 6),
    "loudspeaker-after": ("phuong-hong-bang", None, None, "ok", 2.23),
    "visual-after": ("dac-khu-cat-hai", None, None, "ok", 12),
    "foreign-affairs-after": ("bao-nhan-dan", None, None, "ok", 1),
    "portal-updates": ("cong-ttdt-thanh-pho", date(2025, 9, 26), None, "ok", 1),
    "review-report": ("so-vhttdl", None, None, "ok", 1),
    "press-daily-xiv": ("city-press", date(2026, 1, 22), None, "missed", 8),
    "loudspeaker-xiv": ("phuong-ngo-quyen", None, None, "over", 6),
}

#: The folders and how many files each holds.
FOLDERS = {
    "2025-W34-35": 17,
    "2025-W36": 18,
    "2025-W37": 18,
    "2025-W38": 20,
    "2025-W39": 24,
    "2025-W40": 17,
    "2025-10": 14,
    "2025-11": 10,
    "2025-12": 9,
    "2026-01": 10,
    "2026-W04": 11,
    "2026-02": 1,
}


def check(plan: Plan, as_of: date) -> CheckReport:
    return run_check(plan, CheckOptions((SUBMISSIONS,), as_of))


@pytest.fixture(scope="module")
def report(plan: Plan) -> CheckReport:
    return check(plan, AS_OF)


@pytest.fixture(scope="module")
def late(plan: Plan) -> CheckReport:
    return check(plan, LATE)


def relative(path: str) -> str:
    return Path(path).relative_to(SUBMISSIONS).as_posix()


def lines_of(name: str) -> list[str]:
    return (SUBMISSIONS / name).read_text(encoding="utf-8").splitlines()


def yaml_files() -> list[Path]:
    return sorted(SUBMISSIONS.rglob("*.yaml"))


def result(report: CheckReport, rule: str, scope: str, start: date | None, language: str | None) -> Result:
    found = [
        r
        for r in report.results
        if r.rule == rule
        and r.scope == scope
        and r.language == language
        and (start is None or r.start == start)
    ]
    assert len(found) == 1, (rule, scope, start, language, found)
    return found[0]


def counted(
    report: CheckReport, unit: str, kind: str, language: str = "vi", duration: int = -1
) -> dict[date, int]:
    """Items counted for a unit, by day, whatever their platforms."""
    days: Counter[date] = Counter()
    for (k, lang, seconds, _platforms), series in report.tally.units.get(unit, {}).items():
        if (k, lang, seconds) == (kind, language, duration):
            for ordinal, n in series.items():
                days[date.fromordinal(ordinal)] += n
    return dict(days)


def readme_rule_table() -> dict[str, tuple[Counter[str], Counter[str]]]:
    """The README's table of results: rule → (counts by status on AS_OF, on LATE)."""

    def counts(cell: str) -> Counter[str]:
        return Counter({s: int(n) for n, s in re.findall(r"(\d+) (ok|over|behind|missed|pending)", cell)})

    table = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        row = re.match(r"\| `([a-z0-9-]+)` \| ([^|]+) \| ([^|]+) \|", line)
        if row:
            rule, first, second = row.groups()
            table[rule] = (counts(first), counts(first) if second.strip() == "=" else counts(second))
    return table


def status_counts(report: CheckReport) -> dict[str, Counter[str]]:
    found: dict[str, Counter[str]] = {}
    for r in report.results:
        found.setdefault(r.rule, Counter())[r.status] += 1
    return found


# --- planted mistakes ----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "line", "code", "severity", "text"), PLANTED, ids=[p[2] for p in PLANTED])
def test_planted_mistake_is_reported_on_its_line(
    report: CheckReport, name: str, line: int, code: str, severity: str, text: str
) -> None:
    assert lines_of(name)[line - 1].strip().startswith(text)
    found = [(p.line, p.severity) for p in report.problems if relative(p.path) == name and p.code == code]
    assert found == [(line, severity)]


@pytest.mark.parametrize("which", ["as_of", "late"])
def test_no_problem_besides_the_planted_ones(report: CheckReport, late: CheckReport, which: str) -> None:
    checked = report if which == "as_of" else late
    expected = {(name, line, code) for name, line, code, _, _ in PLANTED}
    assert {(relative(p.path), p.line, p.code) for p in checked.problems} == expected
    assert (checked.errors, checked.warnings) == (5, 3)


def test_readme_lists_every_planted_mistake_where_it_is() -> None:
    text = README.read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([^`:]+\.yaml):(\d+)` \| .* \| `([a-z-]+)` \((lỗi|cảnh báo)", text, re.M)
    severity = {"lỗi": "error", "cảnh báo": "warning"}
    assert [(name, int(line), code, severity[level]) for name, line, code, level in rows] == [
        p[:4] for p in PLANTED
    ]


def test_duplicate_article_points_at_the_first_copy(report: CheckReport) -> None:
    name = "2025-W38/bao-va-ptth-hai-phong.yaml"
    lines = lines_of(name)
    # The item of line 258 repeats the one of line 208: same date, kind, title and URL.
    assert lines[257:262] == lines[207:212]
    (found,) = [p for p in report.problems if p.code == "duplicate-item"]
    assert dict(found.params)["first_line"] == "208"


def test_copied_file_is_one_warning_and_counts_once(report: CheckReport) -> None:
    original = "2025-W39/phuong-hong-bang.yaml"
    assert (SUBMISSIONS / COPY).read_bytes() == (SUBMISSIONS / original).read_bytes()
    # SPEC 4: the warning is on the later path in sort order; " - Copy" sorts before ".yaml".
    assert sorted([COPY, original]) == [COPY, original]
    (found,) = [p for p in report.problems if p.code == "duplicate-file"]
    assert (relative(found.path), found.line, found.severity) == (original, 1, "warning")
    assert not [p for p in report.problems if relative(p.path) == COPY]
    days = counted(report, "phuong-hong-bang", "loudspeaker_broadcast")
    assert [days[date(2025, 9, d)] for d in (24, 25, 26)] == [1, 1, 1]


def test_misspelled_title_key_is_one_error_and_the_post_does_not_count(report: CheckReport) -> None:
    name = "2025-W38/phuong-hai-an.yaml"
    assert [(p.code, p.line) for p in report.problems if relative(p.path) == name] == [("unknown-field", 17)]
    assert counted(report, "phuong-hai-an", "social_post").get(date(2025, 9, 19)) is None


# --- valid spellings that must be accepted -------------------------------------------------------


def test_old_tone_mark_placement_names_the_unit(report: CheckReport) -> None:
    written = [f for f in report.files if "unit: Phường Thuỷ Nguyên" in lines_of(relative(f.path))]
    assert len(written) == 11  # every file of the ward, August to January
    assert {f.unit for f in written} == {"phuong-thuy-nguyen"}
    assert all(not f.problems for f in written)


def test_names_with_different_diacritics_stay_two_units(report: CheckReport) -> None:
    named = [f for f in report.files if "unit: Xã Cẩm Giàng" in lines_of(relative(f.path))]
    assert len(named) == 11 and {f.unit for f in named} == {"xa-cam-giang-2"}
    assert "xa-cam-giang" in report.units_without_files


def test_department_by_its_full_name(report: CheckReport) -> None:
    named = [f for f in report.files if "unit: Sở Văn hóa, Thể thao và Du lịch" in lines_of(relative(f.path))]
    assert [relative(f.path) for f in named] == ["2025-W39/so-vhttdl.yaml"]
    assert {f.unit for f in named} == {"so-vhttdl"}


def test_unquoted_clock_duration_is_minutes_and_seconds(report: CheckReport) -> None:
    name = "2025-W38/vtv.yaml"
    assert "    duration: 12:30" in lines_of(name)
    assert counted(report, "vtv", "documentary", duration=750) == {date(2025, 9, 19): 1}
    assert not [p for p in report.problems if relative(p.path) == name]


def test_day_first_date_is_accepted(report: CheckReport) -> None:
    name = "2025-W39/bao-va-ptth-hai-phong.yaml"
    lines = lines_of(name)
    assert lines[302:304] == ["  - date: 26/09/2025", "    kind: live_broadcast"]  # line 303
    live = counted(report, "bao-va-ptth-hai-phong", "live_broadcast")
    assert live == {date(2025, 9, 26): 1, date(2025, 9, 27): 1}
    # Xã Vĩnh Bảo's clerk writes every date day first.
    vinh_bao = [relative(f.path) for f in report.files if f.unit == "xa-vinh-bao"]
    dates = [
        line.strip() for name in vinh_bao for line in lines_of(name) if line.strip().startswith("- date:")
    ]
    assert len(vinh_bao) == 7 and len(dates) > 30
    assert all(re.fullmatch(r"- date: \d\d/\d\d/20\d\d", line) for line in dates)


def test_one_trailer_aired_on_three_days_counts_three_times(late: CheckReport) -> None:
    name = "2026-W04/bao-va-ptth-hai-phong.yaml"
    urls = [line.strip() for line in lines_of(name) if "trailer-huong-ve-dai-hoi-xiv" in line]
    assert len(urls) == 3 and len(set(urls)) == 1
    assert not [p for p in late.problems if relative(p.path) == name]
    trailers = counted(late, "bao-va-ptth-hai-phong", "trailer")
    assert {day: trailers[day] for day in trailers if day.year == 2026} == {
        date(2026, 1, 19): 1,
        date(2026, 1, 20): 1,
        date(2026, 1, 21): 1,
    }


def test_a_file_with_no_items_names_its_unit_and_its_difficulties(report: CheckReport) -> None:
    (island,) = [f for f in report.files if f.unit == "dac-khu-bach-long-vi"]
    assert (relative(island.path), island.items, len(island.difficulties)) == (
        "2025-W39/dac-khu-bach-long-vi.yaml",
        0,
        2,
    )
    assert "dac-khu-bach-long-vi" not in report.units_without_files
    statuses = {r.status for r in report.results if r.scope == "dac-khu-bach-long-vi"}
    assert statuses == {"missed", "behind", "pending"}


def test_four_units_name_difficulties(report: CheckReport) -> None:
    said = {f.unit for f in report.files if f.difficulties}
    assert said == {"so-giao-duc-va-dao-tao", "phuong-kien-an", "xa-tien-lang", "dac-khu-bach-long-vi"}


# --- the story -----------------------------------------------------------------------------------


def test_files_and_folders_are_the_ones_the_readme_lists() -> None:
    files = yaml_files()
    assert Counter(path.relative_to(SUBMISSIONS).parts[0] for path in files) == FOLDERS
    assert len(files) == 169
    assert all(path.read_text(encoding="utf-8").startswith("# Ví dụ minh họa") for path in files)
    text = README.read_text(encoding="utf-8")
    assert all(f"{folder}/" in text or f"`{folder}`" in text for folder in FOLDERS)


def test_units_without_files_are_listed(report: CheckReport) -> None:
    missing = set(report.units_without_files)
    submitted = {f.unit for f in report.files}
    assert len(submitted) == 24 and len(missing) == 110
    assert not missing & submitted
    by_group = {group: len(missing & set(units)) for group, units in report.plan.members.items()}
    assert by_group == {"city-press": 0, "central-press": 1, "departments": 8, "communes": 101}
    assert {"bao-dau-tu", "so-tu-phap", "phuong-bach-dang", "xa-cam-giang"} <= missing


@pytest.mark.parametrize("which", ["as_of", "late"])
def test_every_rule_has_the_counts_of_the_readme_table(
    report: CheckReport, late: CheckReport, which: str
) -> None:
    table = readme_rule_table()
    checked = report if which == "as_of" else late
    assert list(table) == [rule.id for rule in checked.plan.rules]
    column = 0 if which == "as_of" else 1
    assert status_counts(checked) == {rule: expected[column] for rule, expected in table.items()}


@pytest.mark.parametrize(("which", "story"), [("as_of", STORY_AS_OF), ("late", STORY_LATE)])
def test_results_the_story_names(
    report: CheckReport,
    late: CheckReport,
    which: str,
    story: dict[tuple[str, str, date | None, str | None], tuple[str, float]],
) -> None:
    checked = report if which == "as_of" else late
    for (rule, scope, start, language), (status, actual) in story.items():
        found = result(checked, rule, scope, start, language)
        assert found.status == status and found.actual == pytest.approx(actual), (rule, scope, start)


def test_chuyen_de_an_ninh_misses_eight_weeks_after_the_congress(late: CheckReport) -> None:
    weeks = {r.start: r.status for r in late.results if r.rule == "press-weekly-after"}
    assert len(weeks) == 16
    cdan = {
        r.start: r.status
        for r in late.results
        if r.rule == "press-weekly-after" and r.scope.startswith("chuyen")
    }
    assert sorted(day for day, status in cdan.items() if status == "missed") == CDAN_MISSED_WEEKS
    bao = {r.status for r in late.results if r.rule == "press-weekly-after" and r.scope.startswith("bao")}
    assert bao == {"ok"}


def test_model_units_meet_every_target(report: CheckReport, late: CheckReport) -> None:
    for unit in (*MODEL_UNITS, "phuong-le-chan"):
        closed = [r for r in report.results if r.scope == unit and r.status not in ("pending", "behind")]
        assert closed and {r.status for r in closed} == {"ok"}, unit
    for unit in MODEL_UNITS:
        assert {r.status for r in late.results if r.scope == unit} == {"ok"}, unit


def test_every_rule_has_a_counted_item(plan: Plan, late: CheckReport) -> None:
    assert list(EVERY_RULE) == [rule.id for rule in plan.rules]
    for rule, (scope, start, language, status, actual) in EVERY_RULE.items():
        found = result(late, rule, scope, start, language)
        assert actual > 0 and found.status == status and found.actual == pytest.approx(actual), rule


def test_every_kind_is_logged_and_counted(plan: Plan, late: CheckReport) -> None:
    written = Counter(
        line.strip().removeprefix("kind: ")
        for path in yaml_files()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("kind: ")
    )
    kinds = {kind.id for kind in plan.kinds}
    assert set(written) == kinds | {"artcle"} and written["artcle"] == 1
    tallied = {key[0] for series in late.tally.units.values() for key in series}
    assert tallied == kinds


# --- the README's commands -----------------------------------------------------------------------


def run(args: list[str]) -> tuple[int, str]:
    outcome = CliRunner().invoke(
        app, [*args, "--plan", str(PLAN_PATH)], env={"NO_COLOR": "1", "COLUMNS": "100"}
    )
    return outcome.exit_code, outcome.output


def test_readme_check_command_exits_3_and_reports_every_part(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert f"hpcampaign check submissions/ --as-of {AS_OF.isoformat()}" in README.read_text(encoding="utf-8")
    code, table = run(["check", "submissions/", "--as-of", AS_OF.isoformat()])
    assert code == 3, table
    for name, line, _, _, _ in PLANTED:
        assert f"submissions/{name}:{line}:" in table
    assert "Chưa báo cáo (110 đơn vị)" in table
    code, output = run(["check", "submissions/", "--as-of", AS_OF.isoformat(), "--format", "json"])
    assert code == 3
    document = json.loads(output)
    assert len(document["units_without_files"]) == 110
    assert document["summary"] == {
        "ok": 240,
        "over": 3,
        "behind": 342,
        "missed": 1104,
        "pending": 2181,
        "errors": 5,
        "warnings": 3,
        "after_as_of": 473,  # item entries dated 1 October 2025 or later
    }
    (copied,) = [p for p in document["problems"] if p["code"] == "duplicate-file"]
    assert f"submissions/{COPY}" in copied["message"]


def test_readme_late_command_judges_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert f"hpcampaign check submissions/ --as-of {LATE.isoformat()}" in README.read_text(encoding="utf-8")
    code, output = run(["check", "submissions/", "--as-of", LATE.isoformat(), "--format", "json"])
    assert code == 3
    summary = json.loads(output)["summary"]
    assert summary == {
        "ok": 417,
        "over": 4,
        "behind": 0,
        "missed": 3449,
        "pending": 0,
        "errors": 5,
        "warnings": 3,
        "after_as_of": 0,
    }
    totals = Counter[str]()
    for first_and_late in readme_rule_table().values():
        totals += first_and_late[1]
    assert {status: totals[status] for status in STATUSES} == {s: summary[s] for s in STATUSES}


def test_readme_memo_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    command = f"hpcampaign report submissions/ --phase during --as-of {AS_OF.isoformat()} --format md"
    assert command in README.read_text(encoding="utf-8")
    code, memo = run(command.split()[1:])
    assert code == 0, memo
    difficulties = memo.split("## VIII.")[1].split("## IX.")[0]
    assert "4 đơn vị" in difficulties
    for name in ("Sở Giáo dục và Đào tạo", "Phường Kiến An", "Xã Tiên Lãng", "Đặc khu Bạch Long Vĩ"):
        assert name in difficulties
    assert "| 26/09/2025 | 37 |" in memo and "| 27/09/2025 | 26 |" in memo
