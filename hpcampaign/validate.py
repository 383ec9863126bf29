"""Checking one submission file against the format and the plan, as of a date.

The result of a file is a :class:`FileSummary`: its problems, and what it contributes to the
count (:class:`~hpcampaign.tally.FileCounts`). An item *counts* when it has no problem at all.

File-level problems *void* the file (it contributes nothing); item-level problems exclude the
item. Clean files are read without positions; a file with anything to report is parsed once
more, keeping the positions of the items it reports, so that every problem has its line and
column. A file lists at most :data:`MAX_PROBLEMS` problems, then one that says how many more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, cast

from pydantic import ValidationError

from .findings import Finding, finding, from_issue, from_validation_error, place
from .plan import Plan
from .problems import Problem, make
from .submission import ITEMS, Header, Item, Submission
from .tally import CounterKey, FileCounts
from .textnorm import suggest
from .yamlio import Document, Fatal, Positions, decode, parse, read_bytes


@dataclass(slots=True)
class FileSummary:
    path: str
    unit: str | None
    items: int
    problems: list[Problem]
    counted: FileCounts = field(default_factory=FileCounts)
    voided: bool = False
    fault: bool = False
    """The tool failed on this file (its problem says so); the run's exit code is then 4."""

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")


@dataclass(frozen=True, slots=True)
class Context:
    """What checking a file needs to know besides the file."""

    plan: Plan
    as_of: date
    timed_kinds: frozenset[str]


def context(plan: Plan, as_of: date) -> Context:
    timed = {kind.id for kind in plan.kinds if kind.duration is not None}
    for rule in plan.rules:
        if rule.counts.duration is not None:
            timed.update(rule.counts.kinds)
    return Context(plan, as_of, frozenset(timed))


def check_file(path: Path, ctx: Context, display: str | None = None) -> FileSummary:
    """Check one file, read once: its bytes are parsed again only for the positions of problems."""
    name = display if display is not None else str(path)
    raw = read_bytes(path)
    data = decode(raw) if isinstance(raw, bytes) else raw
    doc = parse(data) if isinstance(data, bytes) else data
    if isinstance(doc, Fatal):
        parsed = isinstance(data, bytes) and doc.msg_id.startswith(_PARSED_FATALS)
        unit = _unit_named_in(data, ctx) if parsed and isinstance(data, bytes) else None
        problem = make(name, doc.line, doc.column, doc.msg_id, unit, **dict(doc.params))
        return FileSummary(name, unit, 0, [problem], voided=True)
    assert isinstance(data, bytes)
    return _check_document(data, name, doc, ctx)


#: Fatal problems of a file that was read and decoded: its text can still say which unit it is.
_PARSED_FATALS = ("yaml-syntax", "unsafe-yaml", "schema")
#: A top-level ``unit:`` key at the start of a line (a literal: nothing here can backtrack).
_UNIT_KEY = re.compile(rb"^unit:", re.MULTILINE)
#: Longer than any unit's name: a longer value is not a unit, and is not looked up.
_LONGEST_UNIT = 200


def _unit_named_in(data: bytes, ctx: Context) -> str | None:
    """The unit a broken file names on a plain top-level ``unit:`` line, if any.

    A file that cannot be parsed counts nothing, but when it plainly says whose it is, its unit
    has reported (it is not "chưa báo cáo") and its problem is counted against that unit. The
    line is found and cut with string operations, in time linear in the file's size.
    """
    match = _UNIT_KEY.search(data)
    if match is None:
        return None
    end = data.find(b"\n", match.end())
    line = data[match.end() : end if end >= 0 else len(data)]
    value = line.split(b"#", 1)[0].strip(b" \t\r").strip(b"'\"")
    if not value or len(value) > _LONGEST_UNIT * 4:
        return None
    unit = ctx.plan.resolve_unit(value.decode("utf-8", "replace"))
    return unit.id if unit is not None else None


