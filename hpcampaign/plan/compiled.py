"""A validated plan as data the content cache keeps: JSON of plain types, read back into
:mod:`hpcampaign.plan.model`'s classes without pydantic.

Each value of the plan is an object ``{"": "<class>", <field>: …}`` (a date is ``{"": "date",
"iso": "2025-09-30"}``); lists, text, numbers, true/false and null are themselves. Reading
makes only the classes of :mod:`hpcampaign.plan.model`, each with exactly its fields: anything
else (a damaged or foreign payload) raises :class:`ValueError`, and the plan is validated again.
"""

from __future__ import annotations

import json
from datetime import date

from hpcampaign.plan import model

#: The classes a compiled plan may hold, by name.
_CLASSES: dict[str, type[model.Data]] = {
    kind.__name__: kind
    for kind in vars(model).values()
    if isinstance(kind, type) and issubclass(kind, model.Data)
}
_DATE = "date"


def encode(plan: model.Plan) -> bytes:
    """The plan as JSON (ASCII, no blanks): the same plan gives the same bytes."""
    return json.dumps(_data(plan), ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode("ascii")


def decode(payload: bytes) -> model.Plan:
    """The plan ``payload`` holds; :class:`ValueError` when it holds anything else."""
    try:
        plan = _value(json.loads(payload))
    except (KeyError, TypeError, RecursionError, AttributeError) as error:
        raise ValueError(f"not a compiled plan: {error!r}") from None
    if not isinstance(plan, model.Plan):
        raise ValueError("not a compiled plan")
    return plan


def _data(value: object) -> object:
    if isinstance(value, model.Data):
        return {"": type(value).__name__, **{name: _data(getattr(value, name)) for name in value.fields()}}
    if isinstance(value, date):
        return {"": _DATE, "iso": value.isoformat()}
    if isinstance(value, list):
        return [_data(entry) for entry in value]
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"a plan holds no {type(value).__name__}")


def _value(data: object) -> object:
    if isinstance(data, list):
        return [_value(entry) for entry in data]
    if not isinstance(data, dict):
        return data
    tag = data[""]
    if tag == _DATE and len(data) == 2:
        iso = data["iso"]
        if not isinstance(iso, str):
            raise ValueError("a date is text")
        return date.fromisoformat(iso)
    return _CLASSES[tag](**{name: _value(entry) for name, entry in data.items() if name})
