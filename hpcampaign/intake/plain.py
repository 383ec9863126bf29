"""An item in the form a city writes most, read, judged and counted in one step.

Most items of a city are alike: a date, a kind, maybe a title, a web address, platforms and a
count, all valid, their kind, language and platforms spelt as other items of the run spelt them.
Such an item takes :func:`row`, one function that does what :mod:`~hpcampaign.intake.strict`'s
reader, the plan's checks and the tally do for it, without a dict of fields between them, and
gives what it adds to the count. Anything else, it declines (returns None), and the item goes
the whole way (``validate._check_items``), whose results are the same by construction: this
module only ever says "counted, thus" or "I do not know".

What it knows of names comes from the whole way: an item read by the strict reader whose kind,
language and platforms the plan knew, with no problem at all, teaches their spellings as written
(:func:`learn`). An item with a spelling not yet learnt, a kind with a duration to check, a
``duration``, a date out of the plan, the file's period or past today, a title its kind needs and
lacks, is declined.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Final

from hpcampaign.intake import strict

if TYPE_CHECKING:
    from hpcampaign.intake.context import Context
    from hpcampaign.intake.strict import Period
    from hpcampaign.plan.model import Kind
    from hpcampaign.records import CounterKey

#: Names as written, learnt per run (``Context.spellings``):
#: at most this many spellings, each of at most :data:`LONGEST_NAME` characters and
#: :data:`MOST_PLATFORMS` platforms.
MAX_SPELLINGS = 4096
LONGEST_NAME = 64
MOST_PLATFORMS = 8
#: The most counter keys a run keeps one shared copy of (:func:`counter_key`).
MAX_KEYS = 100_000

#: (counter key, count, url, title, repeatable): what a counted item adds (see
#: ``FileCounts.add``), or :data:`AFTER`.
Row = tuple[Any, ...]
#: What :func:`row` gives for an item dated after the as-of date (and not after today): not
#: counted, not wrong.
AFTER: Final[Row] = ("after the as-of date",)

# The strict reader's own readers and memo, so that this module reads every value as it does
# (bound here: a module's global is found faster than an attribute, a million times a run).
_COUNTS = strict._COUNTS
_remembered = strict._remembered
_count = strict._count
_text = strict._text
_url = strict._url
_trimmed = strict._trimmed
_day = strict._day


def written(entry: dict[Any, Any]) -> tuple[object, object, object]:
    """An item's kind, language and platforms as written: what ``Context.spellings`` is keyed by.

    A language left out reads as ``vi`` and one platform as a list of one, as the models read
    them; a list of platforms is a tuple (it may still hold something unhashable).
    """
    get = entry.get
    platforms = get("platforms")
    if type(platforms) is list:
        platforms = tuple(platforms)
    elif type(platforms) is str:
        platforms = (platforms,)
    return get("kind"), get("language", "vi"), platforms


def row(entry: object, ctx: Context, period: Period | None) -> Row | None:
    """What ``entry`` adds to the count, or :data:`AFTER`; None when it is not in the common form
    (the whole way then reads it)."""
    if type(entry) is not dict or not strict.ITEM_FIELDS.issuperset(entry):
        return None
    get = entry.get
    try:
        names = ctx.spellings.get(written(entry))
    except TypeError:  # a list or a mapping where a name is written: not common
        return None
    if names is None or get("duration") is not None:
        return None
    day = _day(get("date"), ctx.plan.meta.timezone)
    if type(day) is not date or day > ctx.today or not ctx.plan.start <= day <= ctx.plan.end:
        return None
    if period is not None and not period.start <= day <= period.end:
        return None
    rest = _rest(entry, names[4])
    if rest is None:
        return None
    if ctx.as_of < day:
        return AFTER
    key = counter_key(ctx, (day.toordinal(), names[0], names[1], -1, names[2]))
    return key, *rest, names[3]


def _rest(entry: dict[Any, Any], needs_title: bool) -> tuple[int, str | None, str | None] | None:
    """The count, web address and title of an item as the strict reader reads them, its note
    checked; None when one is not sure, or a title the kind needs is missing."""
    get = entry.get
    count = _remembered(entry["count"], _COUNTS, _count) if "count" in entry else 1
    if type(count) is not int:
        return None
    title = get("title")
    if title is not None:
        title = _text(title)
        if type(title) is not str:
            return None
    elif needs_title:
        return None
    url = get("url")
    if url is not None:
        url = _url(url)
        if type(url) is not str:
            return None
    note = get("note")
    if note is not None and type(_trimmed(note)) is not str:
        return None
    return count, url, title


def learn(entry: dict[Any, Any], item: dict[str, Any], kind: Kind, ctx: Context) -> None:
    """Remember what the names of ``entry`` count as, from ``item``: its fields as the strict
    reader read them and the plan's checks left them, with no problem at all."""
    if kind.duration is not None or kind.duration_required or len(ctx.spellings) >= MAX_SPELLINGS:
        return
    key = written(entry)
    name, language, platforms = key
    if not (
        type(name) is str
        and len(name) <= LONGEST_NAME
        and type(language) is str
        and len(language) <= LONGEST_NAME
        and (
            platforms is None
            or (
                type(platforms) is tuple
                and len(platforms) <= MOST_PLATFORMS
                and all(type(one) is str and len(one) <= LONGEST_NAME for one in platforms)
            )
        )
    ):
        return
    ctx.spellings[key] = (
        kind.id,
        item["language"].lower(),
        platform_bits(kind.id, item["platforms"], ctx),
        kind.id in ctx.repeatable,
        kind.title_required,
    )


def platform_bits(kind: str, platforms: list[str] | None, ctx: Context) -> int:
    """The bits of an item's platforms, for a kind some rule counts by platform (0 otherwise)."""
    bits = 0
    if kind in ctx.platform_kinds:
        for platform in platforms or ():
            bits |= ctx.platform_bits.get(platform.lower(), 0)
    return bits


def counter_key(ctx: Context, key: CounterKey) -> CounterKey:
    """``key``, the run's one copy of it: what summaries keep is shared, not repeated."""
    if len(ctx.keys) < MAX_KEYS:
        return ctx.keys.setdefault(key, key)
    return key
