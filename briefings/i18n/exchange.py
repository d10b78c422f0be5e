"""Exchange with CAT tools: XLIFF 1.2 out and back in, TMX 1.4 out.

Files are built with translate-toolkit (`translate.storage.xliff`, `.tmx`): it owns the file,
unit, note, location and state structure. The inline codes (`<ph>`) are made here with lxml,
because translate-toolkit's rich text does not read `<ph>` back (it keeps it as unknown XML)
and puts the elements it makes in no namespace. Import parses with translate-toolkit's parser
settings for untrusted XML and walks the tree with lxml, which gives each element's line for
the messages.

A unit's id is "u" + the first 16 hex digits of SHA-256 over msgctxt, U+0004, msgid (the
way gettext joins them): the same entry has the same id in every export and language, and
an entry whose English changed gets a new id (so a stale translation is never put on new
English). Each Jinja construct (`{{ … }}`, `{% … %}`, `{# … #}`) and each fact placeholder
(`{date}`, `{value}`, `{year}`) is one `<ph>` holding the code, with an `equiv-text` a
translator can read ("[date: 2 août 2026]"), rendered from the sources in the target
language where the call names a fact, a document or a term.

Import treats the file as untrusted: at most MAX_XLIFF_BYTES, UTF-8, no DOCTYPE or entity
declaration at all, parsed without entity resolution or network. Each changed target is
checked with `catalogs.check_translation`, the check every PO translation gets; a code
whose content was changed is refused. Any error: nothing is written.
"""

from __future__ import annotations

import datetime as dt
import gettext
import hashlib
import io
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from babel.messages.catalog import Catalog, Message
from lxml import etree

from ..errors import BriefingsError, Problem, Problems, UsageError, did_you_mean, rel
from ..languages import BY_CODE, CODES, SOURCE_LANGUAGE
from ..project import NAMES
from . import contexts
from .catalogs import (
    MACHINE_MARK,
    check_translation,
    is_machine,
    po_path,
    read_catalog,
)
from .extract import content_catalog, is_pack_entry, used_keys

if TYPE_CHECKING:
    from translate.storage.xliff import Xliff1File, Xliff1Unit

    from ..sources.library import Fact, Library, Pack

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
MAX_XLIFF_BYTES = 20 * 1024 * 1024  # a pack's XLIFF is about 300 KB
MAX_UNITS = 50_000
MAX_CODES = 200  # protected codes in one target
_STATE_TRANSLATED = {"translated", "signed-off", "final"}
_MACHINE_QUALIFIERS = {"mt-suggestion", "leveraged-mt"}  # XLIFF 1.2 state-qualifier values
_STATE_REVIEW = {
    "new",
    "needs-translation",
    "needs-adaptation",
    "needs-l10n",
    "needs-review-translation",
    "needs-review-adaptation",
    "needs-review-l10n",
}

# One protected code: a Jinja construct (quoted strings inside may hold braces) or a placeholder.
_CODE = re.compile(
    r"""\{\{(?:[^}"']|"[^"]*"|'[^']*'|\}(?!\}))*\}\}"""
    r"""|\{%(?:[^%"']|"[^"]*"|'[^']*'|%(?!\}))*%\}"""
    r"""|\{\#.*?\#\}|\{(?:date|value|year)\}""",
    re.S,
)


def unit_id(context: str | None, msgid: str) -> str:
    """The stable trans-unit id of a catalogue entry (see the module's docstring)."""
    return "u" + hashlib.sha256(f"{context or ''}\x04{msgid}".encode()).hexdigest()[:16]


def bcp47(lang: str) -> str:
    """The language tag written in the files: the EU code, European Portuguese as pt-PT."""
    return BY_CODE[lang].tag


def lang_of_tag(tag: str | None) -> str | None:
    """One of the 24 codes from a BCP 47 tag ('fr', 'fr-FR', 'pt_PT'), or None (also for a
    Portuguese other than European: pt-BR is not pt-PT)."""
    parts = (tag or "").replace("_", "-").lower().split("-")
    if parts[0] == "pt" and len(parts) > 1 and parts[1] != "pt":
        return None
    return parts[0] if parts[0] in BY_CODE else None


def split_codes(text: str) -> list[str | tuple[str]]:
    """Text as plain strings and codes; a code is a 1-tuple (so it cannot be mistaken for text)."""
    out: list[str | tuple[str]] = []
    pos = 0
    for match in _CODE.finditer(text):
        if match.start() > pos:
            out.append(text[pos : match.start()])
        out.append((match.group(),))
        pos = match.end()
    if pos < len(text):
        out.append(text[pos:])
    return out


