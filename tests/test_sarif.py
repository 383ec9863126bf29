"""``check --format sarif``: valid against the official SARIF 2.1.0 schema, within GitHub's subset.

The schema is ``tests/schemas/sarif-schema-2.1.0.json`` (OASIS; provenance in that folder's
README). GitHub's own limits (docs.github.com, "SARIF support for code scanning"): every result
has ``message.text`` and a ``physicalLocation``, rule ids are at most 255 characters, a run holds
at most 25,000 results.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner, Result

from hpcampaign.cli.app import app
from hpcampaign.outputs import check_sarif

from .conftest import ROOT

FIXTURES = "tests/fixtures/check"
AS_OF = "2025-09-27"
SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)


def run(*args: str) -> Result:
    return CliRunner().invoke(app, ["check", *args, "--format", "sarif"])


def sarif(*args: str) -> dict[str, Any]:
    result = run(*args)
    assert result.exit_code in (0, 1, 3), result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def valid(document: dict[str, Any]) -> dict[str, Any]:
    """The document's one run, after checking the document against the schema and GitHub's subset."""
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(document)]
    assert errors == []
    assert document["version"] == "2.1.0"
    [the_run] = document["runs"]
    rules = the_run["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert len(ids) == len(set(ids))
    assert all(len(rule_id) <= 255 for rule_id in ids)
    assert len(the_run["results"]) <= check_sarif.LIMIT
    for entry in the_run["results"]:
        assert entry["message"]["text"]
        assert entry["ruleId"] in ids
        assert ids[entry["ruleIndex"]] == entry["ruleId"]
        assert entry["level"] in ("error", "warning")
        [location] = entry["locations"]
        assert location["physicalLocation"]["artifactLocation"]["uri"]
    return the_run  # type: ignore[no-any-return]


def located(entry: dict[str, Any]) -> tuple[str, str, str, int | None, int | None]:
    physical = entry["locations"][0]["physicalLocation"]
    region = physical.get("region", {})
    return (
        entry["ruleId"],
        entry["level"],
        physical["artifactLocation"]["uri"],
        region.get("startLine"),
        region.get("startColumn"),
    )


# --- the official schema -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(
    "args",
    [
        (FIXTURES, "--as-of", AS_OF),
        (FIXTURES, "--as-of", AS_OF, "--fail-on", "behind"),
        ("submissions", "--as-of", "2025-10-15"),
    ],
    ids=["fixtures", "fixtures-behind", "submissions"],
)
def test_valid_against_the_official_schema(args: tuple[str, ...], lang: str) -> None:
    the_run = valid(sarif(*args, "--lang", lang))
    assert the_run["language"] == lang
    assert the_run["tool"]["driver"]["name"] == "hpcampaign"
    assert "informationUri" not in the_run["tool"]["driver"]
    assert the_run["results"]


def test_the_schema_catches_a_broken_document() -> None:
    document = sarif(FIXTURES, "--as-of", AS_OF)
    del document["runs"][0]["results"][0]["message"]
    assert list(VALIDATOR.iter_errors(document))


# --- what it says ------------------------------------------------------------------------------


def test_problems_on_their_lines() -> None:
    the_run = valid(sarif(FIXTURES, "--as-of", AS_OF))
    found = [located(entry) for entry in the_run["results"]]
    w39 = "tests/fixtures/check/w39"
    assert ("unknown-kind", "error", f"{w39}/bao-va-ptth-hai-phong.yaml", 7, 30) in found
    assert ("unknown-unit", "error", f"{w39}/broken.yaml", 1, 7) in found
    assert ("bad-date", "error", f"{w39}/so-vhttdl.yaml", 5, 12) in found
    assert (
        "duplicate-item",
        "warning",
        "tests/fixtures/check/w38/bao-va-ptth-hai-phong.yaml",
        19,
        5,
    ) in found


def test_rules_describe_codes_and_plan_rules_in_the_run_language() -> None:
    english = valid(sarif(FIXTURES, "--as-of", AS_OF, "--lang", "en"))
    rules = {rule["id"]: rule for rule in english["tool"]["driver"]["rules"]}
    assert rules["unknown-kind"]["defaultConfiguration"]["level"] == "error"
    assert rules["duplicate-item"]["defaultConfiguration"]["level"] == "warning"
    assert rules["bad-date"]["shortDescription"]["text"] == "invalid dates"
    portal = rules["portal-updates"]
    assert portal["properties"]["clause"] == "III.1.2.c, III.2.2.c, III.3.2.c"
    assert portal["properties"]["targetSource"] == "local"
    assert (
        portal["shortDescription"]["text"]
        == "The city portal posts about the Congress every day of the Congress"
    )
    vi = {rule["id"]: rule for rule in valid(sarif(FIXTURES, "--as-of", AS_OF))["tool"]["driver"]["rules"]}
    assert vi["bad-date"]["shortDescription"]["text"] == "ngày không hợp lệ"
    assert vi["portal-updates"]["shortDescription"]["text"] != portal["shortDescription"]["text"]


def test_messages_follow_the_language() -> None:
    def message(lang: str) -> str:
        the_run = valid(sarif(FIXTURES, "--as-of", AS_OF, "--lang", lang))
        return str(next(e["message"]["text"] for e in the_run["results"] if e["ruleId"] == "unknown-kind"))

    assert "không có trong kế hoạch" in message("vi")
    assert "artcle" in message("en") and message("en") != message("vi")


def test_a_failing_result_names_scope_and_period_at_the_plan() -> None:
    the_run = valid(sarif(FIXTURES, "--as-of", AS_OF, "--lang", "en", "--phase", "during"))
    portal = [e for e in the_run["results"] if e["ruleId"] == "portal-updates"]
    assert portal
    entry = portal[0]
    assert entry["level"] == "error"
    assert located(entry) == ("portal-updates", "error", "plans/haiphong-2025.yaml", None, None)
    text = entry["message"]["text"]
    assert "26 Sep 2025" in text and "missed" in text
    assert entry["properties"]["status"] == "missed"


# --- --fail-on ---------------------------------------------------------------------------------


def plan_results(level: str) -> list[tuple[str, str, str, str]]:
    the_run = valid(sarif(FIXTURES, "--as-of", AS_OF, "--fail-on", level))
    assert the_run["properties"]["failOn"] == level
    return [
        (e["ruleId"], e["properties"]["scope"], e["properties"]["from"], e["properties"]["status"])
        for e in the_run["results"]
        if "properties" in e
    ]


def test_fail_on_chooses_the_plan_results() -> None:
    missed, behind, problems = plan_results("missed"), plan_results("behind"), plan_results("problems")
    assert problems == []
    assert missed and {status for *_, status in missed} == {"missed"}
    assert set(missed) < set(behind)
    assert {status for *_, status in behind} == {"missed", "behind"}


# --- paths, limits, safety, bytes --------------------------------------------------------------


def test_paths_are_relative_to_the_repository_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT / "tests")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(ROOT))
    the_run = valid(sarif("fixtures/check", "--as-of", AS_OF, "--plan", "../plans/haiphong-2025.yaml"))
    uris = {e["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for e in the_run["results"]}
    assert "tests/fixtures/check/w39/broken.yaml" in uris
    assert "plans/haiphong-2025.yaml" in uris
    assert all(not uri.startswith(("..", "/")) for uri in uris)


def test_a_problem_without_a_line_is_located_at_its_file(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_bytes(b"\xff\xfe not text \x00\x01")
    (tmp_path / "a b.yaml.txt").write_text("unit: x\n", encoding="utf-8")
    the_run = valid(sarif(str(tmp_path), "--as-of", AS_OF))
    for entry in the_run["results"]:
        physical = entry["locations"][0]["physicalLocation"]
        assert " " not in physical["artifactLocation"]["uri"]
        if entry["ruleId"] == "not-a-submission":
            assert physical["artifactLocation"]["uri"].endswith("/a%20b.yaml.txt")
    assert any("region" not in e["locations"][0]["physicalLocation"] for e in the_run["results"])


def test_the_cap_is_said_in_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check_sarif, "LIMIT", 5)
    the_run = valid(sarif(FIXTURES, "--as-of", AS_OF))
    properties = the_run["properties"]
    assert len(the_run["results"]) == properties["resultsShown"] == 5
    assert properties["resultsTotal"] > 5 and properties["truncated"] is True
    # failing plan results are kept first: a missed target is never what the cap drops
    assert all("properties" in e for e in the_run["results"])


def test_control_characters_are_escaped(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text('unit: "phuong-hong-bang\\e[31m"\nitems: []\n', encoding="utf-8")
    output = run(str(tmp_path), "--as-of", AS_OF).stdout
    assert "\x1b" not in output
    assert "\\u001b" in output
    valid(json.loads(output))


def test_the_same_input_gives_the_same_bytes(tmp_path: Path) -> None:
    first = run(FIXTURES, "--as-of", AS_OF, "--lang", "en").stdout
    second = run(FIXTURES, "--as-of", AS_OF, "--lang", "en").stdout
    assert first == second
    out = tmp_path / "results.sarif"
    result = CliRunner().invoke(
        app, ["check", FIXTURES, "--as-of", AS_OF, "--lang", "en", "--format", "sarif", "-o", str(out)]
    )
    assert result.exit_code == 3
    assert out.read_text(encoding="utf-8") == first


def test_an_empty_run_is_valid(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    the_run = valid(sarif(str(tmp_path / "empty"), "--as-of", AS_OF, "--fail-on", "problems"))
    assert the_run["results"] == []
