"""Plans edited by tests: a loaded plan as the mapping of a plan file, and back.

A run's plan is made of :mod:`hpcampaign.plan.model`'s plain classes; a test that needs a plan a
little different (a hostile title, one more unit) edits its mapping and validates it again with
the plan's schema (:mod:`hpcampaign.plan.schema`), as the tool validates a plan file.
"""

from __future__ import annotations

from typing import Any

from hpcampaign.plan import schema
from hpcampaign.plan.model import Data, Plan


def plan_data(value: Data) -> dict[str, Any]:
    """``value`` (a plan, or a part of one) as a mapping by field name."""
    data = _data(value)
    assert isinstance(data, dict)
    return data


def _data(value: object) -> object:
    if isinstance(value, Data):
        return {name: _data(getattr(value, name)) for name in value.fields()}
    if isinstance(value, list):
        return [_data(entry) for entry in value]
    return value


def plan_of(data: dict[str, Any]) -> Plan:
    """The plan ``data`` describes, validated by the plan's schema."""
    return schema.runtime(schema.Plan.model_validate(data))
