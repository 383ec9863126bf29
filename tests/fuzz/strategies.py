"""Hypothesis strategies for the fuzz target: raw bytes, and the seed files mutated.

:func:`inputs` mixes ``st.binary()`` with a seed file (``st.sampled_from``) put through a few
byte-level mutations, as libFuzzer makes them: a token of YAML or of the format inserted, random
bytes inserted or overwritten, a range deleted or repeated (up to 2,048 times), a splice with
another seed. Raw bytes alone rarely get past the YAML parser; mutated seeds reach the item checks.
"""

from __future__ import annotations

from hypothesis import strategies as st

from .seeds import MAX_LEN, TOKENS, seeds

# One mutation: (operation, a position, a second position, a length, bytes to put, a seed index).
_Op = tuple[str, int, int, int, bytes, int]
_OPERATIONS = ("token", "insert", "overwrite", "delete", "repeat", "splice")


def _mutation(pool: list[bytes]) -> st.SearchStrategy[_Op]:
    return st.tuples(
        st.sampled_from(_OPERATIONS),
        st.integers(min_value=0, max_value=MAX_LEN),
        st.integers(min_value=0, max_value=MAX_LEN),
        st.integers(min_value=0, max_value=64),
        st.one_of(st.sampled_from(TOKENS), st.binary(min_size=1, max_size=16)),
        st.integers(min_value=0, max_value=len(pool) - 1),
    )


def mutate(data: bytes, op: _Op, pool: list[bytes]) -> bytes:
    """``data`` with one mutation applied (positions taken modulo the length), cut to MAX_LEN."""
    name, first, second, length, piece, other = op
    at = first % (len(data) + 1)
    if name == "token":
        data = data[:at] + TOKENS[first % len(TOKENS)] + data[at:]
    elif name == "insert":
        data = data[:at] + piece + data[at:]
    elif name == "overwrite":
        data = data[:at] + piece + data[at + len(piece) :]
    elif name == "delete":
        data = data[:at] + data[at + length :]
    elif name == "repeat":
        chunk = data[at : at + length]
        times = 2 ** (second % 12)  # up to 2,048 copies: past the depth limit and the problem cap
        data = data[:at] + chunk * times + data[at:]
    else:  # splice: this seed's head, another seed's tail
        tail = pool[other]
        data = data[:at] + tail[second % (len(tail) + 1) :]
    return data[:MAX_LEN]


@st.composite
def mutated_seeds(draw: st.DrawFn, pool: list[bytes]) -> bytes:
    data = draw(st.sampled_from(pool))
    for op in draw(st.lists(_mutation(pool), min_size=1, max_size=8)):
        data = mutate(data, op, pool)
    return data


def inputs(pool: list[bytes] | None = None) -> st.SearchStrategy[bytes]:
    """Raw bytes, or a seed mutated (most examples: that is where the checks are)."""
    chosen = seeds() if pool is None else pool
    return st.one_of(
        st.binary(max_size=512),
        st.lists(st.sampled_from(TOKENS), max_size=60).map(b"".join),
        mutated_seeds(chosen),
        mutated_seeds(chosen),
    )
