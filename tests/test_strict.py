"""The fast readers of :mod:`hpcampaign.intake.strict` give what the pydantic models give, or
nothing: never another value, never another type.

pydantic is the reference here (the models of ``intake/submission.py`` are the one authority on
a submission's form); the values written out below were worked out by hand from the forms.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ConfigDict, TypeAdapter, ValidationError

from hpcampaign.intake import strict, validate
from hpcampaign.intake.context import context
from hpcampaign.intake.strict import Header, Period
from hpcampaign.intake.submission import Header as HeaderModel
from hpcampaign.intake.submission import Item
from hpcampaign.load.files import decode
from hpcampaign.load.marks import Fatal
from hpcampaign.load.tree import parse
from hpcampaign.plan.model import Plan

from .conftest import ROOT

TZ = "Asia/Ho_Chi_Minh"
SUBMISSIONS = ROOT / "submissions"
SETTINGS = settings(max_examples=1500, deadline=None, derandomize=True, database=None)


def pydantic_item(entry: object) -> dict[str, Any] | None:
    try:
        return Item.model_validate(entry, context={"timezone": TZ}).__dict__
    except ValidationError:
        return None


def pydantic_header(fields: object) -> Header | None:
    try:
        return HeaderModel.model_validate(fields, context={"timezone": TZ}).plain()
    except ValidationError:
        return None


def _typed(value: object) -> object:
    """``value`` with the type of everything in it, so that ``1 == True`` or ``[] == ()`` never
    passes for equal."""
    if isinstance(value, list | tuple):
        return (type(value), [_typed(one) for one in value])
    if isinstance(value, dict):
        return (dict, [(key, _typed(one)) for key, one in value.items()])
    if isinstance(value, Header | Period):
        return (type(value), [_typed(getattr(value, one.name)) for one in fields(value)])
    return (type(value), value)


def assert_same(read: object, reference: object) -> None:
    assert read == reference
    assert _typed(read) == _typed(reference)


# --- Generated forms ------------------------------------------------------------------------

#: Blanks a clerk's text may carry around it: ASCII, Unicode (no-break, ideographic, NEL, line
#: separator), the four that Python strips and Rust does not (\x1c-\x1f), and characters that
#: look blank and are not (Mongolian vowel separator, zero-width space).
BLANKS = ["", " ", "  ", "\t", "\n", "\u00a0", "\u3000", "\x85", "\u2028", "\x1c", "\x1f", "\u180e", "\u200b"]


def padded(words: list[str]) -> st.SearchStrategy[str]:
    """One of ``words`` with blanks around it."""
    return st.builds(
        lambda a, w, b: a + w + b, st.sampled_from(BLANKS), st.sampled_from(words), st.sampled_from(BLANKS)
    )


#: What is not text: the loader gives None, a list or a mapping; others, in case.
NOT_TEXT = st.one_of(
    st.none(), st.just([]), st.just({}), st.just({"a": "b"}), st.integers(-2, 3), st.booleans()
)

DATES = padded(
    [
        "2025-09-29",
        "29/09/2025",
        "5-9-2025",
        "5/9/2025",
        "2025-09-29T20:00:00Z",
        "2025-09-29 08:00",
        "31/09/2025",
        "2025-02-30",
        "29/13/2025",
        "2025/09/29",
        "29.09.2025",
        "hôm qua",
        "",
    ]
)
COUNTS = padded(["5", "+5", "05", "5.0", "5.", "0", "-1", "10000", "10001", "abc", "1e3", "٣", "1_0", ""])
#: Texts, among them some that only Python takes for blank (\x1c-\x1f): no text to our own
#: validators, and text that pydantic-core does not trim.
TEXTS = st.one_of(
    padded(["Tin", "Bốn mùa", "a  b", "news", "\x1cTin", "Tin\x1f", "", "a\ud800"]),
    st.sampled_from(["\x1c", "\x1f \x1e", " \x1d\u00a0"]),
    st.text(max_size=6),
)
URLS = padded(
    [
        "https://a.vn/1",
        "http://x",
        "HTTP://X.VN",
        "Https://y",
        "a.vn",
        "ftp://x",
        "https:/a",
        "",
        "https://a\ud800",
    ]
)
LANGUAGES = padded(["vi", "en", "EN", "tiếng Anh", "", "\u200bvi"])
DURATIONS = padded(
    ["12:30", "1:05:00", "PT12M30S", "12m30s", "45", "6p30", "5 phút", "12:75", "0", "99999", "abc", ""]
)


def field(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A field's value: mostly of its own forms, sometimes no text at all."""
    return st.one_of(values, values, values, NOT_TEXT)


