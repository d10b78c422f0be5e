"""A timeline Figure to inline SVG: a vertical line, one dated row per entry."""

from __future__ import annotations

import textwrap
from html import escape

from .. import model as m
from ..i18n.formatting import format_date

WIDTH = 720
ROW_LINE = 18
DATE_X, AXIS_X, LABEL_X = 8, 150, 170
INK, ACCENT, MUTED = "#1a1a1a", "#0b4f9c", "#595959"


def timeline_svg(fig: m.Figure, fid: str, lang: str) -> str:
    """Self-contained SVG (no script, no external refs) with a title for screen readers."""
    rows, y = [], 24
    for entry in fig.entries:
        label = m.plain_text(entry.label)
        lines = textwrap.wrap(label, 72) or [""]
        colour = ACCENT if entry.highlight else INK
        weight = ' font-weight="bold"' if entry.highlight else ""
        r = 7 if entry.highlight else 5
        rows.append(f'<circle cx="{AXIS_X}" cy="{y - 5}" r="{r}" fill="{colour}"/>')
        rows.append(
            f'<text x="{DATE_X}" y="{y}" '
            f'fill="{colour}"{weight}>{escape(format_date(entry.date, lang))}</text>'
        )
        for k, line in enumerate(lines):
            rows.append(
                f'<text x="{LABEL_X}" y="{y + k * ROW_LINE}" '
                f'fill="{colour if k == 0 else MUTED}"{weight}>{escape(line)}</text>'
            )
        y += ROW_LINE * len(lines) + 14
    height = y
    axis = (
        f'<line x1="{AXIS_X}" y1="10" x2="{AXIS_X}" y2="{height - 14}" stroke="{MUTED}" '
        'stroke-width="2"/>'
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{fid}-title" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" font-family="DejaVu Sans, Arial, sans-serif" '
        'font-size="13">'
        f'<title id="{fid}-title">{escape(fig.alt)}</title>{axis}{"".join(rows)}</svg>'
    )
