"""Document to DOCX bytes: body, footnotes, header and footer written as WordprocessingML.

python-docx opens the reference document and handles the package (parts, relationships,
core properties); the body is built with lxml in schema order, which is several times
faster than python-docx's public paragraph API and gives us what that API lacks (real
footnotes, hyperlinks, list numbering that restarts, fields in the footer).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Sequence
from copy import deepcopy
from pathlib import Path
from typing import TYPE_CHECKING

import docx
import docx.shared
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from ... import model as m
from ...coverage import notice
from ...languages import BY_CODE
from ..columns import column_widths
from .image import timeline_png
from .sanitize import sanitize_reference

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.opc.part import Part

    from ...coverage import Coverage
    from .. import WriteContext

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# Every style id the writer names; a test checks that the reference document has them.
STYLES_USED = {
    "paragraph": {
        "BodyText",
        "Compact",
        "Title",
        "Subtitle",
        "ProductLabel",
        "Metadata",
        "SummaryHeading",
        "Summary",
        "Heading1",
        "Heading2",
        "Heading3",
        "Caption",
        "TableText",
        "TableHeading",
        "BlockText",
        "FigureAlt",
        "ReferenceItem",
        "Disclaimer",
        "FootnoteText",
        "Header",
        "Footer",
    },
    "character": {"FootnoteReference", "Hyperlink", "Untranslated", "VerbatimChar"},
    "table": {"BriefingTable"},
}

CONTENT_WIDTH = 9638  # twentieths of a point: A4 minus the reference margins
OPTIONAL_STYLES = {"TOCHeading": "SummaryHeading", "TOC1": "Compact"}  # style -> fallback


def _region(lang: str) -> str:
    """Word's proofing language for a code: its BCP 47 tag with a region ('en-GB')."""
    return BY_CODE[lang].region if lang in BY_CODE else lang


def _el(parent: etree._Element, tag: str, **attrs: object) -> etree._Element:
    node: etree._Element = etree.SubElement(parent, w(tag))
    for key, value in attrs.items():
        node.set(w(key), str(value))
    return node


def _para(style: str, keep_next: bool = False) -> etree._Element:
    p = etree.Element(w("p"))
    ppr = _el(p, "pPr")
    _el(ppr, "pStyle", val=style)
    if keep_next:
        _el(ppr, "keepNext")
    return p


class _Runs:
    """Inline nodes to runs inside one paragraph-like container (body or footnotes part)."""

    def __init__(
        self,
        part: Part,
        lang: str,
        notes: dict[int, int] | None,
        anchors: dict[str, str] | None = None,
    ) -> None:
        self.part, self.lang, self.notes = part, lang, notes
        self.anchors = anchors or {}  # '#s-key-dates' target -> bookmark name
        self.links: dict[str, str] = {}

    def run(
        self,
        parent: etree._Element,
        text: str,
        bold: bool = False,
        italic: bool = False,
        style: str | None = None,
        lang: str | None = None,
    ) -> etree._Element:
        r = _el(parent, "r")
        if bold or italic or style or lang:
            rpr = _el(r, "rPr")
            if style:
                _el(rpr, "rStyle", val=style)
            if bold:
                _el(rpr, "b")
            if italic:
                _el(rpr, "i")
            if lang:
                _el(rpr, "lang", val=_region(lang))
        t = _el(r, "t")
        t.text = text
        if text[:1].isspace() or text[-1:].isspace():
            t.set(XML_SPACE, "preserve")
        return r

    def add(
        self,
        parent: etree._Element,
        nodes: Iterable[m.Inline],
        bold: bool = False,
        italic: bool = False,
        style: str | None = None,
    ) -> None:
        for node in nodes:
            if isinstance(node, m.Text):
                if node.lang:
                    # shaded as untranslated unless the source exists only in that language
                    self.run(
                        parent,
                        node.text,
                        bold,
                        italic,
                        style if node.original else "Untranslated",
                        node.lang,
                    )
                else:
                    self.run(parent, node.text, bold, italic, style)
            elif isinstance(node, m.Strong):
                self.add(parent, node.children, True, italic, style)
            elif isinstance(node, m.Emph):
                self.add(parent, node.children, bold, True, style)
            elif isinstance(node, m.Code):
                self.run(parent, node.text, bold, italic, "VerbatimChar")
            elif isinstance(node, m.LineBreak):
                _el(_el(parent, "r"), "br")
            elif isinstance(node, m.Link) and node.url.startswith("#"):
                # A link inside the document: to the heading's bookmark (w:anchor), never an
                # external relationship. A target that is not a heading here stays text.
                name = self.anchors.get(node.url[1:])
                if name is None:
                    self.add(parent, node.children, bold, italic, style)
                    continue
                link = _el(parent, "hyperlink", anchor=name, history=1)
                self.add(link, node.children, bold, italic, "Hyperlink")
            elif isinstance(node, m.Link):
                rid = self.links.get(node.url)
                if rid is None:
                    rid = self.part.relate_to(node.url, RT.HYPERLINK, is_external=True)
                    self.links[node.url] = rid
                link = _el(parent, "hyperlink")
                link.set(f"{{{R_NS}}}id", rid)
                link.set(w("history"), "1")
                self.add(link, node.children, bold, italic, "Hyperlink")
            elif isinstance(node, m.FootnoteRef):
                if self.notes is None:
                    continue
                r = _el(parent, "r")
                _el(_el(r, "rPr"), "rStyle", val="FootnoteReference")
                _el(r, "footnoteReference", id=self.notes[node.number])
            else:
                raise TypeError(f"unknown inline node {type(node).__name__}")


