"""Findings: problems known by their place in the tree, before they have a line and column.

Validation speaks in *locs* (``("items", 3, "date")``); people read ``file:line:col``. A
:class:`Finding` is the first; :func:`place` turns findings into :class:`Problem` records with
the positions the YAML loader collected. :func:`from_validation_error` translates pydantic's
errors into catalogue messages, so a clerk never reads pydantic's English.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pydantic import BaseModel, ValidationError

from hpcampaign.load.marks import Issue, Loc, Mark, Positions
from hpcampaign.records import Problem, make, pack
from hpcampaign.text.names import suggest


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
    found: list[Finding] = []
    for detail in error.errors(include_url=False):
        loc: Loc = (*base, *detail["loc"])
        name = str(next((part for part in reversed(loc) if isinstance(part, str)), ""))
        kind = detail["type"]
        value = detail.get("input")
        ctx = detail.get("ctx") or {}
        if kind == "missing":
            found.append(finding(loc[:-1], "schema.missing", field=name))
        elif kind == "extra_forbidden":
            allowed = field_names(model, tuple(detail["loc"])[:-1])
            found.append(
                finding(loc, "unknown-field", at_key=True, field=name, suggestion=suggest(name, allowed))
            )
        elif kind in ("bad_date", "bad_duration", "bad_url", "range", "empty_text"):
            msg_id = {
                "bad_date": "bad-date",
                "bad_duration": "bad-duration",
                "bad_url": "schema.url",
                "range": "schema.range",
                "empty_text": "schema.text",
            }[kind]
            found.append(Finding(loc, msg_id, pack({"field": name, **ctx})))
        elif kind in ("window_kind", "window_dates"):
            found.append(finding(loc, "plan.window-kind" if kind == "window_kind" else "plan.window-fields"))
        elif kind == "finite_number":
            found.append(finding(loc, "schema.finite", field=name))
        elif kind == "timezone":
            found.append(finding(loc, "plan.timezone", value=value))
        elif kind == "too_short":
            found.append(finding(loc, "schema.too-few", field=name, min=ctx.get("min_length", 1)))
        elif kind == "format_version":
            found.append(finding(loc, "schema.format", value=value))
        elif kind == "count":
            found.append(finding(loc, "schema.count", value=value))
        elif kind in ("model_type", "dict_type") and len(loc) >= 2 and isinstance(loc[-1], int):
            found.append(finding(loc, "schema.item-type", index=loc[-1] + 1, found=describe(value)))
        elif kind in ("date_parsing", "date_from_datetime_parsing") and isinstance(value, str):
            found.append(finding(loc, "schema.date", field=name, value=value))
        elif kind == "string_too_short" and ctx.get("min_length") == 1:
            found.append(finding(loc, "schema.text", field=name))
        elif kind == "string_pattern_mismatch":
            found.append(finding(loc, "schema.id", field=name, value=value))
        elif kind in ("literal_error", "enum"):
            choices = str(ctx.get("expected", "")).replace(" or ", ", ")
            found.append(finding(loc, "schema.choice", field=name, expected=choices, value=value))
        elif kind in ("greater_than_equal", "greater_than") and "le" not in ctx and "lt" not in ctx:
            low = ctx.get("ge", ctx.get("gt"))
            found.append(finding(loc, "schema.min", field=name, min=_plain(low), value=value))
        elif kind in ("less_than_equal", "less_than") and "ge" not in ctx and "gt" not in ctx:
            high = ctx.get("le", ctx.get("lt"))
            found.append(finding(loc, "schema.max", field=name, max=_plain(high), value=value))
        elif kind in _EXPECTED:
            found.append(
                finding(loc, "schema.type", field=name, expected=_EXPECTED[kind], found=describe(value))
            )
        elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
            low = ctx.get("ge", ctx.get("gt", "…"))
            high = ctx.get("le", ctx.get("lt", "…"))
            found.append(finding(loc, "schema.range", field=name, min=low, max=high, value=value))
        else:
            found.append(finding(loc, "schema.invalid", field=name, detail=detail["msg"]))
    return found


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
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None
