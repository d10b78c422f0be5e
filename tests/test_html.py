"""The HTML writer and site pages, parsed with html5lib."""

from __future__ import annotations

import html5lib
import pytest

NS = "{http://www.w3.org/1999/xhtml}"


def parse(path):
    return html5lib.parse(path.read_bytes(), treebuilder="etree", namespaceHTMLElements=True)


@pytest.fixture(scope="module")
def page(built):
    return parse(built / "test-pack" / "en" / "note.html")


def _all(root, tag):
    return list(root.iter(NS + tag))


def _text(el):
    return "".join(el.itertext())


def test_document_structure(page):
    assert page.get("lang") == "en"
    assert _text(_all(page, "title")[0]).startswith("A test briefing")
    h1 = _all(page, "h1")
    assert len(h1) == 1 and _text(h1[0]) == "A test briefing"
    assert _all(page, "main") and _all(page, "header") and _all(page, "footer")
    meta = _text([d for d in _all(page, "dl") if "doc-meta" in d.get("class", "")][0])
    assert "Strasbourg" in meta and "18 May 2026" in meta and "PE xxx.xxx (placeholder)" in meta


def test_summary_box_and_headings_in_order(page):
    summary = [s for s in _all(page, "section") if s.get("class") == "summary"][0]
    assert "1 August 2024" in _text(summary)
    levels = [int(el.tag[-1]) for el in page.iter() if el.tag in {f"{NS}h{i}" for i in range(1, 5)}]
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


def test_tables_have_caption_and_scoped_headers(page):
    table = _all(page, "table")[0]
    assert _text(table.find(NS + "caption")) == "Key dates"
    assert {th.get("scope") for th in _all(table, "th")} == {"col", "row"}


def test_footnotes_link_both_ways(page):
    refs = [a for a in _all(page, "a") if a.get("href", "").startswith("#fn-")]
    notes = {li.get("id"): li for li in _all(page, "li") if li.get("id", "").startswith("fn-")}
    assert refs and len(notes) == len(refs)
    for a in refs:
        note = notes[a.get("href")[1:]]
        backs = [b.get("href")[1:] for b in _all(note, "a") if "fn-back" in b.get("class", "")]
        assert a.get("id") in backs
    assert "OJ L, 2024/1689, 12.7.2024" in _text(notes["fn-1"])


def test_sources_list_names_cited_documents(page):
    refs = [s for s in _all(page, "section") if s.get("class") == "references"][0]
    text = _text(refs)
    assert "Regulation (EU) 2024/1689" in text and "Commission in talks with AI providers" in text


def test_no_external_resources_and_csp(page):
    for el in page.iter():
        for attr in ("src",):
            assert not el.get(attr, "").startswith(("http:", "https:", "//"))
        if el.tag == NS + "link" and el.get("rel") == "stylesheet":
            assert el.get("href") == "../../assets/briefings.css"
    assert not _all(page, "script")
    csp = [m for m in _all(page, "meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0].get("content")


def test_fact_text_is_escaped_not_markup(page):
    text = _text(page)
    assert "<script>alert(1)</script>" in text  # shown as text...
    assert not any("javascript:" in a.get("href", "") for a in _all(page, "a"))  # ...never a link


def test_timeline_svg_has_text_alternative(page):
    svg = list(page.iter("{http://www.w3.org/2000/svg}svg"))
    assert len(svg) == 1 and svg[0].get("role") == "img"
    title = svg[0].find("{http://www.w3.org/2000/svg}title")
    assert "1 August 2024" in _text(title)


def test_fallback_marked_in_other_languages(built):
    fr = parse(built / "test-pack" / "fr" / "note.html")
    assert fr.get("lang") == "fr"
    spans = [s for s in fr.iter(NS + "span") if s.get("lang") == "en"]
    assert spans, "untranslated passages carry lang=en"
    assert [p for p in fr.iter(NS + "p") if p.get("class") == "fallback-notice"]
    text = "".join(fr.itertext())
    assert "1er août 2024" in text  # French writes the first of the month as an ordinal


def test_pack_can_replace_the_disclaimer(project):
    from .conftest import cli

    pack = project / "sources" / "packs" / "test-pack.yaml"
    pack.write_text(
        pack.read_text()
        + 'disclaimer: "Prepared for the committee secretariat. © Example, {year}."\n'
    )
    assert cli("build", "--lang", "en", "-j", "1", root=project).exit_code == 0
    text = (project / "build" / "site" / "test-pack" / "en" / "note.html").read_text()
    assert "Prepared for the committee secretariat. © Example, 2026." in text
    assert "prior notice" not in text


def test_a_date_that_ends_with_a_full_stop_is_not_given_a_second_one(tmp_path):
    """Lithuanian and Hungarian dates end with a stop ('2026 m. gegužės 18 d.'): the page's
    meta description ends with one stop, not two."""

    from .conftest import cli, copy_repo

    root = copy_repo(tmp_path / "project")
    assert (
        cli(
            "build", "--lang", "lt", "--pack", "plenary-2026-05-18", "--format", "html", root=root
        ).exit_code
        == 0
    )
    page = (root / "build" / "site" / "plenary-2026-05-18" / "lt" / "at-a-glance.html").read_text(
        encoding="utf-8"
    )
    description = page.split('<meta name="description" content="', 1)[1].split('"', 1)[0]
    assert description.endswith("d.") and not description.endswith("..")


def test_site_and_document_pages_render_the_layouts_with_the_same_settings():
    """One environment factory (writers.html.layout_environment) for both: autoescaped,
    strict about undefined names, the same loader, filters, tests and globals."""
    import jinja2

    from briefings.project import ProjectLayout
    from briefings.site.pages import Site
    from briefings.writers.html import HtmlWriter

    from .conftest import REPO

    layouts = ProjectLayout(REPO).layouts

    def settings(env: jinja2.Environment) -> tuple[object, ...]:
        loader = env.loader
        assert isinstance(loader, jinja2.FileSystemLoader)
        return (
            type(env),
            env.autoescape,
            env.undefined,
            env.trim_blocks,
            env.lstrip_blocks,
            env.keep_trailing_newline,
            sorted(env.filters),
            sorted(env.tests),
            sorted(env.globals),
            loader.searchpath,
        )

    site, page = settings(Site(layouts).env), settings(HtmlWriter(layouts).env)
    assert site == page
    assert site[1] is True and site[2] is jinja2.StrictUndefined and site[-1] == [str(layouts)]
