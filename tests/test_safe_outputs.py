"""Every output is safe for its medium (SPEC 5): control characters never reach it raw.

- The sanitiser (:mod:`hpcampaign.text.safe`), character by character: every C0 and C1 control,
  DEL, lone surrogates, U+FFFE/U+FFFF and the bidirectional controls become visible escapes;
  Vietnamese text is unchanged; its JSON stays exact and strict.
- ``check`` end to end, in every format and both languages, on a tree whose submission smuggles
  control characters in through YAML escapes (``kind: "news\\x01"``), whose file names hold an
  ESC and a byte that is not UTF-8, with a plan whose unit name and rule title do the same.
- The check renderers, given a problem whose path holds a lone surrogate.
- ``plan`` and the memo (``report`` in every format) of the same plan and files.

Expected values are written out by hand: ``'news\\x01'`` is what a clerk must read.
"""

from __future__ import annotations

import io
import json
import os
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Literal
from xml.etree import ElementTree as ET

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from hpcampaign.cli.app import app
from hpcampaign.judge.run import CheckReport
from hpcampaign.judge.tally import build
from hpcampaign.outputs import RenderOptions, plan_view, renderer
from hpcampaign.plan.load import load_plan
from hpcampaign.plan.model import Plan
from hpcampaign.records import FileSummary, Lang, Selection, make
from hpcampaign.text.safe import Lazy, safe, to_json

from .conftest import PLAN_PATH

AS_OF = "2025-09-27"
LANGS: tuple[Lang, ...] = ("vi", "en")

#: What no output may hold raw; the line feed is left out, as every output puts its own.
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")
#: The colour codes rich itself writes on a terminal (SGR only): the only ESC a table may hold.
SGR = re.compile("\x1b\\[[0-9;]*m")

# --- the sanitiser ------------------------------------------------------------------------------

C0_ESCAPES = [
    "\\x00", "\\x01", "\\x02", "\\x03", "\\x04", "\\x05", "\\x06", "\\x07",
    "\\x08", "\\t", "\\n", "\\x0b", "\\x0c", "\\r", "\\x0e", "\\x0f",
    "\\x10", "\\x11", "\\x12", "\\x13", "\\x14", "\\x15", "\\x16", "\\x17",
    "\\x18", "\\x19", "\\x1a", "\\x1b", "\\x1c", "\\x1d", "\\x1e", "\\x1f",
]  # fmt: skip
C1_ESCAPES = [
    "\\x80", "\\x81", "\\x82", "\\x83", "\\x84", "\\x85", "\\x86", "\\x87",
    "\\x88", "\\x89", "\\x8a", "\\x8b", "\\x8c", "\\x8d", "\\x8e", "\\x8f",
    "\\x90", "\\x91", "\\x92", "\\x93", "\\x94", "\\x95", "\\x96", "\\x97",
    "\\x98", "\\x99", "\\x9a", "\\x9b", "\\x9c", "\\x9d", "\\x9e", "\\x9f",
]  # fmt: skip
# A list, not a dict: ruff takes distinct surrogate literals for repeated keys.
OTHER_ESCAPES = [
    ("\x7f", "\\x7f"),
    ("\ud800", "\\ud800"),
    ("\udbff", "\\udbff"),
    ("\udc80", "\\udc80"),
    ("\udcff", "\\udcff"),
    ("\udfff", "\\udfff"),
    ("\ufffe", "\\ufffe"),
    ("\uffff", "\\uffff"),
    ("\u202a", "\\u202a"),
    ("\u202b", "\\u202b"),
    ("\u202c", "\\u202c"),
    ("\u202d", "\\u202d"),
    ("\u202e", "\\u202e"),
    ("\u2066", "\\u2066"),
    ("\u2067", "\\u2067"),
    ("\u2068", "\\u2068"),
    ("\u2069", "\\u2069"),
]
VIETNAMESE = (
    "Phường Hồng Bàng, Đặc khu Bạch Long Vĩ — “Đại hội Đại biểu Đảng bộ” lần thứ I: "
    "ĂÂĐÊÔƠƯ ăâđêôơư ấầẩẫậ ắằẳẵặ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ýỳỷỹỵ [x] 100% & <b> \\ 'q'"
)