# --- what a pack uses ---------------------------------------------------------------------


@dataclass
class Entry:
    """One content-catalogue entry as exchanged: the current English and its translation."""

    context: str
    msgid: str
    comments: list[str]  # what the sources say about it (#.)
    locations: list[tuple[str, int]]
    string: str = ""
    fuzzy: bool = False
    translator_comments: list[str] = field(default_factory=list)
    machine: bool = False  # marked machine-assisted (no human translated it)

    @property
    def id(self) -> str:
        return unit_id(self.context, self.msgid)


def pack_entries(
    lib: Library, pack: Pack, catalog: Catalog | None, document: str | None = None
) -> list[Entry]:
    """The entries of one pack (or of one of its documents, with the pack's own entries: its
    title, event and place are on every document) in catalogue order, with the translation
    `catalog` has."""
    keys = used_keys(lib, pack, document)
    out = []
    for message in content_catalog(lib):
        if not message.id or not isinstance(message.id, str):
            continue  # (a plural entry's id is a tuple)
        context = message.context or ""
        if (context, message.id) not in keys and not is_pack_entry(context, pack.id):
            continue
        entry = Entry(context, message.id, list(message.auto_comments), list(message.locations))
        found = catalog.get(message.id, message.context) if catalog is not None else None
        if found is not None and isinstance(found.string, str):
            entry.string, entry.fuzzy = found.string, found.fuzzy
            entry.translator_comments = [
                c for c in found.user_comments if c.strip() != MACHINE_MARK
            ]
            entry.machine = is_machine(found)
        out.append(entry)
    return out


def _pack(lib: Library, pack_id: str) -> Pack:
    if pack_id not in lib.packs:
        raise UsageError(
            Problem(f"unknown pack '{pack_id}'{did_you_mean(pack_id, lib.packs)}", entry="--pack")
        )
    return lib.packs[pack_id]


def _target_lang(lang: str, pack: Pack | None = None) -> None:
    from .workflow import check_lang

    try:
        check_lang(lang)
    except BriefingsError as exc:
        raise UsageError(exc.problems) from None
    if lang == SOURCE_LANGUAGE:
        raise UsageError(
            Problem(
                f"'{lang}' is the source language: choose a language to translate into",
                entry="--lang",
            )
        )
    if pack is not None and lang not in pack.languages:
        raise UsageError(
            Problem(
                f"pack '{pack.id}' is not published in '{lang}' (its languages: "
                f"{', '.join(pack.languages)})",
                entry="--lang",
            )
        )


# --- readable codes -------------------------------------------------------------------------


class Describer:
    """The equiv-text of a code: what it becomes in the target language, in brackets."""

    def __init__(
        self,
        lib: Library,
        pack: Pack | None,
        lang: str,
        context: str,
        catalog: Catalog | None = None,
    ):
        self.lib, self.pack, self.lang, self.context = lib, pack, lang, context
        self.catalog = catalog  # the language's content catalogue, for facts
        self._messages: gettext.NullTranslations | None = None

    def _fact(self) -> Fact | None:
        if contexts.fact_of(self.context) is not None:
            return self.lib.facts.get(self.context.split(":", 1)[1])
        return None

    def _value(self, fact: Fact) -> str:
        from .formatting import format_value

        assert fact.value is not None  # asked only for a fact that has one
        if self._messages is None:
            from .catalogs import load_messages

            self._messages = load_messages(self.lib.root, self.lang, Problems())
        return format_value(fact.value.amount, fact.value.unit, self.lang, self._messages)

    def describe(self, code: str) -> str:
        try:
            text = self._describe(code)
        except Exception:  # a description is a help, never a reason to fail
            text = None
        text = text or code
        return text if len(text) <= 120 else text[:119] + "…"

    def _describe(self, code: str) -> str | None:
        from .formatting import format_date

        if code in ("{date}", "{value}"):
            fact = self._fact()
            if fact is None:
                return None
            if code == "{date}":
                return f"[date: {format_date(fact.date, self.lang)}]" if fact.date else None
            return f"[amount: {self._value(fact)}]" if fact.value else None
        if code == "{year}":
            return f"[year: {self.pack.publication_date.year}]" if self.pack else "[year]"
        if not code.startswith("{{"):
            return None
        from .values import parse_call  # the catalogue check's own reading of a call

        call = parse_call(code)
        if call is None:
            return None
        name, args, kwargs = call.helper, call.args, dict(call.kwargs)
        first = args[0] if args else None
        lib = self.lib
        if name == "date":
            form = "short" if kwargs.get("format") == "short" else "long"
            if first == "event.date" and self.pack:
                return f"[date: {format_date(self.pack.event.date, self.lang, form)}]"
            fact = lib.facts.get(first) if isinstance(first, str) else None
            if fact is not None and fact.date:
                return f"[date: {format_date(fact.date, self.lang, form)}]"
        elif name == "value":
            fact = lib.facts.get(first) if isinstance(first, str) else None
            if fact is not None and fact.value:
                return f"[amount: {self._value(fact)}]"
        elif name == "fact":
            fact = lib.facts.get(first) if isinstance(first, str) else None
            if fact is not None:
                found = (
                    self.catalog.get(fact.text, contexts.fact(fact.id))
                    if self.catalog is not None
                    else None
                )
                string = found.string if found is not None and not found.fuzzy else None
                usable = string if isinstance(string, str) and string else None
                text = re.sub(r"\s+", " ", usable or fact.text)
                return f"[fact: {text[:80]}{'…' if len(text) > 80 else ''}]"
        elif name == "cite":
            doc = lib.documents.get(first) if isinstance(first, str) else None
            if doc is not None:
                pinpoint = (
                    args[1]
                    if len(args) > 1 and isinstance(args[1], str)
                    else kwargs.get("pinpoint")
                )
                at = ", " + pinpoint if isinstance(pinpoint, str) else ""
                return f"[note: {doc.short_title_in(self.lang)}{at}]"
        elif name == "doc":
            doc = lib.documents.get(first) if isinstance(first, str) else None
            if doc is not None:
                full = kwargs.get("full")
                title = doc.title_in(self.lang) if full else doc.short_title_in(self.lang)
                return f"[title: {title}]"
        elif name == "term":
            term = lib.terms.get(first) if isinstance(first, str) else None
            if term is not None:
                return f"[term: {term.terms.get(self.lang, term.terms[SOURCE_LANGUAGE])}]"
        return None


