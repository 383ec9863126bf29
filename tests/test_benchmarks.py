"""Smoke test of the benchmark corpus generator at a tiny size (the benchmark itself is not a test).

A *corpus* is the folder of submission files ``benchmarks/generate.py`` writes; its
``manifest.json`` says how many items and injected errors it holds.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import yaml

from benchmarks.generate import generate
from benchmarks.run import yaml_files
from hpcampaign.judge.run import CheckOptions, run_check
from hpcampaign.plan.model import Plan

ITEMS = 400
FILES = 7


def _items(path: Path) -> int:
    with open(path, "rb") as handle:
        document = yaml.load(handle, Loader=yaml.CSafeLoader)
    assert isinstance(document, dict)
    items = document["items"]
    assert isinstance(items, list)
    return len(items)


def test_a_tiny_corpus_is_valid_yaml_with_the_asked_number_of_items(tmp_path: Path) -> None:
    stats = generate(tmp_path, items=ITEMS, files=FILES, error_rate=0.05, sloppy_files=0.3)
    paths = yaml_files(tmp_path)
    assert len(paths) == FILES == stats.files
    assert sum(_items(path) for path in paths) == ITEMS == stats.items
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["items"] == ITEMS
    assert manifest["error_items"] == round(ITEMS * 0.05) == sum(manifest["errors"].values())


def test_the_same_seed_writes_the_same_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    generate(first, items=120, files=3, seed=7)
    generate(second, items=120, files=3, seed=7)
    names = [path.relative_to(first) for path in yaml_files(first)]
    assert names == [path.relative_to(second) for path in yaml_files(second)]
    assert all((first / name).read_bytes() == (second / name).read_bytes() for name in names)


def test_the_checker_reads_every_item_of_the_corpus(tmp_path: Path, plan: Plan) -> None:
    generate(tmp_path, items=ITEMS, files=FILES)
    report = run_check(plan, CheckOptions((tmp_path,), date(2025, 12, 31)))
    assert len(report.files) == FILES
    assert sum(summary.items for summary in report.files) == ITEMS
    assert not any(summary.voided for summary in report.files)