@pytest.mark.parametrize("code", range(0x20))
def test_every_c0_control_is_escaped(code: int) -> None:
    assert safe(f"a{chr(code)}b") == f"a{C0_ESCAPES[code]}b"


@pytest.mark.parametrize("code", range(0x80, 0xA0))
def test_every_c1_control_is_escaped(code: int) -> None:
    assert safe(f"a{chr(code)}b") == f"a{C1_ESCAPES[code - 0x80]}b"


@pytest.mark.parametrize(("char", "escaped"), OTHER_ESCAPES)
def test_del_surrogates_noncharacters_and_bidi_controls_are_escaped(char: str, escaped: str) -> None:
    assert safe(f"a{char}b") == f"a{escaped}b"


def test_escapes_in_context() -> None:
    assert safe("news\x01") == "news\\x01"
    assert safe("\x1b[2J\x1b[31mred") == "\\x1b[2J\\x1b[31mred"
    assert safe("a\u202eb\r\n::error::x") == "a\\u202eb\\r\\n::error::x"
    assert safe("bad-\udcff.yaml") == "bad-\\udcff.yaml"
    assert safe("\x1b" * 50_000) == "\\x1b" * 50_000


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_vietnamese_and_printable_text_are_unchanged(form: Literal["NFC", "NFD"]) -> None:
    text = unicodedata.normalize(form, VIETNAMESE)  # NFD: every tone a combining mark
    assert safe(text) == text
    # Not printable to Python, yet harmless: no-break space, zero-width joiner, line separator.
    assert safe("a\u00a0b\u200dc\u2028d") == "a\u00a0b\u200dc\u2028d"


def test_exactly_the_unsafe_characters_change() -> None:
    unsafe = {
        *range(0x20),
        *range(0x7F, 0xA0),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
        *range(0xD800, 0xE000),
        0xFFFE,
        0xFFFF,
    }
    changed = {code for code in range(0x110000) if safe(chr(code)) != chr(code)}
    assert changed == unsafe


def test_safe_text_is_printable_and_stable() -> None:
    text = "".join(chr(c) for c in range(0x20)) + "\x7f\x85\u202e\u2069\ud800\udcff\uffff" + VIETNAMESE
    shown = safe(text)
    assert shown.isprintable() and RAW.search(shown) is None
    assert safe(shown) == shown


def test_json_is_exact_strict_and_encodable() -> None:
    value = {"path\udcff": "a\x01\x1b\x7f\x85\u202e\ud800\ufffe Đặc khu", "n": [1.5, None]}
    text = to_json(value, indent=None)
    assert text == (
        '{"path\\udcff": "a\\u0001\\u001b\\u007f\\u0085\\u202e\\ud800\\ufffe Đặc khu", "n": [1.5, null]}'
    )
    assert json.loads(text) == value
    text.encode("utf-8")  # a raw lone surrogate would raise here
    indented = to_json(value)
    assert json.loads(indented) == value and "\n  " in indented


