"""The DOCX writer, read back with python-docx and lxml."""

from __future__ import annotations

import zipfile

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from briefings.writers.docx import STYLES_USED
from briefings.writers.docx.writer import DocxWriter

from .conftest import REPO

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def document(built):
    return docx.Document(str(built / "test-pack" / "en" / "note.docx"))


def _styles(document, part_el=None):
    body = part_el if part_el is not None else document.element.body
    return [
        p.find(f"{W}pPr/{W}pStyle").get(f"{W}val")
        for p in body.iter(f"{W}p")
        if p.find(f"{W}pPr/{W}pStyle") is not None
    ]


def test_reference_document_defines_every_style_the_writer_names():
    ref = docx.Document(str(REPO / "templates" / "docx" / "reference.docx"))
    ids = {s.style_id for s in ref.styles}
    for kind, names in STYLES_USED.items():
        assert names <= ids, f"{kind} styles missing: {names - ids}"
    check = DocxWriter.check_reference(REPO / "templates" / "docx" / "reference.docx")
    assert check.problems == () and check.notes == ()


def test_reference_document_is_regenerated_byte_identically(tmp_path):
    from briefings.writers.docx.reference import write_reference

    write_reference(tmp_path / "a.docx")
    assert (tmp_path / "a.docx").read_bytes() == (
        REPO / "templates" / "docx" / "reference.docx"
    ).read_bytes()


def test_title_headings_and_body_styles(document):
    styles = _styles(document)
    assert styles[:2] == ["ProductLabel", "Title"]
    assert "SummaryHeading" in styles and "Summary" in styles
    headings = [p.text for p in document.paragraphs if p.style.style_id.startswith("Heading")]
    assert headings[:3] == ["Background", "Dates", "Press"]
    levels = {
        p.text: p.style.style_id
        for p in document.paragraphs
        if p.style.style_id.startswith("Heading")
    }
    assert levels["Background"] == "Heading1" and levels["Press"] == "Heading2"


def test_lists_nest_with_levels_and_numbered_lists_restart(document):
    items = {}
    for p in document.element.body.iter(f"{W}p"):
        numpr = p.find(f"{W}pPr/{W}numPr")
        if numpr is not None:
            text = "".join(t.text for t in p.iter(f"{W}t"))
            items[text] = (
                int(numpr.find(f"{W}ilvl").get(f"{W}val")),
                int(numpr.find(f"{W}numId").get(f"{W}val")),
            )
    assert items["Second level"][0] == 1
    assert items["Third level"][0] == 2
    assert items["Back to first"][0] == 0
    assert items["One"][1] == items["Two"][1] != items["Back to first"][1]
    num_ids = {
        int(n.get(f"{W}numId")) for n in document.part.numbering_part.element.iter(f"{W}num")
    }
    assert items["One"][1] in num_ids


def test_real_footnotes_with_citation_text_and_links(document):
    part = next(r.target_part for r in document.part.rels.values() if r.reltype == RT.FOOTNOTES)
    from lxml import etree

    root = etree.fromstring(part.blob)
    notes = [n for n in root.iter(f"{W}footnote") if int(n.get(f"{W}id")) > 0]
    refs = list(document.element.body.iter(f"{W}footnoteReference"))
    assert len(refs) == len(notes) >= 5
    assert sorted(int(r.get(f"{W}id")) for r in refs) == sorted(int(n.get(f"{W}id")) for n in notes)
    first = "".join(t.text for t in notes[0].iter(f"{W}t"))
    assert "AI Act" in first and "Art. 113" in first and "OJ L, 2024/1689, 12.7.2024" in first
    links = [r.target_ref for r in part.rels.values() if r.reltype == RT.HYPERLINK]
    assert "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R1689" in links


def test_hyperlinks_are_clickable_relationships(document):
    links = list(document.element.body.iter(f"{W}hyperlink"))
    assert links
    targets = {
        document.part.rels[
            h.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        ].target_ref
        for h in links
    }
    assert "https://eur-lex.europa.eu/eli/reg/2024/1689/oj" in targets


def test_table_has_repeating_header_row_and_caption(document):
    table = document.tables[0]
    first_row = table.rows[0]._tr
    assert first_row.find(f"{W}trPr/{W}tblHeader") is not None
    assert [c.text for c in table.rows[0].cells] == ["Date", "Event"]
    assert table.rows[1].cells[0].text.startswith("1 August 2024")
    assert table.style.style_id == "BriefingTable"
    captions = [p.text for p in document.paragraphs if p.style.style_id == "Caption"]
    assert "Key dates" in captions


