"""The DOCX writer on a reference document it did not make (review problem 7): page
geometry, list numbering, footnote ids, the dense size and the house accent all come from
(or go into) whatever reference an office swaps in, and `check_reference` says what the
writer cannot build on. The Word-like reference is python-docx's own default template
(US Letter, its own numbering definitions and styles) plus the styles the writer needs."""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from copy import deepcopy
from pathlib import Path

import docx
import pytest
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from briefings import model as m
from briefings.writers.docx import STYLES_USED
from briefings.writers.docx.reference import DOCUMENT, reference_parts, styles_xml
from briefings.writers.docx.writer import PICTURE_WIDTH, DocxWriter

from .conftest import REPO, cli, copy_project
from .test_docx import _doc

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
SHIPPED = REPO / "templates" / "docx" / "reference.docx"
FOOTNOTES_0_1 = (  # separators numbered 0 and 1, as LibreOffice writes them
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
    '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote></w:footnotes>"
)


# --- references made for the tests ---------------------------------------------------


def _reference(path: Path, **replace: str | None) -> Path:
    """The shipped reference's parts with some replaced (None: left out, with its
    relationship and content type)."""
    parts = dict(reference_parts())
    for name, text in replace.items():
        name = name.replace("__", "/").replace("_xml", ".xml")
        if text is None:
            del parts[name]
            base = name.rsplit("/", 1)[-1]
            parts["word/_rels/document.xml.rels"] = re.sub(
                rf'<Relationship Id="\w+" Type="[^"]+" Target="{re.escape(base)}"/>',
                "",
                parts["word/_rels/document.xml.rels"],
            )
            parts["[Content_Types].xml"] = re.sub(
                rf'<Override PartName="/{re.escape(name)}" ContentType="[^"]+"/>',
                "",
                parts["[Content_Types].xml"],
            )
        else:
            parts[name] = text
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    return path


def _page(width: str, left: str, right: str, gutter: str = "0") -> str:
    return re.sub(
        r"<w:sectPr>.*</w:sectPr>",
        f'<w:sectPr><w:pgSz w:w="{width}" w:h="16838"/><w:pgMar w:top="1247" '
        f'w:right="{right}" w:bottom="1247" w:left="{left}" w:header="567" w:footer="567" '
        f'w:gutter="{gutter}"/></w:sectPr>',
        DOCUMENT,
    )


def word_like_reference(path: Path) -> Path:
    """python-docx's default template (US Letter, 1.25 in left and right margins, nine
    numbering definitions of its own, Word's built-in styles) with the writer's styles it
    lacks, and a footnotes part whose separators are 0 and 1."""
    document = docx.Document()
    have = {s.style_id for s in document.styles}
    needed = set().union(*STYLES_USED.values()) | {"TableText"}
    ours = etree.fromstring(styles_xml().encode())
    for style in ours.iter(f"{W}style"):
        if style.get(f"{W}styleId") in needed - have:
            document.styles.element.append(deepcopy(style))
    notes = Part(
        PackURI("/word/footnotes.xml"),
        CT.WML_FOOTNOTES,
        FOOTNOTES_0_1.encode(),
        document.part.package,
    )
    document.part.relate_to(notes, RT.FOOTNOTES)
    document.save(str(path))
    return path


def _build(tmp_path: Path, reference: Path, **house: str) -> Path:
    """The fixture pack's English note built on `reference`; its DOCX."""
    root = copy_project(tmp_path / "project")
    target = root / "templates" / "docx" / "reference.docx"
    target.unlink()  # (a copy of the link's target: replace the file, not the shipped one)
    target.write_bytes(reference.read_bytes())
    house_yaml = root / "sources" / "house.yaml"
    for old, new in house.items():
        text = house_yaml.read_text(encoding="utf-8")
        assert old in text
        house_yaml.write_text(text.replace(old, new), encoding="utf-8")
    result = cli("build", "--lang", "en", "--format", "docx", "-j", "1", root=root)
    assert result.exit_code == 0, result.output + result.stderr
    return root / "build" / "site" / "test-pack" / "en" / "note.docx"


def _xml(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read(name))


def _content_width(reference: Path) -> int:
    """The reference's own page: width less left and right margins and gutter."""
    sect = _xml(reference, "word/document.xml").find(f"{W}body/{W}sectPr")
    size, margins = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar")
    return int(size.get(f"{W}w")) - sum(
        int(margins.get(f"{W}{k}", "0")) for k in ("left", "right", "gutter")
    )


