"""``hpcampaign schema check``: the JSON Schema of ``check --format json`` (SPEC 5 revision 2).

Every JSON ``check`` writes in the suite's typical runs (the fixtures, the shipped submissions,
the cases, the clerks' mistakes, the hostile corpus, the golden file; in Vietnamese and English;
one phase, one unit, a past date) validates against it, with formats checked; a document that
breaks it in any of the ways a reader relies on does not.
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from hpcampaign.cli.app import app
from hpcampaign.outputs.check_schema import json_schema

from .conftest import PLAN_PATH, ROOT

Validator = jsonschema.Draft202012Validator


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    printed = CliRunner().invoke(app, ["schema", "check"])
    assert printed.exit_code == 0, printed.output
    schema = json.loads(printed.stdout)
    assert schema == json_schema()
    Validator.check_schema(schema)
    return Validator(schema, format_checker=Validator.FORMAT_CHECKER)


def errors(validator: jsonschema.protocols.Validator, document: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


def check_json(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["check", *args, "--plan", str(PLAN_PATH), "-f", "json"])
    assert result.exit_code in (0, 1, 3), result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def test_the_shipped_schema_is_the_printed_one() -> None:
    shipped = json.loads((ROOT / "schemas" / "check.schema.json").read_text(encoding="utf-8"))
    assert shipped == json_schema(), "schemas/check.schema.json is stale: run hpcampaign schema check > it"


RUNS = [
    ["tests/fixtures/check", "--as-of", "2025-09-30"],
    ["tests/fixtures/check", "--as-of", "2025-09-30", "--lang", "en"],
    ["tests/fixtures/check"],
    ["submissions"],
    ["submissions", "--lang", "en"],
    ["submissions", "--as-of", "2025-10-05"],
    ["submissions", "--phase", "during"],
    ["submissions", "--unit", "phuong-hong-bang", "--lang", "en"],
    ["tests/clerk_mistakes"],
    ["tests/clerk_mistakes", "--lang", "en"],
    ["tests/corpus/hostile"],
]


@pytest.mark.parametrize("args", RUNS, ids=[" ".join(run) for run in RUNS])
def test_every_typical_run_validates(
    args: list[str], validator: jsonschema.protocols.Validator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    document = check_json(*args)
    assert errors(validator, document) == []


def test_the_runs_cover_what_the_schema_describes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The runs above meet every optional or rare part: languages, voided files, late items, nulls."""
    monkeypatch.chdir(ROOT)
    documents = [check_json(*args) for args in RUNS]
    results = [r for d in documents for r in d["results"]]
    problems = [p for d in documents for p in d["problems"]]
    assert any("language" in r for r in results)
    assert any(r["phase"] is None for r in results) and any(r["max"] is None for r in results)
    assert {p["severity"] for p in problems} == {"error", "warning"}
    assert any(f["voided"] for d in documents for f in d["files"])
    assert any(d["summary"]["after_as_of"] for d in documents)


def test_every_case_validates(
    tmp_path: Path, validator: jsonschema.protocols.Validator, monkeypatch: pytest.MonkeyPatch
) -> None:
    cases = sorted(p for p in (ROOT / "tests" / "cases").iterdir() if (p / "args.txt").is_file())
    assert cases
    monkeypatch.chdir(tmp_path)
    for case in cases:
        shutil.copytree(
            case, tmp_path / case.name, ignore=shutil.ignore_patterns("args.txt", "*.json", "*.md")
        )
        plan = case / "plan.yaml" if (case / "plan.yaml").exists() else PLAN_PATH
        lines = (case / "args.txt").read_text(encoding="utf-8").splitlines()
        args = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
        for lang in ("vi", "en"):
            result = CliRunner().invoke(
                app, ["check", case.name, "--plan", str(plan), "-f", "json", "--lang", lang, *args]
            )
            assert errors(validator, json.loads(result.stdout)) == [], case.name


def test_the_golden_document_validates(validator: jsonschema.protocols.Validator) -> None:
    golden = json.loads((ROOT / "tests" / "golden" / "check" / "json.json").read_text(encoding="utf-8"))
    assert errors(validator, golden) == []


def _drop_plan(d: dict[str, Any]) -> None:
    del d["plan"]


def _another_schema(d: dict[str, Any]) -> None:
    d["schema"] = "hpcampaign.check/2"


def _bad_status(d: dict[str, Any]) -> None:
    d["results"][0]["status"] = "great"


def _bad_date(d: dict[str, Any]) -> None:
    d["results"][0]["from"] = "2025-02-30"


def _unknown_key(d: dict[str, Any]) -> None:
    d["files"][0]["owner"] = "someone"


def _warning_as_error(d: dict[str, Any]) -> None:
    d["problems"].append({**d["problems"][0], "code": "duplicate-item", "severity": "error"})


def _line_zero(d: dict[str, Any]) -> None:
    d["problems"][0]["line"] = 0


def _text_count(d: dict[str, Any]) -> None:
    d["summary"]["ok"] = "3"


def _no_voided(d: dict[str, Any]) -> None:
    del d["files"][0]["voided"]


BREAKS: list[Callable[[dict[str, Any]], None]] = [
    _drop_plan,
    _another_schema,
    _bad_status,
    _bad_date,
    _unknown_key,
    _warning_as_error,
    _line_zero,
    _text_count,
    _no_voided,
]


@pytest.mark.parametrize("breaks", BREAKS, ids=[b.__name__.strip("_") for b in BREAKS])
def test_a_malformed_document_fails(
    breaks: Callable[[dict[str, Any]], None], validator: jsonschema.protocols.Validator
) -> None:
    golden = json.loads((ROOT / "tests" / "golden" / "check" / "json.json").read_text(encoding="utf-8"))
    document = copy.deepcopy(golden)
    breaks(document)
    assert errors(validator, document), breaks.__name__
