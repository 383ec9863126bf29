"""The submission JSON Schema never rejects a file the tool accepts (``schemas/submission.schema.json``).

Editors validate a submission against the schema as the clerk types (yaml-language-server reads
YAML 1.2: ``count: 5`` is a number there, ``count: "+5"`` text, ``url:`` null); the tool reads
every scalar as text. So hypothesis writes submissions as a clerk would, every field in valid and
near-valid forms (signed, zero-padded, quoted, blank, of another type, misspelt, in another
case), and this module checks one implication:

    the tool accepts the file  ⇒  the schema accepts the document an editor reads from it.

*The tool accepts* means: the file is not voided, and it has no problem of the form (``schema``,
``unknown-field``, ``bad-date``, ``bad-duration``) nor of the plan's vocabulary that the schema
lists as enums (``unknown-kind``, ``unknown-language``, ``unknown-platform``: an editor should
flag ``kind: artcle`` as it is typed). Problems no schema can see (below) do not count against it.
The document an editor reads is the file parsed with YAML 1.2's core schema (:class:`Yaml12`).
The reverse does not hold, and cannot: a schema accepts much that the tool refuses.

What a JSON Schema cannot express, so that only the tool checks it:

- that a date exists (``31/09/2025`` has the shape of a date), is not after the as-of date or
  today, lies inside the campaign and inside the file's ``period``; that ``period.from`` is not
  after ``period.to``;
- which unit a name means: names are matched after NFC, case folding and either tone-mark
  placement ("Thuỷ" = "Thủy"), so any text is a possible unit (the ids are offered);
- the text forms of a duration (``12:30``, ``1:05:00``, ``PT12M30S``, ``12m30s``, ``12.5``), beyond
  "it has a digit", and the bounds of a kind (a 9-minute documentary is a warning, not an error);
- text that YAML 1.2 reads as a number though the tool does not read it as one: ``count: 1e1``
  or ``count: 0x10`` are 10 and 16 to an editor, text to the tool; ``count: 0000000005`` has
  more digits than the tool reads;
- everything of YAML itself: a repeated key, anchors, aliases and tags, tabs and indentation, the
  encoding (UTF-8 only), and the limits on size, depth and list lengths;
- everything across items and files: duplicates (by URL, or by date, kind and title), several
  files of one unit merged, a copied file;
- that an item is counted at all: a voided file counts nothing, whatever its items.

The examples below (:data:`ACCEPTED`) are the forms the schema used to refuse, one each.
"""

from __future__ import annotations

import contextlib
import json
import re
import warnings
from datetime import date
from functools import cache
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from hpcampaign.intake.submission import json_schema
from hpcampaign.intake.validate import Context, check_file, context
from hpcampaign.plan.load import load_plan
from hpcampaign.plan.model import Plan
from hpcampaign.records import FileSummary

from .conftest import PLAN_PATH, ROOT

# As in test_loader_properties: on a failure, hypothesis's pytest plugin imports libcst, which
# warns, and filterwarnings=error would hide the failing example behind an INTERNALERROR.
with warnings.catch_warnings(), contextlib.suppress(ImportError):
    warnings.simplefilter("ignore", DeprecationWarning)
    import hypothesis.extra._patching  # noqa: F401

#: Problems of a file's form, which the schema describes.
FORM = frozenset({"schema", "unknown-field", "bad-date", "bad-duration"})
#: Ids of the plan that the schema lists (kinds, languages, platforms).
VOCABULARY = frozenset({"unknown-kind", "unknown-language", "unknown-platform"})
AS_OF = date(2025, 10, 31)


# --- YAML as an editor reads it ------------------------------------------------------------------


class Yaml12(yaml.SafeLoader):
    """PyYAML with YAML 1.2's core schema (what yaml-language-server reads), not YAML 1.1's.

    No timestamps, no sexagesimal numbers (``12:30`` is text), no ``yes``/``no``/``on``/``off``
    booleans, no octal ``010`` (it is ten), no merge keys.
    """


Yaml12.yaml_implicit_resolvers = {}  # PyYAML's table of YAML 1.1, emptied for this class alone


def _int(loader: yaml.SafeLoader, node: yaml.Node) -> int:
    text = str(loader.construct_scalar(node))  # type: ignore[arg-type]
    if text.startswith(("0o", "0x")):
        return int(text[2:], 8 if text[1] == "o" else 16)
    return int(text, 10)


