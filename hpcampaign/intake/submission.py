"""Submission format 1: the pydantic models of the file a unit writes (SPEC 3).

The models check a file's *form*: fields, types, dates, durations, ranges. Whether a unit,
kind, platform or language exists is a question for the plan, answered in ``validate``; so
this module knows no unit and no kind, and the JSON Schema of :func:`json_schema` fills those
enums in from the plan it is given.

Every scalar reaches these models as text (the YAML loader types nothing), so each field says
what its text means: ``count: "5"`` and ``count: 5`` are both 5; ``duration: 12:30`` is 750 s.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, TypeAdapter, ValidationInfo
from pydantic_core import PydanticCustomError

from hpcampaign.plan.model import FormatVersion, Plan
from hpcampaign.text.values import parse_date, parse_duration

MAX_COUNT = 10_000


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
        whole = _WHOLE.fullmatch(value.strip())
        number = int(whole.group(1)) if whole else None
    if number is None:
        raise PydanticCustomError("count", "a whole number is needed", {"value": value})
    if not 1 <= number <= MAX_COUNT:
        raise PydanticCustomError("range", "out of range", {"min": 1, "max": MAX_COUNT, "value": number})
    return number


#: A whole number as text: "5", "+5", "-1", "5.0"; at most 9 digits, so it is never huge.
_WHOLE = re.compile(r"([+-]?[0-9]{1,9})(?:\.0*)?")


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


class Submission(Header):
    items: list[Item]


ITEMS: TypeAdapter[list[Item]] = TypeAdapter(list[Item])


def json_schema(plan: Plan) -> dict[str, Any]:
    """A JSON Schema of format 1 for editors, with the plan's ids as enums.

    It describes what an editor can check as you type; the tool checks more (dates exist,
    items lie inside the period, …). It never rejects what the tool accepts: languages and
    platforms match in any case, and a unit may be any text (a name may place its tone marks
    either way), with the plan's ids offered for completion.
    """
    schema = Submission.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "hpcampaign submission, format 1"
    defs = schema["$defs"]
    item = defs["Item"]["properties"]
    scalar = {"type": ["string", "number"]}
    for name in ("date",):
        item[name] = {"type": "string", "description": item[name].get("description", "")}
    for period_field in ("from", "to"):
        defs["Period"]["properties"][period_field] = {"type": "string"}
    item["kind"] = {"enum": [kind.id for kind in plan.kinds], "description": item["kind"]["description"]}
    item["count"] = {
        "anyOf": [
            {"type": "integer", "minimum": 1, "maximum": MAX_COUNT},
            {"type": "string", "pattern": r"^\s*\d+\s*$"},
        ],
        "default": 1,
    }
    item["duration"] = {**scalar, "description": item["duration"]["description"]}
    item["language"] = {"type": "string", "pattern": _any_case(sorted(plan.language_ids)), "default": "vi"}
    platform = {"type": "string", "pattern": _any_case([p.id for p in plan.platforms])}
    item["platforms"] = {"anyOf": [platform, {"type": "array", "items": platform}]}
    item["url"] = {"type": "string", "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://"}
    props = schema["properties"]
    props["format"] = {"enum": [1, "1"], "default": 1}
    props["unit"] = {
        "anyOf": [{"enum": [unit.id for unit in plan.units]}, {"type": "string", "minLength": 1}],
        "description": "Unit id or exact Vietnamese name.",
    }
    return schema


def _any_case(words: list[str]) -> str:
    """A regular expression (ECMA, no flags) matching any of ``words`` in any letter case."""

    def letters(word: str) -> str:
        return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in word)

    return "^(" + "|".join(letters(word) for word in words) + ")$"
