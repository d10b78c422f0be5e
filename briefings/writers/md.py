"""Document to Markdown (pandoc's dialect), built from the Document like every other writer.

What HTML and DOCX show, Markdown shows: the same blocks, the same merged notes, the same
references list and the timeline as a list. Text in another language than the document's
(an untranslated passage) is marked the way pandoc reads it: a bracketed span
`[text]{lang=en}` inline, a fenced div `::: {lang=en}` for a whole block.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

from .. import model as m
from ..i18n.formatting import format_date, punctuation
from . import WriteContext

# Characters with a meaning anywhere in a line, escaped with a backslash as pandoc and
# Python-Markdown both read it; '&', '<' and '>' as character references.
_SPECIAL = re.compile(r"([\\`*_\[\]!|])")
# What opens a block at the start of a line: '#', '-', '+', '1.', '1)'
_LEADING = re.compile(r"^(\s*)(?:([#+\-])(?=\s|$|#)|(\d+)([.)])(?=\s|$))")


def escape(text: str) -> str:
    """Plain text to Markdown that shows exactly that text ('2.8.2026' stays as it is)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ")
    return _SPECIAL.sub(r"\\\1", text)


def _lead(text: str) -> str:
    """A block's text, with what would open another block at its start escaped ('1\\. ', '\\# ')."""
    return _LEADING.sub(
        lambda mt: (
            f"{mt.group(1)}\\{mt.group(2)}"
            if mt.group(2)
            else f"{mt.group(1)}{mt.group(3)}\\{mt.group(4)}"
        ),
        text,
        count=1,
    )