def _float(loader: yaml.SafeLoader, node: yaml.Node) -> float:
    text = str(loader.construct_scalar(node)).lower()  # type: ignore[arg-type]
    if text.endswith(".nan"):
        return float("nan")
    return float(text.replace(".inf", "inf"))


for _tag, _pattern, _first in (
    ("null", r"~|null|Null|NULL|", ["~", "n", "N", ""]),
    ("bool", r"true|True|TRUE|false|False|FALSE", list("tTfF")),
    ("int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+", list("-+0123456789")),
    (
        "float",
        r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)",
        list("-+.0123456789"),
    ),
):
    Yaml12.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(rf"^(?:{_pattern})$"), _first)
Yaml12.add_constructor("tag:yaml.org,2002:int", _int)
Yaml12.add_constructor("tag:yaml.org,2002:float", _float)


def test_yaml12_reads_as_an_editor_does() -> None:
    text = "a: 12:30\nb: 010\nc: no\nd: 2025-09-29\ne: +5\nf: '+5'\ng: 5.0\nh:\ni: 0x10\nj: True\nk: 1_000\n"
    assert yaml.load(text, Loader=Yaml12) == {
        "a": "12:30",
        "b": 10,
        "c": "no",
        "d": "2025-09-29",
        "e": 5,
        "f": "+5",
        "g": 5.0,
        "h": None,
        "i": 16,
        "j": True,
        "k": "1_000",
    }


# --- the two judges -------------------------------------------------------------------------------


