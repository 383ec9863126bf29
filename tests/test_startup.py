"""Start-up stays small (SPEC 7, revision 2): a clerk's ``check FILE`` and ``--version`` import
only what they need. Guarded by the modules a fresh interpreter imports, never by wall time
(the time itself is measured by ``benchmarks/run.py``).

Each case runs the real entry point (``hpcampaign.__main__.main``) in a child interpreter, which
then prints the names in ``sys.modules`` as JSON on standard error (stdout holds the command's
own output).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ONE_FILE = ROOT / "submissions" / "2025-W39" / "phuong-hong-bang.yaml"

_RUNNER = """
import json, sys
sys.argv = ["hpcampaign", *sys.argv[1:]]
from hpcampaign.__main__ import main
try:
    main()
except SystemExit:
    pass
sys.stdout.flush()
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""

#: Never imported by ``check`` of one file: the memo, the report renderers, DOCX, spreadsheets,
#: the clerk's package (``new`` and ``import``), and what they pull in.
NOT_FOR_CHECK = (
    "hpcampaign.memo",
    "hpcampaign.outputs.report_",
    "hpcampaign.clerk",
    "docx",
    "openpyxl",
    "lxml",
)
#: Never imported by ``--version``: the command-line framework, the models, the terminal layer.
NOT_FOR_VERSION = ("pydantic", "pydantic_core", "typer", "click", "rich", "yaml")


def _modules(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER, *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    marker = done.stderr.rfind("MODULES ")
    assert marker >= 0, done.stderr
    names = json.loads(done.stderr[marker + len("MODULES ") :].splitlines()[0])
    return set(names)


def _matching(modules: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(
        name
        for name in modules
        for prefix in prefixes
        if name == prefix or name.startswith(prefix if prefix.endswith("_") else prefix + ".")
    )


@pytest.mark.skipif(not ONE_FILE.is_file(), reason="the example submissions are not present")
def test_check_of_one_file_imports_only_what_it_needs() -> None:
    modules = _modules("check", str(ONE_FILE), "--as-of", "2025-09-30")
    assert "hpcampaign.judge.run" in modules  # the command did run
    assert _matching(modules, NOT_FOR_CHECK) == []
    # The other formats of check are loaded only when asked for.
    assert _matching(modules, ("hpcampaign.outputs.check_json", "hpcampaign.outputs.check_sarif")) == []


def test_version_imports_no_framework() -> None:
    modules = _modules("--version")
    assert _matching(modules, NOT_FOR_VERSION) == []
    assert not any(name.startswith("hpcampaign.") and name != "hpcampaign.__main__" for name in modules)
