"""Findings: problems known by their place in the tree, before they have a line and column.

Validation speaks in *locs* (``("items", 3, "date")``); people read ``file:line:col``. A
:class:`Finding` is the first; :func:`place` turns findings into :class:`Problem` records with
the positions the YAML loader collected. :func:`from_validation_error` translates pydantic's
errors into catalogue messages, so a clerk never reads pydantic's English. pydantic is imported
only by the functions that read its classes: a clean file is checked without it.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hpcampaign.load.marks import Issue, Loc, Mark, Positions
from hpcampaign.records import Problem, make, pack
from hpcampaign.text.names import name_key, suggest

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError
    from pydantic_core import ErrorDetails


@dataclass(frozen=True, slots=True)
class Finding:
    loc: Loc
    msg_id: str
    params: tuple[tuple[str, str], ...] = ()
    at_key: bool = False
    mark: Mark | None = None
    """Where the finding is, when the loader already knows (a repeated key's own line)."""


def finding(loc: Loc, msg_id: str, *, at_key: bool = False, **params: object) -> Finding:
    return Finding(loc, msg_id, pack(params), at_key)


def from_issue(issue: Issue) -> Finding:
    """A problem the loader found while building the tree, at the loader's own position."""
    return Finding(issue.loc, issue.msg_id, issue.params, True, issue.mark)


def place(
    findings: Iterable[Finding], path: str, positions: Positions | None, unit: str | None = None
) -> list[Problem]:
    """Problems with the line and column of each finding's key or value (or nearest parent)."""
    problems = []
    for item in findings:
        mark = item.mark
        if mark is None and positions is not None:
            mark = positions.at(item.loc, key=item.at_key)
        line, column = (mark.line, mark.column) if mark else (None, None)
        problems.append(make(path, line, column, item.msg_id, unit, **dict(item.params)))
    return problems


def unknown_ref(loc: Loc, what: str, value: str, known: Iterable[str]) -> Iterator[Finding]:
    """A reference to something the plan does not have (a phase, a unit, a kind), with the
    nearest it has as a suggestion; nothing when ``value`` is known."""
    known = list(known)
    if value not in known:
        yield finding(loc, "plan.unknown-ref", what=what, value=value, suggestion=suggest(value, known))


def describe(value: object) -> str:
    """The catalogue term for what a value is (``found`` in messages)."""
    if value is None:
        return "empty"
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, list):
        return "list"
    return "text"


_EXPECTED = {
    "int_parsing": "integer",
    "int_type": "integer",
    "int_from_float": "integer",
    "float_parsing": "number",
    "float_type": "number",
    "string_type": "text",
    "list_type": "list",
    "dict_type": "mapping",
    "model_type": "mapping",
    "model_attributes_type": "mapping",
    "date_type": "date",
    "bool_parsing": "boolean",
    "bool_type": "boolean",
}


def from_validation_error(error: ValidationError, model: type[BaseModel], base: Loc = ()) -> list[Finding]:
    """Translate every pydantic error of validating ``model`` at ``base`` into findings."""
    return [_translated(detail, (*base, *detail["loc"]), model) for detail in error.errors(include_url=False)]


#: A field's name, its value, the error's context → the finding's message id and parameters.
_Said = Callable[[str, object, dict[str, Any]], tuple[str, dict[str, object]]]

#: Errors that always read the same way, by pydantic's (or our validators') error type.
_PLAIN: dict[str, _Said] = {
    "bad_date": lambda name, value, ctx: ("bad-date", {"field": name, **ctx}),
    "bad_duration": lambda name, value, ctx: ("bad-duration", {"field": name, **ctx}),
    "bad_url": lambda name, value, ctx: ("schema.url", {"field": name, **ctx}),
    "range": lambda name, value, ctx: ("schema.range", {"field": name, **ctx}),
    "empty_text": lambda name, value, ctx: ("schema.text", {"field": name, **ctx}),
    "window_kind": lambda name, value, ctx: ("plan.window-kind", {}),
    "window_dates": lambda name, value, ctx: ("plan.window-fields", {}),
    "finite_number": lambda name, value, ctx: ("schema.finite", {"field": name}),
    "timezone": lambda name, value, ctx: ("plan.timezone", {"value": value}),
    "too_short": lambda name, value, ctx: (
        "schema.too-few",
        {"field": name, "min": ctx.get("min_length", 1)},
    ),
    "format_version": lambda name, value, ctx: ("schema.format", {"value": value}),
    "count": lambda name, value, ctx: ("schema.count", {"value": value}),
    "string_pattern_mismatch": lambda name, value, ctx: ("schema.id", {"field": name, "value": value}),
    "literal_error": lambda name, value, ctx: ("schema.choice", _choices(name, value, ctx)),
    "enum": lambda name, value, ctx: ("schema.choice", _choices(name, value, ctx)),
}


def _suggest_field(name: str, allowed: list[str]) -> str | None:
    """The field meant by an unknown key: one named in Vietnamese (``ngày`` is ``date``), else the
    nearest name."""
    meant = VIETNAMESE_FIELDS.get(name_key(name.replace("_", " ")))
    return meant if meant in allowed else suggest(name, allowed)