@cache
def shipped() -> jsonschema.Draft202012Validator:
    """The shipped schema (``tests/test_schemas.py`` checks it is the one the tool prints)."""
    schema = json.loads((ROOT / "schemas" / "submission.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


# Module-level, not fixtures, in the property: hypothesis shows a failing example's arguments, and
# the plan and the schema would each print as a hundred kilobytes.
@cache
def shipped_context() -> Context:
    return context(load_plan(PLAN_PATH), AS_OF)


@pytest.fixture(scope="module")
def ctx() -> Context:
    return shipped_context()


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    return shipped()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("agreement") / "submission.yaml"


def tool(text: str, scratch: Path, ctx: Context) -> FileSummary:
    scratch.write_text(text, encoding="utf-8")
    return check_file(scratch, ctx)


def accepted(summary: FileSummary) -> bool:
    return not summary.voided and not any(p.code in FORM | VOCABULARY for p in summary.problems)


def schema_errors(text: str, validator: jsonschema.Draft202012Validator) -> list[str]:
    document = yaml.load(text, Loader=Yaml12)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]


# --- the forms the schema used to refuse ------------------------------------------------------------

ITEM = "  - date: 2025-09-20\n    kind: news\n    title: Tin\n"
#: (what is shown, the file): each accepted by the tool, each refused by the schema before.
ACCEPTED = [
    ("count: +5", "unit: vtv\nitems:\n" + ITEM + "    count: +5\n"),
    ("count: '+5'", "unit: vtv\nitems:\n" + ITEM + "    count: '+5'\n"),
    ('count: "5.0"', "unit: vtv\nitems:\n" + ITEM + '    count: "5.0"\n'),
    ("count: 5.0", "unit: vtv\nitems:\n" + ITEM + "    count: 5.0\n"),
    ('format: "01"', 'format: "01"\nunit: vtv\nitems:\n' + ITEM),
    ("format: 1.0", "format: 1.0\nunit: vtv\nitems:\n" + ITEM),
    ("title: 2025", "unit: vtv\nitems:\n  - date: 2025-09-20\n    kind: news\n    title: 2025\n"),
    ("title: true", "unit: vtv\nitems:\n  - date: 2025-09-20\n    kind: news\n    title: true\n"),
    ("url:", "unit: vtv\nitems:\n" + ITEM + "    url:\n"),
    ("platforms:", "unit: vtv\nitems:\n" + ITEM + "    platforms:\n"),
    ("duration:", "unit: vtv\nitems:\n" + ITEM + "    duration:\n"),
    ("duration: 12.5", "unit: vtv\nitems:\n" + ITEM.replace("news", "documentary") + "    duration: 12.5\n"),
    ("note: 12", "unit: vtv\nitems:\n" + ITEM + "    note: 12\n"),
    ("note:", "unit: vtv\nitems:\n" + ITEM + "    note:\n"),
    ("reporter: 12", "reporter: 12\nunit: vtv\nitems:\n" + ITEM),
    ("reporter:", "reporter:\nunit: vtv\nitems:\n" + ITEM),
    ('kind: "news "', 'unit: vtv\nitems:\n  - date: 2025-09-20\n    kind: "news "\n    title: Tin\n'),
    ("language: ' EN '", "unit: vtv\nitems:\n" + ITEM + "    language: ' EN '\n"),
    ("platforms: ' TV '", "unit: vtv\nitems:\n" + ITEM + "    platforms: ' TV '\n"),
    ("url: HTTPS://…", "unit: vtv\nitems:\n" + ITEM + "    url: ' HTTPS://example.vn/1'\n"),
    (
        "broadcast: no title",
        "unit: phuong-hong-bang\nitems:\n  - {date: 2025-09-20, kind: loudspeaker_broadcast}\n",
    ),
    # Kinds by their Vietnamese label (SPEC 2.2), in any case, spacing and tone-mark placement.
    ("kind: tin", "unit: vtv\nitems:\n  - {date: 2025-09-20, kind: tin, title: Tin}\n"),
    ("kind: Lượt  Phát", "unit: phuong-hong-bang\nitems:\n  - {date: 2025-09-20, kind: Lượt  Phát}\n"),
    ("kind: KẾ HỌACH", "unit: phuong-hong-bang\nitems:\n  - {date: 2025-09-20, kind: KẾ HỌACH, title: KH}\n"),
    (
        "kind: bản tin, decomposed (NFD)",
        "unit: vtv\nitems:\n  - {date: 2025-09-20, kind: ba\u0309n tin, title: B}\n",
    ),
]


@pytest.mark.parametrize(("shown", "text"), ACCEPTED, ids=[shown for shown, _ in ACCEPTED])
def test_forms_the_tool_accepts_validate(
    shown: str, text: str, scratch: Path, ctx: Context, validator: jsonschema.Draft202012Validator
) -> None:
    summary = tool(text, scratch, ctx)
    assert summary.problems == [] and not summary.voided, shown
    assert schema_errors(text, validator) == [], shown


#: (what is shown, the file, where the schema says it is wrong): refused by both.
REFUSED = [
    ("count: 0", "unit: vtv\nitems:\n" + ITEM + "    count: 0\n", ["items", 0, "count"]),
    ("count: '-5'", "unit: vtv\nitems:\n" + ITEM + "    count: '-5'\n", ["items", 0, "count"]),
    ("count: 10001", "unit: vtv\nitems:\n" + ITEM + "    count: 10001\n", ["items", 0, "count"]),
    ("count: 2.5", "unit: vtv\nitems:\n" + ITEM + "    count: 2.5\n", ["items", 0, "count"]),
    ("format: 2", "format: 2\nunit: vtv\nitems:\n" + ITEM, ["format"]),
    ("titel:", "unit: vtv\nitems:\n" + ITEM + "    titel: x\n", ["items", 0]),
    (
        "kind: artcle",
        "unit: vtv\nitems:\n  - {date: 2025-09-20, kind: artcle, title: t}\n",
        ["items", 0, "kind"],
    ),
    ("kind: News", "unit: vtv\nitems:\n  - {date: 2025-09-20, kind: News, title: t}\n", ["items", 0, "kind"]),
    ("language: vn", "unit: vtv\nitems:\n" + ITEM + "    language: vn\n", ["items", 0, "language"]),
    (
        "platforms: [tivi]",
        "unit: vtv\nitems:\n" + ITEM + "    platforms: [tivi]\n",
        ["items", 0, "platforms"],
    ),
    ("url: example.vn", "unit: vtv\nitems:\n" + ITEM + "    url: example.vn\n", ["items", 0, "url"]),
    (
        "date: 29.09.2025",
        "unit: vtv\nitems:\n  - {date: 29.09.2025, kind: news, title: t}\n",
        ["items", 0, "date"],
    ),
    ("news without title", "unit: vtv\nitems:\n  - {date: 2025-09-20, kind: news}\n", ["items", 0]),
    (
        "news, title:",
        "unit: vtv\nitems:\n  - {date: 2025-09-20, kind: news, title: }\n",
        ["items", 0, "title"],
    ),
    (
        "documentary, no duration",
        "unit: vtv\nitems:\n  - {date: 2025-09-20, kind: documentary, title: t}\n",
        ["items", 0],
    ),
    ("unit: ' '", "unit: ' '\nitems: []\n", ["unit"]),
    ("reporter: [a, b]", "reporter: [a, b]\nunit: vtv\nitems: []\n", ["reporter"]),
]


@pytest.mark.parametrize(("shown", "text", "where"), REFUSED, ids=[shown for shown, _, _ in REFUSED])
def test_forms_both_refuse(
    shown: str,
    text: str,
    where: list[str | int],
    scratch: Path,
    ctx: Context,
    validator: jsonschema.Draft202012Validator,
) -> None:
    assert not accepted(tool(text, scratch, ctx)), shown
    errors = list(validator.iter_errors(yaml.load(text, Loader=Yaml12)))
    assert [list(error.absolute_path) for error in errors] == [where], shown


def test_the_shipped_schema_lists_the_plan_s_ids(plan: Plan) -> None:
    # The ids come from the plan: another plan's schema lists its own.
    schema = json_schema(plan)
    kinds = schema["$defs"]["Item"]["properties"]["kind"]["anyOf"][0]["enum"]
    # SPEC 2.2: 13 + 6 + 4 + 3 + 3 kinds, each offered by its id and its label.
    assert kinds[:3] == ["news", "article", "report"] and len(kinds) == 2 * 29
    assert kinds[29:32] == ["tin", "bài", "phóng sự"]
    units = schema["properties"]["unit"]["anyOf"][0]["enum"]
    assert len(units) == 134 and "phuong-hong-bang" in units


# --- the property ---------------------------------------------------------------------------------


def quoted(text: str) -> st.SearchStrategy[str]:
    """``text`` as a clerk may write it: plain (where YAML reads it back whole), or quoted."""
    forms = [f"'{text.replace(chr(39), chr(39) * 2)}'", json.dumps(text, ensure_ascii=False)]
    if text and text.strip() == text and "#" not in text:
        try:
            plain = yaml.load(f"k: {text}", Loader=yaml.BaseLoader)
        except yaml.YAMLError:
            plain = None
        if isinstance(plain, dict) and plain.get("k") == text:
            forms.append(text)
    return st.sampled_from(forms)


def written(values: list[str]) -> st.SearchStrategy[str]:
    return st.sampled_from(values).flatmap(quoted)


def numbers(low: int, high: int, signs: list[str], tails: list[str]) -> st.SearchStrategy[str]:
    """Whole numbers as text: signed, zero-padded, with a tail (``.0``, ``.``), padded with blanks."""
    return st.builds(
        lambda sign, zeros, n, tail: f"{sign}{'0' * zeros}{n}{tail}",
        st.sampled_from(signs),
        st.integers(0, 3),
        st.integers(low, high),
        st.sampled_from(tails),
    ).flatmap(lambda text: st.one_of(quoted(text), quoted(f" {text} ")))


#: Per field: (forms the tool is meant to accept, near-valid forms it may refuse); raw YAML text.
FIELDS: dict[str, tuple[st.SearchStrategy[str], st.SearchStrategy[str]]] = {
    "date": (
        written(
            ["2025-09-20", "20/09/2025", "5/9/2025", "05-09-2025", "2025-09-29T20:00:00Z", " 2025-09-20 "]
        ),
        written(["2025-09-31", "29/09/25", "20250920", "", "hôm qua", "2025/09/20", "09/29/2025"])
        | st.sampled_from(["", "~", "20250920", "[2025-09-20]"]),
    ),
    "kind": (
        written(
            ["news", "article", "news ", " social_post", "documentary", "audio_file", "loudspeaker_broadcast"]
        ),
        written(["News", "artcle", "", "tin", "5"]) | st.sampled_from(["", "~", "5", "[news]"]),
    ),
    "count": (
        numbers(1, 10_000, ["", "+"], ["", ".0", ".", ".00"])
        | st.sampled_from(["1", "5", "+5", "5.0", "05", "10000", "'5.'"]),
        numbers(-2, 10_010, ["", "+", "-"], ["", ".5", "e0", "_0"])
        | st.sampled_from(["", "~", "true", "five", "1e1", "0x10", "0o7", "[5]", "'1_0'"]),
    ),
    "title": (
        written(["Tin Đại hội", "Hải Phòng: vươn ra biển", "2025", "  Tin  "])
        | st.sampled_from(["2025", "1.5", "true", "Tin"]),
        written(["", "  "]) | st.sampled_from(["", "~", "null", "[a]", "{a: b}"]),
    ),
    "url": (
        written(["https://example.vn/p/1", "HTTP://EXAMPLE.VN", " https://x.vn "])
        | st.sampled_from(["", "~"]),
        written(["example.vn", "", "ftp://x.vn", "5"]) | st.sampled_from(["5", "[https://x.vn]"]),
    ),
    "platforms": (
        written(["tv", "TV", " youtube ", "Facebook"])
        | st.sampled_from(["", "~", "[]", "[tv, youtube]", "[' Tv', RADIO]"]),
        written(["tivi", "", "tv, youtube"]) | st.sampled_from(["[tivi]", "[~]", "[5]", "{a: b}", "[[tv]]"]),
    ),
    "language": (
        written(["vi", "EN", " en ", "zh", "Ko"]),
        written(["vn", "", "xx", "english"]) | st.sampled_from(["", "~", "5", "[en]"]),
    ),
    "duration": (
        written(["12:30", "0:45", "1:05:00", "PT12M30S", "12m30s", "12", "12.5", " 14:00 "])
        | st.sampled_from(["12", "12.5", "", "~", "12:30", "0.5"]),
        written(["abc", "", "0", "-5", "1441", "12 phút", "25:61"])
        | st.sampled_from(["true", "0", "-5", "[12]", "1441", "1e9"]),
    ),
    "note": (
        written(["ghi chú", "", "12"]) | st.sampled_from(["", "~", "12", "1.5", "true", "ghi chú"]),
        st.sampled_from(["[1]", "{a: b}"]),
    ),
}
HEADER: dict[str, tuple[st.SearchStrategy[str], st.SearchStrategy[str]]] = {
    "format": (
        written(["1", "01", "+1", "1.0", " 1 ", "001.00"]) | st.sampled_from(["1", "1.0", "+1"]),
        written(["2", "0", "1.", "1e0", "", "one"]) | st.sampled_from(["", "~", "true", "2", "[1]"]),
    ),
    "reporter": (
        written(["Nguyễn Thị Lan", "", "12"]) | st.sampled_from(["", "~", "12", "true", "Lan"]),
        st.sampled_from(["[a, b]", "{a: b}"]),
    ),
    "period": (
        st.sampled_from(
            ["", "~", "{from: 2025-09-01, to: 2025-09-30}", "{from: '01/09/2025', to: 30/09/2025}"]
        ),
        st.sampled_from(
            ["{from: 2025-09-01}", "{from: 2025-09-30, to: 2025-09-01}", "{from: x, to: y}", "[]", "5"]
        ),
    ),
}
UNITS = (
    written(["vtv", "phuong-hong-bang", "Phường Thuỷ Nguyên", " vtv ", "Đài Truyền hình Việt Nam"]),
    written(["phuong-hong-bag", "", "12"]),
)


def field(choices: tuple[st.SearchStrategy[str], st.SearchStrategy[str]]) -> st.SearchStrategy[str]:
    """Mostly forms the tool takes, so that many whole files pass; now and then a near miss."""
    good, odd = choices
    return st.integers(0, 11).flatmap(lambda n: odd if n == 0 else good)


@st.composite
def submissions(draw: st.DrawFn) -> str:
    lines = []
    for name, choices in HEADER.items():
        if draw(st.booleans()):
            lines.append(f"{name}: {draw(field(choices))}".rstrip())
    lines.append(f"unit: {draw(field(UNITS))}".rstrip())
    lines.append("items:" if draw(st.integers(0, 5)) else "items: []")
    if lines[-1] == "items:":
        for _ in range(draw(st.integers(1, 3))):
            keys = ["date", "kind"] if draw(st.integers(0, 9)) else [draw(st.sampled_from(["date", "kind"]))]
            if draw(st.integers(0, 4)):
                keys.append("title")  # most kinds need one
            if draw(st.booleans()):
                keys.append("duration")  # documentaries and audio files need one
            keys += draw(st.lists(st.sampled_from(list(FIELDS)[2:]), unique=True, max_size=3))
            if not draw(st.integers(0, 19)):
                keys.append("titel")
            for n, key in enumerate(dict.fromkeys(keys)):
                value = draw(field(FIELDS.get(key, FIELDS["title"])))
                lines.append(f"{'  - ' if n == 0 else '    '}{key}: {value}".rstrip())
    return "\n".join(lines) + "\n"


@settings(max_examples=600, deadline=None, derandomize=True, database=None)
@given(submissions())
def test_every_file_the_tool_accepts_validates(scratch: Path, text: str) -> None:
    summary = tool(text, scratch, shipped_context())
    if accepted(summary):
        assert schema_errors(text, shipped()) == [], text