def _check_document(data: bytes, name: str, doc: Document, ctx: Context) -> FileSummary:
    tree = doc.tree
    findings: list[Finding] = [from_issue(issue) for issue in doc.issues]
    item_entries = tree.get("items") if isinstance(tree, dict) else None
    count = len(item_entries) if isinstance(item_entries, list) else 0
    header, unit = _check_header(tree, ctx, findings)
    findings = _without_echoes(findings)
    voided = header is None or any(_voids(f) for f in findings)
    summary = FileSummary(name, unit, count, [], voided=voided)
    if not voided:
        assert header is not None and isinstance(item_entries, list)
        _check_items(item_entries, header, ctx, findings, summary, doc)
    if findings:
        findings = _capped(findings)
        positions = doc.positions if doc.positions is not None else _positions(data, findings)
        summary.problems = place(findings, name, positions, unit)
    if voided:
        summary.counted = FileCounts()
    return summary


def _positions(data: bytes, findings: list[Finding]) -> Positions | None:
    """Positions for the findings, from a second parse that tracks only the items they name."""
    wanted = frozenset(f.loc[1] for f in findings if _in_items(f.loc) and isinstance(f.loc[1], int))
    again = parse(data, track=True, items=wanted)
    return again.positions if isinstance(again, Document) else None


#: Problems listed per file at most. A file with more is wrong throughout (a wrong kind pasted
#: into every line, a misspelt key in every item): its first problems say what to fix, and
#: listing hundreds of thousands would cost the run its speed and memory, and the clerk nothing.
MAX_PROBLEMS = 1000


def _capped(findings: list[Finding]) -> list[Finding]:
    """The first :data:`MAX_PROBLEMS` findings in file order, and one that says how many more."""
    if len(findings) <= MAX_PROBLEMS:
        return findings
    ordered = sorted(
        findings, key=lambda f: f.loc[1] if _in_items(f.loc) and isinstance(f.loc[1], int) else -1
    )
    more = len(findings) - MAX_PROBLEMS
    cut = finding(ordered[MAX_PROBLEMS].loc, "schema.too-many", more=more, limit=MAX_PROBLEMS)
    return [*ordered[:MAX_PROBLEMS], cut]


def _in_items(loc: tuple[Any, ...]) -> bool:
    return len(loc) >= 2 and loc[0] == "items"


def _voids(item: Finding) -> bool:
    """A file-level problem (SPEC 4): anything outside the items but a malformed ``reporter``.

    ``reporter`` is a free note; a wrong value there is reported without losing the file. A
    repeated top-level key voids the file wherever it is.
    """
    if _in_items(item.loc):
        return False
    return item.loc[:1] != ("reporter",) or item.msg_id == "duplicate-key"


def _check_header(tree: Any, ctx: Context, findings: list[Finding]) -> tuple[Header | None, str | None]:
    """The validated header and the unit id, or (None, unit if known) when the file is void."""
    if not isinstance(tree, dict):
        findings.append(finding((), "schema.not-mapping", found="list" if isinstance(tree, list) else "text"))
        return None, None
    fields = {key: value for key, value in tree.items() if key != "items"}
    header: Header | None = None
    validation_context = {"timezone": ctx.plan.meta.timezone}
    try:
        header = Header.model_validate(fields, context=validation_context)
    except ValidationError as error:
        found = from_validation_error(error, Submission)
        findings.extend(found)
        if not any(_voids(f) for f in found):  # only `reporter` is wrong: read the rest
            fields.pop("reporter", None)
            header = Header.model_validate(fields, context=validation_context)
    unit_id: str | None = None
    raw_unit = tree.get("unit")
    if isinstance(raw_unit, str) and raw_unit.strip():
        unit = ctx.plan.resolve_unit(raw_unit)
        if unit is None:
            names = [u.id for u in ctx.plan.units] + [u.name for u in ctx.plan.units]
            findings.append(
                finding(("unit",), "unknown-unit", value=raw_unit, suggestion=suggest(raw_unit, names))
            )
        else:
            unit_id = unit.id
    if "items" not in tree:
        findings.append(finding((), "schema.missing", field="items"))
    elif tree["items"] is None:
        findings.append(finding(("items",), "schema.items-null"))
    elif not isinstance(tree["items"], list):
        findings.append(
            finding(
                ("items",),
                "schema.type",
                field="items",
                expected="list",
                found="mapping" if isinstance(tree["items"], dict) else "text",
            )
        )
    if header is not None and header.period is not None and header.period.start > header.period.end:
        findings.append(
            finding(("period",), "schema.period-order", start=header.period.start, end=header.period.end)
        )
    if unit_id is None or any(_voids(f) for f in findings):
        return None, unit_id
    return header, unit_id


