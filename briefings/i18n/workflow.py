"""The translators' workflow on PO files: extract, init, update, compile, status."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Collection
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Required, TypedDict

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import write_po

from ..errors import BriefingsError, Problem, Problems, did_you_mean, rel
from ..languages import BY_CODE, CODES, SOURCE_LANGUAGE
from ..project import ProjectLayout
from ..safefs import write_atomic
from ..sources.library import Library, Pack, PackDocument, load_library
from .catalogs import MESSAGES, po_path, read_catalog
from .extract import messages_catalog, pack_catalog, pot_bytes
from .suggest import fill, migrate

if TYPE_CHECKING:
    from .. import model as m
    from ..compose.composer import Composed, Composer


class EntryCount(TypedDict):
    units: int
    words: int  # English words


class DocumentStatus(TypedDict, total=False):
    """One document in one language, as `document_status` gives it (and `i18n status --format
    json` shows it): `error` alone when it cannot be composed, else the rest."""

    pack: Required[str]
    document: Required[str]
    lang: Required[str]
    error: str
    entries: dict[str, EntryCount]  # 'translated', 'fuzzy', 'untranslated'
    words: int
    words_untranslated: int
    words_original: int
    percent: int
    published: bool
    publish_threshold: int
    require_review: bool
    # a ReviewDict's, when the document has a translation status
    review: str
    machine_assisted: bool
    translator: str | None
    reviser: str | None
    review_date: str | None


OLD_CONTENT = "content"  # the one content catalogue of version 1, split per pack by `update`


def templates(
    root: Path,
    names: Collection[str] | None = None,
    lib: Library | None = None,
    lang: str | None = None,
) -> dict[str, Catalog]:
    """The catalogue templates by name: `messages` (the interface) and one per pack (`names`:
    only these; `lang`: only the packs published in that language)."""
    out: dict[str, Catalog] = {}
    if names is None or MESSAGES in names:
        out[MESSAGES] = messages_catalog()
    if names is None or set(names) - {MESSAGES}:
        lib = lib or load_library(root)
        for pack in sorted(lib.packs.values(), key=lambda p: p.id):
            if (names is None or pack.id in names) and (lang is None or lang in pack.languages):
                out[pack.id] = pack_catalog(lib, pack)
    return out


def po_bytes(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_po(buf, catalog, width=0, include_previous=True, sort_output=False)
    return buf.getvalue()


def check_lang(lang: str) -> None:
    if lang not in BY_CODE:
        raise BriefingsError(
            Problem(
                f"unknown language code '{lang}'{did_you_mean(lang, BY_CODE)}; "
                "use one of the 24 EU codes",
                entry="LANG",
            )
        )


def extract(root: Path) -> list[Path]:
    """locales/messages.pot and locales/<pack>.pot; returns the files written."""
    written = []
    for name, catalog in templates(root).items():
        path = ProjectLayout(root).template_pot(name)
        write_atomic(path, pot_bytes(catalog))
        written.append(path)
    stale = ProjectLayout(root).template_pot(OLD_CONTENT)  # version 1's single content template
    if stale.is_file() and not stale.is_symlink():
        stale.unlink()
    return written


def new_catalog(lang: str, template: Catalog) -> Catalog:
    """An empty PO catalogue for `lang` from a template (Babel's header and plural forms)."""
    catalog = Catalog(
        locale=Locale.parse(BY_CODE[lang].babel),
        domain=template.domain,
        project="briefings",
        version=template.version,
        copyright_holder="the briefings authors",
        creation_date=template.creation_date,
        revision_date=template.creation_date,
        language_team=f"{BY_CODE[lang].english} <>",
        fuzzy=False,
    )
    # the public setter, once: the header's Language is the catalogue's code (pt_PT for pt)
    catalog.locale = lang if lang != "pt" else "pt_PT"
    for message in template:
        if message.id:
            catalog.add(
                message.id,
                context=message.context,
                locations=message.locations,
                auto_comments=message.auto_comments,
                flags=message.flags,
            )
    return catalog


def init(
    root: Path, lang: str, force: bool = False, names: Collection[str] | None = None
) -> list[Path]:
    """New PO files for a language from the current templates: `messages` and one per pack
    (`names`: only these)."""
    check_lang(lang)
    if lang == SOURCE_LANGUAGE:
        raise BriefingsError(
            Problem(f"'{lang}' is the source language: it needs no catalogue", entry="LANG")
        )
    tmpl = templates(root, names, lang=lang)
    wanted = [name for name in tmpl if force or not po_path(root, lang, name).exists()]
    if not wanted:
        raise BriefingsError(
            [
                Problem(
                    "already exists (use `briefings i18n update`, or --force to start again)",
                    file=rel(po_path(root, lang, name), root),
                )
                for name in tmpl
            ]
        )
    written = []
    for name in wanted:
        path = po_path(root, lang, name)
        write_atomic(path, po_bytes(new_catalog(lang, tmpl[name])))
        written.append(path)
    return written


def languages_present(root: Path) -> list[str]:
    layout = ProjectLayout(root)
    return [code for code in CODES if layout.catalogue_dir(code).is_dir()]


def catalogue_names(root: Path, lang: str) -> list[str]:
    """The PO files of a language that are present: `messages` first, then the packs'."""
    layout = ProjectLayout(root)
    names = sorted(
        p.stem for p in layout.catalogue_files(lang) if p.stem not in (MESSAGES, OLD_CONTENT)
    )
    return [MESSAGES] * layout.catalogue(lang, MESSAGES).exists() + names


def _catalogs(root: Path) -> list[tuple[Path, str, Catalog]]:
    """(path, name, catalogue) of every PO file present; malformed ones are reported together."""
    problems = Problems()
    found = []
    for lang in languages_present(root):
        for name in catalogue_names(root, lang):
            path = po_path(root, lang, name)
            catalog = read_catalog(path, lang, root, problems)
            if catalog is not None:
                found.append((path, name, catalog))
    problems.raise_errors()
    return found


def update(root: Path) -> list[Path]:
    """Merge the templates into every language's PO files. A language that has catalogues gets
    one for each pack (version 1's single content.po is split per pack, nothing lost). In a
    pack's catalogue a changed or new unit takes the translation of the same English in the
    same context from any catalogue of its language (translated), else the closest translation
    of similar English (`suggest.fill`: fuzzy, with the old English in `#|` and a comment
    saying where it came from), else stays empty. Returns the files written or removed."""
    lib = load_library(root)
    tmpl = templates(root, lib=lib)
    written: list[Path] = []
    problems = Problems()
    for lang in languages_present(root):
        old = po_path(root, lang, OLD_CONTENT)
        catalogs: dict[str, Catalog] = {}
        for name in catalogue_names(root, lang):
            catalog = read_catalog(po_path(root, lang, name), lang, root, problems)
            if catalog is not None:
                catalogs[name] = catalog
        legacy = read_catalog(old, lang, root, problems) if old.exists() else None
        if problems.errors:
            continue
        before = {name: po_bytes(c) for name, c in catalogs.items()}
        for name, template in tmpl.items():
            if name not in catalogs:
                if name != MESSAGES and lang not in lib.packs[name].languages:
                    continue  # the pack is not published in this language
                catalogs[name] = new_catalog(lang, template)
            if name != MESSAGES:
                catalogs[name].update(template, no_fuzzy_matching=True, update_header_comment=False)
            else:
                catalogs[name].update(
                    template, no_fuzzy_matching=False, update_header_comment=False
                )
        packs = {name: c for name, c in catalogs.items() if name in tmpl and name != MESSAGES}
        if legacy is not None:
            migrate(legacy, packs)
        fill(packs, {name: rel(po_path(root, lang, name), root) for name in packs})
        for name, catalog in catalogs.items():
            if name not in tmpl:
                continue  # a pack that is gone: its catalogue is left as it is
            data = po_bytes(catalog)
            if data != before.get(name):
                write_atomic(po_path(root, lang, name), data)
                written.append(po_path(root, lang, name))
        if legacy is not None:
            old.unlink()
            if old.with_suffix(".mo").is_file():
                old.with_suffix(".mo").unlink()
            written.append(old)
    problems.raise_errors()
    return written


def compile_mo(root: Path) -> list[Path]:
    """locales/<lang>/LC_MESSAGES/<domain>.mo (the build compiles in memory; this is for other
    tools)."""
    written = []
    for path, _domain, catalog in _catalogs(root):
        buf = io.BytesIO()
        write_mo(buf, catalog, use_fuzzy=False)
        out = path.with_suffix(".mo")
        write_atomic(out, buf.getvalue())
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

    def as_dict(self) -> dict[str, str | int]:
        return {**asdict(self), "percent": self.percent}


def status(root: Path, langs: list[str] | None = None) -> list[Status]:
    """Coverage of every language against the current sources (not a possibly stale POT)."""
    problems = Problems()
    for lang in langs or []:
        check_lang(lang)
    tmpl = templates(root)
    out = []
    for lang in langs or [c for c in CODES if c != SOURCE_LANGUAGE]:
        for domain in tmpl:
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
            out.append(
                Status(lang, domain, total, translated, fuzzy, total - translated - fuzzy, obsolete)
            )
    problems.raise_errors()
    return out


def _entry_states(
    composer: Composer,
    pack: Pack,
    pdoc: PackDocument,
    lang: str,
    composed: Composed[m.Document],
) -> dict[str, EntryCount]:
    """Units and English words of the entries a document uses, by catalogue state."""
    from ..compose.coverage import words

    content = composer.content(lang, pack.id)
    keys = composer.entry_keys(pack, pdoc, composed.deps.facts)
    out: dict[str, EntryCount] = {
        state: {"units": 0, "words": 0} for state in ("translated", "fuzzy", "untranslated")
    }
    for context, text in dict.fromkeys(keys):
        entry = content.entries.get((context, text))
        state = (
            "untranslated"
            if entry is None or not entry.string
            else "fuzzy"
            if entry.fuzzy
            else "translated"
        )
        out[state]["units"] += 1
        out[state]["words"] += words(text)
    return out


def document_status(
    root: Path, packs: list[str] | None = None, langs: list[str] | None = None
) -> list[DocumentStatus]:
    """Per pack, document and language: the entries it uses by state (translated, fuzzy,
    untranslated: units and English words, as translation is planned and paid), what a
    reader sees (words shown in the language or in English, measured on the composed
    document, rounded down), whether it is published under the pack's gate, and its
    translation status (sign-off, machine-assisted)."""
    from ..compose.composer import Composer
    from ..errors import UsageError
    from ..languages import protocol_sorted

    lib = load_library(root)
    unknown = [p for p in packs or [] if p not in lib.packs]
    if unknown:
        raise UsageError(
            [
                Problem(f"unknown pack '{p}'{did_you_mean(p, lib.packs)}", entry="--pack")
                for p in unknown
            ]
        )
    for lang in langs or []:
        check_lang(lang)
    composer = Composer(lib)
    out: list[DocumentStatus] = []
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
                    out.append(
                        {
                            "pack": pack_id,
                            "document": pdoc.id,
                            "lang": lang,
                            "error": str(exc.problems[0]) if exc.problems else "error",
                        }
                    )
                    continue
                cov = c.coverage
                gate = cov.percent >= pack.publish_threshold and (
                    not pack.require_review or (c.review is not None and c.review.revised)
                )
                row: DocumentStatus = {
                    "pack": pack_id,
                    "document": pdoc.id,
                    "lang": lang,
                    "entries": _entry_states(composer, pack, pdoc, lang, c),
                    "words": cov.words,
                    "words_untranslated": cov.fallback,
                    "words_original": cov.original,
                    "percent": cov.percent,
                    "published": gate,
                    "publish_threshold": pack.publish_threshold,
                    "require_review": pack.require_review,
                }
                if c.review:
                    row = {**row, **c.review.as_dict()}
                out.append(row)
    return out


def review(
    root: Path,
    pack_id: str,
    lang: str,
    by: str,
    document: str | None = None,
    today: dt.date | None = None,
) -> tuple[Path, list[str]]:
    """Record that `by` approved the current text of the pack's documents (or one) in `lang`.
    A document not wholly in the language (or with a fuzzy entry shown in English) cannot
    be approved. Returns the reviews file and the documents recorded."""
    from ..compose.composer import Composer
    from ..errors import UsageError
    from .review import REVISER_NAME, Review, digest, record

    lib = load_library(root)
    if pack_id not in lib.packs:
        raise UsageError(
            Problem(f"unknown pack '{pack_id}'{did_you_mean(pack_id, lib.packs)}", entry="--pack")
        )
    pack = lib.packs[pack_id]
    check_lang(lang)
    if lang == SOURCE_LANGUAGE or lang not in pack.languages:
        raise UsageError(
            Problem(
                f"pack '{pack_id}' is not translated into '{lang}' (its languages: "
                f"{', '.join(x for x in pack.languages if x != SOURCE_LANGUAGE)})",
                entry="--lang",
            )
        )
    docs = [d for d in pack.documents if document is None or d.id == document]
    if not docs:
        ids = [d.id for d in pack.documents]
        raise UsageError(
            Problem(
                f"pack '{pack_id}' has no document '{document}'"
                f"{did_you_mean(document, ids) if document is not None else ''}",
                entry="--document",
            )
        )
    name = " ".join(by.split())
    if not REVISER_NAME.fullmatch(name):
        raise UsageError(
            Problem(
                "a reviser's name of at most 120 characters, without control characters "
                "or <>{}[]\\",
                entry="--by",
            )
        )
    composer = Composer(lib)
    problems = Problems()
    reviews: list[Review] = []
    for pdoc in docs:
        composed = composer.compose(pack, pdoc, lang)
        if not composed.coverage.complete:
            problems.add(
                f"{composed.coverage.percent} % of it is in this language "
                f"({composed.coverage.fallback} words are shown in English): only a wholly "
                "translated text can be approved",
                entry=f"{pack_id}/{pdoc.id}/{lang}",
            )
            continue
        reviews.append(
            Review(pack_id, pdoc.id, name, today or dt.date.today(), digest(composed.document))
        )
    problems.raise_errors()
    return record(root, lang, reviews), [r.document for r in reviews]
