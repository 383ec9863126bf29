"""The JSON Schemas shipped for editors are the ones the tool prints for the shipped plan."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from hpcampaign.cli.app import app

from .conftest import PLAN_PATH, ROOT


def test_shipped_schemas_are_up_to_date() -> None:
    for name in ("plan", "submission"):
        printed = CliRunner().invoke(app, ["schema", name, "--plan", str(PLAN_PATH)])
        assert printed.exit_code == 0
        shipped = (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
        assert json.loads(shipped) == json.loads(printed.output), (
            f"schemas/{name}.schema.json is stale: run hpcampaign schema {name} > schemas/{name}.schema.json"
        )
