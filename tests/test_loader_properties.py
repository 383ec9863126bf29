"""Properties of the loader, over inputs hypothesis makes up.

- Any bytes become a :class:`~hpcampaign.load.tree.Document` or a :class:`~hpcampaign.load.tree.Fatal`,
  through ``decode`` + ``parse`` and through ``check_file``: never an exception.
- Every position reported lies inside the file: 1 ≤ line ≤ lines, 1 ≤ column ≤ line length + 1,
  lines counted as libyaml counts them (``\\r\\n``, ``\\r``, ``\\n``, U+0085, U+2028, U+2029).
- A valid document loads to the tree it was dumped from, the same with and without positions,
  and the same as ``yaml.safe_load`` when every scalar is a string.
- Dates written in every accepted form, and durations formatted by ``format_duration``, read back.

Runs are derandomized (the same examples every time) and small, to keep the suite fast.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
import warnings
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from hpcampaign.intake.context import Context, context
from hpcampaign.intake.validate import check_file
from hpcampaign.load import files
from hpcampaign.load import marks as loader_marks
from hpcampaign.load import tree as yamlio
from hpcampaign.plan.model import Plan
from hpcampaign.text.values import format_duration, parse_date, parse_duration

# On a failure, hypothesis's pytest plugin imports its patch writer, which imports libcst, which
# warns (mypy_extensions.TypedDict is deprecated): with filterwarnings=error that hides the failing
# example behind an INTERNALERROR. Importing it here once, warnings silenced, keeps reports readable.
with warnings.catch_warnings(), contextlib.suppress(ImportError):  # no libcst: the plugin skips it too
    warnings.simplefilter("ignore", DeprecationWarning)
    import hypothesis.extra._patching  # noqa: F401

FAST = settings(max_examples=150, deadline=None, derandomize=True, database=None)
BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
Tree = dict[str, "Tree"] | list["Tree"] | str | None

# --- inputs --------------------------------------------------------------------------------------

# Pieces of YAML syntax, encodings and control bytes, so that random input reaches deep into libyaml.
TOKENS = [
    b"a", b"items", b": ", b":", b"- ", b"-", b"\n", b"  ", b" ", b"[", b"]", b"{", b"}", b", ", b"'", b'"',
    b"#", b"&x ", b"*x", b"!t ", b"!!str ", b"? ", b"|", b">-", b"\r\n", b"\r", b"\t", b"---\n", b"...\n",
    b"%YAML 1.1\n", b"~", b"\\", b"12:30", b"2025-09-31", b"\xc3\xa9", b"e\xcc\x81", b"\xef\xbb\xbf",
    b"\x07", b"\x00", b"\xc2\x85", b"\xe2\x80\xa8", b"\xff", b"\xfe", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80",
]  # fmt: skip
yamlish = st.lists(st.sampled_from(TOKENS), max_size=40).map(b"".join)
any_bytes = st.one_of(
    st.binary(max_size=80),
    yamlish,
    st.binary(max_size=4).flatmap(lambda head: yamlish.map(lambda rest: head + rest)),
    st.text(max_size=30).map(lambda s: s.encode("utf-8", "surrogatepass")),
)

# Text in NFC (the loader normalises; the comparison must not depend on it), without U+0085:
# PyYAML's emitter writes it raw inside single quotes, where it reads back as a space.
words = st.text(st.characters(codec="utf-8", exclude_characters="\x85"), max_size=12).map(
    lambda s: unicodedata.normalize("NFC", s)
)
trees: st.SearchStrategy[Tree] = st.recursive(
    words,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(words, inner, max_size=4)),
    max_leaves=12,
)


def lines_of(text: str) -> list[str]:
    return BREAK.split(text)


def assert_inside(lines: list[str], line: int | None, column: int | None) -> None:
    assert line is not None and column is not None
    assert 1 <= line <= len(lines), (line, len(lines))
    assert 1 <= column <= len(lines[line - 1]) + 1, (line, column, lines[line - 1])


def marks(result: yamlio.Document | loader_marks.Fatal) -> list[tuple[int | None, int | None]]:
    if isinstance(result, loader_marks.Fatal):
        return [] if result.line is None and result.column is None else [(result.line, result.column)]
    found: list[tuple[int | None, int | None]] = [(i.mark.line, i.mark.column) for i in result.issues]
    if result.positions is not None:
        for mark in (*result.positions.keys.values(), *result.positions.values.values()):
            found.append((mark.line, mark.column))
    return found


def raw_text(raw: bytes) -> str:
    """The file as encoding errors are placed in it: no BOM, undecodable bytes read as U+FFFD."""
    return raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "replace")


# --- never an exception; positions inside the file -----------------------------------------------


@FAST
@given(any_bytes)
def test_any_bytes_load_to_a_document_or_a_fatal(raw: bytes) -> None:
    data = files.decode(raw)
    if isinstance(data, loader_marks.Fatal):
        assert data.msg_id.startswith("encoding.")
        for line, column in marks(data):
            assert_inside(lines_of(raw_text(raw)), line, column)
        return
    lines = lines_of(data.decode("utf-8"))
    fast, tracked = yamlio.parse(data), yamlio.parse(data, track=True)
    for result in (fast, tracked):
        assert isinstance(result, yamlio.Document | loader_marks.Fatal)
        for line, column in marks(result):
            assert_inside(lines, line, column)
    if isinstance(fast, loader_marks.Fatal):
        assert tracked == fast
    else:
        assert isinstance(tracked, yamlio.Document) and tracked.positions is not None
        assert (fast.tree, fast.issues) == (tracked.tree, tracked.issues)


@pytest.fixture(scope="module")
def ctx(plan: Plan) -> Context:
    return context(plan, date(2025, 9, 27))


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("properties") / "submission.yaml"


def check_inside(path: Path, ctx: Context) -> None:
    raw = path.read_bytes()
    summary = check_file(path, ctx)
    decoded = files.decode(raw)
    text = decoded.decode("utf-8") if isinstance(decoded, bytes) else raw_text(raw)
    for problem in summary.problems:
        assert_inside(lines_of(text), problem.line, problem.column)
        assert problem.message("vi") and problem.message("en")


@settings(FAST, max_examples=100)
@given(any_bytes)
def test_any_bytes_through_check_file(ctx: Context, scratch: Path, raw: bytes) -> None:
    scratch.write_bytes(raw)
    check_inside(scratch, ctx)


# Submission-shaped documents, to reach validation (and its positions) rather than the parser.
# ``url`` only ever gets text here: a list there crashes submission._url (see test_problem_positions).
FIELD_VALUES = {
    "date": ["2025-09-20", "20/09/2025", "2025-09-31", "2025-09-29T20:00:00Z", "hôm qua", "", "29/09/25"],
    "kind": ["news", "article", "artcle", "documentary", "loudspeaker_broadcast", "audio_file", ""],
    "count": ["1", "010", "0", "10001", "ba", "2"],
    "title": ["Hải Phòng — vươn ra biển lớn", "", "Tin"],
    "url": ["https://example.vn/p/1", "example.vn", ""],
    "language": ["vi", "EN", "no", "xx"],
    "duration": ["12:30", "PT12M30S", "5:00", "abc", "90"],
    "platforms": ["tv", "tivi"],
    "note": ["ghi chú"],
    "titel": ["Tin"],
}
values = st.one_of(st.sampled_from(sorted({v for vs in FIELD_VALUES.values() for v in vs})), trees)
items = st.fixed_dictionaries(
    {},
    optional={
        key: st.sampled_from(choices) if key == "url" else st.one_of(st.sampled_from(choices), trees)
        for key, choices in FIELD_VALUES.items()
    },
)
submissions = st.fixed_dictionaries(
    {
        "unit": st.sampled_from(["phuong-hong-bang", "Phường Thuỷ Nguyên", "phuong-hong-bag", "vtv", ""]),
        "items": st.one_of(st.lists(items, max_size=4), trees),
    },
    optional={
        "period": st.one_of(st.just({"from": "2025-09-15", "to": "2025-09-21"}), trees),
        "format": st.sampled_from(["1", "2"]),
        "reporter": values,
        "extra": values,
    },
)


@settings(FAST, max_examples=100)
@given(submissions, st.sampled_from([False, True, None]), st.booleans())
def test_submissions_through_check_file(
    ctx: Context, scratch: Path, document: dict[str, object], flow: bool | None, crlf: bool
) -> None:
    text = yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True, sort_keys=False)
    scratch.write_bytes(text.replace("\n", "\r\n" if crlf else "\n").encode("utf-8"))
    check_inside(scratch, ctx)


# --- a valid document loads to its own tree ------------------------------------------------------


@FAST
@given(trees, st.sampled_from([False, True, None]), st.booleans())
def test_valid_documents_load_to_the_same_tree(tree: Tree, flow: bool | None, unicode: bool) -> None:
    text = yaml.safe_dump(tree, default_flow_style=flow, allow_unicode=unicode)
    data = files.decode(text.encode("utf-8"))
    assert isinstance(data, bytes)
    fast, tracked = yamlio.parse(data), yamlio.parse(data, track=True)
    assert isinstance(fast, yamlio.Document) and isinstance(tracked, yamlio.Document)
    assert fast.tree == tracked.tree == tree
    assert fast.tree == yaml.safe_load(text)
    assert fast.positions is None and not fast.issues
    assert tracked.positions is not None and () in tracked.positions.values


# --- dates and durations read back -------------------------------------------------------------


@FAST
@given(st.dates(date(1000, 1, 1), date(9999, 12, 31)), st.times())
def test_dates_in_every_form_read_back(day: date, moment: time) -> None:
    forms = [
        day.isoformat(),
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day:02d}-{day.month:02d}-{day.year}",
        f"{day.day}-{day.month}-{day.year}",
        f" {day.isoformat()} ",
        f"{day.isoformat()}T{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}",
        f"{day.isoformat()} {moment.hour}:{moment.minute:02d}",
        f"{day.isoformat()}T{moment.isoformat()}",
    ]
    for form in forms:
        assert parse_date(form) == day, form


# Hai Phong has kept UTC+7, without summer time, since June 1975: a fixed offset is the oracle.
HAI_PHONG = timezone(timedelta(hours=7))


@FAST
@given(
    st.datetimes(datetime(1976, 1, 1), datetime(2199, 12, 31)),
    st.integers(-12 * 60, 14 * 60).map(lambda minutes: timedelta(minutes=minutes)),
)
def test_date_times_with_an_offset_are_dates_in_hai_phong(moment: datetime, offset: timedelta) -> None:
    aware = moment.replace(microsecond=0, tzinfo=timezone(offset))
    expected = aware.astimezone(HAI_PHONG).date()
    sign = "-" if offset < timedelta(0) else "+"
    hours, minutes = divmod(abs(offset) // timedelta(minutes=1), 60)
    stamp = aware.strftime("%Y-%m-%dT%H:%M:%S")
    suffixes = [f"{sign}{hours:02d}:{minutes:02d}", f"{sign}{hours:02d}{minutes:02d}"]
    if not minutes:
        suffixes.append(f" {sign}{hours:02d}")
    for suffix in suffixes:
        assert parse_date(stamp + suffix) == expected, stamp + suffix
    assert parse_date(aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")) == expected


@FAST
@given(st.integers(1, 24 * 3600))
def test_durations_read_back(seconds: int) -> None:
    assert parse_duration(format_duration(seconds)) == seconds
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    assert parse_duration(f"PT{hours}H{minutes}M{secs}S") == seconds
    assert parse_duration(f"{hours}h{minutes}m{secs}s") == seconds
    if hours * 60 + minutes < 1000:  # mm:ss takes at most three digits of minutes
        assert parse_duration(f"{hours * 60 + minutes}:{secs:02d}") == seconds
    if secs == 0:
        assert parse_duration(str(hours * 60 + minutes)) == seconds  # plain minutes
