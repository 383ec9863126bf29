"""I/O at the edges (issue 10): a file is read once per run, validation works on bytes, the
tally changes none of its inputs, and the memo is built from a check report, not by a check."""

from __future__ import annotations

import builtins
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from hpcampaign.intake.context import context
from hpcampaign.intake.validate import check_data, check_file
from hpcampaign.judge import run as run_module
from hpcampaign.judge.run import CheckOptions, run_check
from hpcampaign.judge.tally import build
from hpcampaign.memo.build import MemoOptions, build_memo
from hpcampaign.plan.model import Plan
from hpcampaign.records import EVERYTHING

AS_OF = date(2025, 9, 27)
CLEAN = "unit: vtv\nitems:\n  - {date: 2025-09-20, kind: news, title: Một, url: https://a.vn/1}\n"
BAD = "unit: vtv\nitems:\n  - {date: 2025-09-21, kind: artcle, title: Hai}\n  - {date: 2025-09-22, kind: news, title: Ba, url: https://a.vn/1}\n"
BROKEN = "unit: vov\nitems: [\n"


def _folder(tmp_path: Path) -> Path:
    for name, text in (("a-clean.yaml", CLEAN), ("b-bad.yaml", BAD), ("c-broken.yaml", BROKEN)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_every_file_is_opened_once_per_run(
    tmp_path: Path, plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    opened: list[str] = []
    real_open = builtins.open

    def counting_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file).endswith(".yaml"):
            opened.append(Path(file).name)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", counting_open)
    report = run_check(plan, CheckOptions((folder,), AS_OF))
    # The bad file has problems (positions need a second parse) and the broken one names its
    # unit on a line of its text: neither is read again.
    assert sorted(opened) == ["a-clean.yaml", "b-bad.yaml", "c-broken.yaml"]
    assert [p.code for p in report.problems] == ["unknown-kind", "duplicate-item", "yaml-syntax"]


def test_validation_of_bytes_is_validation_of_the_file(tmp_path: Path, plan: Plan) -> None:
    ctx = context(plan, AS_OF)
    path = tmp_path / "b.yaml"
    path.write_text(BAD, encoding="utf-8")
    from_file = check_file(path, ctx, "shown/b.yaml")
    from_bytes = check_data("shown/b.yaml", BAD.encode(), ctx)
    assert [(p.path, p.line, p.column, p.code) for p in from_bytes.problems] == [
        ("shown/b.yaml", 3, 30, "unknown-kind")
    ]
    assert from_bytes.problems == from_file.problems and from_bytes.items == from_file.items == 2


def test_the_tally_changes_none_of_its_inputs(tmp_path: Path, plan: Plan) -> None:
    ctx = context(plan, AS_OF)
    first = check_data("a.yaml", CLEAN.encode(), ctx)
    second = check_data("b.yaml", BAD.encode(), ctx)
    before = (list(first.problems), list(second.problems))
    tally = build([first, second])
    assert (first.problems, second.problems) == before
    (warning,) = tally.duplicates["b.yaml"]
    assert (warning.code, warning.line, warning.column) == ("duplicate-item", 4, 5)
    assert set(tally.duplicates) == {"b.yaml"}


def test_the_memo_is_built_from_a_report_without_checking_again(
    tmp_path: Path, plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = run_check(plan, CheckOptions((_folder(tmp_path),), AS_OF, EVERYTHING))

    def no_second_check(*args: object, **kwargs: object) -> object:
        raise AssertionError("the memo ran a check of its own")

    monkeypatch.setattr(run_module, "run_check", no_second_check)
    memo = build_memo(plan, report, MemoOptions(as_of=AS_OF, phase="before"))
    assert memo.as_of == AS_OF and memo.phase == "before"
    # vtv, and vov: its only file is broken, but names its unit on a plain line (SPEC 4)
    assert memo.headline.units_reporting == 2