#: Text with nothing for :func:`safe` to escape beyond C0 (which JSON escapes itself).
_JSON_TEXT = st.text(
    st.characters(
        codec="utf-8",
        exclude_categories=("Cc", "Cs"),
        exclude_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufffe\uffff",
    ),
    max_size=8,
)
_JSON_SCALAR = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | _JSON_TEXT
)
_JSON = st.recursive(
    _JSON_SCALAR,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(_JSON_TEXT | st.integers(), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(
    value=st.dictionaries(_JSON_TEXT, _JSON | st.lists(_JSON, max_size=4), max_size=4),
    indent=st.sampled_from([1, 2, 4]),
)
def test_indented_json_is_what_the_standard_library_writes(value: dict[str, object], indent: int) -> None:
    """Byte for byte, for text with nothing to escape (the two outer levels laid out by hand,
    flat mappings below them written by hand too); a list written lazily the same."""
    expected = json.dumps(value, ensure_ascii=False, allow_nan=False, indent=indent)
    assert to_json(value, indent=indent) == expected
    lazy = {
        key: Lazy(entry, lambda one: one) if isinstance(entry, list) else entry
        for key, entry in value.items()
    }
    assert to_json(lazy, indent=indent) == expected


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_json_refuses_nan_and_infinity(number: float) -> None:
    with pytest.raises(ValueError):
        to_json({"actual": number})


# --- check, end to end ------------------------------------------------------------------------

SUBMISSION = r"""unit: phuong-hong-bang
items:
  - {date: 2025-09-03, kind: "news\x01", title: "\e[2J"}
  - {date: 2025-09-04, kind: social_post, title: "a\u202eb", platforms: ["face\x7fbook"], language: "e\x9bn", note: "\x85"}
  - {date: "2025-09-0\x01", kind: news, title: "x\ty"}
  - {date: 2025-09-05, kind: social_post, title: "\e]0;pwned\a", "ti\x07tle": x}
  - {date: 2025-09-06, kind: documentary, title: t, duration: "1\e:00"}
  - {date: 2025-09-07, kind: social_post, title: t, url: "\u202ehttp://x\r\n::error::injected"}
  - {date: 2025-09-08, kind: social_post, title: t, count: "\x9b5"}
"""
#: What a clerk reads for each value above, in both languages.
SHOWN = [
    "'news\\x01'",
    "'face\\x7fbook'",
    "'e\\x9bn'",
    "'2025-09-0\\x01'",
    "'ti\\x07tle'",
    "'1\\x1b:00'",
    "'\\u202ehttp://x\\r\\n::error::injected'",
    "'\\x9b5'",
]
#: The same values, exact, as the JSON must keep them.
EXACT = [
    "'news\x01'",
    "'face\x7fbook'",
    "'e\x9bn'",
    "'2025-09-0\x01'",
    "'ti\x07tle'",
    "'1\x1b:00'",
    "'\u202ehttp://x\r\n::error::injected'",
    "'\x9b5'",
]
ESC_NAME = "x\x1b[2Jy.yaml"
#: The plan's texts, with YAML escapes: a unit's name and a rule's title.
PLAN_CHANGES = {
    "name: Phường Ngô Quyền,": r'name: "Phường Ngô\e[2J Quyền\u202e",',
    "vi: Dự kiến các cơ quan báo chí thành phố đăng 10 - 15 tin, bài, phóng sự hàng ngày": r'vi: "Báo chí\e[31m thành phố\x85 đăng"',
    "en: City press publishes 10-15 news items, articles and reports a day (projected)": r'en: "City press\e[31m publishes\x85 daily"',
}
UNIT_SHOWN = "Ngô\\x1b[2J Quyền\\u202e"


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``plan.yaml``, ``subs/`` (the hostile files) and an empty ``out/`` for memos."""
    root = tmp_path_factory.mktemp("hostile")
    text = PLAN_PATH.read_text(encoding="utf-8")
    for old, new in PLAN_CHANGES.items():
        assert text.count(old) == 1, old  # the shipped plan changed: update PLAN_CHANGES
        text = text.replace(old, new)
    (root / "plan.yaml").write_text(text, encoding="utf-8")
    subs = root / "subs"
    subs.mkdir()
    (subs / "phuong-hong-bang.yaml").write_text(SUBMISSION, encoding="utf-8")
    (subs / "phuong-ngo-quyen.yaml").write_text(
        "unit: phuong-ngo-quyen\nitems:\n  - {date: 2025-09-03, kind: social_post, title: ok}\n",
        encoding="utf-8",
    )
    (subs / ESC_NAME).write_text('unit: "Phường Không\x01 Có"\nitems: []\n', encoding="utf-8")
    # A name that is not UTF-8: Python sees it as "bad-\udcff.yaml" (surrogateescape).
    with open(os.path.join(os.fsencode(subs), b"bad-\xff.yaml"), "wb") as file:
        file.write(b"unit: nowhere\nitems: []\n")
    (root / "out").mkdir()
    return root


def check(tree: Path, fmt: str, lang: Lang) -> Result:
    args = ["check", str(tree / "subs"), "--plan", str(tree / "plan.yaml"), "--as-of", AS_OF]
    result = CliRunner().invoke(app, [*args, "--format", fmt, "--lang", lang])
    assert result.exit_code == 3, result.output
    result.output.encode("utf-8")  # a raw lone surrogate would raise here
    return result


@pytest.mark.parametrize("lang", LANGS)
def test_table_shows_escapes_never_raw_controls(tree: Path, lang: Lang) -> None:
    out = check(tree, "table", lang).output
    assert RAW.search(out) is None
    for shown in SHOWN:
        assert shown in out, shown
    assert f"{tree / 'subs'}/x\\x1b[2Jy.yaml:1:20" in out
    assert "bad-" in out and UNIT_SHOWN.split()[0] in out and "Quyền\\u202e" in out


@pytest.mark.parametrize("lang", LANGS)
def test_github_annotations_hold_no_raw_control_and_no_injected_command(tree: Path, lang: Lang) -> None:
    out = check(tree, "github", lang).output
    assert RAW.search(out) is None
    for line in out.splitlines():
        assert line.startswith(("::error ", "::warning ", "::notice ", "hpcampaign: ")), line
    for shown in SHOWN:
        assert shown in out, shown
    assert f"file={tree / 'subs'}/x\\x1b[2Jy.yaml,line=1,col=20,title=yaml-syntax::" in out
    assert f"Phường {UNIT_SHOWN} 0" in out  # a plan name, in a rule's annotation


@pytest.mark.parametrize("lang", LANGS)
def test_junit_always_parses(tree: Path, lang: Lang) -> None:
    out = check(tree, "junit", lang).output
    root = ET.fromstring(out.encode("utf-8"))
    assert RAW.search(out) is None
    messages = [f.get("message", "") for f in root.iter("failure")]
    for shown in SHOWN:
        assert any(shown in m for m in messages), shown
    names = {case.get("classname") for case in root.iter("testcase")}
    assert f"{tree / 'subs'}/x\\x1b[2Jy.yaml" in names


@pytest.mark.parametrize("lang", LANGS)
def test_json_keeps_the_exact_values(tree: Path, lang: Lang) -> None:
    out = check(tree, "json", lang).output
    assert RAW.search(out) is None
    assert "'news\\u0001'" in out and "'\\u202ehttp://x\\r\\n::error::injected'" in out
    data = json.loads(out)
    messages = [p["message"] for p in data["problems"]]
    for exact in EXACT:
        assert any(exact in m for m in messages), exact
    paths = {f["path"] for f in data["files"]}
    assert f"{tree / 'subs'}/{ESC_NAME}" in paths
    assert any(path.startswith(f"{tree / 'subs'}/bad-") for path in paths)


# --- the check renderers, a path with a lone surrogate ------------------------------------------

SURROGATE_PATH = "subs/bad-\udcff.yaml"


def surrogate_report(plan: Plan) -> CheckReport:
    problem = make(SURROGATE_PATH, 3, 5, "unknown-kind", value="news\x01", suggestion="news")
    summary = FileSummary(SURROGATE_PATH, "phuong-hong-bang", 1, [problem])
    return CheckReport(plan, date(2025, 9, 27), Selection(), [summary], [], [], build([summary]))


def render_check(plan: Plan, fmt: str, lang: Lang, color: bool = False) -> str:
    out = renderer("check", fmt)(surrogate_report(plan), RenderOptions(lang=lang, color=color))
    assert isinstance(out, str)
    out.encode("utf-8")  # a raw lone surrogate would raise here
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_renderers_escape_a_surrogate_path(plan: Plan, lang: Lang) -> None:
    table = render_check(plan, "table", lang)
    assert "subs/bad-\\udcff.yaml:3:5  unknown-kind" in table and "'news\\x01'" in table
    github = render_check(plan, "github", lang)
    assert "::error file=subs/bad-\\udcff.yaml,line=3,col=5,title=unknown-kind::" in github
    junit = ET.fromstring(render_check(plan, "junit", lang).encode("utf-8"))
    cases = [c for c in junit.iter("testcase") if c.get("classname") == "subs/bad-\\udcff.yaml"]
    assert [c.get("name") for c in cases] == ["subs/bad-\\udcff.yaml:3:5 unknown-kind"]
    text = render_check(plan, "json", lang)
    assert '"path": "subs/bad-\\udcff.yaml"' in text
    data = json.loads(text)
    assert data["problems"][0]["path"] == SURROGATE_PATH and "'news\x01'" in data["problems"][0]["message"]
    for out in (table, github, text):
        assert RAW.search(out) is None


@pytest.mark.parametrize("lang", LANGS)
def test_coloured_table_writes_only_its_own_escapes(plan: Plan, lang: Lang) -> None:
    out = render_check(plan, "table", lang, color=True)
    assert SGR.search(out) is not None  # coloured indeed
    plain = SGR.sub("", out)
    assert RAW.search(plain) is None and "bad-\\udcff.yaml:3:5" in plain


# --- plan and memo ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("color", [False, True])
def test_plan_view_escapes_the_plan_s_text(tree: Path, lang: Lang, color: bool) -> None:
    hostile = load_plan(tree / "plan.yaml")
    for units in (True, False):
        out = plan_view.render(hostile, units=units, lang=lang, width=100, color=color)
        assert RAW.search(SGR.sub("", out)) is None
        expected = UNIT_SHOWN if units else ("Báo chí\\x1b[31m" if lang == "vi" else "City press\\x1b[31m")
        assert expected in SGR.sub("", out)


def report(tree: Path, fmt: str, lang: Lang) -> Path:
    target = tree / "out" / f"memo-{lang}.{fmt}"
    args = ["report", str(tree / "subs"), "--plan", str(tree / "plan.yaml"), "--as-of", AS_OF]
    # The command line refuses C0 in --signer, not a right-to-left override.
    args += ["--signer", "Nguyễn Văn\u202e A", "--format", fmt, "--lang", lang, "--output", str(target)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return target


@pytest.mark.parametrize("lang", LANGS)
def test_memo_markdown_and_html_show_escapes(tree: Path, lang: Lang) -> None:
    md = report(tree, "md", lang).read_text(encoding="utf-8")
    assert RAW.search(md) is None
    # Markdown escapes the backslash and the bracket of an escape, so a viewer shows it as is.
    assert "Phường Ngô\\\\x1b\\[2J Quyền\\\\u202e" in md and "x\\\\x1b\\[2Jy.yaml" in md
    assert "Nguyễn Văn\\\\u202e A" in md and "bad-" in md
    html = report(tree, "html", lang).read_text(encoding="utf-8")
    assert RAW.search(html) is None
    assert f"<title>Phường {UNIT_SHOWN}: 0 (" in html  # a chart's tooltip
    assert f"Phường {UNIT_SHOWN}</text>" in html  # a chart's label
    assert "x\\x1b[2Jy.yaml" in html and '<p class="name">Nguyễn Văn\\u202e A</p>' in html


@pytest.mark.parametrize("lang", LANGS)
def test_memo_docx_opens_and_json_stays_exact(tree: Path, lang: Lang) -> None:
    document = docx.Document(io.BytesIO(report(tree, "docx", lang).read_bytes()))
    texts = [p.text for p in document.paragraphs]
    texts += [p.text for table in document.tables for cell in table._cells for p in cell.paragraphs]
    joined = "\n".join(texts)
    assert RAW.search(joined) is None
    # What XML cannot hold (ESC) is dropped, as the DOCX always did; the rest is escaped.
    assert "Phường Ngô[2J Quyền\\u202e" in joined and "Nguyễn Văn\\u202e A" in texts
    assert "x[2Jy.yaml" in joined
    text = report(tree, "json", lang).read_text(encoding="utf-8")
    assert RAW.search(text) is None
    data = json.loads(text)
    assert data["document"]["signer"] == "Nguyễn Văn\u202e A"
    paths = [path for entry in data["problems"] for path in entry["paths"]]
    assert f"{tree / 'subs'}/{ESC_NAME}" in paths
