"""The memo's charts as inline SVG: no script, no font files, no network; printable in black and white.

- *daily chart*: one slot per day of the period; a pale green *band* from the day's minimum to
  its maximum target (up to the top when there is no maximum), a bar for the items counted, its
  value above it where there is room; days not yet begun have no bar.
- *spread chart*: one bar per unit, highest first, against one band for the whole rule; each bar
  carries a ``<title>`` (the unit's name and value: a tooltip on screen); names under the bars
  (shortened with "…" when long) and values above them when there are few enough to read.

*Status by texture, not colour only*: a bar's fill is its status's colour and its *pattern*
(solid for met, dotted for over, light with diagonal stripes for behind, dark with a white grid
for missed), outlined in that colour, and the legend shows the same fills, so a memo printed in
black and white still tells "đạt" from "đang thực hiện". The patterns are defined in each chart's
``<defs>`` under ids prefixed by the chart's *key*, unique within the page.

*Printed size*: the chart is drawn ``width="100%"`` of the text column, which on A4 with the
margins of Nghị định 30/2020 is 165 mm; :func:`printed_pt` turns a font size in viewBox units into
points as printed, and every text is at least :data:`MIN_PT` there (tested). Widths of texts
(legend entries, unit names) are estimated with Times New Roman's metrics
(:mod:`.report_measure`).

Coordinates are printed with one decimal, so the same data always gives the same markup. Every
text (unit names come from the plan, a file a person wrote) is made safe
(:func:`~hpcampaign.text.safe.safe`: control characters as visible escapes) and escaped with
:func:`html.escape`, by :func:`_text`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from html import escape

from hpcampaign.memo.rules import DailySeries, Spread
from hpcampaign.outputs.report_measure import em_width
from hpcampaign.outputs.words import name, number, short_day, status_word
from hpcampaign.plan.model import Plan
from hpcampaign.records import Lang, Status
from hpcampaign.text.catalogue import say
from hpcampaign.text.safe import safe

COLOURS: dict[Status, str] = {
    "ok": "#2e7d32",
    "over": "#8d5a00",
    "behind": "#e65100",
    "missed": "#b71c1c",
    "pending": "#9e9e9e",
}
LEGEND_ORDER: tuple[Status, ...] = ("ok", "over", "behind", "missed")
BAND, BAND_EDGE, GRID, INK = "#dcefdc", "#2e7d32", "#d0d0d0", "#222"
WIDTH, LEFT, RIGHT, TOP = 600.0, 44.0, 592.0, 20.0
PRINTED_MM = 210.0 - 30.0 - 15.0
"""The chart's printed width: A4's text column between Nghị định 30's left and right margins."""
MIN_PT = 9.0
TEXT, SMALL = 12.5, 12.0
"""Font sizes in viewBox units: 9.7 and 9.4 pt printed."""
STUB = 2.0
"""The least height of a bar: a zero still shows its status's colour and outline."""
LINE = 19.0
"""The height of one row of the legend."""
NAMED_BARS = 24
NAME_EM = 13.0
"""The longest unit name drawn under a bar, in ems; a longer one ends in "…"."""
TURN = 45.0
"""The angle of the names under the bars, in degrees."""

Scale = Callable[[float], float]


def printed_pt(size: float) -> float:
    """A font size in viewBox units as printed on A4, in points (the chart fills the text width)."""
    return size * (PRINTED_MM / 25.4 * 72) / WIDTH


def _text(value: str) -> str:
    return escape(safe(value))


