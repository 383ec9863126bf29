"""Items in the common form are counted in one step (:mod:`hpcampaign.intake.plain`), with the
same results as the whole way (the strict reader or the models, the plan's checks, the tally).

The reference is a check with :func:`plain.row` turned off: every item then goes the whole way.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from hpcampaign.intake import plain, validate
from hpcampaign.intake.context import Context, context
from hpcampaign.plan.model import Plan
from hpcampaign.records import FileSummary

from .conftest import ROOT

AS_OF = date(2025, 10, 1)
TODAY = date(2025, 11, 1)


def _check(plan: Plan, texts: list[str], tmp_path: Path, *, fast: bool = True) -> list[FileSummary]:
    """Each text written to a file and checked, in one run (one context)."""
    ctx = context(plan, AS_OF, TODAY)
    summaries = []
    for number, text in enumerate(texts):
        path = tmp_path / f"f{number}.yaml"
        path.write_text(text, encoding="utf-8")
        summaries.append(validate.check_file(path, ctx, display=path.name))
    return summaries


@pytest.fixture
def rows(monkeypatch: pytest.MonkeyPatch) -> list[plain.Row | None]:
    """What :func:`plain.row` gave, item by item, in order."""
    given_back: list[plain.Row | None] = []
    real = plain.row

    def spy(entry: object, ctx: Context, period: Any) -> plain.Row | None:
        found = real(entry, ctx, period)
        given_back.append(found)
        return found

    monkeypatch.setattr(plain, "row", spy)
    return given_back


def _whole_way(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plain, "row", lambda entry, ctx, period: None)


_FILE = """\
format: 1
unit: phuong-hong-bang
period: {from: 2025-09-01, to: 2025-10-31}
items:
  - {date: 2025-09-29, kind: tin, title: Một, url: "https://a.vn/1", platforms: [facebook]}
  - {date: 2025-09-30, kind: tin, title: " Hai ", url: "https://a.vn/2", platforms: facebook}
  - {date: 2025-10-15, kind: tin, title: Ba, platforms: [facebook]}
  - {date: 2025-11-02, kind: tin, title: Bốn, platforms: [facebook]}
  - {date: 2025-09-29, kind: tin, platforms: [facebook]}
  - {date: 2025-09-29, kind: tin, title: Sáu, platforms: [facebook], count: "0"}
  - {date: 2025-09-29, kind: tin, title: Bảy, platforms: [facebook], duration: "5:00"}
  - {date: 2025-08-31, kind: tin, title: Tám, platforms: [facebook]}
  - {date: 2025-09-29, kind: tin, title: Chín, platforms: [facebook], url: "ftp://a.vn"}
  - {date: 2025-09-29, kind: tin, title: Mười, platforms: [facebook], note: ""}
  - {date: 2025-09-29, kind: lượt phát, count: "3"}
  - {date: 2025-09-29, kind: lượt phát, count: "4"}
  - {date: 2025-09-29, kind: documentary, title: Phim, duration: "12:00"}
  - {date: 2025-09-29, kind: documentary, title: Phim, duration: "12:00"}
