"""Charts for the HTML report, drawn as inline SVG (no script, no network).

:func:`bar_chart` draws horizontal bars, one group per label and one bar per series (one series
for a run, two for a comparison); :func:`stacked_bar` draws how a whole splits into parts. The
values are exact (``Decimal``, ``int``); only the geometry is computed in floats.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from html import escape
from typing import Final

PALETTE: Final = ("#2f6f9f", "#e08a2e", "#4d9a5b", "#b8473f", "#7b5ea7", "#8a8a8a", "#c9a227")
"""Series and part colours, in order."""

_LABEL_WIDTH: Final = 190
_BAR_WIDTH: Final = 360
_BAR_HEIGHT: Final = 14
_FONT: Final = "font-family:system-ui,sans-serif;font-size:12px"


def _shown(value: Decimal | int, percent: bool) -> str:
    if percent:
        return f"{(Decimal(value) * 100).quantize(Decimal('0.1'))}%"
    return str(value)


def bar_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[Decimal | int]]],
    *,
    percent: bool = False,
) -> str:
    """Horizontal bars: for each label, one bar per series (name, values in label order).

    Percentages are fractions (``Decimal("0.42")`` is drawn as 42 %) on a 0-100 % scale;
    counts are scaled to the largest.
    """
    values = [Decimal(v) for _, row in series for v in row]
    top = Decimal(1) if percent else max([*values, Decimal(1)])
    group = len(series) * (_BAR_HEIGHT + 2) + 8
    legend = 18 if len(series) > 1 else 0
    height = 28 + legend + group * len(labels)
    width = _LABEL_WIDTH + _BAR_WIDTH + 70
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(title)}" style="{_FONT}">',
        f'<text x="0" y="16" style="font-weight:600">{escape(title)}</text>',
    ]
    if legend:
        x = _LABEL_WIDTH
        for index, (name, _) in enumerate(series):
            colour = PALETTE[index % len(PALETTE)]
            parts.append(f'<rect x="{x}" y="26" width="10" height="10" fill="{colour}"/>')
            parts.append(f'<text x="{x + 14}" y="35">{escape(name)}</text>')
            x += 24 + 7 * len(name)
    for row, label in enumerate(labels):
        y0 = 28 + legend + row * group
        parts.append(
            f'<text x="{_LABEL_WIDTH - 6}" y="{y0 + group / 2:.1f}" text-anchor="end">'
            f"{escape(label)}</text>"
        )
        for index, (_, row_values) in enumerate(series):
            value = Decimal(row_values[row])
            length = float(value / top) * _BAR_WIDTH if top else 0.0
            y = y0 + 4 + index * (_BAR_HEIGHT + 2)
            colour = PALETTE[index % len(PALETTE)]
            parts.append(
                f'<rect x="{_LABEL_WIDTH}" y="{y}" width="{max(length, 0.0):.1f}" '
                f'height="{_BAR_HEIGHT}" fill="{colour}"/>'
            )
            parts.append(
                f'<text x="{_LABEL_WIDTH + length + 4:.1f}" y="{y + _BAR_HEIGHT - 3}">'
                f"{_shown(row_values[row], percent)}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def stacked_bar(title: str, parts: Sequence[tuple[str, int]]) -> str:
    """One bar split into ``parts`` (name, count), with a legend of counts and shares."""
    total = sum(count for _, count in parts)
    shown = [(name, count) for name, count in parts if count]
    width = _LABEL_WIDTH + _BAR_WIDTH + 70
    height = 56 + 18 * len(shown)
    svg = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(title)}" style="{_FONT}">',
        f'<text x="0" y="16" style="font-weight:600">{escape(title)}</text>',
    ]
    x = 0.0
    full = float(_LABEL_WIDTH + _BAR_WIDTH)
    for index, (name, count) in enumerate(shown):
        length = full * count / total if total else 0.0
        colour = PALETTE[index % len(PALETTE)]
        svg.append(
            f'<rect x="{x:.1f}" y="24" width="{length:.1f}" height="18" fill="{colour}">'
            f"<title>{escape(name)}: {count}</title></rect>"
        )
        x += length
        y = 60 + 18 * index
        share = _shown(Decimal(count) / total if total else Decimal(0), True)
        svg.append(f'<rect x="0" y="{y - 10}" width="10" height="10" fill="{colour}"/>')
        svg.append(f'<text x="14" y="{y}">{escape(name)}: {count} ({share})</text>')
    svg.append("</svg>")
    return "".join(svg)
