"""A project's root folder to the path of every file and folder briefings reads or writes.

A project holds `sources/` (pack manifests, cited documents, facts, glossary, house profile),
`templates/` (briefing templates, HTML layouts and their CSS, the Word reference document)
and `locales/` (gettext catalogues, revisers' sign-offs); a build writes `build/site/` unless
told otherwise. These names are spelled here and nowhere else in the package
(tests/test_layout.py checks). Standard library only: the no-change check imports this
module before anything heavy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SOURCES = "sources"
TEMPLATES = "templates"
LOCALES = "locales"
# The folders whose files are a build's inputs: the no-change fingerprint hashes them and
# `briefings serve` watches them.
INPUT_DIRS = (SOURCES, TEMPLATES, LOCALES)
# Folders of the project that a build must never replace, whatever they hold.
PROTECTED = (*INPUT_DIRS, "tests", ".git", ".venv")
# Where a house logo may be: inside an input folder, so that a change to it is noticed.
LOGO_FOLDERS = (f"{TEMPLATES}/",)
_YAML = "*.y*ml"  # a source file: .yaml or .yml


@dataclass(frozen=True)
class ProjectLayout:
    """The paths of the project at `root`. With a relative root (`NAMES`) the paths are the
    names a message shows: `NAMES.template("x").as_posix()` is `templates/briefings/x.md`."""

    root: Path

    # --- sources/ ---

    @property
    def sources(self) -> Path:
        return self.root / SOURCES

    @property
    def packs(self) -> Path:
        """The pack manifests' folder: `sources/packs/<id>.yaml`."""
        return self.sources / "packs"

    def pack_files(self) -> list[Path]:
        return sorted(self.packs.glob(_YAML))

    @property
    def documents(self) -> Path:
        """The cited documents' folder (beside `sources/documents.yaml`)."""
        return self.sources / "documents"

    @property
    def documents_file(self) -> Path:
        return self.sources / "documents.yaml"

    def document_files(self) -> list[Path]:
        """`sources/documents.yaml` and `sources/documents/*.yaml`, in the order they load."""
        return sorted(self.sources.glob("documents.y*ml")) + sorted(self.documents.glob(_YAML))

    @property
    def facts(self) -> Path:
        return self.sources / "facts"

    def fact_files(self) -> list[Path]:
        return sorted(self.facts.glob(_YAML))

    @property
    def glossary(self) -> Path:
        """The glossary's folder (beside `sources/glossary.yaml`)."""
        return self.sources / "glossary"

    @property
    def glossary_file(self) -> Path:
        return self.sources / "glossary.yaml"

    def glossary_files(self) -> list[Path]:
        """`sources/glossary.yaml` and `sources/glossary/*.yaml`, in the order they load."""
        return sorted(self.sources.glob("glossary.y*ml")) + sorted(self.glossary.glob(_YAML))

    @property
    def house(self) -> Path:
        """The house profile (optional)."""
        return self.sources / "house.yaml"

    # --- templates/ ---

    @property
    def templates(self) -> Path:
        return self.root / TEMPLATES

    @property
    def briefing_templates(self) -> Path:
        return self.templates / "briefings"

    def template(self, template_id: str) -> Path:
        """A document's template: `templates/briefings/<id>.md`."""
        return self.briefing_templates / f"{template_id}.md"

    def template_files(self) -> list[Path]:
        return sorted(self.briefing_templates.glob("*.md"))

    @property
    def layouts(self) -> Path:
        """The HTML layouts (Jinja) of the document and site pages, and their CSS."""
        return self.templates / "html"

    @property
    def css(self) -> Path:
        return self.layouts / "briefings.css"

    @property
    def reference_docx(self) -> Path:
        """The Word reference document (styles, page set-up)."""
        return self.templates / "docx" / "reference.docx"

    # --- locales/ ---

    @property
    def locales(self) -> Path:
        return self.root / LOCALES

    def catalogue_dir(self, lang: str) -> Path:
        """A language's catalogues: `locales/<lang>/LC_MESSAGES/`."""
        return self.locales / lang / "LC_MESSAGES"

    def catalogue(self, lang: str, domain: str) -> Path:
        """A language's catalogue of one domain (`messages` or a pack's id)."""
        return self.catalogue_dir(lang) / f"{domain}.po"

    def catalogue_files(self, lang: str) -> list[Path]:
        return sorted(self.catalogue_dir(lang).glob("*.po"))

    def template_pot(self, domain: str) -> Path:
        """The translation template of one domain: `locales/<domain>.pot`."""
        return self.locales / f"{domain}.pot"

    def reviews(self, lang: str) -> Path:
        """The revisers' sign-offs of a language."""
        return self.locales / lang / "reviews.yaml"

    # --- written by briefings ---

    @property
    def site(self) -> Path:
        """The default output folder of `build` and `serve`."""
        return self.root / "build" / "site"

    @property
    def schemas(self) -> Path:
        """The JSON Schemas of the source files (`briefings schema`)."""
        return self.root / "schemas"


# The layout relative to the project root: the names of its paths as messages show them.
NAMES = ProjectLayout(Path())
