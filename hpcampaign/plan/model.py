"""The plan as data: the plain classes of a validated communication plan, and lookups over it.

Words: a *phase* is a dated stage of the campaign (``before``, ``during``, ``after``); the
*campaign* runs from the first phase's first day to the last phase's last day. A *unit* is an
organisation that submits; a *group* names a set of units (``communes``). A *kind* is a type of
published item in a *channel*. A *rule* says, for a *scope* of units, which items *count*, over
which *window* of the campaign, cut into which *periods* (day, ISO week, the whole window), and
the target (``min``/``max``) under a *mode*: ``every`` period on its own, the ``average_per_week``
over the window, or ``per_language`` (one judgement per language of ``counts.languages``).

A plan file is validated by the pydantic models of :mod:`hpcampaign.plan.schema` (which also give
its JSON Schema and the meaning of every field), then held in these classes, which import nothing
heavy: a run whose plan comes from the content cache never imports pydantic. Instances are made
only from a validated plan (:func:`hpcampaign.plan.schema.runtime`, or the cache's compiled copy,
:mod:`hpcampaign.plan.compiled`), never by hand, and never change.

Nothing here knows Hai Phong: the shipped plan (``plans/haiphong-2025.yaml``) is one instance.
"""

from __future__ import annotations

import inspect
from datetime import date
from functools import cached_property
from typing import Any, Literal, NoReturn

from hpcampaign.text.names import name_key

#: The largest target a rule may set, and the longest duration bound (a day, in minutes): a plan
#: is input too, and an absurd number is a typing mistake, not a target.
MAX_TARGET = 1_000_000
MAX_MINUTES = 24 * 60


class Data:
    """A value of a validated plan: its fields (the class's annotations) are set once, all of
    them, and never change; two values are equal when their fields are."""

    _fields: tuple[str, ...] = ()

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls._fields = tuple(inspect.get_annotations(cls))

    @classmethod
    def fields(cls) -> tuple[str, ...]:
        """The names of the fields, in the order the class declares them."""
        return cls._fields

    def __init__(self, **values: Any) -> None:
        if len(values) != len(self._fields) or not all(name in values for name in self._fields):
            raise TypeError(f"{type(self).__name__} takes exactly the fields {', '.join(self._fields)}")
        self.__dict__.update(values)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} cannot be changed")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} cannot be changed")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._fields)

    def __hash__(self) -> int:
        return hash((type(self).__name__, *(_hashable(getattr(self, name)) for name in self._fields)))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({shown})"


def _hashable(value: object) -> object:
    return tuple(map(_hashable, value)) if isinstance(value, list) else value


class Text(Data):
    """A text in Vietnamese and English."""

    vi: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


class Signer(Data):
    title: Text
    name: str


class Meta(Data):
    title: Text
    parent_body: Text
    issuer: Text
    issuer_code: str
    reference: str | None
    office: Text
    place: str
    timezone: str
    language: str
    signer: Signer
    recipients: list[Text]


class Phase(Data):
    id: str
    name: Text
    clause: str
    start: date
    end: date


class Group(Data):
    id: str
    name: Text


class Unit(Data):
    id: str
    name: str
    type: str
    groups: list[str]


class Channel(Data):
    id: str
    name: Text


class DurationBounds(Data):
    min_minutes: float
    max_minutes: float


class Kind(Data):
    id: str
    channel: str
    name: Text
    label: str | None
    repeatable: bool
    title_required: bool
    duration_required: bool
    duration: DurationBounds | None


class Named(Data):
    id: str
    name: Text


class Window(Data):
    """When a rule applies: exactly one kind of window (:mod:`hpcampaign.plan.windows`).

    ``phase`` (one phase), ``phases`` (consecutive phases), ``by_end_of`` (from the campaign's
    first day to a phase's last day), or explicit dates: ``start`` (the file's ``from``, or
    ``from_start_of`` a phase) and ``end`` (``to``, or ``to_end_of`` a phase, so that the rule
    follows the phase when the office moves it), with ``reports_under``, the phase whose results
    it belongs to.
    """

    phase: str | None
    phases: list[str] | None
    by_end_of: str | None
    start: date | None
    from_start_of: str | None
    end: date | None
    to_end_of: str | None
    reports_under: str | None


#: The fields of a window of explicit dates.
DATED = ("start", "from_start_of", "end", "to_end_of", "reports_under")


class Scope(Data):
    units: list[str]
    groups: list[str]
    aggregate: Literal["each", "combined"]


class Counts(Data):
    kinds: list[str]
    languages: list[str] | None
    duration: DurationBounds | None
    platforms: list[str] | None


class Rule(Data):
    id: str
    clause: str
    title: Text
    target_source: Literal["plan", "projection", "local"]
    note: Text | None
    window: Window
    scope: Scope
    counts: Counts
    period: Literal["day", "week", "window"]
    mode: str
    min: float | None
    max: float | None


