"""Document to DOCX bytes: body, footnotes, header and footer written as WordprocessingML.

python-docx opens the reference document and handles the package (parts, relationships,
core properties); the body is built with lxml in schema order, which is several times
faster than python-docx's public paragraph API and gives us what that API lacks (real
footnotes, hyperlinks, list numbering that restarts, fields in the footer).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import docx
import docx.shared
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.parts.numbering import NumberingPart
from lxml import etree

from ... import model as m
from ...compose.coverage import notice
from ...languages import BY_CODE
from ...sources.house import pale_of
from ..columns import column_widths
from .image import timeline_png
from .reference import DOCUMENT, abstract_num_xml
from .sanitize import sanitize_reference

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.opc.part import Part
    from docx.text.paragraph import Paragraph

    from ...compose.coverage import Coverage
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

OPTIONAL_STYLES = {"TOCHeading": "SummaryHeading", "TOC1": "Compact"}  # style -> fallback
PICTURE_WIDTH = int(5.3 * 914400)  # EMU: the timeline's width when the page has room for it
EMU_PER_TWIP = 635


@dataclass(frozen=True)
class Page:
    """The reference's page geometry (its body's last w:sectPr), in twips."""

    width: int
    left: int
    right: int
    gutter: int = 0

    @property
    def content(self) -> int:
        """The width between the margins: tables fill it, pictures fit in it."""
        return self.width - self.left - self.right - self.gutter


_MEASURE = re.compile(r"(\d+(?:\.\d+)?)(mm|cm|in|pt|pc|pi)?")
_TWIPS_PER = {"mm": 1440 / 25.4, "cm": 1440 / 2.54, "in": 1440, "pt": 20, "pc": 240, "pi": 240}


def _twips(value: str | None) -> int | None:
    """A w:pgSz / w:pgMar measure (twips, or a universal measure such as '2.54cm')."""
    found = _MEASURE.fullmatch((value or "").strip())
    if not found:
        return None
    number, unit = float(found[1]), found[2]
    return round(number * _TWIPS_PER[unit]) if unit else round(number)


def _last_section(body: etree._Element) -> etree._Element | None:
    sects = body.findall(w("sectPr"))
    return sects[-1] if sects else None


def _page_in(sect: etree._Element | None) -> Page | None:
    size = sect.find(w("pgSz")) if sect is not None else None
    margins = sect.find(w("pgMar")) if sect is not None else None
    if size is None or margins is None:
        return None
    width, left, right, gutter = (
        _twips(size.get(w("w"))),
        _twips(margins.get(w("left"))),
        _twips(margins.get(w("right"))),
        _twips(margins.get(w("gutter"), "0")),
    )
    if width is None or left is None or right is None or gutter is None:
        return None
    return Page(width, left, right, gutter)


# the shipped reference's section (A4, 2 cm left and right): a reference that says none gets it
SHIPPED_SECTION = etree.fromstring(DOCUMENT.encode()).findall(f"{w('body')}/{w('sectPr')}")
SHIPPED_PAGE = _page_in(SHIPPED_SECTION[-1]) or Page(0, 0, 0)  # (reference.py has one)


def page_of(document: DocxDocument) -> tuple[Page, str | None]:
    """The page of the reference's last section, or the shipped page and why it was taken."""
    sect = _last_section(document.element.body)
    page = _page_in(sect)
    if page is not None:
        return page, None
    what = "w:sectPr" if sect is None else "w:pgSz and w:pgMar"
    return SHIPPED_PAGE, (
        f"no readable page size and margins (the body's last {what}): "
        "A4 with 2 cm left and right margins assumed for table and picture widths"
    )


# w:sectPr children that come after w:pgMar in the schema's order
_AFTER_PGMAR = (
    "paperSrc pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg "
    "textDirection bidi rtlGutter docGrid printerSettings sectPrChange"
).split()


def _set_page(document: DocxDocument) -> None:
    """The shipped page, assumed for a reference that says none, written into the file's
    section (made if the body has none), so Word lays out the page the widths were made
    for."""
    body = document.element.body
    sect = _last_section(body)
    if sect is None:
        sect = _el(body, "sectPr")
    for old in [c for c in sect if c.tag in (w("pgSz"), w("pgMar"))]:
        sect.remove(old)
    later = [c for c in sect if etree.QName(c).localname in _AFTER_PGMAR]
    for el in SHIPPED_SECTION[-1]:
        if el.tag in (w("pgSz"), w("pgMar")):
            later[0].addprevious(deepcopy(el)) if later else sect.append(deepcopy(el))


