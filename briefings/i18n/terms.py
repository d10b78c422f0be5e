"""The glossary for termbases: TBX-Basic and CSV, one concept per glossary term.

TBX-Basic here is the TBX 2008 (ISO 30042:2008) form of the dialect: `<martif type="TBX-Basic">`
with the TBX-Basic XCS named in the header, which MultiTerm, memoQ and Phrase import.
translate-toolkit's TBX writer makes the core `martif type="TBX"` only, without the
TBX-Basic data categories, so this file is written with lxml.

Per concept (`termEntry`, id = the glossary id): the article that defines the term as
`<admin type="source">` and the official text as an external cross-reference, the glossary
note, and per language a `langSet` with the term (`partOfSpeech` noun: every glossary entry
is a noun phrase). The glossary has no IATE ids, so none are written.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from lxml import etree

from ..languages import CODES, SOURCE_LANGUAGE
from .exchange import bcp47

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _terms(root: Path):
    from ..sources import load_library
    lib = load_library(root)
    terms = sorted(lib.terms.values(), key=lambda t: (lib.origin("term", t.id).file, lib.origin("term", t.id).line or 0))
    langs = [code for code in CODES if any(code in t.terms for t in terms)]
    return lib, terms, langs


def defined_in(lib, term) -> str:
    """'AI Act, Art. 3(63)': the short title of the defining act and the article."""
    doc = lib.documents[term.defined_in.document]
    return doc.short_title + (f", {term.defined_in.pinpoint}" if term.defined_in.pinpoint else "")


def terms_tbx(root: Path) -> bytes:
    lib, terms, _langs = _terms(root)
    martif = etree.Element("martif", {"type": "TBX-Basic", XML_LANG: SOURCE_LANGUAGE})
    header = etree.SubElement(martif, "martifHeader")
    file_desc = etree.SubElement(header, "fileDesc")
    source_desc = etree.SubElement(file_desc, "sourceDesc")
    etree.SubElement(source_desc, "p").text = ("Glossary of the briefings project (sources/glossary.yaml): "
                                              "official terms of the acts' language versions")
    encoding = etree.SubElement(header, "encodingDesc")
    etree.SubElement(encoding, "p", {"type": "XCSURI"}).text = "TBXBasicXCSV02.xcs"
    body = etree.SubElement(etree.SubElement(martif, "text"), "body")
    for term in terms:
        entry = etree.SubElement(body, "termEntry", {"id": term.id})
        etree.SubElement(entry, "admin", {"type": "source"}).text = defined_in(lib, term)
        link = lib.documents[term.defined_in.document].link("EN")
        if link:
            etree.SubElement(entry, "xref", {"type": "externalCrossReference", "target": link}).text = \
                lib.documents[term.defined_in.document].short_title
        if term.note:
            etree.SubElement(entry, "note").text = term.note
        for lang in [code for code in CODES if code in term.terms]:
            lang_set = etree.SubElement(entry, "langSet", {XML_LANG: bcp47(lang)})
            tig = etree.SubElement(lang_set, "tig")
            etree.SubElement(tig, "term").text = term.terms[lang]
            etree.SubElement(tig, "termNote", {"type": "partOfSpeech"}).text = "noun"
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n'
            b'<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n'
            + etree.tostring(martif, encoding="UTF-8", pretty_print=True))


def terms_csv(root: Path) -> bytes:
    """One row per concept: id, the defining article, the note, then one column per language
    (protocol order, only the languages the glossary has)."""
    lib, terms, langs = _terms(root)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["id", "defined_in", "document", "pinpoint", "note", *langs])
    for term in terms:
        writer.writerow([term.id, defined_in(lib, term), term.defined_in.document, term.defined_in.pinpoint or "",
                         term.note or "", *(term.terms.get(lang, "") for lang in langs)])
    return out.getvalue().encode("utf-8")
