"""Loading a plan file: YAML with positions, the pydantic models (:mod:`hpcampaign.plan.schema`,
imported only here, when a plan is validated), then cross-references.

A plan that fails any check raises :class:`PlanError` carrying every problem found, each with
file:line:col; the CLI shows them and exits with code 2. Cross-reference checks (what the models
alone cannot see) are :func:`reference_findings`: unknown units, groups, kinds, channels, phases
and languages; repeated ids or names; phases that overlap or leave gaps; min above max; modes
that do not fit their period.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hpcampaign.load.files import decode, read_bytes
from hpcampaign.load.findings import Finding, finding, from_issue, from_validation_error, place, unknown_ref
from hpcampaign.load.marks import Fatal, Loc
from hpcampaign.load.tree import parse
from hpcampaign.plan.model import Plan, Rule
from hpcampaign.plan.modes import MODES, mode_of
from hpcampaign.plan.periods import window
from hpcampaign.plan.windows import kind_of
from hpcampaign.records import Problem, make
from hpcampaign.text.names import name_key

#: Entries in any list of a plan (its units above all): 10,000 is ample for any city; the
#: README states it. A plan is input too, and a million units would stall every run.
MAX_UNITS = 10_000
#: The longest campaign (about ten years, two Party terms) and the dates a plan may name: a
#: century-long phase is a typing mistake, and would cost a result for each of its days.
MAX_CAMPAIGN_DAYS = 3660
EARLIEST, LATEST = date(1900, 1, 1), date(2199, 12, 31)
#: Results a plan may produce in one run (scopes × periods × languages, summed over its rules):
#: the shipped plan gives under ten thousand; a million would exhaust memory.
MAX_RESULTS = 200_000


class PlanError(Exception):
    """The plan cannot be used; ``problems`` says every reason, with positions."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the plan")
        self.problems = sorted(problems, key=Problem.sort_key)


def load_plan(path: Path, name: str | None = None) -> Plan:
    """The plan in ``path``; its problems name the file ``name`` (default: the path)."""
    return plan_from(read_bytes(path), str(path) if name is None else name)


def plan_from(raw: bytes | Fatal, name: str) -> Plan:
    """The plan in ``raw``, the bytes of the file shown as ``name`` (or why they could not be
    read). A caller that keys something on a plan's bytes (the content cache) reads them once
    and loads the plan from them, so that what it keys on is what was loaded."""
    data = decode(raw) if isinstance(raw, bytes) else raw
    doc = parse(data, track=True, top_width=MAX_UNITS) if isinstance(data, bytes) else data
    if isinstance(doc, Fatal):
        renamed = {"schema.empty": "schema.empty-plan", "too-large.items": "too-large.plan-list"}
        msg_id = renamed.get(doc.msg_id, doc.msg_id)
        raise PlanError([make(name, doc.line, doc.column, msg_id, **dict(doc.params))])
    from pydantic import ValidationError

    from hpcampaign.plan import schema

    found: list[Finding] = [from_issue(issue) for issue in doc.issues]
    plan: Plan | None = None
    if not isinstance(doc.tree, dict):
        found.append(
            finding((), "schema.not-mapping", found="list" if isinstance(doc.tree, list) else "text")
        )
    else:
        try:
            plan = schema.runtime(schema.Plan.model_validate(doc.tree))
        except ValidationError as error:
            found.extend(from_validation_error(error, schema.Plan))
    if plan is not None:
        found.extend(reference_findings(plan))
    if found:
        raise PlanError(place(found, name, doc.positions))
    assert plan is not None
    return plan


def reference_findings(plan: Plan) -> list[Finding]:
    """Everything that makes a well-formed plan inconsistent."""
    found: list[Finding] = []
    for section in ("phases", "groups", "units", "channels", "kinds", "platforms", "languages", "rules"):
        found.extend(_duplicate_ids(section, [entry.id for entry in getattr(plan, section)]))
    found.extend(_phase_findings(plan))
    found.extend(_span_findings(plan))
    groups = {group.id for group in plan.groups}
    channels = {channel.id for channel in plan.channels}
    names: dict[str, str] = {}
    for i, unit in enumerate(plan.units):
        for j, group in enumerate(unit.groups):
            found.extend(unknown_ref(("units", i, "groups", j), "group", group, groups))
        key = name_key(unit.name)
        if key in names and names[key] != unit.id:
            found.append(
                finding(("units", i, "name"), "plan.duplicate-name", value=unit.name, other=names[key])
            )
        names.setdefault(key, unit.id)
    labels: dict[str, str] = {}
    for i, kind in enumerate(plan.kinds):
        found.extend(unknown_ref(("kinds", i, "channel"), "channel", kind.channel, channels))
        if kind.label is not None:
            label = name_key(kind.label)
            if label in labels:
                found.append(
                    finding(
                        ("kinds", i, "label"), "plan.duplicate-label", value=kind.label, other=labels[label]
                    )
                )
            labels.setdefault(label, kind.id)
        if kind.duration is not None:
            found.extend(
                _bounds(("kinds", i, "duration"), kind.duration.min_minutes, kind.duration.max_minutes)
            )
    for i, rule in enumerate(plan.rules):
        found.extend(_rule_findings(plan, ("rules", i), rule))
    if not found:
        found.extend(_size_findings(plan))
    return found