def test_timeline_figure_is_a_picture_with_alt_text(document):
    pics = list(
        document.element.body.iter(
            "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
        )
    )
    assert len(pics) == 1
    assert "1 August 2024" in pics[0].get("descr") and "18 May 2026" in pics[0].get("descr")


def test_header_footer_reference_and_page_fields(document):
    section = document.sections[0]
    assert "PE xxx.xxx (placeholder)" in section.header.paragraphs[0].text
    instr = [f.get(f"{W}instr").strip() for f in section.footer._element.iter(f"{W}fldSimple")]
    assert instr == ["PAGE", "NUMPAGES"]
    assert "Page" in section.footer.paragraphs[0].text


def test_language_in_style_defaults_and_core_properties(built):
    for lang, tag in (("en", "en-GB"), ("fr", "fr-FR"), ("de", "de-DE")):
        d = docx.Document(str(built / "test-pack" / lang / "note.docx"))
        el = d.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
        assert el.get(f"{W}val") == tag
        assert d.core_properties.language == tag
        assert d.core_properties.title
        assert d.core_properties.created.year == 2026


def test_fact_text_cannot_inject_markup_into_word(document):
    text = "\n".join(p.text for p in document.paragraphs)
    assert (
        "Text with *stars*, [brackets](javascript:alert(1)), "
        "<script>alert(1)</script> & # hash | pipe." in text
    )
    assert not any(h.get(f"{W}anchor") for h in document.element.body.iter(f"{W}hyperlink"))


def test_zip_entries_have_fixed_dates(built):
    with zipfile.ZipFile(built / "test-pack" / "en" / "note.docx") as zf:
        assert {i.date_time for i in zf.infolist()} == {(2026, 5, 18, 0, 0, 0)}
        assert zf.namelist()[0] == "[Content_Types].xml"


# --- finished on opening: internal links, column widths, table of contents ---------------


def _doc(blocks, product="briefing", footnotes=()):
    import datetime as dt

    from briefings import model as m

    meta = m.Meta(
        pack="p",
        document="d",
        lang="en",
        title="T",
        product=product,
        date=dt.date(2026, 5, 18),
        event_name="E",
        event_place="P",
        event_date=dt.date(2026, 5, 18),
        reference="PE 1",
        author=None,
        service="S",
    )
    return m.Document(meta, tuple(blocks), tuple(footnotes))


def _open(data: bytes):
    import io

    return docx.Document(io.BytesIO(data))


def _writer():
    return DocxWriter(REPO / "templates" / "docx" / "reference.docx")


def test_internal_links_are_bookmarks_and_anchored_hyperlinks_not_external_targets():
    from briefings import model as m

    doc = _doc(
        [
            m.Heading(2, (m.Text("Penalties"),)),
            m.Paragraph(
                (
                    m.Text("See "),
                    m.Link("#s-penalties", (m.Text("the penalties"),)),
                    m.Text(" and "),
                    m.Link("#s-nowhere", (m.Text("a dead one"),)),
                    m.FootnoteRef(1),
                )
            ),
        ],
        footnotes=[m.Footnote(1, (m.Link("#s-penalties", (m.Text("back"),)),))],
    )
    data = _writer().write(doc)
    document = _open(data)
    body = document.element.body
    marks = {b.get(f"{W}name"): b for b in body.iter(f"{W}bookmarkStart")}
    assert list(marks) == ["_Sec1"]
    heading = marks["_Sec1"].getparent()
    assert "".join(t.text for t in heading.iter(f"{W}t")) == "Penalties"
    ends = [e.get(f"{W}id") for e in heading.iter(f"{W}bookmarkEnd")]
    assert ends == [marks["_Sec1"].get(f"{W}id")]
    links = [h for h in body.iter(f"{W}hyperlink")]
    assert [h.get(f"{W}anchor") for h in links] == ["_Sec1"]
    assert "".join(t.text for t in links[0].iter(f"{W}t")) == "the penalties"
    text = "".join(t.text for t in body.iter(f"{W}t"))
    assert "a dead one" in text  # an unknown target stays text, not a dead link
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as zf:
        rels = zf.read("word/_rels/document.xml.rels").decode()
        notes = zf.read("word/footnotes.xml").decode()
    assert "#s-" not in rels and "relationships/hyperlink" not in rels  # no external link at all
    assert 'w:anchor="_Sec1"' in notes  # a link in a footnote reaches the heading too


