"""Problems said as the trap a clerk fell into: the same code, a message that names the trap.

A value in a word processor's quotes (``kind: “news”``) is an unknown kind because of its
quotes; a key holding an invisible character (pasted from a web page) or indented with a no-break
space is another key; an item's field written outside its item (``title:`` at the top level)
slid out of the list; a difficulty holding ``: `` became a mapping. Each keeps its code, so that
outputs and tools read it as before, and gets the message that says what to do.
"""

from __future__ import annotations

from dataclasses import replace

from hpcampaign.intake.strict import ITEM_FIELDS
from hpcampaign.load.findings import Finding
from hpcampaign.records import code_of, pack
from hpcampaign.text.catalogue import QUOTABLE


def named_trap(item: Finding) -> Finding:
    """``item``, or the same problem with a message that names the trap the clerk fell into."""
    params = dict(item.params)
    if item.msg_id == "unknown-field":
        return _field_trap(item, params)
    in_difficulties = item.loc[:1] == ("difficulties",)
    if item.msg_id == "schema.type" and in_difficulties and params.get("found") == "mapping":
        return replace(item, msg_id="schema.difficulty-colon", params=())
    value = params.get("value", "")
    if value and (value[0] in _SMART_QUOTES or value[-1] in _SMART_QUOTES):
        code = code_of(item.msg_id)
        if code in QUOTABLE:
            stripped = value.strip(_SMART_QUOTES + " ")
            suggestion = params.get("suggestion") or ""
            if suggestion.casefold() == stripped.casefold():
                suggestion = ""  # "write just news" says it all
            said = {"value": value, "stripped": stripped, "suggestion": suggestion}
            return replace(item, msg_id=f"{code}.smart-quotes", params=pack(said))
    return item


#: The quotes a word processor or a chat app types in place of ``"`` and ``'``.
_SMART_QUOTES = "“”‘’„‟«»″‹›"
#: Characters that a name shows as nothing or as a plain blank: a key holding one was pasted or
#: indented with them, and reads as another key.
_ODD_CHARACTERS = frozenset("\u00a0\u2007\u202f\u3000\u200b\u200c\u200d\u2060\ufeff\u00ad\t")


def _field_trap(item: Finding, params: dict[str, str]) -> Finding:
    """An unknown field that is a trap: a name with invisible characters, or an item's field
    outside its item."""
    name = params.get("field", "")
    odd = sorted({f"U+{ord(c):04X}" for c in name if c in _ODD_CHARACTERS})
    if odd:
        said = {"field": name, "chars": ", ".join(odd)}
        return replace(item, msg_id="unknown-field.invisible", params=pack(said))
    if len(item.loc) == 1 and name in ITEM_FIELDS:
        return replace(item, msg_id="unknown-field.item-field", params=pack({"field": name}))
    return item
