"""One file against the format and the plan: what voids a file, what only excludes an item."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hpcampaign.intake.validate import check_file, context
from hpcampaign.judge.run import CheckOptions, run_check
from hpcampaign.plan.model import Plan

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
    assert "so-noi-vu" not in report.units_without_files
    weekly = [r for r in report.results if r.rule == "social-weekly" and r.scope == "so-noi-vu"]
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
            "a value holds ': ' (a colon and a space): put the whole value in double quotes, "
            'for example title: "Hai Phong: reaching out to the sea"',
        )
    ]
    flow = problems(plan, tmp_path, BROADCAST + "  - {date: 2025-09-02, kind: news\n")
    assert flow[0][1] == "yaml-syntax" and "closing ']' / '}' is missing" in flow[0][2]
    start = problems(plan, tmp_path, BROADCAST + "  - {date: 2025-09-02, kind: news, title: @vtv}\n")
    assert start[0][2] == "a value cannot start with '@': put the whole value in double quotes"


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
