"""The tally counts each item once across a unit's files, and names where each first was."""

from __future__ import annotations

from hpcampaign.judge.tally import build
from hpcampaign.records import CounterKey, FileCounts, FileSummary

KEY: CounterKey = (739523, "news", "vi", -1, 0)
OTHER: CounterKey = (739524, "news", "vi", -1, 0)
#: A unit and its keyed rows: (URL, title, counter key, count).
File = tuple[str, list[tuple[str | None, str | None, CounterKey, int]]]


def _summaries(files: list[File]) -> list[FileSummary]:
    found = []
    for number, (unit, rows) in enumerate(files):
        counted, key_ids = FileCounts(), dict[CounterKey, int]()
        for line, (url, title, key, count) in enumerate(rows, start=4):
            if url is None and title is None:
                title = f"riêng {number} {line}"  # a row without either is summed, never keyed
            counted.add(key, count, url=url, title=title, at=(line, 5), key_ids=key_ids)
        found.append(FileSummary(f"{number:02}.yaml", unit, len(rows), [], counted))
    return found


def test_a_later_file_repeating_two_items_names_each_first() -> None:
    files: list[File] = [
        ("phuong-hong-bang", [("https://a.vn/1", "Một", KEY, 1), (None, "Hai", KEY, 2)]),
        ("phuong-hong-bang", [("https://a.vn/9", "Hai", KEY, 1), ("https://a.vn/1", None, OTHER, 1)]),
        ("phuong-hong-bang", [(None, "Ba", OTHER, 5)]),
    ]
    summaries = _summaries(files)
    built = build(summaries)
    # The first file counts 3; the second's two rows repeat rows 2 and 1 of the first; the third counts 5.
    assert built.units == {"phuong-hong-bang": {("news", "vi", -1, 0): {739523: 3, 739524: 5}}}
    assert [(p.line, p.params) for p in built.duplicates["01.yaml"]] == [
        (4, (("first_file", "00.yaml"), ("first_line", "5"))),
        (5, (("first_file", "00.yaml"), ("first_line", "4"))),
    ]
    assert "02.yaml" not in built.duplicates
