"""The one intermediate Document model: a closed set of block and inline nodes.

Every writer consumes only these types. This module imports nothing of ours and no
third-party library.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Union


# --- inline nodes -----------------------------------------------------------------

@dataclass(frozen=True)
class Text:
    text: str
    lang: str | None = None          # set when the text is in another language (fallback)


@dataclass(frozen=True)
class Strong:
    children: tuple["Inline", ...]


@dataclass(frozen=True)
class Emph:
    children: tuple["Inline", ...]


@dataclass(frozen=True)
class Code:
    text: str


@dataclass(frozen=True)
class Link:
    url: str
    children: tuple["Inline", ...]


@dataclass(frozen=True)
class FootnoteRef:
    number: int                       # 1-based, the order of first reference


@dataclass(frozen=True)
class LineBreak:
    pass


Inline = Union[Text, Strong, Emph, Code, Link, FootnoteRef, LineBreak]


# --- block nodes ------------------------------------------------------------------

@dataclass(frozen=True)
class Heading:
    level: int                        # 2..4 in a body; the title is the document's
    children: tuple[Inline, ...]
    id: str = ""


@dataclass(frozen=True)
class Paragraph:
    children: tuple[Inline, ...]
    lang: str | None = None          # set when the whole block fell back to another language


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[tuple["Block", ...], ...]


@dataclass(frozen=True)
class TableCell:
    children: tuple[Inline, ...]
    align: str | None = None          # 'left' | 'center' | 'right'


@dataclass(frozen=True)
class Table:
    header: tuple[TableCell, ...]
    rows: tuple[tuple[TableCell, ...], ...]
    caption: tuple[Inline, ...] = ()


@dataclass(frozen=True)
class Callout:
    """A boxed passage: 'summary' (the summary box), 'note' or 'warning'."""

    kind: str
    blocks: tuple["Block", ...]
    title: tuple[Inline, ...] = ()


@dataclass(frozen=True)
class Quote:
    blocks: tuple["Block", ...]


@dataclass(frozen=True)
class TimelineEntry:
    date: dt.date
    label: tuple[Inline, ...]
    highlight: bool = False


@dataclass(frozen=True)
class Figure:
    """A generated figure; today a timeline. Writers draw it (SVG, PNG) from the data."""

    kind: str
    entries: tuple[TimelineEntry, ...]
    alt: str
    caption: tuple[Inline, ...] = ()


Block = Union[Heading, Paragraph, ListBlock, Table, Callout, Quote, Figure]


# --- the document -----------------------------------------------------------------

@dataclass(frozen=True)
class Footnote:
    number: int
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Reference:
    """One entry of the 'Main references' list: a cited document."""

    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Meta:
    pack: str
    document: str
    lang: str
    title: str
    product: str                      # a product id of the house profile, e.g. 'briefing'
    date: dt.date
    event_name: str
    event_place: str
    event_date: dt.date
    reference: str | None
    author: str | None
    service: str
    subtitle: str | None = None
    keywords: tuple[str, ...] = ()
    translated: int = 0               # translation units in the target language
    fallback: int = 0                 # units shown in the source language
    dense: bool = False               # the house's product is set a half point denser (at a glance)
    draft: bool = False               # the pack is a draft: every document says so


@dataclass(frozen=True)
class Document:
    meta: Meta
    blocks: tuple[Block, ...]
    footnotes: tuple[Footnote, ...] = ()
    references: tuple[Reference, ...] = ()
    labels: dict = field(default_factory=dict, compare=False, hash=False)


def plain_text(nodes) -> str:
    """The text of inline nodes, without markup (footnote markers dropped)."""
    out = []
    for node in nodes:
        if isinstance(node, (Text, Code)):
            out.append(node.text)
        elif isinstance(node, (Strong, Emph, Link)):
            out.append(plain_text(node.children))
        elif isinstance(node, LineBreak):
            out.append(" ")
    return "".join(out)
