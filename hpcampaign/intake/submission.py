"""Submission format 1: the pydantic models of the file a unit writes (SPEC 3).

The models check a file's *form*: fields, types, dates, durations, ranges. Whether a unit,
kind, platform or language exists is a question for the plan, answered in ``validate``; so
this module knows no unit and no kind, and the JSON Schema of :func:`json_schema` fills those
enums in from the plan it is given.

Every scalar reaches these models as text (the YAML loader types nothing), so each field says
what its text means: ``count: "5"`` and ``count: 5`` are both 5; ``duration: 12:30`` is 750 s.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, TypeAdapter, ValidationInfo
from pydantic_core import PydanticCustomError

from hpcampaign.intake import strict
from hpcampaign.intake.strict import MAX_COUNT, WHOLE
from hpcampaign.plan.model import Kind, Plan
from hpcampaign.plan.schema import FormatVersion
from hpcampaign.text.names import tone_spellings
from hpcampaign.text.values import parse_date, parse_duration


def _date(value: object, info: ValidationInfo) -> date:
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("date_type", "a date is needed")
    tz_name = (info.context or {}).get("timezone", "Asia/Ho_Chi_Minh")
    try:
        return parse_date(value, tz_name)
    except ValueError:
        raise PydanticCustomError("bad_date", "invalid date {value}", {"value": value}) from None


def _duration(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("string_type", "a duration is needed")
    try:
        return parse_duration(value)
    except ValueError:
        raise PydanticCustomError("bad_duration", "invalid duration {value}", {"value": value}) from None


def _count(value: object) -> int:
    """A whole number of occurrences, 1..10000; ``"5"`` and ``5.0`` are 5."""
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str):
        whole = WHOLE.fullmatch(value.strip())
        number = int(whole.group(1)) if whole else None
    if number is None:
        raise PydanticCustomError("count", "a whole number is needed", {"value": value})
    if not 1 <= number <= MAX_COUNT:
        raise PydanticCustomError("range", "out of range", {"min": 1, "max": MAX_COUNT, "value": number})
    return number


def _url(value: object) -> str:
    if not isinstance(value, str):
        raise PydanticCustomError("string_type", "a web address is needed")
    value = value.strip()
    if not value.lower().startswith(("http://", "https://")):
        raise PydanticCustomError("bad_url", "not a web address", {"value": value})
    return value


def _text(value: object) -> object:
    if isinstance(value, str) and not value.strip():
        raise PydanticCustomError("empty_text", "empty text")
    return value


def _one_or_many(value: object) -> object:
    return [value] if isinstance(value, str) else value


SubmissionDate = Annotated[date, BeforeValidator(_date), Field(json_schema_extra={"type": "string"})]
Duration = Annotated[int, BeforeValidator(_duration)]
Count = Annotated[int, BeforeValidator(_count)]
Text = Annotated[str, BeforeValidator(_text)]
Url = Annotated[str, BeforeValidator(_url)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, str_strip_whitespace=True)


class Period(_Model):
    """The dates a file reports on; every item must lie inside."""

    start: SubmissionDate = Field(alias="from")
    end: SubmissionDate = Field(alias="to")


class Item(_Model):
    """One published item, or ``count`` identical occurrences of it."""

    date: SubmissionDate = Field(description="Day it was published: 2025-09-29 or 29/09/2025.")
    kind: Text = Field(description="Kind of item, an id from the plan (news, article, …).")
    count: Count = Field(default=1, description="Identical occurrences (1..10000).")
    title: Text | None = Field(default=None, description="Required except for broadcasts and displays.")
    url: Url | None = None
    platforms: Annotated[list[Text], BeforeValidator(_one_or_many)] | None = None
    language: Text = Field(default="vi", description="ISO 639-1 code; vi when left out.")
    duration: Duration | None = Field(
        default=None, description="12:30 (min:s), 1:05:00, PT12M30S, 12m30s or minutes."
    )
    note: str | None = None


class Header(_Model):
    """Everything of a file but its items."""

    format: FormatVersion = 1
    unit: Text = Field(description="Unit id (phuong-hong-bang) or exact Vietnamese name.")
    reporter: str | None = None
    period: Period | None = None
    difficulties: Annotated[list[str], BeforeValidator(_one_or_many)] | None = Field(
        default=None,
        description="What the unit tells the Department of its difficulties (the plan's closing "
        "paragraph of V): one entry per difficulty.",
    )

    def plain(self) -> strict.Header:
        """This header as the rest of a check reads it (the class :mod:`strict` gives too)."""
        period = strict.Period(self.period.start, self.period.end) if self.period is not None else None
        difficulties = tuple(self.difficulties) if self.difficulties is not None else None
        return strict.Header(self.unit, self.format, self.reporter, period, difficulties)


class Submission(Header):
    items: list[Item]


ITEMS: TypeAdapter[list[Item]] = TypeAdapter(list[Item])


def json_schema(plan: Plan) -> dict[str, Any]:
    """A JSON Schema of format 1 for editors, with the plan's ids as enums.

    It describes what an editor can check as you type; the tool checks more (dates exist,
    items lie inside the period, …: ``tests/test_schema_agreement.py`` lists what a schema
    cannot say). It never rejects what the tool accepts. An editor reads YAML 1.2, where
    ``count: 5`` is a number, ``count: "+5"`` text, ``title: 2025`` a number and ``url:`` null,
    while the tool reads every scalar as text; so each field takes every JSON form whose text
    the tool accepts: counts and the format version as numbers or as signed, zero-padded text
    (``"+5"``, ``"5.0"``, ``"01"``), titles, notes, reporters and difficulties as any scalar (a
    single difficulty, or a list of them), an optional key left empty as null. Languages and
    platforms are the plan's ids in any case, with the blanks the tool trims; a unit is any text,
    since a name may place its tone marks either way; a kind is an id, or a label in any case,
    spacing and tone-mark placement. Each offers its words to complete as an ``enum``, the first
    branch of an ``anyOf`` whose other branch takes the other forms (yaml-language-server
    completes from an ``enum`` in any branch): platform, language and kind ids, kind labels, unit
    ids and names. Which kinds need a title or a duration is the plan's too, said with
    ``if``/``then`` for a kind written by its id or its label.
    """
    schema = Submission.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "hpcampaign submission, format 1"
    defs = schema["$defs"]
    item = defs["Item"]["properties"]
    described = {
        name: {"description": item[name]["description"]} for name in item if "description" in item[name]
    }
    item["date"] = {**described["date"], **_DATE}
    for period_field in ("from", "to"):
        defs["Period"]["properties"][period_field] = dict(_DATE)
    item["kind"] = {
        **described["kind"],
        # An id as written, or a label in any case, spacing and tone-mark placement ("Lượt
        # phát", "lượt  phát"), as the tool resolves it; the ids and labels offered to complete.
        "anyOf": [
            {"enum": plan.kind_words},
            {
                "type": "string",
                "pattern": _padded(
                    [_literal(kind.id) for kind in plan.kinds]
                    + [_label(kind.label) for kind in plan.kinds if kind.label]
                ),
            },
        ],
    }
    item["count"] = {
        **described["count"],
        "anyOf": [
            {"type": "integer", "minimum": 1, "maximum": MAX_COUNT},
            # "5", "+5", "05", "5.0", "5.": what the tool reads as a whole number from 1 to 10000.
            {"type": "string", "pattern": rf"^{_BLANK}*\+?0*([1-9][0-9]{{0,3}}|10000)(\.0*)?{_BLANK}*$"},
        ],
        "default": 1,
    }
    item["title"] = {**described["title"], "anyOf": [_SOME_TEXT, {"type": ["number", "boolean", "null"]}]}
    item["url"] = {
        "anyOf": [{"type": "string", "pattern": f"^{_BLANK}*[Hh][Tt][Tt][Pp][Ss]?://"}, {"type": "null"}],
    }
    platforms = [p.id for p in plan.platforms]
    platform = _offered(platforms, _padded([_any_case(p) for p in platforms]))
    item["platforms"] = {
        "anyOf": [*platform["anyOf"], {"type": "array", "items": platform}, {"type": "null"}],
    }
    languages = sorted(plan.language_ids)
    item["language"] = {
        **described["language"],
        **_offered(languages, _padded([_any_case(language) for language in languages])),
        "default": "vi",
    }
    item["duration"] = {
        **described["duration"],
        "anyOf": [
            {"type": "string", "pattern": "[0-9]"},  # every form of a duration has a digit
            {"type": "number", "exclusiveMinimum": 0, "maximum": 24 * 60},  # minutes
            {"type": "null"},
        ],
    }
    item["note"] = {"type": ["string", "number", "boolean", "null"], "default": None}
    needs = {
        "title": [kind for kind in plan.kinds if kind.title_required],
        "duration": [kind for kind in plan.kinds if kind.duration_required],
    }
    defs["Item"]["allOf"] = [_needs(name, kinds) for name, kinds in needs.items() if kinds]
    props = schema["properties"]
    props["format"] = {
        "anyOf": [{"enum": [1]}, {"type": "string", "pattern": rf"^{_BLANK}*\+?0*1(\.0+)?{_BLANK}*$"}],
        "default": 1,
    }
    props["unit"] = {
        # Ids and names offered to complete; any other text may be a name spelt another way.
        "anyOf": [
            {"enum": [unit.id for unit in plan.units] + [unit.name for unit in plan.units]},
            _SOME_TEXT,
        ],
        "description": "Unit id or exact Vietnamese name.",
    }
    props["reporter"] = {"type": ["string", "number", "boolean", "null"], "default": None}
    scalar = ["string", "number", "boolean"]
    props["difficulties"] = {
        "description": props["difficulties"]["description"],
        "anyOf": [{"type": "array", "items": {"type": scalar}}, {"type": [*scalar, "null"]}],
        "default": None,
    }
    return schema


#: What the tool trims around a value: Unicode blanks (ECMA's ``\s`` and Python's alike).
_BLANK = r"[\s\x1c-\x1f\x85]"
#: Text with something in it besides blanks.
_SOME_TEXT: dict[str, Any] = {"type": "string", "pattern": r"[^\s\x1c-\x1f\x85]"}
#: The forms of a date the tool reads all begin so: 2025-09-29, 29/09/2025, 5-9-2025, 2025-09-29T…
_DATE: dict[str, Any] = {
    "type": "string",
    "pattern": f"^{_BLANK}*([0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}|[0-9]{{1,2}}[/-][0-9]{{1,2}}[/-][0-9]{{4}})",
}


def _offered(words: list[str], pattern: str) -> dict[str, Any]:
    """``words`` offered to complete (an enum as the first branch of an ``anyOf``, which is where
    yaml-language-server looks for them), with every form the tool also takes (``pattern``)."""
    return {"anyOf": [{"enum": words}, {"type": "string", "pattern": pattern}]}


def _padded(alternatives: list[str]) -> str:
    """A regular expression (ECMA and Python alike) matching one alternative, blanks around."""
    return f"^{_BLANK}*(" + "|".join(alternatives) + f"){_BLANK}*$"


def _literal(word: str) -> str:
    """``word`` as a regular expression matching itself. Only the characters that mean something
    are escaped: ECMA's unicode mode (editors) refuses an escaped ``-`` or ``_``."""
    return "".join(f"\\{c}" if c in _SYNTAX else c for c in word)


