"""The glossary for termbases: TBX-Basic and CSV, one concept per glossary term.

TBX-Basic here is the TBX 2008 (ISO 30042:2008) form of the dialect: `<martif type="TBX-Basic">`
with the TBX-Basic XCS named in the header, which MultiTerm, memoQ and Phrase import.
translate-toolkit's TBX writer makes the core `martif type="TBX"` only, without the
TBX-Basic data categories, so this file is written with lxml.

Per concept (`termEntry`, id = the glossary id): the article that defines the term as
`<admin type="source">`, the official text and, where the glossary records one, the IATE
entry as external cross-references (`<xref type="externalCrossReference" target=…>`), the
glossary note, and per language a `langSet` with the term (`partOfSpeech` noun: every glossary
entry is a noun phrase) and a `<note>` saying whether the wording was checked against the
defining provision in that language or is still to confirm (TBX-Basic has no data category
for a verification state; `note` is allowed on every level).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from ..languages import CODES, SOURCE_LANGUAGE
from .exchange import bcp47

if TYPE_CHECKING:
    from ..sources.library import Library, Term

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _terms(root: Path) -> tuple[Library, list[Term], list[str]]:
    from ..sources.library import load_library

    lib = load_library(root)
    terms = sorted(
        lib.terms.values(),
        key=lambda t: (lib.origin("term", t.id).file, lib.origin("term", t.id).line or 0),
    )
    langs = [code for code in CODES if any(code in t.terms for t in terms)]
    return lib, terms, langs


def defined_in(lib: Library, term: Term) -> str:
    """'AI Act, Art. 3(63)': the short title of the defining act and the article."""
    doc = lib.documents[term.defined_in.document]
    return doc.short_title + (f", {term.defined_in.pinpoint}" if term.defined_in.pinpoint else "")


VERIFIED = "verified"
TO_CONFIRM = "to confirm"


def verification(lib: Library, term: Term, lang: str) -> str:
    """'verified: …' or 'to confirm: …', naming the provision the wording is checked against."""
    where = defined_in(lib, term)
    if term.verified(lang):
        return f"{VERIFIED}: the wording of {where} in this language"
    return f"{TO_CONFIRM}: not yet checked against {where} in this language"


def terms_tbx(root: Path) -> bytes:
    lib, terms, _langs = _terms(root)
    martif = etree.Element("martif", {"type": "TBX-Basic", XML_LANG: SOURCE_LANGUAGE})
    header = etree.SubElement(martif, "martifHeader")
    file_desc = etree.SubElement(header, "fileDesc")
    source_desc = etree.SubElement(file_desc, "sourceDesc")
    etree.SubElement(source_desc, "p").text = (
        "Glossary of the briefings project (sources/glossary.yaml): "
        "official terms of the acts' language versions"
    )
    encoding = etree.SubElement(header, "encodingDesc")
    etree.SubElement(encoding, "p", {"type": "XCSURI"}).text = "TBXBasicXCSV02.xcs"
    body = etree.SubElement(etree.SubElement(martif, "text"), "body")
    for term in terms:
        entry = etree.SubElement(body, "termEntry", {"id": term.id})
        etree.SubElement(entry, "admin", {"type": "source"}).text = defined_in(lib, term)
        link = lib.documents[term.defined_in.document].link("EN")
        if link:
            etree.SubElement(
                entry, "xref", {"type": "externalCrossReference", "target": link}
            ).text = lib.documents[term.defined_in.document].short_title
        if term.iate_url:
            etree.SubElement(
                entry, "xref", {"type": "externalCrossReference", "target": term.iate_url}
            ).text = f"IATE {term.iate}"
        if term.note:
            etree.SubElement(entry, "note").text = term.note
        for lang in [code for code in CODES if code in term.terms]:
            lang_set = etree.SubElement(entry, "langSet", {XML_LANG: bcp47(lang)})
            tig = etree.SubElement(lang_set, "tig")
            etree.SubElement(tig, "term").text = term.terms[lang]
            etree.SubElement(tig, "termNote", {"type": "partOfSpeech"}).text = "noun"
            etree.SubElement(tig, "note").text = verification(lib, term, lang)
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n'
        + etree.tostring(martif, encoding="UTF-8", pretty_print=True)
    )


def terms_csv(root: Path) -> bytes:
    """One row per concept: id, the defining article, the IATE entry id, the note, the languages
    whose wording is still to confirm (space-separated codes, protocol order), then one column
    per language (protocol order, only the languages the glossary has)."""
    lib, terms, langs = _terms(root)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        ["id", "defined_in", "document", "pinpoint", "iate", "note", "to_confirm", *langs]
    )
    for term in terms:
        to_confirm = " ".join(
            code for code in CODES if code in term.terms and not term.verified(code)
        )
        writer.writerow(
            [
                term.id,
                defined_in(lib, term),
                term.defined_in.document,
                term.defined_in.pinpoint or "",
                term.iate or "",
                term.note or "",
                to_confirm,
                *(term.terms.get(lang, "") for lang in langs),
            ]
        )
    return out.getvalue().encode("utf-8")
