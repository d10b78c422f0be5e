"""Incremental builds: each kind of input change rebuilds exactly the outputs that depend on it,
and the result is byte-identical to a clean build (never stale)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from .conftest import cli
from .test_publish import snapshot

LANGS = ("de", "en", "fr", "pl")


@pytest.fixture
def two_docs(project) -> Path:
    """The fixture project with a second document that uses one fact and no glossary term."""
    (project / "templates" / "briefings" / "brief.md").write_text(
        '## Fines\n\n{{ fact("aia.fine-gpai") }}\n', encoding="utf-8"
    )
    pack = project / "sources" / "packs" / "test-pack.yaml"
    pack.write_text(
        pack.read_text() + '  - {id: brief, template: brief, title: "Fines in brief"}\n'
    )
    assert cli("i18n", "init", "fr", root=project).exit_code == 0
    assert cli("build", "-j", "1", "--format", "html,docx,md", root=project).exit_code == 0
    return project


def inodes(site: Path) -> dict[str, int]:
    return {
        str(p.relative_to(site)): p.stat().st_ino
        for p in site.rglob("*")
        if p.is_file()
        and p.suffix in (".html", ".docx", ".md")
        and p.name != "index.html"
        and p.parent != site
    }


def rebuilt_units(root: Path, change) -> set[str]:
    site = root / "build" / "site"
    before = inodes(site)
    change(root)
    result = cli("build", "-j", "1", "--format", "html,docx,md", root=root)
    assert result.exit_code == 0, result.stderr
    after = inodes(site)
    changed = {name.rsplit(".", 1)[0] for name in after if before.get(name) != after[name]}
    clean = root / "clean"
    assert (
        cli("build", "-j", "1", "--format", "html,docx,md", "--out", clean, root=root).exit_code
        == 0
    )
    assert snapshot(site) == snapshot(clean), "the incremental build differs from a clean build"
    shutil.rmtree(clean)
    return changed


def units(doc: str, langs=LANGS) -> set[str]:
    return {f"test-pack/{lang}/{doc}" for lang in langs}


def edit(path: str, old: str, new: str):
    def change(root: Path):
        file = root / path
        text = file.read_text(encoding="utf-8")
        assert old in text, (path, old)
        file.write_text(text.replace(old, new, 1), encoding="utf-8")

    return change


def test_nothing_changed_rebuilds_nothing(two_docs):
    assert rebuilt_units(two_docs, lambda root: None) == set()
    assert "up to date" in cli("build", "-j", "1", "--format", "html,docx,md", root=two_docs).stdout


def test_a_fact_rebuilds_only_documents_using_it_in_every_language(two_docs):
    change = edit(
        "sources/facts/ai-act.yaml",
        "Most of the AI Act applies",
        "Most of the AI Act's rules apply",
    )
    assert rebuilt_units(two_docs, change) == units("note")
    change = edit("sources/facts/ai-act.yaml", "amount: 15000000", "amount: 15000001")
    assert rebuilt_units(two_docs, change) == units("note") | units("brief")


def test_an_unused_fact_rebuilds_nothing(two_docs):
    change = edit(
        "sources/facts/ai-act.yaml",
        "According to the Commission, talks",
        "According to the Commission, meetings",
    )
    assert rebuilt_units(two_docs, change) == units("note")  # used by note only

    def add(root):
        with open(root / "sources" / "facts" / "ai-act.yaml", "a", encoding="utf-8") as fh:
            fh.write(
                '  - id: aia.unused\n    text: "Not used."\n'
                "    citation: {document: ai-act}\n    as_of: 2026-05-18\n"
            )

    assert rebuilt_units(two_docs, add) == set()


def test_a_template_rebuilds_its_documents(two_docs):
    assert rebuilt_units(
        two_docs, edit("templates/briefings/brief.md", "## Fines", "## Fines and penalties")
    ) == units("brief")


def test_a_glossary_term_rebuilds_documents_using_it(two_docs):
    change = edit(
        "sources/glossary.yaml",
        "KI-Modell mit allgemeinem Verwendungszweck",
        "KI-Modell mit allgemeinem Verwendungszweck (KI)",
    )
    assert rebuilt_units(two_docs, change) == units("note")


def test_a_translation_rebuilds_that_language_only(two_docs):
    from .test_i18n import set_translation

    po = two_docs / "locales" / "fr" / "LC_MESSAGES" / "test-pack.po"
    assert rebuilt_units(
        two_docs, lambda root: set_translation(po, "brief: heading", "Fines", "Amendes")
    ) == {"test-pack/fr/note", "test-pack/fr/brief"}


def test_interface_text_rebuilds_that_language_only(two_docs):
    from .test_i18n import set_translation

    po = two_docs / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    assert rebuilt_units(
        two_docs, lambda root: set_translation(po, None, "Notes", "Remarques")
    ) == {"test-pack/fr/note", "test-pack/fr/brief"}


@pytest.mark.parametrize(
    "path",
    [
        "templates/docx/reference.docx",
        "templates/html/briefing.html",
        "sources/documents.yaml",
        "sources/packs/test-pack.yaml",
    ],
)
def test_shared_inputs_rebuild_everything(two_docs, path):
    def touch(root: Path):
        file = root / path
        data = file.read_bytes()
        if path.endswith(".docx"):
            import zipfile

            from briefings.writers.docx.reference import write_reference

            write_reference(file)
            with zipfile.ZipFile(file, "a") as zf:
                zf.writestr("customXml/note.xml", "<note/>")
        else:
            file.write_bytes(
                data + (b"\n<!-- changed -->\n" if path.endswith(".html") else b"\n# changed\n")
            )

    assert rebuilt_units(two_docs, touch) == units("note") | units("brief")


def test_review_one_and_two_workers_agree_when_a_fact_falls_back_in_two_documents(
    two_docs, tmp_path
):
    """Regression: untranslated facts were counted once per process, so with -j 1 the second
    document using the same untranslated fact was called complete, and -j 1 and -j 2 differed."""
    from babel.messages.pofile import read_po, write_po

    po = two_docs / "locales" / "fr" / "LC_MESSAGES" / "test-pack.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    for message in catalog:
        if message.id and not (message.context or "").startswith("fact:"):
            message.string = message.id  # everything translated but the facts
    with po.open("wb") as fh:
        write_po(fh, catalog, width=0)
    a, b = tmp_path / "a", tmp_path / "b"
    assert cli("build", "-j", "1", "--out", a, root=two_docs).exit_code == 0
    assert cli("build", "-j", "2", "--out", b, root=two_docs).exit_code == 0
    assert snapshot(a) == snapshot(b)
    for doc in ("note", "brief"):
        assert 'class="fallback-notice"' in (a / "test-pack" / "fr" / f"{doc}.html").read_text(), (
            doc
        )


def test_review_warnings_are_reported_again_for_reused_units(two_docs):
    """Regression: a reused unit's warnings were lost, so --strict passed on the second run."""
    tpl = two_docs / "templates" / "briefings" / "brief.md"
    tpl.write_text(tpl.read_text() + "\nA bell \x07 here.\n", encoding="utf-8")
    first = cli("build", "-j", "1", "--format", "html,docx,md", root=two_docs)
    assert first.exit_code == 0 and "control character U+0007" in first.stderr
    edit(
        "sources/facts/ai-act.yaml",
        "Most of the AI Act applies",
        "Most of the AI Act's rules apply",
    )(two_docs)
    again = cli("build", "-j", "1", "--format", "html,docx,md", "--strict", root=two_docs)
    assert again.exit_code == 1 and "control character U+0007" in again.stderr


