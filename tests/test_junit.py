"""``check --format junit`` against the Jenkins/Ant schema (``tests/schemas/junit-10.xsd``).

The file must be valid for the strictest readers (Jenkins' xUnit plugin validates it), and GitLab
shows a failure's *text*, not its ``message`` attribute: every problem of severity ``error`` and
every result failing ``--fail-on`` is a ``<failure>`` whose text holds the message. One suite per
file and one per rule, each with the plan used in its ``<properties>``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type information
from typer.testing import CliRunner, Result

from hpcampaign.cli.app import app
from hpcampaign.records import Lang

from .conftest import ROOT

XSD = Path(__file__).resolve().parent / "schemas" / "junit-10.xsd"
FIXTURES = "tests/fixtures/check"
AS_OF = "2025-09-27"
LEVELS = ("missed", "behind", "problems")
LANGS: tuple[Lang, ...] = ("vi", "en")


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.fixture(scope="module")
def schema() -> Any:
    return etree.XMLSchema(etree.parse(str(XSD)))


def run(*args: str) -> Result:
    return CliRunner().invoke(app, ["check", *args])


def valid(schema: Any, text: str) -> Any:
    """The parsed document, after asserting it is valid against the schema."""
    document = etree.fromstring(text.encode("utf-8"))
    if not schema.validate(document):
        errors = schema.error_log
        pytest.fail(f"not valid against junit-10.xsd: {errors}")
    return document


def as_json(*args: str) -> dict[str, object]:
    data: dict[str, object] = json.loads(run(*args, "--format", "json").output)
    return data


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("level", LEVELS)
def test_fixtures_are_valid_with_every_failure_as_text(schema: Any, lang: Lang, level: str) -> None:
    args = (FIXTURES, "--as-of", AS_OF, "--fail-on", level, "--lang", lang)
    result = run(*args, "--format", "junit")
    assert result.exit_code == 3
    root = valid(schema, result.output)
    data = as_json(*args)
    problems = data["problems"]
    results = data["results"]
    assert isinstance(problems, list) and isinstance(results, list)
    failures = list(root.iter("failure"))
    problem_failures = [f for f in failures if f.get("type") not in ("missed", "behind")]
    errors = [p for p in problems if p["severity"] == "error"]
    assert len(problem_failures) == len(errors)
    for problem, failure in zip(errors, problem_failures, strict=True):
        assert failure.get("message") == problem["message"]
        assert (
            failure.text == f"{problem['path']}:{problem['line']}:{problem['column']}: {problem['message']}"
        )
    failing = {"missed": {"missed"}, "behind": {"missed", "behind"}, "problems": set()}[level]
    expected = sum(1 for r in results if r["status"] in failing)
    result_failures = [f for f in failures if f.get("type") in ("missed", "behind")]
    assert len(result_failures) == expected
    assert all(f.text and f.get("message") and f.get("message") in f.text for f in result_failures)
    assert root.get("failures") == str(len(failures)) and root.get("errors") == "0"


def test_one_suite_per_file_and_per_rule_with_the_plan(schema: Any) -> None:
    args = (FIXTURES, "--as-of", AS_OF, "--phase", "during")
    root = valid(schema, run(*args, "--format", "junit").output)
    data = as_json(*args)
    files, results = data["files"], data["results"]
    assert isinstance(files, list) and isinstance(results, list)
    rules = list(dict.fromkeys(r["rule"] for r in results))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == sorted(f["path"] for f in files) + rules
    for suite in suites:
        cases = suite.findall("testcase")
        assert suite.get("tests") == str(len(cases)) and cases
        assert suite.get("failures") == str(len(suite.findall("testcase/failure")))
        found = {p.get("name"): p.get("value") for p in suite.findall("properties/property")}
        assert found == {"plan": "plans/haiphong-2025.yaml", "as-of": AS_OF, "fail-on": "missed"}
    total = sum(int(s.get("tests")) for s in suites)
    assert root.get("tests") == str(total)
    # No attribute the schema does not declare: the location is in the name and the text.
    for case in root.iter("testcase"):
        assert set(case.attrib) <= {"name", "classname"}


@pytest.mark.parametrize("lang", LANGS)
def test_example_submissions_are_valid(schema: Any, lang: Lang) -> None:
    for as_of in ("2025-09-30", "2026-02-28"):
        result = run("submissions", "--as-of", as_of, "--lang", lang, "--format", "junit")
        assert result.exit_code in (1, 3)
        valid(schema, result.output)


def test_a_clean_run_and_an_empty_run_are_valid(schema: Any, tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("unit: so-vhttdl\nitems: []\n", encoding="utf-8")
    common = ("--as-of", "2025-09-05", "--unit", "so-vhttdl", "--format", "junit")
    root = valid(schema, run(str(tmp_path), *common).output)
    assert root.get("failures") == "0"
    empty = tmp_path / "empty"
    empty.mkdir()
    valid(schema, run(str(empty), *common).stdout)  # stdout: the "no files" line is on stderr


def test_hostile_names_stay_valid(schema: Any, tmp_path: Path) -> None:
    name = "x\x1bbad.yaml"
    (tmp_path / name).write_text('unit: "Ph\x01"\nitems: [\n', encoding="utf-8")
    result = run(str(tmp_path), "--as-of", AS_OF, "--format", "junit")
    assert result.exit_code == 3
    root = valid(schema, result.output)
    assert any("\\x1b" in (s.get("name") or "") for s in root.iter("testsuite"))
