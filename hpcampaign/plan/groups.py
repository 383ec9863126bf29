"""Units listed under their groups: the clerk's table and the memo name units this way.

It lives with the plan (it reads only the plan's groups and units) so that ``check`` does not
import the memo to draw its table.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from hpcampaign.plan.model import Plan


@dataclass(frozen=True, slots=True)
class UnitGroup:
    group: str | None
    members: int
    """Units of the group within the memo's scope."""
    units: tuple[str, ...]


def grouped(plan: Plan, chosen: Collection[str], in_scope: Collection[str]) -> tuple[UnitGroup, ...]:
    """The ``chosen`` units, under the first of their groups, with each group's size in scope."""
    listed: set[str] = set()
    sections: list[tuple[str | None, list[str]]] = [(g.id, plan.members.get(g.id, [])) for g in plan.groups]
    sections.append((None, [unit.id for unit in plan.units if not unit.groups]))
    found = []
    for group, members in sections:
        scoped = [unit for unit in members if unit in in_scope]
        picked = [unit for unit in scoped if unit in chosen and unit not in listed]
        listed.update(picked)
        if picked:
            found.append(UnitGroup(group, len(scoped), tuple(picked)))
    return tuple(found)