def _f(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _fill(status: Status, key: str) -> str:
    """The bar's fill and outline: its status's colour, in its status's pattern."""
    colour = COLOURS[status]
    paint = colour if status in ("ok", "pending") else f"url(#{key}-{status})"
    return f'fill="{paint}" stroke="{colour}" stroke-width="1"'


def _patterns(key: str, shown: Sequence[Status]) -> list[str]:
    tile = 'width="6" height="6" patternUnits="userSpaceOnUse"'
    drawn = {
        "over": f'<pattern id="{key}-over" {tile}><rect width="6" height="6" fill="{COLOURS["over"]}"/>'
        '<circle cx="3" cy="3" r="1.4" fill="#fff"/></pattern>',
        "behind": f'<pattern id="{key}-behind" {tile} patternTransform="rotate(45)">'
        f'<rect width="6" height="6" fill="#fff"/><rect width="2.4" height="6" fill="{COLOURS["behind"]}"/>'
        "</pattern>",
        "missed": f'<pattern id="{key}-missed" {tile} patternTransform="rotate(45)">'
        f'<rect width="6" height="6" fill="{COLOURS["missed"]}"/>'
        '<rect x="4.6" width="1.4" height="6" fill="#fff"/><rect y="4.6" width="6" height="1.4" fill="#fff"/>'
        "</pattern>",
    }
    used = [drawn[s] for s in shown if s in drawn]
    return ["<defs>", *used, "</defs>"] if used else []


def _rect(x: float, y: float, width: float, height: float, paint: str, tip: str | None = None) -> str:
    shape = f'<rect x="{_f(x)}" y="{_f(y)}" width="{_f(width)}" height="{_f(max(height, 0))}" {paint}'
    return f"{shape}><title>{_text(tip)}</title></rect>" if tip is not None else f"{shape}/>"


def _bar(centre: float, width: float, top: float, bottom: float, paint: str, tip: str) -> str:
    """A bar from the axis up to ``top``; at least :data:`STUB` high, so that a zero shows its status."""
    top = min(top, bottom - STUB)
    return _rect(centre - width / 2, top, width, bottom - top, paint, tip)


def _value(centre: float, top: float, text: str, bold: bool = False) -> str:
    """A bar's value above it, on a white halo where it crosses a grid or band line."""
    halo = ' stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"'
    weight = ' font-weight="bold"' if bold else ""
    return _label(centre, top - 4, text, SMALL, extra=weight + halo)


def _line(x1: float, y1: float, x2: float, y2: float, stroke: str, dashed: bool = False) -> str:
    dash = ' stroke-dasharray="4 3"' if dashed else ""
    return f'<line x1="{_f(x1)}" y1="{_f(y1)}" x2="{_f(x2)}" y2="{_f(y2)}" stroke="{stroke}"{dash}/>'


def _label(x: float, y: float, text: str, size: float = TEXT, anchor: str = "middle", extra: str = "") -> str:
    place = f'x="{_f(x)}" y="{_f(y)}" font-size="{_f(size)}" text-anchor="{anchor}"'
    return f"<text {place}{extra}>{_text(text)}</text>"


def _wide(text: str, size: float = TEXT, bold: bool = False) -> float:
    return em_width(text, bold) * size


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


def _axis(top: float, step: float, y: Scale, lang: Lang, left: float = LEFT) -> list[str]:
    out = []
    for index in range(round(top / step) + 1):
        tick = index * step
        out.append(_line(left, y(tick), RIGHT, y(tick), GRID))
        out.append(_label(left - 6, y(tick) + 4, number(tick, lang), anchor="end"))
    return out


def _band(x: float, width: float, low: float | None, high: float | None, y: Scale, top: float) -> list[str]:
    if low is None and high is None:
        return []
    upper, lower = y(high if high is not None else top), y(low or 0)
    out = [_rect(x, upper, width, lower - upper, f'fill="{BAND}"')]
    out += [
        _line(x, y(edge), x + width, y(edge), BAND_EDGE, dashed=True)
        for edge in (low, high)
        if edge is not None
    ]
    return out


def _legend(shown: Sequence[Status], first: float, lang: Lang, key: str) -> tuple[list[str], int]:
    """The legend from the baseline ``first`` on, in as many rows as it needs; and how many."""
    band = f'fill="{BAND}" stroke="{BAND_EDGE}" stroke-dasharray="4 3"'
    entries = [(band, say("memo.chart.target", lang))] + [
        (_fill(s, key), status_word(s, lang)) for s in shown
    ]
    out, x, row = [], LEFT, 0
    for paint, label in entries:
        width = 22 + _wide(label)
        if x > LEFT and x + width > RIGHT:
            x, row = LEFT, row + 1
        baseline = first + row * LINE
        out.append(_rect(x, baseline - 11, 16, 12, paint))
        out.append(_label(x + 21, baseline, label, anchor="start"))
        x += width + 16
    return out, row + 1


def _open(height: float, label: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_f(WIDTH)} {_f(height)}" width="100%" '
        f'role="img" aria-label="{_text(label)}" font-family="inherit" fill="{INK}">',
        f"<title>{_text(label)}</title>",
    ]


def _every(slot: float, labels: Sequence[str]) -> int:
    """Label every n-th slot, n the least that leaves the widest label room to read."""
    widest = max((_wide(text) for text in labels), default=0.0) + 8
    return max(1, math.ceil(widest / slot))


