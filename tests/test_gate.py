"""What a reader of each language gets (issue 12): a document is published in a language only
when enough of its words are in it; a published page tags every untranslated passage English,
renders it wholly in English, and says truthfully how much is translated; the pack's index in a
language without the document says where it is."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import docx
import html5lib
import pytest

from briefings.i18n.labels import Labels
from briefings.sources.library import load_library

from .conftest import REPO, cli, copy_project

LIB = load_library(REPO)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _tree(path: Path):
    return html5lib.parse(path.read_bytes(), treebuilder="lxml", namespaceHTMLElements=False)


def _lang_of(el) -> str | None:
    while el is not None:
        if el.get("lang"):
            return el.get("lang")
        el = el.getparent()
    return None


def _texts(tree) -> list[tuple[str, object]]:
    """(text, element holding it) for every text of the page's <main>."""
    out = []
    for main in tree.iter("main"):
        for el in main.iter():
            if not isinstance(el.tag, str):
                continue
            if el.text and el.text.strip():
                out.append((el.text.strip(), el))
            for child in el:
                if child.tail and child.tail.strip():
                    out.append((child.tail.strip(), el))
    return out


def _sentences(texts) -> set[str]:
    """Texts long enough to be prose (not a number, a date or a code)."""
    return {t for t, _ in texts if len(t) >= 25 and len(re.findall(r"[A-Za-z]{3,}", t)) >= 4}


def _manifest(site: Path) -> dict:
    return json.loads((site / ".briefings-manifest.json").read_text(encoding="utf-8"))


def test_a_document_is_published_only_where_it_meets_the_gate(shipped):
    units = _manifest(shipped)["units"]
    assert units, "nothing built"
    for name, rec in units.items():
        pack, doc, lang = name.split("/")
        need = LIB.packs[pack].publish_threshold
        expect = lang == "en" or rec["coverage"]["percent"] >= need
        assert rec["published"] is expect, name
        for fmt in ("html", "docx", "md"):
            assert (shipped / pack / lang / f"{doc}.{fmt}").exists() is expect, f"{name}.{fmt}"
    # the shipped pack: French and German are published, untranslated languages are not
    assert units["plenary-2026-05-18/briefing/fr"]["published"]
    assert units["plenary-2026-05-18/briefing/de"]["published"]
    assert not units["plenary-2026-05-18/briefing/pl"]["published"]


def test_the_index_of_a_language_says_where_a_document_is_available(shipped):
    tree = _tree(shipped / "plenary-2026-05-18" / "pl" / "index.html")
    text = " ".join(tree.getroot().itertext())
    assert "Jeszcze niedostępny w tym języku. Dostępny w językach:" in text
    links = {
        a.get("href"): a.get("lang") for a in tree.iter("a") if a.get("href", "").startswith("../")
    }
    for lang in ("en", "fr", "de"):
        assert links.get(f"../{lang}/briefing.html") == lang
    assert not any(h.startswith("../pl/") and not h.endswith("/index.html") for h in links)
    # the interface itself is there in Polish: the page, its title, its language
    assert tree.getroot().get("lang") == "pl"


def test_the_switcher_lists_only_languages_the_document_is_published_in(shipped):
    units = _manifest(shipped)["units"]
    published = sorted(
        n.split("/")[2]
        for n, r in units.items()
        if n.startswith("plenary-2026-05-18/briefing/") and r["published"]
    )
    tree = _tree(shipped / "plenary-2026-05-18" / "en" / "briefing.html")
    nav = next(n for n in tree.iter("nav") if n.get("class") == "languages")
    listed = sorted(a.get("lang") for a in nav.iter("a"))
    assert listed == published
    # status words are in the page's language, outside the element tagged with the other one
    for a in nav.iter("a"):
        assert "English" not in " ".join(a.itertext()) or a.get("lang") == "en"


@pytest.mark.parametrize("doc", ["briefing", "at-a-glance", "key-terms"])
def test_no_untagged_english_on_any_published_page(shipped, doc):
    english = _sentences(
        [
            (t, el)
            for t, el in _texts(_tree(shipped / "plenary-2026-05-18" / "en" / f"{doc}.html"))
            if _lang_of(el) == "en"
        ]
    )  # the English page's English (not its FR/DE terms)
    assert len(english) > 5
    for page in sorted(shipped.glob(f"plenary-2026-05-18/*/{doc}.html")):
        lang = page.parent.name
        if lang == "en":
            continue
        for text, el in _texts(_tree(page)):
            if text in english:
                assert _lang_of(el) == "en", f"{lang}/{doc}: untagged English {text[:70]!r}"