# --- XLIFF out ------------------------------------------------------------------------------


def _fill(
    element: etree._Element,
    text: str,
    ids: dict[str, list[str]],
    describe: Callable[[str], str],
    tag: str,
    namespace: str | None,
) -> None:
    """`element` holds `text` with each code as a `<ph>`: the n-th use of a code gets the id of
    its n-th use in the English (ids: code -> ids), a code the English does not have (or not
    that often) an id 'extraN'."""
    used: dict[str, int] = {}
    extra = sum(len(v) for v in ids.values())
    for child in list(element):
        element.remove(child)
    element.text = None
    last: etree._Element | None = None
    name = f"{{{namespace}}}{tag}" if namespace else tag
    for part in split_codes(text):
        if isinstance(part, str):
            if last is None:
                element.text = (element.text or "") + part
            else:
                last.tail = (last.tail or "") + part
            continue
        code = part[0]
        n = used.get(code, 0)
        used[code] = n + 1
        if n < len(ids.get(code, ())):
            code_id = ids[code][n]
        else:
            extra += 1
            code_id = f"extra{extra}"
        last = etree.SubElement(element, name)
        if namespace:  # XLIFF
            last.set("id", code_id)
            last.set("ctype", "x-jinja" if code[1] in "{%#" else "x-placeholder")
            last.set("equiv-text", describe(code))
        else:  # TMX: x numbers the codes of a segment
            last.set("x", re.sub(r"\D", "", code_id))
            last.set("type", "x-jinja" if code[1] in "{%#" else "x-placeholder")
        last.text = code


def _code_ids(msgid: str) -> dict[str, list[str]]:
    """code -> the ids of its uses in the English: 1, 2, 3… in order (unique in the unit, as
    XLIFF inline ids are)."""
    ids: dict[str, list[str]] = {}
    n = 0
    for part in split_codes(msgid):
        if isinstance(part, tuple):
            n += 1
            ids.setdefault(part[0], []).append(str(n))
    return ids


def _xliff_classes() -> tuple[type[Xliff1File[Xliff1Unit]], type[Xliff1Unit]]:
    from translate.storage.xliff import Xliff1File, Xliff1Unit

    class Unit(Xliff1Unit):
        namespace = XLIFF_NS

    class File(Xliff1File[Xliff1Unit]):
        UnitClass = Unit
        namespace = XLIFF_NS

    return File, Unit