def _span_findings(plan: Plan) -> Iterator[Finding]:
    """Dates a plan may name, and how long its campaign may run."""
    for i, phase in enumerate(plan.phases):
        for name in ("start", "end"):
            day = getattr(phase, name)
            if not EARLIEST <= day <= LATEST:
                yield finding(("phases", i, name), "plan.date-range", date=day, start=EARLIEST, end=LATEST)
    days = (plan.end - plan.start).days + 1
    if days > MAX_CAMPAIGN_DAYS:
        yield finding(("phases",), "plan.too-long", days=days, limit=MAX_CAMPAIGN_DAYS)


def _size_findings(plan: Plan) -> Iterator[Finding]:
    """A consistent plan whose rules would produce more results than a run can hold."""
    total = 0
    for rule in plan.rules:
        start, end, _phase = window(plan, rule)
        days = (end - start).days + 1
        count = {"day": days, "week": days // 7 + 2, "window": 1}[rule.period]
        if rule.scope.aggregate == "each":
            count *= len(plan.scope_units(rule))
        count *= len(mode_of(rule).splits(rule))
        total += count
    if total > MAX_RESULTS:
        yield finding(("rules",), "plan.too-many-results", count=total, limit=MAX_RESULTS)


def _duplicate_ids(section: str, ids: list[str]) -> Iterator[Finding]:
    first: dict[str, int] = {}
    for index, value in enumerate(ids):
        if value in first:
            yield finding(
                (section, index, "id"),
                "plan.duplicate-id",
                value=value,
                section=section,
                first=first[value] + 1,
                second=index + 1,
            )
        first.setdefault(value, index)


def _bounds(loc: Loc, low: float | None, high: float | None) -> Iterator[Finding]:
    if low is not None and high is not None and low > high:
        yield finding(loc, "plan.min-max", min=f"{low:g}", max=f"{high:g}")


def _phase_findings(plan: Plan) -> Iterator[Finding]:
    previous = None
    for i, phase in enumerate(plan.phases):
        if phase.end < phase.start:
            yield finding(
                ("phases", i, "end"), "plan.phase-dates", value=phase.id, start=phase.start, end=phase.end
            )
        if previous is not None and phase.start != previous.end + timedelta(days=1):
            expected = previous.end + timedelta(days=1)
            yield finding(
                ("phases", i, "start"), "plan.phase-gap", value=phase.id, expected=expected, start=phase.start
            )
        previous = phase


def _rule_findings(plan: Plan, loc: Loc, rule: Rule) -> Iterator[Finding]:
    yield from kind_of(rule.window).findings(plan, rule.window, (*loc, "window"))
    for j, unit in enumerate(rule.scope.units):
        yield from unknown_ref((*loc, "scope", "units", j), "unit", unit, plan.unit_by_id)
    for j, group in enumerate(rule.scope.groups):
        yield from unknown_ref((*loc, "scope", "groups", j), "group", group, plan.members)
    if not plan.scope_units(rule):
        yield finding((*loc, "scope"), "plan.empty-scope")
    for j, kind in enumerate(rule.counts.kinds):
        yield from unknown_ref((*loc, "counts", "kinds", j), "kind", kind, plan.kind_by_id)
    for j, language in enumerate(rule.counts.languages or ()):
        yield from unknown_ref((*loc, "counts", "languages", j), "language", language, plan.language_ids)
    for j, platform in enumerate(rule.counts.platforms or ()):
        yield from unknown_ref((*loc, "counts", "platforms", j), "platform", platform, plan.platform_ids)
    if rule.counts.duration is not None:
        yield from _bounds(
            (*loc, "counts", "duration"), rule.counts.duration.min_minutes, rule.counts.duration.max_minutes
        )
    if rule.min is None and rule.max is None:
        yield finding(loc, "plan.no-target")
    yield from _bounds((*loc, "min"), rule.min, rule.max)
    mode = MODES.get(rule.mode)
    if mode is None:
        choices = ", ".join(f"'{name}'" for name in MODES)
        yield finding((*loc, "mode"), "schema.choice", field="mode", expected=choices, value=rule.mode)
    else:
        yield from mode.findings(rule, loc)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a plan file, for editors (the modes offered as a list)."""
    from hpcampaign.plan import schema as models

    schema = models.Plan.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "hpcampaign plan, format 1"
    schema["$defs"]["Rule"]["properties"]["mode"]["enum"] = list(MODES)
    return schema
