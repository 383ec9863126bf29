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


#: Not imported by ``check`` of a clean file once the plan's compiled copy is in the cache: the
#: models that validate a plan or a file the fast readers cannot vouch for.
VALIDATORS = ("pydantic", "pydantic_core", "hpcampaign.plan.schema", "hpcampaign.intake.submission")


#: Not imported by a plain ``check`` of one file: typer (and its click), the machinery of ``--jobs``.
FRAMEWORK = ("typer", "click", "hpcampaign.cli.app", "multiprocessing", "concurrent.futures")


def test_check_of_one_file_imports_only_what_it_needs(tmp_path: Path) -> None:
    clean = tmp_path / "phuong-hong-bang.yaml"
    clean.write_bytes(ONE_FILE.read_bytes())
    first = _modules("check", str(clean), "--as-of", "2025-09-30")
    assert "hpcampaign.judge.run" in first  # the command did run
    assert _matching(first, NOT_FOR_CHECK) == []
    # The other formats of check are loaded only when asked for.
    assert _matching(first, ("hpcampaign.outputs.check_json", "hpcampaign.outputs.check_sarif")) == []
    # The first run validated the plan (and kept its compiled copy in the cache)...
    assert "hpcampaign.plan.schema" in first
    # ... so that a clerk's next run, on a file the cache has not seen, imports no validator.
    clean.write_bytes(ONE_FILE.read_bytes() + b"# edited\n")
    second = _modules("check", str(clean), "--as-of", "2025-09-30")
    assert "hpcampaign.intake.validate" in second
    assert _matching(second, VALIDATORS) == []
    # Nor the command-line framework (cli/quick.py reads check's options), nor worker processes.
    assert _matching(second, FRAMEWORK) == []
    # A clerk's usual slip (a kind misspelt) is found and said without them too.
    clean.write_bytes(ONE_FILE.read_bytes().replace(b"kind: ", b"kind: x", 1))
    slipped = _modules("check", str(clean), "--as-of", "2025-09-30")
    assert "hpcampaign.intake.traps" in slipped  # the file has a problem to say
    assert _matching(slipped, VALIDATORS) == []
    # Without the cache, the plan is validated on every run.
    assert "pydantic" in _modules("check", str(clean), "--as-of", "2025-09-30", "--no-cache")


def test_version_imports_no_framework() -> None:
    modules = _modules("--version")
    assert _matching(modules, NOT_FOR_VERSION) == []
    assert not any(name.startswith("hpcampaign.") and name != "hpcampaign.__main__" for name in modules)