def export_xliff(root: Path, pack_id: str, lang: str, document: str | None = None) -> bytes:
    """XLIFF 1.2 of one pack (or one of its documents) in one language (see the module's
    docstring)."""
    from .. import __version__
    from ..sources.library import load_library

    lib = load_library(root)
    pack = _pack(lib, pack_id)
    _target_lang(lang, pack)
    docs = [d.id for d in pack.documents]
    if document is not None and document not in docs:
        raise UsageError(
            Problem(
                f"pack '{pack.id}' has no document '{document}'{did_you_mean(document, docs)} "
                f"(its documents: {', '.join(docs)})",
                entry="--document",
            )
        )
    problems = Problems()
    path = po_path(root, lang, pack.id)
    catalog = read_catalog(path, lang, root, problems)
    problems.raise_errors()
    entries = pack_entries(lib, pack, catalog, document)
    File, _Unit = _xliff_classes()
    original = rel(path, root)
    skeleton = (
        f'<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="{XLIFF_NS}">'
        f'<file original="" source-language="en" target-language="" datatype="plaintext">'
        f"<header/><body/></file></xliff>"
    ).encode()
    # translate-toolkit leaves parsestring unannotated
    store = File.parsestring(skeleton)  # type: ignore[no-untyped-call]
    filenode = store.document.getroot()[0]
    filenode.set("original", original)
    filenode.set("target-language", bcp47(lang))
    filenode.set(
        "product-name", f"briefings pack {pack.id}" + (f", document {document}" if document else "")
    )
    header = filenode[0]
    tool = etree.SubElement(header, f"{{{XLIFF_NS}}}tool")
    tool.set("tool-id", "briefings")
    tool.set("tool-name", "briefings")
    tool.set("tool-version", __version__)
    note = etree.SubElement(header, f"{{{XLIFF_NS}}}note")
    note.text = (
        f"Pack '{pack.id}' ({pack.title}), {BY_CODE[lang].english}. Each tag (a protected code) "
        "is replaced when the document is built: keep every one (you may move it); its label "
        "shows what it becomes. Import with `briefings i18n import FILE`; only targets marked "
        "translated are published."
    )
    for entry in entries:
        unit = store.addsourceunit(entry.msgid, filename=original)
        unit.setid(entry.id)
        unit.xmlelement.set("resname", entry.context)
        describe = Describer(lib, pack, lang, entry.context, catalog).describe
        ids = _code_ids(entry.msgid)
        _fill(unit.get_source_dom(), entry.msgid, ids, describe, "ph", XLIFF_NS)
        unit.settarget(entry.string or "")
        target = unit.get_target_dom()
        if entry.string:
            _fill(target, entry.string, ids, describe, "ph", XLIFF_NS)
            unit.set_state_n(
                unit.S_NEEDS_REVIEW if entry.fuzzy or entry.machine else unit.S_TRANSLATED
            )
            if entry.machine and not entry.fuzzy:  # published, but no human has translated it
                target.set("state-qualifier", "mt-suggestion")
        else:
            target.set("state", "new")
            unit.markapproved(False)
        unit.addnote(f"Context: {entry.context}", origin="developer")
        for comment in entry.comments:
            unit.addnote(comment, origin="developer")
        for comment in entry.translator_comments:
            unit.addnote(comment, origin="translator")
        for file, line in entry.locations:
            unit.addlocation(f"{file}:{line}" if line else file)
        for group in unit.xmlelement.iter(f"{{{XLIFF_NS}}}context-group"):
            group.attrib.pop("name", None)  # a name must be unique in the <file> (XLIFF 1.2 schema)
    out = io.BytesIO()
    store.serialize(out)
    return out.getvalue()


# --- TMX out --------------------------------------------------------------------------------


