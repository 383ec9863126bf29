"""Problems: one typed record for everything wrong with an input file, and the catalogue.

A *problem* is a finding about a file a person wrote (a submission or the plan): where it is
(path, 1-based line and column), a stable *code* from SPEC 5 (``unknown-kind``), a *severity*
derived from the code, and a message. The message is not stored as text: a problem keeps a
*message id* and its parameters, and the catalogue (:mod:`hpcampaign.text.catalogue`) renders it in
Vietnamese or English when an output asks. That keeps problems small and picklable (workers
send them back), and makes every message translatable in one place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from hpcampaign.text.catalogue import CATALOGUE, TERMS

Severity = Literal["error", "warning"]
Lang = Literal["vi", "en"]

#: Problem codes whose severity is ``warning`` (SPEC 4); every other code is an error.
WARNING_CODES = frozenset({"duplicate-item", "duration-out-of-range", "outside-campaign"})

#: Every problem code of SPEC 5, in the order the documentation lists them.
CODES = (
    "yaml-syntax",
    "duplicate-key",
    "unsafe-yaml",
    "too-large",
    "encoding",
    "schema",
    "unknown-field",
    "unknown-unit",
    "unknown-kind",
    "unknown-platform",
    "unknown-language",
    "bad-date",
    "bad-duration",
    "future-date",
    "outside-campaign",
    "outside-period",
    "duration-out-of-range",
    "duplicate-item",
    "unreadable",
)

_TERM_PARAMS = ("expected", "found", "what")

_HINT = {"vi": " — có phải '{0}'?", "en": " — did you mean '{0}'?"}


def hint(suggestion: str | None, lang: Lang) -> str:
    """The "did you mean" tail of a message, or nothing; " | " separates equal suggestions."""
    if not suggestion:
        return ""
    either = "' hay '" if lang == "vi" else "' or '"
    return _HINT[lang].format(either.join(suggestion.split(" | ")))


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding in one file; ``sort_key`` orders by (path, line, column, code)."""

    path: str
    line: int | None
    column: int | None
    code: str
    msg_id: str = field(compare=False)
    params: tuple[tuple[str, str], ...] = ()
    unit: str | None = field(default=None, compare=False)

    @property
    def severity(self) -> Severity:
        return "warning" if self.code in WARNING_CODES else "error"

    @property
    def where(self) -> str:
        """``path:line:col`` (or less, where no position exists), as editors link it."""
        return ":".join(str(x) for x in (self.path, self.line, self.column) if x is not None)

    def message(self, lang: Lang = "vi") -> str:
        return render(self.msg_id, dict(self.params), lang)

    def sort_key(self) -> tuple[str, int, int, str, tuple[tuple[str, str], ...]]:
        return (self.path, self.line or 0, self.column or 0, self.code, self.params)


def render(msg_id: str, params: Mapping[str, str], lang: Lang = "vi") -> str:
    """Render a catalogue message in one language.

    Parameters follow a few conventions, so that a problem stores plain text yet reads
    naturally in both languages:

    - ``suggestion`` becomes the "did you mean" tail (``hint``);
    - ``expected``, ``found``, ``what`` holding a :data:`TERMS` key are translated;
    - ``X_vi`` / ``X_en`` pairs give ``X`` in the chosen language (a kind's name);
    - ``X_seconds`` is a duration in seconds, said as "12 phút 30 giây" / "12 min 30 s";
    - ``date``, ``start``, ``end``, ``as_of`` holding an ISO date are written 29/09/2025 in
      Vietnamese;
    - ``first_file`` (a path, or empty) is said as " (tệp …)" / " of …".
    """
    _code, vi, en = CATALOGUE[msg_id]
    values = dict(params)
    index = 0 if lang == "vi" else 1
    for name in _TERM_PARAMS:
        if name in values and values[name] in TERMS:
            values[name] = TERMS[values[name]][index]
    for name, value in params.items():
        if name.endswith(("_vi", "_en")) and name.endswith(f"_{lang}"):
            values[name[:-3]] = value
        elif name.endswith("_seconds") and value.isdigit():
            values[name] = _duration(int(value), lang)
        elif name in _DATE_PARAMS and lang == "vi" and _ISO_DATE.fullmatch(value):
            values[name] = f"{value[8:10]}/{value[5:7]}/{value[:4]}"
    if values.get("first_file"):
        values["first_file"] = (
            f" (tệp {values['first_file']})" if lang == "vi" else f" of {values['first_file']}"
        )
    values["hint"] = hint(values.pop("suggestion", None) or None, lang)
    return (vi if lang == "vi" else en).format(**values)


_DATE_PARAMS = frozenset({"date", "start", "end", "as_of", "expected"})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _duration(seconds: int, lang: Lang) -> str:
    minutes, secs = divmod(seconds, 60)
    if lang == "vi":
        return f"{minutes} phút" + (f" {secs} giây" if secs else "")
    return f"{minutes} min" + (f" {secs} s" if secs else "")


def code_of(msg_id: str) -> str:
    return CATALOGUE[msg_id][0]


def make(
    path: str,
    line: int | None,
    column: int | None,
    msg_id: str,
    unit: str | None = None,
    **params: object,
) -> Problem:
    """Build a problem from a catalogue message id (the code comes from the catalogue)."""
    return Problem(
        path=path,
        line=line,
        column=column,
        code=code_of(msg_id),
        msg_id=msg_id,
        params=pack(params),
        unit=unit,
    )


def pack(params: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
    """Message parameters as a sorted tuple of text pairs (hashable, picklable, stable).

    A value a person wrote may be long (a 400-digit count, a pasted paragraph): messages quote
    at most :data:`QUOTED` characters of it. Equal parameters are kept once: a misspelt key
    repeated in 300,000 items makes 300,000 problems that share one tuple.
    """
    packed = tuple(sorted((k, _short("" if v is None else str(v))) for k, v in params.items()))
    if len(_shared) >= SHARED:
        _shared.clear()
    return _shared.setdefault(packed, packed)


#: Distinct parameter tuples kept for sharing (each at most a few hundred bytes); the table is
#: emptied when full and after a run (:func:`clear_caches`).
SHARED = 10_000
_shared: dict[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]] = {}


def clear_caches() -> None:
    _shared.clear()


QUOTED = 80


def _short(text: str) -> str:
    return text if len(text) <= QUOTED else text[: QUOTED - 1] + "…"