class _Writer:
    def __init__(self, doc: m.Document):
        self.doc = doc
        self.lang = doc.meta.lang
        self.labels: Mapping[str, str] = doc.labels

    def label(self, key: str) -> str:
        return self.labels.get(key, key)

    # --- inline ---

    def inlines(self, nodes: Sequence[m.Inline], lang: str | None = None) -> str:
        out: list[str] = []
        for node in nodes:
            out.append(self.inline(node, lang))
        return "".join(out)

    def inline(self, node: m.Inline, lang: str | None) -> str:
        if isinstance(node, m.Text):
            text = escape(node.text)
            if node.lang and node.lang != lang and text.strip():
                lead = text[: len(text) - len(text.lstrip())]
                tail = text[len(text.rstrip()) :]
                return f"{lead}[{text.strip()}]{{lang={node.lang}}}{tail}"
            return text
        if isinstance(node, m.Strong):
            return f"**{self.inlines(node.children, lang)}**"
        if isinstance(node, m.Emph):
            return f"*{self.inlines(node.children, lang)}*"
        if isinstance(node, m.Code):
            ticks = "`" * (max((len(t) for t in re.findall("`+", node.text)), default=0) + 1)
            pad = " " if node.text.startswith("`") or node.text.endswith("`") else ""
            return f"{ticks}{pad}{node.text}{pad}{ticks}"
        if isinstance(node, m.Link):
            url = node.url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
            return f"[{self.inlines(node.children, lang)}]({url})"
        if isinstance(node, m.FootnoteRef):
            return f"[^{node.number}]"
        if isinstance(node, m.LineBreak):
            return "\\\n"
        raise TypeError(f"unknown inline node {type(node).__name__}")

    # --- blocks ---

    def blocks(self, nodes: Sequence[m.Block], lang: str | None = None) -> list[str]:
        return [self.block(b, lang) for b in nodes]

    def block(self, node: m.Block, lang: str | None) -> str:
        if isinstance(node, m.Heading):
            return "#" * node.level + " " + self.inlines(node.children, lang)
        if isinstance(node, m.Paragraph):
            if node.lang and node.lang != lang:
                return (
                    f"::: {{lang={node.lang}}}\n{_lead(self.inlines(node.children, node.lang))}"
                    "\n:::"
                )
            return _lead(self.inlines(node.children, lang))
        if isinstance(node, m.ListBlock):
            items = []
            for n, item in enumerate(node.items, 1):
                marker = f"{n}. " if node.ordered else "- "
                parts = self.blocks(item, lang)
                # a nested list follows its item's text at once (a tight list); 4 spaces nest
                body = "".join(
                    (("\n" if isinstance(b, m.ListBlock) else "\n\n") if i else "") + text
                    for i, (b, text) in enumerate(zip(item, parts, strict=True))
                )
                pad = "    "
                lines = body.split("\n")
                items.append(
                    marker
                    + lines[0]
                    + "".join("\n" + (pad + line if line else "") for line in lines[1:])
                )
            return "\n".join(items)
        if isinstance(node, m.Table):
            return self.table(node, lang)
        if isinstance(node, m.Callout):
            inner = "\n\n".join(self.blocks(node.blocks, lang))
            if node.kind == "summary":  # a plain section every Markdown reader shows
                return f"**{escape(self.label('Summary'))}**\n\n{inner}"
            return inner
        if isinstance(node, m.Quote):
            inner = "\n\n".join(self.blocks(node.blocks, lang))
            return "\n".join("> " + line if line else ">" for line in inner.split("\n"))
        if isinstance(node, m.Figure):
            return self.figure(node, lang)
        raise TypeError(f"unknown block node {type(node).__name__}")

    def table(self, node: m.Table, lang: str | None) -> str:
        def cell(c: m.TableCell) -> str:
            return self.inlines(c.children, lang).replace("|", "\\|") or " "

        def rule(c: m.TableCell) -> str:
            return {"left": ":---", "center": ":---:", "right": "---:"}.get(c.align or "", "---")

        header = node.header or tuple(m.TableCell(()) for _ in (node.rows[0] if node.rows else ()))
        # pandoc's caption
        lines = [f"Table: {self.inlines(node.caption, lang)}", ""] if node.caption else []
        lines += [
            "| " + " | ".join(cell(c) for c in header) + " |",
            "| " + " | ".join(rule(c) for c in header) + " |",
        ]
        lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in node.rows]
        return "\n".join(lines)

    def figure(self, node: m.Figure, lang: str | None) -> str:
        caption = self.inlines(node.caption, lang) if node.caption else escape(node.alt)
        colon = punctuation(": ", self.lang)  # French '\u00a0: '
        items = [
            f"- {_lead(escape(format_date(e.date, self.lang)))}{colon}{self.inlines(e.label, lang)}"
            for e in node.entries
        ]
        return f"**{caption}**\n\n" + "\n".join(items)

    def write(self) -> str:
        doc, meta = self.doc, self.doc.meta
        head = [
            "---",
            # JSON strings are valid YAML; pandoc reads metadata strings as Markdown
            f"title: {json.dumps(escape(meta.title), ensure_ascii=False)}",
        ]
        if meta.subtitle:
            head.append(f"subtitle: {json.dumps(escape(meta.subtitle), ensure_ascii=False)}")
        head += [f"lang: {meta.lang}", f"date: {meta.date.isoformat()}"]
        if meta.translation:
            head.append(f"translation: {json.dumps(escape(meta.translation), ensure_ascii=False)}")
        if meta.reference:
            head.append(f"identifier: {json.dumps(escape(meta.reference), ensure_ascii=False)}")
        head.append("---")
        parts = ["\n".join(head)]
        summary = [b for b in doc.blocks if isinstance(b, m.Callout) and b.kind == "summary"]
        rest = [b for b in doc.blocks if not (isinstance(b, m.Callout) and b.kind == "summary")]
        parts += self.blocks(summary) + self.blocks(rest)
        if doc.references:
            parts.append("## " + escape(self.label("Main references")))
            parts.append("\n".join("- " + _lead(self.inlines(r.children)) for r in doc.references))
        if doc.footnotes:
            parts.append(
                "\n".join(f"[^{n.number}]: {self.inlines(n.children)}" for n in doc.footnotes)
            )
        if self.labels.get("disclaimer"):
            parts.append("## " + escape(self.label("Disclaimer and copyright")))
            parts.append(_lead(escape(self.labels["disclaimer"])))
        return "\n\n".join(p for p in parts if p) + "\n"


class MarkdownWriter:
    """The `md` format: `write(doc, ctx) -> bytes` like every writer."""

    def write(self, doc: m.Document, ctx: WriteContext | None = None) -> bytes:
        return _Writer(doc).write().encode("utf-8")


def write_markdown(doc: m.Document) -> bytes:
    return MarkdownWriter().write(doc)
