"""Rule modes and window kinds are strategies: adding one is a class and a line (ARCHITECTURE.md).

These tests follow ARCHITECTURE.md as a newcomer would: a mode of their own (here, "at most N
a week on average", judged on the busiest week) is one class and one entry of ``MODES``; a plan
that names it loads, runs end to end, and its memo shape and target words come from the class.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hpcampaign.intake.context import context
from hpcampaign.intake.validate import check_data
from hpcampaign.judge.engine import evaluate
from hpcampaign.judge.tally import build
from hpcampaign.load.findings import Finding
from hpcampaign.plan import modes
from hpcampaign.plan.load import PlanError, json_schema, load_plan
from hpcampaign.plan.model import Rule
from hpcampaign.plan.windows import WINDOWS, kind_of

PLAN = """
meta:
  title: {vi: Kế hoạch thử, en: Test plan}
  parent_body: {vi: UBND TỈNH X, en: X PROVINCE}
  issuer: {vi: SỞ X, en: X DEPARTMENT}
  issuer_code: SX
  office: {vi: Phòng X, en: X office}
  place: Thành phố X
  signer: {title: {vi: GIÁM ĐỐC, en: DIRECTOR}, name: A}
phases:
  - {id: one, name: {vi: Một, en: One}, clause: "1", start: 2026-03-02, end: 2026-03-15}
units:
  - {id: town-a, type: thị trấn, name: Thị trấn A}
channels: [{id: c, name: {vi: C, en: C}}]
kinds: [{id: post, channel: c, name: {vi: Bài, en: Post}}]
languages: [{id: vi, name: {vi: Việt, en: Vietnamese}}]
rules:
  - id: doubled-posts
    clause: "1.a"
    title: {vi: Bài, en: Posts}
    target_source: local
    window: {phase: one}
    scope: {units: [town-a], aggregate: each}
    counts: {kinds: [post]}
    period: window
    mode: MODE
    min: 6
"""


class Doubled(modes.Mode):
    """A mode of a newcomer's own: every item counts twice (say, a joint publication)."""

    name = "doubled"

    def value(self, count: int, start: date, end: date, as_of: date) -> tuple[float, float]:
        return 2 * count, 2 * count

    def findings(self, rule: Rule, loc: tuple[str | int, ...]) -> list[Finding]:  # type: ignore[override]
        return []

    def target(self, rule: Rule, core: str, lang: str) -> str:
        return f"{core} (tính đôi)" if lang == "vi" else f"{core} (counted twice)"


@pytest.fixture
def doubled(monkeypatch: pytest.MonkeyPatch) -> modes.Mode:
    mode = Doubled()
    monkeypatch.setitem(modes.MODES, mode.name, mode)  # the one line a new mode adds
    return mode


def test_a_new_mode_is_one_class_and_one_line(tmp_path: Path, doubled: modes.Mode) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN.replace("MODE", "doubled"), encoding="utf-8")
    plan = load_plan(path)
    items = "".join(f"  - {{date: 2026-03-0{n}, kind: post, title: B{n}}}\n" for n in (2, 3, 4))
    summary = check_data(
        "a.yaml", f"unit: town-a\nitems:\n{items}".encode(), context(plan, date(2026, 3, 20))
    )
    assert summary.problems == []
    (result,) = evaluate(plan, build([summary]), date(2026, 3, 20))
    # Three posts, counted twice: 6 against a minimum of 6.
    assert (result.actual, result.status) == (6, "ok")
    rule = plan.rules[0]
    assert modes.mode_of(rule).target(rule, "6", "vi") == "6 (tính đôi)"
    assert modes.mode_of(rule).shape(rule) == "window"
    assert "doubled" in json_schema()["$defs"]["Rule"]["properties"]["mode"]["enum"]


def test_an_unknown_mode_is_a_plan_error_naming_the_modes(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN.replace("MODE", "doubel"), encoding="utf-8")
    with pytest.raises(PlanError) as error:
        load_plan(path)
    (problem,) = error.value.problems
    assert (problem.line, problem.code) == (26, "schema")
    assert problem.message("en") == (
        "'mode' must be one of: 'every', 'average_per_week', 'per_language' (it is 'doubel')"
    )


