"""Property tests: any Markdown and any Unicode through parsing and both writers, no crash."""

from __future__ import annotations

import datetime as dt
import io
import re

import docx
import html5lib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings import model as m
from briefings.compose.parse import Parser
from briefings.compose.render import escape_markdown
from briefings.i18n.labels import KNOWN_KEYS, Labels
from briefings.writers.docx import DocxWriter
from briefings.writers.html import HtmlWriter, Page

from .conftest import REPO

PARSER = Parser()
HTML = HtmlWriter(REPO / "templates" / "html")
DOCX = DocxWriter(REPO / "templates" / "docx" / "reference.docx")

MARKDOWN_BITS = st.sampled_from(
    [
        "# ",
        "## ",
        "### ",
        "- ",
        "1. ",
        "    ",
        "> ",
        "| a | b |\n|---|---|\n| c | d |\n",
        "!!! summary\n\n    ",
        "*",
        "**",
        "_",
        "`",
        "[x](https://e.eu)",
        "[^1]",
        "[^1]: note",
        "\n",
        "\n\n",
        "<b>",
        "&amp;",
        "&#0;",
        "\\",
        "Table: cap\n\n",
        "![i](x.png)",
        "<!-- c -->",
        "```\ncode\n```",
        "---",
        "\u00a0",
        "\u200b",
        "é",
        "ß",
        "Ω",
        "ж",
        "ħ",
        "\ud7ff",
        "😀",
        "\u202e",
        "\x0b",
        "\x00",
    ]
)
MARKDOWN = st.lists(st.one_of(MARKDOWN_BITS, st.text(max_size=20)), max_size=40).map("".join)


# every label a page may show, as its own key (logo aside), and the product's name
LABELS = Labels({k: k for k in KNOWN_KEYS - {"logo_href", "logo_alt"}} | {"briefing": "briefing"})


def document(blocks, footnotes=()) -> m.Document:
    meta = m.Meta(
        pack="p",
        document="d",
        lang="en",
        title="T",
        product="briefing",
        date=dt.date(2026, 5, 18),
        event_name="E",
        event_place="P",
        event_date=dt.date(2026, 5, 18),
        reference=None,
        author=None,
        service="S",
    )
    return m.Document(meta, tuple(blocks), tuple(footnotes), (), LABELS)


def write_both(doc: m.Document):
    page = HTML.write(doc, Page())
    html5lib.parse(page)  # parses as HTML
    data = DOCX.write(doc)
    docx.Document(io.BytesIO(data))  # opens again in python-docx


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKDOWN)
def test_any_markdown_parses_and_writes(text):
    blocks, notes, problems = PARSER.parse(text, "fuzz.md")
    if not problems.errors:
        write_both(document(blocks, notes))


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_escaped_text_round_trips_exactly(text):
    """Any text a fact may hold, escaped, comes back as the same text (minus XML-forbidden
    characters, and the private-use marks the tool reserves for itself, which cannot be forged)."""
    clean = "".join(
        ch
        for ch in text
        if ch in "\t"
        or (
            ord(ch) >= 0x20
            and not 0xD800 <= ord(ch) <= 0xDFFF
            and ch not in "\ufffe\uffff"
            and not 0xE000 <= ord(ch) <= 0xE01F
        )
    )
    blocks, notes, problems = PARSER.parse(escape_markdown(clean), "fuzz.md")
    assert not problems.errors
    got = "".join(m.plain_text(b.children) for b in blocks if isinstance(b, m.Paragraph))
    fold = lambda s: re.sub(r"[ \t\r\n\f\v\u2028\u2029]+", " ", s).strip()  # edges are not content  # noqa: E731
    assert fold(got) == fold(clean)
    write_both(document(blocks, notes))


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_any_unicode_in_nodes_gives_valid_documents(text):
    safe = "".join(
        ch for ch in text if ch in "\t\n" or (ord(ch) >= 0x20 and ch not in "\ufffe\uffff")
    )
    blocks = [
        m.Heading(2, (m.Text(safe),)),
        m.Paragraph((m.Text(safe), m.FootnoteRef(1))),
        m.ListBlock(False, ((m.Paragraph((m.Emph((m.Text(safe),)),)),),)),
        m.Table(
            (m.TableCell((m.Text(safe),)),),
            ((m.TableCell((m.Strong((m.Text(safe),)),)),),),
            (m.Text(safe),),
        ),
    ]
    write_both(
        document(blocks, [m.Footnote(1, (m.Link("https://e.eu/", (m.Text(safe or "x"),)),))])
    )
