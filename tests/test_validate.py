"""One file against the format and the plan: what voids a file, what only excludes an item."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

from hpcampaign.intake.context import context
from hpcampaign.intake.validate import check_file
from hpcampaign.judge.run import CheckOptions, run_check
from hpcampaign.plan.model import Plan
from hpcampaign.records import FileSummary

AS_OF = date(2025, 9, 27)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_malformed_reporter_is_reported_without_voiding_the_file(plan: Plan, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.yaml",
        "unit: so-noi-vu\nreporter: [Nguyễn Văn A, Trần Thị B]\nitems:\n"
        "  - {date: 2025-09-02, kind: social_post, title: a}\n"
        "  - {date: 2025-09-02, kind: artcle, title: b}\n",
    )
    summary = check_file(path, context(plan, AS_OF))
    assert [(p.line, p.code) for p in summary.problems] == [(2, "schema"), (5, "unknown-kind")]
    assert not summary.voided and sum(summary.counted.keyed.count) == 1


def test_a_repeated_reporter_key_still_voids(plan: Plan, tmp_path: Path) -> None:
    path = write(tmp_path, "a.yaml", "unit: vtv\nreporter: A\nreporter: B\nitems: []\n")
    summary = check_file(path, context(plan, AS_OF))
    assert [p.code for p in summary.problems] == ["duplicate-key"] and summary.voided


def test_a_file_that_cannot_be_parsed_still_names_its_unit(plan: Plan, tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.yaml",
        "unit: 'Sở Nội vụ'   # our department\nitems:\n  - date: 2025-09-02\n"
        "    kind: social_post\n    title: Hải Phòng: vươn ra biển\n",
    )
    write(tmp_path, "b.yaml", "items:\n  - [\n")  # no unit line at all
    report = run_check(plan, CheckOptions((tmp_path,), AS_OF))
    assert [(f.unit, f.voided) for f in report.files] == [("so-noi-vu", True), (None, True)]
    assert [(p.code, p.unit) for p in report.problems] == [
        ("yaml-syntax", "so-noi-vu"),
        ("yaml-syntax", None),
    ]
    # A file that cannot be parsed is voided, and its one problem says so (SPEC 3, revision 2).
    assert all(p.message("vi").endswith(" — cả tệp không được tính") for p in report.problems)
    assert "so-noi-vu" not in report.units_without_files
    weekly = [r for r in report.results if r.rule == "online-weekly" and r.scope == "so-noi-vu"]
    assert weekly[0].actual == 0  # the broken file counts nothing


BROADCAST = "unit: vtv\nitems:\n"


def problems(plan: Plan, tmp_path: Path, text: str) -> list[tuple[int | None, str, str]]:
    summary = check_file(write(tmp_path, "x.yaml", text), context(plan, AS_OF))
    return [(p.line, p.code, p.message("en")) for p in summary.problems]


def test_counts_say_what_a_count_is(plan: Plan, tmp_path: Path) -> None:
    item = "  - {date: 2025-09-02, kind: trailer, title: t, count: %s}\n"
    for text in ("5", '"5"', "5.0", "+5", "010"):
        assert problems(plan, tmp_path, BROADCAST + item % text) == [], text
    assert (
        problems(plan, tmp_path, BROADCAST + item % "-1")[0][2]
        == "'count' must be from 1 to 10000 (it is -1)"
    )
    assert (
        problems(plan, tmp_path, BROADCAST + item % "2.5")[0][2]
        == "'count' must be a whole number from 1 to 10000 (it is '2.5')"
    )
    assert (
        problems(plan, tmp_path, BROADCAST + item % "true")[0][2]
        == "'count' must be a whole number from 1 to 10000 (it is 'true')"
    )


def test_an_entry_of_items_that_is_not_an_item(plan: Plan, tmp_path: Path) -> None:
    found = problems(plan, tmp_path, BROADCAST + "  - 5\n  -\n")
    assert found == [
        (3, "schema", "entry 1 of 'items' must be 'key: value' pairs (date, kind, …), not text"),
        (4, "schema", "entry 2 of 'items' must be 'key: value' pairs (date, kind, …), not empty"),
    ]


def test_common_yaml_mistakes_are_explained(plan: Plan, tmp_path: Path) -> None:
    colon = problems(
        plan,
        tmp_path,
        BROADCAST + "  - date: 2025-09-02\n    kind: news\n    title: Hải Phòng: vươn ra biển\n",
    )
    assert colon == [
        (
            5,
            "yaml-syntax",
            "the value of 'title' holds ': ' (a colon and a space): put the whole value in double quotes, "
            'for example title: "Hai Phong: reaching out to the sea" — the whole file is not counted',
        )
    ]
    flow = problems(plan, tmp_path, BROADCAST + "  - {date: 2025-09-02, kind: news\n")
    # Revision 2: at the "{" left open (line 3), not where libyaml gave up (line 4).
    assert flow[0][:2] == (3, "yaml-syntax") and "the '{' opened here is never closed" in flow[0][2]
    start = problems(plan, tmp_path, BROADCAST + "  - {date: 2025-09-02, kind: news, title: @vtv}\n")
    assert start[0][2] == (
        "a value cannot start with '@': put the whole value in double quotes — the whole file is not counted"
    )


def test_a_huge_count_is_a_count_error_not_a_crash(plan: Plan, tmp_path: Path) -> None:
    found = problems(
        plan,
        tmp_path,
        BROADCAST + f'  - {{date: 2025-09-02, kind: trailer, title: t, count: "{"9" * 400}"}}\n',
    )
    assert [(line, code) for line, code, _ in found] == [(3, "schema")]


def test_a_repeated_key_does_not_move_the_positions_of_the_first(plan: Plan, tmp_path: Path) -> None:
    text = (
        BROADCAST
        + "  - date: 2025-09-02\n    kind: trailer\n    platforms: [zz]\n    title: t\n    platforms:\n      - tv\n"
    )
    found = sorted((line, code) for line, code, _ in problems(plan, tmp_path, text))
    assert found == [(5, "unknown-platform"), (7, "duplicate-key")]


def test_problems_are_listed_up_to_a_limit_per_file(plan: Plan, tmp_path: Path) -> None:
    from hpcampaign.intake.validate import MAX_PROBLEMS

    bad = "".join(f"  - {{date: 2025-09-02, kind: artcl, title: t{n}}}\n" for n in range(MAX_PROBLEMS + 500))
    good = "  - {date: 2025-09-02, kind: trailer, title: ok}\n"
    summary = check_file(write(tmp_path, "x.yaml", BROADCAST + good + bad + good), context(plan, AS_OF))
    assert len(summary.problems) == MAX_PROBLEMS + 1
    assert [p.line for p in summary.problems[:2]] == [4, 5]  # in the order of the file
    last = summary.problems[-1]
    assert (last.code, last.line) == ("schema", 4 + MAX_PROBLEMS)
    assert last.message("en").startswith("500 more problems in this file from here are not listed")
    assert sum(summary.counted.keyed.count) == 2  # the good items still count


def test_a_list_inside_an_item_holds_at_most_a_thousand_entries(plan: Plan, tmp_path: Path) -> None:
    many = ", ".join(["tv"] * 1001)
    found = problems(
        plan, tmp_path, BROADCAST + f"  - {{date: 2025-09-02, kind: news, title: t, platforms: [{many}]}}\n"
    )
    assert [(line, code) for line, code, _ in found] == [(3, "too-large")]
    ok = ", ".join(["tv"] * 1000)
    assert (
        problems(
            plan, tmp_path, BROADCAST + f"  - {{date: 2025-09-02, kind: news, title: t, platforms: [{ok}]}}\n"
        )
        == []
    )
    keys = ", ".join(f"k{n}: 1" for n in range(1001))
    assert problems(plan, tmp_path, BROADCAST + f"  - {{date: 2025-09-02, {keys}}}\n")[0][1] == "too-large"


def test_long_values_are_quoted_short(plan: Plan, tmp_path: Path) -> None:
    ((_, _, message),) = problems(
        plan, tmp_path, BROADCAST + f"  - {{date: 2025-09-02, kind: {'x' * 500}, title: t}}\n"
    )
    assert len(message) < 200 and "…" in message


# --- revision 2: today and the as-of date, voided files, difficulties ------------------------------

LOUDSPEAKER = "unit: xa-an-lao\nitems:\n"


def test_future_means_after_today_and_after_the_as_of_date_is_only_not_counted(
    plan: Plan, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "a.yaml",
        LOUDSPEAKER
        + "  - {date: 2025-09-27, kind: loudspeaker_broadcast, count: 2}\n"  # line 3: the as-of date
        + "  - {date: 2025-09-28, kind: loudspeaker_broadcast, count: 5}\n"  # line 4: after it
        + "  - {date: 2025-10-01, kind: loudspeaker_broadcast}\n"  # line 5: today itself
        + "  - {date: 2025-10-02, kind: loudspeaker_broadcast}\n",  # line 6: after today
    )
    sep27, sep28, oct1 = (
        date(2025, 9, 27).toordinal(),
        date(2025, 9, 28).toordinal(),
        date(2025, 10, 1).toordinal(),
    )
    summary = check_file(path, context(plan, AS_OF, today=date(2025, 10, 1)))
    # Only the item after today is wrong (an error): nobody can have published it yet.
    assert [(p.line, p.code, p.severity) for p in summary.problems] == [(6, "future-date", "error")]
    assert summary.problems[0].message("vi") == (
        "ngày 02/10/2025 chưa đến (hôm nay là 01/10/2025): chưa thể đăng — hãy sửa lại ngày"
    )
    # Lines 4 and 5 are after the as-of date, not after today: not counted, not wrong, and
    # counted as entries (2), not by their count (5 + 1).
    assert summary.after_as_of == 2 and not summary.voided
    assert summary.counted.counts == {(sep27, "loudspeaker_broadcast", "vi", -1, 0): 2}
    # As of today: lines 3–5 count (2 + 5 + 1); line 6 is still in the future.
    summary = check_file(path, context(plan, date(2025, 10, 1), today=date(2025, 10, 1)))
    assert [(p.line, p.code) for p in summary.problems] == [(6, "future-date")] and summary.after_as_of == 0
    assert summary.counted.counts == {
        (sep27, "loudspeaker_broadcast", "vi", -1, 0): 2,
        (sep28, "loudspeaker_broadcast", "vi", -1, 0): 5,
        (oct1, "loudspeaker_broadcast", "vi", -1, 0): 1,
    }
    # Re-run as of 27/9 a year later: no problem at all; lines 4, 5 and 6 are after the as-of date.
    summary = check_file(path, context(plan, AS_OF, today=date(2026, 10, 1)))
    assert summary.problems == [] and summary.after_as_of == 3
    assert summary.counted.counts == {(sep27, "loudspeaker_broadcast", "vi", -1, 0): 2}


def test_after_as_of_reaches_the_report(plan: Plan, tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", LOUDSPEAKER + "  - {date: 2025-09-28, kind: loudspeaker_broadcast, count: 4}\n")
    write(tmp_path, "b.yaml", "unit: vtv\nitems:\n  - {date: 2025-09-30, kind: news, title: t}\n")
    report = run_check(plan, CheckOptions((tmp_path,), AS_OF, today=date(2025, 10, 1)))
    assert [(f.unit, f.after_as_of) for f in report.files] == [("xa-an-lao", 1), ("vtv", 1)]
    assert report.problems == [] and report.tally.units == {}


def test_a_voided_file_reports_its_item_problems_and_says_it_is_voided(plan: Plan, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.yaml",
        "unit: phuong-hong-bag\nitems:\n"
        "  - {date: 2025-09-02, kind: artcle, title: a}\n"
        "  - {date: 31/09/2025, kind: news, title: b}\n"
        "  - {date: 2025-09-03, kind: news, title: c}\n",
    )
    summary = check_file(path, context(plan, AS_OF))
    assert summary.voided and summary.unit is None
    assert [(p.line, p.code) for p in summary.problems] == [
        (1, "unknown-unit"),
        (3, "unknown-kind"),
        (4, "bad-date"),
    ]
    first, *others = [p.message("vi") for p in summary.problems]
    assert first.endswith(" — cả tệp không được tính")
    assert not any("cả tệp" in message for message in others)
    # The good item (line 5) counts nothing either.
    assert summary.counted.counts == {} and len(summary.counted.keyed) == 0


VOIDS = " — the whole file is not counted"


@pytest.mark.parametrize(
    ("text", "voiding"),
    [
        # two problems that void: the first in the file says so, the other does not
        (
            "unit: vtv\nperiod: {from: 2025-09-01}\nsource: x\nitems: []\n",
            [(2, "schema"), (3, "unknown-field")],
        ),
        (
            "unit: phuong-hong-bag\nperiod: {from: 2025-09-01}\nitems: []\n",
            [(1, "unknown-unit"), (2, "schema")],
        ),
        # the unit named after the items: its problem is the one that voids
        (
            "items:\n  - {date: 2025-09-02, kind: news, title: a}\nunit: phuong-hong-bag\n",
            [(3, "unknown-unit")],
        ),
    ],
    ids=["period-then-unknown-field", "unknown-unit-then-period", "unit-after-the-items"],
)
def test_the_first_problem_that_voids_a_file_says_so(
    plan: Plan, tmp_path: Path, text: str, voiding: list[tuple[int, str]]
) -> None:
    write(tmp_path, "a.yaml", text)
    report = run_check(plan, CheckOptions((tmp_path,), AS_OF))
    assert report.files[0].voided
    # In the order every output lists them (by line): only the first of those that void says so.
    assert [(p.line, p.code) for p in report.problems] == voiding
    said = [p.message("en").endswith(VOIDS) for p in report.problems]
    assert said == [True] + [False] * (len(voiding) - 1)


def test_difficulties_are_read_into_the_summary(plan: Plan, tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Loa ở thôn 3 hỏng, đang sửa")
    path = write(
        tmp_path,
        "a.yaml",
        f"unit: xa-an-lao\nitems: []\ndifficulties:\n  - {decomposed}\n  - 'Thiếu kinh phí: in pano'\n",
    )
    summary = check_file(path, context(plan, AS_OF))
    assert summary.problems == [] and not summary.voided
    # In file order, normalised to NFC like every text of a submission.
    assert summary.difficulties == ("Loa ở thôn 3 hỏng, đang sửa", "Thiếu kinh phí: in pano")
    none = check_file(write(tmp_path, "b.yaml", "unit: xa-an-lao\nitems: []\n"), context(plan, AS_OF))
    assert none.difficulties == ()


def test_a_malformed_difficulties_value_is_reported_without_voiding_the_file(
    plan: Plan, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "a.yaml",
        "unit: xa-an-lao\ndifficulties: {loa: hỏng}\nitems:\n"
        "  - {date: 2025-09-03, kind: loudspeaker_broadcast, count: 2}\n",
    )
    summary = check_file(path, context(plan, AS_OF))
    assert [(p.line, p.code, p.severity) for p in summary.problems] == [(2, "schema", "error")]
    assert not summary.problems[0].message("vi").endswith("cả tệp không được tính")
    assert not summary.voided and summary.unit == "xa-an-lao" and summary.difficulties == ()
    assert summary.counted.counts == {(date(2025, 9, 3).toordinal(), "loudspeaker_broadcast", "vi", -1, 0): 2}


# --- names looked up once per spelling, counter keys kept once (intake.context.Context) ---------

_SPELLINGS = """\
format: 1
unit: phuong-hong-bang
items:
  - {date: 2025-09-29, kind: news, title: Một, url: "https://a.vn/1", platforms: [portal, facebook]}
  - {date: 2025-09-29, kind: tin, title: Hai, url: "https://a.vn/2", platforms: [portal, facebook]}
  - {date: 2025-09-29, kind: "Tin\\u200b", title: Ba, url: "https://a.vn/3", platforms: [facebook, portal]}
  - {date: 2025-09-29, kind: tin, title: Bốn, url: "https://a.vn/4", language: "EN\\u200b"}
  - {date: 2025-09-29, kind: tin, title: Năm, url: "https://a.vn/5", language: "EN\\u200b"}
  - {date: 2025-09-29, kind: tin, title: Sáu, url: "https://a.vn/6", platforms: [portl]}
  - {date: 2025-09-29, kind: tin, title: Bảy, url: "https://a.vn/7", platforms: [portl]}
  - {date: 2025-09-29, kind: newz, title: Tám, url: "https://a.vn/8"}
  - {date: 2025-09-29, kind: newz, title: Chín, url: "https://a.vn/9"}
