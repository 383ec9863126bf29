"""The plan as data: pydantic models of a communication plan and a lookup index over it.

Words: a *phase* is a dated stage of the campaign (``before``, ``during``, ``after``); the
*campaign* runs from the first phase's first day to the last phase's last day. A *unit* is an
organisation that submits; a *group* names a set of units (``communes``). A *kind* is a type of
published item in a *channel*. A *rule* says, for a *scope* of units, which items *count*, over
which *window* of the campaign, cut into which *periods* (day, ISO week, the whole window), and
the target (``min``/``max``) under a *mode*: ``every`` period on its own, the ``average_per_week``
over the window, or ``per_language`` (one judgement per language of ``counts.languages``).

Nothing here knows Hai Phong: the shipped plan (``plans/haiphong-2025.yaml``) is one instance.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cached_property
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from hpcampaign.text.names import name_key
from hpcampaign.text.values import zone


def _format_one(value: int) -> int:
    if value != 1:
        raise PydanticCustomError("format_version", "format must be 1", {"value": value})
    return value


#: An IANA time zone name: letters, digits, ``_+-`` in parts joined by ``/``. A name like a file
#: path (``/etc/passwd``, ``../x``) would make the time-zone library open that file.
_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+-]{0,40}(?:/[A-Za-z0-9][A-Za-z0-9_+-]{0,40}){0,3}", re.ASCII)


def _known_zone(name: str) -> str:
    try:
        if not _ZONE_NAME.fullmatch(name):
            raise ValueError(name)
        zone(name)
    except ValueError:
        raise PydanticCustomError("timezone", "unknown time zone", {"value": name}) from None
    return name


#: The ``format:`` number of a file; only 1 exists.
FormatVersion = Annotated[int, AfterValidator(_format_one)]

#: Text that must say something (a clause, a name, a title).
Words = Annotated[str, Field(min_length=1)]

Id = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$", max_length=80)]


#: The largest target a rule may set, and the longest duration bound (a day, in minutes): a plan
#: is input too, and an absurd number is a typing mistake, not a target.
MAX_TARGET = 1_000_000
MAX_MINUTES = 24 * 60


class Strict(BaseModel):
    # allow_inf_nan: "inf" and "nan" are not numbers of a plan (and not JSON).
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True)


class Text(Strict):
    """A text in Vietnamese and English."""

    vi: Words
    en: Words

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


class Signer(Strict):
    title: Text
    name: str


class Meta(Strict):
    title: Text
    parent_body: Text = Field(description="Parent body, printed first in the memo header.")
    issuer: Text = Field(description="Body that issued the plan and signs the memo.")
    issuer_code: str = Field(description="Short code of the issuer, as in 'Số: …/BC-TTBCXB'.")
    reference: str | None = Field(
        default=None, description="The plan's own document number and date, where it has one."
    )
    office: Text = Field(description="The office that compiles the memo.")
    place: str = Field(description="Place name of the memo's date line.")
    timezone: Annotated[str, AfterValidator(_known_zone)] = "Asia/Ho_Chi_Minh"
    language: str = "vi"
    signer: Signer
    recipients: list[Text] = []


class Phase(Strict):
    id: Id
    name: Text
    clause: Words
    start: date
    end: date


class Group(Strict):
    id: Id
    name: Text


class Unit(Strict):
    id: Id
    name: Words
    type: str
    groups: list[Id] = []


class Channel(Strict):
    id: Id
    name: Text


class DurationBounds(Strict):
    min_minutes: float = Field(gt=0, le=MAX_MINUTES)
    max_minutes: float = Field(gt=0, le=MAX_MINUTES)


class Kind(Strict):
    id: Id
    channel: Id
    name: Text
    label: Words | None = Field(
        default=None,
        description="The kind's Vietnamese word (tin, bài, lượt phát): unique across kinds, so that "
        "a submission may name the kind by it.",
    )
    repeatable: bool = Field(
        default=False,
        description="One product aired again, each airing counting (a trailer, a broadcast): its "
        "duplicates are judged per day.",
    )
    title_required: bool = True
    duration_required: bool = False
    duration: DurationBounds | None = Field(
        default=None, description="An item outside these bounds is reported and not counted."
    )


class Named(Strict):
    id: Id
    name: Text


class Window(Strict):
    """When a rule applies: exactly one kind of window (:mod:`hpcampaign.plan.windows`).

    ``phase`` (one phase), ``phases`` (consecutive phases), ``by_end_of`` (from the campaign's
    first day to a phase's last day), or explicit dates: ``from`` (or ``from_start_of`` a phase)
    and ``to`` (or ``to_end_of`` a phase, so that the rule follows the phase when the office
    moves it), with ``reports_under``, the phase whose results it belongs to.
    """

    model_config = ConfigDict(populate_by_name=True)

    phase: Id | None = None
    phases: list[Id] | None = Field(default=None, min_length=1)
    by_end_of: Id | None = None
    start: date | None = Field(default=None, alias="from")
    from_start_of: Id | None = None
    end: date | None = Field(default=None, alias="to")
    to_end_of: Id | None = None
    reports_under: Id | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Window:
        dated = [name for name in DATED if getattr(self, name) is not None]
        given = [name for name in ("phase", "phases", "by_end_of") if getattr(self, name) is not None]
        if len(given) + bool(dated) != 1:
            raise PydanticCustomError("window_kind", "a window names exactly one kind")
        if dated and not (
            (self.start is None) != (self.from_start_of is None)
            and (self.end is None) != (self.to_end_of is None)
            and self.reports_under is not None
        ):
            raise PydanticCustomError("window_dates", "a window of dates needs from, to, reports_under")
        return self


#: The fields of a window of explicit dates.
DATED = ("start", "from_start_of", "end", "to_end_of", "reports_under")


class Scope(Strict):
    units: list[Id] = []
    groups: list[Id] = []
    aggregate: Literal["each", "combined"]


class Counts(Strict):
    kinds: list[Id] = Field(min_length=1)
    languages: list[str] | None = None
    duration: DurationBounds | None = None
    platforms: list[Id] | None = Field(
        default=None,
        min_length=1,
        description="An item counts when it lists at least one of these platforms (none: any).",
    )


class Rule(Strict):
    id: Id
    clause: Words
    title: Text
    target_source: Literal["plan", "projection", "local"] = Field(
        description="Where the target comes from: a number in the plan's text (plan), a projection "
        "of registrations the text gives (projection, 'Dự kiến … đăng ký'), or the office's own "
        "number where the text has none (local)."
    )
    note: Text | None = None
    window: Window
    scope: Scope
    counts: Counts
    period: Literal["day", "week", "window"]
    mode: str = Field(
        default="every",
        description="How counts become judged values (hpcampaign.plan.modes): every, average_per_week, …",
    )
    min: float | None = Field(default=None, ge=0, le=MAX_TARGET)
    max: float | None = Field(default=None, ge=0, le=MAX_TARGET)


class Plan(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True)

    format: FormatVersion = 1
    meta: Meta
    phases: list[Phase] = Field(min_length=1)
    groups: list[Group] = []
    units: list[Unit] = Field(min_length=1)
    channels: list[Channel] = Field(min_length=1)
    kinds: list[Kind] = Field(min_length=1)
    platforms: list[Named] = []
    languages: list[Named] = Field(min_length=1)
    rules: list[Rule] = []

    # Lookups, computed once on first use. The model is frozen, so they never go stale.
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
