"""What the office proposes at the end of the memo, as facts: who is reminded of what, by when.

Read off the memo's rule lines (their flags and forecasts), its data problems and the units'
difficulties; nothing is judged again. The words are the outputs' (``report_closing``).

Deadlines (SPEC 6 leaves the rule open; this is the one the memo uses, and says):

- *reply-by day*: the Sunday that ends the as-of date's ISO week, or the Sunday after it when
  the as-of date is itself a Saturday or a Sunday, so that a unit always has at least two days.
  By then units that sent nothing send their figures, units whose files have errors send them
  again corrected, and units that missed a target explain why (a closed period cannot be made up).
- *a target still open*: its period's last day, the plan's own deadline, for the units behind on
  it (a catch-up). A result open only on the as-of date itself (a daily target of that day) has no
  day left to catch up on: it is named with the rule, not given a deadline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from hpcampaign.memo.facts import UnitProblems
from hpcampaign.memo.rules import RuleLine
from hpcampaign.plan.model import Plan

__all__ = ["CatchUp", "Proposals", "proposals", "reply_by"]


@dataclass(frozen=True, slots=True)
class CatchUp:
    """Units behind on one rule, to finish by the last day of its open period."""

    rule: str
    deadline: date
    units: tuple[str, ...]
    """Scopes that reported and are behind: projected misses first (worst first), then the others."""
    at_risk: int
    """How many of ``units`` are projected to miss at their pace so far."""
    unreported: int
    """Units behind on it that have sent nothing (reminded with the others that sent nothing)."""


@dataclass(frozen=True, slots=True)
class Proposals:
    reply_by: date
    catch_up: tuple[CatchUp, ...]
    explain: tuple[str, ...]
    """Scopes that reported and missed a target (closed), in plan order: asked to explain."""
    fix: tuple[str, ...]
    """Units whose files have errors (voided files included), in plan order: to correct and resend."""
    unknown_files: int
    """Files with problems whose unit is unknown (to be named correctly and sent again)."""
    difficulties: int
    """Units that reported difficulties (for the Department to look into)."""


def reply_by(as_of: date) -> date:
    """The Sunday ending the as-of date's week; the next Sunday when that is under two days away.

    Tuesday 30/9/2025 → Sunday 5/10; Friday 26/9 → Sunday 28/9; Saturday 27/9 → Sunday 5/10.
    """
    sunday = as_of + timedelta(days=6 - as_of.weekday())
    return sunday if (sunday - as_of).days >= 2 else sunday + timedelta(days=7)


def proposals(
    plan: Plan,
    lines: Sequence[RuleLine],
    problems: Sequence[UnitProblems],
    difficulties: int,
    as_of: date,
) -> Proposals:
    order = plan.unit_order
    catch_up = []
    for line in lines:
        ends = sorted({f.end for f in line.forecasts})
        for end in ends:
            chosen = [f for f in line.forecasts if f.end == end]
            silent = {f.scope for f in line.unreported}
            reporting = [f for f in chosen if f.scope not in silent]
            units = tuple(dict.fromkeys(f.scope for f in reporting))
            at_risk = len({f.scope for f in reporting if f.projection.outcome == "missed"})
            unreported = len({f.scope for f in chosen if f.scope in silent})
            catch_up.append(CatchUp(line.rule.id, end, units, at_risk, unreported))
    missed = {flag.scope for line in lines for flag in line.flags if flag.status == "missed"}
    fix = [p.unit for p in problems if p.unit is not None and (p.errors or p.voided)]
    return Proposals(
        reply_by=reply_by(as_of),
        catch_up=tuple(catch_up),
        explain=tuple(sorted(missed, key=lambda scope: (order.get(scope, len(order)), scope))),
        fix=tuple(sorted(fix, key=lambda unit: order.get(unit, len(order)))),
        unknown_files=sum(p.files for p in problems if p.unit is None),
        difficulties=difficulties,
    )
