"""The JSON Schema of ``check --format json`` (SPEC 5 revision 2), written by hand: ``schema check``.

It describes exactly what :mod:`hpcampaign.outputs.check_json` writes (``hpcampaign.check/1`` with
the revision-2 additions ``plan``, ``files[].voided``, ``files[].difficulties``,
``summary.after_as_of``, ``results[].source`` and ``results[].language``): every key required
where the tool always writes it, no key it never writes, problem codes and statuses as lists, and
each problem's severity the one its code has. Tools that read the document validate it with this;
the tests validate every JSON ``check`` writes against it.
"""

from __future__ import annotations

from typing import Any

from hpcampaign.outputs.check_json import SCHEMA
from hpcampaign.records import CODES, STATUSES, WARNING_CODES

_DATE: dict[str, Any] = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_COUNT: dict[str, Any] = {"type": "integer", "minimum": 0}
_POSITION: dict[str, Any] = {"type": ["integer", "null"], "minimum": 1}
_NUMBER: dict[str, Any] = {"type": ["number", "null"]}
_TEXT: dict[str, Any] = {"type": "string", "minLength": 1}


def _object(properties: dict[str, Any], optional: tuple[str, ...] = (), **more: Any) -> dict[str, Any]:
    """An object with exactly these keys, all required but ``optional``."""
    required = [name for name in properties if name not in optional]
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
        **more,
    }


def _file() -> dict[str, Any]:
    return _object(
        {
            "path": {
                **_TEXT,
                "description": "The file, as named on the command line or found under a folder.",
            },
            "unit": {"type": ["string", "null"], "description": "Its unit's id; null when not known."},
            "items": {**_COUNT, "description": "The number of item entries in the file."},
            "errors": _COUNT,
            "voided": {"type": "boolean", "description": "A file-level problem voided the whole file."},
            "difficulties": {"type": "array", "items": {"type": "string"}},
        }
    )


def _problem() -> dict[str, Any]:
    warnings = [code for code in CODES if code in WARNING_CODES]
    return _object(
        {
            "path": _TEXT,
            "line": {**_POSITION, "description": "1-based; null where no position exists."},
            "column": _POSITION,
            "code": {"enum": list(CODES)},
            "severity": {"enum": ["error", "warning"]},
            "message": _TEXT,
        },
        # The severity is the code's (SPEC 4): warnings for these codes, errors for every other.
        allOf=[
            {
                "if": {"properties": {"code": {"enum": warnings}}},
                "then": {"properties": {"severity": {"const": "warning"}}},
                "else": {"properties": {"severity": {"const": "error"}}},
            }
        ],
    )


def _result() -> dict[str, Any]:
    return _object(
        {
            "rule": _TEXT,
            "scope": {**_TEXT, "description": "The unit id (each) or the group id (combined)."},
            "phase": {"type": ["string", "null"], "description": "null for rules over several phases."},
            "from": _DATE,
            "to": _DATE,
            "status": {"enum": list(STATUSES)},
            "actual": _NUMBER,
            "min": _NUMBER,
            "max": _NUMBER,
            "source": {"enum": ["plan", "projection", "local"]},
            "language": {**_TEXT, "description": "Per-language rules only: the language judged."},
        },
        optional=("language",),
    )


def json_schema() -> dict[str, Any]:
    """The schema (JSON Schema 2020-12) of the document ``check --format json`` writes."""
    summary = dict.fromkeys(STATUSES, _COUNT) | {
        "errors": _COUNT,
        "warnings": _COUNT,
        "after_as_of": {**_COUNT, "description": "Items dated after --as-of, not counted."},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"hpcampaign check --format json ({SCHEMA})",
        **_object(
            {
                "schema": {"const": SCHEMA},
                "as_of": _DATE,
                "plan": {**_TEXT, "description": 'The plan file used, or "builtin:haiphong-2025".'},
                "files": {"type": "array", "items": _file()},
                "problems": {"type": "array", "items": _problem()},
                "results": {"type": "array", "items": _result()},
                "units_without_files": {"type": "array", "items": _TEXT, "uniqueItems": True},
                "summary": _object(summary),
            }
        ),
    }