def changed(
    base: st.SearchStrategy[dict[str, Any]], changes: dict[str, st.SearchStrategy[Any]]
) -> st.SearchStrategy[Any]:
    """A mapping of ``base`` with one key set to any of its forms (``changes``): most mappings
    so drawn are valid but for one field, or quite valid."""
    change = st.one_of(*(st.tuples(st.just(name), values) for name, values in changes.items()))
    return st.builds(lambda mapping, key_value: {**mapping, key_value[0]: key_value[1]}, base, change)


#: Valid forms (with the blanks Python and Rust both strip), each field's own.
GOOD_BLANKS = ["", " ", "	", " ", "　", ""]


def good(words: list[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda a, w, b: a + w + b,
        st.sampled_from(GOOD_BLANKS),
        st.sampled_from(words),
        st.sampled_from(GOOD_BLANKS),
    )


GOOD_TEXTS = good(["Tin", "Bốn mùa", "news", "a  b"])
GOOD_ITEMS = st.fixed_dictionaries(
    {"date": good(["2025-09-29", "29/09/2025", "5-9-2025"]), "kind": GOOD_TEXTS},
    optional={
        "count": good(["5", "+5", "05", "5.0", "10000"]),
        "title": st.one_of(GOOD_TEXTS, st.none()),
        "url": st.one_of(good(["https://a.vn/1", "HTTP://X.VN"]), st.none()),
        "platforms": st.one_of(GOOD_TEXTS, st.lists(GOOD_TEXTS, max_size=3), st.none()),
        "language": good(["vi", "en", "EN"]),
        "duration": st.one_of(good(["12:30", "PT12M30S", "12m30s", "45"]), st.none()),
        "note": st.one_of(GOOD_TEXTS, good([""]), st.none()),
    },
)
PLATFORMS = st.one_of(TEXTS, st.lists(TEXTS, max_size=3), st.lists(st.one_of(TEXTS, st.none()), max_size=2))
ITEM_CHANGES = {
    "date": field(DATES),
    "kind": field(TEXTS),
    "count": field(COUNTS),
    "title": field(TEXTS),
    "url": field(URLS),
    "platforms": field(PLATFORMS),
    "language": field(LANGUAGES),
    "duration": field(DURATIONS),
    "note": field(TEXTS),
    "titel": TEXTS,
    "ngày": DATES,
    "": st.none(),
}
ITEMS = st.one_of(
    changed(GOOD_ITEMS, ITEM_CHANGES),
    changed(GOOD_ITEMS, ITEM_CHANGES),
    st.fixed_dictionaries({}, optional=ITEM_CHANGES),
    st.fixed_dictionaries({}, optional={"date": DATES, "kind": TEXTS, "title": TEXTS}),
    NOT_TEXT,
    TEXTS,
)

GOOD_DATE = good(["2025-09-22", "22/09/2025"])
PERIODS = st.one_of(
    st.fixed_dictionaries({"from": GOOD_DATE, "to": GOOD_DATE}),
    st.fixed_dictionaries({"from": field(DATES), "to": field(DATES)}),
    st.fixed_dictionaries(
        {}, optional={"from": DATES, "to": DATES, "start": DATES, "end": DATES, "tu": DATES}
    ),
    NOT_TEXT,
    TEXTS,
)
DIFFICULTIES = st.one_of(TEXTS, st.lists(st.one_of(TEXTS, TEXTS, NOT_TEXT), max_size=3))
GOOD_HEADERS = st.fixed_dictionaries(
    {"unit": GOOD_TEXTS},
    optional={
        "format": st.just("1"),
        "reporter": st.one_of(GOOD_TEXTS, st.none()),
        "period": st.one_of(st.fixed_dictionaries({"from": GOOD_DATE, "to": GOOD_DATE}), st.none()),
        "difficulties": st.one_of(GOOD_TEXTS, st.lists(GOOD_TEXTS, max_size=2), st.none()),
    },
)
HEADER_CHANGES = {
    "unit": field(TEXTS),
    "format": field(padded(["1", "01", "+1", "1.0", "2", "một", ""])),
    "reporter": field(TEXTS),
    "period": PERIODS,
    "difficulties": field(DIFFICULTIES),
    "title": TEXTS,
    "đơn vị": TEXTS,
}
HEADERS = st.one_of(
    changed(GOOD_HEADERS, HEADER_CHANGES),
    changed(GOOD_HEADERS, HEADER_CHANGES),
    st.fixed_dictionaries({}, optional=HEADER_CHANGES),
    st.fixed_dictionaries({}, optional={"reporter": TEXTS, "period": PERIODS}),
    NOT_TEXT,
)


@SETTINGS
@given(ITEMS)
def test_an_item_read_is_what_pydantic_reads(entry: object) -> None:
    read = strict.item(entry, TZ)
    if read is not None:
        assert_same(read, pydantic_item(entry))


@SETTINGS
@given(HEADERS)
def test_a_header_read_is_what_pydantic_reads(fields: object) -> None:
    read = strict.header(fields, TZ)
    if read is not None:
        assert_same(read, pydantic_header(fields))


# --- Blanks ---------------------------------------------------------------------------------


def test_white_space_is_what_pydantic_core_strips() -> None:
    """Every character pydantic-core trims around a text, and no other, is in WHITE_SPACE; and
    Python's strip takes those and four more (\\x1c-\\x1f), which the reader declines."""
    characters = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    trimmed = TypeAdapter(list[str], config=ConfigDict(str_strip_whitespace=True)).validate_python(
        [f"{c}a{c}" for c in characters]
    )
    assert {c for c, text in zip(characters, trimmed, strict=True) if text == "a"} == set(strict.WHITE_SPACE)
    assert {c for c in characters if c.isspace()} - set(strict.WHITE_SPACE) == {
        "\x1c",
        "\x1d",
        "\x1e",
        "\x1f",
    }


# --- By hand --------------------------------------------------------------------------------


def test_an_item_by_hand() -> None:
    entry = {
        "date": " 29/09/2025 ",
        "kind": "\u00a0tin\u3000",
        "count": "3",
        "title": " Bốn mùa ",
        "url": " HTTPS://a.vn/x\x1c",
        "platforms": "facebook",
        "duration": "12:30",
        "note": "   ",
    }
    assert_same(
        strict.item(entry, TZ),
        {
            "date": date(2025, 9, 29),
            "kind": "tin",
            "count": 3,
            "title": "Bốn mùa",
            "url": "HTTPS://a.vn/x",  # the web address is stripped as Python strips (\x1c too)
            "platforms": ["facebook"],
            "language": "vi",
            "duration": 750,
            "note": "",
        },
    )


def test_an_item_with_defaults_by_hand() -> None:
    entry = {
        "date": "5-9-2025",
        "kind": "news",
        "platforms": [" zalo", "portal "],
        "language": "EN",
        "count": "+05.0",
    }
    assert_same(
        strict.item(entry, TZ),
        {
            "date": date(2025, 9, 5),
            "kind": "news",
            "count": 5,
            "title": None,
            "url": None,
            "platforms": ["zalo", "portal"],
            "language": "EN",
            "duration": None,
            "note": None,
        },
    )


def test_an_item_as_the_loader_gives_it() -> None:
    """Empty values are None in the tree: left empty, an optional field is None."""
    doc = parse(
        b"items:\n"
        b"  - date: 2025-09-29T20:00:00Z\n"  # 30 September in Hai Phong
        b"    kind: article\n"
        b"    title:\n"
        b"    url: ~\n"
        b"    platforms: []\n"
        b"    duration: PT1H\n"
        b"    note: null\n"
        b"    count: 10000\n"
    )
    assert not isinstance(doc, Fatal) and isinstance(doc.tree, dict)
    entries = doc.tree["items"]
    assert isinstance(entries, list)
    [entry] = entries
    assert_same(
        strict.item(entry, TZ),
        {
            "date": date(2025, 9, 30),
            "kind": "article",
            "count": 10000,
            "title": None,
            "url": None,
            "platforms": [],
            "language": "vi",
            "duration": 3600,
            "note": None,
        },
    )


def test_a_header_by_hand() -> None:
    fields = {
        "unit": " phuong-hong-bang ",
        "format": "1",
        "reporter": "\u00a0",
        "period": {"from": "2025-09-22", "to": "28/09/2025"},
        "difficulties": "Thiếu người",
    }
    assert_same(
        strict.header(fields, TZ),
        Header("phuong-hong-bang", 1, "", Period(date(2025, 9, 22), date(2025, 9, 28)), ("Thiếu người",)),
    )
    assert_same(
        strict.header({"unit": "x", "period": None, "difficulties": [" a", ""]}, TZ),
        Header("x", 1, None, None, ("a", "")),
    )
    assert_same(strict.header({"unit": "x"}, TZ), Header("x"))


#: Forms the reader leaves to pydantic: invalid ones, and valid ones it does not read (marked).
DECLINED_ITEMS: list[tuple[dict[str, Any], bool]] = [
    ({"date": "2025-09-29", "kind": "news", "count": "0"}, False),
    ({"date": "2025-09-29", "kind": "news", "count": "10001"}, False),
    ({"date": "2025-09-29", "kind": "news", "count": "abc"}, False),
    ({"date": "2025-09-29", "kind": "news", "count": None}, False),
    ({"date": "2025-09-29", "kind": "news", "titel": "Tin"}, False),
    ({"date": "2025-09-29", "kind": "news", "title": " \u00a0\u3000 "}, False),
    ({"date": "2025-09-29", "kind": "news", "title": "\x1c"}, False),
    ({"date": "2025-09-29", "kind": "   "}, False),
    ({"date": "2025-09-29"}, False),
    ({"kind": "news"}, False),
    ({"date": "31/09/2025", "kind": "news"}, False),
    ({"date": None, "kind": "news"}, False),
    ({"date": "2025-09-29", "kind": "news", "url": "a.vn/tin"}, False),
    ({"date": "2025-09-29", "kind": "news", "platforms": ["facebook", " "]}, False),
    ({"date": "2025-09-29", "kind": "news", "platforms": [None]}, False),
    ({"date": "2025-09-29", "kind": "news", "platforms": {"a": "b"}}, False),
    ({"date": "2025-09-29", "kind": "news", "language": None}, False),
    ({"date": "2025-09-29", "kind": "news", "duration": "abc"}, False),
    ({"date": "2025-09-29", "kind": "news", "duration": "0"}, False),
    ({"date": "2025-09-29", "kind": "news", "title": "Tin\ud800"}, False),
    # Valid, and left to pydantic: texts that end in a character Python strips and Rust keeps.
    ({"date": "2025-09-29", "kind": "news", "title": "\x1cTin"}, True),
    ({"date": "2025-09-29", "kind": "news", "note": "\x1f"}, True),
]


@pytest.mark.parametrize(("entry", "valid"), DECLINED_ITEMS)
def test_forms_left_to_pydantic(entry: dict[str, Any], valid: bool) -> None:
    assert strict.item(entry, TZ) is None
    assert (pydantic_item(entry) is not None) is valid


@pytest.mark.parametrize("entry", [None, "2025-09-29 news", [], [{"date": "2025-09-29", "kind": "news"}]])
def test_an_item_that_is_no_mapping_is_left_to_pydantic(entry: object) -> None:
    assert strict.item(entry, TZ) is None


DECLINED_HEADERS: list[tuple[dict[str, Any], bool]] = [
    ({}, False),
    ({"unit": " "}, False),
    ({"unit": "x", "format": "2"}, False),
    ({"unit": "x", "format": None}, False),
    ({"unit": "x", "items": []}, False),
    ({"unit": "x", "đơn vị": "x"}, False),
    ({"unit": "x", "period": {"from": "2025-09-22"}}, False),
    ({"unit": "x", "period": {"from": "2025-09-22", "to": "2025-09-28", "note": "x"}}, False),
    ({"unit": "x", "period": "2025-09-22"}, False),
    ({"unit": "x", "difficulties": [None]}, False),
    ({"unit": "x", "difficulties": {"a": "b"}}, False),
    ({"unit": "x", "reporter": ["a"]}, False),
    # Valid, and left to pydantic: unusual spellings of the format and the period.
    ({"unit": "x", "format": " 01.0 "}, True),
    ({"unit": "x", "period": {"start": "2025-09-22", "end": "2025-09-28"}}, True),
    ({"unit": "x", "reporter": "Tú\x1d"}, True),
]


@pytest.mark.parametrize(("fields", "valid"), DECLINED_HEADERS)
def test_headers_left_to_pydantic(fields: dict[str, Any], valid: bool) -> None:
    assert strict.header(fields, TZ) is None
    assert (pydantic_header(fields) is not None) is valid


# --- The example files ----------------------------------------------------------------------


def _trees() -> list[tuple[str, Any]]:
    trees = []
    for path in sorted(SUBMISSIONS.rglob("*.y*ml")):
        data = decode(path.read_bytes())
        doc = parse(data) if isinstance(data, bytes) else data
        if not isinstance(doc, Fatal):
            trees.append((str(path.relative_to(SUBMISSIONS)), doc.tree))
    return trees


def test_every_valid_item_and_header_of_the_examples_is_read() -> None:
    trees = _trees()
    assert len(trees) > 100
    items = headers = 0
    for name, tree in trees:
        if not isinstance(tree, dict):
            continue
        header = {key: value for key, value in tree.items() if key != "items"}
        reference = pydantic_header(header)
        if reference is not None:
            assert_same(strict.header(header, TZ), reference)
            headers += 1
        for entry in tree.get("items") or ():
            expected = pydantic_item(entry)
            if expected is not None:
                read = strict.item(entry, TZ)
                assert read is not None, (name, entry)
                assert_same(read, expected)
                items += 1
    assert headers > 100 and items > 1000


def test_clean_examples_are_checked_without_pydantic(plan: Plan, monkeypatch: pytest.MonkeyPatch) -> None:
    """The example files with no problem never reach the models (the fast path is the path),
    and are summarised as they were."""
    ctx = context(plan, date(2026, 2, 28), date(2026, 3, 1))
    paths = sorted(SUBMISSIONS.rglob("*.yaml"))
    clean = {path: summary for path in paths if not (summary := validate.check_file(path, ctx)).problems}
    assert len(clean) > 100

    def refused(*args: object) -> Any:
        raise AssertionError("pydantic was asked")

    monkeypatch.setattr(
        validate, "_by_pydantic", lambda entries, indexes, *rest: refused() if indexes else iter(())
    )
    monkeypatch.setattr(validate, "_header_by_pydantic", refused)
    for path, summary in clean.items():
        assert validate.check_file(path, ctx) == summary, path


def test_the_fast_path_imports_no_pydantic() -> None:
    code = (
        "import sys, hpcampaign.intake.strict, hpcampaign.load.findings\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core', 'typer', 'rich')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=Path(ROOT), capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_remembered_words_are_bounded_and_forgotten_after_a_run() -> None:
    strict.clear_caches()
    for number in range(strict.MAX_WORDS + 50):
        assert strict.item({"date": "2025-09-29", "kind": f"kind-{number}"}, "Asia/Ho_Chi_Minh") is not None
    long = "x" * (strict.LONGEST_WORD + 1)
    read = strict.item({"date": "2025-09-29", "kind": f" {long} "}, "Asia/Ho_Chi_Minh")
    assert read is not None and read["kind"] == long
    assert len(strict._TEXTS) == strict.MAX_WORDS
    assert list(strict._DAYS) == ["Asia/Ho_Chi_Minh"] and list(strict._DAYS["Asia/Ho_Chi_Minh"]) == [
        "2025-09-29"
    ]
    assert all(len(word) <= strict.LONGEST_WORD for word in strict._TEXTS)
    strict.clear_caches()
    assert strict._TEXTS == {} and strict._COUNTS == {} and strict._DAYS == {}


def test_the_fields_are_the_models() -> None:
    from hpcampaign.intake.submission import Header as HeaderModel
    from hpcampaign.intake.submission import Item

    assert frozenset(Item.model_fields) == strict.ITEM_FIELDS
    assert {info.alias or name for name, info in HeaderModel.model_fields.items()} == strict._HEADER_FIELDS
