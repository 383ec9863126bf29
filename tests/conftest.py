"""Shared fixtures: the shipped plan, a fixed as-of date, golden files.

Golden files live under ``tests/golden/``; ``pytest --update-goldens`` rewrites them from the
current output (review the diff before committing). Paths inside outputs are normalised by the
tests that produce them, so goldens do not depend on where the repository is checked out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from hpcampaign.plan.load import load_plan
from hpcampaign.plan.model import Plan

ROOT = Path(__file__).resolve().parent.parent
PLAN_PATH = ROOT / "plans" / "haiphong-2025.yaml"
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite golden files from current output")


@pytest.fixture(scope="session")
def plan() -> Plan:
    return load_plan(PLAN_PATH)


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str | bytes], None]:
    """``golden(name, actual)``: compare with ``tests/golden/<name>`` (or rewrite it)."""
    update = bool(request.config.getoption("--update-goldens"))

    def check(name: str, actual: str | bytes) -> None:
        path = GOLDEN / name
        data = actual.encode("utf-8") if isinstance(actual, str) else actual
        if update or not path.exists():
            if not update:
                pytest.fail(f"golden file {path} is missing: run pytest --update-goldens and review it")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            return
        expected = path.read_bytes()
        if isinstance(actual, str):
            assert actual == expected.decode("utf-8"), f"output differs from {path}"
        else:
            assert data == expected, f"output differs from {path}"

    return check


@pytest.fixture(autouse=True)
def _outside_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as on a clerk's machine: a run of this suite inside GitHub Actions must not
    append the tests' summaries to that job's summary, nor make their paths workspace-relative.
    Tests of those features set the variables themselves."""
    for name in ("GITHUB_STEP_SUMMARY", "GITHUB_WORKSPACE", "GITHUB_SERVER_URL", "GITHUB_REPOSITORY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """``check`` caches per-file summaries under the user's cache folder: tests use a folder of
    their own, never the real ``~/.cache``."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
