"""Resolved Markdown to the Document model's blocks, through Python-Markdown's tree.

Python-Markdown parses (tables, footnotes, admonitions for the summary box):
`element_tree` runs its preprocessors, block parser and treeprocessors (the public
`Markdown.preprocessors`, `.parser` and `.treeprocessors`, in the order `convert()` runs
them) and stops at the element tree, which is mapped onto the closed set of model nodes.
Anything outside that set (raw HTML above all) is an error naming the file and line: it is
never passed through.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence

import markdown

from .. import marks
from .. import model as m
from ..errors import Problems
from ..sources.fields import SAFE_URL_RE

_STASH = markdown.util.HTML_PLACEHOLDER_RE  # a stashed raw-HTML block: \x02wzxhzdk:N\x03
_MARKER = re.compile("\x02[^\x03]*\x03")
# Python-Markdown writes an email autolink's characters as entities behind this marker.
_AMP_ENTITY = re.compile("\x02amp\x03(#\\d{1,7};|#x[0-9a-fA-F]{1,6};)")


def _decode_amp(text: str) -> str:
    return _AMP_ENTITY.sub(lambda match: html.unescape("&" + match.group(1)), text)


_ENTITY = re.compile(r"^&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);$")
_CAPTION = re.compile(r"^Table:\s*")
_CALLOUT_KINDS = {"summary", "note", "warning"}
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# Bounds checked before Python-Markdown sees a text: its block parser recurses once per
# nesting level, and its inline parser is quadratic in the number of tokens of a block
# ('&', '<', escapes; unescaped '[' above all).
MAX_QUOTE_DEPTH = 16
MAX_INDENT = 64  # columns of leading white space (16 list levels)
MAX_TOKENS = 10_000  # '&', '<', '>', '\\', '*', '_', '`' in one block
MAX_BRACKETS = 300  # unescaped '[' in one block
_TOKENS = re.compile(r"[&<>\\*_`]")
_BRACKET = re.compile(r"(?<!\\)\[")
_NESTING = re.compile(r"(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+")
_NESTING_MARK = re.compile(r">|[-*+]|\d{1,9}[.)]")


def markdown_limits(text: str) -> list[tuple[int, str]]:
    """(line, message) for each place that would make the Markdown parser recurse too
    deeply or take quadratic time; a table row counts as a block of its own."""
    out: list[tuple[int, str]] = []
    block: list[str] = []
    start = 1

    def close_block() -> None:
        if not block:
            return
        joined = "\n".join(block)
        tokens = len(_TOKENS.findall(joined))
        if tokens > MAX_TOKENS:
            out.append(
                (
                    start,
                    f"{tokens} special characters ('&', '<', '>', '*', '_', escapes) in one "
                    f"paragraph (at most {MAX_TOKENS}): split it",
                )
            )
        brackets = len(_BRACKET.findall(joined))
        if brackets > MAX_BRACKETS:
            out.append(
                (start, f"{brackets} '[' in one paragraph (at most {MAX_BRACKETS}): split it")
            )

    for n, line in enumerate(text.split("\n"), 1):
        body = line.lstrip(" \t")
        indent = len(line[: len(line) - len(body)].expandtabs(4))
        if indent > MAX_INDENT:
            out.append((n, f"indented {indent} columns (at most {MAX_INDENT}): nested too deeply"))
        prefix = _NESTING.match(line)
        depth = len(_NESTING_MARK.findall(prefix.group(0))) if prefix else 0
        if depth > MAX_QUOTE_DEPTH:
            out.append(
                (n, f"quotes and lists nested {depth} deep on one line (at most {MAX_QUOTE_DEPTH})")
            )
        if len(out) > 20:
            break
        if not body or body.startswith("|"):
            close_block()
            block, start = [line] if body else [], n
            if body:
                close_block()
                block = []
            continue
        if not block:
            start = n
        block.append(line)
    close_block()
    return out


def _markdown() -> markdown.Markdown:
    md = markdown.Markdown(
        extensions=["tables", "footnotes", "admonition", "sane_lists"],
        extension_configs={"footnotes": {"UNIQUE_IDS": False}},
    )
    md.treeprocessors.deregister("prettify")  # whitespace for serialised HTML we never make
    return md


def element_tree(md: markdown.Markdown, text: str) -> ET.Element | None:
    """Python-Markdown's own steps up to the element tree, without serialising to HTML
    and parsing nothing twice (convert() would also build an HTML string we throw away)."""
    if not text.strip():
        return None
    lines = text.split("\n")
    for prep in md.preprocessors:
        lines = prep.run(lines)
    root = md.parser.parseDocument(lines).getroot()
    if root is None:  # never: the block parser always builds a root (the stubs allow None)
        return None
    for treeprocessor in md.treeprocessors:
        new_root = treeprocessor.run(root)
        if new_root is not None:
            root = new_root
    return root


class Parser:
    """Reusable: one Python-Markdown instance, reset between documents."""

    def __init__(self) -> None:
        self.md = _markdown()
        self.notes_md = _markdown()
        self._note_cache: dict[str, tuple[m.Inline, ...]] = {}

    def note(self, text: str, file: str, problems: Problems) -> tuple[m.Inline, ...]:
        """The inline nodes of one citation footnote (parsed once per distinct text)."""
        if text not in self._note_cache:
            self.notes_md.reset()
            conv = _Converter(self.notes_md, text, file, {})
            clean = conv.clean(text)
            for _line, message in markdown_limits(clean):  # a citation's lines are not the file's
                conv.problems.add(f"in a citation: {message}", file=file)
            root = element_tree(self.notes_md, clean) if not conv.problems.errors else None
            nodes: list[m.Inline] = []
            for block in conv.blocks(root) if root is not None else ():
                if isinstance(block, m.Paragraph):
                    nodes.extend(block.children)
            problems.extend(conv.problems)
            if conv.problems.errors:
                return ()
            self._note_cache[text] = tuple(_strip_end(_merge(nodes)))
            if len(self._note_cache) > 4000:
                self._note_cache.pop(next(iter(self._note_cache)))
        return self._note_cache[text]

    def parse(
        self,
        text: str,
        file: str,
        figures: Mapping[int, m.Figure] | None = None,
        notes: Sequence[str] = (),
    ) -> tuple[tuple[m.Block, ...], tuple[m.Footnote, ...], Problems]:
        """(blocks, footnotes, problems) for one resolved Markdown text; `notes` are the
        texts of the citation footnotes its markers point to."""
        self.md.reset()
        conv = _Converter(self.md, text, file, figures or {})
        text = conv.clean(text)
        limits = markdown_limits(text)
        for line, message in limits:
            conv.problems.add(message, file=file, line=line)
        if limits:
            return (), (), conv.problems
        root = element_tree(self.md, text)
        if root is None:  # Python-Markdown stops early on blank input
            return (), (), conv.problems
        blocks: list[m.Block] = []
        footnotes: list[m.Footnote] = []
        children = list(root)
        i = 0
        while i < len(children):
            el = children[i]
            if el.tag == "div" and "footnote" in el.get("class", "").split():
                footnotes = conv.footnotes(el)
            elif (
                el.tag == "p"
                and _CAPTION.match(el.text or "")
                and i + 1 < len(children)
                and children[i + 1].tag == "table"
            ):
                blocks.append(conv.table(children[i + 1], caption=conv.caption(el)))
                i += 1
            else:
                block = conv.block(el)
                if block is not None:
                    blocks.append(block)
            i += 1
        for key, number in conv.note_numbers.items():
            if key.startswith("cite:"):
                index = int(key[5:]) - 1
                if 0 <= index < len(notes):
                    footnotes.append(
                        m.Footnote(number, self.note(notes[index], file, conv.problems))
                    )
        footnotes.sort(key=lambda n: n.number)
        return m.with_section_ids(blocks), tuple(footnotes), conv.problems


class _Converter:
    def __init__(
        self, md: markdown.Markdown, source: str, file: str, figures: Mapping[int, m.Figure]
    ):
        self.md, self.source, self.file, self.figures = md, source, file, figures
        self.problems = Problems()
        self.note_numbers: dict[str, int] = {}
        self.span_lang: tuple[str, bool] | None = None  # the innermost span: (lang, original)
        self.spans: list[tuple[str, bool]] = []

    # --- errors ---

    def clean(self, text: str) -> str:
        """Characters XML (and so Word) cannot hold are removed, with a warning naming the
        line."""

        def drop(match: re.Match[str]) -> str:
            line = text.count("\n", 0, match.start()) + 1
            self.problems.warn(
                f"removed the control character U+{ord(match.group()):04X}, which documents "
                "cannot hold",
                file=self.file,
                line=line,
            )
            return ""

        return _FORBIDDEN.sub(drop, text)

    def line_of(self, needle: str) -> int | None:
        pos = self.source.find(needle) if needle else -1
        return self.source.count("\n", 0, pos) + 1 if pos >= 0 else None

    def reject(self, what: str, needle: str = "") -> None:
        self.problems.add(
            f"{what} is not allowed in a briefing (only Markdown is)",
            file=self.file,
            line=self.line_of(needle),
        )

    # --- text ---

    def text(self, raw: str | None) -> list[m.Inline]:
        if not raw:
            return []
        out: list[str] = []
        pos = 0
        for match in _STASH.finditer(raw):
            out.append(raw[pos : match.start()])
            index = int(match.group(1))
            if index >= len(self.md.htmlStash.rawHtmlBlocks):
                pos = match.end()
                continue
            stashed = self.md.htmlStash.rawHtmlBlocks[index]
            stashed = (
                stashed if isinstance(stashed, str) else ET.tostring(stashed, encoding="unicode")
            )
            if _ENTITY.match(stashed.strip()):
                out.append(html.unescape(stashed.strip()))
            else:
                self.reject(f"raw HTML {stashed.strip()[:40]!r}", stashed.strip())
            pos = match.end()
        out.append(raw[pos:])
        text = _MARKER.sub("", _decode_amp("".join(out)))
        nodes: list[m.Inline] = []
        for piece in marks.SPAN_PIECES.split(text):
            if piece == marks.FALLBACK_END:
                # spans nest (an untranslated fact in an untranslated unit)
                if self.spans:
                    self.spans.pop()
                self.span_lang = self.spans[-1] if self.spans else None
            elif piece.startswith((marks.FALLBACK_OPEN, marks.ORIGINAL_OPEN)):
                self.spans.append((piece[1:3], piece[0] == marks.ORIGINAL_OPEN))
                self.span_lang = self.spans[-1]
            elif piece.startswith(marks.NOTE_OPEN):
                nodes.append(m.FootnoteRef(self.note_number("cite:" + piece[1:-1])))
            elif piece:
                lang, original = self.span_lang or (None, False)
                nodes.append(m.Text(piece, lang, original))
        return nodes

    def inlines(self, el: ET.Element) -> tuple[m.Inline, ...]:
        out = self.text(el.text)
        for child in el:
            out.extend(self.inline(child))
            out.extend(self.text(child.tail))
        return tuple(_merge(out))

    def inline(self, el: ET.Element) -> list[m.Inline]:
        tag = el.tag
        if tag == "strong":
            return [m.Strong(self.inlines(el))]
        if tag == "em":
            return [m.Emph(self.inlines(el))]
        if tag == "code":
            return [m.Code(el.text or "")]
        if tag == "br":
            return [m.LineBreak()]
        if tag == "sup" and len(el) == 1 and "footnote-ref" in el[0].get("class", ""):
            target = el[0].get("href", "")[1:]
            return [m.FootnoteRef(self.note_number(target))]
        if tag == "a":
            if "footnote-backref" in el.get("class", ""):
                return []
            href = _decode_amp(el.get("href", ""))
            if not SAFE_URL_RE.match(href) and not href.startswith("#"):
                self.problems.add(
                    f"link target {href[:60]!r}: only http, https and mailto links are allowed",
                    file=self.file,
                    line=self.line_of(href),
                )
                return list(self.inlines(el))
            return [m.Link(href, self.inlines(el))]
        if tag == "img":
            self.reject("an image", el.get("src", ""))
            return []
        self.reject(f"<{tag}>")
        return list(self.inlines(el))

    def note_number(self, target: str) -> int:
        if target not in self.note_numbers:
            self.note_numbers[target] = len(self.note_numbers) + 1
        return self.note_numbers[target]

    # --- blocks ---

    def blocks(self, el: ET.Element) -> tuple[m.Block, ...]:
        """Child blocks of a container; loose text (tight list items) becomes a paragraph."""
        out: list[m.Block] = []
        lead = self.text(el.text.lstrip() if el.text else "")
        inline_run: list[m.Inline] = list(lead)
        for child in el:
            if child.tag in ("strong", "em", "code", "a", "sup", "br", "img"):
                inline_run.extend(self.inline(child))
                inline_run.extend(self.text(child.tail))
                continue
            if inline_run:
                out.append(m.Paragraph(tuple(_merge(inline_run))))
                inline_run = []
            block = self.block(child)
            if block is not None:
                out.append(block)
            if child.tail and child.tail.strip():
                inline_run.extend(self.text(child.tail.lstrip()))
        if inline_run and any(not isinstance(n, m.Text) or n.text.strip() for n in inline_run):
            out.append(m.Paragraph(tuple(_merge(inline_run))))
        return tuple(out)

    def block(self, el: ET.Element) -> m.Block | None:
        self.span_lang, self.spans = None, []  # a span never crosses a block boundary
        tag = el.tag
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            level = int(tag[1])
            if level == 1:
                self.problems.add(
                    "use '##' for sections: the document title is the only level-1 heading",
                    file=self.file,
                    line=self.line_of("\n# ") or 1,
                )
            return m.Heading(max(2, min(level, 4)), self.inlines(el))
        if tag == "p":
            match = marks.FIGURE_LINE.match((el.text or "").strip())
            if match and len(el) == 0 and int(match.group(1)) in self.figures:
                return self.figures[int(match.group(1))]
            inl = self.inlines(el)
            return m.Paragraph(inl) if inl else None
        if tag in ("ul", "ol"):
            items = tuple(self.blocks(li) for li in el if li.tag == "li")
            return m.ListBlock(tag == "ol", items)
        if tag == "table":
            return self.table(el)
        if tag == "blockquote":
            return m.Quote(self.blocks(el))
        if tag == "div" and "admonition" in el.get("class", "").split():
            kinds = [c for c in el.get("class", "").split() if c != "admonition"]
            kind = kinds[0] if kinds and kinds[0] in _CALLOUT_KINDS else "note"
            children = list(el)
            if (
                children
                and children[0].tag == "p"
                and "admonition-title" in children[0].get("class", "")
            ):
                # a box has no title of its own: the summary box is headed 'Summary' in the
                # reader's language, and a quoted title would be English in every language
                written = "".join(children[0].itertext())
                if kinds and written != kinds[0].capitalize():  # Python-Markdown's default
                    self.problems.add(
                        f"a box title ('!!! {kinds[0]} \"{written}\"') is not supported: the "
                        "summary box is headed 'Summary' in the reader's language and other "
                        "boxes have no title; remove the quoted title",
                        file=self.file,
                        line=self.line_of(written),
                    )
                el.remove(children[0])
            return m.Callout(kind, self.blocks(el))
        if tag == "hr":
            return None
        if tag == "pre":
            self.reject("an indented code block", (el[0].text or "")[:30] if len(el) else "")
            return None
        if tag == "p" or tag == "div":
            return m.Paragraph(self.inlines(el))
        self.reject(f"<{tag}>")
        return None

    def caption(self, el: ET.Element) -> tuple[m.Inline, ...]:
        inl = list(self.inlines(el))
        if inl and isinstance(inl[0], m.Text):
            inl[0] = m.Text(_CAPTION.sub("", inl[0].text, count=1))
        return tuple(inl)

    def table(self, el: ET.Element, caption: tuple[m.Inline, ...] = ()) -> m.Table:
        def cells(tr: ET.Element) -> tuple[m.TableCell, ...]:
            return tuple(m.TableCell(self.inlines(td), _align(td.get("style", ""))) for td in tr)

        head_row = el.find("thead/tr")  # the tables extension writes exactly one
        body = el.find("tbody")
        header = cells(head_row) if head_row is not None else ()
        rows = tuple(cells(tr) for tr in body) if body is not None else ()
        return m.Table(header, rows, caption)

    def footnotes(self, div: ET.Element) -> list[m.Footnote]:
        notes: list[m.Footnote] = []
        ol = div.find("ol")
        for li in ol if ol is not None else []:
            number = self.note_number(li.get("id", ""))
            blocks = self.blocks(li)
            inl: list[m.Inline] = []
            for block in blocks:
                if isinstance(block, m.Paragraph):
                    if inl:
                        inl.append(m.Text(" "))
                    inl.extend(block.children)
            notes.append(m.Footnote(number, tuple(_strip_end(_merge(inl)))))
        notes.sort(key=lambda n: n.number)
        return notes


def _align(style: str) -> str | None:
    match = re.search(r"text-align:\s*(left|right|center)", style)
    return match.group(1) if match else None


def _merge(nodes: list[m.Inline]) -> list[m.Inline]:
    """Adjacent plain Text nodes joined into one."""
    out: list[m.Inline] = []
    for node in nodes:
        if (
            out
            and isinstance(node, m.Text)
            and isinstance(out[-1], m.Text)
            and (node.lang, node.original) == (out[-1].lang, out[-1].original)
        ):
            out[-1] = m.Text(out[-1].text + node.text, node.lang, node.original)
        else:
            out.append(node)
    return out


def _strip_end(nodes: list[m.Inline]) -> list[m.Inline]:
    if nodes and isinstance(nodes[-1], m.Text):
        nodes[-1] = m.Text(nodes[-1].text.rstrip(), nodes[-1].lang, nodes[-1].original)
    return nodes