def _list_formats(path: Path) -> dict[str, tuple[int, str, str]]:
    """Each list paragraph's text -> (level, numFmt, lvlText), resolved numId -> w:num ->
    abstractNum -> w:lvl in the output's own numbering part; a numId or abstractNumId
    that points at nothing fails."""
    body = _xml(path, "word/document.xml")
    numbering = _xml(path, "word/numbering.xml")
    nums = {n.get(f"{W}numId"): n for n in numbering.iter(f"{W}num")}
    abstracts = {a.get(f"{W}abstractNumId"): a for a in numbering.iter(f"{W}abstractNum")}
    assert len(nums) == len(numbering.findall(f"{W}num")), "a numId defined twice"
    assert len(abstracts) == len(numbering.findall(f"{W}abstractNum")), "an id defined twice"
    for num in nums.values():  # no w:num points at a missing definition
        assert num.find(f"{W}abstractNumId").get(f"{W}val") in abstracts
    out = {}
    for p in body.iter(f"{W}p"):
        numpr = p.find(f"{W}pPr/{W}numPr")
        if numpr is None:
            continue
        num_id = numpr.find(f"{W}numId").get(f"{W}val")
        level = int(numpr.find(f"{W}ilvl").get(f"{W}val"))
        assert num_id in nums, f"numId {num_id} has no w:num"
        abstract = abstracts[nums[num_id].find(f"{W}abstractNumId").get(f"{W}val")]
        lvl = abstract.find(f"{W}lvl[@{W}ilvl='{level}']")
        assert lvl is not None, f"numId {num_id} has no level {level}"
        text = "".join(t.text for t in p.iter(f"{W}t"))
        out[text] = (
            level,
            lvl.find(f"{W}numFmt").get(f"{W}val"),
            lvl.find(f"{W}lvlText").get(f"{W}val"),
        )
    return out


def _grid(path: Path) -> list[list[int]]:
    body = _xml(path, "word/document.xml")
    return [[int(c.get(f"{W}w")) for c in t.find(f"{W}tblGrid")] for t in body.iter(f"{W}tbl")]


def _extent(path: Path) -> tuple[int, int]:
    extent = next(_xml(path, "word/document.xml").iter(f"{WP}extent"))
    return int(extent.get("cx")), int(extent.get("cy"))


# --- a Word-like reference --------------------------------------------------------------


