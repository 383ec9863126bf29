"""Checking one submission file against the format and the plan, as of a date.

The result of a file is a :class:`FileSummary`: its problems, and what it contributes to the
count (:class:`~hpcampaign.judge.tally.FileCounts`). An item *counts* when it has no problem at all.

File-level problems *void* the file (it contributes nothing); item-level problems exclude the
item. Clean files are read without positions; a file with anything to report is parsed once
more, keeping the positions of the items it reports, so that every problem has its line and
column. A file lists at most :data:`MAX_PROBLEMS` problems, then one that says how many more.

*Traps* (SPEC 3, revision 2) keep their codes and get a message that names them: a value in a
word processor's quotes (``kind: “news”``), a field name with an invisible character (an
indentation typed with no-break spaces), an item's field that slid out of its item, several
platforms without brackets. A title or note that YAML cut at a `` #`` (``comment-in-value``) is
only a warning: the item counts, and is judged a duplicate by its URL only (its title is not
what the clerk wrote). Files beside submissions that were saved wrongly (``x.yaml.txt``, a
spreadsheet, a Word document) are ``not-a-submission`` warnings, never read (see
:func:`hpcampaign.intake.discover.misplaced`).

The header and the items are read first by :mod:`~hpcampaign.intake.strict`, which knows their
common forms and gives what the models give; what it is not sure of (anything wrong, anything
unusual) is validated by the pydantic models of :mod:`~hpcampaign.intake.submission`, whose
errors are the problems reported. pydantic is imported only then: a clean file never needs it.
An item in the form a city writes most, its names spelt as an earlier item of the run spelt
them, is read, judged and counted in one step by :mod:`~hpcampaign.intake.plain`, with the same
results.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from hpcampaign.intake import plain, strict
from hpcampaign.intake.context import Context
from hpcampaign.intake.discover import misplaced
from hpcampaign.intake.everyday import meant_kind, meant_language
from hpcampaign.intake.strict import Header, Period
from hpcampaign.intake.traps import named_trap
from hpcampaign.load.files import decode, read_bytes
from hpcampaign.load.findings import Finding, finding, from_issue, from_validation_error, place
from hpcampaign.load.marks import Fatal, Positions
from hpcampaign.load.tree import Document, item_positions, parse
from hpcampaign.plan.model import Kind, Plan
from hpcampaign.records import CounterKey, FileCounts, FileSummary, Problem, make, pack
from hpcampaign.text.names import suggest

if TYPE_CHECKING:
    from pydantic import ValidationError


def check_file(path: Path, ctx: Context, display: str | None = None) -> FileSummary:
    """Read one file (the only read of it in a run) and check its bytes (:func:`check_data`).

    A file saved wrongly (:func:`~hpcampaign.intake.discover.misplaced`) is not checked: it gets a
    ``not-a-submission`` warning that says what to do, and counts nothing. A ``.yaml.txt`` is read
    for the unit it names, so that its unit is not said to have sent nothing.
    """
    name = display if display is not None else str(path)
    wrong = misplaced(path.name)
    if wrong is None:
        return check_data(name, read_bytes(path), ctx)
    msg_id, params = wrong
    unit = None
    if msg_id == "not-a-submission.txt":
        raw = read_bytes(path)
        data = decode(raw) if isinstance(raw, bytes) else raw
        unit = _unit_named_in(data, ctx) if isinstance(data, bytes) else None
    return FileSummary(name, unit, 0, [make(name, None, None, msg_id, unit, **params)], voided=True)


def check_data(name: str, raw: bytes | Fatal, ctx: Context) -> FileSummary:
    """Check the bytes of the file shown as ``name`` (or why they could not be read).

    No I/O: the bytes are parsed again, from memory, only for the positions of problems.
    """
    data = decode(raw) if isinstance(raw, bytes) else raw
    doc = parse(data) if isinstance(data, bytes) else data
    if isinstance(doc, Fatal):
        parsed = isinstance(data, bytes) and doc.msg_id.startswith(_PARSED_FATALS)
        unit = _unit_named_in(data, ctx) if parsed and isinstance(data, bytes) else None
        problem = make(name, doc.line, doc.column, doc.msg_id, unit, voids=1, **dict(doc.params))
        return FileSummary(name, unit, 0, [problem], voided=True)
    assert isinstance(data, bytes)
    return _check_document(data, name, doc, ctx)


#: Fatal problems of a file that was read and decoded: its text can still say which unit it is.
_PARSED_FATALS = ("yaml-syntax", "unsafe-yaml", "schema")
#: A top-level ``unit:`` key at the start of a line (a literal: nothing here can backtrack).
_UNIT_KEY = re.compile(rb"^unit:", re.MULTILINE)
#: Longer than any unit's name: a longer value is not a unit, and is not looked up.
_LONGEST_UNIT = 200


def visible(text: str) -> str:
    """``text`` without the characters that show as nothing (zero-width spaces and joiners, a
    BOM, a soft hyphen), which a paste from a chat app or a web page leaves in a value: a clerk
    cannot see them, so they do not make an id another id."""
    return text.translate(_INVISIBLE)


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


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
    if header is not None and header.difficulties:
        summary.difficulties = tuple(d for d in header.difficulties if d.strip())
    dropped = 0
    if isinstance(item_entries, list):
        # A voided file's items are checked too: their problems are reported (SPEC 4).
        period = header.period if header is not None else None
        dropped = _check_items(item_entries, period, ctx, findings, summary, doc) + doc.cuts_dropped
    if findings:
        findings = _capped([named_trap(f) for f in findings], dropped)
        # The tree is done with: let it go before a second parse builds another (a 10 MiB file
        # of a million keys would otherwise hold two at once).
        del tree, item_entries
        doc.tree = None
        complete = doc.positions is not None and not doc.partial
        if complete or all(f.mark is not None for f in findings):  # the loader's own marks suffice
            positions = doc.positions
        else:
            positions = _positions(data, findings)
        summary.problems = place(findings, name, positions, unit)
        if voided:
            _say_void(summary.problems, [i for i, f in enumerate(findings) if _voids(f)])
    if voided:
        summary.counted = FileCounts()
    return summary


def _positions(data: bytes, findings: list[Finding]) -> Positions | None:
    """Positions for the findings, from a second parse that tracks only the items they name."""
    wanted = frozenset(f.loc[1] for f in findings if _in_items(f.loc) and isinstance(f.loc[1], int))
    return item_positions(data, wanted)


#: Problems listed per file at most. A file with more is wrong throughout (a wrong kind pasted
#: into every line, a misspelt key in every item): its first problems say what to fix, and
#: listing hundreds of thousands would cost the run its speed and memory, and the clerk nothing.
MAX_PROBLEMS = 1000


def _capped(findings: list[Finding], dropped: int = 0) -> list[Finding]:
    """The first :data:`MAX_PROBLEMS` findings in file order, and one that says how many more
    (``dropped`` of them were counted and not kept: see :func:`_check_items`)."""
    if len(findings) <= MAX_PROBLEMS:
        return findings
    ordered = sorted(findings, key=_file_order)
    more = len(findings) - MAX_PROBLEMS + dropped
    cut = finding(ordered[MAX_PROBLEMS].loc, "schema.too-many", more=more, limit=MAX_PROBLEMS)
    return [*ordered[:MAX_PROBLEMS], cut]


def _say_void(problems: list[Problem], voiding: list[int]) -> None:
    """Make the first problem (in file order) of those that void the file say so ("cả tệp
    không được tính"); ``voiding`` are their indexes in ``problems``."""
    if not voiding:
        return
    first = min(voiding, key=lambda i: (problems[i].line or 0, problems[i].column or 0, i))
    problem = problems[first]
    problems[first] = replace(problem, params=pack({**dict(problem.params), "voids": 1}))


def _in_items(loc: tuple[Any, ...]) -> bool:
    return len(loc) >= 2 and loc[0] == "items"


def _voids(item: Finding) -> bool:
    """A file-level problem (SPEC 4): anything outside the items but a malformed ``reporter``.

    ``reporter`` is a free note; a wrong value there is reported without losing the file. A
    repeated top-level key voids the file wherever it is.
    """
    if _in_items(item.loc):
        return False
    return item.loc[:1] not in _FREE_NOTES or item.msg_id == "duplicate-key"


#: Top-level keys that are free notes: a wrong value there is reported without voiding the file.
_FREE_NOTES = {("reporter",), ("difficulties",)}


def _check_header(tree: Any, ctx: Context, findings: list[Finding]) -> tuple[Header | None, str | None]:
    """The validated header and the unit id, or (None, unit if known) when the file is void."""
    if not isinstance(tree, dict):
        findings.append(finding((), "schema.not-mapping", found="list" if isinstance(tree, list) else "text"))
        return None, None
    fields = {key: value for key, value in tree.items() if key != "items"}
    header = strict.header(fields, ctx.plan.meta.timezone)
    if header is None:
        header = _header_by_pydantic(fields, ctx.plan.meta.timezone, findings)
    unit_id: str | None = None
    raw_unit = tree.get("unit")
    if isinstance(raw_unit, str) and raw_unit.strip():
        unit = ctx.plan.resolve_unit(visible(raw_unit))
        if unit is None:
            names = [u.id for u in ctx.plan.units] + [u.name for u in ctx.plan.units]
            findings.append(
                finding(("unit",), "unknown-unit", value=raw_unit, suggestion=suggest(raw_unit, names))
            )
        else:
            unit_id = unit.id
    findings.extend(_items_findings(tree))
    if header is not None and header.period is not None and header.period.start > header.period.end:
        findings.append(
            finding(("period",), "schema.period-order", start=header.period.start, end=header.period.end)
        )
    if unit_id is None or any(_voids(f) for f in findings):
        return None, unit_id
    return header, unit_id


def _header_by_pydantic(fields: dict[str, Any], timezone: str, findings: list[Finding]) -> Header | None:
    """The header as the pydantic model reads it, its errors added to ``findings``; None when
    something but a free note is wrong."""
    from pydantic import ValidationError

    from hpcampaign.intake.submission import Header as HeaderModel
    from hpcampaign.intake.submission import Submission

    validation_context = {"timezone": timezone}
    try:
        return HeaderModel.model_validate(fields, context=validation_context).plain()
    except ValidationError as error:
        found = from_validation_error(error, Submission)
        findings.extend(found)
    if any(_voids(f) for f in found):
        return None
    for key in _FREE_NOTES:  # only free notes are wrong: read the rest
        fields.pop(key[0], None)
    return HeaderModel.model_validate(fields, context=validation_context).plain()


def _items_findings(tree: dict[str, Any]) -> Iterator[Finding]:
    """What is wrong with the file's ``items`` as a whole (missing, empty, not a list)."""
    if "items" not in tree:
        yield finding((), "schema.missing", field="items")
    elif tree["items"] is None:
        yield finding(("items",), "schema.items-null")
    elif isinstance(tree["items"], dict):  # the "- " of the items forgotten
        yield finding(("items",), "schema.items-mapping")
    elif not isinstance(tree["items"], list):
        yield finding(("items",), "schema.type", field="items", expected="list", found="text")


def _check_items(
    entries: list[Any],
    period: Period | None,
    ctx: Context,
    findings: list[Finding],
    summary: FileSummary,
    doc: Document,
) -> int:
    """Check and tally every item; returns how many problems were counted but not kept.

    Once more than :data:`MAX_PROBLEMS` are found, only the first ones in file order are kept
    (see :func:`_capped`) and the rest are counted: a file of 1,000 items with 1,000 unknown
    keys each holds a thousand problems at a time, not a million.
    """
    bad_items = {f.loc[1] for f in findings if _in_items(f.loc) and f.msg_id != "comment-in-value"}
    cut_titles = set(doc.cut_titles)
    key_ids: dict[CounterKey, int] = {}
    budget = _Budget()
    lines, columns, add = doc.item_lines, doc.item_columns, summary.counted.add
    for index, row, item, item_findings, strict_read in _validated(entries, period, ctx, budget, bad_items):
        if row is not None:  # the common form, read and judged in one step (see plain.row)
            if row is plain.AFTER:
                summary.after_as_of += 1
            elif not summary.voided:
                key, count, url, title, repeatable = row
                at = (lines[index] + 1, columns[index] + 1)
                title = None if index in cut_titles else title
                add(key, count, url=url, title=title, at=at, key_ids=key_ids, repeatable=repeatable)
            continue
        kind = _resolve(index, item, period, ctx, item_findings)
        if strict_read and kind is not None and not item_findings:
            plain.learn(entries[index], item, kind, ctx)
        day = item.get("date")
        if isinstance(day, date) and ctx.as_of < day <= ctx.today:
            summary.after_as_of += 1  # published after the date judged on: not counted, not wrong
            bad_items.add(index)
        if item_findings:
            findings.extend(_without_echoes(item_findings))
            if len(findings) > 2 * MAX_PROBLEMS:
                budget.keep_first(findings)
        elif index not in bad_items and index not in budget.failed and not summary.voided:
            _tally(index, item, ctx, summary, key_ids, doc, cut=index in cut_titles)
    if len(findings) > MAX_PROBLEMS:
        budget.keep_first(findings)
    return budget.dropped


@dataclass(slots=True)
class _Budget:
    """The problems of a file beyond those it keeps: counted, not kept (see :func:`_check_items`)."""

    dropped: int = 0
    full: bool = False
    failed: set[int] = field(default_factory=set)
    """Items that failed while ``full``: their problems are counted only, and they never count."""

    def keep_first(self, findings: list[Finding]) -> None:
        """Keep the first ``MAX_PROBLEMS + 1`` findings in file order (the last one places the
        "… more" line), count the others; later items come after all of these in file order."""
        findings.sort(key=_file_order)
        self.dropped += len(findings) - (MAX_PROBLEMS + 1)
        del findings[MAX_PROBLEMS + 1 :]
        self.full = True


def _file_order(item: Finding) -> int:
    return item.loc[1] if _in_items(item.loc) and isinstance(item.loc[1], int) else -1


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


#: Items validated together: a clean list is validated in a few calls, and the errors of one
#: call (a thousand per item at most, see ``MAX_WIDTH``) never fill memory.
CHUNK = 256


def _validated(
    entries: list[Any], period: Period | None, ctx: Context, budget: _Budget, bad_items: set[str | int]
) -> Iterator[tuple[int, plain.Row | None, dict[str, Any], list[Finding], bool]]:
    """(index, row, valid fields, findings, read by the strict reader) of every item, a chunk at
    a time, in order.

    An item in the common form gives its row (:func:`plain.row`; its fields are then not read:
    an empty dict); the others are read by :func:`strict.item`, and the items of a chunk it is
    not sure of are validated by pydantic together (:func:`_by_pydantic`). An item the loader
    found wrong (``bad_items``) is never a row.
    """
    timezone = ctx.plan.meta.timezone
    none: dict[str, Any] = {}
    for start in range(0, len(entries), CHUNK):
        chunk = entries[start : start + CHUNK]
        rows = [
            None if start + offset in bad_items else plain.row(entry, ctx, period)
            for offset, entry in enumerate(chunk)
        ]
        read = [
            strict.item(entry, timezone) if row is None else none
            for entry, row in zip(chunk, rows, strict=True)
        ]
        unsure = [start + offset for offset, fields in enumerate(read) if fields is None]
        checked = {result[0]: result for result in _by_pydantic(entries, unsure, budget, timezone)}
        for offset, fields in enumerate(read):
            index = start + offset
            row = rows[offset]
            if row is not None:
                yield index, row, none, [], False
            elif fields is not None:
                yield index, None, fields, [], True
            else:
                _, fields, found = checked[index]
                yield index, None, fields, found, False


def _by_pydantic(
    entries: list[Any], indexes: list[int], budget: _Budget, timezone: str
) -> Iterator[tuple[int, dict[str, Any], list[Finding]]]:
    """(index, valid fields, findings) of the items at ``indexes`` (of one chunk), validated by
    pydantic as one list.

    When some fail, their errors come from that one pass, and only the items that passed are
    validated again (as one list), so no value of a failing item is parsed more than twice (and
    dates and durations are remembered by their parsers). Once ``budget`` is full, a failing
    item's problems are only counted (``budget.dropped``).
    """
    if not indexes:
        return
    from pydantic import ValidationError

    from hpcampaign.intake.submission import ITEMS

    validation_context = {"timezone": timezone}
    try:
        items = ITEMS.validate_python([entries[index] for index in indexes], context=validation_context)
    except ValidationError as error:
        if budget.full or error.error_count() > MAX_PROBLEMS:
            # Past the cap, or a chunk of a thousand errors: item by item, each holding
            # its own errors only (a thousand at most) while they are read.
            yield from _one_by_one(entries, indexes, budget, validation_context)
            return
        failed = _findings_by_item(error, indexes)
    else:
        for index, item in zip(indexes, items, strict=True):
            yield index, item.__dict__, []
        return
    good = [index for index in indexes if index not in failed]
    again = ITEMS.validate_python([entries[index] for index in good], context=validation_context)
    passed = dict(zip(good, again, strict=True))
    for index in indexes:
        if index in passed:
            yield index, passed[index].__dict__, []
        else:
            found = failed[index]
            bad = {f.loc[2] for f in found if len(f.loc) > 2}
            yield index, _valid_fields(entries[index], bad, validation_context), found


def _one_by_one(
    entries: list[Any], indexes: list[int], budget: _Budget, validation_context: dict[str, str]
) -> Iterator[tuple[int, dict[str, Any], list[Finding]]]:
    """The items at ``indexes`` validated one at a time; once the file's problems are past the
    cap, a failing item's errors are counted (``budget.dropped``), never turned into records."""
    from pydantic import ValidationError

    from hpcampaign.intake.submission import Item

    for index in indexes:
        try:
            item = Item.model_validate(entries[index], context=validation_context)
        except ValidationError as error:
            if budget.full:
                budget.dropped += error.error_count()
                budget.failed.add(index)
                yield index, {}, []
            else:
                found = from_validation_error(error, Item, ("items", index))
                bad = {f.loc[2] for f in found if len(f.loc) > 2}
                yield index, _valid_fields(entries[index], bad, validation_context), found
        else:
            yield index, item.__dict__, []


def _findings_by_item(error: ValidationError, indexes: list[int]) -> dict[int, list[Finding]]:
    """The findings of a failed validation of the items at ``indexes`` (as one list), by item
    index."""
    from hpcampaign.intake.submission import Item

    by_item: dict[int, list[Finding]] = {}
    for found in from_validation_error(error, Item, ("items",)):
        offset = found.loc[1] if len(found.loc) > 1 else None
        if isinstance(offset, int):
            index = indexes[offset]
            by_item.setdefault(index, []).append(replace(found, loc=("items", index, *found.loc[2:])))
    return by_item


def _valid_fields(entry: Any, bad: set[str | int], validation_context: dict[str, str]) -> dict[str, Any]:
    """The fields of an invalid item that are valid on their own (to report their problems too).

    ``bad`` names the fields the item's errors point at. The rest is validated as one item when
    that suffices (the item's only fault is a misspelt or invalid field); else field by field.
    """
    from pydantic import ValidationError

    from hpcampaign.intake.submission import Item

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
    from hpcampaign.intake.submission import Item

    return cast(Any, Item).model_construct()


#: Entries of :attr:`Context.names`, and the longest name kept there (in characters): the kinds,
#: languages and platforms a city writes, in every spelling, fit many times over.
MAX_NAMES = 4096
_LONGEST_NAME = 64


def _resolve(
    index: int, item: dict[str, Any], period: Period | None, ctx: Context, found: list[Finding]
) -> Kind | None:
    """Problems of one item against the plan, the file's period and the as-of date, added to
    ``found``; the item's kind, if the plan knows it.

    The kind, language and platforms of an item are looked up once per spelling in a run: most
    items of a city repeat a few (``tin``, ``vi``, ``[facebook, portal]``).
    """
    loc = ("items", index)
    platforms = item.get("platforms")
    written = (item.get("kind"), item.get("language"), tuple(platforms) if platforms else None)
    known = ctx.names.get(written)
    kind: Kind | None
    if known is not None:
        kind = known[0]
        item["kind"], item["language"] = kind.id, known[1]
        if known[2] is not None:
            item["platforms"] = list(known[2])
    else:
        kind, named = _names(loc, item, ctx.plan)
        if named:
            found.extend(named)
        elif kind is not None and len(ctx.names) < MAX_NAMES and _short(written):
            ctx.names[written] = (kind, item["language"], item.get("platforms") or None)
    # Each check is called only when it may find something: most items are fine.
    if kind is not None and (
        kind.duration is not None or kind.duration_required or (kind.title_required and not item.get("title"))
    ):
        _against_kind(loc, item, kind, found)
    day = item.get("date")
    plan = ctx.plan
    if isinstance(day, date) and (
        day > ctx.today
        or not plan.start <= day <= plan.end
        or (period is not None and not period.start <= day <= period.end)
    ):
        _dates(loc, day, period, ctx, found)
    return kind


def _against_kind(loc: tuple[str, int], item: dict[str, Any], kind: Kind, found: list[Finding]) -> None:
    """A title or duration the kind needs and the item lacks; a duration out of its bounds."""
    # Said with the kind's label in Vietnamese (the word the clerk wrote), its id in English.
    label = kind.label or kind.id
    if kind.title_required and "title" in item and not item["title"]:
        found.append(finding(loc, "schema.title-required", kind_vi=label, kind_en=kind.id))
    duration = item.get("duration")
    if kind.duration_required and "duration" in item and duration is None:
        found.append(finding(loc, "schema.duration-required", kind_vi=label, kind_en=kind.id))
    bounds = kind.duration
    if (
        bounds is not None
        and duration is not None
        and not bounds.min_minutes * 60 <= duration <= bounds.max_minutes * 60
    ):
        found.append(
            finding(
                (*loc, "duration"),
                "duration-out-of-range",
                kind_vi=kind.name.vi.lower(),
                kind_en=kind.name.en.lower(),
                value_seconds=duration,
                min_seconds=round(bounds.min_minutes * 60),
                max_seconds=round(bounds.max_minutes * 60),
            )
        )


def _names(loc: tuple[str, int], item: dict[str, Any], plan: Plan) -> tuple[Kind | None, list[Finding]]:
    """The kind of an item, and the problems of its kind, language and platforms; the item then
    holds its kind's id (a kind named by its label, ``tin``, is counted as its id) and its
    language and platforms without invisible characters."""
    found: list[Finding] = []
    kind_id = item.get("kind")
    kind = plan.resolve_kind(visible(kind_id)) if isinstance(kind_id, str) else None
    if isinstance(kind_id, str):
        if kind is None:
            meant = meant_kind(kind_id[:_LONGEST_UNIT], plan)
            found.append(finding((*loc, "kind"), "unknown-kind", value=kind_id, suggestion=meant))
        else:
            item["kind"] = kind.id
    found.extend(_languages_and_platforms(loc, item, plan))
    return kind, found


def _short(written: tuple[object, object, tuple[str, ...] | None]) -> bool:
    """Whether names as written are short enough to be remembered (:data:`MAX_NAMES`)."""
    kind, language, platforms = written
    return (
        isinstance(kind, str)
        and len(kind) <= _LONGEST_NAME
        and isinstance(language, str)
        and len(language) <= _LONGEST_NAME
        and (platforms is None or (len(platforms) <= 8 and all(len(p) <= _LONGEST_NAME for p in platforms)))
    )


def _languages_and_platforms(loc: tuple[str, int], item: dict[str, Any], plan: Plan) -> Iterator[Finding]:
    """Problems of an item's language and platforms (which are then kept without invisible
    characters, as they are counted)."""
    language = item.get("language")
    if isinstance(language, str):
        language = item["language"] = visible(language)
        if language.lower() not in plan.language_ids:
            meant = meant_language(language[:_LONGEST_UNIT], plan)
            yield finding((*loc, "language"), "unknown-language", value=language, suggestion=meant)
    if item.get("platforms"):
        item["platforms"] = [visible(platform) for platform in item["platforms"]]
    for j, platform in enumerate(item.get("platforms") or ()):
        if platform.lower() not in plan.platform_ids:
            yield _unknown_platform((*loc, "platforms", j), platform, plan.platform_ids)


def _unknown_platform(loc: tuple[str | int, ...], platform: str, known: frozenset[str]) -> Finding:
    """An unknown platform; several known ones written as one text ("zalo, facebook") say so."""
    parts = [part for part in re.split(r"[,;\s\[\]]+", platform[:_LONGEST_UNIT]) if part]
    if len(parts) > 1 and all(part.lower() in known for part in parts):
        return finding(loc, "unknown-platform.list", value=platform, listed=", ".join(parts))
    return finding(loc, "unknown-platform", value=platform, suggestion=suggest(platform, known))


def _dates(
    loc: tuple[str, int], day: date, period: Period | None, ctx: Context, found: list[Finding]
) -> None:
    plan = ctx.plan
    where = (*loc, "date")
    if day > ctx.today:
        found.append(finding(where, "future-date", date=day, today=ctx.today))
    if period is not None and not period.start <= day <= period.end:
        found.append(finding(where, "outside-period", date=day, start=period.start, end=period.end))
    if not plan.start <= day <= plan.end:
        found.append(finding(where, "outside-campaign", date=day, start=plan.start, end=plan.end))


def _tally(
    index: int,
    item: dict[str, Any],
    ctx: Context,
    summary: FileSummary,
    key_ids: dict[CounterKey, int],
    doc: Document,
    *,
    cut: bool = False,
) -> None:
    """Add a counted item; ``cut``: its title was cut at a `` #`` (a duplicate by its URL only)."""
    kind = item["kind"]
    duration = item["duration"] if kind in ctx.timed_kinds and item["duration"] is not None else -1
    platforms = plain.platform_bits(kind, item["platforms"], ctx)
    key = plain.counter_key(
        ctx, (item["date"].toordinal(), kind, item["language"].lower(), duration, platforms)
    )
    summary.counted.add(
        key,
        item["count"],
        url=item["url"],
        title=None if cut else item["title"],
        at=(doc.item_lines[index] + 1, doc.item_columns[index] + 1),
        key_ids=key_ids,
        repeatable=kind in ctx.repeatable,
    )