def test_the_notice_tells_the_measured_coverage(shipped):
    units = _manifest(shipped)["units"]
    for name, rec in units.items():
        pack, doc, lang = name.split("/")
        if not rec["published"] or lang == "en":
            continue
        tree = _tree(shipped / pack / lang / f"{doc}.html")
        notices = [
            " ".join(p.itertext()) for p in tree.iter("p") if p.get("class") == "fallback-notice"
        ]
        if rec["coverage"]["fallback"] == 0:
            assert notices == [], name
        else:
            assert len(notices) == 1 and f"{rec['coverage']['percent']} %" in notices[0], name


def test_word_and_markdown_tag_the_same_english(shipped):
    """DOCX runs and Markdown text that repeat the English document's prose are tagged English."""
    for doc in ("briefing", "at-a-glance"):
        en = docx.Document(
            io.BytesIO((shipped / "plenary-2026-05-18" / "en" / f"{doc}.docx").read_bytes())
        )
        english = {p.text.strip() for p in en.paragraphs if len(p.text.strip()) >= 25}
        for lang in ("fr", "de"):
            path = shipped / "plenary-2026-05-18" / lang / f"{doc}.docx"
            if not path.exists():
                continue
            d = docx.Document(io.BytesIO(path.read_bytes()))
            for p in d.paragraphs:
                if p.text.strip() in english:
                    runs = [
                        r
                        for r in p._p.iter("{*}r")
                        if "".join(t.text or "" for t in r.iter("{*}t")).strip()
                    ]
                    longest = max(
                        runs, key=lambda r: len("".join(t.text or "" for t in r.iter("{*}t")))
                    )
                    tag = longest.find("{*}rPr/{*}lang")
                    assert tag is not None and tag.get(W + "val") == "en-GB", (
                        f"{lang}/{doc}.docx: untagged English {p.text[:60]!r}"
                    )
            md = (shipped / "plenary-2026-05-18" / lang / f"{doc}.md").read_text(encoding="utf-8")
            en_md = (shipped / "plenary-2026-05-18" / "en" / f"{doc}.md").read_text(
                encoding="utf-8"
            )
            for line in en_md.splitlines():
                body = re.sub(r"\[\^\d+\]", "", line).strip()
                if len(body) >= 40 and not body.startswith(("[^", "|", "title:", "#")):
                    for found in [ln for ln in md.splitlines() if body in ln]:
                        assert "{lang=en}" in found, (
                            f"{lang}/{doc}.md: unmarked English {body[:60]!r}"
                        )


def _set_threshold(root: Path, value: int) -> None:
    path = root / "sources" / "packs" / "test-pack.yaml"
    text = re.sub(
        r"^publish_threshold: \d+$",
        f"publish_threshold: {value}",
        path.read_text(encoding="utf-8"),
        flags=re.M,
    )
    path.write_text(text, encoding="utf-8")


def test_the_gate_follows_the_pack_threshold_and_pages_follow_the_gate(tmp_path):
    root = copy_project(tmp_path / "project")
    _set_threshold(root, 100)
    result = cli("build", "-j", "1", "--format", "html,docx,md", root=root)
    assert result.exit_code == 0, result.output + result.stderr
    site = root / "build" / "site"
    assert sorted(p.name for p in (site / "test-pack" / "fr").iterdir()) == ["index.html"]
    nav = [
        a.get("lang")
        for a in _tree(site / "test-pack" / "en" / "note.html").iter("a")
        if a.get("hreflang")
    ]
    assert nav == ["en"]
    index = " ".join(_tree(site / "test-pack" / "fr" / "index.html").getroot().itertext())
    assert (
        "Not yet available in this language. Available in:" in index
    )  # the fixture has no French for it
    # lowered: French and German cross it, the English page's switcher is written again to list them
    _set_threshold(root, 40)
    result = cli("build", "-j", "2", "--json", root=root)
    assert result.exit_code == 0, result.output + result.stderr
    report = json.loads(result.stdout)
    units = _manifest(site)["units"]
    published = sorted(n.split("/")[2] for n, r in units.items() if r["published"])
    assert published == sorted(
        n.split("/")[2]
        for n, r in units.items()
        if n.endswith("/en") or r["coverage"]["percent"] >= 40
    )
    assert "fr" in published and "pl" not in published
    assert (site / "test-pack" / "fr" / "note.docx").exists() and not (
        site / "test-pack" / "pl" / "note.docx"
    ).exists()
    nav = [
        a.get("lang")
        for a in _tree(site / "test-pack" / "en" / "note.html").iter("a")
        if a.get("hreflang")
    ]
    assert nav == published
    assert "test-pack/note/en" in report["built"]  # its page only, with the new list
    again = json.loads(cli("build", "-j", "1", "--json", root=root).stdout)
    assert again["up_to_date"] is True