@dataclass(frozen=True)
class ReferenceCheck:
    """What `check_reference` found: problems (the reference cannot be used) and notes
    (what the writer assumes in place of something the reference does not say)."""

    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


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


def _canonical(el: etree._Element) -> bytes:
    """An abstractNum as exclusive C14N without its id: two definitions that list the same."""
    copy = deepcopy(el)
    copy.attrib.pop(w("abstractNumId"), None)
    return etree.tostring(copy, method="c14n", exclusive=True)


def _ids(root: etree._Element, tag: str, attr: str) -> list[int]:
    values = (el.get(w(attr)) for el in root.iter(w(tag)))
    return [int(v) for v in values if v is not None and _is_int(v, signed=False)]


class _Lists:
    """The writer's own list definitions in the document's numbering part, added on the
    first list: a bullet and a decimal w:abstractNum (nine levels each) with ids above the
    reference's own, one w:num for bullets and a fresh w:num per numbered list (so each
    starts again at 1). A reference that already holds a definition identical to the
    writer's (the shipped one does) has it reused, not repeated; a reference without a
    numbering part gets one."""

    NS = f'xmlns:w="{W_NS}"'

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self.root: etree._Element | None = None
        self.abstract: dict[str, int] = {}
        self.bullets = 0
        self.next_num = 0

    def _numbering(self) -> etree._Element:
        part = self.document.part
        try:
            numbering: etree._Element = part.numbering_part.element
            return numbering
        except NotImplementedError:  # python-docx cannot make one: the reference had none
            blob = (
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {self.NS}/>'
            )
            new = NumberingPart.load(
                PackURI("/word/numbering.xml"), CT.WML_NUMBERING, blob.encode(), part.package
            )
            part.relate_to(new, RT.NUMBERING)
            created: etree._Element = new.element
            return created

    def _setup(self) -> etree._Element:
        root = self._numbering()
        existing = {_canonical(a): a for a in root.findall(w("abstractNum"))}
        top = max(_ids(root, "abstractNum", "abstractNumId"), default=0)
        for kind in ("bullet", "decimal"):
            mine = etree.fromstring(abstract_num_xml(kind, 0, self.NS))
            same = existing.get(_canonical(mine))
            if same is not None:
                self.abstract[kind] = int(same.get(w("abstractNumId"), "0"))
                continue
            top += 1
            mine.set(w("abstractNumId"), str(top))
            later = [c for c in root if c.tag in (w("num"), w("numIdMacAtCleanup"))]
            if later:
                later[0].addprevious(mine)  # schema order: abstractNum before num
            else:
                root.append(mine)
            self.abstract[kind] = top
        self.next_num = max(_ids(root, "num", "numId"), default=0)
        for num in root.findall(w("num")):
            ref = num.find(w("abstractNumId"))
            plain = num.find(w("lvlOverride")) is None
            if plain and ref is not None and ref.get(w("val")) == str(self.abstract["bullet"]):
                self.bullets = int(num.get(w("numId"), "0"))
                break
        else:
            self.bullets = self._num(root, self.abstract["bullet"], restart=False)
        self.next_num = max(self.next_num, 100)  # numbered lists from 101, as before
        return root

    def _num(self, root: etree._Element, abstract: int, restart: bool) -> int:
        self.next_num += 1
        num = etree.Element(w("num"))
        num.set(w("numId"), str(self.next_num))
        _el(num, "abstractNumId", val=abstract)
        if restart:
            for lvl in range(9):
                override = _el(num, "lvlOverride", ilvl=lvl)
                _el(override, "startOverride", val=1)
        cleanup = root.find(w("numIdMacAtCleanup"))
        if cleanup is not None:
            cleanup.addprevious(num)
        else:
            root.append(num)
        return self.next_num

    def bullet(self) -> int:
        if self.root is None:
            self.root = self._setup()
        return self.bullets

    def numbered(self) -> int:
        """A fresh numbering instance so each numbered list starts again at 1."""
        if self.root is None:
            self.root = self._setup()
        return self._num(self.root, self.abstract["decimal"], restart=True)


