"""Window kinds: how a rule says when it applies, one object per kind.

A rule's ``window`` names exactly one of the kinds below (the plan's model checks that). A
*kind* answers:

- *frame*: (first day, last day, the phase the rule reports under, or None for a rule over
  several phases);
- *findings*: what must hold in the plan (the phases it names exist, in order);
- *label*: how the plan view names it ("before", "đến hết during", "before+during").

Kinds: ``phase`` (one phase), ``phases`` (consecutive phases), ``by_end_of`` (from the campaign's
first day to a phase's last day). Adding a kind is a field of ``Window`` in the model, one class
here and one line in :data:`WINDOWS`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from hpcampaign.load.findings import Finding, finding, unknown_ref
from hpcampaign.load.marks import Loc
from hpcampaign.plan.model import Plan, Window
from hpcampaign.text.catalogue import say

Frame = tuple[date, date, str | None]


class OnePhase:
    field = "phase"

    def frame(self, plan: Plan, window: Window) -> Frame:
        assert window.phase is not None
        phase = plan.phase_by_id[window.phase]
        return phase.start, phase.end, phase.id

    def findings(self, plan: Plan, window: Window, loc: Loc) -> Iterator[Finding]:
        assert window.phase is not None
        yield from unknown_ref((*loc, "phase"), "phase", window.phase, plan.phase_by_id)

    def label(self, window: Window, lang: str) -> str:
        return str(window.phase)


class Phases:
    field = "phases"

    def frame(self, plan: Plan, window: Window) -> Frame:
        assert window.phases
        phases = [plan.phase_by_id[p] for p in window.phases]
        return phases[0].start, phases[-1].end, phases[0].id if len(phases) == 1 else None

    def findings(self, plan: Plan, window: Window, loc: Loc) -> Iterator[Finding]:
        assert window.phases is not None
        known = [phase.id for phase in plan.phases]
        for j, value in enumerate(window.phases):
            yield from unknown_ref((*loc, "phases", j), "phase", value, known)
        if all(value in known for value in window.phases):
            places = [known.index(value) for value in window.phases]
            if places != list(range(places[0], places[0] + len(places))):
                yield finding((*loc, "phases"), "plan.phases-order")

    def label(self, window: Window, lang: str) -> str:
        return "+".join(window.phases or ())


class ByEndOf:
    field = "by_end_of"

    def frame(self, plan: Plan, window: Window) -> Frame:
        assert window.by_end_of is not None
        return plan.start, plan.phase_by_id[window.by_end_of].end, window.by_end_of

    def findings(self, plan: Plan, window: Window, loc: Loc) -> Iterator[Finding]:
        assert window.by_end_of is not None
        yield from unknown_ref((*loc, "by_end_of"), "phase", window.by_end_of, plan.phase_by_id)

    def label(self, window: Window, lang: str) -> str:
        return say("plan.by-end-of", lang, phase=window.by_end_of)


WindowKind = OnePhase | Phases | ByEndOf

#: Every window kind, by the field of ``window`` that names it.
WINDOWS: dict[str, WindowKind] = {kind.field: kind for kind in (OnePhase(), Phases(), ByEndOf())}


def kind_of(window: Window) -> WindowKind:
    """The kind of a window (the model lets exactly one of its fields be given)."""
    return next(kind for name, kind in WINDOWS.items() if getattr(window, name) is not None)