@pytest.fixture(scope="module")
def word_like(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("wordlike")
    reference = word_like_reference(folder / "reference.docx")
    return reference, _build(folder, reference)


def test_a_word_like_reference_passes_the_check(word_like):
    reference, _ = word_like
    check = DocxWriter.check_reference(reference)
    assert check.problems == () and check.notes == ()


def test_tables_fill_the_word_like_references_page(word_like):
    reference, out = word_like
    content = _content_width(reference)
    assert content == 12240 - 1800 - 1800  # US Letter, python-docx's 1.25 in margins
    grids = _grid(out)
    assert grids and all(sum(grid) == content for grid in grids)
    cells = _xml(out, "word/document.xml").iter(f"{W}tcW")
    assert {int(c.get(f"{W}w")) for c in cells} <= set(grids[0])


def test_the_picture_fits_the_word_like_references_page(word_like):
    reference, out = word_like
    cx, _cy = _extent(out)
    assert cx <= _content_width(reference) * 635
    assert cx == PICTURE_WIDTH  # 5.3 in fits in 6 in: kept


def test_bullets_and_numbers_on_the_word_like_reference(word_like):
    _, out = word_like
    items = _list_formats(out)
    first = next(k for k in items if k.startswith("First level"))
    assert items[first][:2] == (0, "bullet")
    assert items["Second level"][:2] == (1, "bullet")
    assert items["Third level"][:2] == (2, "bullet")
    assert items["Back to first"][:2] == (0, "bullet")
    assert items["One"] == items["Two"] == (0, "decimal", "%1.")


def test_the_writers_list_definitions_do_not_take_the_references_ids(word_like):
    reference, out = word_like
    theirs = _xml(reference, "word/numbering.xml")
    mine = _xml(out, "word/numbering.xml")
    kept = {a.get(f"{W}abstractNumId") for a in theirs.iter(f"{W}abstractNum")}
    now = [a.get(f"{W}abstractNumId") for a in mine.iter(f"{W}abstractNum")]
    assert kept < set(now) and len(now) == len(kept) + 2  # theirs kept, bullet and decimal added
    # schema order: every abstractNum before the first num
    tags = [etree.QName(c).localname for c in mine]
    assert tags.index("num") > max(i for i, t in enumerate(tags) if t == "abstractNum")


def test_footnote_ids_clear_a_references_own_separators(word_like):
    _, out = word_like
    notes = _xml(out, "word/footnotes.xml").findall(f"{W}footnote")
    ids = [int(n.get(f"{W}id")) for n in notes]
    assert len(ids) == len(set(ids)), ids  # no note takes a separator's id
    body_notes = {n.get(f"{W}id"): n for n in notes if n.get(f"{W}type") is None}
    refs = [r.get(f"{W}id") for r in _xml(out, "word/document.xml").iter(f"{W}footnoteReference")]
    assert refs and set(refs) == set(body_notes)
    assert all("".join(t.text for t in body_notes[r].iter(f"{W}t")).strip() for r in refs)


def test_header_and_footer_put_their_right_text_at_the_right_margin(word_like):
    """python-docx's Header and Footer styles stop at the centre (4680) and at 9360, made
    for 1 in margins: on this page (content 8640) the text after the tab went to the
    centre or past the margin."""
    reference, out = word_like
    content = _content_width(reference)
    with zipfile.ZipFile(out) as zf:
        parts = [n for n in zf.namelist() if re.fullmatch(r"word/(header|footer)\d+\.xml", n)]
    assert len(parts) == 2
    for name in parts:
        p = next(_xml(out, name).iter(f"{W}p"))
        stops = p.iterfind(f"{W}pPr/{W}tabs/{W}tab")
        tabs = [(t.get(f"{W}val"), int(t.get(f"{W}pos"))) for t in stops]
        assert ("right", content) in tabs and ("clear", 4680) in tabs, (name, tabs)
        assert ("clear", 9360) in tabs
        assert p.find(f"{W}r/{W}tab") is not None  # the line's own tab, to that stop


def test_the_shipped_header_and_footer_keep_their_styles_tab(built):
    out = built / "test-pack" / "en" / "note.docx"
    for name in ("word/header1.xml", "word/footer1.xml"):
        p = next(_xml(out, name).iter(f"{W}p"))
        assert p.find(f"{W}pPr/{W}tabs") is None  # the style's right stop at 9638 serves


# --- page geometry ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("width", "left", "right", "gutter", "content"),
    [
        ("8391", "1134", "1134", "0", 6123),  # A5: narrower than the 5.3 in picture
        ("11906", "1134", "1134", "567", 9071),  # a gutter takes its share
        ("210mm", "2cm", "2cm", "0", 9638),  # universal measures
    ],
)
def test_tables_and_picture_take_the_references_page(tmp_path, width, left, right, gutter, content):
    ref = _reference(tmp_path / "ref.docx", word__document_xml=_page(width, left, right, gutter))
    assert DocxWriter.check_reference(ref).problems == ()
    out = _build(tmp_path, ref)
    assert {sum(grid) for grid in _grid(out)} == {content}
    shipped_cx, shipped_cy = _extent(_build(tmp_path / "shipped", SHIPPED))
    cx, cy = _extent(out)
    assert cx == min(PICTURE_WIDTH, content * 635)
    assert abs(cy / cx - shipped_cy / shipped_cx) < 1e-3  # the aspect ratio kept


def test_a_reference_without_a_page_falls_back_to_a4_and_says_so(tmp_path):
    ref = _reference(
        tmp_path / "ref.docx", word__document_xml=re.sub(r"<w:sectPr>.*</w:sectPr>", "", DOCUMENT)
    )
    check = DocxWriter.check_reference(ref)
    assert check.problems == ()
    assert check.notes and "A4 with 2 cm left and right margins assumed" in check.notes[0]
    assert "w:sectPr" in check.notes[0]
    out = _build(tmp_path, ref)
    assert {sum(grid) for grid in _grid(out)} == {9638}
    size = _xml(out, "word/document.xml").find(f"{W}body/{W}sectPr/{W}pgSz")
    assert size.get(f"{W}w") == "11906"  # the file's page is the one assumed
    result = cli("check", root=tmp_path / "project")  # and `briefings check` warns
    assert "templates/docx/reference.docx" in result.stderr + result.output
    assert "A4 with 2 cm" in result.stderr + result.output


# --- numbering ---------------------------------------------------------------------------


def test_a_reference_without_a_numbering_part_gets_one(tmp_path):
    ref = _reference(tmp_path / "ref.docx", word__numbering_xml=None)
    with zipfile.ZipFile(ref) as zf:
        assert "word/numbering.xml" not in zf.namelist()
    assert DocxWriter.check_reference(ref).problems == ()
    items = _list_formats(_build(tmp_path, ref))
    assert items["Third level"][:2] == (2, "bullet") and items["Two"][:2] == (0, "decimal")


