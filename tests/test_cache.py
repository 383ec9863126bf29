"""The content cache of per-file summaries (SPEC 7, revision 2; ``hpcampaign/judge/cache.py``).

Results are byte-identical with and without it; anything its key holds (the file, the plan, the
dates, the name) misses when it changes; a damaged or foreign entry is ignored and rewritten;
two runs at once both succeed; the folder stays under its bound; nothing is written where the
files are; a warm re-check after one file changed validates that file only (counted calls).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from hpcampaign.intake import validate
from hpcampaign.judge import run as checking
from hpcampaign.judge.cache import (
    MAGIC,
    MAX_PACKS,
    PACK_MAGIC,
    Cache,
    decode_entry,
    default_folder,
    encode_entry,
    records,
)
from hpcampaign.judge.run import CheckOptions, CheckReport, run_check
from hpcampaign.outputs import RenderOptions, renderer
from hpcampaign.plan.model import Plan
from hpcampaign.records import FileSummary

from .conftest import PLAN_PATH, ROOT

SUBMISSIONS = ROOT / "submissions"
AS_OF = date(2025, 9, 30)
TODAY = date(2025, 10, 1)


def _cache(folder: Path, plan_bytes: bytes | None = None, limit: int = 256 * 1024 * 1024) -> Cache:
    return Cache(folder, PLAN_PATH.read_bytes() if plan_bytes is None else plan_bytes, limit)


def _check(
    plan: Plan, tree: Path, cache: Cache | None, *, as_of: date = AS_OF, today: date = TODAY, jobs: int = 1
) -> CheckReport:
    return run_check(plan, CheckOptions((tree,), as_of, jobs=jobs, today=today, cache=cache))


def _outputs(report: CheckReport) -> tuple[str | bytes, ...]:
    return tuple(renderer("check", fmt)(report, RenderOptions(lang="en")) for fmt in ("json", "table"))


def _packs(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.pack"))


def _pack_records(path: Path) -> list[tuple[str, bytes]]:
    with open(path, "rb") as handle:
        places = list(records(handle))
        found = []
        for key, offset, length in places:
            handle.seek(offset)
            found.append((key, handle.read(length)))
    return found


def _records(folder: Path) -> dict[str, bytes]:
    """Every key's entry, as a reader finds it: a newer pack's wins."""
    return {key: blob for path in _packs(folder) for key, blob in _pack_records(path)}


def _rewrite(folder: Path, change: Callable[[str, bytes], bytes]) -> None:
    """Every record of every pack made ``change(key, entry)``, its length said again."""
    for path in _packs(folder):
        rows = _pack_records(path)
        path.write_bytes(
            PACK_MAGIC
            + b"".join(f"{k} {len(b)}\n".encode() + b for k, b in ((k, change(k, b)) for k, b in rows))
        )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    copy = tmp_path / "submissions"
    shutil.copytree(SUBMISSIONS, copy)
    return copy


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the validator checks (single process)."""
    seen: list[str] = []
    real = validate.check_data

    def counted(name: str, raw: object, ctx: object) -> FileSummary:
        seen.append(name)
        return real(name, raw, ctx)  # type: ignore[arg-type]

    monkeypatch.setattr(checking, "check_data", counted)
    return seen


