"""Window kinds: how a rule says when it applies, one object per kind.

A rule's ``window`` names exactly one of the kinds below (the plan's model checks that). A
*kind* answers:

- *frame*: (first day, last day, the phase the rule reports under, or None for a rule over
  several phases);
- *findings*: what must hold in the plan (the phases it names exist, in order);
- *label*: how the plan view names it ("before", "đến hết during", "before+during").

Kinds: ``phase`` (one phase), ``phases`` (consecutive phases), ``by_end_of`` (from the campaign's
first day to a phase's last day), ``dates`` (explicit dates, either end may follow a phase, and
the phase the rule reports under). Adding a kind is its fields in ``Window`` (the model), one
class here and one line in :data:`WINDOWS`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from hpcampaign.load.findings import Finding, finding, unknown_ref
from hpcampaign.load.marks import Loc
from hpcampaign.plan.model import DATED, Plan, Window
from hpcampaign.text.catalogue import say

Frame = tuple[date, date, str | None]


class OnePhase:
    field = "phase"

    def given(self, window: Window) -> bool:
        return window.phase is not None

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

    def given(self, window: Window) -> bool:
        return window.phases is not None

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

    def given(self, window: Window) -> bool:
        return window.by_end_of is not None

    def frame(self, plan: Plan, window: Window) -> Frame:
        assert window.by_end_of is not None
        return plan.start, plan.phase_by_id[window.by_end_of].end, window.by_end_of

    def findings(self, plan: Plan, window: Window, loc: Loc) -> Iterator[Finding]:
        assert window.by_end_of is not None
        yield from unknown_ref((*loc, "by_end_of"), "phase", window.by_end_of, plan.phase_by_id)

    def label(self, window: Window, lang: str) -> str:
        return say("plan.by-end-of", lang, phase=window.by_end_of)


class Dates:
    """Explicit dates: ``from`` or ``from_start_of`` a phase, ``to`` or ``to_end_of`` a phase;
    the rule reports under ``reports_under`` (its JSON ``phase``, what ``--phase`` selects),
    while its periods stay those of its own window."""

    field = "dates"

    def given(self, window: Window) -> bool:
        return any(getattr(window, name) is not None for name in DATED)

    def frame(self, plan: Plan, window: Window) -> Frame:
        start = window.start or plan.phase_by_id[str(window.from_start_of)].start
        end = window.end or plan.phase_by_id[str(window.to_end_of)].end
        return start, end, window.reports_under

    def findings(self, plan: Plan, window: Window, loc: Loc) -> Iterator[Finding]:
        named = [(n, getattr(window, n)) for n in ("from_start_of", "to_end_of", "reports_under")]
        for name, value in named:
            if value is not None:
                yield from unknown_ref((*loc, name), "phase", value, plan.phase_by_id)
        if all(value is None or value in plan.phase_by_id for _, value in named):
            start, end, _ = self.frame(plan, window)
            if end < start:
                yield finding(loc, "plan.window-dates", start=start, end=end)

    def label(self, window: Window, lang: str) -> str:
        start = (
            say("plan.from-start-of", lang, phase=window.from_start_of)
            if window.start is None
            else window.start
        )
        end = say("plan.to-end-of", lang, phase=window.to_end_of) if window.end is None else window.end
        return say("plan.dates", lang, start=start, end=end, phase=window.reports_under)


WindowKind = OnePhase | Phases | ByEndOf | Dates

#: Every window kind, by its name.
WINDOWS: dict[str, WindowKind] = {kind.field: kind for kind in (OnePhase(), Phases(), ByEndOf(), Dates())}


def kind_of(window: Window) -> WindowKind:
    """The kind of a window (the model lets exactly one kind be given)."""
    return next(kind for kind in WINDOWS.values() if kind.given(window))
