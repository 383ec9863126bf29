"""Titles compared for duplicates (``records._folded``): blanks in one space, none around, case
folded. The shortcut for a title whose only blanks are single spaces inside must fold every text
exactly as splitting into words and joining them with one space does."""

from __future__ import annotations

import hashlib

from hypothesis import given
from hypothesis import strategies as st

from hpcampaign.records import CounterKey, FileCounts, _folded

#: Blanks of every kind Python splits on, a few letters that fold differently from lower().
_PIECES = st.sampled_from(
    [" ", "  ", "\t", "\n", "\u00a0", "\u3000", "\u2028", "\x1c", "\x85", "a", "ß", "Đ", "ế", "Ǆ"]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_shortcut_folds_as_words_do(title: str) -> None:
    assert _folded(title) == " ".join(title.split()).casefold()


@given(st.text(max_size=40))
def test_any_text_folds_as_words_do(title: str) -> None:
    assert _folded(title) == " ".join(title.split()).casefold()


def test_by_hand() -> None:
    assert _folded("Hội nghị  Tuyên truyền ") == "hội nghị tuyên truyền"
    assert _folded("Đại\u00a0hội") == "đại hội"
    assert _folded("Straße") == "strasse"
    assert _folded("Hội nghị tuyên truyền") == "hội nghị tuyên truyền"


def _blake(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big") or 1


def test_the_keys_of_duplicates_are_the_hashes_of_their_texts() -> None:
    counted = FileCounts()
    day = (739523, "news", "vi", -1, 0)
    key_ids: dict[CounterKey, int] = {}
    counted.add(day, 1, url="https://a.vn/x", title="Hội  Nghị", at=(1, 2), key_ids=key_ids, repeatable=True)
    counted.add(day, 2, url="https://a.vn/y", title=None, at=(5, 3), key_ids=key_ids)
    keyed = counted.keyed
    assert list(keyed.url_hash) == [_blake("u:739523|https://a.vn/x"), _blake("u:https://a.vn/y")]
    assert list(keyed.title_hash) == [_blake("t:739523|news|hội nghị"), 0]
    assert list(keyed.key) == [0, 0] and counted.keys == [day]
    assert list(keyed.count) == [1, 2] and list(keyed.line) == [1, 5] and list(keyed.column) == [2, 3]
