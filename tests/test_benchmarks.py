"""Smoke test of the benchmark corpus generator at a tiny size, and of the pure pieces of
``benchmarks/run.py`` (the benchmark itself is not a test: nothing here looks at a time).

A *corpus* is the folder of submission files ``benchmarks/generate.py`` writes; its
``manifest.json`` says how many items and injected errors it holds.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from benchmarks.generate import generate
from benchmarks.run import (
    IMPORT_YAML,
    PLAIN,
    ROOT,
    CorpusFigures,
    Edit,
    Measure,
    Series,
    Variant,
    bars_block,
    corpus_bars,
    corpus_series,
    count_events,
    events_all,
    identical_outputs,
    load_all,
    main,
    one_file_copy,
    startup_bars,
    yaml_files,
)
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


# -- the pure pieces of benchmarks/run.py (no test here looks at a time) ------------------------------


def _series(
    name: str, seconds: float, rss: float = 50.0, tree: float = 50.0, base: str | None = None
) -> Series:
    return Series(name, [name], measures=[Measure(seconds, seconds, rss, tree, 0)], base=base)


def _figures(corpus: str, items: int, b: float, c: float, w: float) -> CorpusFigures:
    series = [
        _series("a", 10.0),
        _series("b", b, rss=131.0, tree=131.0),
        _series("c", c, rss=129.0, tree=201.0, base="b"),
        _series("w", w, base="b"),
    ]
    return CorpusFigures(corpus, items, 240, {s.name: s for s in series})


def test_the_bars_block_says_each_figure_its_bar_and_whether_it_is_met() -> None:
    starts = {IMPORT_YAML: 0.04, "hpcampaign --version": 0.03, "check one file": 0.2}
    figures = [
        _figures("corpus/100k", 100_000, 7.0, 3.0, 0.5),
        _figures("corpus/1m", 1_000_000, 5.0, 3.0, 1.0),
    ]
    bars = [*startup_bars(starts, PLAIN), *corpus_bars(figures, PLAIN)]
    assert bars_block(bars) == (
        "bars (SPEC 7, issue 15)\n"
        "  one-file start-up / import yaml                 5.00 ≤ 4  NOT MET\n"
        "  hpcampaign --version / import yaml              0.75 ≤ 2  ok\n"
        "  warm re-check w/b (1m)                          0.20 ≤ 0.1  NOT MET\n"
        "  cold b/a (1m)                                   0.50 ≤ 0.6  ok\n"
        "  cold c/a (1m)                                   0.30 ≤ 0.4  ok\n"
        "  peak RSS of b (1m)                            131 MB < 400 MB  ok\n"
        "  tree RSS of c (1m)                            201 MB < 400 MB  ok"
    )
    assert [bar.met for bar in bars] == [False, True, False, True, True, True, True]


def test_without_a_large_corpus_or_a_script_the_bars_say_so() -> None:
    starts = {IMPORT_YAML: 0.05, "python -m hpcampaign --version": 0.05}
    bars = [*startup_bars(starts, PLAIN), *corpus_bars([_figures("c/100k", 100_000, 3.0, 1.0, 0.2)], PLAIN)]
    lines = bars_block(bars).splitlines()
    assert lines[1] == "  one-file start-up / import yaml              not measured"
    assert lines[2] == "  python -m hpcampaign --version / import yaml    1.00 ≤ 2  ok"
    assert lines[3] == "  warm re-check w/b                            no corpus ≥ 200,000 items"
    assert lines[4] == "  cold b/a (100k)                                 0.30 ≤ 0.6  ok"
    assert bars[2].document() == {
        "name": "warm re-check w/b",
        "figure": None,
        "bar": 0.1,
        "unit": "",
        "comparison": "<=",
        "met": None,
        "note": "no corpus ≥ 200,000 items",
    }


def test_the_clerks_file_has_new_bytes_before_every_run_and_keeps_its_unit(tmp_path: Path) -> None:
    copy = one_file_copy(tmp_path)
    assert copy is not None and copy.parent.name == "2025-W39"
    original = copy.read_bytes()
    edit = Edit(copy, "run")
    seen = {original}
    for number in range(1, 4):
        edit.apply(number)
        data = copy.read_bytes()
        assert data not in seen and data.startswith(original)
        seen.add(data)
    assert copy.read_bytes() == original + b"# run 1\n# run 2\n# run 3\n"
    document = yaml.load(copy.read_bytes(), Loader=yaml.CSafeLoader)
    assert document == yaml.load(original, Loader=yaml.CSafeLoader)


def test_a_line_is_appended_after_a_last_line_without_newline(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(b"a: 1")
    Edit(path, "benchmark round").apply(2)
    assert path.read_bytes() == b"a: 1\n# benchmark round 2\n"


def test_the_floor_reads_every_event_of_every_file(tmp_path: Path) -> None:
    assert count_events(b"a: 1\n") == 8  # stream, document, mapping: start and end; two scalars
    generate(tmp_path, items=120, files=3, seed=7)
    assert events_all(tmp_path) == 3 == load_all(tmp_path)
    main(["--events-only", str(tmp_path)])  # the child's entry point: prints nothing, writes nothing


def test_children_write_byte_code_as_an_installed_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    assert "PYTHONDONTWRITEBYTECODE" not in PLAIN.env()
    assert PLAIN.package == ROOT / "hpcampaign"
    proto = Variant("proto", Path("/tmp/proto"))
    assert proto.package == Path("/tmp/proto/hpcampaign") and proto.suffix == "[proto]"


def test_cold_series_warm_series_and_the_hook(tmp_path: Path) -> None:
    corpus, copy = tmp_path / "corpus", tmp_path / "copy"
    generate(corpus, items=120, files=3, seed=7)
    shutil.copytree(corpus, copy)
    series = corpus_series(corpus, copy, 2, [PLAIN], tmp_path / "work")
    assert list(series) == ["a", "f", "b", "b-nocache", "c", "w", "w-hook"]
    b, nocache, c, w, hook = (series[n] for n in ("b", "b-nocache", "c", "w", "w-hook"))
    assert b.cold and c.cold and b.cache is not None and b.cache.is_relative_to(tmp_path)
    assert "--no-cache" in nocache.command and nocache.cache is None and not nocache.cold
    assert w.cache == hook.cache is not None and not w.cold and w.edit is hook.edit
    assert w.edit is not None
    assert w.edit.path.is_relative_to(copy) and str(copy) in w.command
    assert hook.command[4] == str(w.edit.path)
    assert hook.command[hook.command.index("--tree") + 1] == str(copy)
    assert hook.command[hook.command.index("--fail-on") + 1] == "problems"
    assert {s.base for s in (nocache, c, w, hook)} == {"b"} and b.base is None
    assert "--events-only" in series["f"].command


def test_outputs_are_compared_byte_for_byte(tmp_path: Path) -> None:
    series = {name: Series(name, [], output=tmp_path / f"{name}.json") for name in ("b", "b-nocache", "c")}
    for entry in series.values():
        assert entry.output is not None
        entry.output.write_text("{}\n", encoding="utf-8")
    assert identical_outputs(series, [PLAIN]) == {"b, b-nocache, c": True}
    assert series["c"].output is not None
    series["c"].output.write_text("{ }\n", encoding="utf-8")
    assert identical_outputs(series, [PLAIN]) == {"b, b-nocache, c": False}
