"""The plan's schema: pydantic models that validate a plan file and describe it (JSON Schema).

A plan is validated here once, then used as :mod:`hpcampaign.plan.model`'s plain classes
(:func:`runtime`): a run that finds the plan's compiled copy in the content cache never imports
pydantic (SPEC 7, revision 2: a clerk's ``check`` of one file starts in a few tenths of a second).
Each model here has a class of the same name and the same fields there (a test compares them).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from hpcampaign.plan import model
from hpcampaign.plan.model import DATED, MAX_MINUTES, MAX_TARGET
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


class Strict(BaseModel):
    # allow_inf_nan: "inf" and "nan" are not numbers of a plan (and not JSON).
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True)


class Text(Strict):
    """A text in Vietnamese and English."""

    vi: Words
    en: Words


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


def runtime(plan: Plan) -> model.Plan:
    """The validated ``plan`` as the plain classes every run uses (:mod:`hpcampaign.plan.model`)."""
    converted = _runtime(plan)
    assert isinstance(converted, model.Plan)
    return converted


def _runtime(value: object) -> object:
    if isinstance(value, BaseModel):
        kind: type[model.Data] = getattr(model, type(value).__name__)
        return kind(**{name: _runtime(getattr(value, name)) for name in kind.fields()})
    if isinstance(value, list):
        return [_runtime(entry) for entry in value]
    return value
