"""PyYAML built without libyaml (SPEC 5): one line naming the fix, exit 4, never a traceback.

The run is a real ``python -m hpcampaign`` in a subprocess whose ``sitecustomize`` (first on
``PYTHONPATH``) hides PyYAML's C extension, as a PyYAML compiled without libyaml lacks it:
``yaml`` then imports without ``CSafeLoader``, and ``yaml._yaml`` does not import at all.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

SHIM = """import sys


class _NoLibyaml:
    def find_spec(self, name, path=None, target=None):
        if name in ("yaml._yaml", "_yaml"):
            raise ImportError("No module named " + repr(name))
        return None


sys.meta_path.insert(0, _NoLibyaml())
"""

VIETNAMESE = "PyYAML được cài không có phần mở rộng C libyaml"
ENGLISH = "PyYAML is installed without the libyaml C extension"
FIX = "pip install --force-reinstall --only-binary=pyyaml pyyaml"


@pytest.fixture
def shim(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "sitecustomize.py").write_text(SHIM, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("HPCAMPAIGN_LANG", "PYTHONPATH")}
    return env | {"PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hpcampaign", *args], env=env, capture_output=True, text=True, cwd=ROOT
    )


def test_the_shim_hides_libyaml(shim: dict[str, str]) -> None:
    probe = "import yaml; print(hasattr(yaml, 'CSafeLoader'), yaml.__with_libyaml__)"
    out = subprocess.run([sys.executable, "-c", probe], env=shim, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["check", "examples"],
        ["report", "examples"],
        ["schema", "plan"],
        ["new", "--unit", "phuong-hong-bang"],
        [],
    ],
)
def test_every_command_names_the_fix_and_exits_4(shim: dict[str, str], args: list[str]) -> None:
    result = run(shim, *args)
    assert result.returncode == 4, result.stderr
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"hpcampaign: {VIETNAMESE}")
    assert line.endswith(FIX)
    assert "Traceback" not in result.stderr


def test_in_the_run_s_language(shim: dict[str, str]) -> None:
    by_option = run(shim, "check", "examples", "--lang", "en")
    by_environment = run(shim | {"HPCAMPAIGN_LANG": "en"}, "--help")
    for result in (by_option, by_environment):
        assert result.returncode == 4
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"hpcampaign: {ENGLISH}")
        assert line.endswith(FIX)


def test_version_needs_no_yaml(shim: dict[str, str]) -> None:
    result = run(shim, "--version")
    assert result.returncode == 0
    assert result.stdout.startswith("hpcampaign ")
