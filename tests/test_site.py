"""The static site as a whole: links resolve, sitemap and hreflang agree, pages are complete."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

import html5lib

from briefings.languages import CODES

from .conftest import cli

NS = "{http://www.w3.org/1999/xhtml}"


def parse(path: Path):
    return html5lib.parse(path.read_bytes(), treebuilder="etree", namespaceHTMLElements=True)


def ids_of(path: Path, cache: dict) -> set[str]:
    if path not in cache:
        cache[path] = {el.get("id") for el in parse(path).iter() if el.get("id")}
    return cache[path]


def broken_links(site: Path) -> list[str]:
    broken, cache = [], {}
    for page in sorted(site.rglob("*.html")):
        for el in parse(page).iter():
            for attr in ("href", "src"):
                value = el.get(attr)
                if not value or urlparse(value).scheme in ("http", "https", "mailto"):
                    continue
                target, fragment = urldefrag(value)
                path = (page.parent / unquote(target)).resolve() if target else page
                if site.resolve() not in path.parents and path != site.resolve():
                    broken.append(f"{page}: {value} leaves the site")
                elif not path.exists():
                    broken.append(f"{page}: {value} does not exist")
                elif fragment and path.suffix == ".html" and fragment not in ids_of(path, cache):
                    broken.append(f"{page}: {value} has no such id")
    for css in site.rglob("*.css"):
        assert not re.search(r"url\(|@import", css.read_text()), f"{css} loads other resources"
    return broken


def test_every_local_link_resolves_in_the_fixture_site(built):
    assert broken_links(built) == []


def test_every_local_link_resolves_in_the_shipped_site(shipped):
    assert broken_links(shipped) == []


def test_site_pages_exist(built):
    for name in (
        "index.html",
        "404.html",
        "accessibility.html",
        "sitemap.xml",
        "assets/briefings.css",
        "test-pack/en/index.html",
        "test-pack/fr/index.html",
    ):
        assert (built / name).is_file(), name


def test_home_lists_languages_in_protocol_order_with_lang_and_hreflang(shipped):
    root = parse(shipped / "index.html")
    links = [a for a in root.iter(NS + "a") if a.get("hreflang")]
    per_pack = {}
    for a in links:
        pack = a.get("href").split("/")[0]
        per_pack.setdefault(pack, []).append(a.get("hreflang"))
        assert a.get("lang") == a.get("hreflang")
    plenary = per_pack["plenary-2026-05-18"]
    assert plenary == list(CODES)


def test_language_switcher_links_the_same_document(built):
    root = parse(built / "test-pack" / "fr" / "note.html")
    nav = [n for n in root.iter(NS + "nav") if n.get("class") == "languages"][0]
    hrefs = {a.get("hreflang"): a.get("href") for a in nav.iter(NS + "a")}
    assert hrefs == {
        "de": "../de/note.html",
        "en": "../en/note.html",
        "fr": "../fr/note.html",
        "pl": "../pl/note.html",
    }
    current = [a for a in nav.iter(NS + "a") if a.get("aria-current") == "page"]
    assert [a.get("hreflang") for a in current] == ["fr"]


def test_pack_index_offers_html_and_docx_with_size(built):
    root = parse(built / "test-pack" / "en" / "index.html")
    text = "".join(root.itertext())
    assert "Word document (DOCX)" in text and re.search(r"\(\d+ KB\)", text)
    hrefs = [a.get("href") for a in root.iter(NS + "a")]
    assert "note.html" in hrefs and "note.docx" in hrefs


def test_sitemap_lists_every_page_with_reciprocal_hreflang(project, tmp_path):
    out = tmp_path / "site"
    assert (
        cli(
            "build",
            "--out",
            out,
            "--base-url",
            "https://example.eu/briefings/",
            "-j",
            "1",
            root=project,
        ).exit_code
        == 0
    )
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    tree = ET.parse(out / "sitemap.xml")
    urls = {
        u.find("s:loc", ns).text: {
            link.get("hreflang"): link.get("href") for link in u.findall("x:link", ns)
        }
        for u in tree.getroot().findall("s:url", ns)
    }
    base = "https://example.eu/briefings/"
    for page in out.rglob("*.html"):
        if page.name == "404.html":
            continue
        assert base + str(page.relative_to(out)) in urls, page
    note = urls[base + "test-pack/fr/note.html"]
    assert set(note) == {"de", "en", "fr", "pl"}
    for _lang, href in note.items():
        assert urls[href] == note, f"hreflang of {href} is not reciprocal"
    root = parse(out / "test-pack" / "fr" / "note.html")
    canonical = [
        link.get("href") for link in root.iter(NS + "link") if link.get("rel") == "canonical"
    ]
    assert canonical == [base + "test-pack/fr/note.html"]
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in root.iter(NS + "link")
        if link.get("rel") == "alternate"
    }
    assert alternates == note