def _check_items(
    entries: list[Any],
    header: Header,
    ctx: Context,
    findings: list[Finding],
    summary: FileSummary,
    doc: Document,
) -> None:
    bad_items = {f.loc[1] for f in findings if _in_items(f.loc)}
    key_ids: dict[CounterKey, int] = {}
    for index, item, item_findings in _validated(entries, ctx):
        item_findings.extend(_resolve(index, item, header, ctx))
        if item_findings:
            findings.extend(_without_echoes(item_findings))
        elif index not in bad_items:
            _tally(index, item, ctx, summary, key_ids, doc)


_REQUIRED_FIELD = {"schema.title-required": "title", "schema.duration-required": "duration"}


def _without_echoes(found: list[Finding]) -> list[Finding]:
    """Drop "field X is missing" where an unknown key already says "did you mean 'X'?".

    ``titel: …`` would otherwise give two errors, the echo (no title) listed before its cause.
    """
    suggested = {dict(f.params).get("suggestion") for f in found if f.msg_id == "unknown-field"}
    if not suggested:
        return found
    return [f for f in found if _missing_field(f) not in suggested]


def _missing_field(item: Finding) -> str | None:
    if item.msg_id == "schema.missing":
        return dict(item.params).get("field")
    return _REQUIRED_FIELD.get(item.msg_id)


def _validated(entries: list[Any], ctx: Context) -> Iterator[tuple[int, dict[str, Any], list[Finding]]]:
    """(index, valid fields, findings) of every item.

    The list is validated at once; when some items fail, their errors come from that one pass,
    and only the items that passed are validated again (as one list), so no value of a failing
    item is parsed more than twice (and dates and durations are remembered by their parsers).
    """
    validation_context = {"timezone": ctx.plan.meta.timezone}
    try:
        items = ITEMS.validate_python(entries, context=validation_context)
    except ValidationError as error:
        failed = _findings_by_item(error)
    else:
        for index, item in enumerate(items):
            yield index, item.__dict__, []
        return
    good = [index for index in range(len(entries)) if index not in failed]
    passed = dict(
        zip(good, ITEMS.validate_python([entries[i] for i in good], context=validation_context), strict=True)
    )
    for index, entry in enumerate(entries):
        if index in passed:
            yield index, passed[index].__dict__, []
        else:
            found = failed[index]
            bad = {f.loc[2] for f in found if len(f.loc) > 2}
            yield index, _valid_fields(entry, bad, validation_context), found


def _findings_by_item(error: ValidationError) -> dict[int, list[Finding]]:
    """The findings of a failed validation of the items list, by item index."""
    by_item: dict[int, list[Finding]] = {}
    for found in from_validation_error(error, Item, ("items",)):
        index = found.loc[1] if len(found.loc) > 1 else None
        if isinstance(index, int):
            by_item.setdefault(index, []).append(found)
    return by_item


