"""Titles compared for duplicates (``records._folded``): blanks in one space, none around, case
folded. The shortcut for a title whose only blanks are single spaces inside must fold every text
exactly as splitting into words and joining them with one space does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from hpcampaign.records import _folded

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
