"""``report --format json``: the memo's data (``hpcampaign.report/1``), for other tools.

Ids, dates, numbers and statuses only: no worded text, so ``--lang`` changes nothing here. Keys
in the order of the memo; lists in plan order (rules, units, languages) or by date; whole
numbers print as integers. Status counts always name all five statuses. Strict JSON, values
exact, unsafe characters as ``\\uNNNN`` escapes (:func:`~hpcampaign.text.safe.to_json`).

Ranges are never inverted. ``period`` is the report period (``begun``: false when it starts after
``as_of``, nothing then being counted in it); ``to_date`` is the campaign so far, its first day
through ``as_of`` (or its last day), ``null`` while the campaign has not begun. Per rule, ``from``
and ``to`` are the rule's own window, and its ``to_date`` figures run from ``from`` through
``as_of`` (or ``to``) in every memo, whatever its phase or period; ``period.status`` is ``null``
for a rule judged over its whole window, ``pending`` where the period's part has not begun.

Per rule, ``flags`` are the scopes missed or behind, worst first, with the value of the worst
flagged period (``actual``); ``unreported`` the ids of the units without any file that are missed
or behind, by status; ``forecasts`` the projection of every flagged result behind with days left,
of the units with files (``hpcampaign.memo.forecast``:
``pace`` items a day, ``projected`` the value at the period's end at that pace, ``outcome`` its
status then, ``needed`` the items still to count); ``active_units``, for a target set for each of
several units, how many have an item counted in the period. ``proposals``: the reply-by day and
who is reminded of what (``hpcampaign.memo.closing``).
"""

from __future__ import annotations

from typing import Any

from hpcampaign.memo.build import Memo
from hpcampaign.memo.closing import Proposals
from hpcampaign.memo.forecast import Forecast
from hpcampaign.memo.rules import Figures, Flag, RuleLine
from hpcampaign.outputs import RenderOptions
from hpcampaign.outputs.check_json import number
from hpcampaign.plan.groups import UnitGroup
from hpcampaign.text.safe import to_json

SCHEMA = "hpcampaign.report/1"


def _figures(figures: Figures) -> dict[str, Any]:
    return {
        "status": figures.status,
        "counts": figures.counts,
        "items": figures.items,
        "value": number(figures.value),
    }


def _flag(flag: Flag) -> dict[str, Any]:
    return {
        "status": flag.status,
        "scope": flag.scope,
        "language": flag.language,
        "periods": flag.periods,
        "actual": number(flag.actual),
    }


def _forecast(forecast: Forecast) -> dict[str, Any]:
    projection = forecast.projection
    return {
        "scope": forecast.scope,
        "language": forecast.language,
        "from": forecast.start.isoformat(),
        "to": forecast.end.isoformat(),
        "count": projection.count,
        "elapsed_days": projection.elapsed,
        "days": projection.days,
        "pace": number(round(projection.pace, 4)),
        "projected": number(round(projection.value, 2)),
        "outcome": projection.outcome,
        "shortfall": number(round(projection.shortfall, 2)),
        "needed": projection.needed,
    }


def _proposals(proposals: Proposals | None) -> dict[str, Any] | None:
    if proposals is None:
        return None
    return {
        "reply_by": proposals.reply_by.isoformat(),
        "catch_up": [
            {
                "rule": c.rule,
                "deadline": c.deadline.isoformat(),
                "units": list(c.units),
                "at_risk": c.at_risk,
                "unreported": c.unreported,
            }
            for c in proposals.catch_up
        ],
        "explain": list(proposals.explain),
        "fix": list(proposals.fix),
        "unknown_files": proposals.unknown_files,
        "difficulties": proposals.difficulties,
    }


def _unreported(flags: tuple[Flag, ...]) -> list[dict[str, Any]]:
    """Units without any file that are missed or behind: their ids, by status (and language)."""
    groups: dict[tuple[str, str | None], list[str]] = {}
    for flag in flags:
        groups.setdefault((flag.status, flag.language), []).append(flag.scope)
    return [
        {"status": status, "language": language, "scopes": scopes}
        for (status, language), scopes in groups.items()
    ]