def test_first_column_is_never_narrower_than_its_longest_word():
    from briefings import model as m
    from briefings.writers.columns import CELL_PADDING_PT, word_width_pt
    from briefings.writers.docx.writer import SHIPPED_PAGE, _column_widths

    def cell(text):
        return m.TableCell((m.Text(text),))

    long = (
        "Commission through the AI Office for models; national market surveillance authorities " * 2
    )
    table = m.Table(
        header=(cell("Feature"), cell("AI Act"), cell("NIS2"), cell("CRA")),
        rows=(
            (cell("Supervisors"), cell(long), cell(long), cell(long)),
            (cell("Application"), cell(long), cell(long), cell(long)),
        ),
    )
    widths = _column_widths(table, 4, SHIPPED_PAGE.content)
    assert sum(widths) == SHIPPED_PAGE.content == 9638  # A4 less 2 cm each side
    for word in ("Supervisors", "Application"):
        assert widths[0] / 20 >= word_width_pt(word, bold=True) + CELL_PADDING_PT, (word, widths)
    assert widths[1] > widths[0]  # long text still gets the room


def test_shipped_english_briefing_tables_fit_their_first_column_words(shipped):
    from briefings.writers.columns import CELL_PADDING_PT, word_width_pt

    document = docx.Document(str(shipped / "plenary-2026-05-18" / "en" / "briefing.docx"))
    checked = 0
    for table in document.tables:
        grid = [int(c.get(f"{W}w")) for c in table._tbl.find(f"{W}tblGrid")]
        for row in table.rows:
            for word in row.cells[0].text.split():
                assert grid[0] / 20 >= word_width_pt(word, bold=True) + CELL_PADDING_PT, word
                checked += 1
    assert checked > 20


def test_briefing_opens_with_a_filled_table_of_contents(shipped):
    document = docx.Document(str(shipped / "plenary-2026-05-18" / "en" / "briefing.docx"))
    body = document.element.body
    sdts = list(body.iter(f"{W}sdt"))
    assert len(sdts) == 1
    gallery = sdts[0].find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
    assert gallery.get(f"{W}val") == "Table of Contents"
    content = sdts[0].find(f"{W}sdtContent")
    instr = "".join(t.text for t in content.iter(f"{W}instrText"))
    assert instr.strip().startswith("TOC ")
    kinds = [f.get(f"{W}fldCharType") for f in content.iter(f"{W}fldChar")]
    assert kinds == ["begin", "separate", "end"]
    entries = [
        ("".join(t.text for t in h.iter(f"{W}t")), h.get(f"{W}anchor"))
        for h in content.iter(f"{W}hyperlink")
    ]
    headings = [
        p
        for p in body.iter(f"{W}p")
        if p.find(f"{W}pPr/{W}pStyle") is not None
        and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "Heading1"
    ]
    marked = {
        p.find(f"{W}bookmarkStart").get(f"{W}name"): "".join(t.text for t in p.iter(f"{W}t"))
        for p in headings
        if p.find(f"{W}bookmarkStart") is not None
    }
    assert len(entries) >= 5
    for text, anchor in entries:  # each entry shows its heading and links to it
        assert marked[anchor].startswith(text), (text, anchor)
    title = content.find(f"{W}p")
    assert "".join(t.text for t in title.iter(f"{W}t")) == "In this briefing"
    # the other products do not ask for one
    glance = docx.Document(str(shipped / "plenary-2026-05-18" / "en" / "at-a-glance.docx"))
    assert not list(glance.element.body.iter(f"{W}sdt"))


def test_table_of_contents_falls_back_when_the_reference_lacks_its_styles(tmp_path):
    import re

    from briefings import model as m
    from briefings.writers.docx.reference import reference_parts, styles_xml

    ref = tmp_path / "reference.docx"
    with zipfile.ZipFile(ref, "w") as zf:
        for name, text in reference_parts():
            if name == "word/styles.xml":
                text = re.sub(
                    r'<w:style w:type="paragraph" w:styleId="TOC(Heading|1)">.*?</w:style>',
                    "",
                    styles_xml(),
                )
            zf.writestr(name, text)
    assert DocxWriter.check_reference(ref).problems == ()
    import dataclasses

    doc = _doc([m.Heading(2, (m.Text(f"H{i}"),)) for i in range(3)])
    doc = dataclasses.replace(
        doc, meta=dataclasses.replace(doc.meta, contents=True)
    )  # a product with contents
    document = _open(DocxWriter(ref).write(doc))
    content = next(document.element.body.iter(f"{W}sdtContent"))
    assert {p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") for p in content.iter(f"{W}p")} == {
        "SummaryHeading",
        "Compact",
    }
