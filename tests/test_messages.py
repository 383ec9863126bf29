"""The message catalogue: every message renders in both languages, and codes are the SPEC's."""

from __future__ import annotations

import string

import pytest

from hpcampaign.records import CODES
from hpcampaign.text.catalogue import CATALOGUE, render


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("msg_id", sorted(CATALOGUE))
def test_every_message_renders_in_both_languages(msg_id: str) -> None:
    code, vi, en = CATALOGUE[msg_id]
    assert code in CODES
    assert fields(vi) == fields(en), "both languages take the same parameters"
    params = {name: f"<{name}>" for name in fields(vi) - {"hint"}}
    for lang in ("vi", "en"):
        text = render(msg_id, params, lang)
        assert all(f"<{name}>" in text for name in params if not name.endswith(("_vi", "_en"))), text
    assert render(msg_id, params, "vi") != render(msg_id, params, "en")


def test_every_spec_code_has_a_message() -> None:
    assert {code for code, _, _ in CATALOGUE.values()} == set(CODES)