def _rule(line: RuleLine) -> dict[str, Any]:
    rule = line.rule
    silent = {flag.scope for flag in line.unreported}
    return {
        "rule": rule.id,
        "clause": rule.clause,
        "target_source": rule.target_source,
        "shape": line.shape,
        "min": number(rule.min),
        "max": number(rule.max),
        "from": line.start.isoformat(),
        "to": line.end.isoformat(),
        "scopes": line.scopes,
        "period": _figures(line.period),
        "to_date": _figures(line.to_date),
        "active_units": line.active,
        "flags": [_flag(f) for f in line.flags],
        "unreported": _unreported(line.unreported),
        "forecasts": [_forecast(f) for f in line.forecasts if f.scope not in silent],
    }


def _groups(groups: tuple[UnitGroup, ...]) -> list[dict[str, Any]]:
    return [{"group": g.group, "members": g.members, "units": list(g.units)} for g in groups]


def document(memo: Memo) -> dict[str, Any]:
    head = memo.headline
    return {
        "schema": SCHEMA,
        "plan": memo.plan_name,
        "as_of": memo.as_of.isoformat(),
        "phase": memo.phase,
        "period": {
            "from": memo.period.start.isoformat(),
            "to": memo.period.end.isoformat(),
            "chosen": memo.period.chosen,
            "begun": memo.begun,
        },
        "to_date": (
            {"from": memo.to_date[0].isoformat(), "to": memo.to_date[1].isoformat()}
            if memo.to_date is not None
            else None
        ),
        "document": {
            "number": memo.letterhead.number,
            "date": memo.letterhead.issued.isoformat(),
            "signer": memo.letterhead.signer,
        },
        "headline": {
            "files": head.files,
            "files_with_errors": head.files_with_errors,
            "units_in_scope": head.units_in_scope,
            "units_reporting": head.units_reporting,
            "items": head.items,
            "rules": head.rules,
            "errors": head.errors,
            "warnings": head.warnings,
        },
        "rules": [_rule(line) for line in memo.rules],
        "daily": [
            {
                "scope": series.scope,
                "kinds": list(series.kinds),
                "points": [
                    {
                        "date": p.day.isoformat(),
                        "value": p.value,
                        "min": number(p.min),
                        "max": number(p.max),
                        "status": p.status,
                        "rule": p.rule,
                    }
                    for p in series.points
                ],
            }
            for series in memo.daily
        ],
        "spreads": [
            {
                "rule": spread.rule.id,
                "omitted": spread.omitted,
                "values": [{"unit": u, "value": number(v), "status": s} for u, v, s in spread.values],
            }
            for spread in memo.spreads
        ],
        "languages": [
            {
                "language": line.language,
                "period_items": line.period_items,
                "to_date_items": line.to_date_items,
                "units": list(line.units),
                "judgements": [
                    {"rule": rule, "status": status, "actual": number(actual)}
                    for rule, status, actual in line.judgements
                ],
            }
            for line in memo.languages
        ],
        "units_without_files": _groups(memo.without_files),
        "quiet_units": _groups(memo.quiet),
        "problems": [
            {
                "unit": p.unit,
                "files": p.files,
                "voided": p.voided,
                "errors": p.errors,
                "warnings": p.warnings,
                "codes": dict(p.codes),
                "paths": list(p.paths),
            }
            for p in memo.problems
        ],
        "difficulties": [{"unit": unit, "texts": list(texts)} for unit, texts in memo.difficulties],
        "clauses": [{"clause": c.clause, "rules": list(c.rules)} for c in memo.citations],
        "proposals": _proposals(memo.proposals),
    }


def render(memo: Memo, options: RenderOptions) -> str:
    return to_json(document(memo)) + "\n"