def test_results_are_byte_identical_with_and_without_the_cache(plan: Plan, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    plain = _outputs(_check(plan, SUBMISSIONS, None))
    cold = _outputs(_check(plan, SUBMISSIONS, _cache(folder)))
    assert len(_packs(folder)) == 1 and len(_records(folder)) > 50
    warm = _outputs(_check(plan, SUBMISSIONS, _cache(folder)))
    warm_jobs = _outputs(_check(plan, SUBMISSIONS, _cache(folder), jobs=2))
    assert plain == cold == warm == warm_jobs


def test_a_warm_recheck_after_one_change_validates_that_file_once(
    plan: Plan, tree: Path, tmp_path: Path, calls: list[str]
) -> None:
    folder = tmp_path / "cache"
    _check(plan, tree, _cache(folder))
    files = len(calls)
    assert files > 50
    calls.clear()
    _check(plan, tree, _cache(folder))
    assert calls == []
    changed = next(tree.rglob("*.yaml"))
    changed.write_bytes(changed.read_bytes() + b"\n# edited\n")
    report = _check(plan, tree, _cache(folder))
    assert len(calls) == 1 and calls[0].endswith(changed.name)
    assert _outputs(report) == _outputs(_check(plan, tree, None))


@pytest.mark.parametrize("what", ["plan", "as_of", "today", "version"])
def test_what_the_key_holds_misses_when_it_changes(
    plan: Plan, tmp_path: Path, calls: list[str], what: str
) -> None:
    folder = tmp_path / "cache"
    _check(plan, SUBMISSIONS, _cache(folder))
    files = len(calls)
    calls.clear()
    cache = _cache(folder)
    as_of, today = AS_OF, TODAY
    if what == "plan":
        cache = _cache(folder, PLAN_PATH.read_bytes() + b"\n# another plan\n")
    elif what == "as_of":
        as_of = date(2025, 9, 29)
    elif what == "today":
        today = date(2025, 10, 2)
    else:
        cache = Cache(folder, PLAN_PATH.read_bytes(), version="0.0.0-other")
    _check(plan, SUBMISSIONS, cache, as_of=as_of, today=today)
    assert len(calls) == files


def test_the_shown_name_is_in_the_key(plan: Plan, tree: Path, tmp_path: Path, calls: list[str]) -> None:
    folder = tmp_path / "cache"
    _check(plan, tree, _cache(folder))
    calls.clear()
    moved = tmp_path / "moved"
    tree.rename(moved)
    report = _check(plan, moved, _cache(folder))
    assert calls  # the same bytes under another name: its problems would name the old path
    assert all("submissions" not in p.path for p in report.problems)


def _flip(blob: bytes) -> bytes:
    middle = len(blob) // 2
    return blob[:middle] + bytes([blob[middle] ^ 0x01]) + blob[middle + 1 :]


DAMAGES: dict[str, Callable[[bytes], bytes]] = {
    "flipped": _flip,
    "truncated": lambda blob: blob[: len(blob) // 2],
    "empty": lambda blob: b"",
    "garbage": lambda blob: os.urandom(len(blob)),
    "other-format": lambda blob: blob.replace(MAGIC, b"hpcampaign-cache 0\n", 1),
    "pickle": lambda blob: b"\x80\x04\x95" + blob,
}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_damaged_entry_is_ignored_and_rewritten(
    plan: Plan, tmp_path: Path, calls: list[str], damage: str
) -> None:
    folder = tmp_path / "cache"
    expected = _outputs(_check(plan, SUBMISSIONS, _cache(folder)))
    good = _records(folder)
    _rewrite(folder, lambda key, blob: DAMAGES[damage](blob))
    calls.clear()
    assert _outputs(_check(plan, SUBMISSIONS, _cache(folder))) == expected
    assert len(calls) == len(good)  # every entry ignored, every file checked again
    assert _records(folder) == good  # and written anew (a newer pack wins)
    calls.clear()
    _check(plan, SUBMISSIONS, _cache(folder))
    assert calls == []


def test_a_foreign_entry_is_ignored(plan: Plan, tmp_path: Path, calls: list[str]) -> None:
    """A whole, valid entry stored under another key is not trusted."""
    folder = tmp_path / "cache"
    expected = _outputs(_check(plan, SUBMISSIONS, _cache(folder)))
    first = next(iter(_records(folder).values()))
    _rewrite(folder, lambda key, blob: first)
    calls.clear()
    assert _outputs(_check(plan, SUBMISSIONS, _cache(folder))) == expected
    assert len(calls) == len(_records(folder)) - 1


def test_a_pack_cut_short_or_not_a_pack_is_read_as_far_as_it_is_whole(
    plan: Plan, tmp_path: Path, calls: list[str]
) -> None:
    folder = tmp_path / "cache"
    expected = _outputs(_check(plan, SUBMISSIONS, _cache(folder)))
    (pack,) = _packs(folder)
    rows = _pack_records(pack)
    whole = len(PACK_MAGIC) + sum(len(f"{k} {len(b)}\n") + len(b) for k, b in rows[:10])
    pack.write_bytes(pack.read_bytes()[: whole + 30])  # ten records, and a head cut in the middle
    (folder / "v2" / "0-strange.pack").write_bytes(os.urandom(4096))
    (folder / "v2" / "1-other-format.pack").write_bytes(
        b"hpcampaign-pack 1\n" + pack.read_bytes()[len(PACK_MAGIC) :]
    )
    calls.clear()
    assert _outputs(_check(plan, SUBMISSIONS, _cache(folder))) == expected
    assert len(calls) == len(rows) - 10


def test_packs_are_compacted_and_older_layouts_removed(
    plan: Plan, tree: Path, tmp_path: Path, calls: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    old = folder / "v1" / "ab"
    old.mkdir(parents=True)
    (old / "ab12.entry").write_bytes(b"an entry of revision 1")
    # Entries written as a pack every byte: one pack per file, compacted into one at the end.
    monkeypatch.setattr(checking, "FLUSH", 1)
    expected = _outputs(_check(plan, tree, None))
    assert _outputs(_check(plan, tree, _cache(folder))) == expected
    assert len(_packs(folder)) == 1 and len(_records(folder)) == len(calls) > 50
    assert not (folder / "v1").exists()
    # One file changed before each run: a pack each, never more than MAX_PACKS of them.
    changed = sorted(tree.rglob("*.yaml"))[3]
    counts = []
    for round_number in range(MAX_PACKS + 3):
        changed.write_bytes(changed.read_bytes() + f"# {round_number}\n".encode())
        calls.clear()
        assert _outputs(_check(plan, tree, _cache(folder))) == _outputs(_check(plan, tree, None))
        assert len(calls) == 1  # the changed file (calls counts runs with the cache)
        counts.append(len(_packs(folder)))
    assert counts == [*range(2, MAX_PACKS + 1), 1, 2, 3, 4]


def test_entries_made_by_workers_are_written_by_the_run(plan: Plan, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    expected = _outputs(_check(plan, SUBMISSIONS, None))
    assert _outputs(_check(plan, SUBMISSIONS, _cache(folder), jobs=2)) == expected
    files = len(list(SUBMISSIONS.rglob("*.yaml")))
    assert len(_packs(folder)) == 1 and len(_records(folder)) == files
    before = _packs(folder)
    assert _outputs(_check(plan, SUBMISSIONS, _cache(folder), jobs=2)) == expected
    assert _packs(folder) == before  # all found: nothing written


def test_an_entry_round_trips_and_refuses_wrong_shapes(plan: Plan) -> None:
    report = _check(plan, SUBMISSIONS, None)
    for summary in report.files:
        summary = FileSummary(
            summary.path, summary.unit, summary.items,
            [p for p in summary.problems if p.code != "duplicate-item"],
            summary.counted, summary.voided, summary.fault, summary.difficulties, summary.after_as_of,
        )  # fmt: skip
        blob = encode_entry(summary, "k")
        back = decode_entry(blob, "k")
        assert encode_entry(back, "k") == blob
        assert back.same_items() == summary.same_items()
        with pytest.raises(Exception):  # noqa: B017 - any refusal will do
            decode_entry(blob, "another key")


@pytest.mark.parametrize(
    "bad_key",
    [
        [739523, "news", "vi", -1],  # one field short
        [739523, "news", "vi", -1, 0, 0],
        [True, "news", "vi", -1, 0],  # JSON's true is no day
        [739523.0, "news", "vi", -1, 0],
        ["739523", "news", "vi", -1, 0],
        [739523, None, "vi", -1, 0],
        [739523, "news", 1, -1, 0],
        [739523, "news", "vi", False, 0],
        [739523, "news", "vi", -1, "0"],
        {"day": 739523},
    ],
)
def test_an_entry_with_a_counter_key_of_another_shape_is_refused(bad_key: object) -> None:
    import json

    from hpcampaign.judge import cache
    from hpcampaign.records import FileCounts

    counted = FileCounts()
    counted.add((739523, "news", "vi", -1, 0), 1, url="https://a.vn/1", title=None, at=(5, 3), key_ids={})
    blob = encode_entry(FileSummary("a.yaml", "phuong-hong-bang", 1, [], counted), "k")
    data = json.loads(cache._unframe(cache.MAGIC, blob))
    assert data[2]["keys"] == [[739523, "news", "vi", -1, 0]]  # the entry as it is written
    assert decode_entry(blob, "k").counted.keys == [(739523, "news", "vi", -1, 0)]
    for where in ("keys", "counts"):
        changed = json.loads(json.dumps(data))
        changed[2][where] = (
            [bad_key] if where == "keys" else [[*bad_key, 1] if isinstance(bad_key, list) else bad_key]
        )
        forged = cache._frame(cache.MAGIC, json.dumps(changed).encode())
        with pytest.raises(cache._Bad):
            decode_entry(forged, "k")


def test_two_runs_at_once_both_succeed(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    script = textwrap.dedent(
        f"""
        import sys
        from datetime import date
        from pathlib import Path
        from hpcampaign.judge.cache import Cache
        from hpcampaign.judge.run import CheckOptions, run_check
        from hpcampaign.outputs import RenderOptions, renderer
        from hpcampaign.plan.load import load_plan
        plan_path = Path({str(PLAN_PATH)!r})
        plan = load_plan(plan_path)
        for _ in range(3):
            cache = Cache(Path({str(folder)!r}), plan_path.read_bytes())
            options = CheckOptions((Path({str(SUBMISSIONS)!r}),), date(2025, 9, 30), today=date(2025, 10, 1),
                                   cache=cache)
            report = run_check(plan, options)
        sys.stdout.write(renderer("check", "json")(report, RenderOptions(lang="en")))
        """
    )
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err for _, err in outputs]
    assert outputs[0][0] == outputs[1][0] and outputs[0][0]
    assert not list(folder.rglob("*.part")) and _records(folder)


def test_the_folder_stays_under_its_bound(plan: Plan, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    _check(plan, SUBMISSIONS, _cache(folder))
    total = sum(p.stat().st_size for p in _packs(folder))
    limit = total // 3
    expected = _outputs(_check(plan, SUBMISSIONS, None))
    assert _outputs(_check(plan, SUBMISSIONS, _cache(folder, limit=limit), as_of=date(2025, 9, 29))) != ()
    assert 0 < sum(p.stat().st_size for p in _packs(folder)) <= limit
    assert _outputs(_check(plan, SUBMISSIONS, _cache(folder, limit=limit))) == expected
    assert sum(p.stat().st_size for p in _packs(folder)) <= limit


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


def test_nothing_is_written_under_the_checked_folders(plan: Plan, tree: Path, tmp_path: Path) -> None:
    before = _snapshot(tree)
    _check(plan, tree, _cache(tmp_path / "cache"))
    _check(plan, tree, _cache(tmp_path / "cache"))
    assert _snapshot(tree) == before
    # A cache folder inside the checked folder is not used at all.
    _check(plan, tree, _cache(tree / "2025-W36" / ".cache"))
    assert _snapshot(tree) == before


def test_the_default_folder_is_the_users_cache_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_folder() == tmp_path / "hpcampaign"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")
    assert default_folder() == Path.home() / ".cache" / "hpcampaign"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    assert default_folder() == tmp_path / "hpcampaign" / "Cache"


def test_an_unwritable_cache_folder_changes_nothing(plan: Plan, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    expected = _outputs(_check(plan, SUBMISSIONS, None))
    assert _outputs(_check(plan, SUBMISSIONS, _cache(blocker / "cache"))) == expected


def _cli(*args: str) -> str:
    from typer.testing import CliRunner

    from hpcampaign.cli.app import app

    result = CliRunner().invoke(app, list(args))
    assert result.exit_code in (0, 1, 3), result.output
    return result.stdout


def test_report_uses_the_cache_and_writes_the_same_memo(tmp_path: Path) -> None:
    # conftest points XDG_CACHE_HOME at a folder of this test: the default folder is ours.
    folder = default_folder()
    args = ("report", str(SUBMISSIONS), "--plan", str(PLAN_PATH), "--as-of", "2025-09-30", "-f", "json")
    plain = _cli(*args, "--no-cache")
    assert not _packs(folder)
    cold = _cli(*args)
    assert len(_records(folder)) > 50
    warm = _cli(*args)
    assert plain == cold == warm
    # check and report judge a file alike: check's run finds report's entries, writes nothing.
    before = _packs(folder)
    _cli("check", str(SUBMISSIONS), "--plan", str(PLAN_PATH), "--as-of", "2025-09-30", "-f", "json")
    assert _packs(folder) == before


def test_check_reads_the_plan_once_and_keys_the_cache_on_those_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plan is read once: the bytes the cache keys on are the bytes that were loaded (a plan
    saved between two reads would otherwise file its results under the other plan)."""
    import hpcampaign.cli.running as running
    import hpcampaign.judge.cache as cache_module

    plan = tmp_path / "plan.yaml"
    plan.write_bytes(PLAN_PATH.read_bytes())
    reads: list[bytes] = []
    from hpcampaign.load.files import read_bytes as real_read

    def read(path: Path) -> object:
        raw = real_read(path)
        if Path(path) == plan:
            assert isinstance(raw, bytes)
            reads.append(raw)
            plan.write_bytes(raw + b"\n# saved again while the run was starting\n")
        return raw

    keyed: list[bytes] = []
    real_cache = cache_module.Cache

    def made(folder: Path, plan_bytes: bytes) -> Cache:
        keyed.append(plan_bytes)
        return real_cache(folder, plan_bytes)

    monkeypatch.setattr(running, "read_bytes", read)
    monkeypatch.setattr(running, "Cache", made)
    real_path_read = Path.read_bytes

    def path_read(self: Path) -> bytes:
        assert self != plan, "the plan read a second way"
        return real_path_read(self)

    monkeypatch.setattr(Path, "read_bytes", path_read)
    _cli("check", str(SUBMISSIONS / "2025-W39"), "--plan", str(plan), "--as-of", "2025-09-30", "-f", "json")
    assert len(reads) == 1 and keyed == reads