@pytest.mark.parametrize(
    ("mode", "count", "value", "actual"),
    [
        ("every", 8, 8, 8),
        # 8 over the 25 days of a closed window: 8 ÷ (25/7) = 2.2400…, reported 2.24.
        ("average_per_week", 8, 8 / (25 / 7), 2.24),
        ("per_language", 3, 3, 3),
    ],
)
def test_each_shipped_mode_values_a_count(mode: str, count: int, value: float, actual: float) -> None:
    got = modes.MODES[mode].value(count, date(2025, 9, 1), date(2025, 9, 25), date(2025, 10, 1))
    assert got == pytest.approx((value, actual))


def test_an_open_average_counts_the_days_so_far() -> None:
    # Open on its 7th day: 3 items in one week so far is 3 a week.
    value, actual = modes.MODES["average_per_week"].value(
        3, date(2025, 9, 1), date(2025, 9, 25), date(2025, 9, 7)
    )
    assert (value, actual) == (3.0, 3.0)


def test_every_window_kind_is_registered_under_its_name() -> None:
    assert sorted(WINDOWS) == ["by_end_of", "dates", "phase", "phases"]
    from hpcampaign.plan.model import Window

    nothing = dict.fromkeys(Window.fields())
    by_end = Window(**{**nothing, "by_end_of": "one"})
    phases = Window(**{**nothing, "phases": ["a", "b"]})
    assert kind_of(by_end).label(by_end, "vi") == "đến hết one"
    assert kind_of(phases).label(phases, "en") == "a+b"


DATED_RULE = """
  - id: dated
    clause: "1.b"
    title: {vi: Họp báo, en: Press conference}
    target_source: plan
    window: WINDOW
    scope: {units: [town-a], aggregate: each}
    counts: {kinds: [post]}
    period: PERIOD
    min: 1
"""


def _dated_plan(tmp_path: Path, window: str, period: str = "window") -> Path:
    text = PLAN.replace("MODE", "every") + DATED_RULE.replace("WINDOW", window).replace("PERIOD", period)
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_window_of_dates_may_end_with_a_phase_and_reports_under_one(tmp_path: Path) -> None:
    # From the day before phase one starts (a preparation deliverable) to the end of phase one.
    plan = load_plan(_dated_plan(tmp_path, "{from: 2026-02-20, to_end_of: one, reports_under: one}"))
    rule = plan.rules[1]
    assert kind_of(rule.window).frame(plan, rule.window) == (date(2026, 2, 20), date(2026, 3, 15), "one")
    # The campaign spans the phases and every window: it starts on 20/02 now.
    assert (plan.start, plan.end) == (date(2026, 2, 20), date(2026, 3, 15))
    assert (
        kind_of(rule.window).label(rule.window, "vi")
        == "từ 20/02/2026 đến hết one, báo cáo vào giai đoạn one"
    )
    items = "  - {date: 2026-02-25, kind: post, title: Sớm}\n"
    summary = check_data(
        "a.yaml", f"unit: town-a\nitems:\n{items}".encode(), context(plan, date(2026, 3, 20))
    )
    assert summary.problems == []  # inside the campaign, which the window extended
    dated = [r for r in evaluate(plan, build([summary]), date(2026, 3, 20)) if r.rule == "dated"]
    assert [(r.phase, r.start, r.end, r.actual, r.status) for r in dated] == [
        ("one", date(2026, 2, 20), date(2026, 3, 15), 1, "ok")
    ]


def test_a_window_of_dates_keeps_its_own_weeks(tmp_path: Path) -> None:
    # A Congress week inside phase one, judged as its own week (Monday 9/3 to Sunday 15/3).
    plan = load_plan(_dated_plan(tmp_path, "{from: 2026-03-09, to: 2026-03-15, reports_under: one}", "week"))
    (result,) = [r for r in evaluate(plan, build([]), date(2026, 3, 20)) if r.rule == "dated"]
    assert (result.start, result.end, result.status) == (date(2026, 3, 9), date(2026, 3, 15), "missed")