class Plan(Data):
    format: int
    meta: Meta
    phases: list[Phase]
    groups: list[Group]
    units: list[Unit]
    channels: list[Channel]
    kinds: list[Kind]
    platforms: list[Named]
    languages: list[Named]
    rules: list[Rule]

    # Lookups, computed once on first use. A plan never changes, so they never go stale.
    @cached_property
    def unit_by_id(self) -> dict[str, Unit]:
        return {unit.id: unit for unit in self.units}

    @cached_property
    def unit_by_name(self) -> dict[str, Unit]:
        return {name_key(unit.name): unit for unit in self.units}

    @cached_property
    def unit_order(self) -> dict[str, int]:
        """Unit id → its place in the plan (outputs list units in plan order)."""
        return {unit.id: index for index, unit in enumerate(self.units)}

    @cached_property
    def rule_by_id(self) -> dict[str, Rule]:
        return {rule.id: rule for rule in self.rules}

    @cached_property
    def kind_by_id(self) -> dict[str, Kind]:
        return {kind.id: kind for kind in self.kinds}

    @cached_property
    def kind_by_label(self) -> dict[str, Kind]:
        """A kind by its Vietnamese label, compared as unit names are (case, tone-mark placement)."""
        return {name_key(kind.label): kind for kind in self.kinds if kind.label}

    @cached_property
    def kind_words(self) -> list[str]:
        """What a submission may write for a kind: every id, then every label."""
        return [*(kind.id for kind in self.kinds), *(kind.label for kind in self.kinds if kind.label)]

    @cached_property
    def kind_by_name(self) -> dict[str, Kind]:
        """A kind by its full name in Vietnamese or English, compared as unit names are; the
        first kind in plan order that has a name."""
        found: dict[str, Kind] = {}
        for kind in self.kinds:
            found.setdefault(name_key(kind.name.vi), kind)
            found.setdefault(name_key(kind.name.en), kind)
        return found

    def resolve_kind(self, text: str) -> Kind | None:
        """A kind by id or by its label ("tin", "Lượt phát")."""
        return self.kind_by_id.get(text) or self.kind_by_label.get(name_key(text))

    @cached_property
    def phase_by_id(self) -> dict[str, Phase]:
        return {phase.id: phase for phase in self.phases}

    @cached_property
    def group_by_id(self) -> dict[str, Group]:
        return {group.id: group for group in self.groups}

    @cached_property
    def platform_ids(self) -> frozenset[str]:
        return frozenset(p.id for p in self.platforms)

    @cached_property
    def platform_bits(self) -> dict[str, int]:
        """Platform id → its bit in a set of platforms (the i-th platform of the plan: bit i)."""
        return {platform.id: 1 << i for i, platform in enumerate(self.platforms)}

    def platform_mask(self, rule: Rule) -> int:
        """The platforms a rule counts, as a bit set (0: the rule counts every platform)."""
        return sum(self.platform_bits.get(p, 0) for p in set(rule.counts.platforms or ()))

    @cached_property
    def language_ids(self) -> frozenset[str]:
        return frozenset(lang.id for lang in self.languages)

    @cached_property
    def members(self) -> dict[str, list[str]]:
        """Group id → ids of its units, in plan order."""
        result: dict[str, list[str]] = {group.id: [] for group in self.groups}
        for unit in self.units:
            for group in unit.groups:
                result.setdefault(group, []).append(unit.id)
        return result

    @cached_property
    def start(self) -> date:
        """The campaign's first day: the first phase's, or an earlier date a rule's window names
        (preparation deliverables count from the date of the city's own plan)."""
        return min([self.phases[0].start, *(r.window.start for r in self.rules if r.window.start)])

    @cached_property
    def end(self) -> date:
        """The campaign's last day: the last phase's, or a later date a rule's window names."""
        return max([self.phases[-1].end, *(r.window.end for r in self.rules if r.window.end)])

    def resolve_unit(self, text: str) -> Unit | None:
        """A unit by id or by its Vietnamese name (tone-mark placement and case ignored)."""
        return self.unit_by_id.get(text.strip()) or self.unit_by_name.get(name_key(text))

    def scope_units(self, rule: Rule) -> list[str]:
        """The ids of the units a rule covers, in plan order, each once."""
        wanted = set(rule.scope.units)
        for group in rule.scope.groups:
            wanted.update(self.members.get(group, ()))
        return [unit.id for unit in self.units if unit.id in wanted]

    def scope_label(self, rule: Rule) -> str:
        """The JSON ``scope`` of a combined rule: its one group, else its ids joined by '+'."""
        parts = [*rule.scope.groups, *rule.scope.units]
        return "+".join(parts)
