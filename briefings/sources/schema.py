"""The validation models to JSON Schemas, one per kind of source file, for editors.

The schemas are shipped in `schemas/`; a source file that starts with
`# yaml-language-server: $schema=<path>` gets completion and validation as you type in
VS Code (the YAML extension) and any editor that speaks the YAML language server.
The schemas say what the loader accepts; the loader still has the last word (references
between files, dates that exist, duplicate ids), and its messages name file and line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..project import NAMES, ProjectLayout
from ..safefs import write_atomic
from .house import HouseProfile
from .library import Fact, Pack, SourceDocument, Term

DRAFT = "https://json-schema.org/draft/2020-12/schema"

# A JSON Schema, or a part of one, as pydantic's model_json_schema() gives it: JSON values.
JsonSchema = dict[str, Any]

# What each field means, for the editor's hover text and docs/authoring.md (a test fails when a
# model gains a field that is not described here, so the guide cannot fall behind the models).
FIELD_HELP: dict[str, str] = {
    "SourceDocument.id": "Identifier that facts and templates cite, e.g. `ai-act`.",
    "SourceDocument.type": "What kind of document it is.",
    "SourceDocument.tier": "How authoritative it is: primary law, an official statement or a "
    "media report.",
    "SourceDocument.title": "Full official title in English (as in the Official Journal).",
    "SourceDocument.short_title": "Short title used in citations and `doc()`, e.g. `AI Act`.",
    "SourceDocument.titles": "Full title per language code (the official language versions); a "
    "legal act has one in every language but `en`, which is `title`.",
    "SourceDocument.short_titles": "Short title per language code: the form used after the first "
    "mention, e.g. `règlement sur l’IA`.",
    "SourceDocument.number": "The document's number, e.g. `2024/1689` or `COM(2025) 836`.",
    "SourceDocument.celex": "CELEX number; EUR-Lex links are then made in each reader's language.",
    "SourceDocument.eli": "European Legislation Identifier URL (http or https).",
    "SourceDocument.url": "Where the document can be read (http, https or mailto), for sources "
    "without a CELEX.",
    "SourceDocument.oj": "Official Journal reference, e.g. `OJ L, 2024/1689, 12.7.2024`.",
    "SourceDocument.date": "The document's own date (adoption or signature), YYYY-MM-DD.",
    "SourceDocument.published": "Publication date (for press reports, shown in citations), "
    "YYYY-MM-DD.",
    "SourceDocument.in_force": "Date of entry into force, YYYY-MM-DD (a record for authors: "
    "documents do not show it; a timeline shows it through a fact).",
    "SourceDocument.publisher": "Who issued it: an institution, or the outlet of a press report "
    "(a record for authors: documents cite a source by its title, so a press report's title "
    "should name the outlet).",
    "SourceDocument.procedure": "Procedure reference, e.g. `2021/0106(COD)` (a record for "
    "authors: documents do not show it).",
    "SourceDocument.source_lang": "For a source that is not a legal act: the language `title` and "
    "`short_title` are written in, the one the source itself exists in (default `en`). A title "
    "the source has only in that language is not a missing translation. Legal acts and proposals "
    "exist in all 24 languages and take no `source_lang`.",
    "SourceDocument.unverified_titles": "Language codes whose `titles`/`short_titles` were not "
    "checked against the official text (EUR-Lex or the publisher's page), e.g. `[lt, mt]`; remove "
    "a code once checked.",
    "SourceDocument.definitions": "Articles whose numbered subdivisions are points, not paragraphs "
    '(the definitions article), e.g. `["3"]`: `Art. 3(63)` is then cited as point 63 '
    "(FR « art. 3, point 63) », DE « Art. 3 Nr. 63 »).",
    "Citation.document": "The `id` of a document in `sources/documents*`.",
    "Citation.pinpoint": "Where in the document, in the English notation of the Official Journal, "
    "e.g. `Art. 55(1)(c)`, `Recital 110`, `Annex III, point 2`; shown in each language's notation.",
    "Value.amount": "The number, e.g. `15000000` or `3`.",
    "Value.unit": "What the number counts; it decides how the value is written in each language.",
    "Fact.id": "Namespaced identifier, e.g. `cra.reporting-applies`; templates use it in `fact()`.",
    "Fact.text": "One sentence in English (Markdown inline). `{date}` and `{value}` are filled in "
    "from the fact's own date and value, in the reader's language.",
    "Fact.label": "Short form for timelines and tables, e.g. `AI Act enters into force`.",
    "Fact.date": "The date the fact is about, YYYY-MM-DD (required when the text uses `{date}`).",
    "Fact.value": "An amount with its unit (required when the text uses `{value}`).",
    "Fact.citation": "The document and pinpoint the fact comes from: every fact is cited.",
    "Fact.as_of": "When the fact was last verified against its source, YYYY-MM-DD; a pack dated "
    "earlier must not use it.",
    "Fact.review_by": "Verify again before this date; `check` warns when a pack is dated after it.",
    "Fact.tags": "Free labels for finding facts (a record for authors: documents do not show "
    "them).",
    "Term.id": "Identifier that `term()` uses, e.g. `gpai-model`.",
    "Term.terms": "The official term per language code; `en` is required.",
    "Term.forms": "Inflected forms of the term per language code that the stem rule does not "
    "recognise (e.g. German plurals with an umlaut, `schwerwiegende Vorfälle`); a translation may "
    "write any of them instead of `term()` (docs/translating.md).",
    "Term.defined_in": "The document and article where the term is defined.",
    "Term.unverified": "Language codes whose term was not yet checked against the text of the "
    'defining provision (`defined_in`) in that language, e.g. `[ga, mt]`: exported as "to confirm" '
    "(`briefings i18n terms`); remove a code once checked.",
    "Term.iate": "The concept's IATE entry id, the number in "
    "`https://iate.europa.eu/entry/result/<id>`, only where a source states it (never guessed); "
    "exported as a cross-reference to the entry.",
    "Term.note": "A note for translators and readers, e.g. `to be confirmed`.",
    "Event.name": "Name of the meeting, e.g. `European Parliament plenary part-session`.",
    "Event.place": "Where it takes place.",
    "Event.date": "The date of the meeting, YYYY-MM-DD.",
    "PackDocument.id": "The document's file name in the site, e.g. `briefing`.",
    "PackDocument.template": "The template `templates/briefings/<template>.md`.",
    "PackDocument.title": "The document's title (translated through the catalogues).",
    "PackDocument.product": "The kind of publication; it sets the label and the layout.",
    "Pack.id": "Identifier; must match the file name `sources/packs/<id>.yaml`.",
    "Pack.title": "The pack's title.",
    "Pack.subtitle": "A subtitle.",
    "Pack.event": "The meeting the pack is for: `{name, place, date}`.",
    "Pack.reference": "Reference number shown in the header, e.g. `PE 765.432`.",
    "Pack.date": "Publication date, if not the event's date, YYYY-MM-DD.",
    "Pack.author": "Author shown on the documents.",
    "Pack.service": "The service that publishes the pack.",
    "Pack.languages": "Language codes to publish, of the 24 EU official languages.",
    "Pack.documents": "The pack's documents: `{id, template, title, product}` each.",
    "Pack.disclaimer": "Replaces the standard disclaimer; `{year}` becomes the year.",
    "Pack.draft": "`true` while the pack is a draft: every document says so next to the product's "
    "name.",
    "Pack.coverage_threshold": "Translation coverage (0-100 % of a document's words) below which "
    "`build --strict` fails.",
    "Pack.publish_threshold": "Share (0-100 %) of a document's words that must be in a language "
    "for the document to be published in it; below, the pack's index in that language says where "
    "the document is available. Default 80.",
    "Pack.require_review": "`true`: a document is published in a language other than the source "
    "only once a reviser has approved its current text (`briefings i18n review`). Default false.",
    "HouseProfile.organisation": "The institution's name per language code, e.g. `European "
    "Parliament`; `en` is required.",
    "HouseProfile.service": "The publishing service's name per language code; `en` is required.",
    "HouseProfile.short_name": "Its short name or acronym, e.g. `PRS`.",
    "HouseProfile.header": "The byline at the top of every document and page header; "
    "`{short_name}`, `{service}` and `{organisation}` are filled in.",
    "HouseProfile.disclaimer": "Disclaimer and copyright notice per language code; `{year}` is the "
    "year. Without one, documents have no disclaimer section.",
    "HouseProfile.logo": "A logo for web pages and Word documents: `{file, alt}`.",
    "HouseProfile.colours": "The house colours of web pages, Word and PDF: "
    "`{accent, accent_dark}` as `#rrggbb` (else the defaults); Word's and the PDF's pale "
    "fills are 7 % of the accent.",
    "HouseProfile.reference_pattern": "A regular expression every pack's `reference` must match "
    "(`check` warns otherwise), e.g. `^PE \\d{3}\\.\\d{3}$`.",
    "HouseProfile.products": "The kinds of publication the office makes; a pack's documents name "
    "one.",
    "Logo.file": "An .svg or .png file inside the project, e.g. `templates/house/logo.svg`.",
    "Logo.png": "A PNG of the logo for Word documents, when `file` is an SVG.",
    "Logo.alt": "Its text alternative per language code; `en` is required.",
    "Product.id": "Identifier that pack documents use in `product:`, e.g. `briefing`.",
    "Product.label": "The product's name per language code, shown above the title; `en` is "
    "required.",
    "Product.template": "A starter template that `new pack` copies for documents of this kind, "
    "e.g. `templates/house/briefing.md` (else a built-in starter).",
    "Product.summary": "Whether the product has a summary box (`check` warns about one in a "
    "product without).",
    "Product.timeline": "Whether the product has a timeline figure (`check` warns about one in a "
    "product without).",
    "Product.contents": "Whether documents of this kind open with a table of contents (Word and "
    "PDF).",
    "Product.dense": "Set a half point denser in Word, to fit a two-page note.",
    "Colours.accent": "Accent colour (links, header band, table heads); 4.5:1 against white at "
    "least.",
    "Colours.accent_dark": "Darker accent (headings, links on hover); 4.5:1 against white at "
    "least.",
    "Pack.max_fact_age_days": "`check` warns about a fact verified more than this many days "
    "before the pack's date.",
}


def _where(*paths: Path) -> str:
    return ", ".join(p.as_posix() for p in paths)


# kind -> (model, top-level list key or None for a one-entry file, where the files live, a title)
KINDS: dict[str, tuple[type[BaseModel], str | None, str, str]] = {
    "pack": (Pack, None, _where(NAMES.packs / "*.yaml"), "briefings pack manifest"),
    "documents": (
        SourceDocument,
        "documents",
        _where(NAMES.documents_file, NAMES.documents / "*.yaml"),
        "briefings cited documents",
    ),
    "facts": (Fact, "facts", _where(NAMES.facts / "*.yaml"), "briefings facts"),
    "glossary": (
        Term,
        "terms",
        _where(NAMES.glossary_file, NAMES.glossary / "*.yaml"),
        "briefings glossary",
    ),
    "house": (HouseProfile, None, _where(NAMES.house), "briefings house profile"),
}


def _describe(name: str, schema: JsonSchema) -> None:
    for field, prop in schema.get("properties", {}).items():
        prop.pop("title", None)
        help_ = FIELD_HELP.get(f"{name}.{field}")
        if help_:
            prop["description"] = help_


def schema_for(kind: str) -> JsonSchema:
    """The JSON Schema (draft 2020-12) of one kind of source file."""
    model, key, where, title = KINDS[kind]
    entry = model.model_json_schema(ref_template="#/$defs/{model}")
    defs = entry.pop("$defs", {})
    _describe(model.__name__, entry)
    for name, sub in defs.items():
        _describe(name, sub)
    if key is None:
        schema = {**entry}
    else:
        defs[model.__name__] = entry
        schema = {
            "type": "object",
            "additionalProperties": False,
            "required": [key],
            "properties": {key: {"type": "array", "items": {"$ref": f"#/$defs/{model.__name__}"}}},
        }
    schema = {"$schema": DRAFT, "title": title, "description": f"Files: {where}.", **schema}
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def schema_bytes(kind: str) -> bytes:
    return (
        json.dumps(schema_for(kind), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    ).encode("utf-8")


def file_name(kind: str) -> str:
    return f"{kind}.schema.json"


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema into `folder`; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        path = folder / file_name(kind)
        write_atomic(path, schema_bytes(kind))
        written.append(path)
    return written


def modeline(kind: str, source_file: Path, root: Path) -> str:
    """The first line that points an editor at the schema, relative to the source file."""
    import os

    target = os.path.relpath(ProjectLayout(root).schemas / file_name(kind), source_file.parent)
    return f"# yaml-language-server: $schema={Path(target).as_posix()}"


def models() -> dict[str, type[BaseModel]]:
    """Every model a source file holds, by name (the entry models and the ones inside them)."""
    from .house import Colours, Logo, Product
    from .library import Citation, Event, PackDocument, Value

    return {
        m.__name__: m
        for m in (
            Pack,
            Event,
            PackDocument,
            SourceDocument,
            Fact,
            Citation,
            Value,
            Term,
            HouseProfile,
            Logo,
            Product,
            Colours,
        )
    }


def _type(prop: JsonSchema, defs: JsonSchema) -> str:
    if "anyOf" in prop:
        kinds = [_type(p, defs) for p in prop["anyOf"] if p.get("type") != "null"]
        return " or ".join(kinds)
    if "$ref" in prop:
        ref: str = prop["$ref"]
        return ref.rsplit("/", 1)[-1]
    kind: str = prop.get("type", "any")
    if kind == "array":
        return f"list of {_type(prop.get('items', {}), defs)}"
    if kind == "object":
        keys = "language code" if "propertyNames" in prop else "text"
        return f"map of {keys} to {_type(prop.get('additionalProperties', {}), defs)}"
    if prop.get("format") == "date":
        return "date (YYYY-MM-DD)"
    if "pattern" in prop and prop.get("maxLength") == 80:
        return "identifier"
    return {
        "string": "text",
        "integer": "whole number",
        "number": "number",
        "boolean": "yes/no",
    }.get(kind, kind)


def _allowed(prop: JsonSchema) -> str:
    from ..languages import BY_CODE

    for option in (
        [prop] + prop.get("anyOf", []) + [prop.get("items", {}), prop.get("propertyNames", {})]
    ):
        if option.get("enum") == list(BY_CODE):
            return "the 24 EU language codes (`bg`, `es`, `cs` … `fi`, `sv`)"
        if "enum" in option:
            return ", ".join(f"`{v}`" for v in option["enum"])
    if "minimum" in prop or "maximum" in prop:
        return f"{prop.get('minimum', '')}–{prop.get('maximum', '')}"
    return ""


def field_tables() -> str:
    """Markdown tables of every field of every model, from the JSON Schemas."""
    out = []
    for name, model in models().items():
        schema = model.model_json_schema()
        _describe(name, schema)
        required = set(schema.get("required", []))
        out += [
            f"#### {name}",
            "",
            (model.__doc__ or "").strip().split("\n")[0],
            "",
            "| field | type | required | allowed values / default | what it is |",
            "|---|---|---|---|---|",
        ]
        for field, prop in schema["properties"].items():
            default = (
                ""
                if field in required or prop.get("default") in (None, [], {})
                else f"default `{prop['default']}`"
            )
            allowed = "; ".join(x for x in (_allowed(prop), default) if x)
            out.append(
                f"| `{field}` | {_type(prop, {})} | {'yes' if field in required else ''} | "
                f"{allowed} | {prop.get('description', '')} |"
            )
        out.append("")
    return "\n".join(out).replace("\n\n\n", "\n\n")


# The template helpers, for docs/authoring.md; signatures are read from the code.
HELPERS: dict[str, str] = {
    "fact": "The fact's sentence in the reader's language (its date and value formatted for that "
    "language) and a note citing its source. `cite=false` leaves the note out.",
    "cite": "A note citing a document: its short title linked to the official text in the reader's "
    "language, the pinpoint and the Official Journal reference.",
    "date": 'A fact\'s date (`date("aia.entry-into-force")`) or a literal date '
    '(`date("2026-05-18")`, `date(event.date)`): `18 May 2026`, `18 mai 2026`; `format="short"` '
    "gives `18.5.2026`. A fact's date is cited unless `cite=false`.",
    "value": "A fact's amount in style-guide form (`EUR 15 000 000`, `3 %`, `72 hours`), cited "
    "unless `cite=false`.",
    "term": "The official term in the reader's language, from the glossary.",
    "doc": "A document's short title in the reader's language; `full=true` gives the full title.",
    "timeline": "A timeline figure of dated facts, with the event itself: SVG on the web, a PNG "
    "with alt text in Word, and a list in Markdown. `caption=` sets its caption.",
    "glossary_table": "The table of glossary terms in English, French, German and the reader's "
    "language.",
}


def helper_table() -> str:
    import inspect

    from ..compose.render import HelperCalls

    rows = ["| helper | what it gives |", "|---|---|"]
    for name, what in HELPERS.items():
        params = list(inspect.signature(getattr(HelperCalls, name)).parameters.values())[1:]
        shown = (
            ", ".join(
                p.name if p.default is inspect.Parameter.empty else f"{p.name}={p.default!r}"
                for p in params
            )
            .replace("True", "true")
            .replace("False", "false")
            .replace("None", "none")
        )
        rows.append(f"| `{name}({shown})` | {what} |")
    return "\n".join(rows) + "\n"


BEGIN, END = (
    "<!-- generated by `make docs` from the models: do not edit by hand -->",
    "<!-- end of generated part -->",
)


def update_guide(path: Path) -> bool:
    """Rewrite the generated part of docs/authoring.md; True if it changed."""
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    new = (
        f"{head}{BEGIN}\n\n### Template helpers\n\n{helper_table()}\n### Fields of the source "
        f"files\n\n{field_tables()}\n{END}{tail}"
    )
    if new != text:
        write_atomic(path, new.encode("utf-8"))
    return new != text


if __name__ == "__main__":  # make docs
    import sys

    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    write_schemas(ProjectLayout(root).schemas)
    update_guide(root / "docs" / "authoring.md")
