"""What each output depends on, as content hashes: unchanged units are not built again.

A unit's key covers the tool's code, its template, its pack manifest, the documents file, the
house profile and its logo, the facts and glossary terms it used last time, its language's
catalogues and the options;
each format's key adds that format's own inputs (the reference document and the shipped fonts,
which measure table columns, for DOCX; the layouts for HTML, and for HTML the other formats it
links to; the fonts and the versions of Typst and pikepdf for PDF), so one format can be
rebuilt while another is kept as it was. A fact's change therefore rebuilds only the documents
that use it, in every language; a new fact can only be used by changing a template, which
changes the key too.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n.catalogs import MESSAGES, po_path
from ..sources.library import Library
from ..writers.pdf import inputs_hash as pdf_inputs
from ..writers.registry import (
    DOWNLOADS as PAGE_LINKS,  # the files a document's web page offers for download
)
from .fingerprint import code_hash, file_hash

if TYPE_CHECKING:
    from ..compose.composer import Deps


def _hash(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()[:32]


def _maybe(path: Path) -> str:
    return file_hash(path) if path.is_file() else "-"


def _folder(path: Path) -> str:
    return _hash(*(f"{p.name}:{file_hash(p)}" for p in sorted(path.glob("*")) if p.is_file()))


@dataclass
class Inputs:
    """Hashes shared by many units, computed once per build."""

    lib: Library
    base_url: str | None

    def __post_init__(self) -> None:
        root, layout = self.lib.root, self.lib.layout
        self.code = code_hash()
        # the documents and the glossary as load_library reads them
        docs = layout.document_files()
        self.documents = _hash(*(f"{p.name}:{_maybe(p)}" for p in docs))
        glossary = layout.glossary_files()
        self.glossary = _hash(*(f"{p.name}:{_maybe(p)}" for p in glossary))
        # the house profile (names, disclaimer, colours: in every document) and its logo's
        # files (embedded in the Word and PDF files, not only linked from the web page)
        logo = self.lib.house.profile.logo if self.lib.house else None
        images = sorted({n for n in (logo.file, logo.png) if n is not None}) if logo else []
        self.house = _hash(_maybe(layout.house), *(f"{n}:{_maybe(root / n)}" for n in images))
        fonts = pdf_inputs()  # the shipped fonts (embedded in PDFs, measuring DOCX columns), Typst
        self.own = {  # what each format adds
            "docx": _hash(_maybe(layout.reference_docx), fonts),
            "html": _folder(layout.layouts),
            "pdf": fonts,
        }
        self.epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
        self._templates: dict[str, str] = {}
        self._packs: dict[str, str] = {}
        self._catalogs: dict[tuple[str, str], str] = {}

    def template(self, name: str) -> str:
        if name not in self._templates:
            self._templates[name] = _maybe(self.lib.layout.template(name))
        return self._templates[name]

    def pack(self, pack_id: str) -> str:
        if pack_id not in self._packs:
            self._packs[pack_id] = _maybe(self.lib.root / self.lib.origin("pack", pack_id).file)
        return self._packs[pack_id]

    def catalogs(self, lang: str, pack_id: str) -> str:
        """The interface catalogue, the pack's catalogue and the revisers' sign-offs of `lang`."""
        if (lang, pack_id) not in self._catalogs:
            from ..i18n.review import reviews_path

            paths = (
                po_path(self.lib.root, lang, MESSAGES),
                po_path(self.lib.root, lang, pack_id),
                reviews_path(self.lib.root, lang),
            )
            self._catalogs[(lang, pack_id)] = _hash(*(_maybe(path) for path in paths))
        return self._catalogs[(lang, pack_id)]

    def fact(self, fact_id: str) -> str:
        fact = self.lib.facts.get(fact_id)
        return fact.model_dump_json() if fact else "missing"

    def term(self, term_id: str) -> str:
        term = self.lib.terms.get(term_id)
        return term.model_dump_json() if term else "missing"

    def key(self, unit: tuple[str, str, str], deps: Deps) -> str:
        """What every format of the unit depends on. `deps` is the composed unit's, or the
        last build's (read back from its manifest)."""
        pack_id, doc_id, lang = unit
        pack = self.lib.packs[pack_id]
        pdoc = next(d for d in pack.documents if d.id == doc_id)
        return _hash(
            self.code,
            self.template(pdoc.template),
            self.pack(pack_id),
            self.documents,
            self.house,
            self.catalogs(lang, pack_id),
            self.epoch,
            self.base_url or "",
            *(self.fact(f) for f in deps.facts),
            *(self.term(t) for t in deps.terms),
            self.glossary if deps.glossary else "",
        )

    def format_key(self, common: str, fmt: str, others: dict[str, str]) -> str:
        """One format's key. A web page also shows the unit's other files (their links and
        sizes), so it depends on their keys."""
        linked = (
            sorted(f"{f}:{k}" for f, k in others.items() if f in PAGE_LINKS)
            if fmt == "html"
            else []
        )
        return _hash(common, fmt, self.own.get(fmt, ""), *linked)

    def format_keys(
        self,
        unit: tuple[str, str, str],
        deps: Deps,
        formats: Iterable[str],
        kept: dict[str, str] | None = None,
    ) -> dict[str, str]:
        """Keys of `formats` for a unit that keeps the formats (and keys) in `kept` as they are."""
        common = self.key(unit, deps)
        keys = dict(kept or {})
        for fmt in sorted(formats, key=lambda f: f == "html"):  # the web page last
            keys[fmt] = self.format_key(common, fmt, keys)
        return keys


def unit_name(unit: tuple[str, str, str]) -> str:
    return "/".join(unit)
