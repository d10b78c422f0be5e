"""The PDF writer: tagged PDF/UA-1 read back with pikepdf and poppler's pdftotext."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings import model as m
from briefings.site.pages import human_size
from briefings.writers import WriteContext
from briefings.writers.pdf import PdfError, PdfWriter, inputs_hash
from briefings.writers.pdf.typst_source import lit, shown, typst_source

from .conftest import REPO, cli, copy_project

WHEN = WriteContext(when=dt.datetime(2026, 5, 18))
needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed"
)


@pytest.fixture(scope="session")
def writer() -> PdfWriter:
    return PdfWriter()


@pytest.fixture(scope="session")
def pdf_built(tmp_path_factory) -> Path:
    """The fixture project (en, and de, fr, pl with no translations: all fallback) with PDF."""
    root = copy_project(tmp_path_factory.mktemp("pdf") / "project")
    result = cli("build", "--format", "html,docx,pdf", "-j", "1", root=root)
    assert result.exit_code == 0, result.output + result.stderr
    return root / "build" / "site"


@pytest.fixture(scope="session")
def pdf_shipped(tmp_path_factory) -> Path:
    """The shipped packs in English, French and Greek, with PDF (`--format html,docx,pdf`)."""
    out = tmp_path_factory.mktemp("pdf-shipped") / "site"
    result = cli(
        "build", "--out", out, "--lang", "en,fr,el", "--format", "html,docx,pdf", root=REPO
    )
    assert result.exit_code == 0, result.output + result.stderr
    return out


def doc_of(blocks, footnotes=(), lang="en", product="briefing", title="T") -> m.Document:
    meta = m.Meta(
        pack="p",
        document="d",
        lang=lang,
        title=title,
        product=product,
        date=dt.date(2026, 5, 18),
        event_name="E",
        event_place="P",
        event_date=dt.date(2026, 5, 18),
        reference="PE 1",
        author=None,
        service="S",
    )
    return m.Document(meta, tuple(blocks), tuple(footnotes), (), {})


def struct_elements(pdf: pikepdf.Pdf):
    """Every structure element, depth first (reading order)."""
    out = []

    def walk(node):
        if isinstance(node, pikepdf.Dictionary):
            if "/S" in node:
                out.append(node)
            kids = node.get("/K")
            if isinstance(kids, pikepdf.Array):
                for kid in kids:
                    walk(kid)
            elif kids is not None:
                walk(kids)

    walk(pdf.Root.StructTreeRoot)
    return out


def outline_titles(pdf: pikepdf.Pdf) -> list[str]:
    titles = []
    with pdf.open_outline() as outline:

        def walk(items):
            for item in items:
                titles.append(str(item.title))
                walk(item.children)

        walk(outline.root)
    return titles


def fonts_of(pdf: pikepdf.Pdf):
    seen = {}
    for page in pdf.pages:
        for _, font in page.Resources.get("/Font", {}).items():
            seen[font.objgen] = font
    return list(seen.values())


def text_of(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


# --- the document as a whole ------------------------------------------------------


def test_every_published_document_and_language_has_a_pdf(pdf_built):
    for lang in ("de", "en", "fr", "pl"):
        assert (pdf_built / "test-pack" / lang / "note.pdf").read_bytes()[:5] == b"%PDF-"


def test_pdf_ua_essentials_structure_language_title_marked(pdf_built):
    for lang in ("en", "fr"):
        with pikepdf.open(pdf_built / "test-pack" / lang / "note.pdf") as pdf:
            root = pdf.Root
            assert "/StructTreeRoot" in root
            assert struct_elements(pdf)
            assert str(root.Lang) == lang
            assert bool(root.MarkInfo.Marked) is True
            assert bool(root.ViewerPreferences.DisplayDocTitle) is True
            assert str(pdf.docinfo.Title) == "A test briefing"
            with pdf.open_metadata() as xmp:
                assert xmp.get("pdfuaid:part") == "1"
                assert xmp.get("dc:title") == "A test briefing"


def test_headings_lists_tables_notes_and_figure_are_tagged(pdf_built):
    with pikepdf.open(pdf_built / "test-pack" / "en" / "note.pdf") as pdf:
        kinds = [str(e.S) for e in struct_elements(pdf)]
        for kind in (
            "/H1",
            "/H2",
            "/P",
            "/L",
            "/LI",
            "/Table",
            "/TH",
            "/TD",
            "/Note",
            "/Figure",
            "/Link",
        ):
            assert kind in kinds, kind
        # the table's header row is made of header cells, repeated on each page it spans
        assert kinds.count("/TH") >= 2


def test_every_figure_has_alt_text(pdf_built, pdf_shipped):
    paths = [pdf_built / "test-pack" / "en" / "note.pdf", *sorted(pdf_shipped.glob("*/*/*.pdf"))]
    figures = 0
    for path in paths:
        with pikepdf.open(path) as pdf:
            for element in struct_elements(pdf):
                if str(element.S) == "/Figure":
                    figures += 1
                    assert str(element.get("/Alt", "")).strip(), path
    assert (
        figures >= 1
    )  # the fixture's timeline (the shipped at-a-glance lost its figure in the 2nd edition)


def test_every_font_is_embedded_and_is_a_shipped_or_typst_font(pdf_built, pdf_shipped):
    paths = [pdf_built / "test-pack" / "en" / "note.pdf", *sorted(pdf_shipped.glob("*/*/*.pdf"))]
    names = set()
    for path in paths:
        with pikepdf.open(path) as pdf:
            for font in fonts_of(pdf):
                descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                descriptor = descendant.FontDescriptor
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (
                    path,
                    font.BaseFont,
                )
                names.add(str(font.BaseFont).split("+", 1)[-1])
    assert names <= {
        "Carlito",
        "Carlito-Bold",
        "Carlito-Italic",
        "Carlito-BoldItalic",
        "DejaVuSansMono",
        "DejaVuSansMono-Bold",
    }, names
    assert "Carlito" in names


def test_outline_has_an_entry_for_every_heading(pdf_built):
    with pikepdf.open(pdf_built / "test-pack" / "en" / "note.pdf") as pdf:
        titles = outline_titles(pdf)
    assert titles[:4] == ["Summary", "Background", "Dates", "Press"]


@needs_poppler
def test_pdftotext_finds_headings_and_notes_in_reading_order(pdf_built):
    text = text_of(pdf_built / "test-pack" / "en" / "note.pdf")
    order = ["A test briefing", "Background", "Dates", "Key dates", "Press"]
    positions = [text.index(t) for t in order]
    assert positions == sorted(positions), positions
    assert "OJ L, 2024/1689, 12.7.2024" in text  # a note's text, on the page
    assert "Page 1 of" in text and "PE xxx.xxx (placeholder)" in text
    # note 1 is cited in the summary and printed at the foot of the first page, after it
    first_page = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf_built / "test-pack" / "en" / "note.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert first_page.index("Providers of a") < first_page.index("AI Act, Art.")


def test_fallback_passages_are_tagged_english_in_a_french_pdf(pdf_built):
    with pikepdf.open(pdf_built / "test-pack" / "fr" / "note.pdf") as pdf:
        assert str(pdf.Root.Lang) == "fr"
        langs = set()
        for page in pdf.pages:
            for operands, operator in pikepdf.parse_content_stream(page):
                if (
                    str(operator) == "BDC"
                    and isinstance(operands[1], pikepdf.Dictionary)
                    and "/Lang" in operands[1]
                ):
                    langs.add(str(operands[1].Lang))
        langs |= {str(e.Lang) for e in struct_elements(pdf) if "/Lang" in e}
    assert "en" in langs


def test_english_pdf_marks_no_passage_as_another_language(pdf_built):
    with pikepdf.open(pdf_built / "test-pack" / "en" / "note.pdf") as pdf:
        for page in pdf.pages:
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) == "BDC" and isinstance(operands[1], pikepdf.Dictionary):
                    assert str(operands[1].get("/Lang", "en")) == "en"


def test_links_are_clickable_inside_and_outside(writer, tmp_path):
    doc = doc_of(
        [
            m.Heading(2, (m.Text("Penalties"),)),
            m.Paragraph(
                (
                    m.Link("#s-penalties", (m.Text("inside"),)),
                    m.Text(" "),
                    m.Link("https://eur-lex.europa.eu/eli/reg/2024/1689/oj", (m.Text("outside"),)),
                )
            ),
        ]
    )
    path = tmp_path / "l.pdf"
    path.write_bytes(writer.write(doc, WHEN))
    with pikepdf.open(path) as pdf:
        annots = [a for page in pdf.pages for a in page.get("/Annots", [])]
        uris = [str(a.A.URI) for a in annots if "/A" in a and "/URI" in a.A]
        internal = [a for a in annots if ("/Dest" in a) or ("/A" in a and str(a.A.S) == "/GoTo")]
    assert uris == ["https://eur-lex.europa.eu/eli/reg/2024/1689/oj"]
    assert len(internal) == 1


def test_two_builds_are_byte_identical_and_dated_by_the_pack(tmp_path):
    outs = []
    for name in ("a", "b"):
        root = copy_project(tmp_path / name)
        result = cli("build", "--format", "pdf", "--lang", "en", "-j", "1", root=root)
        assert result.exit_code == 0, result.output + result.stderr
        outs.append((root / "build" / "site" / "test-pack" / "en" / "note.pdf").read_bytes())
    assert outs[0] == outs[1]
    with pikepdf.open(__import__("io").BytesIO(outs[0])) as pdf:
        assert str(pdf.docinfo.CreationDate).startswith("D:20260518")


def test_source_date_epoch_sets_the_pdf_date(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    root = copy_project(tmp_path / "p")
    result = cli("build", "--format", "pdf", "--lang", "en", "-j", "1", root=root)
    assert result.exit_code == 0, result.output + result.stderr
    with pikepdf.open(root / "build" / "site" / "test-pack" / "en" / "note.pdf") as pdf:
        assert str(pdf.docinfo.CreationDate).startswith("D:20231114221320")


# --- on the site ------------------------------------------------------------------


def test_pack_index_and_page_offer_the_pdf_with_its_size(pdf_built):
    size = (pdf_built / "test-pack" / "en" / "note.pdf").stat().st_size
    index = (pdf_built / "test-pack" / "en" / "index.html").read_text(encoding="utf-8")
    page = (pdf_built / "test-pack" / "en" / "note.html").read_text(encoding="utf-8")
    for html in (index, page):
        assert re.search(
            r'<a href="note\.pdf" download>PDF document \(PDF\)(<span class="visually-hidden">'
            r'[^<]*</span>)?</a> <span class="size">\(\d+ KB\)</span>',
            html,
        )
        assert html.index("note.docx") < html.index("note.pdf")
    assert f'<span class="size">({human_size(size)})</span>' in index


def test_pdf_is_a_default_format_and_kept_up_to_date(tmp_path):
    """A plain build makes PDFs (a default format since the no-change check got cheap);
    `--format html,docx` leaves them out; a later plain build adds them and keeps them
    up to date."""
    root = copy_project(tmp_path / "p")
    folder = root / "build" / "site" / "test-pack" / "en"
    assert (
        cli("build", "--lang", "en", "--format", "html,docx", "-j", "1", root=root).exit_code == 0
    )
    assert sorted(p.suffix for p in folder.glob("note.*")) == [".docx", ".html"]
    assert 'href="note.pdf"' not in (folder / "index.html").read_text()
    assert cli("build", "--lang", "en", "-j", "1", root=root).exit_code == 0
    assert sorted(p.suffix for p in folder.glob("note.*")) == [".docx", ".html", ".pdf"]
    assert 'href="note.pdf"' in (folder / "index.html").read_text()
    tpl = root / "templates" / "briefings" / "note.md"
    tpl.write_text(tpl.read_text().replace("## Background", "## Background, edited"))
    assert cli("build", "--lang", "en", "-j", "1", root=root).exit_code == 0
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", str(folder / "note.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Background, edited" in text


def test_the_fonts_and_typst_version_are_in_the_incremental_key(tmp_path):
    fonts = tmp_path / "fonts"
    shutil.copytree(REPO / "briefings" / "fonts", fonts)
    before = inputs_hash(fonts)
    (fonts / "Carlito-Regular.ttf").write_bytes(
        (fonts / "Carlito-Regular.ttf").read_bytes() + b"\0"
    )
    assert inputs_hash(fonts) != before
    from briefings.build.incremental import Inputs
    from briefings.sources.library import load_library

    lib = load_library(copy_project(tmp_path / "p"))
    inputs = Inputs(lib, None)
    assert inputs.own["pdf"] == inputs_hash()  # the PDF key holds the fonts and Typst
    assert inputs.format_key("c", "pdf", {}) != inputs.format_key("c", "html", {})


# --- nothing in the text is Typst code ----------------------------------------------


def _typst_eval(expression: str):
    """Typst's value of `expression`, evaluated in a forked child (Typst's threads and
    memoized state never enter the test process)."""
    import typst

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read)
            with os.fdopen(write, "wb") as out:
                out.write(typst.Compiler().eval(expression, format="json").encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    return json.loads(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(), min_size=1, max_size=12))
def test_any_text_becomes_a_typst_string_with_exactly_that_value(texts):
    got = _typst_eval("(" + ", ".join(lit(t) for t in texts) + ",)")
    want = ["".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in t) for t in texts]
    assert got == want


HOSTILE = st.sampled_from(
    [
        '#panic("pwned")',
        "#set page(width: 1pt)",
        "]",
        "[",
        "}",
        "{",
        '"',
        "\\",
        "\\u{41}",
        "<sec-1>",
        "@sec-1",
        "$x^2$",
        "= Heading",
        "== Heading",
        "- item",
        "+ item",
        "*bold*",
        "_emph_",
        "`raw`",
        "// comment",
        "/*",
        "*/",
        "#let x = 1",
        '#import "x.typ"',
        '#read("/etc/passwd")',
        "~",
        "'",
        "\u202e",
        "\x00",
        "\n",
        "\t",
        "#",
        ")",
        "\x1f",
        "\ufeff",
        "😀",
        "中",
        "\u200b",
        "\u00ad",
        "א",
    ]
)
TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=12)), min_size=1, max_size=6).map("".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_hostile_text_in_every_node_compiles_and_stays_text(writer, tmp_path_factory, text):
    cell = m.TableCell((m.Text(text),), "right")
    blocks = [
        m.Callout("summary", (m.Paragraph((m.Text(text), m.FootnoteRef(1))),)),
        m.Heading(2, (m.Text(text),)),
        m.Paragraph(
            (
                m.Strong((m.Text(text),)),
                m.Emph((m.Text(text, "en"),)),
                m.Code(text),
                m.LineBreak(),
                m.Link("https://e.eu/?q=" + text.replace('"', ""), (m.Text(text or "x"),)),
                m.FootnoteRef(1),
            ),
            lang="en",
        ),
        m.ListBlock(
            True,
            (
                (m.Paragraph((m.Text(text),)),),
                (m.ListBlock(False, ((m.Paragraph((m.Text(text),)),),)),),
            ),
        ),
        m.Table(
            (cell, m.TableCell((m.Text("h"),))), ((m.TableCell((m.Text(text),)),),), (m.Text(text),)
        ),
        m.Quote((m.Paragraph((m.Text(text),)),)),
        m.Figure(
            "timeline",
            (m.TimelineEntry(dt.date(2026, 5, 18), (m.Text(text),), True),),
            alt=text or "alt",
            caption=(m.Text(text),),
        ),
    ]
    doc = doc_of(blocks, [m.Footnote(1, (m.Text(text),))], title=text or "T")
    data = writer.write(doc, WHEN)
    path = tmp_path_factory.mktemp("hostile") / "h.pdf"
    path.write_bytes(data)
    with pikepdf.open(path) as pdf:
        titles = outline_titles(pdf)
        kinds = [str(e.S) for e in struct_elements(pdf)]
        pages = len(pdf.pages)
    headings = 2 if shown(text).strip() else 1  # an empty heading is left out (PDF/UA)
    assert len(titles) == headings  # the summary and the one heading: text made none
    assert kinds.count("/H1") == headings and "/H2" not in kinds
    assert pages <= 3  # no `#set page(...)` took effect


@needs_poppler
def test_typst_syntax_in_facts_is_printed_literally(writer, tmp_path):
    text = '#panic("no") *not bold* $x$ <sec-1> @sec-1 = not a heading // kept'
    doc = doc_of([m.Paragraph((m.Text(text),)), m.Heading(2, (m.Text("H"),))])
    path = tmp_path / "t.pdf"
    path.write_bytes(writer.write(doc, WHEN))
    flat = " ".join(text_of(path).split())
    assert text in flat


def test_typst_errors_come_back_as_pdf_errors(writer):
    with pytest.raises(PdfError, match="boom"):
        writer.compile(b'#panic("boom")', dt.datetime(2026, 5, 18, tzinfo=dt.UTC))


def test_the_build_process_never_runs_typst_itself(writer):
    threads = len(os.listdir("/proc/self/task")) if os.path.isdir("/proc/self/task") else None
    writer.write(doc_of([m.Paragraph((m.Text("x"),))]), WHEN)
    if threads is not None:
        assert (
            len(os.listdir("/proc/self/task")) == threads
        )  # Typst's thread pool lives in the child


def test_markup_is_generated_from_the_model_only():
    doc = doc_of([m.Paragraph((m.Text("plain"),))])
    source = typst_source(doc)
    assert '#par[#"plain"]' in source
    assert '#set text(font: "Carlito", size: 10pt, lang: "en", hyphenate: false)' in source


def test_characters_no_font_has_are_printed_as_replacement_marks(writer, tmp_path):
    doc = doc_of([m.Paragraph((m.Text("emoji 😀, ideograph 中, control \x1f, bom \ufeff end"),))])
    path = tmp_path / "c.pdf"
    path.write_bytes(writer.write(doc, WHEN))
    if shutil.which("pdftotext"):
        flat = " ".join(text_of(path).split())
        assert "emoji \ufffd, ideograph \ufffd, control , bom end" in flat


# --- looks: page count against the Word file --------------------------------------


@pytest.mark.integration
@pytest.mark.skipif(
    not __import__("tests.tools", fromlist=["soffice"]).soffice(),
    reason="LibreOffice (soffice) not installed; CI installs libreoffice-writer-nogui",
)
def test_page_counts_within_a_fifth_of_the_word_file_in_libreoffice(pdf_shipped, tmp_path):
    from .test_integration import pdf_pages, to_pdf

    for unit in (
        "plenary-2026-05-18/en/briefing",
        "plenary-2026-05-18/fr/briefing",
        "plenary-2026-05-18/fr/at-a-glance",
        "ai-act-demo/en/ai-act-timeline",
    ):
        ours = pdf_pages(pdf_shipped / f"{unit}.pdf")
        word = pdf_pages(to_pdf(pdf_shipped / f"{unit}.docx", tmp_path))
        assert abs(ours - word) <= 0.2 * word, (unit, ours, word)


@needs_poppler
def test_a_table_row_taller_than_a_page_breaks_instead_of_losing_text(writer, tmp_path):
    """Rows stay on one page (as Word's cantSplit) unless that would cut a long row off."""
    long = "word " * 3000
    table = m.Table(
        (m.TableCell((m.Text("A"),)), m.TableCell((m.Text("B"),))),
        tuple(
            (m.TableCell((m.Text(f"r{i}"),)), m.TableCell((m.Text(long if i == 1 else "x"),)))
            for i in range(3)
        ),
    )
    path = tmp_path / "t.pdf"
    path.write_bytes(writer.write(doc_of([m.Paragraph((m.Text("intro " * 200),)), table]), WHEN))
    assert text_of(path).count("word") == 3000


def test_a_combining_mark_no_font_has_does_not_stop_the_pdf(writer, tmp_path):
    """Typst names only the base letter of such a cluster: the writer never replaces
    characters Carlito has (the digit stays), and ends with '?' for what no font shows."""
    doc = doc_of([m.Paragraph((m.Text("Art. 10\U0001cf30 and 2024"),))])
    path = tmp_path / "c.pdf"
    path.write_bytes(writer.write(doc, WHEN))
    if shutil.which("pdftotext"):
        flat = " ".join(text_of(path).split())
        assert "Art. 10? and 2024" in flat


def test_carlito_covers_latin_greek_and_cyrillic_of_all_24_languages():
    from briefings.writers.pdf import carlito

    letters = (
        "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿ"
        "ĀāĂăĄąĆćČčĎďĐđĒēĖėĘęĚěĢģĪīĮįĶķĹĺĻļĽľŁłŃńŅņŇňŐőŒœŔŕŘřŚśŞşŠšŢţŤťŪūŮůŰűŲųŹźŻżŽžȘșȚțĊċĠġĦħ"
        "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώΆΈΉΊΌΎΏϊϋΐΰ"
        "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯабвгдежзийклмнопрстуфхцчшщъьюя"
        "€–—‘’‚“”„…«»·•§"
    )
    assert [ch for ch in letters if ord(ch) not in carlito()] == []


@needs_poppler
def test_notes_carry_the_documents_numbers_and_a_second_reference_adds_no_note(writer, tmp_path):
    """The markers are the Document's note numbers (no footnote counter: see typst_source),
    so they must match the notes printed at the foot, in order, each note once."""
    doc = doc_of(
        [
            m.Paragraph(
                (
                    m.Text("Alpha"),
                    m.FootnoteRef(1),
                    m.Text(" beta"),
                    m.FootnoteRef(2),
                    m.Text(" gamma"),
                    m.FootnoteRef(1),
                    m.Text(" delta"),
                    m.FootnoteRef(3),
                )
            )
        ],
        [
            m.Footnote(1, (m.Text("First note."),)),
            m.Footnote(2, (m.Text("Second note."),)),
            m.Footnote(3, (m.Text("Third note."),)),
        ],
    )
    path = tmp_path / "n.pdf"
    path.write_bytes(writer.write(doc, WHEN))
    text = text_of(path)
    assert "Alpha1 beta2 gamma1 delta3" in " ".join(text.split())
    entries = re.findall(r"^(\d+) (\w+) note\.$", text, re.M)
    assert entries == [("1", "First"), ("2", "Second"), ("3", "Third")]
    with pikepdf.open(path) as pdf:
        assert [str(e.S) for e in struct_elements(pdf)].count("/Note") == 3


def test_a_forked_process_compiles_through_a_server_of_its_own(writer):
    """A build worker is forked from the process that made the writer: it must not talk to
    its parent's compile server (the pipes are shared) but start its own."""
    doc = doc_of([m.Paragraph((m.Text("fork"),))])
    mine = writer.write(doc, WHEN)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.close(read)
            ok = writer.write(doc, WHEN) == mine and os.getpid() in writer._servers
            writer.close()
            code = 0 if ok else 3
        finally:
            os._exit(code)
    os.close(write)
    os.close(read)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert writer.write(doc, WHEN) == mine  # the parent's server still answers


def test_the_house_logo_is_in_every_page_header_as_a_pagination_artifact(tmp_path):
    """The fixture's house profile has a logo (an SVG, #6a1b4d): drawn in the running
    header of every page, inside /Artifact /Pagination marked content (page furniture,
    as PDF/UA wants it, not read out on every page), so it adds no /Figure. (The profile's
    accent, in which headings are drawn, is also #6a1b4d: set to another colour here.)"""
    root = copy_project(tmp_path / "p")
    house = root / "sources" / "house.yaml"
    house.write_text(
        house.read_text(encoding="utf-8").replace('accent: "#6a1b4d"', 'accent: "#2e7d32"'),
        encoding="utf-8",
    )
    result = cli("build", "--format", "pdf", "--lang", "en,fr", "-j", "1", root=root)
    assert result.exit_code == 0, result.output + result.stderr
    logo_fill = [0.416, 0.106, 0.302]  # #6a1b4d
    for lang in ("en", "fr"):
        with pikepdf.open(root / "build" / "site" / "test-pack" / lang / "note.pdf") as pdf:
            for page in pdf.pages:
                stack, logo_in = [], []
                for operands, operator in pikepdf.parse_content_stream(page):
                    op = str(operator)
                    if op in ("BDC", "BMC"):
                        props = (
                            operands[1]
                            if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary)
                            else {}
                        )
                        stack.append((str(operands[0]), str(props.get("/Type", ""))))
                    elif op == "EMC":
                        stack.pop()
                    elif (
                        op in ("rg", "scn") and [round(float(x), 3) for x in operands] == logo_fill
                    ):
                        logo_in.append(list(stack))
                assert logo_in and all(("/Artifact", "/Pagination") in s for s in logo_in), (
                    lang,
                    logo_in,
                )
            figures = [e for e in struct_elements(pdf) if str(e.S) == "/Figure"]
            assert len(figures) == 1  # the timeline only


