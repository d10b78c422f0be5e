"""What each output depends on, as content hashes: unchanged units are not built again.

A unit's key covers the tool's code, its template, its pack manifest, the documents file,
the facts and glossary terms it used last time, its language's catalogues, the reference
document, the HTML layouts, the fonts and Typst's version, and the options. A fact's
change therefore rebuilds only the documents that use it, in every language; a new fact
can only be used by changing a template, which changes the key too.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .fingerprint import code_hash, file_hash, manifest_path
from .i18n.catalogs import DOMAINS, po_path
from .sources import Library
from .writers.pdf import inputs_hash as pdf_inputs


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
    formats: tuple[str, ...]
    base_url: str | None

    def __post_init__(self):
        root = self.lib.root
        self.code = code_hash()
        docs = sorted((root / "sources").glob("documents.y*ml")) + sorted((root / "sources" / "documents").glob("*.y*ml"))
        self.documents = _hash(*(f"{p.name}:{_maybe(p)}" for p in docs))      # as load_library reads them
        self.glossary = _hash(*(_maybe(p) for p in sorted((root / "sources").glob("glossary.y*ml"))))
        self.reference = _maybe(root / "templates" / "docx" / "reference.docx") if "docx" in self.formats else ""
        self.layouts = _folder(root / "templates" / "html") if "html" in self.formats else ""
        # the shipped fonts (embedded in PDFs, used to measure DOCX table columns) and Typst's version
        self.pdf = pdf_inputs() if {"pdf", "docx"} & set(self.formats) else ""
        self.epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
        self._templates: dict[str, str] = {}
        self._packs: dict[str, str] = {}
        self._catalogs: dict[str, str] = {}

    def template(self, name: str) -> str:
        if name not in self._templates:
            self._templates[name] = _maybe(self.lib.root / "templates" / "briefings" / f"{name}.md")
        return self._templates[name]

    def pack(self, pack_id: str) -> str:
        if pack_id not in self._packs:
            self._packs[pack_id] = _maybe(self.lib.root / self.lib.origin("pack", pack_id).file)
        return self._packs[pack_id]

    def catalogs(self, lang: str) -> str:
        if lang not in self._catalogs:
            self._catalogs[lang] = _hash(*(_maybe(po_path(self.lib.root, lang, d)) for d in DOMAINS))
        return self._catalogs[lang]

    def fact(self, fact_id: str) -> str:
        fact = self.lib.facts.get(fact_id)
        return fact.model_dump_json() if fact else "missing"

    def term(self, term_id: str) -> str:
        term = self.lib.terms.get(term_id)
        return term.model_dump_json() if term else "missing"

    def key(self, unit: tuple[str, str, str], deps: dict) -> str:
        pack_id, doc_id, lang = unit
        pack = self.lib.packs[pack_id]
        pdoc = next(d for d in pack.documents if d.id == doc_id)
        return _hash(self.code, self.template(pdoc.template), self.pack(pack_id), self.documents,
                     self.catalogs(lang), self.reference, self.layouts, self.pdf, self.epoch, self.base_url or "",
                     ",".join(self.formats), *(self.fact(f) for f in deps.get("facts", ())),
                     *(self.term(t) for t in deps.get("terms", ())),
                     self.glossary if deps.get("glossary") else "")


def load_manifest(out: Path) -> dict:
    try:
        return json.loads(manifest_path(out).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_manifest(out: Path, manifest: dict) -> None:
    path = manifest_path(out)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def unit_name(unit: tuple[str, str, str]) -> str:
    return "/".join(unit)
