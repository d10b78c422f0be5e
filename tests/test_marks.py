"""The in-band marks never reach a reader: random fact texts (forged marks, stray private-use
characters, a language code in front) composed in several languages, through every writer.

Checked in each output as a reader or a tool sees it: HTML text and attribute values (the SVG
timeline included), DOCX `w:t` runs and the figure's alternative text, Markdown text.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import html5lib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from briefings import marks
from briefings.build.worker import Workshop, source_date
from briefings.compose.composer import Composer
from briefings.sources.library import load_library
from briefings.writers import WriteContext

from .conftest import REPO

LIB = load_library(REPO)
PACK = LIB.packs["plenary-2026-05-18"]
GLANCE = next(d for d in PACK.documents if d.id == "at-a-glance")
SHOP = Workshop(LIB, ("html", "docx", "md"))
# facts the at-a-glance shows (in its text and its timeline): their texts are replaced
USED = sorted(SHOP.composer.compose(PACK, GLANCE, "en").deps.facts)
WHEN = WriteContext(when=source_date(PACK.publication_date))

PIECES = st.sampled_from(
    [
        "\ue000en\ue001",
        "\ue002",
        "\ue003fr\ue001",
        "\ue010",
        "\ue0117\ue011",
        "\ue012figure:1\ue013",
        "\ue01f",
        "en",
        "EN",
        "Ωμέγα",
        "жизнь",
        "ħ",
        " ",
        ".",
        "*",
        "[",
        "]",
        "|",
        "#",
        "&",
        "<b>",
    ]
)
WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzé", min_size=1, max_size=8)
# a text that starts with a known word, so "en" glued before it can be recognised
TEXTS = st.lists(st.one_of(PIECES, WORDS), min_size=1, max_size=12).map(
    lambda xs: "Zorblax " + "".join(xs)
)

PRIVATE = re.compile("[\ue000-\uf8ff]")
GLUED = re.compile(r"(?<![A-Za-z])(en|fr)Zorblax")


def _library_with(text: str):
    facts = dict(LIB.facts)
    for fact_id in USED:
        old = facts[fact_id]
        extra = (" {date}" if old.date and "{date}" in old.text else "") + (
            " {value}" if old.value and "{value}" in old.text else ""
        )
        facts[fact_id] = old.model_copy(update={"text": text + extra, "label": None})
    return LIB.__class__(**{**LIB.__dict__, "facts": facts})


def _html_texts(data: bytes) -> list[str]:
    tree = html5lib.parse(data, treebuilder="lxml", namespaceHTMLElements=False)
    out = [t for t in tree.xpath("//text()")]
    out += [
        v
        for el in tree.iter()
        if isinstance(el.tag, str)
        for k, v in el.attrib.items()
        if k != "href"
    ]
    return out


def _docx_texts(data: bytes) -> list[str]:
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                root = etree.fromstring(z.read(name))
                out += [t.text or "" for t in root.iter("{*}t")]
                out += [
                    el.get("descr") or "" for el in root.iter("{*}docPr")
                ]  # the figure's alt text
    return out


def _assert_clean(texts, where: str):
    for text in texts:
        assert not PRIVATE.search(text), f"{where}: private-use mark in {text[:80]!r}"
        assert not GLUED.search(text), f"{where}: language code glued to text in {text[:80]!r}"


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_no_mark_or_glued_code_survives_any_writer(text):
    lib = _library_with(text)
    composer = Composer(lib)
    for lang in ("en", "fr", "pl", "el"):
        composed = composer.compose(lib.packs[PACK.id], GLANCE, lang)
        doc = composed.document
        page = SHOP.page(composed.unit, {}, {lang: composed.coverage.percent}, doc.labels)
        html = SHOP.writers["html"].write(doc, WriteContext(WHEN.when, page))
        _assert_clean(_html_texts(html), f"{lang} HTML")
        _assert_clean(_docx_texts(SHOP.writers["docx"].write(doc, WHEN)), f"{lang} DOCX")
        _assert_clean([SHOP.writers["md"].write(doc, WHEN).decode()], f"{lang} Markdown")
        if lang != "en":  # the replaced facts are untranslated: tagged, and counted
            assert composed.coverage.fallback > 0


def test_marks_module_is_the_only_one_spelling_them():
    """Every private-use mark is spelt in briefings/marks.py alone."""
    spelt = re.compile(r"\\ue0[01][0-9a-f]|[\ue000-\ue01f]")
    offenders = []
    for path in sorted((REPO / "briefings").rglob("*.py")):
        if path.name == "marks.py":
            continue
        if spelt.search(path.read_text(encoding="utf-8")):
            offenders.append(str(path.relative_to(REPO)))
    assert offenders == []


def test_strip_takes_the_language_code_with_the_mark():
    assert marks.strip(marks.fallback("The AI Act", "en")) == "The AI Act"
    assert marks.strip(marks.original("Reuters", "en") + "\ue01f") == "Reuters"
    assert marks.split_fallback(marks.fallback("x y", "en")) == ("en", "x y")
    assert marks.split_fallback("x y") == (None, "x y")


# A language code glued to the English that follows it, as the fallback marker once left it
# ("enThe AI Act…"): a lower-case code right before an upper-case letter, at a word start.
SHIPPED_GLUED = re.compile(r"(?<![\w])(?:en|fr|de)(?=[A-Z][a-z])")


def _reader_texts(site: Path) -> Iterator[tuple[str, str]]:
    """Every text a reader of the shipped site sees: HTML text and attributes (alt, title,
    aria-label), Word `w:t` of the body and footnotes, the Markdown files."""
    from lxml import html

    for path in sorted(site.rglob("*.html")):
        tree = html.fromstring(path.read_text(encoding="utf-8"))
        for el in tree.iter():
            if not isinstance(el.tag, str) or el.tag in ("script", "style"):
                continue
            for text in (el.text, el.tail, el.get("alt"), el.get("title"), el.get("aria-label")):
                if text:
                    yield str(path.relative_to(site)), text
    for path in sorted(site.rglob("*.docx")):
        with zipfile.ZipFile(path) as zf:
            for part in ("word/document.xml", "word/footnotes.xml"):
                root = etree.fromstring(zf.read(part))
                for t in root.iter("{*}t", "{*}docPr"):
                    text = t.text if t.tag.endswith("}t") else t.get("descr")
                    if text:
                        yield f"{path.relative_to(site)}:{part}", text
    for path in sorted(site.rglob("*.md")):
        yield str(path.relative_to(site)), path.read_text(encoding="utf-8")


def test_the_shipped_site_has_no_mark_or_glued_code_in_any_language(shipped):
    """The shipped packs in all 24 languages (every language published, as `shipped` builds
    them), HTML, Word and Markdown: no private-use mark and no language code glued to text."""
    seen = {name.split("/")[1] for name, _ in _reader_texts(shipped) if name.count("/") >= 2}
    assert len(seen) == 24, sorted(seen)
    found = [
        (name, text[:80])
        for name, text in _reader_texts(shipped)
        if PRIVATE.search(text) or SHIPPED_GLUED.search(text)
    ]
    assert found == []