class _Body:
    """Block nodes to body elements, appended before the section properties."""

    def __init__(
        self,
        document: DocxDocument,
        doc: m.Document,
        notes: dict[int, int],
        styles: set[str],
        page: Page = SHIPPED_PAGE,
    ) -> None:
        self.document, self.doc, self.page = document, doc, page
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
        self.lists = _Lists(document)
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
        num_id = self.lists.numbered() if node.ordered else self.lists.bullet()
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
        widths = _column_widths(node, cols, self.page.content)  # no word broken mid-word
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
        # 5.3 in where the page has room, else the width between its margins (the height
        # follows: python-docx keeps the aspect ratio when given the width only)
        width = min(PICTURE_WIDTH, self.page.content * EMU_PER_TWIP)
        shape = run.add_picture(io.BytesIO(png), width=docx.shared.Emu(width))
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

    def __init__(
        self,
        reference: Path,
        logo: bytes | None = None,
        accent: str | None = None,
        accent_dark: str | None = None,
    ) -> None:
        # only the design is taken from the reference (sanitize.py); `dropped` says what went
        self.reference, self.dropped = sanitize_reference(Path(reference).read_bytes())
        self.logo = logo  # the house profile's PNG for the page header, if any
        # the house profile's colours (#rrggbb), where the writer's design has its accent
        self.accent, self.accent_dark = accent, accent_dark
        self.page, note = page_of(docx.Document(io.BytesIO(self.reference)))
        self.notes = (note,) if note else ()  # what is assumed for the reference (check)
        self.assumed_page = note is not None  # written into each file's section then

    @staticmethod
    def check_reference(path: Path) -> ReferenceCheck:
        """Whether the writer can build on a reference document: every style it names, of
        the right type; a footnotes part; a numbering part it can add its lists to (or
        none); the page geometry, or a note that the shipped page is assumed."""
        try:
            clean, _dropped = sanitize_reference(Path(path).read_bytes())
            document = docx.Document(io.BytesIO(clean))
        except Exception as exc:  # python-docx raises many types for a bad package
            return ReferenceCheck(
                (f"not a valid Word document ({type(exc).__name__}: {str(exc)[:80]})",)
            )
        problems: list[str] = []
        notes: list[str] = []
        kinds = {s.style_id: (s.type.name.lower() if s.type else "") for s in document.styles}
        missing = sorted(sid for sids in STYLES_USED.values() for sid in sids if sid not in kinds)
        if missing:
            problems.append(f"styles missing: {', '.join(missing)}")
        wrong = sorted(
            f"{sid} (a {kinds[sid]} style; the writer applies it as a {kind} style)"
            for kind, sids in STYLES_USED.items()
            for sid in sids
            if sid in kinds and kinds[sid] != kind
        )
        if wrong:
            problems.append(f"styles of the wrong type: {', '.join(wrong)}")
        problems += _part_problems(document)
        page, note = page_of(document)
        if note:
            notes.append(note)
        elif page.content <= 0:
            problems.append(
                f"no room between the page margins (w:pgSz width {page.width}, w:pgMar left "
                f"{page.left}, right {page.right}, gutter {page.gutter} twips)"
            )
        if not _default_sizes(document):
            notes.append(
                "no default font size (w:sz in w:docDefaults or the default paragraph style): "
                "a dense product ('At a glance') is written at the reference's own size"
            )
        return ReferenceCheck(tuple(problems), tuple(notes))

    def write(self, doc: m.Document, ctx: WriteContext | dt.datetime | None = None) -> bytes:
        """`ctx`: a WriteContext (or the datetime the file carries; None: the pack's date)."""
        if ctx is None or isinstance(ctx, dt.datetime):
            when, coverage = ctx, None
        else:
            when, coverage = ctx.when, ctx.coverage
        document = docx.Document(io.BytesIO(self.reference))
        if self.assumed_page:
            _set_page(document)
        meta = doc.meta
        notes_part = _footnotes_part(document)
        notes_root = etree.fromstring(notes_part.blob)
        # note ids above the reference's own (separators are -1 and 0 in Word, 0 and 1 in
        # LibreOffice's files)
        base = max(_ids(notes_root, "footnote", "id"), default=0)
        note_ids = {note.number: base + note.number for note in doc.footnotes}
        styles = {s.style_id for s in document.styles}
        body = _Body(document, doc, note_ids, styles, self.page)
        self._front(body, doc, coverage)
        placed = False
        for block in doc.blocks:
            if not placed and not (isinstance(block, m.Callout) and block.kind == "summary"):
                body.contents(doc.blocks)  # after the summary box, as on the web page
                placed = True
            body.block(block)
        self._back(body, doc)
        self._footnotes(notes_part, notes_root, doc, body.anchors, note_ids)
        self._language(document, meta.lang)
        if meta.dense:
            self._dense(document)
        if self.accent or self.accent_dark:
            self._colours(document)
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
        self,
        part: Part,
        root: etree._Element,
        doc: m.Document,
        anchors: dict[str, str],
        ids: dict[int, int],
    ) -> None:
        runs = _Runs(part, doc.meta.lang, None, anchors)
        for note in doc.footnotes:
            fn = _el(root, "footnote", id=ids[note.number])
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
        """An 'At a glance' note is meant to fit two pages: its body set at 95 % of the
        reference's own default size, in whole half points (10 pt becomes 9.5 pt). The sizes
        changed are the reference's defaults (w:docDefaults and the default paragraph
        style); a size without a whole number of half points is left as it is."""
        for el in _default_sizes(document):
            val = el.get(w("val"), "")
            if val.isascii() and val.isdigit():
                el.set(w("val"), str(max(1, (int(val) * 19 + 10) // 20)))  # 95 %, rounded

    def _colours(self, document: DocxDocument) -> None:
        """The house profile's accent where the writer's design has one: headings (in the
        darker accent when there is one, as the web page's), the product label, summary
        box, captions, links, the metadata's edge and the table head; the pale fills of
        boxes and first columns follow the accent, as in the PDF. Text colours are set
        (a theme colour replaced); borders and fills are recoloured only where the
        reference's style has them (none is added)."""
        accent = self.accent
        root = document.styles.element
        styles = {el.get(w("styleId")): el for el in root.findall(w("style"))}
        text = dict.fromkeys(ACCENT_TEXT, accent) | dict.fromkeys(
            ACCENT_HEADINGS, self.accent_dark or accent
        )
        for sid, colour in text.items():
            style = styles.get(sid)
            if style is not None and colour:
                _set_colour(style, colour[1:].upper())
        if not accent:
            return
        fill, pale = accent[1:].upper(), pale_of(accent)[1:].upper()
        for sid in ACCENT_BOXES:
            style = styles.get(sid)
            if style is None:
                continue
            for edge in style.iterfind(f"{w('pPr')}/{w('pBdr')}/*"):
                edge.set(w("color"), fill)
            for shd in style.iterfind(f"{w('pPr')}/{w('shd')}"):
                shd.set(w("fill"), pale)
        table = styles.get("BriefingTable")
        for part in table.iterfind(w("tblStylePr")) if table is not None else ():
            for shd in part.iterfind(f"{w('tcPr')}/{w('shd')}"):
                kind = part.get(w("type"))
                if kind in ("firstRow", "firstCol"):
                    shd.set(w("fill"), fill if kind == "firstRow" else pale)

    def _header_footer(self, document: DocxDocument, doc: m.Document) -> None:
        meta = doc.meta
        labels = doc.labels
        section = document.sections[0]
        header = section.header
        header.is_linked_to_previous = False
        hp = header.paragraphs[0]
        hp.style = document.styles["Header"]
        _one_right_tab(hp, self.page.content)
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
        _one_right_tab(fp, self.page.content)
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


def _column_widths(table: m.Table, cols: int, content: int) -> list[int]:
    """Column widths in twips filling `content` (the page's width between its margins),
    from the table's content (see `writers/columns.py`): in proportion to their text, never
    narrower than their longest word."""
    widths = [int(x * 20) for x in column_widths(table, cols, content / 20)]
    widths[-1] += content - sum(widths)
    return widths


# where the writer's design has its accent colour (reference.py): text colour by style id
ACCENT_HEADINGS = ("Heading1", "Heading2")
ACCENT_TEXT = ("ProductLabel", "SummaryHeading", "TOCHeading", "Caption", "Hyperlink")
ACCENT_BOXES = ("Metadata", "SummaryHeading", "Summary")  # border in the accent, pale fill
# w:rPr children that come after w:color in the schema's order
_AFTER_COLOR = (
    "spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em "
    "lang eastAsianLayout specVanish oMath"
).split()
# w:style children that come after w:rPr
_AFTER_RPR = ("tblPr", "trPr", "tcPr", "tblStylePr")


def _set_colour(style: etree._Element, colour: str) -> None:
    """A style's text colour, its w:rPr and w:color made in schema order when missing."""
    rpr = style.find(w("rPr"))
    if rpr is None:
        rpr = etree.Element(w("rPr"))
        later = [c for c in style if etree.QName(c).localname in _AFTER_RPR]
        later[0].addprevious(rpr) if later else style.append(rpr)
    color = rpr.find(w("color"))
    if color is None:
        color = etree.Element(w("color"))
        later = [c for c in rpr if etree.QName(c).localname in _AFTER_COLOR]
        later[0].addprevious(color) if later else rpr.append(color)
    for attr in ("themeColor", "themeShade", "themeTint"):
        color.attrib.pop(w(attr), None)
    color.set(w("val"), colour)


def _one_right_tab(paragraph: Paragraph, content: int) -> None:
    """Header and footer lines are 'left text<tab>right text': the paragraph gets one right
    tab stop at the right margin, clearing the other stops its style sets (Word's own
    Header and Footer styles have a centre stop, and stops made for another page). A style
    with just that stop (the shipped one) is left to itself."""
    style = paragraph.style.element if paragraph.style is not None else None
    stops = [
        (tab.get(w("val")), int(pos))
        for tab in (
            style.iterfind(f"{w('pPr')}/{w('tabs')}/{w('tab')}") if style is not None else ()
        )
        if (pos := tab.get(w("pos"))) is not None and _is_int(pos) and tab.get(w("val")) != "clear"
    ]
    if stops == [("right", content)]:
        return
    tabs = paragraph.paragraph_format.tab_stops
    for val, pos in stops:
        if (val, pos) != ("right", content):
            tabs.add_tab_stop(docx.shared.Twips(pos), WD_TAB_ALIGNMENT.CLEAR)
    if ("right", content) not in stops:
        tabs.add_tab_stop(docx.shared.Twips(content), WD_TAB_ALIGNMENT.RIGHT)


def _default_sizes(document: DocxDocument) -> list[etree._Element]:
    """The w:sz and w:szCs that set the reference's default text size: in w:docDefaults and
    in the default paragraph style."""
    root = document.styles.element
    holders = [root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")]
    for style in root.findall(w("style")):
        if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true"):
            holders.append(style.find(w("rPr")))
    return [
        el
        for rpr in holders
        if rpr is not None
        for tag in ("sz", "szCs")
        for el in rpr.findall(w(tag))
    ]


def _part_problems(document: DocxDocument) -> list[str]:
    """What makes the footnotes or numbering part unusable for the writer."""
    problems = []
    try:
        notes = etree.fromstring(_footnotes_part(document).blob)
    except ValueError as exc:  # no footnotes part
        problems.append(str(exc))
    except etree.XMLSyntaxError as exc:
        problems.append(f"footnotes part: {exc}")
    else:
        if notes.tag != w("footnotes"):
            problems.append("the footnotes part is not a w:footnotes element")
        elif any(not _is_int(n.get(w("id"))) for n in notes.iter(w("footnote"))):
            problems.append("the footnotes part has a w:footnote whose w:id is not a number")
    for rel in document.part.rels.values():
        if rel.reltype != RT.NUMBERING:
            continue
        try:
            root = etree.fromstring(rel.target_part.blob)
        except etree.XMLSyntaxError as exc:
            problems.append(f"numbering part: {exc}")
            continue
        if root.tag != w("numbering"):
            problems.append("the numbering part is not a w:numbering element")
        bad = [
            f"{tag} {el.get(w(attr))!r}"
            for tag, attr in (("abstractNum", "abstractNumId"), ("num", "numId"))
            for el in root.iter(w(tag))
            if not _is_int(el.get(w(attr)), signed=False)
        ]
        if bad:
            problems.append(f"numbering part: ids that are not numbers: {', '.join(bad)}")
    return problems


def _is_int(value: str | None, signed: bool = True) -> bool:
    """A whole number as OOXML writes one (ASCII digits; a minus sign where `signed`)."""
    pattern = r"-?[0-9]+" if signed else r"[0-9]+"
    return value is not None and re.fullmatch(pattern, value) is not None


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
