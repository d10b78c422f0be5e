"""Document to Typst markup, every inserted text escaped.

No text of the Document is ever written as Typst markup: each one becomes a Typst string
literal (`#"…"`), which Typst inserts as plain text, so facts and translations cannot
inject Typst code (`#`, `*`, `[`, `$`, `<label>` and the like stay literal). Labels for
headings are generated (`sec-1`, `fn-3`), never taken from the text. The layout itself
(`PREAMBLE`) is static.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from ... import model as m
from ...compose.coverage import notice
from ...i18n.formatting import format_date
from ...sources.house import pale_of
from ..columns import column_widths

CONTENT_WIDTH_PT = 481.9  # A4 less 2 cm margins each side, as the Word reference
ROW_BREAK_PT = 330  # a table row estimated taller than this may break across pages
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def lit(text: str) -> str:
    """A Typst string literal with the value `text` (non-printing characters as \\u{…})."""
    if text.isprintable():  # the common case, without a loop in Python
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    out = ['"']
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif 0xD800 <= ord(ch) <= 0xDFFF:  # lone surrogate: not a character
            out.append("\ufffd")
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        else:
            out.append(f"\\u{{{ord(ch):x}}}")
    out.append('"')
    return "".join(out)


_SPACES = set("\t\n\r\x0b\x0c\x85\u2028\u2029")
# every character `shown` changes or drops (besides `missing`): controls, separators, the
# BOM and the non-characters (U+FDD0-FDEF, and the last two code points of every plane)
_SPECIAL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufdd0-\ufdef"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(17))
    + "]"
)


def shown(value: str, missing: AbstractSet[str] = frozenset(), replacement: str = "\ufffd") -> str:
    """Text as it can be printed: line and paragraph separators become spaces, control
    characters and non-characters (which no font can show, and which PDF/UA refuses) are
    dropped, and characters no font has (`missing`, learnt from Typst) become U+FFFD
    (or `replacement`, where that too is missing in the style at hand)."""
    if not _SPECIAL.search(value) and (not missing or missing.isdisjoint(value)):
        return value  # the common case, without a loop in Python
    out = []
    for ch in value:
        o = ord(ch)
        if ch in _SPACES:
            out.append(" ")
        elif (
            o < 0x20
            or 0x7F <= o <= 0x9F
            or ch == "\ufeff"
            or (o & 0xFFFE) == 0xFFFE
            or 0xFDD0 <= o <= 0xFDEF
        ):
            continue
        elif ch in missing:
            out.append(replacement)
        else:
            out.append(ch)
    return "".join(out)


@dataclass(frozen=True)
class Logo:
    """The house logo for the page header: the file's bytes and Typst's name of its format."""

    data: bytes
    format: str  # "svg" or "png"


def bytes_lit(data: bytes) -> str:
    """A Typst expression with the value `data` (bytes): UTF-8 text (an SVG) as a string
    literal, anything else as an array of byte values."""
    try:
        return f"bytes({lit(data.decode('utf-8'))})"
    except UnicodeDecodeError:
        return f"bytes(({', '.join(map(str, data))},))"


def text(value: str, missing: AbstractSet[str] = frozenset(), replacement: str = "\ufffd") -> str:
    """Plain text in markup position."""
    value = shown(value, missing, replacement)
    return "#" + lit(value) if value else ""


ACCENT, PALE = "#0B4F9C", "#EEF3FA"  # without a house colour (the web page's default accent)


def colours(accent: str | None) -> str:
    """The preamble's colour definitions: the house's accent colour, or the default."""
    chosen, pale = (accent.upper(), pale_of(accent)) if accent else (ACCENT, PALE)
    return f'#let accent = rgb("{chosen}")\n#let pale = rgb("{pale}")\n'


PREAMBLE = r"""
#let rule = rgb("#A6B8CC")
#let muted = rgb("#4A4A4A")
#let ink = rgb("#1A1A1A")
#let untranslated(body) = highlight(fill: rgb("#FFF3E0"), text(fill: rgb("#7A3E00"), body))
#let untranslated-dark(body) = underline(stroke: (paint: rgb("#FFE0B2"), thickness: 0.6pt, dash: "dotted"), offset: 1.5pt, text(fill: rgb("#FFE0B2"), body))
#set page(paper: "a4", margin: (top: 2.2cm, bottom: 2.2cm, x: 2cm), header-ascent: 40%, footer-descent: 40%)
#set par(justify: true, spacing: 1.2em)
#set block(spacing: 0.8em)
#show heading: set text(fill: accent, weight: "bold", hyphenate: false)
#show heading: set par(justify: false)
#show heading.where(level: 1): set text(size: 16pt)
#show heading.where(level: 1): set block(above: 18pt, below: 6pt)
#show heading.where(level: 2): set text(size: 13pt)
#show heading.where(level: 2): set block(above: 12pt, below: 5pt)
#show heading.where(level: 3): set text(size: 11pt, fill: ink)
#show heading.where(level: 3): set block(above: 10pt, below: 4pt)
#show title: set text(size: 24pt, weight: "bold", fill: ink, hyphenate: false)
#show title: set par(justify: false, leading: 0.3em)
#show title: set block(above: 6pt, below: 8pt)
#show link: set text(fill: accent)
#show link: underline
#show raw: set text(font: "DejaVu Sans Mono", size: 0.95em)
#set list(marker: ([•], [–], [◦]), indent: 0.4em, body-indent: 0.6em, spacing: 0.45em)
#set enum(numbering: "1.a.i.", indent: 0.4em, body-indent: 0.6em, spacing: 0.45em)
#set footnote.entry(separator: line(length: 30%, stroke: 0.5pt + rule), gap: 0.35em)
#show footnote.entry: set text(size: 8pt)
// Note numbers are the Document's own (the label's `fn-N`), not Typst's footnote
// counter: a counter is known only after a first layout of the whole document, so
// every paragraph with a note was laid out twice (0.4 s against 0.24 s for the
// English briefing). The marker is therefore not a link; the note is tagged /Note.
#let note-number(note) = str(if type(note.body) == label { note.body } else { note.label }).slice(3)
#show footnote: it => super(note-number(it))
#show footnote.entry: it => par(hanging-indent: 1.2em, [#box(width: 1.2em, super(note-number(it.note)))#it.note.body])
#show footnote.entry: set par(justify: false)
#set table.cell(breakable: false)
#show table.cell: set text(size: 9pt, hyphenate: false)
#show table.cell: set par(justify: false, spacing: 0.3em)
#show table.cell.where(y: 0): set text(fill: white, weight: "bold")
#show table.cell.where(x: 0): set text(weight: "bold")
#show outline.entry: set text(fill: accent)
#let caption(body) = block(sticky: true, above: 10pt, below: 4pt, text(size: 9.5pt, weight: "bold", fill: accent, body))
#let meta-box(..lines) = block(fill: pale, stroke: (left: 3pt + accent), inset: (left: 7pt, right: 6pt, y: 5pt), width: 100%, above: 6pt, below: 12pt, {
  set text(size: 9pt)
  set par(justify: false, spacing: 0.35em)
  for line in lines.pos() { par(line) }
})
#let summary(label, body) = block(fill: pale, stroke: 0.75pt + accent, inset: (x: 9pt, top: 8pt, bottom: 6pt), width: 100%, above: 12pt, below: 14pt, {
  show heading: set text(size: 11pt, fill: accent)
  show heading: set block(above: 0pt, below: 6pt)
  show heading: upper
  heading(level: 1, outlined: false, bookmarked: true, label)
  body
})
#let timeline(rows) = grid(columns: (105pt, 1fr), row-gutter: 0pt, ..rows.map(r => {
  let (date, label, highlight) = r
  let colour = if highlight { accent } else { ink }
  let weight = if highlight { "bold" } else { "regular" }
  let size = if highlight { 4.2pt } else { 3pt }
  (
    grid.cell(inset: (right: 8pt, bottom: 9pt), text(fill: colour, weight: weight, size: 9.5pt, date)),
    grid.cell(inset: (left: 14pt, bottom: 9pt), stroke: (left: 1.5pt + rgb("#595959")), {
      place(left + top, dx: -14pt - size - 0.75pt, dy: 0.45em - size, circle(radius: size, fill: colour, stroke: none))
      set par(justify: false)
      text(fill: colour, weight: weight, size: 9.5pt, label)
    }),
  )
}).flatten())
"""  # noqa: E501 (Typst markup, copied into every PDF's source as it is: not wrapped here)


class _Writer:
    def __init__(
        self,
        doc: m.Document,
        missing: Iterable[str] = frozenset(),
        replacement: str = "\ufffd",
        logo: Logo | None = None,
        accent: str | None = None,
    ) -> None:
        self.doc = doc
        self.logo = logo
        self.accent = accent
        self.missing = frozenset(missing)
        self.replacement = replacement
        self.labels = doc.labels
        self.ids = m.section_ids(doc)
        self.anchors: dict[str, str] = {}  # '#s-key-dates' target -> Typst label
        for n, anchor in enumerate(self.ids.values(), start=1):
            self.anchors.setdefault(anchor, f"sec-{n}")
        self.heading_label = {node_id: self.anchors[a] for node_id, a in self.ids.items()}
        self.notes = {note.number: note for note in doc.footnotes}
        self.notes_done: set[int] = set()
        self.dark = False  # inside a table's header row (white on blue)

    def label(self, key: str) -> str:
        return self.labels.get(key, key)

    def text(self, value: str) -> str:
        return text(value, self.missing, self.replacement)

    # --- inlines ---

    def inlines(self, nodes: Iterable[m.Inline], lang: str | None = None) -> str:
        out = []
        for node in nodes:
            if isinstance(node, m.Text):
                text_lang = node.lang or lang
                if text_lang:
                    # on the header row's blue
                    mark = "untranslated-dark" if self.dark else "untranslated"
                    out.append(f"#text(lang: {lit(text_lang)})[#{mark}[{self.text(node.text)}]]")
                else:
                    out.append(self.text(node.text))
            elif isinstance(node, m.Strong):
                out.append(f"#strong[{self.inlines(node.children, lang)}]")
            elif isinstance(node, m.Emph):
                out.append(f"#emph[{self.inlines(node.children, lang)}]")
            elif isinstance(node, m.Code):
                out.append(f"#raw({lit(shown(node.text, self.missing, self.replacement))})")
            elif isinstance(node, m.LineBreak):
                out.append("#linebreak()")
            elif isinstance(node, m.Link):
                inner = self.inlines(node.children, lang)
                if node.url.startswith("#"):
                    target = self.anchors.get(node.url[1:])
                    out.append(f"#link(<{target}>)[{inner}]" if target else inner)
                else:
                    out.append(f"#link({lit(node.url)})[{inner}]")
            elif isinstance(node, m.FootnoteRef):
                out.append(self.footnote(node.number))
            else:
                raise TypeError(f"unknown inline node {type(node).__name__}")
        return "".join(out)

    def footnote(self, number: int) -> str:
        note = self.notes.get(number)
        if note is None:
            return ""
        if number in self.notes_done:  # a second reference to the same note
            return f"#footnote(<fn-{number}>)"
        self.notes_done.add(number)
        return f"#footnote[{self.inlines(note.children)}]<fn-{number}>"

    # --- blocks ---

    def blocks(self, nodes: Iterable[m.Block]) -> str:
        return "\n\n".join(b for b in (self.block(n) for n in nodes) if b)

    def block(self, node: m.Block) -> str:
        if isinstance(node, m.Heading):
            if not shown(m.plain_text(node.children)).strip():
                return ""  # PDF/UA forbids empty headings; there is nothing to show
            level = min(max(node.level - 1, 1), 3)
            tag = self.heading_label.get(id(node))
            suffix = f" <{tag}>" if tag else ""
            return f"#heading(level: {level})[{self.inlines(node.children)}]{suffix}"
        if isinstance(node, m.Paragraph):
            return f"#par[{self.inlines(node.children, node.lang)}]"
        if isinstance(node, m.ListBlock):
            kind = "enum" if node.ordered else "list"
            items = ", ".join(f"[{self.blocks(item)}]" for item in node.items)
            return f"#{kind}(tight: true, {items})"
        if isinstance(node, m.Table):
            return self.table(node)
        if isinstance(node, m.Callout):
            if node.kind == "summary":
                return f"#summary({lit(self.label('Summary'))})[{self.blocks(node.blocks)}]"
            return f"#pad(x: 1cm)[{self.blocks(node.blocks)}]"
        if isinstance(node, m.Quote):
            return f"#pad(x: 1cm)[#quote(block: true)[{self.blocks(node.blocks)}]]"
        if isinstance(node, m.Figure):
            return self.figure(node)
        raise TypeError(f"unknown block node {type(node).__name__}")

    def table(self, node: m.Table) -> str:
        cols = max([len(node.header)] + [len(r) for r in node.rows]) or 1
        widths = column_widths(node, cols, CONTENT_WIDTH_PT)
        columns = ", ".join(f"{w:.2f}pt" for w in widths)

        def tall(cells: Sequence[m.TableCell | None]) -> bool:
            """Rows are kept on one page (Word's cantSplit, and far cheaper to lay out
            around footnotes), unless a row may be taller than half a page: then it may
            break, or its end would be cut off."""
            for i, c in enumerate(cells[:cols]):
                per_line = max(widths[i] - 8, 10) / 4.2  # characters per line at 9 pt
                if c is not None and len(m.plain_text(c.children)) / per_line * 11 > ROW_BREAK_PT:
                    return True
            return False

        def cell(c: m.TableCell | None, breakable: bool) -> str:
            args = []
            if c is not None and c.align in ("right", "center"):
                args.append(f"align: {c.align}")
            if breakable:
                args.append("breakable: true")
            # once: notes are numbered as met
            body = f"[{self.inlines(c.children)}]" if c is not None else "[]"
            return f"table.cell({', '.join(args)}){body}" if args else body

        def row(cells: Sequence[m.TableCell]) -> str:
            padded: list[m.TableCell | None] = [*cells, *[None] * (cols - len(cells))]
            breakable = tall(padded)
            return ", ".join(cell(c, breakable) for c in padded[:cols])

        parts = []
        if node.header:
            self.dark = True
            parts.append(f"table.header(repeat: true, {row(node.header)})")
            self.dark = False
        parts += [row(r) for r in node.rows]
        out = (
            f"#table(columns: ({columns},), stroke: 0.5pt + rule, inset: (x: 4pt, y: 3pt), "
            f"fill: (x, y) => if y == 0 {{ accent }} else if x == 0 {{ pale }}, {', '.join(parts)})"
        )
        if node.caption:
            out = f"#caption[{self.inlines(node.caption)}]\n\n" + out
        return out

    def figure(self, node: m.Figure) -> str:
        lang = self.doc.meta.lang
        rows = ", ".join(
            f"({lit(shown(format_date(e.date, lang), self.missing, self.replacement))}, "
            f"[{self.inlines(e.label)}], {'true' if e.highlight else 'false'})"
            for e in node.entries
        )
        caption = (
            f", caption: figure.caption(position: bottom)[{self.inlines(node.caption)}]"
            if node.caption
            else ""
        )
        alt = node.alt.strip() or m.plain_text(node.caption).strip() or self.label("Timeline")
        return (
            f"#figure(kind: image, numbering: none, supplement: none, alt: {lit(alt)}{caption})"
            f"[#align(left, timeline(({rows},)))]"
        )

    # --- the document ---

    def front(self) -> list[str]:
        meta = self.doc.meta
        title = shown(meta.title).strip() or meta.document
        headline = self.doc.headlines.get(meta.product) or self.label(meta.product).upper()
        if meta.draft:
            headline += " · " + (self.doc.labels.get("draft_caps") or self.label("Draft").upper())
        out = [
            '#par(justify: false)[#text(size: 11pt, weight: "bold", fill: accent, tracking: 1pt)'
            f"[{self.text(headline)}]]",
            f"#title[{self.text(title)}]",
        ]
        if meta.subtitle:
            out.append(
                f"#par(justify: false)[#text(size: 14pt, fill: muted)[{self.text(meta.subtitle)}]]"
            )
        lines = [
            f"{self.label('Event')}: {meta.event_name}, {meta.event_place}, "
            f"{self.label('event_date')}",
            meta.service,
            f"{self.label('Reference')}: {meta.reference or self.label('not yet assigned')} – "
            f"{self.label('month_year')}",
            f"{self.label('Language')}: {meta.lang.upper()}",
            meta.translation and f"{self.label('Translation')}: {meta.translation}",
        ]
        out.append("#meta-box(" + ", ".join(f"[{self.text(line)}]" for line in lines if line) + ")")
        text = notice(self.doc, "legend_docx")  # shaded, as in Word
        if text:
            out.append(f"#par[#strong[{self.text(text)}]]")
        return out

    def contents(self, rest: Sequence[m.Block]) -> str:
        level2 = [b for b in rest if isinstance(b, m.Heading) and b.level == 2]
        if not self.doc.meta.contents or len(level2) <= 2:
            return ""
        # The outline is empty in Typst's first layout pass (it lists what that pass
        # finds), so a plain `outline` grew by its entries in the second and moved every
        # page after it: a whole second layout of the document (0.07 s of 0.24 s for the
        # English briefing). Its block is therefore given, from the first pass, the height
        # of a stand-in with the same entries, measured (not laid out in the page, not
        # tagged); the stand-in's page numbers are wider than any real one, so should a
        # title wrap differently the difference is a gap below, never an overlap.
        entries = [
            h
            for h in _headings(self.doc.blocks)
            if min(max(h.level - 1, 1), 3) == 1 and shown(m.plain_text(h.children)).strip()
        ]
        stand_in = "".join(
            f"#block[#par(justify: false)[{self.text(m.plain_text(h.children))} "
            "#box(width: 1fr) 0000]]"
            for h in entries
        )
        return (
            "#heading(level: 1, outlined: false, bookmarked: false, "
            f"{lit(self.label('In this briefing'))})\n\n"
            "#layout(size => block(width: 100%, breakable: false, "
            f"height: measure(width: size.width)[{stand_in}].height, "
            "outline(title: none, depth: 1, indent: 0pt)))"
        )

    def back(self) -> list[str]:
        out = []
        if self.doc.references:
            out.append(
                "#heading(level: 1, outlined: false, bookmarked: true)"
                f"[{self.text(self.label('Main references'))}]"
            )
            for ref in self.doc.references:
                out.append(
                    "#par(justify: false, hanging-indent: 14pt, spacing: 0.6em)"
                    f"[#text(size: 9.5pt)[{self.inlines(ref.children)}]]"
                )
        if self.doc.labels.get("disclaimer"):
            disclaimer = self.label("Disclaimer and copyright") + ". " + self.label("disclaimer")
            out.append(
                "#block(stroke: (top: 0.5pt + rule), inset: (top: 6pt), above: 14pt, width: 100%)"
                "[#set text(size: 8pt, fill: muted); "
                f"#par(justify: false)[{self.text(disclaimer)}]]"
            )
        return out

    def page_furniture(self) -> str:
        meta = self.doc.meta
        service = self.doc.labels.get("byline", "")
        reference = meta.reference or self.label("not yet assigned")
        pages = []
        for part in re.split(r"(\{page\}|\{pages\})", self.label("Page {page} of {pages}")):
            if part == "{page}":
                pages.append("#context counter(page).display()")
            elif part == "{pages}":
                pages.append("#context str(counter(page).final().first())")
            elif part:
                pages.append(self.text(part))
        mark = ""
        if self.logo:
            # In the running header, as the Word file has it. Typst tags the header of
            # every page as a pagination artifact, and so the logo with it: PDF/UA asks that
            # repeated page furniture not be read out on every page, and what the logo says
            # (the publisher) is in the text (the byline, the disclaimer, the Author). The
            # alt text, in the reader's language, goes with the image all the same.
            alt = (
                shown(self.label("logo_alt")).strip()
                or shown(self.doc.labels.get("publisher", "")).strip()
            )
            mark = (
                f"#box(baseline: 30%, image({bytes_lit(self.logo.data)}, "
                f"format: {lit(self.logo.format)}, height: 0.7cm, "
                f"alt: {lit(alt or 'logo')}))#h(5pt)"
            )
        header = (
            f"#set text(size: 8pt, fill: muted); {mark}{self.text(service)} "
            f"#h(1fr) {self.text(reference)}"
        )
        footer = (
            f"#set text(size: 8pt, fill: muted); #set par(justify: false); "
            "#grid(columns: (1fr, auto), column-gutter: 12pt, "
            f"[{self.text(meta.title)}], [{''.join(pages)}])"
        )
        return f"#set page(header: [{header}], footer: [{footer}])"

    def source(self) -> str:
        doc, meta = self.doc, self.doc.meta
        size = "9.5pt" if meta.dense else "10pt"
        keywords = ", ".join(lit(k) for k in meta.keywords)
        event = f"{meta.event_name}, {meta.event_place}, {meta.event_date.isoformat()}"
        head = [
            "\n" + colours(self.accent) + PREAMBLE.lstrip("\n"),
            f"#set document(title: {lit(shown(meta.title).strip() or meta.document)}, "
            f"author: {lit(meta.author or self.doc.labels.get('publisher') or 'briefings')}, "
            f"description: {lit(event)}, "
            f"keywords: ({keywords}{',' if keywords else ''}))",
            # justified without hyphenation, as the Word reference's BodyText (and about a
            # third cheaper to lay out: fewer break points to try)
            f'#set text(font: "Carlito", size: {size}, lang: {lit(meta.lang)}, hyphenate: false)',
            self.page_furniture(),
        ]
        summary = [b for b in doc.blocks if isinstance(b, m.Callout) and b.kind == "summary"]
        rest = [b for b in doc.blocks if not (isinstance(b, m.Callout) and b.kind == "summary")]
        body = (
            self.front()
            + [self.blocks(summary), self.contents(rest)]
            + [self.blocks(rest)]
            + self.back()
        )
        # the HTML and Word writers place the summary box where the template has it; it
        # opens the document in every shipped template
        return "\n".join(head) + "\n\n" + "\n\n".join(b for b in body if b) + "\n"


def _headings(blocks: Iterable[m.Block]) -> Iterator[m.Heading]:
    """Every heading, in order, as `_Writer.block` writes them (callouts and quotes included)."""
    for node in blocks:
        if isinstance(node, m.Heading):
            yield node
        elif isinstance(node, (m.Callout, m.Quote)):
            yield from _headings(node.blocks)
        elif isinstance(node, m.ListBlock):
            for item in node.items:
                yield from _headings(item)


def typst_source(
    doc: m.Document,
    missing: Iterable[str] = frozenset(),
    replacement: str = "\ufffd",
    logo: Logo | None = None,
    accent: str | None = None,
) -> str:
    """The Typst markup of `doc`; characters in `missing` are printed as `replacement`;
    `logo`, the house logo, goes in the page header; `accent` (#rrggbb), the house's
    accent colour, colours headings, links, the table head and the boxes' edges."""
    return _Writer(doc, missing, replacement, logo, accent).source()
