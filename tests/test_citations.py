"""Citations in each language's own notation (issue 12 item 5), read back from real output.

The notation itself (every language, the Style Guide rows) is tested in test_notation.py; here
the shipped pack's notes, glossary table and references, as built into HTML and DOCX, must
carry it: French « art. 55, paragraphe 1, point c) », German « Art. 55 Abs. 1 Buchst. c »,
Hungarian « 55. cikk (1) bekezdés c) pont », Polish « art. 55 ust. 1 lit. c) », and the
Official Journal reference of each language. Bad pinpoints are cases in tests/bad_inputs/.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import itertools
import re
import zipfile

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from briefings import marks
from briefings.compose.composer import Composer
from briefings.compose.render import pinpoint_markdown, source_details
from briefings.compose.tidy import combine_pinpoints
from briefings.i18n.notation import read_pinpoint
from briefings.sources.library import load_library, pinpoint_definitions
from briefings.writers.docx import DocxWriter
from briefings.writers.html import HtmlWriter, Page

from .conftest import REPO

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PACK = "plenary-2026-05-18"

# What the notes of the briefing must contain, per language: the pinpoints the reviewers
# named (FR-9, DE-10, review ALL-8), a definitions point (FR-9/DE-10 « art. 3, point 65) »),
# annexes in the plural (FR-8, DE-11) and the OJ reference (FR-10, DE-9, ALL-7).
EXPECTED = {
    "fr": [
        "art. 55, paragraphe 1, point c)",
        "art. 3, point 65)",
        "art. 73, paragraphes 2 à 4",
        "art. 113, troisième alinéa, point b)",
        "annexes I et II",
        "annexe III, point 2",
        "art. 55, paragraphe 1, point c), et art. 113, troisième alinéa, point b)",
        "JO L 333 du 27.12.2022, p. 80",
        "JO L 151 du 7.6.2019, p. 15",
        "JO L, 2024/1689, 12.7.2024",
    ],
    "de": [
        "Art. 55 Abs. 1 Buchst. c",
        "Art. 3 Nr. 65",
        "Art. 73 Abs. 2 bis 4",
        "Art. 113 Unterabs. 3 Buchst. b",
        "Anhänge I und II",
        "Anhang III Nr. 2",
        "Art. 55 Abs. 1 Buchst. c und Art. 113 Unterabs. 3 Buchst. b",
        "ABl. L 333 vom 27.12.2022, S. 80",
        "ABl. L 151 vom 7.6.2019, S. 15",
        "ABl. L, 2024/1689, 12.7.2024",
    ],
    "hu": [
        "55. cikk (1) bekezdés c) pont",
        "3. cikk 65. pont",
        "(110) preambulumbekezdés",
        "HL L 333., 2022.12.27., 80. o.",
        "HL L, 2024/1689, 2024.7.12.",
    ],
    "pl": [
        "art. 55 ust. 1 lit. c)",
        "art. 3 pkt 65",
        "motyw 110",
        "Dz.U. L 333 z 27.12.2022, s. 80",
        "Dz.U. L, 2024/1689, 12.7.2024",
    ],
}
# The English notation that must not be left in a French or German note.
ENGLISH = [
    r"\d\(\d+\)",
    r"\)\([a-z]\)",
    r"\bArts\b",
    r"\bRecitals?\b",
    r"\bAnnex(es)?\b",
    r"\bOJ\b",
    r"\bpoint \(",
    r"\d and \d",
    r"\bsubparagraph\b",
    r"\bMeasure\b",
    r"\bAppendix\b",
]
ENGLISH_BY_LANG = {
    "fr": ENGLISH + [r"JO L \d+, \d"],
    "de": ENGLISH + [r" p\. \d", r"ABl\. L \d+, \d"],
}


def _html_notes(page: str) -> list[str]:
    items = re.findall(r'<li id="fn-\d+">(.*?)</li>', page, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", item)).replace("↩", "").strip() for item in items]


def _docx_notes(data: bytes) -> list[str]:
    document = docx.Document(io.BytesIO(data))
    part = next(r.target_part for r in document.part.rels.values() if r.reltype == RT.FOOTNOTES)
    from lxml import etree

    root = etree.fromstring(part.blob)
    return [
        "".join(t.text or "" for t in note.iter(f"{W}t"))
        for note in root.iter(f"{W}footnote")
        if int(note.get(f"{W}id")) > 0
    ]


def _assert_notation(notes: list[str], lang: str, where: str):
    joined = "\n".join(notes)
    assert len(notes) > 50, f"{where}: only {len(notes)} notes"
    for expected in EXPECTED[lang]:
        assert expected in joined, f"{where}: no « {expected} » in the notes"
    for pattern in ENGLISH_BY_LANG.get(lang, ()):
        left = [n for n in notes if re.search(pattern, n)]
        assert not left, f"{where}: English notation {pattern!r} left in: {left[:3]}"


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_built_french_and_german_notes_use_their_notation(shipped, lang):
    """The pack as `make build` builds it: the HTML page and the Word document of the briefing."""
    folder = shipped / PACK / lang
    _assert_notation(
        _html_notes((folder / "briefing.html").read_text(encoding="utf-8")), lang, f"{lang} HTML"
    )
    _assert_notation(_docx_notes((folder / "briefing.docx").read_bytes()), lang, f"{lang} DOCX")


@pytest.fixture(scope="module")
def composer():
    lib = load_library(REPO)
    return lib, Composer(lib)


@pytest.mark.parametrize("lang", ["hu", "pl", "fr", "de"])
def test_composed_notes_use_the_language_notation(composer, lang):
    """Hungarian and Polish too, whether or not the pack publishes them yet (a publication
    gate may hold back a language whose text is untranslated; its notes are still right)."""
    lib, comp = composer
    pack = lib.packs[PACK]
    pdoc = next(d for d in pack.documents if d.id == "briefing")
    doc = comp.compose(pack, pdoc, lang).document
    page = HtmlWriter(REPO / "templates" / "html").write(doc, Page()).decode("utf-8")
    _assert_notation(_html_notes(page), lang, f"{lang} HTML")
    _assert_notation(
        _docx_notes(DocxWriter(REPO / "templates" / "docx" / "reference.docx").write(doc)),
        lang,
        f"{lang} DOCX",
    )


def test_glossary_cells_use_the_language_notation(shipped):
    """The 'Defined in' column (FR-11, DE-12): the act, capitalised, and the pinpoint as in the
    notes."""
    cells = {}
    for lang in ("fr", "de", "en"):
        page = (shipped / PACK / lang / "key-terms.html").read_text(encoding="utf-8")
        rows = re.findall(r"<tr>(.*?)</tr>", page, re.S)
        cells[lang] = [
            html.unescape(re.sub(r"<[^>]+>", "", re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)[-1]))
            for r in rows
            if "<td" in r
        ]
    assert "Règlement sur la cyberrésilience, art. 3, point 42)" in cells["fr"]
    assert "Cyberresilienz-Verordnung, Art. 3 Nr. 42" in cells["de"]
    assert "Cyber Resilience Act, Art. 3(42)" in cells["en"]  # English: the source notation
    for lang in ("fr", "de"):
        assert not [c for c in cells[lang] if re.search(r"\d\(\d+\)|\bArt\. \d+\(", c)], cells[lang]


def test_key_terms_docx_cells(shipped):
    data = (shipped / PACK / "de" / "key-terms.docx").read_bytes()
    text = "\n".join(
        c.text for t in docx.Document(io.BytesIO(data)).tables for r in t.rows for c in r.cells
    )
    assert "Cyberresilienz-Verordnung, Art. 3 Nr. 42" in text
    assert "Art. 3(42)" not in text


def test_references_and_press_dates_follow_the_language():
    lib = load_library(REPO)
    nis2 = lib.documents["nis2"]
    news = lib.documents["iapp-frontier-ai-talks"].model_copy(
        update={"published": dt.date(2025, 8, 2)}
    )
    assert source_details(nis2, "en") == ["OJ L 333, 27.12.2022, p. 80"]
    assert source_details(nis2, "fr") == ["JO L 333 du 27.12.2022, p. 80"]
    assert source_details(nis2, "hu") == ["HL L 333., 2022.12.27., 80. o."]
    assert source_details(news, "en") == ["2.8.2025"]
    assert source_details(news, "hu") == ["2025.8.2."]
    assert source_details(news, "lv") == ["2.8.2025."]
    assert source_details(news, "pl") == ["2.8.2025\u00a0r."]


def test_hungarian_note_has_one_full_stop():
    """A Hungarian OJ reference ends with the date's own full stop; the note adds none."""
    from briefings.compose.render import Renderer

    renderer = Renderer(load_library(REPO))
    assert renderer.citation("ai-act", "Art. 1", "hu").endswith(
        ", 1. cikk, HL L, 2024/1689, 2024.7.12."
    )
    assert renderer.citation("ai-act", "Art. 1", "en").endswith(
        ", Art. 1, OJ L, 2024/1689, 12.7.2024."
    )