def test_the_logo_carries_alt_text_in_the_readers_language():
    from briefings.writers.pdf.typst_source import Logo

    svg = (
        REPO / "tests" / "fixtures" / "project" / "templates" / "house" / "logo.svg"
    ).read_bytes()
    doc = doc_of([m.Paragraph((m.Text("x"),))], lang="fr")
    doc = m.Document(
        doc.meta,
        doc.blocks,
        doc.footnotes,
        doc.references,
        {"logo_alt": "Service de recherche parlementaire"},
    )
    source = typst_source(doc, logo=Logo(svg, "svg"))
    assert 'format: "svg", height: 0.7cm, alt: "Service de recherche parlementaire"' in source
    assert (
        typst_source(doc_of([m.Paragraph((m.Text("x"),))])).count("image(") == 0
    )  # no logo, no image


@needs_poppler
def test_the_contents_list_every_section_with_its_page_and_is_tagged_as_a_toc(pdf_shipped):
    """The outline's block has a height fixed from the first layout pass (see
    typst_source.contents): its entries must still all be there, tagged TOC/TOCI, each
    with the page its section starts on, and nothing may be drawn over the text after it."""
    path = pdf_shipped / "plenary-2026-05-18" / "en" / "briefing.pdf"
    with pikepdf.open(path) as pdf:
        kinds = [str(e.S) for e in struct_elements(pdf)]
        pages = len(pdf.pages)
    first = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    entries = re.findall(r"^\s*(\S.*?)\s*(?:\. ?){3,}[\s\u2060]*(\d+)\s*$", first, re.M)
    assert len(entries) >= 5 and kinds.count("/TOCI") == len(entries) and "/TOC" in kinds
    for title, page in entries:
        on_page = subprocess.run(
            ["pdftotext", "-f", page, "-l", page, str(path), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        assert title in " ".join(on_page.split()), (title, page)
        assert 1 <= int(page) <= pages
    # the first section follows the contents on page 1 (as its entry says)
    assert entries[0] == ("Context: the Commission's talks with AI providers", "1")
    assert first.index("Context: the Commission's", first.index(entries[-1][0])) > 0


@needs_poppler
def test_a_partly_translated_pdf_says_how_much_as_the_word_file_does(pdf_built):
    """The notice is the one the web page and Word file show (measured coverage, the legend of
    shading), never a label's key."""
    text = " ".join(text_of(pdf_built / "test-pack" / "fr" / "note.pdf").split())
    assert "fallback_notice" not in text
    assert re.search(r"Partly translated: \d+ % of this document is in this language", text)
    assert "Passages in English are shaded." in text
    english = " ".join(text_of(pdf_built / "test-pack" / "en" / "note.pdf").split())
    assert "Partly translated" not in english


# --- row header cells ---------------------------------------------------------------


def _tables_of(pdf: pikepdf.Pdf):
    """Each /Table's rows outside its THead, as lists of their cells (structure elements)."""
    from briefings.writers.pdf.row_headers import body_rows

    out = []
    for table in (e for e in struct_elements(pdf) if str(e.S) == "/Table"):
        out.append(
            [
                [
                    c
                    for c in (r.K if isinstance(r.K, pikepdf.Array) else [r.K])
                    if isinstance(c, pikepdf.Dictionary) and "/S" in c
                ]
                for r in body_rows(table)
            ]
        )
    return out


def _table_attr(cell) -> pikepdf.Dictionary:
    attrs = cell.A if isinstance(cell.A, pikepdf.Array) else [cell.A]
    return next(a for a in attrs if a.get("/O") == "/Table")


def _assert_row_headers(pdf: pikepdf.Pdf, rows_per_table: list[int]):
    ids = pikepdf.NameTree(pdf.Root.StructTreeRoot.IDTree)
    tables = _tables_of(pdf)
    assert [len(rows) for rows in tables] == rows_per_table
    for rows in tables:
        for cells in rows:
            head, rest = cells[0], cells[1:]
            assert str(head.S) == "/TH" and str(_table_attr(head).Scope) == "/Row"
            key = str(head.ID)
            assert ids[key].objgen == head.objgen  # the ID resolves to the cell
            for cell in rest:
                assert str(cell.S) == "/TD"
                headers = [str(h) for h in _table_attr(cell).Headers]
                assert (
                    headers[-1] == key and len(headers) == 2
                )  # its column's header, then its row's
    # the header row keeps Typst's column-scope header cells
    heads = [
        e
        for e in struct_elements(pdf)
        if str(e.S) == "/TH" and str(_table_attr(e).get("/Scope")) == "/Column"
    ]
    assert len(heads) >= len(rows_per_table)


def test_a_tables_first_column_is_tagged_as_row_headers(writer, tmp_path):
    """As the web page's <th scope="row">: each body row's first cell is a TH with Row scope
    and an ID the row's other cells name in their /Headers; two tables, a caption, a note."""

    def table(n, cols=3, caption=()):
        return m.Table(
            tuple(m.TableCell((m.Text(f"Head {j}"),)) for j in range(cols)),
            tuple(
                tuple(
                    m.TableCell(
                        (m.Text(f"r{i}c{j}"),) + ((m.FootnoteRef(1),) if i == j == 1 else ())
                    )
                    for j in range(cols)
                )
                for i in range(n)
            ),
            caption,
        )

    doc = doc_of(
        [table(3), m.Paragraph((m.Text("between"),)), table(5, 2, (m.Text("Second"),))],
        [m.Footnote(1, (m.Text("A note in a cell."),))],
    )
    path = tmp_path / "t.pdf"
    data = writer.write(doc, WHEN)
    path.write_bytes(data)
    with pikepdf.open(path) as pdf:
        assert pdf.check_pdf_syntax() == []
        _assert_row_headers(pdf, [3, 5])
        assert [str(e.S) for e in struct_elements(pdf)].count("/Note") == 1
    assert writer.write(doc, WHEN) == data  # reproducible
    if shutil.which("pdftotext"):
        assert all(f"r{i}c{j}" in text_of(path) for i in range(5) for j in range(2))  # no text lost


def test_row_headers_in_the_shipped_key_terms_and_briefing(pdf_shipped):
    from briefings.compose.composer import Composer
    from briefings.sources.library import load_library

    for doc_id in ("key-terms", "briefing"):
        path = pdf_shipped / "plenary-2026-05-18" / "en" / f"{doc_id}.pdf"
        with pikepdf.open(path) as pdf:
            tables = _tables_of(pdf)
            assert tables, doc_id
            _assert_row_headers(pdf, [len(rows) for rows in tables])
    # as many tagged rows as the Document has body rows
    lib = load_library(REPO)
    pack = lib.packs["plenary-2026-05-18"]
    doc = (
        Composer(lib)
        .compose(pack, next(d for d in pack.documents if d.id == "key-terms"), "en")
        .document
    )
    rows = [len(b.rows) for b in doc.blocks if isinstance(b, m.Table)]
    with pikepdf.open(pdf_shipped / "plenary-2026-05-18" / "en" / "key-terms.pdf") as pdf:
        assert [len(r) for r in _tables_of(pdf)] == rows


def test_row_headers_are_an_incremental_update_of_typsts_file():
    """Typst's bytes stay as they are; the changed objects follow with their own xref table;
    a PDF without tables is returned unchanged."""
    import typst

    from briefings.writers.pdf.compile_server import compile_in_child
    from briefings.writers.pdf.row_headers import tag_row_headers

    compiler = typst.Compiler(
        font_paths=[str(REPO / "briefings" / "fonts")], ignore_system_fonts=True
    )
    head = '#set document(title: "T")\n#set text(font: "Carlito", lang: "en")\n'
    kind, plain = compile_in_child(typst, compiler, (head + "Just text.").encode(), 0)
    assert kind == b"P" and tag_row_headers(plain) == plain
    kind, original = compile_in_child(
        typst, compiler, (head + "#table(columns: 2, table.header[A][B], [x], [y])").encode(), 0
    )
    assert kind == b"P"
    tagged = tag_row_headers(original)
    assert tagged.startswith(original) and tagged.count(b"%%EOF") == original.count(b"%%EOF") + 1
    assert b"/Prev " in tagged[len(original) :] and tag_row_headers(original) == tagged
    with pikepdf.open(__import__("io").BytesIO(tagged)) as pdf:
        assert pdf.check_pdf_syntax() == []
        _assert_row_headers(pdf, [1])
    # a file not as Typst 0.15 writes it (object streams, a cross-reference stream) is
    # rewritten whole instead, with the same tags
    import io

    streamed = io.BytesIO()
    with pikepdf.open(io.BytesIO(original)) as pdf:
        pdf.save(streamed, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    rewritten = tag_row_headers(streamed.getvalue())
    assert (
        not rewritten.startswith(streamed.getvalue())
        and tag_row_headers(streamed.getvalue()) == rewritten
    )
    with pikepdf.open(io.BytesIO(rewritten)) as pdf:
        _assert_row_headers(pdf, [1])


# --- the house's accent colour ------------------------------------------------------


def _fills(pdf: pikepdf.Pdf) -> set[tuple[float, ...]]:
    return {
        tuple(round(float(x), 3) for x in operands)
        for page in pdf.pages
        for operands, op in pikepdf.parse_content_stream(page)
        if str(op) in ("rg", "scn")
    }


def test_the_pdf_takes_the_house_accent_colour(tmp_path):
    """Headings, links, the table head and the boxes are drawn in the house profile's accent
    (colours.accent, as the web pages); without one, in the default blue."""
    doc = doc_of(
        [
            m.Callout("summary", (m.Paragraph((m.Text("Short."),)),)),
            m.Heading(2, (m.Text("Part"),)),
            m.Table(
                (m.TableCell((m.Text("A"),)), m.TableCell((m.Text("B"),))),
                ((m.TableCell((m.Text("x"),)), m.TableCell((m.Text("y"),))),),
            ),
        ]
    )
    default, house = tmp_path / "d.pdf", tmp_path / "h.pdf"
    default.write_bytes(PdfWriter().write(doc, WHEN))
    house.write_bytes(PdfWriter(accent="#2e7d32").write(doc, WHEN))
    blue, green = (0.043, 0.31, 0.612), (0.18, 0.49, 0.196)
    with pikepdf.open(default) as pdf:
        assert blue in _fills(pdf) and green not in _fills(pdf)
    with pikepdf.open(house) as pdf:
        fills = _fills(pdf)
        assert green in fills and blue not in fills
        head = next(e for e in struct_elements(pdf) if str(e.S) == "/TH")
        layout = next(a for a in head.A if a.get("/O") == "/Layout")
        assert tuple(round(float(x), 3) for x in layout.BackgroundColor) == green  # the table head
    source = typst_source(doc, accent="#2e7d32")
    assert 'rgb("#2E7D32")' in source and "#0B4F9C" not in source


def test_a_house_profile_colours_the_built_pdfs(pdf_built):
    """The fixture's profile has accent #6a1b4d: the build's writer is set up with it."""
    with pikepdf.open(pdf_built / "test-pack" / "en" / "note.pdf") as pdf:
        head = next(e for e in struct_elements(pdf) if str(e.S) == "/TH")
        layout = next(a for a in head.A if a.get("/O") == "/Layout")
        assert tuple(round(float(x), 3) for x in layout.BackgroundColor) == (0.416, 0.106, 0.302)
        assert (0.043, 0.31, 0.612) not in _fills(pdf)


# --- the test list, the parts the tests above did not cover -------------------


def test_the_outline_has_every_heading_of_the_shipped_briefing(pdf_shipped):
    """Bookmarks for every heading the PDF shows, in the Document's order (the summary box's
    title, the sections, the references), in English and in French."""
    from briefings.compose.composer import Composer
    from briefings.sources.library import load_library
    from briefings.writers.pdf.typst_source import _headings

    lib = load_library(REPO)
    pack = lib.packs["plenary-2026-05-18"]
    pdoc = next(d for d in pack.documents if d.id == "briefing")
    for lang in ("en", "fr"):
        doc = Composer(lib).compose(pack, pdoc, lang).document
        with pikepdf.open(pdf_shipped / "plenary-2026-05-18" / lang / "briefing.pdf") as pdf:
            titles = [" ".join(t.split()) for t in outline_titles(pdf)]
        headings = [" ".join(m.plain_text(h.children).split()) for h in _headings(doc.blocks)]
        assert len(headings) >= 8
        positions = [titles.index(h) for h in headings]  # each one is there ...
        assert positions == sorted(positions)  # ... in reading order
        assert titles[-1] == doc.labels["Main references"]


def test_two_builds_with_source_date_epoch_give_equal_pdfs(tmp_path, monkeypatch):
    """Reproducible bytes in every language of the fixture (a table with row headers, notes,
    the logo, a figure), dated by SOURCE_DATE_EPOCH."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00:00 UTC
    outs = []
    for name in ("a", "b"):
        root = copy_project(tmp_path / name)
        result = cli("build", "--format", "pdf", "-j", "2", root=root)
        assert result.exit_code == 0, result.output + result.stderr
        outs.append(
            {
                p.relative_to(root).as_posix(): p.read_bytes()
                for p in sorted((root / "build" / "site").rglob("*.pdf"))
            }
        )
    assert len(outs[0]) == 4 and outs[0] == outs[1]
    for data in outs[0].values():
        with pikepdf.open(__import__("io").BytesIO(data)) as pdf:
            assert str(pdf.docinfo.CreationDate).startswith("D:20260101000000")