def _valid_fields(entry: Any, bad: set[str | int], validation_context: dict[str, str]) -> dict[str, Any]:
    """The fields of an invalid item that are valid on their own (to report their problems too).

    ``bad`` names the fields the item's errors point at. The rest is validated as one item when
    that suffices (the item's only fault is a misspelt or invalid field); else field by field.
    """
    if not isinstance(entry, dict):
        return {}
    rest = {name: value for name, value in entry.items() if name in Item.model_fields and name not in bad}
    try:
        valid = Item.model_validate(rest, context=validation_context).__dict__
    except ValidationError:
        pass
    else:  # a bad field is left out, not set to its default (a bad duration is not a missing one)
        return {name: value for name, value in valid.items() if name not in bad}
    shell = _shell()
    fields: dict[str, Any] = {
        name: info.default
        for name, info in Item.model_fields.items()
        if not info.is_required() and name not in entry
    }
    for name, value in rest.items():
        try:
            Item.__pydantic_validator__.validate_assignment(shell, name, value, context=validation_context)
        except ValidationError:
            continue
        fields[name] = getattr(shell, name)
    return fields


@cache
def _shell() -> Any:
    """One empty item, whose fields are validated one by one (see :func:`_valid_fields`)."""
    return cast(Any, Item).model_construct()


def _resolve(index: int, item: dict[str, Any], header: Header, ctx: Context) -> Iterator[Finding]:
    """Problems of one item against the plan, the file's period and the as-of date."""
    plan = ctx.plan
    loc = ("items", index)
    kind_id = item.get("kind")
    kind = plan.kind_by_id.get(kind_id) if isinstance(kind_id, str) else None
    if isinstance(kind_id, str) and kind is None:
        yield finding(
            (*loc, "kind"), "unknown-kind", value=kind_id, suggestion=suggest(kind_id, plan.kind_by_id)
        )
    language = item.get("language")
    if isinstance(language, str) and language.lower() not in plan.language_ids:
        yield finding(
            (*loc, "language"),
            "unknown-language",
            value=language,
            suggestion=suggest(language.lower(), plan.language_ids),
        )
    for j, platform in enumerate(item.get("platforms") or ()):
        if platform.lower() not in plan.platform_ids:
            yield finding(
                (*loc, "platforms", j),
                "unknown-platform",
                value=platform,
                suggestion=suggest(platform, plan.platform_ids),
            )
    if kind is not None:
        if kind.title_required and "title" in item and not item["title"]:
            yield finding(loc, "schema.title-required", kind=kind.id)
        duration = item.get("duration")
        if kind.duration_required and "duration" in item and duration is None:
            yield finding(loc, "schema.duration-required", kind=kind.id)
        bounds = kind.duration
        if (
            bounds is not None
            and duration is not None
            and not bounds.min_minutes * 60 <= duration <= bounds.max_minutes * 60
        ):
            yield finding(
                (*loc, "duration"),
                "duration-out-of-range",
                kind_vi=kind.name.vi.lower(),
                kind_en=kind.name.en.lower(),
                value_seconds=duration,
                min_seconds=round(bounds.min_minutes * 60),
                max_seconds=round(bounds.max_minutes * 60),
            )
    day = item.get("date")
    if isinstance(day, date):
        yield from _dates(loc, day, header, ctx)


def _dates(loc: tuple[str, int], day: date, header: Header, ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    where = (*loc, "date")
    if day > ctx.as_of:
        yield finding(where, "future-date", date=day, as_of=ctx.as_of)
    period = header.period
    if period is not None and not period.start <= day <= period.end:
        yield finding(where, "outside-period", date=day, start=period.start, end=period.end)
    if not plan.start <= day <= plan.end:
        yield finding(where, "outside-campaign", date=day, start=plan.start, end=plan.end)


def _tally(
    index: int,
    item: dict[str, Any],
    ctx: Context,
    summary: FileSummary,
    key_ids: dict[CounterKey, int],
    doc: Document,
) -> None:
    kind = item["kind"]
    duration = item["duration"] if kind in ctx.timed_kinds and item["duration"] is not None else -1
    key: CounterKey = (item["date"].toordinal(), kind, item["language"].lower(), duration)
    summary.counted.add(
        key,
        item["count"],
        url=item["url"],
        title=item["title"],
        at=(doc.item_lines[index] + 1, doc.item_columns[index] + 1),
        key_ids=key_ids,
    )