class _Body:
    """Block nodes to body elements, appended before the section properties."""

    def __init__(
        self, document: DocxDocument, doc: m.Document, notes: dict[int, int], styles: set[str]
    ) -> None:
        self.document, self.doc = document, doc
        self.body = document.element.body
        self.sect = self.body[-1]
        self.styles = styles
        ids = m.section_ids(doc)
        # hidden bookmarks (leading underscore), one per heading, in reading order
        self.bookmarks = {node_id: (n, f"_Sec{n}") for n, node_id in enumerate(ids, start=1)}
        self.anchors: dict[str, str] = {}
        for node_id, anchor in ids.items():
            self.anchors.setdefault(anchor, self.bookmarks[node_id][1])
        self.runs = _Runs(document.part, doc.meta.lang, notes, self.anchors)
        self.numbering = document.part.numbering_part.element
        self.next_num = 100
        self.figures = 0

    def label(self, key: str) -> str:
        text: str = self.doc.labels.get(key, key)  # (the keys asked for hold text)
        return text

    def add(self, el: etree._Element) -> etree._Element:
        self.sect.addprevious(el)
        return el

    def paragraph(
        self,
        style: str,
        nodes: Iterable[m.Inline] = (),
        keep_next: bool = False,
        lang: str | None = None,
    ) -> etree._Element:
        p = _para(style, keep_next)
        if lang:
            nodes = [
                m.Text(n.text, lang) if isinstance(n, m.Text) and not n.lang else n for n in nodes
            ]
        self.runs.add(p, nodes)
        return self.add(p)

    def text(self, style: str, text: str, keep_next: bool = False) -> etree._Element:
        return self.paragraph(style, [m.Text(text)], keep_next)

    def block(
        self, node: m.Block, style: str = "BodyText", level: int = 0, num_id: int | None = None
    ) -> None:
        if isinstance(node, m.Heading):
            p = self.paragraph(f"Heading{min(node.level - 1, 3)}", node.children)
            if id(node) in self.bookmarks:
                number, name = self.bookmarks[id(node)]
                start = etree.Element(w("bookmarkStart"))
                start.set(w("id"), str(number))
                start.set(w("name"), name)
                p[0].addnext(start)
                _el(p, "bookmarkEnd", id=number)
        elif isinstance(node, m.Paragraph):
            if num_id is not None:
                p = _para(style)
                numpr = _el(p[0], "numPr")
                _el(numpr, "ilvl", val=level)
                _el(numpr, "numId", val=num_id)
                self.runs.add(
                    p,
                    node.children
                    if not node.lang
                    else [
                        m.Text(n.text, node.lang) if isinstance(n, m.Text) else n
                        for n in node.children
                    ],
                )
                self.add(p)
            else:
                self.paragraph(style, node.children, lang=node.lang)
        elif isinstance(node, m.ListBlock):
            self.list(node, level)
        elif isinstance(node, m.Table):
            self.table(node)
        elif isinstance(node, m.Callout):
            if node.kind == "summary":
                self.text("SummaryHeading", self.label("Summary"), keep_next=True)
                for b in node.blocks:
                    self.block(b, "Summary")
            else:
                for b in node.blocks:
                    self.block(b, "BlockText")
        elif isinstance(node, m.Quote):
            for b in node.blocks:
                self.block(b, "BlockText")
        elif isinstance(node, m.Figure):
            self.figure(node)
        else:
            raise TypeError(f"unknown block node {type(node).__name__}")

    def style(self, name: str) -> str:
        """An optional style of the reference document, or its fallback when an office's
        own reference document lacks it."""
        return name if name in self.styles else OPTIONAL_STYLES[name]

    def contents(self, blocks: Sequence[m.Block]) -> None:
        """A table of contents that reads as finished when the file opens: a TOC field
        whose result is already filled in with one linked entry per section (Word and
        LibreOffice show it as is; updating the field adds page numbers)."""
        headings = [b for b in blocks if isinstance(b, m.Heading) and b.level == 2]
        if not self.doc.meta.contents or len(headings) <= 2:
            return
        sdt = etree.Element(w("sdt"))
        part_obj = _el(_el(sdt, "sdtPr"), "docPartObj")
        _el(part_obj, "docPartGallery", val="Table of Contents")
        _el(part_obj, "docPartUnique")
        content = _el(sdt, "sdtContent")
        title = _para(self.style("TOCHeading"))
        self.runs.run(title, self.label("In this briefing"))
        content.append(title)
        for k, heading in enumerate(headings):
            p = _para(self.style("TOC1"))
            if k == 0:
                _el(_el(p, "r"), "fldChar", fldCharType="begin")
                instr = _el(_el(p, "r"), "instrText")
                instr.text = ' TOC \\o "1-1" \\h \\z \\u '
                instr.set(XML_SPACE, "preserve")
                _el(_el(p, "r"), "fldChar", fldCharType="separate")
            link = _el(p, "hyperlink", anchor=self.bookmarks[id(heading)][1], history=1)
            self.runs.add(link, [n for n in heading.children if not isinstance(n, m.FootnoteRef)])
            if k == len(headings) - 1:
                _el(_el(p, "r"), "fldChar", fldCharType="end")
            content.append(p)
        self.add(sdt)

    def list(self, node: m.ListBlock, level: int) -> None:
        num_id = 1 if not node.ordered else self.new_num()
        for item in node.items:
            first = True
            for b in item:
                if isinstance(b, m.Paragraph) and first:
                    self.block(b, "Compact", level, num_id)
                elif isinstance(b, m.ListBlock):
                    self.list(b, min(level + 1, 8))
                else:
                    self.block(b, "Compact", level)
                first = False

    def new_num(self) -> int:
        """A fresh numbering instance so each numbered list starts again at 1."""
        self.next_num += 1
        num = etree.SubElement(self.numbering, w("num"))
        num.set(w("numId"), str(self.next_num))
        _el(num, "abstractNumId", val=2)
        for lvl in range(9):
            override = _el(num, "lvlOverride", ilvl=lvl)
            _el(override, "startOverride", val=1)
        return self.next_num

    def table(self, node: m.Table) -> None:
        if node.caption:
            self.paragraph("Caption", node.caption, keep_next=True)
        cols = max([len(node.header)] + [len(r) for r in node.rows]) or 1
        tbl = etree.Element(w("tbl"))
        tblpr = _el(tbl, "tblPr")
        _el(tblpr, "tblStyle", val="BriefingTable")
        _el(tblpr, "tblW", w=5000, type="pct")
        _el(
            tblpr,
            "tblLook",
            val="04A0",
            firstRow=1,
            lastRow=0,
            firstColumn=1,
            lastColumn=0,
            noHBand=1,
            noVBand=1,
        )
        widths = _column_widths(node, cols)  # from content: no word broken mid-word
        grid = _el(tbl, "tblGrid")
        for width in widths:
            _el(grid, "gridCol", w=width)
        if node.header:
            self.row(tbl, node.header, widths, header=True)
        for row in node.rows:
            self.row(tbl, row, widths)
        self.add(tbl)
        self.add(_para("Compact"))  # space after the table; Word needs a paragraph between tables

    def row(
        self,
        tbl: etree._Element,
        cells: Sequence[m.TableCell],
        widths: Sequence[int],  # (not list[int]: `list` is a method's name in this class)
        header: bool = False,
    ) -> None:
        tr = _el(tbl, "tr")
        trpr = _el(tr, "trPr")
        _el(trpr, "cantSplit")
        if header:
            _el(trpr, "tblHeader")
        for i, width in enumerate(widths):
            cell = cells[i] if i < len(cells) else m.TableCell(())
            tc = _el(tr, "tc")
            _el(_el(tc, "tcPr"), "tcW", w=width, type="dxa")
            p = _para("TableHeading" if header else "TableText")
            if cell.align in ("right", "center"):
                _el(p[0], "jc", val="right" if cell.align == "right" else "center")
            self.runs.add(p, cell.children)
            tc.append(p)

    def figure(self, node: m.Figure) -> None:
        self.figures += 1
        png = timeline_png(node, self.doc.meta.lang)
        p = _para("FigureAlt", keep_next=True)
        r = _el(p, "r")
        # python-docx builds the picture XML in a scratch paragraph; its drawing is copied
        scratch = self.document.add_paragraph()
        run = scratch.add_run()
        shape = run.add_picture(io.BytesIO(png), width=docx.shared.Emu(int(5.3 * 914400)))
        docpr = shape._inline.docPr  # the picture's wp:docPr
        docpr.set("descr", node.alt)
        docpr.set("title", m.plain_text(node.caption) or node.alt)
        docpr.set("id", str(1000 + self.figures))
        drawing = run._r.find(w("drawing"))
        if drawing is None:  # add_picture() always adds one
            raise RuntimeError("python-docx added a picture without a w:drawing")
        r.append(deepcopy(drawing))
        parent = scratch._p.getparent()
        if parent is not None:
            parent.remove(scratch._p)
        self.add(p)
        if node.caption:
            self.paragraph("Caption", node.caption)