def test_a_reference_whose_numbers_1_and_2_are_something_else(tmp_path):
    """Today's ids mean other lists here: numId 1 numbers, abstractNum 2 is a bullet."""
    odd = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W_NS}">'
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="upperRoman"/>'
        '<w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="*"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
        '<w:numIdMacAtCleanup w:val="2"/></w:numbering>'
    )
    ref = _reference(tmp_path / "ref.docx", word__numbering_xml=odd)
    out = _build(tmp_path, ref)
    items = _list_formats(out)
    assert items["Second level"] == (1, "bullet", "–")
    assert items["One"] == (0, "decimal", "%1.")
    tags = [etree.QName(c).localname for c in _xml(out, "word/numbering.xml")]
    assert tags[-1] == "numIdMacAtCleanup"  # kept last, as the schema orders it


def test_the_shipped_reference_keeps_its_numbering_ids(built):
    """The shipped reference holds the writer's own definitions: reused, not repeated."""
    out = built / "test-pack" / "en" / "note.docx"
    numbering = _xml(out, "word/numbering.xml")
    assert [a.get(f"{W}abstractNumId") for a in numbering.iter(f"{W}abstractNum")] == ["1", "2"]
    body = _xml(out, "word/document.xml")
    used = {n.get(f"{W}val") for n in body.iter(f"{W}numId")}
    assert "1" in used and "101" in used


# --- what check_reference checks ---------------------------------------------------------


@pytest.mark.parametrize(
    ("part", "change", "message"),
    [
        (
            "word/styles.xml",
            lambda s: s.replace(
                '<w:style w:type="character" w:styleId="Hyperlink">',
                '<w:style w:type="paragraph" w:styleId="Hyperlink">',
            ),
            "styles of the wrong type: Hyperlink (a paragraph style; the writer applies it "
            "as a character style)",
        ),
        (
            "word/styles.xml",
            lambda s: re.sub(
                r'<w:style w:type="paragraph" w:styleId="Compact">.*?</w:style>', "", s
            ),
            "styles missing: Compact",
        ),
        (
            "word/numbering.xml",
            lambda s: s.replace('w:abstractNumId="2">', 'w:abstractNumId="two">'),
            "numbering part: ids that are not numbers: abstractNum 'two'",
        ),
        (
            "word/footnotes.xml",
            lambda s: s.replace('w:id="0"', 'w:id="zero"'),
            "the footnotes part has a w:footnote whose w:id is not a number",
        ),
        (
            "word/document.xml",
            lambda s: _page("11906", "6000", "6000"),
            "no room between the page margins (w:pgSz width 11906, w:pgMar left 6000, right "
            "6000, gutter 0 twips)",
        ),
    ],
)
def test_check_reference_names_what_the_writer_cannot_use(tmp_path, part, change, message):
    text = dict(reference_parts())[part]
    key = part.replace("/", "__").replace(".xml", "_xml")
    ref = _reference(tmp_path / "ref.docx", **{key: change(text)})
    assert message in DocxWriter.check_reference(ref).problems
    # the build reports it as a content error: the file and what is missing, no traceback
    root = copy_project(tmp_path / "project")
    target = root / "templates" / "docx" / "reference.docx"
    target.unlink()
    target.write_bytes(ref.read_bytes())
    result = cli("build", "--lang", "en", "--format", "docx", "-j", "1", root=root)
    assert result.exit_code == 1, result.output + result.stderr
    assert f"templates/docx/reference.docx: {message}" in result.stderr
    assert "Traceback" not in result.stderr + result.output
    assert not (root / "build" / "site" / "test-pack").exists()


def test_a_reference_without_footnotes_is_refused(tmp_path):
    ref = _reference(tmp_path / "ref.docx", word__footnotes_xml=None)
    assert DocxWriter.check_reference(ref).problems == (
        "the reference document has no footnotes part",
    )


# --- the dense size from the reference's own ---------------------------------------------


def _dense_styles(tmp_path: Path, styles: str) -> etree._Element:
    ref = _reference(tmp_path / "ref.docx", word__styles_xml=styles)
    doc = _doc([m.Paragraph((m.Text("A short note."),))])
    doc = dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, dense=True))
    return docx.Document(io.BytesIO(DocxWriter(ref).write(doc))).styles.element


