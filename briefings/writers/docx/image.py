"""A timeline Figure to a PNG for Word (Pillow), the sibling of the HTML writer's SVG."""

from __future__ import annotations

import io
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from ... import model as m
from ...i18n.formatting import format_date

if TYPE_CHECKING:
    from PIL.ImageFont import FreeTypeFont, ImageFont

SCALE = 2
INK, ACCENT, MUTED = (26, 26, 26), (11, 79, 156), (89, 89, 89)
_FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/truetype/liberation",
    "/usr/share/fonts/dejavu",
    "/Library/Fonts",
    "C:/Windows/Fonts",
)


def _font(bold: bool, size: int) -> FreeTypeFont | ImageFont:
    from PIL import ImageFont

    names = (
        ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "arialbd.ttf")
        if bold
        else ("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "arial.ttf")
    )
    for folder in _FONT_DIRS:
        for name in names:
            path = Path(folder) / name
            if path.exists():
                return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


def timeline_png(fig: m.Figure, lang: str) -> bytes:
    """A vertical timeline as PNG bytes, drawn like the SVG."""
    from PIL import Image, ImageDraw

    width, row, gap = 720 * SCALE, 16 * SCALE, 8 * SCALE
    date_x, axis_x, label_x = 8 * SCALE, 150 * SCALE, 170 * SCALE
    regular, bold = _font(False, 13 * SCALE), _font(True, 13 * SCALE)
    rows = [(e, textwrap.wrap(m.plain_text(e.label), 72) or [""]) for e in fig.entries]
    height = 24 * SCALE + sum(row * len(lines) + gap for _, lines in rows)
    img = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(img)
    draw.line([(axis_x, 10 * SCALE), (axis_x, height - 14 * SCALE)], fill=MUTED, width=2 * SCALE)
    y = 24 * SCALE
    for entry, lines in rows:
        colour = ACCENT if entry.highlight else INK
        font = bold if entry.highlight else regular
        r = (7 if entry.highlight else 5) * SCALE
        cy = y - 5 * SCALE
        draw.ellipse([axis_x - r, cy - r, axis_x + r, cy + r], fill=colour)
        draw.text((date_x, y), format_date(entry.date, lang), fill=colour, font=font, anchor="ls")
        for k, line in enumerate(lines):
            draw.text(
                (label_x, y + k * row),
                line,
                fill=colour if k == 0 else MUTED,
                font=font,
                anchor="ls",
            )
        y += row * len(lines) + gap
    out = io.BytesIO()
    img.save(out, format="PNG", compress_level=1)  # the DOCX zip deflates it again anyway
    return out.getvalue()