def export_tmx(
    root: Path, pack_ids: list[str] | None = None, langs: list[str] | None = None
) -> bytes:
    """TMX 1.4: one <tu> per entry with a translation the build would use, holding the English
    and every such translation (of the packs and languages chosen, all by default)."""
    from translate.storage.tmx import tmxfile

    from .. import __version__
    from ..sources.library import load_library

    lib = load_library(root)
    packs = (
        [_pack(lib, p) for p in pack_ids]
        if pack_ids
        else sorted(lib.packs.values(), key=lambda p: p.id)
    )
    for lang in langs or []:
        _target_lang(lang)
    problems = Problems()
    order: dict[str, tuple[Entry, list[tuple[str, str]]]] = {}
    for pack in packs:
        for entry in pack_entries(lib, pack, None):
            wanted = [
                (lang, pack.id)
                for lang in pack.languages
                if lang != SOURCE_LANGUAGE and (not langs or lang in langs)
            ]
            if entry.id in order:
                order[entry.id][1].extend(wanted)
            else:
                order[entry.id] = (entry, wanted)
    from ..compose.composer import Translations

    tr = Translations(lib)  # the catalogues as the build reads them (value check included)
    store = tmxfile(sourcelanguage="en")
    header = store.document.getroot().find("header")
    assert header is not None  # a new tmxfile has its <header>
    header.set("creationtool", "briefings")
    header.set("creationtoolversion", __version__)
    header.set("segtype", "block")  # a unit is a paragraph, list item or cell
    header.set("datatype", "plaintext")
    for entry, wanted in order.values():
        translations: list[tuple[str, str]] = []
        for lang in CODES:
            for pack_id in [p for code, p in wanted if code == lang]:  # the first pack that has it
                found = tr.content(lang, pack_id).lookup(entry.context, entry.msgid)
                if found:
                    translations.append((lang, found))
                    break
        if not translations:
            continue
        # translate-toolkit leaves tmxfile.addsourceunit unannotated
        unit = store.addsourceunit(entry.msgid)  # type: ignore[no-untyped-call]
        unit.xmlelement.set("tuid", entry.id)
        unit.setcontext(entry.context)
        ids = _code_ids(entry.msgid)
        for lang, text in translations:
            unit.settarget(text, lang=bcp47(lang), append=True)
        for tuv in unit.xmlelement.iter("tuv"):
            seg = tuv.find("seg")
            is_source = tuv.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
            _fill(seg, entry.msgid if is_source else (seg.text or ""), ids, str, "ph", None)
    problems.extend([p for p in tr.all_problems() if p.level == "error"])
    problems.raise_errors()
    out = io.BytesIO()
    store.serialize(out)
    return out.getvalue()


# --- XLIFF in -------------------------------------------------------------------------------


@dataclass
class Imported:
    path: Path | None
    changed: list[str]  # trans-unit ids written
    warnings: list[Problem]