def test_dense_follows_a_size_set_on_the_default_paragraph_style(tmp_path):
    styles = styles_xml().replace(
        '<w:name w:val="Normal"/><w:qFormat/></w:style>',
        '<w:name w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/>'
        "</w:rPr></w:style>",
    )
    root = _dense_styles(tmp_path, styles)
    normal = root.find(f"{W}style[@{W}styleId='Normal']/{W}rPr")
    assert normal.find(f"{W}sz").get(f"{W}val") == "23"  # 12 pt -> 11.5 pt
    assert root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}sz").get(f"{W}val") == "19"


def test_dense_is_relative_to_a_small_reference_size(tmp_path):
    styles = styles_xml().replace(
        '<w:sz w:val="20"/><w:szCs w:val="20"/>', '<w:sz w:val="16"/><w:szCs w:val="16"/>', 1
    )
    root = _dense_styles(tmp_path, styles)
    assert root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}sz").get(f"{W}val") == "15"


def test_a_reference_without_a_default_size_is_noted(tmp_path):
    styles = styles_xml().replace('<w:sz w:val="20"/><w:szCs w:val="20"/>', "", 1)
    ref = _reference(tmp_path / "ref.docx", word__styles_xml=styles)
    check = DocxWriter.check_reference(ref)
    assert check.problems == ()
    assert any("no default font size" in n for n in check.notes)


# --- the house accent colour ---------------------------------------------------------------


def _colours(path: Path) -> dict[str, str]:
    root = _xml(path, "word/styles.xml")
    style = {s.get(f"{W}styleId"): s for s in root.iter(f"{W}style")}

    def attr(sid: str, where: str, name: str) -> str:
        return style[sid].find(where).get(f"{W}{name}")

    first_row = f"{W}tblStylePr[@{W}type='firstRow']/{W}tcPr/{W}shd"
    first_col = f"{W}tblStylePr[@{W}type='firstCol']/{W}tcPr/{W}shd"
    return {
        "heading": attr("Heading1", f"{W}rPr/{W}color", "val"),
        "label": attr("ProductLabel", f"{W}rPr/{W}color", "val"),
        "summary edge": attr("Summary", f"{W}pPr/{W}pBdr/{W}left", "color"),
        "summary fill": attr("Summary", f"{W}pPr/{W}shd", "fill"),
        "link": attr("Hyperlink", f"{W}rPr/{W}color", "val"),
        "table head": attr("BriefingTable", first_row, "fill"),
        "first column": attr("BriefingTable", first_col, "fill"),
    }


def test_the_house_accent_colours_the_docx(built):
    """The fixture's house profile: accent #6a1b4d, accent_dark #4a1236 (headings, as the
    web page's h2)."""
    out = built / "test-pack" / "en" / "note.docx"
    assert _colours(out) == {
        "heading": "4A1236",
        "label": "6A1B4D",
        "summary edge": "6A1B4D",
        "summary fill": "F5EFF3",  # 7 % of the accent on white, as the PDF's
        "link": "6A1B4D",
        "table head": "6A1B4D",
        "first column": "F5EFF3",
    }
    body = _xml(out, "word/document.xml")  # and the document uses those styles
    used = {s.get(f"{W}val") for s in body.iter(f"{W}pStyle")} | {
        s.get(f"{W}val") for s in body.iter(f"{W}tblStyle")
    }
    assert {"Heading1", "ProductLabel", "Summary", "BriefingTable"} <= used


def test_without_a_house_accent_the_docx_keeps_the_references_colours(tmp_path):
    out = _build(tmp_path, SHIPPED, **{'colours: {accent: "#6a1b4d", accent_dark: "#4a1236"}': ""})
    assert set(_colours(out).values()) == {"0B4F9C", "EEF3FA"}
    with zipfile.ZipFile(out) as made, zipfile.ZipFile(SHIPPED) as ref:
        mine = made.read("word/styles.xml").decode()
        theirs = ref.read("word/styles.xml").decode()
    assert re.findall(r'w:(?:color|fill)="(\w+)"', mine) == re.findall(
        r'w:(?:color|fill)="(\w+)"', theirs
    )


def test_an_accent_alone_colours_the_headings_too_and_replaces_a_theme_colour(tmp_path):
    ref = word_like_reference(tmp_path / "ref.docx")
    data = DocxWriter(ref, accent="#2e7d32").write(_doc([m.Heading(2, (m.Text("H"),))]))
    styles = docx.Document(io.BytesIO(data)).styles.element
    color = styles.find(f"{W}style[@{W}styleId='Heading1']/{W}rPr/{W}color")
    assert color.get(f"{W}val") == "2E7D32"
    assert color.get(f"{W}themeColor") is None  # Word's theme colour would win otherwise