"""


def test_which_items_are_counted_in_one_step(
    plan: Plan, tmp_path: Path, rows: list[plain.Row | None]
) -> None:
    first, summary = _check(plan, [_FILE, _FILE], tmp_path)
    # The first file teaches the spellings (items are tried a chunk at a time, before any of the
    # chunk is read the whole way): none of its items is counted in one step.
    assert rows[:14] == [None] * 14
    assert first.counted == summary.counted and first.after_as_of == summary.after_as_of
    assert [(p.line, p.code) for p in first.problems] == [(p.line, p.code) for p in summary.problems]
    day = date(2025, 9, 30).toordinal()
    news = (day, "news", "vi", -1, 0)  # news is not counted by platform: no bits
    broadcast = (date(2025, 9, 29).toordinal(), "loudspeaker_broadcast", "vi", -1, 0)
    assert rows[14:] == [
        ((date(2025, 9, 29).toordinal(), "news", "vi", -1, 0), 1, "https://a.vn/1", "Một", False),
        (news, 1, "https://a.vn/2", "Hai", False),  # one platform written alone reads as a list
        plain.AFTER,  # after the as-of date, before today
        None,  # after today: future-date
        None,  # no title, which a news item needs
        None,  # a count of 0
        None,  # a duration
        None,  # before the file's period
        None,  # not a web address
        ((date(2025, 9, 29).toordinal(), "news", "vi", -1, 0), 1, None, "Mười", False),  # a blank note
        (broadcast, 3, None, None, True),  # repeatable: its URL would be keyed with its day
        (broadcast, 4, None, None, True),
        None,  # a kind with a duration to check is never learnt
        None,
    ]
    assert summary.after_as_of == 1
    assert [(p.line, p.code) for p in summary.problems] == [
        (8, "future-date"),
        (8, "outside-period"),
        (9, "schema"),  # a title the kind needs
        (10, "schema"),  # the count
        (12, "outside-period"),
        (13, "schema"),  # the web address
    ]
    counted = summary.counted
    assert counted.counts == {broadcast: 7}
    # Một, Hai, Bảy (a duration the kind does not read), Mười, and the two documentaries.
    assert [counted.keys[k][:2] for k in counted.keyed.key] == [
        (date(2025, 9, 29).toordinal(), "news"),
        (day, "news"),
        (date(2025, 9, 29).toordinal(), "news"),
        (date(2025, 9, 29).toordinal(), "news"),
        (date(2025, 9, 29).toordinal(), "documentary"),
        (date(2025, 9, 29).toordinal(), "documentary"),
    ]
    assert list(counted.keyed.line) == [5, 6, 11, 14, 17, 18]


def test_the_examples_are_counted_the_same_either_way(
    plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list[plain.Row | None]
) -> None:
    paths = sorted((ROOT / "submissions").rglob("*.yaml"))
    ctx = context(plan, date(2026, 2, 28), date(2026, 3, 1))
    fast = [validate.check_file(path, ctx) for path in paths]
    taken = sum(row is not None for row in rows)
    assert taken > 1000 and taken > 0.8 * len(rows)  # most example items are in the common form
    _whole_way(monkeypatch)
    ctx = context(plan, date(2026, 2, 28), date(2026, 3, 1))
    assert [validate.check_file(path, ctx) for path in paths] == fast
    # Kinds with a duration to check are never learnt: their items always go the whole way.
    learnt = {names[0] for names in ctx.spellings.values()}
    assert "news" in learnt and learnt.isdisjoint({"documentary", "audio_file"})


# --- Any item: the same summary either way ---------------------------------------------------

#: Values an item's fields take in the examples of this test: the first few of each list are
#: valid for a kind (:data:`_VALID`), the rest a sample of what a clerk writes.
_VALUES: dict[str, list[object]] = {
    "date": [
        "2025-09-29",
        "29/9/2025",
        " 2025-09-30",
        "2025-10-15",
        "2025-11-02",
        "2024-01-01",
        "2025-08-25",
        "2025-13-01",
        "",
        None,
    ],
    "kind": [
        "tin",
        "news",
        " tin ",
        "social_post",
        "lượt phát",
        "Tin\u200b",
        "newz",
        "documentary",
        "",
        None,
        ["tin"],
    ],
    "language": ["vi", "en", "EN", " vi ", "fr", "", None],
    "platforms": [
        "facebook",
        None,
        ["facebook", "portal"],
        ["Zalo"],
        [],
        ["portl"],
        ["facebook", None],
        [["x"]],
        "zalo, facebook",
    ],
    "count": ["1", "3", " 2 ", "0", "10001", "2.0", "abc", None],
    "title": ["Tin", "  Tin  hai ", "TIN hai", "Tiêu đề\u00a0", None, "", "\x1cTin"],
    "url": ["https://a.vn/1", "HTTP://A.VN", " https://a.vn/2 ", None, "ftp://x", ""],
    "duration": [None, "12:00", "5 phút", "99:00", ""],
    "note": ["ghi chú", "", None, "\x1f", ["a"]],
    "titel": ["Tin"],
}
_VALID = {
    "date": 4,
    "kind": 5,
    "language": 4,
    "platforms": 5,
    "count": 3,
    "title": 5,
    "url": 4,
    "duration": 1,
    "note": 3,
}


def _value(key: str) -> st.SearchStrategy[object]:
    """Four times in five a valid value, else any (a value the strict reader or the plan refuses,
    a date out of the file's period or the campaign, after the as-of date or today)."""
    valid, every = _VALUES[key][: _VALID[key]], _VALUES[key]
    return st.integers(0, 4).flatmap(lambda n: st.sampled_from(valid if n else every))


#: Mostly an item of the common form with a field or two changed; sometimes any fields at all.
_COMMON = st.fixed_dictionaries(
    {"date": _value("date"), "kind": _value("kind"), "title": _value("title")},
    optional={key: _value(key) for key in _VALID if key not in ("date", "kind", "title")},
)
_ANY = st.fixed_dictionaries({}, optional={key: st.sampled_from(values) for key, values in _VALUES.items()})
_ITEM = st.integers(0, 9).flatmap(lambda n: _COMMON if n else _ANY)


class _Dumper(yaml.SafeDumper):
    """Writes a value met twice in full (the examples share values): no anchors, which a
    submission may not have."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _text(items: list[dict[str, object]], period: bool) -> str:
    header: dict[str, object] = {"format": 1, "unit": "phuong-hong-bang"}
    if period:
        header["period"] = {"from": "2025-09-01", "to": "2025-10-31"}
    return yaml.dump({**header, "items": items}, Dumper=_Dumper, allow_unicode=True, sort_keys=False)


@settings(max_examples=1000, deadline=None, derandomize=True, database=None)
@given(items=st.lists(_ITEM, max_size=12), period=st.booleans())
def test_any_items_give_the_same_summary_either_way(
    plan: Plan, tmp_path_factory: pytest.TempPathFactory, items: list[dict[str, object]], period: bool
) -> None:
    # Each item twice and the file twice: what the first meeting teaches, the others use.
    texts = [_text(items + items, period)] * 2
    folder = tmp_path_factory.mktemp("plain")
    fast = _check(plan, texts, folder)
    assert [summary.items for summary in fast] == [2 * len(items)] * 2  # the files were read
    with pytest.MonkeyPatch.context() as patch:
        _whole_way(patch)
        assert _check(plan, texts, folder) == fast