def _safe_xml(data: bytes, file: str) -> etree._ElementTree:
    """The parsed document, or a BriefingsError: size, encoding and declarations checked first."""
    if len(data) > MAX_XLIFF_BYTES:
        raise BriefingsError(
            Problem(
                f"the file has more than {MAX_XLIFF_BYTES // (1024 * 1024)} MB; an XLIFF "
                f"file may have at most {MAX_XLIFF_BYTES // (1024 * 1024)} MB",
                file=file,
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BriefingsError(
            Problem(
                f"not UTF-8 ({exc.reason} at byte {exc.start}): save the XLIFF as UTF-8", file=file
            )
        ) from None
    declared = re.match(r"""\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""", text)
    if declared and declared.group(1).lower().replace("_", "-") not in ("utf-8", "utf8"):
        raise BriefingsError(
            Problem(
                f"the file declares encoding {declared.group(1)[:20]!r}: save the XLIFF as "
                'UTF-8 and declare encoding="UTF-8"',
                file=file,
                line=1,
            )
        )
    for word in ("<!DOCTYPE", "<!ENTITY"):
        at = text.find(word)
        if at >= 0:
            raise BriefingsError(
                Problem(
                    f"a {word[2:]} declaration: XLIFF needs none, and entities or a DTD "
                    "are not read (they could load files or expand without bound)",
                    file=file,
                    line=text.count("\n", 0, at) + 1,
                )
            )
    from translate.misc.xml_helpers import get_safe_xml_parser

    parser = get_safe_xml_parser(collect_ids=False)  # no entities resolved, no network
    try:
        doc = etree.fromstring(data, parser=parser).getroottree()
    except etree.XMLSyntaxError as exc:
        raise BriefingsError(
            Problem(f"not well-formed XML: {exc.msg}", file=file, line=exc.lineno or None)
        ) from None
    if doc.docinfo.doctype or doc.docinfo.internalDTD is not None:
        raise BriefingsError(Problem("a DOCTYPE declaration: XLIFF needs none", file=file))
    return doc


def _read_limited(path: Path, file: str) -> bytes:
    """At most MAX_XLIFF_BYTES + 1 bytes of a regular file (it may be outside the project: it
    comes from a translator); a FIFO or device is refused before it is opened, so nothing blocks."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise BriefingsError(Problem("cannot read: not a regular file", file=file))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            return fh.read(MAX_XLIFF_BYTES + 1)
    except OSError as exc:
        raise BriefingsError(Problem(f"cannot read: {exc.strerror or exc}", file=file)) from None


class UnitWhere(TypedDict):
    """Where a trans-unit's problem is (its line is given apart)."""

    file: str
    entry: str


# (unit id, trans-unit, source, target, where) of one trans-unit
XliffUnit = tuple[str, etree._Element, etree._Element, etree._Element | None, UnitWhere]


def _target_text(
    target: etree._Element,
    ids: dict[str, list[str]],
    problems: Problems,
    where: UnitWhere,
    depth: int = 0,
) -> str | None:
    """The target as catalogue text: each <ph>/<x> back to its code; None if a code is wrong."""
    if depth > 4:
        problems.add("<mrk> nested more than 4 deep", line=target.sourceline, **where)
        return None
    codes = {code_id: code for code, some in ids.items() for code_id in some}
    out = [target.text or ""]
    ok = True
    count = 0
    for child in target:
        if not isinstance(child.tag, str):  # a comment or processing instruction
            out.append(child.tail or "")
            continue
        name = etree.QName(child).localname
        line = child.sourceline
        count += 1
        if count > MAX_CODES:
            problems.add(f"more than {MAX_CODES} inline elements in one target", line=line, **where)
            return None
        if name == "mrk":  # segmentation marks of CAT tools
            inner = _target_text(child, ids, problems, where, depth + 1)
            if inner is None:
                return None
            out.append(inner)
        elif name in ("ph", "x"):
            code_id = child.get("id")
            content = "".join(child.itertext()) if name == "ph" else None
            if code_id in codes:
                if content is not None and content != codes[code_id]:
                    problems.add(
                        f'the protected code <ph id="{code_id}"> was changed: it must stay '
                        f"{codes[code_id]!r}, found {content[:60]!r}",
                        line=line,
                        **where,
                    )
                    ok = False
                out.append(codes[code_id])
            elif content is not None:  # a <ph>: checked as text below, as in a PO
                out.append(content)
            else:
                problems.add(
                    f'<x id="{code_id}"> is not one of this unit\'s codes '
                    f"({', '.join(sorted(codes)) or 'it has none'})",
                    line=line,
                    **where,
                )
                ok = False
        else:
            problems.add(
                f"<{name}> in a target: only the unit's own <ph> codes may be there",
                line=line,
                **where,
            )
            ok = False
        out.append(child.tail or "")
    return "".join(out) if ok else None


def read_xliff(
    data: bytes, file: str
) -> tuple[str, list[XliffUnit], dict[str, str], Problems, str | None]:
    """(language, [(unit id, trans-unit, source, target, where)], header fields, problems,
    namespace) of an XLIFF file; the file's problems are collected, not raised."""
    doc = _safe_xml(data, file)
    problems = Problems()
    xroot = doc.getroot()
    if etree.QName(xroot).localname != "xliff" or etree.QName(xroot).namespace not in (
        XLIFF_NS,
        "urn:oasis:names:tc:xliff:document:1.1",
    ):
        raise BriefingsError(
            Problem(
                f"not an XLIFF 1.2 file (the root element is <{etree.QName(xroot).localname}> "
                f"in {etree.QName(xroot).namespace or 'no namespace'})",
                file=file,
                line=xroot.sourceline,
            )
        )
    ns = etree.QName(xroot).namespace
    files = xroot.findall(f"{{{ns}}}file")
    if len(files) != 1:
        raise BriefingsError(
            Problem(
                f"expected one <file>, found {len(files)} (export one pack and language per file)",
                file=file,
                line=xroot.sourceline,
            )
        )
    fnode = files[0]
    lang = lang_of_tag(fnode.get("target-language"))
    if lang is None or lang == SOURCE_LANGUAGE:
        raise BriefingsError(
            Problem(
                f"target-language {fnode.get('target-language')!r} is not one of the "
                "languages to translate into",
                file=file,
                line=fnode.sourceline,
            )
        )
    if lang_of_tag(fnode.get("source-language")) != SOURCE_LANGUAGE:
        raise BriefingsError(
            Problem(
                f"source-language {fnode.get('source-language')!r}: the source must be "
                "English (en)",
                file=file,
                line=fnode.sourceline,
            )
        )
    units = list(fnode.iter(f"{{{ns}}}trans-unit"))
    if len(units) > MAX_UNITS:
        raise BriefingsError(Problem(f"{len(units)} trans-units; at most {MAX_UNITS}", file=file))
    header = _header_fields(fnode, ns)
    found: list[XliffUnit] = []
    seen: dict[str, int | None] = {}
    for unit in units:
        uid = unit.get("id") or ""
        where: UnitWhere = {"file": file, "entry": f"trans-unit '{uid[:40]}'"}
        if uid in seen:
            problems.add(
                f"the id is used twice (first at line {seen[uid]})", line=unit.sourceline, **where
            )
            continue
        seen[uid] = unit.sourceline
        source = unit.find(f"{{{ns}}}source")
        target = unit.find(f"{{{ns}}}target")
        if source is None:
            problems.add("no <source>", line=unit.sourceline, **where)
            continue
        found.append((uid, unit, source, target, where))
    return lang, found, header, problems, ns


def _code_difference(
    msgid: str,
    text: str,
    ids: dict[str, list[str]],
    lib: Library,
    lang: str,
    context: str,
    written: str | None = None,
) -> str | None:
    """Which protected codes a target lacks or has twice, said with their ids and labels. A code
    the catalogue's current translation already writes out in words (a value placeholder the
    check accepted, see i18n.values) is not counted as lost."""
    from collections import Counter

    want = Counter(p[0] for p in split_codes(msgid) if isinstance(p, tuple))
    have = Counter(p[0] for p in split_codes(text) if isinstance(p, tuple))
    if want == have:
        return None
    before = (
        Counter(p[0] for p in split_codes(written) if isinstance(p, tuple)) if written else want
    )
    describe = Describer(lib, None, lang, context).describe
    parts = []
    lost = [c for c in want if have[c] < want[c] and have[c] < before[c]]
    more = [c for c in have if have[c] > want[c]]
    if lost:
        parts.append(
            "missing "
            + ", ".join(
                " ".join(f'<ph id="{i}">' for i in ids[c][have[c] :]) + f" {describe(c)}"
                for c in lost
            )
        )
    if more:
        parts.append(
            "not in the English (or there more often) "
            + ", ".join(
                f"{describe(c)} ({have[c]} times, the English {want[c]})"
                if c in ids
                else repr(c[:60])
                for c in more
            )
        )
    return "translation refused: protected codes differ: " + "; ".join(parts)


def _pack_of(original: str, lang: str, lib: Library, file: str) -> str:
    """The pack whose catalogue an XLIFF file was exported from (its <file original>)."""
    for pack_id in lib.packs:
        if original == NAMES.catalogue(lang, pack_id).as_posix():
            return pack_id
    known = ", ".join(sorted(lib.packs))
    raise BriefingsError(
        Problem(
            f"<file original={original[:80]!r}> names no pack catalogue of this "
            f"language (expected {NAMES.catalogue(lang, '<pack>').as_posix()}, a pack "
            f"being one of: {known}); export the pack again",
            file=file,
        )
    )


def _header_fields(fnode: etree._Element, ns: str | None) -> dict[str, str]:
    """Last translator, team and date from the file's header: its last <phase>, or the file's
    date; and the file's `original` (the catalogue it was exported from)."""
    out = {"original": fnode.get("original") or ""}
    phases = fnode.findall(f"{{{ns}}}header/{{{ns}}}phase-group/{{{ns}}}phase")
    if phases:
        phase = phases[-1]
        name, email = phase.get("contact-name"), phase.get("contact-email")
        if name:
            out["translator"] = f"{name} <{email}>" if email else name
        if company := phase.get("company-name"):
            out["team"] = company
        if day := phase.get("date"):
            out["date"] = day
    if "date" not in out and (day := fnode.get("date")):
        out["date"] = day
    return out


def _when(value: str | None) -> dt.datetime:
    if value:
        try:
            when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
        except ValueError:
            pass
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _clean(value: str, given: bool, what: str, file: str) -> str:
    """A header value: one line, printable, at most 200 characters (a longer --translator or
    --team is a usage error, a longer value in the XLIFF header a content error)."""
    value = re.sub(r"[\x00-\x1f\x7f]", " ", value).strip()
    if len(value) > 200:
        if given:
            raise UsageError(Problem(f"at most 200 characters, got {len(value)}", entry=what))
        raise BriefingsError(
            Problem(
                f"the header's {what.lstrip('-')} has {len(value)} characters; at most 200",
                file=file,
            )
        )
    return value


def import_xliff(
    root: Path, xliff: Path, translator: str | None = None, team: str | None = None
) -> Imported:
    """Check every target of an XLIFF file like a PO translation; write the content PO only when
    all pass (only the entries that change, and the header's translator, team and date)."""
    from ..check import uses_term
    from ..safefs import write_atomic
    from ..sources.library import load_library
    from .workflow import po_bytes

    file = rel(xliff, root)
    data = _read_limited(xliff, file)
    lang, units, header, problems, _ns = read_xliff(data, file)
    lib = load_library(root)
    pack_id = _pack_of(header.get("original", ""), lang, lib, file)
    path = po_path(root, lang, pack_id)
    if not path.exists():
        raise BriefingsError(
            Problem(
                f"no catalogue for '{lang}' yet: run `briefings i18n init {lang}` and import again",
                file=rel(path, root),
            )
        )
    catalog = read_catalog(path, lang, root, problems)
    problems.raise_errors()
    assert catalog is not None  # the file is there: a malformed one raised above
    by_id: dict[str, Message] = {}
    for entry in content_catalog(lib):
        if entry.id and isinstance(entry.id, str):  # (a plural entry's id is a tuple)
            by_id[unit_id(entry.context, entry.id)] = entry
    terms = [(t, t.terms[SOURCE_LANGUAGE].lower()) for t in lib.terms.values()]
    from .catalogs import load_messages
    from .values import ValueMatcher  # a target may write a value out, as in a PO

    values = ValueMatcher(lib, lang, load_messages(root, lang, Problems()))
    changes: list[tuple[Message, Message | None, str, bool, str, bool]] = []
    for uid, unit, source, target, where in units:
        message = by_id.get(uid)
        if message is None:
            problems.add(
                "not an entry of the current sources (its English changed or was removed since the "
                "export): export the pack again and carry the translation over",
                line=unit.sourceline,
                **where,
            )
            continue
        assert isinstance(message.id, str)  # by_id holds only singular entries
        ids = _code_ids(message.id)
        source_text = _target_text(source, ids, Problems(), where)
        if source_text != message.id:
            problems.add(
                "the <source> is not the English of this unit: a source must not be edited",
                line=source.sourceline,
                **where,
            )
            continue
        if target is None:
            continue
        text = _target_text(target, ids, problems, where)
        if text is None or not text.strip():
            continue  # nothing translated: the PO keeps what it has
        state = target.get("state")
        machine = False
        if state in _STATE_TRANSLATED or (state is None and unit.get("approved") != "no"):
            fuzzy = False  # a translator confirmed it
        elif (
            state == "needs-review-translation"
            and target.get("state-qualifier") in _MACHINE_QUALIFIERS
        ):
            fuzzy, machine = False, True  # machine translation, used and labelled as such
        elif state in _STATE_REVIEW or state is None or state.startswith("x-"):
            fuzzy = True
        else:
            problems.add(
                f"state {state!r} is not an XLIFF 1.2 state", line=target.sourceline, **where
            )
            continue
        old = catalog.get(message.id, message.context)
        if fuzzy and old is not None and old.string == text:
            machine = is_machine(old)  # still a suggestion: its origin stays said
        if old is not None and (old.string, old.fuzzy, is_machine(old)) == (text, fuzzy, machine):
            continue
        if not fuzzy:
            why = check_translation(message.id, text, message.context or "", values)
            written = (
                old.string
                if old is not None and not old.fuzzy and isinstance(old.string, str)
                else None
            )
            missing = _code_difference(
                message.id, text, ids, lib, lang, message.context or "", written
            )
            if missing and why:  # said with the codes' ids and labels
                problems.add(missing, line=target.sourceline, **where)
                continue
            if why:
                problems.add(f"translation refused: {why}", line=target.sourceline, **where)
                continue
            low = message.id.lower()
            for term, english in terms:
                official = term.terms.get(lang)
                forms = term.forms.get(lang, [])
                if official and english in low and not uses_term(text, official, forms):
                    problems.warn(
                        f"the source uses '{term.terms[SOURCE_LANGUAGE]}' but the translation "
                        f"does not use the official term '{official}'",
                        line=target.sourceline,
                        **where,
                    )
        changes.append((message, old, text, fuzzy, uid, machine))
    problems.raise_errors()
    if not changes:
        return Imported(None, [], problems.warnings)
    for message, old, text, fuzzy, _uid, machine in changes:
        if old is None:
            old = catalog.add(
                message.id,
                context=message.context,
                locations=message.locations,
                auto_comments=message.auto_comments,
                flags=message.flags,
            )
        old.string = text
        old.user_comments = [c for c in old.user_comments if c.strip() != MACHINE_MARK] + [
            MACHINE_MARK
        ] * machine
        if fuzzy:
            old.flags.add("fuzzy")
        else:
            old.flags.discard("fuzzy")
            old.previous_id = []
    catalog.last_translator = _clean(
        translator or header.get("translator") or catalog.last_translator,
        bool(translator),
        "--translator",
        file,
    )
    catalog.language_team = _clean(
        team or header.get("team") or catalog.language_team, bool(team), "--team", file
    )
    catalog.revision_date = _when(header.get("date"))
    write_atomic(path, po_bytes(catalog))
    return Imported(path, [c[4] for c in changes], problems.warnings)
