"""The plan as data: the shipped plan says what the paper plan says; a broken plan is told where."""

from __future__ import annotations

import ast
import csv
import json
import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hpcampaign.cli.app import app
from hpcampaign.plan import schema
from hpcampaign.plan.load import PlanError, load_plan
from hpcampaign.plan.model import Plan
from tests.plan_support import plan_data

from .conftest import PLAN_PATH, ROOT

DATA = Path(__file__).resolve().parent / "data"
SHIPPED = PLAN_PATH.read_text(encoding="utf-8")

#: SPEC 2.2 (revision 2), channel by channel, in the plan's order: the kinds a submission may log.
KINDS = [
    "news", "article", "report", "photo_report", "video_clip", "trailer", "documentary", "radio_report",
    "live_broadcast", "bulletin", "special_page", "leader_article", "magazine_issue",
    "loudspeaker_broadcast", "visual_display", "speaker_session", "notice_board", "grassroots_bulletin",
    "printed_material",
    "portal_section", "portal_post", "social_post", "avatar_campaign",
    "press_conference", "leaflet", "audio_file",
    "unit_plan", "press_registration", "review_report",
]  # fmt: skip

PRESS = ["news", "article", "report", "photo_report", "video_clip"]
PORTALS = ["cong-ttdt-thanh-pho", "so-vhttdl"]
#: "from 2025-08-20 to the end of `before`": the preparation deliverables' window (SPEC 2.3).
PREPARATION = {"from": date(2025, 8, 20), "to_end_of": "before", "reports_under": "before"}