@pytest.mark.parametrize(
    ("window", "message"),
    [
        ("{from: 2026-03-09, reports_under: one}", "a window of dates needs 'from'"),
        ("{from: 2026-03-09, to: 2026-03-15}", "a window of dates needs 'from'"),
        ("{phase: one, from: 2026-03-09, to: 2026-03-15, reports_under: one}", "exactly one of"),
        ("{from: 2026-03-09, to_end_of: too, reports_under: one}", "phase 'too' is not declared"),
        (
            "{from: 2026-03-16, to: 2026-03-15, reports_under: one}",
            "the window ends (2026-03-15) before it starts",
        ),
    ],
)
def test_a_wrong_window_of_dates_is_a_plan_error(tmp_path: Path, window: str, message: str) -> None:
    with pytest.raises(PlanError) as error:
        load_plan(_dated_plan(tmp_path, window))
    said = [problem.message("en") for problem in error.value.problems]
    assert any(message in text for text in said), said


KINDS_WITH_LABELS = """
kinds:
  - {id: post, channel: c, name: {vi: Bài, en: Post}, label: bài}
  - {id: trailer, channel: c, name: {vi: Trailer, en: Trailer}, label: trailer, repeatable: true}
  - {id: article, channel: c, name: {vi: Bài viết, en: Article}, label: BÀI}
"""


def test_kinds_carry_a_label_and_a_repeatable_flag(tmp_path: Path) -> None:
    text = PLAN.replace("MODE", "every").replace(
        "kinds: [{id: post, channel: c, name: {vi: Bài, en: Post}}]",
        KINDS_WITH_LABELS.strip("\n").rsplit("\n", 1)[0],
    )
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    plan = load_plan(path)
    assert [(k.id, k.label, k.repeatable) for k in plan.kinds] == [
        ("post", "bài", False),
        ("trailer", "trailer", True),
    ]


def test_two_kinds_may_not_share_a_label(tmp_path: Path) -> None:
    # "BÀI" is "bài" in another case: a submission could not tell which kind it names.
    text = PLAN.replace("MODE", "every").replace(
        "kinds: [{id: post, channel: c, name: {vi: Bài, en: Post}}]", KINDS_WITH_LABELS.strip("\n")
    )
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlanError) as error:
        load_plan(path)
    (problem,) = error.value.problems
    assert (problem.line, problem.column) == (18, 73)
    assert (
        problem.message("en") == "the label 'BÀI' is already the kind 'post''s: each kind needs its own label"
    )


PLATFORMS = (
    "languages: [{id: vi, name: {vi: Việt, en: Vietnamese}}]\nplatforms: [{id: tv, name: {vi: TV, en: TV}}]"
)


def _plan_text(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = PLAN.replace("MODE", "every").replace(
        "languages: [{id: vi, name: {vi: Việt, en: Vietnamese}}]", PLATFORMS
    )
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_rule_may_count_by_platform(tmp_path: Path) -> None:
    plan = load_plan(
        _plan_text(tmp_path, ("counts: {kinds: [post]}", "counts: {kinds: [post], platforms: [tv]}"))
    )
    (rule,) = plan.rules
    assert rule.counts.platforms == ["tv"] and plan.platform_mask(rule) == 1  # the plan's first platform


def test_an_unknown_platform_of_a_rule_is_a_plan_error_at_its_place(tmp_path: Path) -> None:
    path = _plan_text(tmp_path, ("counts: {kinds: [post]}", "counts: {kinds: [post], platforms: [tivi]}"))
    with pytest.raises(PlanError) as error:
        load_plan(path)
    (problem,) = error.value.problems
    # Line 25 of the file (its first line is empty; `platforms:` added at 17 moves `counts` to 25);
    # "    counts: {kinds: [post], platforms: [" is 40 characters, so 'tivi' starts at column 41.
    assert (problem.line, problem.column) == (25, 41)
    assert problem.message("en") == "platform 'tivi' is not declared in the plan — did you mean 'tv'?"
    assert problem.message("vi") == "nền tảng 'tivi' chưa được khai báo trong kế hoạch — có phải 'tv'?"


def test_a_target_source_is_one_of_three(tmp_path: Path) -> None:
    projected = load_plan(_plan_text(tmp_path, ("target_source: local", "target_source: projection")))
    assert projected.rules[0].target_source == "projection"
    with pytest.raises(PlanError) as error:
        load_plan(_plan_text(tmp_path, ("target_source: local", "target_source: estimate")))
    (problem,) = error.value.problems
    assert (problem.line, problem.column) == (22, 20)  # "    target_source: " is 19 characters
    assert "'plan'" in problem.message("en") and "'projection'" in problem.message("en")
