"""Finding submission files: hidden things skipped, linked folders followed once, loops harmless."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hpcampaign.intake.discover import MissingPath, discover, display


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("unit: vtv\nitems: []\n", encoding="utf-8")
    return path


def names(paths: list[Path], root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in paths]


def test_yaml_files_sorted_hidden_skipped(tmp_path: Path) -> None:
    for name in ("w2/b.yml", "w1/a.YAML", "w1/.draft.yaml", ".git/x.yaml", "w1/notes.txt"):
        touch(tmp_path / name)
    assert names(discover([tmp_path]).files, tmp_path) == ["w1/a.YAML", "w2/b.yml"]


def test_linked_folders_are_followed_once_and_loops_end(tmp_path: Path) -> None:
    touch(tmp_path / "real" / "a.yaml")
    os.symlink(tmp_path / "real", tmp_path / "link")  # the same folder twice
    os.symlink(tmp_path, tmp_path / "real" / "up")  # a loop
    found = discover([tmp_path]).files
    assert len(found) == 1 and found[0].name == "a.yaml"
    outside = tmp_path.parent / (tmp_path.name + "-elsewhere")
    touch(outside / "w36" / "b.yaml")
    os.symlink(outside / "w36", tmp_path / "w36")
    assert sorted(p.name for p in discover([tmp_path]).files) == ["a.yaml", "b.yaml"]


def test_a_file_named_twice_is_checked_once(tmp_path: Path) -> None:
    path = touch(tmp_path / "a.yaml")
    assert discover([path, tmp_path, Path(f"{tmp_path}/./a.yaml")]).files == [path]


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(MissingPath):
        discover([tmp_path / "nope"])


def test_display_is_posix_and_normal() -> None:
    assert display(Path("./submissions//w39/../w39/a.yaml")) == "submissions/w39/a.yaml"