def test_names_kept_in_english_are_marked():
    """The Code of Practice exists only in English: its chapter name stays English, tagged as
    such."""
    lib = load_library(REPO)
    code = lib.documents["gpai-code"]
    fr = pinpoint_markdown(code, "Safety and Security chapter, Measure 9.3", "fr")
    assert (
        fr == "chapitre " + marks.original("Safety and Security", "en") + ", mesure 9.3"
    )  # not a gap
    assert (
        pinpoint_markdown(code, "Safety and Security chapter, Measure 9.3", "en")
        == "Safety and Security chapter, Measure 9.3"
    )


def _shipped_pinpoints(lib):
    by_doc: dict[str, set[str]] = {}
    for fact in lib.facts.values():
        if fact.citation.pinpoint:
            by_doc.setdefault(fact.citation.document, set()).add(fact.citation.pinpoint)
    for path in (REPO / "templates" / "briefings").glob("*.md"):
        for m in re.finditer(r'cite\("([\w-]+)", "([^"]*)"\)', path.read_text(encoding="utf-8")):
            by_doc.setdefault(m.group(1), set()).add(m.group(2))
    return by_doc


def test_every_combined_note_pinpoint_parses():
    """Notes merge the pinpoints of one act (tidy.combine_pinpoints); the merged text is parsed
    again when the note is written, so every pair of shipped pinpoints must merge into
    something the notation reads (else a build would fail with an internal error)."""
    lib = load_library(REPO)
    pairs = 0
    for doc_id, pins in _shipped_pinpoints(lib).items():
        definitions = pinpoint_definitions(lib.documents[doc_id])
        for a, b in itertools.permutations(sorted(pins), 2):
            read_pinpoint(combine_pinpoints([a, b]), definitions)
            pairs += 1
    assert pairs > 1000