def test_strict_names_each_document_below_the_coverage_threshold(tmp_path):
    root = copy_project(tmp_path / "project")
    result = cli("build", "-j", "1", "--strict", root=root)
    assert result.exit_code == 1
    assert re.search(
        r"test-pack/fr/note: translation coverage \d+ % of the words is below the pack's "
        r"threshold of 100 %",
        result.stderr,
    )


def test_coverage_rounds_down_and_counts_every_visible_field():
    import datetime as dt

    from briefings import model as m
    from briefings.compose.coverage import Coverage, measure

    assert Coverage(1000, 1, 0).percent == 99  # never rounded up to 100
    assert Coverage(10, 0, 3).percent == 100 and Coverage(10, 0, 3).complete
    assert Coverage(10, 2, 5).percent == 60  # 3 of the 5 words that could be in the language
    meta = m.Meta(
        pack="p",
        document="d",
        lang="fr",
        title="Un titre",
        product="briefing",
        date=dt.date(2026, 5, 18),
        event_name="Plenary part-session",
        event_place="Strasbourg",
        event_date=dt.date(2026, 5, 18),
        reference=None,
        author=None,
        service="",
        untranslated=("event_name",),
    )
    doc = m.Document(
        meta,
        (m.Paragraph((m.Text("deux mots"), m.Text("three English words", "en"))),),
        (m.Footnote(1, (m.Text("Reuters report", "en", original=True),)),),
        (),
        Labels(),
    )
    cov = measure(doc)
    # title 2 + event 2 (untranslated) + place 1 + paragraph 2 + 3 (fallback) + note 2 (original)
    assert (cov.words, cov.fallback, cov.original) == (12, 5, 2)


def test_status_per_document_counts_words_and_says_what_is_published(project):
    rows = json.loads(cli("i18n", "status", "--documents", "--format", "json", root=project).stdout)
    by = {(r["document"], r["lang"]): r for r in rows}
    assert set(by) == {("note", lang) for lang in ("de", "fr", "pl")}
    fr = by[("note", "fr")]
    assert 0 < fr["words_untranslated"] < fr["words"]
    counted = fr["words"] - fr["words_original"]
    assert fr["percent"] == (counted - fr["words_untranslated"]) * 100 // counted
    assert fr["published"] is (fr["percent"] >= fr["publish_threshold"])
    text = cli("i18n", "status", "--documents", "--lang", "fr", root=project).stdout
    assert "test-pack/note" in text and f"{fr['percent']}%" in text
    # the catalogue view rounds down too: 100 % only when nothing is missing or fuzzy
    rows = json.loads(
        cli(
            "i18n", "status", "--catalogues", "--lang", "fr", "--format", "json", root=project
        ).stdout
    )
    for r in rows:
        assert r["percent"] == (r["translated"] * 100 // r["total"] if r["total"] else 100)


def test_the_accessibility_statement_is_there_in_every_language_of_a_pack(shipped):
    langs = sorted(LIB.packs["plenary-2026-05-18"].languages)
    for lang in langs:
        name = "accessibility.html" if lang == "en" else f"accessibility-{lang}.html"
        tree = _tree(shipped / name)
        assert tree.getroot().get("lang") == lang
        index = _tree(shipped / "plenary-2026-05-18" / lang / "index.html")
        assert f"../../{name}" in [a.get("href") for a in index.iter("a")], lang
    pl = " ".join(_tree(shipped / "accessibility-pl.html").getroot().itertext())
    assert "Deklaracja dostępności" in pl
    # the home page too, each pack's title in the reader's language where it has one
    for lang in langs:
        home = _tree(shipped / ("index.html" if lang == "en" else f"index-{lang}.html"))
        assert home.getroot().get("lang") == lang
    fr = " ".join(_tree(shipped / "index-fr.html").getroot().itertext())
    assert "Dossiers d’information" in fr and "Modèles d’IA dotés de capacités cybernétiques" in fr
    # one 404 page (a host serves one), saying it in every language with a link to that home page
    missing = _tree(shipped / "404.html")
    said = {
        li.get("lang"): [a.get("href") for a in li.iter("a")]
        for li in missing.iter("li")
        if li.get("lang")
    }
    assert set(said) == set(langs) - {"en"} and said["pl"] == ["index-pl.html"]


def test_status_names_an_unknown_pack(project):
    result = cli("i18n", "status", "--documents", "--pack", "test-pak", root=project)
    assert (
        result.exit_code == 2
        and "unknown pack 'test-pak' (did you mean 'test-pack'?)" in result.stderr
    )
    assert "Traceback" not in result.stderr