def test_review_documents_folder_is_an_input(two_docs):
    """Regression: documents kept in sources/documents/ were not hashed, so edits left pages
    stale."""
    src = two_docs / "sources" / "documents.yaml"
    (two_docs / "sources" / "documents").mkdir()
    src.rename(two_docs / "sources" / "documents" / "acts.yaml")
    assert cli("build", "-j", "1", "--format", "html,docx,md", root=two_docs).exit_code == 0
    changed = rebuilt_units(
        two_docs,
        edit(
            "sources/documents/acts.yaml",
            "short_title: AI Act",
            "short_title: Artificial Intelligence Act",
        ),
    )
    assert changed == units("note") | units("brief")


def test_review_a_failed_build_never_writes_through_to_the_published_site(two_docs, tmp_path):
    """Regression: pages rewritten in a second pass went through hard links into the live site."""
    from babel.messages.pofile import read_po, write_po

    site = two_docs / "build" / "site"
    keep = tmp_path / "published-note.html"
    os.link(site / "test-pack" / "en" / "note.html", keep)
    before = keep.read_bytes()
    po = two_docs / "locales" / "fr" / "LC_MESSAGES" / "test-pack.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    for message in catalog:
        if message.id:
            message.string = (
                message.id
            )  # French now complete: every English page's switcher changes
    with po.open("wb") as fh:
        write_po(fh, catalog, width=0)
    result = cli("build", "-j", "1", "--format", "html,docx,md", "--strict", root=two_docs)
    assert result.exit_code == 1  # de and pl are below 100 %
    assert keep.read_bytes() == before