# SPEC 2.3 (revision 2), row by row: id → (clause, scope groups, scope units, aggregate, kinds,
# period, mode, min, max, window (its fields as the plan writes them), platforms, target source).
SPEC_RULES = {
    "press-daily-before": ("III.1.2.a", ["city-press"], [], "combined", PRESS, "day", "every", 10, 15, {"phase": "before"}, None, "projection"),
    "trailer-daily-before": ("III.1.2.a", [], ["bao-va-ptth-hai-phong"], "each", ["trailer"], "day", "every", 1, None, {"phase": "before"}, ["radio", "tv"], "plan"),
    "special-pages": ("I.1, III.1.2.a", ["city-press"], [], "each", ["special_page"], "window", "every", 1, None, PREPARATION, None, "plan"),
    "leaders-series": ("III.1.1", ["city-press"], [], "combined", ["leader_article"], "window", "every", 2, None, {"by_end_of": "before"}, None, "local"),
    "vtv-documentary-before": ("III.1.2.a", [], ["vtv"], "each", ["documentary"], "window", "every", 2, 3, {"phase": "before"}, None, "plan"),
    "vov-report-before": ("III.1.2.a", [], ["vov"], "each", ["radio_report"], "window", "every", 2, 3, {"phase": "before"}, None, "plan"),
    "loudspeaker-before": ("III.1.2.b", ["communes"], [], "each", ["loudspeaker_broadcast"], "window", "average_per_week", 2, 3, {"phase": "before"}, None, "plan"),
    "visual-before": ("III.1.2.b", ["communes"], [], "each", ["visual_display"], "window", "every", 1, None, {"phase": "before"}, None, "local"),
    "visual-city-centre": ("III.1.2.b", [], ["so-vhttdl"], "each", ["visual_display"], "window", "every", 1, None, {"by_end_of": "before"}, ["street"], "local"),
    "portal-section": ("III.1.2.c", ["departments", "communes"], PORTALS, "each", ["portal_section"], "window", "every", 1, None, PREPARATION, None, "plan"),
    "online-weekly": ("III.1.2.c, III.2.2.c, III.3.2.c", ["departments", "communes"], PORTALS, "each", ["portal_post", "social_post"], "week", "every", 1, None, {"phases": ["before", "during", "after", "xiv"]}, None, "local"),
    "press-social-weekly": ("III.1.2.a, III.2.2.a", ["city-press"], [], "each", ["social_post"], "week", "every", 1, None, {"phases": ["before", "during"]}, ["zalo", "facebook", "youtube", "tiktok"], "local"),
    "avatar-campaign": ("III.1.2.c", [], ["so-vhttdl"], "each", ["avatar_campaign"], "window", "every", 1, None, {"by_end_of": "before"}, None, "local"),
    "foreign-languages-before": ("III.1.2.d", [], ["bao-va-ptth-hai-phong"], "each", ["bulletin", "report"], "window", "per_language", 1, None, {"phase": "before"}, None, "plan"),
    "foreign-affairs-central": ("III.1.2.d, III.2.2.d", [], ["vtv", "vov", "ttxvn", "bao-dau-tu"], "each", ["news", "report", "bulletin"], "window", "every", 1, None, {"by_end_of": "during"}, None, "local"),
    "press-conference-before": ("III.1.2.đ", [], ["so-vhttdl"], "each", ["press_conference"], "window", "every", 1, None, {"phase": "before"}, None, "plan"),
    "unit-plans": ("III.1.2.b, V.1, V.2, V.3", ["city-press", "central-press", "departments", "communes"], ["cong-ttdt-thanh-pho"], "each", ["unit_plan"], "window", "every", 1, None, PREPARATION, None, "plan"),
    "press-registration": ("V.1", ["city-press", "central-press"], [], "each", ["press_registration"], "window", "every", 1, None, PREPARATION, None, "plan"),
    "press-daily-during": ("III.2.2.a", ["city-press"], [], "combined", PRESS, "day", "every", 30, 40, {"phase": "during"}, None, "projection"),
    "central-press-coverage": ("III.1.2.a, III.2.2.a", ["central-press"], [], "each", [*PRESS, "special_page"], "window", "every", 1, None, {"by_end_of": "during"}, None, "local"),
    "live-broadcast-during": ("III.2.2.a", [], ["bao-va-ptth-hai-phong"], "each", ["live_broadcast"], "window", "every", 1, None, {"phase": "during"}, ["tv"], "plan"),
    "vtv-documentary-during": ("III.2.2.a", [], ["vtv"], "each", ["documentary"], "window", "every", 2, None, {"phase": "during"}, None, "plan"),
    "vov-report-during": ("III.2.2.a", [], ["vov"], "each", ["radio_report"], "window", "every", 2, None, {"phase": "during"}, None, "plan"),
    "loudspeaker-during": ("III.2.2.b", ["communes"], [], "each", ["loudspeaker_broadcast"], "window", "every", 3, 5, {"from": date(2025, 9, 22), "to": date(2025, 9, 28), "reports_under": "during"}, None, "plan"),
    "foreign-languages-during": ("III.2.2.d", [], ["bao-va-ptth-hai-phong"], "each", ["bulletin", "report"], "window", "per_language", 1, None, {"phase": "during"}, None, "plan"),
    "speaker-sessions": ("III.2.2.đ, V.3", ["communes"], [], "each", ["speaker_session"], "window", "every", 1, None, {"by_end_of": "during"}, None, "local"),
    "leaflet": ("III.2.2.đ", [], ["so-vhttdl"], "each", ["leaflet"], "window", "every", 1, None, {"by_end_of": "during"}, None, "plan"),
    "audio-files": ("III.2.2.đ", [], ["so-vhttdl"], "each", ["audio_file"], "window", "every", 2, None, {"by_end_of": "during"}, None, "plan"),
    "department-online-during": ("V.4.1", [], ["so-vhttdl"], "each", ["portal_post", "social_post"], "day", "every", 1, None, {"phase": "during"}, None, "local"),
    "press-conference-after": ("III.1.2.đ", [], ["so-vhttdl"], "each", ["press_conference"], "window", "every", 1, None, {"from": date(2025, 9, 27), "to_end_of": "after", "reports_under": "after"}, None, "plan"),
    "press-weekly-after": ("III.3.2.a", ["city-press"], [], "each", PRESS, "week", "every", 1, None, {"from": date(2025, 9, 29), "to_end_of": "after", "reports_under": "after"}, None, "local"),
    "loudspeaker-after": ("III.3.2.b", ["communes"], [], "each", ["loudspeaker_broadcast"], "window", "average_per_week", 2, 3, {"phase": "after"}, None, "plan"),
    "visual-after": ("III.3.2.b", ["communes"], [], "each", ["visual_display"], "window", "every", 1, None, {"phase": "after"}, None, "local"),
    "foreign-affairs-after": ("III.3.2.d", [], ["ttxvn", "vov", "bao-nhan-dan", "bao-va-ptth-hai-phong", "cong-ttdt-thanh-pho"], "each", ["news", "report", "bulletin", "portal_post"], "window", "every", 1, None, {"phase": "after"}, None, "local"),
    "portal-updates": ("III.1.2.c, III.2.2.c, III.3.2.c", [], ["cong-ttdt-thanh-pho"], "each", ["portal_post"], "day", "every", 1, None, {"phase": "during"}, None, "local"),
    "review-report": ("III.3.1", [], ["so-vhttdl"], "each", ["review_report"], "window", "every", 1, None, {"from": date(2025, 9, 28), "to": date(2026, 2, 28), "reports_under": "after"}, None, "local"),
    "press-daily-xiv": ("III.4", ["city-press"], [], "combined", PRESS, "day", "every", 10, None, {"phase": "xiv"}, None, "local"),
    "loudspeaker-xiv": ("III.4", ["communes"], [], "each", ["loudspeaker_broadcast"], "window", "every", 3, 5, {"phase": "xiv"}, None, "local"),
}  # fmt: skip