class DocxWriter:
    """Renders Documents on one reference document, read from disk once."""

    def __init__(self, reference: Path, logo: bytes | None = None) -> None:
        # only the design is taken from the reference (sanitize.py); `dropped` says what went
        self.reference, self.dropped = sanitize_reference(Path(reference).read_bytes())
        self.logo = logo  # the house profile's PNG for the page header, if any

    @staticmethod
    def check_reference(path: Path) -> str | None:
        """Why a reference document cannot be used (corrupt, missing styles), or None."""
        try:
            clean, _dropped = sanitize_reference(Path(path).read_bytes())
            document = docx.Document(io.BytesIO(clean))
        except Exception as exc:  # python-docx raises many types for a bad package
            return f"not a valid Word document ({type(exc).__name__}: {str(exc)[:80]})"
        have = {(s.type.name.lower() if s.type else "", s.style_id) for s in document.styles}
        ids = {sid for _, sid in have}
        missing = sorted(sid for kind in STYLES_USED.values() for sid in kind if sid not in ids)
        if missing:
            return f"styles missing: {', '.join(missing)}"
        try:
            _footnotes_part(document)
        except ValueError as exc:
            return str(exc)
        return None

    def write(self, doc: m.Document, ctx: WriteContext | dt.datetime | None = None) -> bytes:
        """`ctx`: a WriteContext (or the datetime the file carries; None: the pack's date)."""
        if ctx is None or isinstance(ctx, dt.datetime):
            when, coverage = ctx, None
        else:
            when, coverage = ctx.when, ctx.coverage
        document = docx.Document(io.BytesIO(self.reference))
        meta = doc.meta
        notes_part = _footnotes_part(document)
        notes_root = etree.fromstring(notes_part.blob)
        note_ids = {note.number: note.number for note in doc.footnotes}
        styles = {s.style_id for s in document.styles}
        body = _Body(document, doc, note_ids, styles)
        self._front(body, doc, coverage)
        placed = False
        for block in doc.blocks:
            if not placed and not (isinstance(block, m.Callout) and block.kind == "summary"):
                body.contents(doc.blocks)  # after the summary box, as on the web page
                placed = True
            body.block(block)
        self._back(body, doc)
        self._footnotes(notes_part, notes_root, doc, body.anchors)
        self._language(document, meta.lang)
        if meta.dense:
            self._dense(document)
        self._header_footer(document, doc)
        self._properties(document, doc, when)
        return _package_bytes(document, when)

    def _front(self, body: _Body, doc: m.Document, coverage: Coverage | None = None) -> None:
        meta = doc.meta
        headline = doc.headlines.get(meta.product) or body.label(meta.product).upper()
        body.text(
            "ProductLabel", headline + (f" · {body.label('draft_caps')}" if meta.draft else "")
        )
        body.text("Title", meta.title)
        if meta.subtitle:
            body.text("Subtitle", meta.subtitle)
        lines = [
            f"{body.label('Event')}: {meta.event_name}, {meta.event_place}, "
            f"{body.label('event_date')}",
            meta.service,
            f"{body.label('Reference')}: {meta.reference or body.label('not yet assigned')} – "
            f"{body.label('month_year')}",
            f"{body.label('Language')}: {meta.lang.upper()}",
            meta.translation and f"{body.label('Translation')}: {meta.translation}",
        ]
        for line in lines:
            if line:
                body.text("Metadata", line)
        text = notice(doc, "legend_docx", coverage)
        if text:
            body.paragraph("BodyText", [m.Strong((m.Text(text),))])

    def _back(self, body: _Body, doc: m.Document) -> None:
        if doc.references:
            body.text("Heading1", body.label("Main references"))
            for ref in doc.references:
                body.paragraph("ReferenceItem", ref.children)
        if doc.labels.get("disclaimer"):
            body.text(
                "Disclaimer",
                body.label("Disclaimer and copyright") + ". " + body.label("disclaimer"),
            )

    def _footnotes(
        self, part: Part, root: etree._Element, doc: m.Document, anchors: dict[str, str]
    ) -> None:
        runs = _Runs(part, doc.meta.lang, None, anchors)
        for note in doc.footnotes:
            fn = _el(root, "footnote", id=note.number)
            p = _para("FootnoteText")
            fn.append(p)
            r = _el(p, "r")
            _el(_el(r, "rPr"), "rStyle", val="FootnoteReference")
            _el(r, "footnoteRef")
            runs.run(p, " ")
            runs.add(p, note.children)
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    def _language(self, document: DocxDocument, lang: str) -> None:
        """The document language in the style defaults, so Word and LibreOffice proof it."""
        lang_el = document.styles.element.find(
            f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('lang')}"
        )
        if lang_el is not None:
            lang_el.set(w("val"), _region(lang))

    def _dense(self, document: DocxDocument) -> None:
        """An 'At a glance' note is meant to fit two pages: a half point smaller body. A size
        of the reference without a whole number of half points is left as it is."""
        rpr = document.styles.element.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        for tag in ("sz", "szCs"):
            el = rpr.find(w(tag)) if rpr is not None else None
            val = el.get(w("val")) if el is not None else None
            if el is not None and val is not None and val.isascii() and val.isdigit():
                el.set(w("val"), str(max(int(val) - 1, 16)))

    def _header_footer(self, document: DocxDocument, doc: m.Document) -> None:
        meta = doc.meta
        labels = doc.labels
        section = document.sections[0]
        header = section.header
        header.is_linked_to_previous = False
        hp = header.paragraphs[0]
        hp.style = document.styles["Header"]
        if self.logo:
            picture = hp.add_run().add_picture(io.BytesIO(self.logo), height=docx.shared.Cm(0.8))
            for doc_pr in picture._inline.iter(f"{{{WP}}}docPr"):
                doc_pr.set("descr", labels.get("logo_alt", ""))
            hp.add_run(" ")
        hp.add_run(labels.get("byline", ""))
        hp.add_run("\t" + (meta.reference or labels.get("not yet assigned", "")))
        footer = section.footer
        footer.is_linked_to_previous = False
        fp = footer.paragraphs[0]
        fp.style = document.styles["Footer"]
        fp.add_run(meta.title + "\t")
        template = labels.get("Page {page} of {pages}", "Page {page} of {pages}")
        _fields_into(fp._p, template)

    def _properties(
        self, document: DocxDocument, doc: m.Document, when: dt.datetime | None
    ) -> None:
        meta = doc.meta
        cp = document.core_properties
        cp.title = _fit(meta.title, 255)
        cp.subject = _fit(
            f"{meta.event_name}, {meta.event_place}, {meta.event_date.isoformat()}", 255
        )
        cp.keywords = _fit(", ".join(meta.keywords), 255)  # the core-properties limit
        cp.language = _region(meta.lang)
        cp.author = _fit(meta.author or labels_publisher(doc), 255)
        cp.identifier = _fit(meta.reference or "", 255)
        stamp = when or dt.datetime.combine(meta.date, dt.time())
        cp.created = stamp
        cp.modified = stamp
        cp.last_modified_by = "briefings"
        cp.revision = 1


