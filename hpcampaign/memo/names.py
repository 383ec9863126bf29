"""Lists of names as the memo gives them: grouped by the unit's type, largest group first.

A *type* is the plan's word for what a unit is (``Unit.type``: xã, phường, đặc khu, sở, báo
chí, …). A scope that is not a unit (a group judged combined, ``city-press``) has no type.

- :func:`by_type` splits a list of scopes into groups of one type each, keeping the list's own
  order inside every group (worst first for units needing attention, plan order for units that
  sent nothing); groups by size, largest first, ties in the order their first member appears.
- :func:`type_counts`: how many of a list are of each type, in the same order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hpcampaign.plan.model import Plan

__all__ = ["TypeGroup", "by_type", "type_counts", "type_of"]


@dataclass(frozen=True, slots=True)
class TypeGroup:
    type: str | None
    """The plan's type of these units; None for scopes that are not units."""
    units: tuple[str, ...]


def type_of(plan: Plan, scope: str) -> str | None:
    unit = plan.unit_by_id.get(scope)
    return unit.type if unit is not None else None


def by_type(plan: Plan, scopes: Sequence[str]) -> tuple[TypeGroup, ...]:
    """``scopes`` in groups of one type, the largest first (see the module docstring)."""
    groups: dict[str | None, list[str]] = {}
    for scope in scopes:
        groups.setdefault(type_of(plan, scope), []).append(scope)
    first = {kind: index for index, kind in enumerate(groups)}
    ordered = sorted(groups, key=lambda kind: (-len(groups[kind]), first[kind]))
    return tuple(TypeGroup(kind, tuple(groups[kind])) for kind in ordered)


def type_counts(plan: Plan, scopes: Sequence[str]) -> tuple[tuple[str | None, int], ...]:
    """(type, how many of ``scopes`` are of it), in the order of :func:`by_type`."""
    return tuple((group.type, len(group.units)) for group in by_type(plan, scopes))