#: "any language but `vi`" (SPEC 2.3): the plan's languages but `vi`.
FOREIGN = ["en", "zh", "ko", "ja", "fr", "ru", "de", "lo", "km", "th"]


def test_every_spec_rule_is_in_the_shipped_plan(plan: Plan) -> None:
    assert len(SPEC_RULES) == 38
    assert [rule.id for rule in plan.rules] == list(SPEC_RULES)
    for rule in plan.rules:
        clause, groups, units, aggregate, kinds, period, mode, low, high, window, platforms, source = (
            SPEC_RULES[rule.id]
        )
        assert rule.clause == clause, rule.id
        assert rule.scope.groups == groups and rule.scope.units == units, rule.id
        assert rule.scope.aggregate == aggregate, rule.id
        assert rule.counts.kinds == kinds, rule.id
        assert rule.counts.platforms == platforms, rule.id
        assert (rule.period, rule.mode, rule.min, rule.max) == (period, mode, low, high), rule.id
        assert rule.target_source == source, rule.id
        shown = schema.Window.model_validate(plan_data(rule.window))
        assert shown.model_dump(by_alias=True, exclude_none=True) == window, rule.id


def test_rules_with_languages_and_durations(plan: Plan) -> None:
    rules = {rule.id: rule for rule in plan.rules}
    for rule_id in ("foreign-languages-before", "foreign-languages-during"):
        assert rules[rule_id].counts.languages == ["zh", "en", "ko", "ja"]
    for rule_id in ("vtv-documentary-before", "vtv-documentary-during"):
        duration = rules[rule_id].counts.duration
        assert duration is not None and (duration.min_minutes, duration.max_minutes) == (10, 15)
    kinds = plan.kind_by_id
    assert kinds["documentary"].duration is not None and kinds["documentary"].duration.max_minutes == 15
    assert kinds["audio_file"].duration is not None and kinds["audio_file"].duration.min_minutes == 5
    for rule_id in ("foreign-affairs-central", "foreign-affairs-after"):
        assert rules[rule_id].counts.languages == FOREIGN
    duration = rules["audio-files"].counts.duration
    assert duration is not None and (duration.min_minutes, duration.max_minutes) == (5, 7)
    # SPEC 2.2 (revision 2): which kinds need no title, which are repeatable, and some labels.
    assert [kind.id for kind in plan.kinds if not kind.title_required] == [
        "loudspeaker_broadcast",
        "visual_display",
        "notice_board",
    ]
    assert [kind.id for kind in plan.kinds if kind.repeatable] == [
        "trailer",
        "live_broadcast",
        "loudspeaker_broadcast",
    ]
    labels = {
        "news": "tin",
        "article": "bài",
        "report": "phóng sự",
        "loudspeaker_broadcast": "lượt phát",
        "special_page": "chuyên trang",
        "portal_section": "chuyên mục trên cổng",
        "bulletin": "bản tin",
        "grassroots_bulletin": "bản tin cơ sở",
    }
    assert {kind_id: kinds[kind_id].label for kind_id in labels} == labels


def test_phases_follow_the_congress_dates(plan: Plan) -> None:
    phases = [(p.id, p.start, p.end) for p in plan.phases]
    assert phases == [
        ("before", date(2025, 9, 1), date(2025, 9, 25)),
        ("during", date(2025, 9, 26), date(2025, 9, 27)),
        ("after", date(2025, 9, 28), date(2026, 1, 18)),
        ("xiv", date(2026, 1, 19), date(2026, 1, 23)),
    ]
    assert "III.4" in SHIPPED and "III.3" in SHIPPED  # the campaign-end disagreement is explained


