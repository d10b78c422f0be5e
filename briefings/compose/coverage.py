"""Translation coverage of a composed Document, counted in words on what a reader sees.

Every visible text of the Document is counted: blocks, table cells, figure labels, notes,
references and the header fields. A word is in the reader's language unless its node is
tagged with another language; a tagged node is either a missing translation (fallback) or
text that is meant to be in its own language (`original`: the title of a source that exists
in one language only, a glossary column in another language): shown as it is, tagged, and
neither a gap nor the reader's language. Coverage is the share of the other words that are
in the reader's language, rounded down, so "100 %" means nothing at all is missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypedDict

from .. import model as m
from ..languages import SOURCE_LANGUAGE

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")  # 'part-session', 'l’IA': one word, as translators count

# header fields a reader sees, by Meta attribute (the service line and subtitle are only
# ever shown in the reader's language, so they are never fallback)
_META_FIELDS = ("title", "subtitle", "event_name", "event_place", "service")


def words(text: str) -> int:
    return len(_WORD.findall(text))


class CoverageDict(TypedDict):
    """A Coverage as the build manifest records it."""

    words: int
    fallback: int
    original: int
    percent: int


@dataclass(frozen=True)
class Coverage:
    words: int = 0  # every word a reader sees (of the content, not the interface)
    fallback: int = 0  # of which shown in the source language, untranslated
    original: int = 0  # of which titles of sources that exist only in their own language

    @property
    def percent(self) -> int:
        """Words in the reader's language among those that could be (original-language
        words left out), rounded down: 100 only when nothing is missing."""
        counted = self.words - self.original
        if counted <= 0:
            return 100
        return (counted - self.fallback) * 100 // counted

    @property
    def complete(self) -> bool:
        return self.fallback == 0

    def as_dict(self) -> CoverageDict:
        return {
            "words": self.words,
            "fallback": self.fallback,
            "original": self.original,
            "percent": self.percent,
        }


class _Count:
    def __init__(self, lang: str):
        self.lang = lang
        self.total = self.fallback = self.original = 0

    def text(self, text: str, lang: str | None, original: bool = False) -> None:
        n = words(text)
        self.total += n
        if lang and lang != self.lang:
            if original:
                self.original += n
            else:
                self.fallback += n

    def inlines(self, nodes: Iterable[m.Inline], lang: str | None = None) -> None:
        for node in nodes:
            if isinstance(node, m.Text):
                self.text(node.text, node.lang or lang, node.original)
            elif isinstance(node, m.Code):
                self.text(node.text, lang)
            elif isinstance(node, (m.Strong, m.Emph, m.Link)):
                self.inlines(node.children, lang)

    def blocks(self, nodes: Iterable[m.Block]) -> None:
        for node in nodes:
            if isinstance(node, m.Heading):
                self.inlines(node.children)
            elif isinstance(node, m.Paragraph):
                self.inlines(node.children, node.lang)
            elif isinstance(node, m.ListBlock):
                for item in node.items:
                    self.blocks(item)
            elif isinstance(node, m.Table):
                self.inlines(node.caption)
                for cell in node.header:
                    self.inlines(cell.children)
                for row in node.rows:
                    for cell in row:
                        self.inlines(cell.children)
            elif isinstance(node, (m.Callout, m.Quote)):
                self.blocks(node.blocks)
            elif isinstance(node, m.Figure):
                self.inlines(node.caption)
                for entry in node.entries:
                    self.inlines(entry.label)


def measure(doc: m.Document) -> Coverage:
    count = _Count(doc.meta.lang)
    for name in _META_FIELDS:
        value = getattr(doc.meta, name)
        if value:
            count.text(value, SOURCE_LANGUAGE if name in doc.meta.untranslated else None)
    count.blocks(doc.blocks)
    for note in doc.footnotes:
        count.inlines(note.children)
    for ref in doc.references:
        count.inlines(ref.children)
    return Coverage(count.total, count.fallback, count.original)


def notice(doc: m.Document, legend: str, cov: Coverage | None = None) -> str | None:
    """The truthful notice of a document not wholly in its language (None when it is):
    'not yet translated' or 'partly translated: N %', then the format's legend (`legend` is
    the label key saying how untranslated passages are marked; `cov`: the Document's coverage
    when the caller has it)."""
    if doc.meta.lang == SOURCE_LANGUAGE:
        return None
    cov = cov or measure(doc)
    if cov.complete:
        return None
    labels = doc.labels
    if cov.percent == 0:
        text = labels.get("notice_not_translated", "")
    else:
        text = labels.get("notice_partly", "").replace("{percent}", str(cov.percent))
    return f"{text} {labels.get(legend, '')}".strip()
