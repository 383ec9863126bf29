"""Vietnamese text as people type it: normal forms, name matching, ASCII slugs, suggestions.

- *name key*: how two Vietnamese names are compared. NFC, case-folded, and with each syllable's
  tone mark moved to one place, so the old and new placements ("Thuỷ"/"Thủy", "Hoà"/"Hòa") are
  the same name. Diacritics are kept: "Cẩm Giang" and "Cẩm Giàng" stay two names.
- *ASCII fold*: diacritics dropped, đ → d, lower case. Used for ids (``phuong-hong-bang``) and for
  "did you mean" suggestions, never for matching.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook, dot below).
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
#: Characters that show nothing but make two names differ (zero-width spaces, joiners, BOM).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SYLLABLE = re.compile(r"[^\s\-]+|[\s\-]+")


def name_key(text: str) -> str:
    """The form in which two Vietnamese names are equal (see module docstring)."""
    text = " ".join(_INVISIBLE.sub("", text).split())
    if text.isascii():
        return text.casefold()
    parts = []
    for piece in _SYLLABLE.findall(unicodedata.normalize("NFD", text.casefold())):
        tones = "".join(c for c in piece if c in _TONES)
        parts.append("".join(c for c in piece if c not in _TONES) + tones)
    return unicodedata.normalize("NFC", "".join(parts))


def tone_spellings(syllable: str) -> list[str]:
    """Every spelling of one lower-case syllable that :func:`name_key` holds equal, up to case:
    its tone mark on any of its letters ("hoà", "hòa"; "thuỷ", "thủy"), NFC, the written one first.
    A syllable without a tone mark has one spelling."""
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = "".join(c for c in decomposed if c in _TONES)
    if not tones:
        return [syllable]
    letters: list[str] = []  # each letter with its own marks (circumflex, breve, horn), no tone
    for c in decomposed:
        if c in _TONES:
            continue
        if unicodedata.combining(c) and letters:
            letters[-1] += c
        else:
            letters.append(c)
    spellings = [unicodedata.normalize("NFC", syllable)]
    for i in range(len(letters)):
        placed = "".join(letter + (tones if j == i else "") for j, letter in enumerate(letters))
        spelling = unicodedata.normalize("NFC", placed)
        if spelling not in spellings:
            spellings.append(spelling)
    return spellings


def ascii_fold(text: str) -> str:
    """Drop diacritics, đ → d, lower case: "Đặc khu Cát Hải" → "dac khu cat hai"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def slug(text: str) -> str:
    """An ASCII id from a name: "Phường Hồng Bàng" → "phuong-hong-bang"."""
    return "-".join(re.sub(r"[^a-z0-9]+", " ", ascii_fold(text)).split())


#: Longer than any id or name: a longer value gets no suggestion (nobody mistypes a paragraph
#: for a kind), and never reaches the cache below.
LONGEST_SUGGESTED = 100
_candidate_lists: dict[tuple[str, ...], tuple[str, ...]] = {}


def suggest(value: str, candidates: Iterable[str], *, cutoff: float = 0.6) -> str | None:
    """See :func:`_suggest`; the answer is remembered, since one typo tends to repeat.

    The cache is bounded in bytes: values of at most :data:`LONGEST_SUGGESTED` characters,
    and each list of candidates kept once, however often it is passed.
    """
    if len(value) > LONGEST_SUGGESTED:
        return None
    listed = tuple(candidates)
    return _suggest(value, _candidate_lists.setdefault(listed, listed), cutoff)


def clear_caches() -> None:
    """Forget remembered suggestions."""
    _suggest.cache_clear()
    _candidate_lists.clear()


@lru_cache(maxsize=4096)
def _suggest(value: str, candidates: tuple[str, ...], cutoff: float) -> str | None:
    """The candidate closest to ``value`` (compared without diacritics), if one is close.

    Candidates that differ only in diacritics ("Xã Cẩm Giang", "Xã Cẩm Giàng") are told apart
    by their diacritics: "Cẩm Giang" suggests "Xã Cẩm Giang". When ``value`` has no diacritics
    at all, such candidates are equally close and all are offered, joined by " | " (the
    catalogue's hint says "'A' or 'B'"): "Xa Cam Giang" must not send Cẩm Giàng's clerk to
    Cẩm Giang.
    """
    folded: dict[str, list[str]] = {}
    for candidate in candidates:
        folded.setdefault(ascii_fold(candidate), []).append(candidate)
    matches = difflib.get_close_matches(ascii_fold(value), sorted(folded), n=1, cutoff=cutoff)
    if not matches:
        return None
    group = folded[matches[0]]
    if len(group) == 1:
        return group[0]
    if value.isascii():
        return " | ".join(group)
    key = name_key(value)
    return max(group, key=lambda candidate: difflib.SequenceMatcher(None, key, name_key(candidate)).ratio())
