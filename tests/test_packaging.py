"""The package as pip and build make it (SPEC 5 revision 2): a clean wheel and an sdist whose tests run.

Both are built without the network, by setuptools' PEP 517 backend in this interpreter (what
``python -m build --no-isolation`` and ``pip wheel --no-build-isolation`` call), and their output
must carry no deprecation warning (the license table form, for one, stops building in 2027). The
wheel is installed into a fresh virtual environment and run from an empty folder: ``check``,
``report``, ``schema`` and ``new`` work there with the plan inside the package.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from .conftest import ROOT

SUBMISSION = """unit: phuong-hong-bang
items:
  - {date: 2025-09-02, kind: loudspeaker_broadcast, count: 4}
"""

BUILD = """import sys
from setuptools import build_meta

out = sys.argv[1]
print(build_meta.build_sdist(out))
print(build_meta.build_wheel(out))
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """The sdist, the wheel, and everything the build said."""
    out = tmp_path_factory.mktemp("dist")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    result = subprocess.run(
        [sys.executable, "-c", BUILD, str(out)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    (sdist,) = out.glob("hpcampaign-*.tar.gz")
    (wheel,) = out.glob("hpcampaign-*.whl")
    return sdist, wheel, result.stdout + result.stderr


def test_the_build_requirement_is_bounded_and_met_here() -> None:
    """The build above used this setuptools: it must be one [build-system] allows, which PEP 639 needs."""
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"][
        "requires"
    ]
    (setuptools,) = (Requirement(r) for r in requires if r.startswith("setuptools"))
    assert setuptools.specifier.contains(metadata.version("setuptools"))
    assert not setuptools.specifier.contains("77.0.2") and not setuptools.specifier.contains("999")


def test_the_build_warns_of_nothing_deprecated(built: tuple[Path, Path, str]) -> None:
    log = built[2]
    assert "deprecat" not in log.lower(), log
    assert "SetuptoolsWarning" not in log, log


def test_the_wheel_carries_the_plan_and_the_license(built: tuple[Path, Path, str]) -> None:
    with zipfile.ZipFile(built[1]) as wheel:
        names = set(wheel.namelist())
        (metadata,) = (n for n in names if n.endswith(".dist-info/METADATA"))
        fields = wheel.read(metadata).decode()
    assert "hpcampaign/plan/haiphong-2025.yaml" in names
    assert "hpcampaign/py.typed" in names
    assert "hpcampaign-0.1.0.dist-info/licenses/LICENSE" in names
    assert "License-Expression: MIT" in fields
    assert "License-File: LICENSE" in fields
    assert "Classifier: Natural Language :: Vietnamese" in fields
    assert not any(name.startswith("tests/") for name in names)


def test_the_sdist_carries_the_tests_and_what_they_read(built: tuple[Path, Path, str]) -> None:
    with tarfile.open(built[0]) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    for needed in (
        "LICENSE",
        "README.md",
        "ARCHITECTURE.md",
        "MANIFEST.in",
        "tests/conftest.py",
        "tests/golden/check/json.json",
        "plans/haiphong-2025.yaml",
        "schemas/submission.schema.json",
        "examples/github-actions.yml",
    ):
        assert needed in names, needed
    for folder in (
        "tests/fixtures/",
        "tests/cases/",
        "tests/clerk_mistakes/",
        "tests/corpus/",
        "submissions/",
    ):
        assert any(name.startswith(folder) for name in names), folder
    assert not any("__pycache__" in name or name.startswith("benchmarks/corpus/") for name in names)


def test_the_sdist_s_own_tests_run(built: tuple[Path, Path, str], tmp_path: Path) -> None:
    with tarfile.open(built[0]) as sdist:
        sdist.extractall(tmp_path, filter="data")
    (tree,) = tmp_path.glob("hpcampaign-*")
    env = os.environ | {"PYTHONPATH": str(tree)}
    # A few that read the fixtures, the goldens and the plan through conftest.py, not the whole suite.
    tests = [
        "tests/test_bundled_plan.py::test_the_bundled_plan_is_the_repository_s",
        "tests/test_cli_check.py::test_golden_outputs[table]",
        "tests/test_cli_check.py::test_golden_outputs[json]",
        "tests/test_cli_check.py::test_golden_table_in_english_for_one_unit",
        "tests/test_no_libyaml.py",
    ]
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-x", "-q", *tests],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "[100%]" in run.stdout
    where = subprocess.run(
        [sys.executable, "-c", "import hpcampaign; print(hpcampaign.__file__)"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(tree))  # the sdist's code was tested, not this checkout


@pytest.fixture(scope="module")
def venv(built: tuple[Path, Path, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment (this one's packages seen, for the dependencies) with the wheel in it."""
    where = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(where)], check=True)
    python = where / "bin" / "python"
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q", "install", "--no-deps"]
    subprocess.run([*pip, "--ignore-installed", str(built[1])], check=True, capture_output=True)
    return python


def in_empty(python: Path, folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("HPCAMPAIGN_PLAN", "PYTHONPATH", "HPCAMPAIGN_LANG")
    }
    return subprocess.run([str(python), *args], cwd=folder, env=env, capture_output=True, text=True)


def test_the_installed_wheel_runs_every_command_in_an_empty_folder(venv: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    (empty / "w36").mkdir(parents=True)
    (empty / "w36" / "phuong-hong-bang.yaml").write_text(SUBMISSION, encoding="utf-8")
    where = in_empty(venv, empty, "-c", "import hpcampaign; print(hpcampaign.__file__)")
    assert where.stdout.startswith(str(venv.parent.parent)), where  # the venv's copy, not this checkout
    assert not where.stdout.startswith(str(ROOT))

    check = in_empty(venv, empty, "-m", "hpcampaign", "check", "w36", "--as-of", "2025-09-30", "-f", "json")
    assert check.returncode == 1, check.stderr  # a missed target: the bundled plan was found and applied
    assert json.loads(check.stdout)["plan"] == "builtin:haiphong-2025"

    report = in_empty(
        venv, empty, "-m", "hpcampaign", "report", "w36", "--as-of", "2025-09-30", "-o", "bc.md"
    )
    assert report.returncode in (0, 1), report.stderr
    assert (empty / "bc.md").read_text(encoding="utf-8").strip()

    for name in ("plan", "submission"):
        schema = in_empty(venv, empty, "-m", "hpcampaign", "schema", name)
        assert schema.returncode == 0, schema.stderr
        assert "$schema" in json.loads(schema.stdout)

    new = in_empty(venv, empty, "-m", "hpcampaign", "new", "--unit", "phuong-hong-bang", "--week", "2025-W39")
    assert new.returncode == 0, new.stderr
    assert "phuong-hong-bang" in new.stdout

    script = venv.parent / "hpcampaign"
    assert in_empty(script, empty, "--version").stdout.startswith("hpcampaign ")