def daily_svg(series: DailySeries, plan: Plan, lang: Lang, label: str, key: str = "chart") -> str:
    points = series.points
    shown = [s for s in LEGEND_ORDER if any(p.status == s for p in points)]
    bottom = TOP + 180
    legend, rows = _legend(shown, bottom + 42, lang, key)
    height = bottom + 42 + (rows - 1) * LINE + 10
    highest = max([p.value for p in points] + [p.max or p.min or 0 for p in points])
    top, step = _nice_top(highest * 1.12)
    y = _scale(top, bottom)
    slot = (RIGHT - LEFT) / len(points)
    width = min(slot * 0.6, 44.0)
    values = [number(p.value, lang) for p in points]
    room = all(_wide(v, SMALL, True) <= slot - 2 for v in values)
    days = [short_day(p.day, lang) for p in points]
    every = _every(slot, days)
    out = _open(height, label) + _patterns(key, shown) + _axis(top, step, y, lang)
    for index, point in enumerate(points):
        x0 = LEFT + slot * index
        centre = x0 + slot / 2
        out += _band(x0, slot, point.min, point.max, y, top)
        if point.status != "pending":
            tip = f"{short_day(point.day, lang)}: {values[index]} ({status_word(point.status, lang)})"
            out.append(_bar(centre, width, y(point.value), bottom, _fill(point.status, key), tip))
            if room:
                out.append(_value(centre, min(y(point.value), bottom - STUB), values[index], bold=True))
        if index % every == 0:
            out.append(_label(centre, bottom + 17, days[index]))
    out.append(_line(LEFT, bottom, RIGHT, bottom, INK))
    out += legend
    return "\n".join([*out, "</svg>"])


def _short(text: str) -> str:
    """A unit's name as drawn under its bar: cut with "…" past :data:`NAME_EM`."""
    if em_width(text) <= NAME_EM:
        return text
    while text and em_width(text + "…") > NAME_EM:
        text = text[:-1]
    return text.rstrip() + "…"


def spread_svg(spread: Spread, plan: Plan, lang: Lang, label: str, key: str = "chart") -> str:
    values, rule = spread.values, spread.rule
    named = 0 < len(values) <= NAMED_BARS
    names = [_short(name(plan, unit, lang)) for unit, _v, _s in values] if named else []
    turn = math.radians(TURN)
    under = max((_wide(n) for n in names), default=0.0) * math.sin(turn) + 20 if named else 8.0
    shown = [s for s in LEGEND_ORDER if any(st == s for _u, _v, st in values)]
    bottom = TOP + 170
    legend, rows = _legend(shown, bottom + under + 22, lang, key)
    height = bottom + under + 22 + (rows - 1) * LINE + 10
    highest = max([v for _u, v, _s in values] + [rule.max or rule.min or 0])
    top, step = _nice_top(highest * 1.12)
    y = _scale(top, bottom)
    slot = (RIGHT - LEFT) / max(len(values), 1)
    # The first name, turned, reaches left of its bar: move the plot right so that it stays in.
    left = max(LEFT, _wide(names[0]) * math.cos(turn) + 4 - slot / 2) if names else LEFT
    slot = (RIGHT - left) / max(len(values), 1)
    width = max(min(slot * 0.7, 40.0), 1.0)
    shown_values = [number(v, lang) for _u, v, _s in values]
    room = named and all(_wide(v, SMALL) <= slot - 1 for v in shown_values)
    out = (
        _open(height, label)
        + _patterns(key, shown)
        + _axis(top, step, y, lang, left)
        + _band(left, RIGHT - left, rule.min, rule.max, y, top)
    )
    for index, (unit, value, state) in enumerate(values):
        centre = left + slot * index + slot / 2
        tip = f"{name(plan, unit, lang)}: {shown_values[index]} ({status_word(state, lang)})"
        out.append(_bar(centre, width, y(value), bottom, _fill(state, key), tip))
        if named:
            turned = f' transform="rotate(-{_f(TURN)} {_f(centre)} {_f(bottom + 14)})"'
            out.append(_label(centre + 4, bottom + 14, names[index], anchor="end", extra=turned))
        if room:
            out.append(_value(centre, min(y(value), bottom - STUB), shown_values[index]))
    out.append(_line(left, bottom, RIGHT, bottom, INK))
    out += legend
    return "\n".join([*out, "</svg>"])
