"""What checking a file needs to know besides the file: the plan, the dates a run judges on,
and what a run remembers from file to file (names as written, counter keys).

A run builds one :class:`Context` (:func:`context`) and every file of it is checked with it
(:mod:`~hpcampaign.intake.validate`, :mod:`~hpcampaign.intake.plain`); each worker of
``--jobs`` has its own. What it remembers never changes a result, only how fast it comes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hpcampaign.plan.model import Kind, Plan
from hpcampaign.plan.periods import today as current_day
from hpcampaign.records import CounterKey

#: What a spelling of kind, language and platforms counts as (:attr:`Context.spellings`): the
#: kind's id, the language in lower case, the platforms' bits, whether the kind is repeatable,
#: whether it needs a title.
Names = tuple[str, str, int, bool, bool]


@dataclass(frozen=True, slots=True)
class Context:
    """What checking a file needs to know besides the file.

    ``today`` is the real date (an item after it is ``future-date``); ``as_of`` the date the run
    judges on (an item after it, not after today, is quietly not counted).
    """

    plan: Plan
    as_of: date
    today: date
    timed_kinds: frozenset[str]
    """Kinds whose duration some rule or bound reads (others are counted with duration -1)."""
    platform_bits: dict[str, int]
    """Platform id → its bit, for kinds some rule counts by platform (``platform_kinds``)."""
    platform_kinds: frozenset[str]
    repeatable: frozenset[str]
    names: dict[tuple[object, object, object], tuple[Kind, str, list[str] | None]] = field(
        default_factory=dict
    )
    """Names met in this run that the plan knows (see ``validate._resolve``): an item's kind,
    language and platforms as written → the kind, and the language and platforms as counted.
    At most ``validate.MAX_NAMES`` short entries (a few hundred kilobytes), gone with the run."""
    keys: dict[CounterKey, CounterKey] = field(default_factory=dict)
    """Counter keys met in this run, each kept once (see ``plain.counter_key``): at most
    ``plain.MAX_KEYS``, gone with the run."""
    spellings: dict[tuple[object, object, object], Names] = field(default_factory=dict)
    """Kinds, languages and platforms as written in the items of this run that were read and
    judged the whole way without a problem → what they count as (see :mod:`.plain`): at most
    ``plain.MAX_SPELLINGS`` short entries, gone with the run."""


def context(plan: Plan, as_of: date, today: date | None = None) -> Context:
    """The context of a run as of ``as_of``; ``today`` is the real date in the plan's time zone
    unless given (tests give it)."""
    timed = {kind.id for kind in plan.kinds if kind.duration is not None}
    by_platform: set[str] = set()
    for rule in plan.rules:
        if rule.counts.duration is not None:
            timed.update(rule.counts.kinds)
        if rule.counts.platforms is not None:
            by_platform.update(rule.counts.kinds)
    return Context(
        plan,
        as_of,
        today if today is not None else current_day(plan),
        frozenset(timed),
        plan.platform_bits,
        frozenset(by_platform),
        frozenset(kind.id for kind in plan.kinds if kind.repeatable),
    )