def test_units_match_the_official_list(plan: Plan) -> None:
    with open(DATA / "haiphong-communes.tsv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert len(rows) == 114
    communes = [u for u in plan.units if "communes" in u.groups]
    assert [(u.id, u.type, u.name) for u in communes] == [(r["id"], r["type"], r["name"]) for r in rows]
    types = [u.type for u in communes]
    assert (types.count("phường"), types.count("xã"), types.count("đặc khu")) == (45, 67, 2)


def test_press_departments_portal_and_department(plan: Plan) -> None:
    members = plan.members
    assert members["city-press"] == ["bao-va-ptth-hai-phong", "chuyen-de-an-ninh-hai-phong"]
    assert members["central-press"] == ["vtv", "vov", "ttxvn", "bao-nhan-dan", "bao-dau-tu"]
    assert len(members["departments"]) == 11
    assert (
        "thanh-tra-thanh-pho" in members["departments"]
        and "van-phong-ubnd-thanh-pho" in members["departments"]
    )
    assert plan.unit_by_id["cong-ttdt-thanh-pho"].groups == []
    assert plan.unit_by_id["so-vhttdl"].name == "Sở Văn hóa, Thể thao và Du lịch"


def test_units_resolve_by_name_with_either_tone_placement(plan: Plan) -> None:
    assert plan.resolve_unit("Phường Thuỷ Nguyên") is plan.unit_by_id["phuong-thuy-nguyen"]
    assert plan.resolve_unit("phường hoà bình") is plan.unit_by_id["phuong-hoa-binh"]
    assert plan.resolve_unit("Xã Cẩm Giàng") is plan.unit_by_id["xa-cam-giang-2"]
    assert plan.resolve_unit("Xã Cẩm Giang") is plan.unit_by_id["xa-cam-giang"]
    assert plan.resolve_unit("Xa Cam Giang") is None  # diacritics are never dropped for matching


def test_no_rule_or_unit_is_known_to_the_code() -> None:
    """The model expresses the plan without rule-specific code: no id of the plan is in the package."""
    literals: set[str] = set()
    for path in (ROOT / "hpcampaign").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        literals.update(
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
        )
    text = "\n".join(literals)
    for name in [*SPEC_RULES, "bao-va-ptth-hai-phong", "vtv", "so-vhttdl", "communes", "city-press"]:
        assert not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text), name


# --- a broken plan is reported with positions ------------------------------------------------


def broken(tmp_path: Path, old: str, new: str) -> tuple[Path, int]:
    """The shipped plan with one text replaced; returns the file and the 1-based line changed."""
    assert old in SHIPPED, old
    text = SHIPPED.replace(old, new, 1)
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    line = SHIPPED[: SHIPPED.index(old)].count("\n") + 1
    return path, line


def problems_of(path: Path) -> list[tuple[int | None, str, str]]:
    with pytest.raises(PlanError) as caught:
        load_plan(path)
    return [(p.line, p.code, p.message("en")) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("scope: {units: [vtv], aggregate: each}", "scope: {units: [vtvv], aggregate: each}", "unit 'vtvv' is not declared in the plan — did you mean 'vtv'?"),
        ("scope: {groups: [communes], aggregate: each}", "scope: {groups: [comunes], aggregate: each}", "group 'comunes' is not declared"),
        ("counts: {kinds: [leaflet]}", "counts: {kinds: [leaflets]}", "kind 'leaflets' is not declared"),
        ("window: {phase: during}", "window: {phase: durin}", "phase 'durin' is not declared"),
        ("    min: 10\n    max: 15", "    min: 15\n    max: 10", "'min' (15) is greater than 'max' (10)"),
        ("    start: 2025-09-26", "    start: 2025-09-25", "phase 'during' must start on 2025-09-26"),
        ("    start: 2025-09-28", "    start: 2025-09-30", "phase 'after' must start on 2025-09-28"),
        ("  - id: trailer-daily-before", "  - id: press-daily-before", "id 'press-daily-before' is used twice in 'rules'"),
        ("  - {id: vov, type:", "  - {id: vtv, type:", "id 'vtv' is used twice in 'units'"),
        ("    target_source: local       # no number", "    target_sourse: local", "unknown field 'target_sourse' — did you mean 'target_source'?"),
        ("    mode: per_language\n    min: 1\n", "    mode: per_language\n    mode: every\n    min: 1\n", "key 'mode' is repeated"),
        ("    period: window\n    mode: average_per_week\n    min: 2\n    max: 3\n\n  - id: visual-before", "    period: day\n    mode: average_per_week\n    min: 2\n    max: 3\n\n  - id: visual-before", "'average_per_week' needs 'period: window'"),
        ("    counts: {kinds: [bulletin, report], languages: [zh, en, ko, ja]}\n    period: window\n    mode: per_language\n", "    counts: {kinds: [bulletin, report]}\n    period: window\n    mode: per_language\n", "'per_language' needs a list"),
        ("window: {by_end_of: before}", "window: {by_end_of: before, phase: before}", "a window names exactly one"),
        ("timezone: Asia/Ho_Chi_Minh", "timezone: Asia/Hai_Phong", "unknown time zone 'Asia/Hai_Phong'"),
        ("timezone: Asia/Ho_Chi_Minh", 'timezone: ""', "unknown time zone ''"),
        ("window: {phases: [before, during]}", "window: {phases: []}", "'phases'"),
        ("  - id: leaflet\n    clause: III.2.2.đ", "  - id: leaflet\n    clause: ''", "'clause' must not be empty"),
        ("  - id: leaflet\n", "  - id: Leaflet\n", "'id' holds only lower-case ASCII letters, digits and '-'"),
        ("    mode: per_language\n    min: 1\n", "    mode: per_langage\n    min: 1\n", "'mode' must be one of: 'every', 'average_per_week', 'per_language' (it is 'per_langage')"),
        ("    min: 10\n    max: 15", "    min: -10\n    max: 15", "'min' must be 0 or more (it is -10)"),
        ("    end: 2025-09-25", "    end: 2025-09-31", "'end' must be a real date, written YYYY-MM-DD (it is '2025-09-31')"),
    ],
)  # fmt: skip
def test_plan_errors_have_positions(tmp_path: Path, old: str, new: str, message: str) -> None:
    path, line = broken(tmp_path, old, new)
    found = problems_of(path)
    assert any(message in text for _, _, text in found), found
    lines = [where for where, _, text in found if message in text]
    last = line + new.count("\n")
    assert all(where is not None and line <= where <= last for where in lines), (lines, line, last)


