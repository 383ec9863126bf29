"""Naming units in the memo: their types in words, and long lists of names grouped by type.

- *Type words*: the plan's unit types (``Unit.type``: xã, phường, đặc khu, sở, báo chí, cổng
  thông tin) as the memo counts them: "67 xã", "2 đặc khu", "1 cơ quan báo chí"; in English
  "67 communes", "2 special zones", "1 press agency" (the catalogue holds the singular,
  :func:`plural` makes the plural). A type the catalogue does not know is written as the plan
  writes it, in both languages.
- *Units word* of a list: its types when there are at most three, the most numerous first ("104
  xã, phường, đặc khu", "104 communes, wards and special zones"), else "đơn vị" / "units".
- *Name list*: names in the order given, each with its figure ("Phường Kiến An (1)"), "; " between
  them where a name holds a comma ("Sở Văn hóa, Thể thao và Du lịch; Sở Y tế"). A list of
  more than :data:`LONG` names over several types is grouped by type, the largest group first,
  each with its count, and the type is dropped from names that begin with it and go on with a
  proper name: "xã (67): An Hưng,
  An Khánh, …; phường (35): …; đặc khu (2): Bạch Long Vĩ, Cát Hải".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hpcampaign.memo.names import by_type
from hpcampaign.outputs.words import name, number
from hpcampaign.plan.model import Plan
from hpcampaign.records import Lang
from hpcampaign.text.catalogue import say
from hpcampaign.text.phrases import PhraseId

__all__ = [
    "FEW_NAMES",
    "LONG",
    "name_list",
    "short_name",
    "type_counts",
    "type_word",
    "units_word",
    "words_and",
]

#: A list of more names than this, over several types, is grouped by type.
LONG = 10
#: Units that sent nothing are named with a rule ("(chưa báo cáo)") when they are this few, and
#: a brief says names rather than counts up to this many.
FEW_NAMES = 3

#: A figure in brackets after a name: its commas are decimal commas, not separators.
_FIGURES = re.compile(r"\([^()]*\)")

#: The plan's unit types the catalogue has words for.
UNIT_TYPES: dict[str, PhraseId] = {
    "xã": "memo.type.commune",
    "phường": "memo.type.ward",
    "đặc khu": "memo.type.special-zone",
    "sở": "memo.type.department",
    "báo chí": "memo.type.press",
    "cổng thông tin": "memo.type.portal",
}


def type_word(kind: str | None, n: int, lang: Lang) -> str:
    """The word for ``n`` units of a type: "xã"; "commune", or its plural unless ``n`` is 1."""
    phrase = "memo.type.other" if kind is None else UNIT_TYPES.get(kind)
    if phrase is None:
        return kind or ""
    word = say(phrase, lang)
    return plural(word) if lang == "en" and n != 1 else word


def plural(noun: str) -> str:
    """An English noun's plural, for the catalogue's type words: "ward" → "wards", "press agency"
    → "press agencies"."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def words_and(words: Sequence[str], lang: Lang) -> str:
    """ "a, b, c" in Vietnamese; "a, b and c" in English."""
    if lang == "vi" or len(words) < 2:
        return ", ".join(words)
    return ", ".join(words[:-1]) + say("memo.and", lang) + words[-1]


def units_word(plan: Plan, scopes: Sequence[str], lang: Lang) -> str:
    """The noun for a count of ``scopes``: their types, at most three, else "đơn vị"/"units"."""
    groups = by_type(plan, scopes)
    if not groups or len(groups) > 3 or any(g.type is None for g in groups):
        return say("memo.units-word", lang, n=len(scopes))
    return words_and([type_word(g.type, len(scopes), lang) for g in groups], lang)


def type_counts(plan: Plan, scopes: Sequence[str], lang: Lang) -> str:
    """ "59 xã, 40 phường, 2 đặc khu" / "59 communes, 40 wards and 2 special zones"."""
    return words_and(
        [
            f"{number(len(g.units), lang)} {type_word(g.type, len(g.units), lang)}"
            for g in by_type(plan, scopes)
        ],
        lang,
    )


def short_name(plan: Plan, scope: str, lang: Lang) -> str:
    """A unit's name without its type when it begins with it and a proper name follows: "Xã An
    Lão" → "An Lão", "Sở Y tế" → "Y tế"; "Cổng Thông tin điện tử thành phố" stays whole."""
    full = name(plan, scope, lang)
    unit = plan.unit_by_id.get(scope)
    if unit is None:
        return full
    head = unit.type + " "
    rest = full[len(head) :]
    return rest if full[: len(head)].casefold() == head.casefold() and rest[:1].isupper() else full


def joined(names: Sequence[str]) -> str:
    """Names one after another: ", " between them, or "; " when a name holds a comma itself
    ("Sở Văn hóa, Thể thao và Du lịch; Sở Y tế")."""
    bare = (_FIGURES.sub("", text) for text in names)  # "(TB 0,56/tuần)" holds no name
    return ("; " if any("," in text for text in bare) else ", ").join(names)


def name_list(plan: Plan, entries: Sequence[tuple[str, str]], lang: Lang) -> str:
    """Names with their figures (``(scope, suffix)``), grouped by type when the list is long."""
    groups = by_type(plan, list(dict.fromkeys(scope for scope, _suffix in entries)))
    if len(entries) <= LONG or len(groups) < 2:
        return joined([name(plan, scope, lang) + suffix for scope, suffix in entries])
    parts = []
    for group in groups:
        members = set(group.units)
        chosen = [(scope, suffix) for scope, suffix in entries if scope in members]
        shown = joined(
            [
                (short_name(plan, scope, lang) if group.type is not None else name(plan, scope, lang))
                + suffix
                for scope, suffix in chosen
            ]
        )
        label = type_word(group.type, len(chosen), lang)
        parts.append(f"{label} ({number(len(chosen), lang)}): {shown}")
    return "; ".join(parts)