#: Fields named in Vietnamese, as a clerk who knows the import sheet's headers (SPEC 5) writes
#: them, with and without tone marks: the name key (:func:`~hpcampaign.text.names.name_key`) →
#: the field. Used only where that field may stand.
VIETNAMESE_FIELDS = {
    name_key(vietnamese): field_name
    for field_name, words in (
        ("date", ("ngày", "ngay", "ngày đăng", "ngay dang")),
        ("kind", ("loại", "loai", "loại tin", "loai tin")),
        ("title", ("tiêu đề", "tieu de", "tên bài", "ten bai")),
        ("url", ("đường dẫn", "duong dan", "link", "liên kết", "lien ket")),
        ("platforms", ("nền tảng", "nen tang")),
        ("language", ("ngôn ngữ", "ngon ngu")),
        ("duration", ("thời lượng", "thoi luong")),
        ("count", ("số lượt", "so luot", "số lượng", "so luong")),
        ("note", ("ghi chú", "ghi chu")),
        ("unit", ("đơn vị", "don vi")),
        ("reporter", ("người báo cáo", "nguoi bao cao")),
        ("period", ("kỳ báo cáo", "ky bao cao")),
        ("difficulties", ("khó khăn", "kho khan")),
        ("from", ("từ", "tu", "từ ngày", "tu ngay")),
        ("to", ("đến", "den", "đến ngày", "den ngay")),
    )
    for vietnamese in words
}


def _choices(name: str, value: object, ctx: dict[str, Any]) -> dict[str, object]:
    return {"field": name, "expected": str(ctx.get("expected", "")).replace(" or ", ", "), "value": value}


def _translated(detail: ErrorDetails, loc: Loc, model: type[BaseModel]) -> Finding:
    name = str(next((part for part in reversed(loc) if isinstance(part, str)), ""))
    kind, value, ctx = detail["type"], detail.get("input"), dict(detail.get("ctx") or {})
    if kind == "missing":
        return finding(loc[:-1], "schema.missing", field=name)
    if kind == "extra_forbidden":
        allowed = field_names(model, tuple(detail["loc"])[:-1])
        meant = _suggest_field(name, allowed)
        return finding(loc, "unknown-field", at_key=True, field=name, suggestion=meant)
    if kind in _PLAIN:
        msg_id, params = _PLAIN[kind](name, value, ctx)
        return Finding(loc, msg_id, pack(params))
    special = _special(kind, loc, name, value, ctx)
    if special is not None:
        return special
    if kind in _EXPECTED:
        return finding(loc, "schema.type", field=name, expected=_EXPECTED[kind], found=describe(value))
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        low, high = ctx.get("ge", ctx.get("gt", "…")), ctx.get("le", ctx.get("lt", "…"))
        return finding(loc, "schema.range", field=name, min=low, max=high, value=value)
    return finding(loc, "schema.invalid", field=name, detail=detail["msg"])


def _special(kind: str, loc: Loc, name: str, value: object, ctx: dict[str, Any]) -> Finding | None:
    """Errors whose words depend on where they are or what the value is."""
    if kind in ("model_type", "dict_type") and len(loc) >= 2 and isinstance(loc[-1], int):
        return finding(loc, "schema.item-type", index=loc[-1] + 1, found=describe(value))
    if kind in ("date_parsing", "date_from_datetime_parsing") and isinstance(value, str):
        return finding(loc, "schema.date", field=name, value=value)
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return finding(loc, "schema.text", field=name)
    one_sided_low = "le" not in ctx and "lt" not in ctx
    if kind in ("greater_than_equal", "greater_than") and one_sided_low:
        return finding(loc, "schema.min", field=name, min=_plain(ctx.get("ge", ctx.get("gt"))), value=value)
    one_sided_high = "ge" not in ctx and "gt" not in ctx
    if kind in ("less_than_equal", "less_than") and one_sided_high:
        return finding(loc, "schema.max", field=name, max=_plain(ctx.get("le", ctx.get("lt"))), value=value)
    return None


def _plain(number: object) -> str:
    """0.0 → "0": pydantic reports bounds as floats."""
    if isinstance(number, float):
        return str(int(number)) if number.is_integer() else f"{number:g}"
    return str(number)


def field_names(model: type[BaseModel], loc: Loc) -> list[str]:
    """The keys a mapping at ``loc`` (relative to ``model``) may have, for suggestions."""
    current: object = model
    for part in loc:
        if isinstance(part, int):
            continue
        target = _model_in(current)
        if target is None:
            return []
        fields = {(info.alias or key): info for key, info in target.model_fields.items()}
        if part not in fields:
            return []
        current = fields[part].annotation
    target = _model_in(current)
    if target is None:
        return []
    return [info.alias or key for key, info in target.model_fields.items()]


def _model_in(annotation: object) -> type[BaseModel] | None:
    """The model class inside ``Model``, ``list[Model]`` or ``Model | None``."""
    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None
