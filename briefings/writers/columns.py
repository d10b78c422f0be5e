"""Table column widths from the table's content, shared by the Word and PDF writers.

Each column gets a share of the width in proportion to the square root of its longest
cell (so long cells do not starve short ones), but never less than its longest word set
in the table font, so a word like "Supervisors" is never broken mid-word ("Supervisor-s").
Words are measured with the font the documents use (Carlito, shipped in `briefings/fonts`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .. import model as m

if TYPE_CHECKING:
    from PIL.ImageFont import FreeTypeFont

FONTS = Path(__file__).resolve().parent.parent / "fonts"
TABLE_PT = 9.0  # TableText / TableHeading size
CELL_PADDING_PT = 8.0  # left + right cell margin (80 twips each side in Word)
SLACK = 1.06  # kerning, rounding and the renderer's own measure


@lru_cache(maxsize=2)
def _font(bold: bool) -> FreeTypeFont:
    from PIL import ImageFont

    name = "Carlito-Bold.ttf" if bold else "Carlito-Regular.ttf"
    return ImageFont.truetype(str(FONTS / name), 100)


def word_width_pt(word: str, bold: bool, size: float = TABLE_PT) -> float:
    return _width_100(word, bold) * size / 100


@lru_cache(maxsize=1 << 16)
def _width_100(word: str, bold: bool) -> float:
    """A word's width at 100 pt (words recur across tables and languages: measured once)."""
    return _font(bold).getlength(word)


def _longest_word_pt(nodes: tuple[m.Inline, ...], bold: bool) -> float:
    words = m.plain_text(nodes).split()
    return max((word_width_pt(w, bold) for w in words), default=0.0)


def column_widths(table: m.Table, cols: int, total: float) -> list[float]:
    """Widths (in the unit of `total`, points) for `cols` columns filling `total`.

    The header row and the first column are set in bold, so they are measured bold."""
    lengths = [1.0] * cols
    floors = [0.0] * cols
    for r, row in enumerate((table.header, *table.rows)):
        for i, cell in enumerate(row[:cols]):
            lengths[i] = max(lengths[i], len(m.plain_text(cell.children)))
            bold = r == 0 or i == 0
            floors[i] = max(
                floors[i], _longest_word_pt(cell.children, bold) * SLACK + CELL_PADDING_PT
            )
    weights = [max(n, 4) ** 0.5 for n in lengths]
    floors = [min(max(f, total / 10), total * 0.6) for f in floors]
    if sum(floors) >= total:  # cannot fit every word: share in proportion
        return [total * f / sum(floors) for f in floors]
    widths = [total * w / sum(weights) for w in weights]
    # Raise the columns under their floor and take the difference from the others, in
    # proportion to what they have above their own floor; repeat until all fit.
    for _ in range(cols):
        short = [i for i in range(cols) if widths[i] < floors[i] - 1e-9]
        if not short:
            break
        need = sum(floors[i] - widths[i] for i in short)
        for i in short:
            widths[i] = floors[i]
        spare = {i: widths[i] - floors[i] for i in range(cols) if i not in short}
        pool = sum(spare.values())
        for i, s in spare.items():
            widths[i] -= need * s / pool if pool else 0
    return widths
