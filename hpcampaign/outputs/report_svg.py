"""The memo's charts as inline SVG: no script, no font files, no network; printable.

- *daily chart*: one slot per day of the period; a pale green *band* from the day's minimum to
  its maximum target (up to the top when there is no maximum), a bar for the items counted, in
  the colour of the day's status, with its value above; days not yet begun have no bar.
- *spread chart*: one bar per unit, highest first, against one band for the whole rule; each bar
  carries a ``<title>`` (the unit's name and value: a tooltip on screen); names under the bars
  when there are few enough to read.

Coordinates are printed with one decimal, so the same data always gives the same markup. Every
text (unit names come from the plan, a file a person wrote) is made safe
(:func:`~hpcampaign.text.safe.safe`: control characters as visible escapes) and escaped with
:func:`html.escape`, by :func:`_text`; colour is never the only sign of a status (tables and
tooltips say it in words).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from html import escape

from hpcampaign.memo.rules import DailySeries, Spread
from hpcampaign.outputs.words import name, number, short_day, status_word
from hpcampaign.plan.model import Plan
from hpcampaign.records import Lang, Status
from hpcampaign.text.catalogue import say
from hpcampaign.text.safe import safe

COLOURS: dict[Status, str] = {
    "ok": "#2e7d32",
    "over": "#b7791f",
    "behind": "#e65100",
    "missed": "#c62828",
    "pending": "#9e9e9e",
}
LEGEND_ORDER: tuple[Status, ...] = ("ok", "over", "behind", "missed")
BAND, BAND_EDGE, GRID, INK = "#dcefdc", "#2e7d32", "#d0d0d0", "#222"
WIDTH, LEFT, RIGHT, TOP = 680.0, 44.0, 670.0, 18.0
NAMED_BARS = 24

Scale = Callable[[float], float]


def _text(value: str) -> str:
    return escape(safe(value))


def _f(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _rect(x: float, y: float, width: float, height: float, fill: str, tip: str | None = None) -> str:
    shape = f'<rect x="{_f(x)}" y="{_f(y)}" width="{_f(width)}" height="{_f(max(height, 0))}" fill="{fill}"'
    return f"{shape}><title>{_text(tip)}</title></rect>" if tip is not None else f"{shape}/>"


def _line(x1: float, y1: float, x2: float, y2: float, stroke: str, dashed: bool = False) -> str:
    dash = ' stroke-dasharray="4 3"' if dashed else ""
    return f'<line x1="{_f(x1)}" y1="{_f(y1)}" x2="{_f(x2)}" y2="{_f(y2)}" stroke="{stroke}"{dash}/>'


def _label(x: float, y: float, text: str, size: int = 11, anchor: str = "middle", extra: str = "") -> str:
    place = f'x="{_f(x)}" y="{_f(y)}" font-size="{size}" text-anchor="{anchor}"'
    return f"<text {place}{extra}>{_text(text)}</text>"


def _nice_top(value: float) -> tuple[float, float]:
    """A round top for the y axis and a step giving 4–6 grid lines."""
    value = max(value, 1.0)
    magnitude = 10 ** math.floor(math.log10(value / 4))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if value / (m * magnitude) <= 6)
    return math.ceil(value / step) * step, step


def _scale(top: float, bottom: float) -> Scale:
    def y(value: float) -> float:
        return bottom - (bottom - TOP) * min(value, top) / top

    return y


def _axis(top: float, step: float, y: Scale, lang: Lang) -> list[str]:
    out = []
    for index in range(round(top / step) + 1):
        tick = index * step
        out.append(_line(LEFT, y(tick), RIGHT, y(tick), GRID))
        out.append(_label(LEFT - 6, y(tick) + 4, number(tick, lang), anchor="end"))
    return out


def _band(x: float, width: float, low: float | None, high: float | None, y: Scale, top: float) -> list[str]:
    if low is None and high is None:
        return []
    upper, lower = y(high if high is not None else top), y(low or 0)
    out = [_rect(x, upper, width, lower - upper, BAND)]
    out += [
        _line(x, y(edge), x + width, y(edge), BAND_EDGE, dashed=True)
        for edge in (low, high)
        if edge is not None
    ]
    return out


def _legend(shown: Sequence[Status], height: float, lang: Lang) -> list[str]:
    out, x = [], LEFT
    for colour, label in [(BAND, say("memo.chart.target", lang))] + [
        (COLOURS[s], status_word(s, lang)) for s in shown
    ]:
        out.append(_rect(x, height - 21, 12, 10, colour))
        out.append(_label(x + 16, height - 12, label, anchor="start"))
        x += 32 + 6.5 * len(label)
    return out


def _open(height: float, label: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_f(WIDTH)} {_f(height)}" width="100%" '
        f'role="img" aria-label="{_text(label)}" font-family="inherit" fill="{INK}">',
        f"<title>{_text(label)}</title>",
    ]


def daily_svg(series: DailySeries, plan: Plan, lang: Lang, label: str) -> str:
    points = series.points
    height = 270.0
    bottom = height - 58
    highest = max([p.value for p in points] + [p.max or p.min or 0 for p in points])
    top, step = _nice_top(highest * 1.1)
    y = _scale(top, bottom)
    slot = (RIGHT - LEFT) / len(points)
    width = min(slot * 0.6, 44.0)
    every = max(1, math.ceil(len(points) / 16))  # at most 16 day labels
    out = _open(height, label) + _axis(top, step, y, lang)
    for index, point in enumerate(points):
        x0 = LEFT + slot * index
        centre = x0 + slot / 2
        out += _band(x0, slot, point.min, point.max, y, top)
        if point.status != "pending":
            value = number(point.value, lang)
            tip = f"{short_day(point.day, lang)}: {value} ({status_word(point.status, lang)})"
            out.append(
                _rect(
                    centre - width / 2,
                    y(point.value),
                    width,
                    bottom - y(point.value),
                    COLOURS[point.status],
                    tip,
                )
            )
            out.append(_label(centre, y(point.value) - 4, value, 12, extra=' font-weight="bold"'))
        if index % every == 0:
            out.append(_label(centre, bottom + 16, short_day(point.day, lang)))
    out.append(_line(LEFT, bottom, RIGHT, bottom, INK))
    out += _legend([s for s in LEGEND_ORDER if any(p.status == s for p in points)], height, lang)
    return "\n".join([*out, "</svg>"])


def spread_svg(spread: Spread, plan: Plan, lang: Lang, label: str) -> str:
    values, rule = spread.values, spread.rule
    named = 0 < len(values) <= NAMED_BARS
    height = 330.0 if named else 250.0
    bottom = height - (120 if named else 40)
    highest = max([v for _u, v, _s in values] + [rule.max or rule.min or 0])
    top, step = _nice_top(highest * 1.1)
    y = _scale(top, bottom)
    out = (
        _open(height, label)
        + _axis(top, step, y, lang)
        + _band(LEFT, RIGHT - LEFT, rule.min, rule.max, y, top)
    )
    slot = (RIGHT - LEFT) / max(len(values), 1)
    width = max(min(slot * 0.7, 40.0), 1.0)
    for index, (unit, value, state) in enumerate(values):
        centre = LEFT + slot * index + slot / 2
        shown = number(value, lang)
        tip = f"{name(plan, unit, lang)}: {shown} ({status_word(state, lang)})"
        out.append(_rect(centre - width / 2, y(value), width, bottom - y(value), COLOURS[state], tip))
        if named:
            turn = f' transform="rotate(-40 {_f(centre)} {_f(bottom + 12)})"'
            out.append(_label(centre, bottom + 12, name(plan, unit, lang), anchor="end", extra=turn))
            out.append(_label(centre, y(value) - 4, shown))
    out.append(_line(LEFT, bottom, RIGHT, bottom, INK))
    out += _legend([s for s in LEGEND_ORDER if any(st == s for _u, _v, st in values)], height, lang)
    return "\n".join([*out, "</svg>"])
