"""briefings/project.py: the one owner of a project's paths."""

from __future__ import annotations

from pathlib import Path

from briefings.project import INPUT_DIRS, NAMES, PROTECTED, ProjectLayout
from briefings.sources.library import load_library

from .conftest import REPO, cli, copy_project


def test_the_layout_names_the_shipped_projects_paths():
    layout = ProjectLayout(REPO)
    for path in (
        layout.sources,
        layout.packs,
        layout.documents_file,
        layout.facts,
        layout.glossary_file,
        layout.house,
        layout.briefing_templates,
        layout.template("plenary-2026-05-18-briefing"),
        layout.layouts / "briefing.html",
        layout.css,
        layout.reference_docx,
        layout.locales,
        layout.catalogue("fr", "messages"),
        layout.catalogue("de", "plenary-2026-05-18"),
        layout.template_pot("messages"),
        layout.schemas,
    ):
        assert path.exists(), path
    assert [p.name for p in layout.pack_files()] == ["ai-act-demo.yaml", "plenary-2026-05-18.yaml"]
    assert layout.document_files() == [layout.documents_file]
    assert layout.glossary_files() == [layout.glossary_file]
    assert [p.stem for p in layout.catalogue_files("fr")] == [
        "ai-act-demo",
        "messages",
        "plenary-2026-05-18",
    ]
    assert all(p.parent == layout.briefing_templates for p in layout.template_files())
    assert set(INPUT_DIRS) <= set(PROTECTED)
    assert all((REPO / name).is_dir() for name in INPUT_DIRS)


def test_relative_names_are_the_ones_messages_show():
    assert NAMES.template("x").as_posix() == "templates/briefings/x.md"
    assert NAMES.catalogue("fr", "p").as_posix() == "locales/fr/LC_MESSAGES/p.po"
    assert NAMES.template_pot("messages").as_posix() == "locales/messages.pot"
    assert NAMES.reviews("fr").as_posix() == "locales/fr/reviews.yaml"
    assert NAMES.reference_docx.as_posix() == "templates/docx/reference.docx"
    assert NAMES.site.as_posix() == "build/site"
    assert ProjectLayout(Path("/p")).template("x") == Path("/p/templates/briefings/x.md")


def test_files_beside_and_in_a_folder_load_in_the_layouts_order(tmp_path):
    """sources/documents.yaml first, then sources/documents/*.yaml (and the same for the
    glossary): the order load_library reads them and the unit keys hash them."""
    root = copy_project(tmp_path / "project")
    layout = ProjectLayout(root)
    new = ("new", "pack", "itre-2026-06-03", "--title", "T", "--event", "E")
    result = cli(*new, "--place", "Brussels", "--date", "2026-06-03", root=root)
    assert result.exit_code == 0, result.output
    made = {p.relative_to(root).as_posix() for p in root.rglob("*itre-2026-06-03*")}
    assert made == {
        NAMES.packs.joinpath("itre-2026-06-03.yaml").as_posix(),
        NAMES.documents.joinpath("itre-2026-06-03.yaml").as_posix(),
        NAMES.facts.joinpath("itre-2026-06-03.yaml").as_posix(),
        NAMES.glossary.joinpath("itre-2026-06-03.yaml").as_posix(),
        NAMES.template("itre-2026-06-03-briefing").as_posix(),
    }
    docs = layout.document_files()
    assert docs[-1] == layout.documents / "itre-2026-06-03.yaml"
    assert all(p.parent == layout.sources for p in docs[:-1])
    lib = load_library(root)
    assert "itre-2026-06-03" in lib.packs and "itre-2026-06-03-source" in lib.documents
    assert lib.layout == layout
