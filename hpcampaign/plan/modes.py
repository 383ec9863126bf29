"""Rule modes: how a rule turns counted items into judged values, one object per mode.

A *mode* (``Rule.mode``) answers, for the rules that name it:

- *splits*: the judgements a scope gets per period: one (``None``), or one per language;
- *value*: the value judged, and the ``actual`` reported, from the count of a period (the
  unrounded value is compared with the target; ``actual`` is what outputs show);
- *findings*: what the plan must say for the mode to make sense (checked when the plan loads);
- *shape*: how the memo presents the rule (``daily``, ``weekly``, ``window``, ``average``,
  ``languages``);
- *target*: the target in a few words ("TB 2–3/tuần", "≥1/tuần mỗi ngôn ngữ").

Adding a mode is one class here and one line in :data:`MODES`; the engine, the plan's checks,
the memo and the outputs read the mode, never its name.

Example, ``average_per_week`` over the 25 days of ``before``, closed: 8 broadcasts → 8 ÷ (25/7)
= 2.24 a week; 7 → 1.96.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Literal

from hpcampaign.load.findings import Finding, finding
from hpcampaign.load.marks import Loc
from hpcampaign.plan.model import Rule
from hpcampaign.plan.periods import elapsed_days
from hpcampaign.text.catalogue import say
from hpcampaign.text.phrases import PhraseId

Shape = Literal["daily", "weekly", "window", "average", "languages"]

#: The catalogue's words for a target judged every period: "2/ngày", "≥1/tuần" (none for a window).
PERIOD_WORDS: dict[str, PhraseId] = {"day": "target.per-day", "week": "target.per-week"}


class Mode:
    """The mode every rule has unless it says otherwise: the count of each period, judged."""

    name = "every"

    def splits(self, rule: Rule) -> tuple[str | None, ...]:
        return (None,)

    def value(self, count: int, start: date, end: date, as_of: date) -> tuple[float, float]:
        return count, count

    def findings(self, rule: Rule, loc: Loc) -> Iterator[Finding]:
        return iter(())

    def shape(self, rule: Rule) -> Shape:
        return {"day": "daily", "week": "weekly"}.get(rule.period, "window")  # type: ignore[return-value]

    def target(self, rule: Rule, core: str, lang: str) -> str:
        words = PERIOD_WORDS.get(rule.period)
        return say(words, lang, target=core) if words is not None else core


class AveragePerWeek(Mode):
    """The count over the window ÷ (days ÷ 7): days of the window once it is closed, else the
    days from its start through the as-of date. ``actual`` is rounded to 2 decimals."""

    name = "average_per_week"

    def value(self, count: int, start: date, end: date, as_of: date) -> tuple[float, float]:
        elapsed = elapsed_days(start, end, as_of)
        value = count / (elapsed / 7) if elapsed else 0.0
        return value, round(value, 2)

    def findings(self, rule: Rule, loc: Loc) -> Iterator[Finding]:
        if rule.period != "window":
            yield finding((*loc, "period"), "plan.mode-period", mode=self.name)

    def shape(self, rule: Rule) -> Shape:
        return "average"

    def target(self, rule: Rule, core: str, lang: str) -> str:
        return say("target.average", lang, target=core)


class PerLanguage(Mode):
    """One judgement per language of ``counts.languages``, each counting that language only."""

    name = "per_language"

    def splits(self, rule: Rule) -> tuple[str | None, ...]:
        return tuple(rule.counts.languages or ())

    def findings(self, rule: Rule, loc: Loc) -> Iterator[Finding]:
        if not rule.counts.languages:
            yield finding((*loc, "mode"), "plan.per-language")

    def shape(self, rule: Rule) -> Shape:
        return "languages"

    def target(self, rule: Rule, core: str, lang: str) -> str:
        return say("target.per-language", lang, target=super().target(rule, core, lang))


#: Every mode, by the name a plan gives it.
MODES: dict[str, Mode] = {mode.name: mode for mode in (Mode(), AveragePerWeek(), PerLanguage())}


def mode_of(rule: Rule) -> Mode:
    """The mode of a rule (a loaded plan names only known modes)."""
    return MODES[rule.mode]