def test_yaml_errors_in_the_plan(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    assert problems_of(path) == [(1, "schema", "the plan file is empty")]
    path.write_text("format: 1\nmeta: &m {}\n", encoding="utf-8")
    assert problems_of(path)[0][:2] == (2, "unsafe-yaml")
    path.write_text("- a list\n", encoding="utf-8")
    assert problems_of(path)[0][1] == "schema"


def test_cli_reports_an_invalid_plan_with_exit_2(tmp_path: Path) -> None:
    path, line = broken(tmp_path, "counts: {kinds: [leaflet]}", "counts: {kinds: [leaflets]}")
    result = CliRunner().invoke(app, ["plan", "--plan", str(path), "--lang", "en"])
    assert result.exit_code == 2
    assert f"{path}:{line}:" in result.output
    assert "kind 'leaflets' is not declared in the plan — did you mean 'leaflet'?" in result.output
    result = CliRunner().invoke(app, ["check", str(tmp_path), "--plan", str(path)])
    assert result.exit_code == 2
    missing = CliRunner().invoke(app, ["plan", "--plan", str(tmp_path / "nope.yaml"), "--lang", "en"])
    assert missing.exit_code == 2 and "no plan file at" in missing.output


def test_plan_command_shows_every_rule_with_clause() -> None:
    result = CliRunner().invoke(app, ["plan", "--plan", str(PLAN_PATH)])
    assert result.exit_code == 0
    for rule_id, spec in SPEC_RULES.items():
        assert rule_id in result.output
        assert spec[0] in result.output
    assert "01/09/2025" in result.output and "25 ngày" in result.output
    # The three target sources are told apart (SPEC 2.3): the plan's, a projection, a local target.
    assert "III.1.2.a · chỉ tiêu của kế hoạch" in result.output
    assert "III.1.2.a · dự kiến" in result.output and "III.1.1 · chỉ tiêu của Sở" in result.output
    english = CliRunner().invoke(app, ["plan", "--plan", str(PLAN_PATH), "--lang", "en"])
    assert "III.1.1 · the Department's own target" in english.output and "avg 2–3/week" in english.output
    assert "III.1.2.a · projection" in english.output


def test_plan_units_lists_every_unit(plan: Plan) -> None:
    result = CliRunner().invoke(app, ["plan", "--plan", str(PLAN_PATH), "--units"])
    assert result.exit_code == 0
    for unit in plan.units:
        assert unit.id in result.output
    # 2 city press + 5 central press + 11 departments + 114 communes + the portal + the Department.
    assert "134 đơn vị" in result.output
    for row in ("xa-cam-giang-2", "Xã Cẩm Giàng", "thanh-tra-thanh-pho", "dac-khu-bach-long-vi"):
        assert row in result.output, row


def test_schemas_are_json() -> None:
    result = CliRunner().invoke(app, ["schema", "plan"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert {"meta", "phases", "units", "rules"} <= set(schema["properties"])
    result = CliRunner().invoke(app, ["schema", "submission", "--plan", str(PLAN_PATH)])
    assert result.exit_code == 0
    submission = json.loads(result.output)
    assert submission["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    item = submission["$defs"]["Item"]
    # The plan's ids in its order, then their labels (a submission may write either, SPEC 2.2).
    offered = item["properties"]["kind"]["anyOf"][0]["enum"]
    assert offered[: len(KINDS)] == KINDS and len(offered) == 2 * len(KINDS)
    assert offered[len(KINDS) : len(KINDS) + 3] == ["tin", "bài", "phóng sự"]
    assert set(item["required"]) == {"date", "kind"}
    assert set(submission["required"]) == {"unit", "items"}
    assert submission["additionalProperties"] is False and item["additionalProperties"] is False


def test_another_plan_is_a_new_file_not_a_new_release(tmp_path: Path) -> None:
    """A different city's plan with its own units, phases and rule shapes runs end to end."""
    plan_text = """
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
  - {id: two, name: {vi: Hai, en: Two}, clause: "2", start: 2026-03-16, end: 2026-03-22}
groups:
  - {id: towns, name: {vi: Thị trấn, en: Towns}}
units:
  - {id: town-a, type: thị trấn, name: Thị trấn A, groups: [towns]}
  - {id: town-b, type: thị trấn, name: Thị trấn B, groups: [towns]}
channels: [{id: c, name: {vi: C, en: C}}]
kinds: [{id: post, channel: c, name: {vi: Bài, en: Post}}]
languages: [{id: vi, name: {vi: Việt, en: Vietnamese}}]
rules:
  - id: weekly-posts
    clause: "1.a"
    title: {vi: Hai bài mỗi tuần, en: Two posts a week}
    target_source: local
    window: {phases: [one, two]}
    scope: {groups: [towns], aggregate: combined}
    counts: {kinds: [post]}
    period: week
    min: 2
"""
    (tmp_path / "plan.yaml").write_text(plan_text, encoding="utf-8")
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "a.yaml").write_text(
        "unit: Thị trấn A\nitems:\n  - {date: 2026-03-03, kind: post, title: x}\n"
        "  - {date: 2026-03-04, kind: post, title: y}\n  - {date: 2026-03-10, kind: post, title: z}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app,
        ["check", str(folder), "--plan", str(tmp_path / "plan.yaml"), "--as-of", "2026-03-12", "-f", "json"],
    )
    data = json.loads(result.output)
    statuses = [(r["scope"], r["from"], r["status"], r["actual"]) for r in data["results"]]
    assert statuses == [
        ("towns", "2026-03-02", "ok", 2),
        ("towns", "2026-03-09", "behind", 1),
        ("towns", "2026-03-16", "pending", 0),
    ]
    assert data["units_without_files"] == ["town-b"]
    assert result.exit_code == 0


def test_plan_command_lists_what_a_submission_may_write() -> None:
    result = CliRunner().invoke(app, ["plan", "--plan", str(PLAN_PATH)])
    # The table of kinds, after its heading: one row per kind, its id first, in the plan's order.
    table = result.output[result.output.index("Loại tin (kind)") :]
    firsts = [line.split()[0] for line in table.splitlines() if line.strip()]
    assert [word for word in firsts if word in KINDS] == KINDS
    assert "title, duration, 10–15 phút" in result.output
    assert "Nền tảng (platforms): print, online" in result.output and "km (Tiếng Khmer)" in result.output


def test_every_problem_of_a_plan_is_shown_at_once(tmp_path: Path) -> None:
    text = SHIPPED.replace("timezone: Asia/Ho_Chi_Minh", 'timezone: ""', 1)
    text = text.replace("  - id: leaflet\n    clause: III.2.2.đ", "  - id: leaflet\n    clause: ''", 1)
    text = text.replace("window: {phases: [before, during]}", "window: {phases: []}", 1)
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    messages = [message for _, _, message in problems_of(path)]
    assert len(messages) == 3, messages
    assert any("unknown time zone ''" in m for m in messages)
    assert any("the list 'phases' must not be empty" in m for m in messages)