def _label(label: str) -> str:
    """A kind's label as a regular expression: each word in any case and with its tone mark on
    any of its letters, words apart by any run of blanks (see :func:`hpcampaign.text.names.name_key`)."""
    words = []
    for word in label.casefold().split():
        # NFC as most keyboards write, and NFD as some Vietnamese ones do ("Unicode tổ hợp"):
        # the tool normalises both to NFC before it reads a file.
        forms = [form for spelling in tone_spellings(word) for form in (spelling, _nfd(spelling))]
        spellings = [_any_case(form) for form in dict.fromkeys(forms)]
        words.append(spellings[0] if len(spellings) == 1 else "(" + "|".join(spellings) + ")")
    return f"{_BLANK}+".join(words)


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _any_case(word: str) -> str:
    """``word`` as a regular expression (no flags) matching it in any letter case."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else _literal(c) for c in word)


_SYNTAX = frozenset("^$\\.*+?()[]{}|/")


def _needs(field: str, kinds: list[Kind]) -> dict[str, Any]:
    """An item of one of ``kinds``, by id or by label, must give ``field`` a value (not leave it
    out or empty)."""
    words = [_literal(kind.id) for kind in kinds] + [_label(kind.label) for kind in kinds if kind.label]
    return {
        "if": {
            # A kind not yet written (null while the clerk types) requires nothing yet.
            "properties": {"kind": {"type": "string", "pattern": _padded(words)}},
            "required": ["kind"],
        },
        "then": {"required": [field], "properties": {field: {"not": {"type": "null"}}}},
    }
