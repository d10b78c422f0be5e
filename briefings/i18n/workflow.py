"""The translators' workflow on PO files: extract, init, update, compile, status."""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import write_po

from ..errors import BriefingsError, Problem, Problems, did_you_mean, rel
from ..languages import BY_CODE, CODES, SOURCE_LANGUAGE
from ..sources import load_library
from .catalogs import DOMAINS, po_path, read_catalog
from .extract import content_catalog, messages_catalog, pot_bytes


def templates(root: Path, domains=DOMAINS) -> dict[str, Catalog]:
    out = {}
    if "messages" in domains:
        out["messages"] = messages_catalog()
    if "content" in domains:
        out["content"] = content_catalog(load_library(root))
    return out


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def _po_bytes(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_po(buf, catalog, width=0, include_previous=True, sort_output=False)
    return buf.getvalue()


def check_lang(lang: str) -> None:
    if lang not in BY_CODE:
        raise BriefingsError(Problem(f"unknown language code '{lang}'{did_you_mean(lang, BY_CODE)}; "
                                     "use one of the 24 EU codes", entry="LANG"))


def extract(root: Path) -> list[Path]:
    """locales/<domain>.pot for both domains; returns the files written."""
    written = []
    for domain, catalog in templates(root).items():
        path = root / "locales" / f"{domain}.pot"
        _write_atomic(path, pot_bytes(catalog))
        written.append(path)
    return written


def init(root: Path, lang: str, force: bool = False, domains=DOMAINS) -> list[Path]:
    """New PO files for a language from the current templates (Babel's header and plural forms)."""
    check_lang(lang)
    if lang == SOURCE_LANGUAGE:
        raise BriefingsError(Problem(f"'{lang}' is the source language: it needs no catalogue", entry="LANG"))
    written = []
    wanted = [d for d in domains if force or not po_path(root, lang, d).exists()]
    if not wanted:
        raise BriefingsError([Problem("already exists (use `briefings i18n update`, or --force to start again)",
                                      file=rel(po_path(root, lang, d), root)) for d in domains])
    for domain, template in templates(root, wanted).items():
        path = po_path(root, lang, domain)
        catalog = Catalog(locale=Locale.parse(BY_CODE[lang].babel), domain=domain, project="briefings",
                          version=template.version, copyright_holder="the briefings authors",
                          creation_date=template.creation_date, revision_date=template.creation_date,
                          language_team=f"{BY_CODE[lang].english} <>", fuzzy=False)
        catalog.locale = Locale.parse(BY_CODE[lang].babel)
        catalog._set_locale(lang if lang != "pt" else "pt_PT")
        for message in template:
            if message.id:
                catalog.add(message.id, context=message.context, locations=message.locations,
                            auto_comments=message.auto_comments, flags=message.flags)
        _write_atomic(path, _po_bytes(catalog))
        written.append(path)
    return written


def languages_present(root: Path) -> list[str]:
    folder = root / "locales"
    return [code for code in CODES if (folder / code / "LC_MESSAGES").is_dir()]


def _catalogs(root: Path):
    """(path, catalogue) of every PO file present; malformed ones are reported together."""
    problems = Problems()
    found = []
    for lang in languages_present(root):
        for domain in DOMAINS:
            path = po_path(root, lang, domain)
            catalog = read_catalog(path, lang, root, problems)
            if catalog is not None:
                found.append((path, domain, catalog))
    problems.raise_errors()
    return found


def update(root: Path) -> list[Path]:
    """Merge the templates into every PO file: changed units turn fuzzy and keep `#|` previous msgids."""
    written = []
    tmpl = templates(root)
    for path, domain, catalog in _catalogs(root):
        catalog.update(tmpl[domain], no_fuzzy_matching=False, update_header_comment=False)
        data = _po_bytes(catalog)
        if data != path.read_bytes():
            _write_atomic(path, data)
            written.append(path)
    return written


def compile_mo(root: Path) -> list[Path]:
    """locales/<lang>/LC_MESSAGES/<domain>.mo (the build compiles in memory; this is for other tools)."""
    written = []
    for path, _domain, catalog in _catalogs(root):
        buf = io.BytesIO()
        write_mo(buf, catalog, use_fuzzy=False)
        out = path.with_suffix(".mo")
        _write_atomic(out, buf.getvalue())
        written.append(out)
    return written


@dataclass
class Status:
    lang: str
    domain: str
    total: int
    translated: int
    fuzzy: int
    untranslated: int
    obsolete: int

    @property
    def percent(self) -> int:
        """Rounded down: 100 only when nothing is missing or fuzzy."""
        return self.translated * 100 // self.total if self.total else 100

    def as_dict(self) -> dict:
        return {**asdict(self), "percent": self.percent}


def status(root: Path, langs: list[str] | None = None) -> list[Status]:
    """Coverage of every language against the current sources (not a possibly stale POT)."""
    problems = Problems()
    for lang in langs or []:
        check_lang(lang)
    tmpl = templates(root)
    out = []
    for lang in langs or [c for c in CODES if c != SOURCE_LANGUAGE]:
        for domain in DOMAINS:
            path = po_path(root, lang, domain)
            catalog = read_catalog(path, lang, root, problems)
            wanted = [(m.id, m.context) for m in tmpl[domain] if m.id]
            translated = fuzzy = 0
            obsolete = len(catalog.obsolete) if catalog else 0
            for msgid, context in wanted:
                msg = catalog.get(msgid, context) if catalog else None
                if msg is None:
                    continue
                strings = msg.string if isinstance(msg.string, tuple) else (msg.string,)
                if msg.fuzzy and any(strings):
                    fuzzy += 1
                elif strings and all(strings):
                    translated += 1
            total = len(wanted)
            out.append(Status(lang, domain, total, translated, fuzzy, total - translated - fuzzy, obsolete))
    problems.raise_errors()
    return out


def document_status(root, packs=None, langs=None) -> list[dict]:
    """Per pack, document and language: words and units translated or shown untranslated
    (measured on the composed document, everything a reader sees), rounded down, and whether
    the document is published under the pack's gate."""
    from ..compose import Composer
    from ..errors import BriefingsError
    from ..languages import SOURCE_LANGUAGE, protocol_sorted
    from ..sources import load_library
    lib = load_library(root)
    from ..errors import UsageError, did_you_mean
    unknown = [p for p in packs or [] if p not in lib.packs]
    if unknown:
        raise UsageError([Problem(f"unknown pack '{p}'{did_you_mean(p, lib.packs)}", entry="--pack")
                          for p in unknown])
    for lang in langs or []:
        check_lang(lang)
    composer = Composer(lib)
    out = []
    for pack_id in sorted(lib.packs):
        pack = lib.packs[pack_id]
        if packs and pack_id not in packs:
            continue
        for lang in protocol_sorted(pack.languages):
            if lang == SOURCE_LANGUAGE or (langs and lang not in langs):
                continue
            for pdoc in pack.documents:
                try:
                    c = composer.compose(pack, pdoc, lang)
                except BriefingsError as exc:
                    out.append({"pack": pack_id, "document": pdoc.id, "lang": lang,
                                "error": str(exc.problems[0]) if exc.problems else "error"})
                    continue
                cov, meta = c.coverage, c.document.meta
                out.append({"pack": pack_id, "document": pdoc.id, "lang": lang,
                            "words": cov.words, "words_untranslated": cov.fallback,
                            "words_original": cov.original, "percent": cov.percent,
                            "units_translated": meta.translated, "units_untranslated": meta.fallback,
                            "published": cov.percent >= pack.publish_threshold,
                            "publish_threshold": pack.publish_threshold})
    return out