def test_fixture_docx_notes_read_back(built):
    """The fixture pack's French Word document (built by the CLI): notes in French notation."""
    with zipfile.ZipFile(built / "test-pack" / "fr" / "note.docx") as zf:
        notes = zf.read("word/footnotes.xml").decode("utf-8")
    assert "art. 113 et art. 101, paragraphe 1, JO L, 2024/1689, 12.7.2024" in notes
    assert "Art. 113" not in notes and "OJ L" not in notes


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_markdown_notes_show_the_notation_without_marks(shipped, lang):
    text = (shipped / PACK / lang / "briefing.md").read_text(encoding="utf-8")
    notes = [line for line in text.splitlines() if re.match(r"\[\^\d+\]: ", line)]
    assert len(notes) > 50
    assert not [n for n in notes if re.search("[\ue000-\ue01f]", n)], (
        "language marks left in a note"
    )
    joined = "\n".join(notes)
    for expected in EXPECTED[lang][:2]:
        assert expected in joined
    # the chapter name exists only in English: marked as such, the way pandoc reads it
    assert {
        "fr": "chapitre [Safety and Security]{lang=en}, mesure 9.3",
        "de": "Kapitel [Safety and Security]{lang=en}, Maßnahme 9.3",
    }[lang] in joined


def test_notes_join_citations_with_the_languages_own_semicolon():
    """Greek's semicolon is the ano teleia (';' is its question mark); French puts a
    non-breaking space before it."""
    from briefings.i18n.formatting import punctuation

    assert punctuation("; ", "el") == "\u00b7 "
    assert punctuation("; ", "fr") == "\u00a0; "
    assert punctuation("; ", "de") == "; "
    from briefings.compose.render import Renderer
    from briefings.sources.library import load_library

    from .conftest import REPO

    renderer = Renderer(load_library(REPO))
    note = renderer.citations([("ai-act", "Art. 3(63)"), ("nis2", "Art. 6(11)")], "el")
    assert "\u00b7 " in note and ";" not in note