"""


def _summaries(
    plan: Plan, paths: list[Path], limit: int, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[FileSummary], int]:
    from hpcampaign.intake import plain, validate

    monkeypatch.setattr(validate, "MAX_NAMES", limit)
    monkeypatch.setattr(plain, "MAX_KEYS", limit)
    monkeypatch.setattr(plain, "MAX_SPELLINGS", limit)
    ctx = context(plan, date(2025, 9, 30), date(2025, 10, 1))
    found = [check_file(path, ctx) for path in paths]
    assert len(ctx.names) <= limit and len(ctx.keys) <= limit and len(ctx.spellings) <= limit
    return found, len(ctx.names)


def test_names_remembered_or_not_give_the_same_summaries(
    plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from .conftest import ROOT

    paths = [write(tmp_path, "spellings.yaml", _SPELLINGS), *sorted((ROOT / "submissions").rglob("*.yaml"))]
    remembered, kept = _summaries(plan, paths, 4096, monkeypatch)
    forgotten, none = _summaries(plan, paths, 0, monkeypatch)
    assert remembered == forgotten and none == 0
    # A counter key met in two files is one object: what summaries keep is shared.
    shared = {id(key) for summary in remembered for key in summary.counted.counts}
    distinct = {key for summary in remembered for key in summary.counted.counts}
    assert len(shared) == len(distinct) < sum(len(summary.counted.counts) for summary in remembered)
    # Only spellings without a problem are remembered: here, four (items 4 and 5 share one).
    alone, kept_alone = _summaries(plan, paths[:1], 4096, monkeypatch)
    assert kept_alone == 4
    problems = [(p.line, p.code) for p in alone[0].problems]
    assert problems == [
        (9, "unknown-platform"),
        (10, "unknown-platform"),
        (11, "unknown-kind"),
        (12, "unknown-kind"),
    ]
    counted = alone[0].counted
    assert sorted({key[1:3] for key in counted.keys}) == [("news", "en"), ("news", "vi")]
    assert kept >= kept_alone


def test_the_names_remembered_are_bounded(
    plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "spellings.yaml", _SPELLINGS)
    full, kept = _summaries(plan, [path], 2, monkeypatch)
    assert kept == 2
    assert full == _summaries(plan, [path], 0, monkeypatch)[0]
