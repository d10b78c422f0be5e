"""The one intermediate Document model: a closed set of block and inline nodes.

Every writer consumes only these types. This module imports nothing of ours and no
third-party library.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# --- inline nodes -----------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    text: str
    lang: str | None = None  # set when the text is in another language (fallback)
    original: bool = False  # ...because its source exists only in that language (not a gap)


@dataclass(frozen=True)
class Strong:
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Emph:
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Code:
    text: str


@dataclass(frozen=True)
class Link:
    url: str
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class FootnoteRef:
    number: int  # 1-based, the order of first reference


@dataclass(frozen=True)
class LineBreak:
    pass


Inline = Text | Strong | Emph | Code | Link | FootnoteRef | LineBreak


# --- block nodes ------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    level: int  # 2..4 in a body; the title is the document's
    children: tuple[Inline, ...]
    # its anchor (`s-key-dates`), set by the parser (with_section_ids); made from the text and
    # its place, so left out of comparisons and of repr (a reviser's sign-off digests the repr)
    id: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class Paragraph:
    children: tuple[Inline, ...]
    lang: str | None = None  # set when the whole block fell back to another language


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[tuple[Block, ...], ...]


@dataclass(frozen=True)
class TableCell:
    children: tuple[Inline, ...]
    align: str | None = None  # 'left' | 'center' | 'right'


@dataclass(frozen=True)
class Table:
    header: tuple[TableCell, ...]
    rows: tuple[tuple[TableCell, ...], ...]
    caption: tuple[Inline, ...] = ()


@dataclass(frozen=True)
class Callout:
    """A boxed passage: 'summary' (the summary box), 'note' or 'warning'."""

    kind: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Quote:
    blocks: tuple[Block, ...]


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


Block = Heading | Paragraph | ListBlock | Table | Callout | Quote | Figure


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
    product: str  # a product id of the house profile, e.g. 'briefing'
    date: dt.date
    event_name: str
    event_place: str
    event_date: dt.date
    reference: str | None
    author: str | None
    service: str
    subtitle: str | None = None
    keywords: tuple[str, ...] = ()
    translated: int = 0  # translation units in the target language
    fallback: int = 0  # units shown in the source language
    dense: bool = False  # the house's product is set a half point denser (at a glance)
    draft: bool = False  # the pack is a draft: every document says so
    contents: bool = False  # the house's product opens with a table of contents
    untranslated: tuple[str, ...] = ()  # fields above shown in the source language ('title', ...)
    translation: str = ""  # the translation's status ("not yet revised"), in the reader's language


@dataclass(frozen=True)
class Document:
    meta: Meta
    blocks: tuple[Block, ...]
    footnotes: tuple[Footnote, ...] = ()
    references: tuple[Reference, ...] = ()
    # interface text in the document's language (a `labels.Labels`: key -> text)
    labels: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    # product id -> its name as the headline shows it ('BRIEFING', 'ΜΕ ΜΙΑ ΜΑΤΙΑ')
    headlines: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)


def plain_text(nodes: Iterable[Inline]) -> str:
    """The text of inline nodes, without markup (footnote markers dropped)."""
    out: list[str] = []
    for node in nodes:
        if isinstance(node, (Text, Code)):
            out.append(node.text)
        elif isinstance(node, (Strong, Emph, Link)):
            out.append(plain_text(node.children))
        elif isinstance(node, LineBreak):
            out.append(" ")
    return "".join(out)


def slug(text: str, seen: dict[str, int]) -> str:
    """A heading's anchor (`s-key-dates`), unique within one document: the HTML id, and the
    name internal links `[x](#s-key-dates)` use in every format."""
    base = "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")
    base = "-".join(filter(None, base.split("-")))[:60] or "section"
    base = "s-" + base
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base}-{seen[base]}"


def _headings(blocks: Iterable[Block]) -> list[Heading]:
    """Every heading, in the order anchors are numbered: the summary box first, then the
    body, nested blocks in reading order (the order the HTML page shows them)."""
    out: list[Heading] = []

    def walk(nodes: Iterable[Block]) -> None:
        for node in nodes:
            if isinstance(node, Heading):
                out.append(node)
            elif isinstance(node, (Callout, Quote)):
                walk(node.blocks)
            elif isinstance(node, ListBlock):
                for item in node.items:
                    walk(item)

    blocks = tuple(blocks)
    walk(b for b in blocks if isinstance(b, Callout) and b.kind == "summary")
    walk(b for b in blocks if not (isinstance(b, Callout) and b.kind == "summary"))
    return out


def with_section_ids(blocks: Iterable[Block]) -> tuple[Block, ...]:
    """The blocks with every heading's `id` set to its anchor (the parser's last step): the
    one place anchors are made, so every writer and the checks use the same."""
    blocks = tuple(blocks)
    seen: dict[str, int] = {}
    ids = {id(h): slug(plain_text(h.children), seen) for h in _headings(blocks)}

    def put(node: Block) -> Block:
        if isinstance(node, Heading):
            return Heading(node.level, node.children, ids[id(node)])
        if isinstance(node, Callout):
            return Callout(node.kind, tuple(put(b) for b in node.blocks))
        if isinstance(node, Quote):
            return Quote(tuple(put(b) for b in node.blocks))
        if isinstance(node, ListBlock):
            return ListBlock(node.ordered, tuple(tuple(put(b) for b in i) for i in node.items))
        return node

    return tuple(put(b) for b in blocks)


def section_ids(doc: Document) -> dict[int, str]:
    """id(heading node) -> its anchor (`Heading.id`), in the order anchors are numbered. A
    Document built by hand (in tests) may have headings without ids: they get the anchors
    `with_section_ids` would give them."""
    headings = _headings(doc.blocks)
    if any(not h.id for h in headings):
        headings = _headings(with_section_ids(doc.blocks))
        return {id(a): b.id for a, b in zip(_headings(doc.blocks), headings, strict=True)}
    return {id(h): h.id for h in headings}