def _column_widths(table: m.Table, cols: int) -> list[int]:
    """Column widths in twips from the table's content (see `writers/columns.py`): in
    proportion to their text, never narrower than their longest word."""
    widths = [int(x * 20) for x in column_widths(table, cols, CONTENT_WIDTH / 20)]
    widths[-1] += CONTENT_WIDTH - sum(widths)
    return widths


def _fit(text: str, limit: int) -> str:
    """Text cut at a comma or space so it stays within `limit` characters."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return cut[: max(cut.rfind(","), cut.rfind(" "), 1)].rstrip(", ") + "…"


def _fields_into(p: etree._Element, template: str) -> None:
    """'Page {page} of {pages}' as text runs around PAGE and NUMPAGES fields."""
    import re

    for part in re.split(r"(\{page\}|\{pages\})", template):
        if not part:
            continue
        if part in ("{page}", "{pages}"):
            fld = _el(p, "fldSimple", instr=" PAGE " if part == "{page}" else " NUMPAGES ")
            r = _el(fld, "r")
            _el(r, "t").text = "1"
        else:
            r = _el(p, "r")
            t = _el(r, "t")
            t.text = part
            t.set(XML_SPACE, "preserve")


def _footnotes_part(document: DocxDocument) -> Part:
    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            part: Part = rel.target_part
            return part
    raise ValueError("the reference document has no footnotes part")


WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def labels_publisher(doc: m.Document) -> str:
    return doc.labels.get("publisher", "") or "briefings"


def _package_bytes(document: DocxDocument, when: dt.datetime | None) -> bytes:
    """The package as a zip with fixed entry dates and a fixed order, in one deflate pass
    (python-docx's own save stamps entries with the current time)."""
    from docx.opc.pkgwriter import _ContentTypesItem

    # A zip entry holds 1980-2107 only: a date outside is clamped, not a crash.
    stamp = (
        when.timetuple()[:6]
        if when and 1980 <= when.year <= 2107
        else (2107, 12, 31, 0, 0, 0)
        if when and when.year > 2107
        else (1980, 1, 1, 0, 0, 0)
    )
    package = document.part.package
    parts = list(package.iter_parts())
    entries = [
        # python-docx leaves this (private) classmethod unannotated
        ("[Content_Types].xml", _ContentTypesItem.from_parts(parts).blob),  # type: ignore[no-untyped-call]
        ("_rels/.rels", package.rels.xml),
    ]
    for part in parts:
        entries.append((part.partname.membername, part.blob))
        if len(part.rels):
            entries.append((part.partname.rels_uri.membername, part.rels.xml))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, blob)
    return out.getvalue()
