"""One (pack, document, language) from template to a Composed value: translate, render, parse."""

from __future__ import annotations

import dataclasses
import gettext
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypedDict, TypeVar

from .. import marks
from .. import model as m
from ..errors import BriefingsError, Problem, Problems, rel
from ..i18n import contexts
from ..i18n.catalogs import Content, load_content, load_messages
from ..i18n.formatting import caps, format_date, punctuation, release_locale_data
from ..i18n.labels import Labels, interface, labels_for
from ..i18n.review import Review, ReviewState, digest, load_reviews, state_of
from ..i18n.units import Unit, is_translatable, localize, split_units
from ..languages import BY_CODE, SOURCE_LANGUAGE
from ..project import NAMES
from ..safefs import UnsafeFile, read_text
from ..sources.house import load_house
from ..sources.library import Fact, Library, Pack, PackDocument
from .coverage import Coverage, measure
from .parse import Parser
from .render import FigureSpec, Renderer, source_details, title_language
from .tidy import capitalise_cells, merge_repeated

_V = TypeVar("_V")
_Doc = TypeVar("_Doc")  # the Document, or what stands for it while set aside
_Other = TypeVar("_Other")


class DepsJson(TypedDict):
    """Deps as the build manifest records them."""

    facts: list[str]
    terms: list[str]
    glossary: bool


@dataclass(frozen=True)
class Deps:
    """What a composed document was made of: a change to any of these changes the document."""

    facts: tuple[str, ...]
    terms: tuple[str, ...]
    glossary: bool  # the whole glossary (glossary_table() lists every term)

    def to_json(self) -> DepsJson:
        return {"facts": list(self.facts), "terms": list(self.terms), "glossary": self.glossary}

    @classmethod
    def from_json(cls, obj: object) -> Deps:
        """Deps read back from a manifest; ValueError says what is wrong with `obj`."""
        if not isinstance(obj, dict):
            raise ValueError(f"deps is {type(obj).__name__}, not an object")
        facts, terms, glossary = obj.get("facts"), obj.get("terms"), obj.get("glossary")
        for name, names in (("facts", facts), ("terms", terms)):
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise ValueError(f"deps.{name} is not a list of identifiers")
        if not isinstance(glossary, bool):
            raise ValueError("deps.glossary is not true or false")
        assert isinstance(facts, list) and isinstance(terms, list)  # checked above
        return cls(tuple(facts), tuple(terms), glossary)


@dataclass(frozen=True)
class Composed(Generic[_Doc]):
    """One (pack, document, language), composed: the value the writers and the build use.
    `document` is an m.Document, or (worker.Packed) a handle to one set aside in a file."""

    unit: tuple[str, str, str]
    document: _Doc
    deps: Deps
    coverage: Coverage
    warnings: tuple[Problem, ...] = ()
    review: ReviewState | None = None  # its translation's status (None in the source language)

    def with_document(self, document: _Other) -> Composed[_Other]:
        """The same value with `document` in place of its own."""
        return Composed(self.unit, document, self.deps, self.coverage, self.warnings, self.review)


def unit_context(template: str, unit: Unit) -> str:
    return contexts.unit(template, unit.kind)


class Translations:
    """The catalogues of one process: interface (messages) and content, per language, with
    the problems found reading them (reported with every document of the language)."""

    def __init__(self, lib: Library):
        self.lib = lib
        self.root = lib.root
        self._messages: dict[str, gettext.NullTranslations] = {}
        self._content: dict[tuple[str, str], Content] = {}
        self._interface: dict[str, Labels] = {}
        self._reviews: dict[str, dict[tuple[str, str], Review]] = {}
        self._problems: dict[str, Problems] = {}
        self._lang: str | None = None

    def problems(self, lang: str) -> Problems:
        return self._problems.setdefault(lang, Problems())

    def all_problems(self) -> list[Problem]:
        return [p for lang in self._problems for p in self._problems[lang].items]

    def messages(self, lang: str) -> gettext.NullTranslations:
        if lang not in self._messages:
            self._messages[lang] = load_messages(self.root, lang, self.problems(lang))
        return self._messages[lang]

    def content(self, lang: str, pack: str) -> Content:
        """The pack's catalogue in `lang`."""
        if (lang, pack) not in self._content:
            from ..i18n.values import ValueMatcher  # translations that write a value out

            values = ValueMatcher(self.lib, lang, self.messages(lang))
            self._content[(lang, pack)] = load_content(
                self.root, lang, pack, self.problems(lang), values
            )
        return self._content[(lang, pack)]

    def reviews(self, lang: str) -> dict[tuple[str, str], Review]:
        """The revisers' sign-offs of a language by (pack, document)."""
        if lang not in self._reviews:
            self._reviews[lang] = load_reviews(self.root, lang, self.problems(lang))
        return self._reviews[lang]

    def interface(self, lang: str) -> Labels:
        """Pack-independent interface text (citation words, table headings) for helpers."""
        if lang not in self._interface:
            self._interface[lang] = interface(self.messages(lang))
        return self._interface[lang]

    def translate(self, lang: str, pack: str, context: str, text: str) -> str | None:
        if lang == SOURCE_LANGUAGE:
            return text
        return self.content(lang, pack).lookup(context, text)

    def switch(self, lang: str) -> None:
        """Units come language by language: what only the previous language needed is dropped."""
        if self._lang is not None and self._lang != lang:
            release_locale_data()
            for key in [k for k in self._content if k[0] != lang]:
                del self._content[key]
            _keep_only(self._messages, lang)
            _keep_only(self._interface, lang)
            _keep_only(self._reviews, lang)
        self._lang = lang


def _keep_only(by_lang: dict[str, _V], lang: str) -> None:
    for code in [k for k in by_lang if k != lang]:
        del by_lang[code]


class Composer:
    """Holds what is set up once per process: templates, catalogues, renderer, parser.
    `compose` leaves nothing behind: everything it learns is in the value it returns."""

    def __init__(self, lib: Library):
        self.lib = lib
        self.root = lib.root
        self.house = lib.house or load_house(lib.root)  # a Library built by hand may have none
        self.tr = Translations(lib)
        self._templates: dict[str, tuple[str, list[Unit]]] = {}
        self.renderer = Renderer(
            lib, translations=self.tr.messages, labels=self.tr.interface, fact_text=self.fact_text
        )
        self.parser = Parser()
        self._labels: dict[tuple[str, str], Labels] = {}
        self._headlines: dict[str, dict[str, str]] = {}

    # --- cached inputs ---

    def template(self, template_id: str) -> tuple[str, list[Unit]]:
        if template_id not in self._templates:
            path = self.lib.layout.template(template_id)
            try:
                # a BOM some editors write
                source = read_text(path, self.root).removeprefix("\ufeff")
            except UnsafeFile as exc:
                raise BriefingsError(
                    Problem(f"cannot read template: {exc.reason}", file=rel(path, self.root))
                ) from None
            except (OSError, UnicodeDecodeError) as exc:
                raise BriefingsError(
                    Problem(f"cannot read template: {exc}", file=rel(path, self.root))
                ) from None
            self._templates[template_id] = (source, split_units(source))
        return self._templates[template_id]

    def content(self, lang: str, pack: str) -> Content:
        return self.tr.content(lang, pack)

    def messages(self, lang: str) -> gettext.NullTranslations:
        return self.tr.messages(lang)

    def interface(self, lang: str) -> Labels:
        return self.tr.interface(lang)

    @property
    def problems(self) -> list[Problem]:
        """Problems of the catalogues read so far (check reports them once)."""
        return self.tr.all_problems()

    # --- translation lookups ---

    def translate(self, lang: str, pack: str, context: str, text: str) -> str | None:
        return self.tr.translate(lang, pack, context, text)

    def fact_text(self, fact: Fact, lang: str, pack: str) -> str:
        """A fact's sentence in `lang` (the pack's catalogue), or the English sentence marked
        as a fallback."""
        found = self.translate(lang, pack, contexts.fact(fact.id), fact.text)
        return found if found is not None else marks.fallback(fact.text, SOURCE_LANGUAGE)

    def labels(self, pack: Pack, lang: str) -> Labels:
        key = (pack.id, lang)
        if key not in self._labels:
            found = self.translate(lang, pack.id, contexts.pack(pack.id), pack.title)
            labels = labels_for(
                lang,
                self.messages(lang),
                pack_title=found or pack.title,
                event_date=pack.event.date,
                publication_date=pack.publication_date,
            )
            # the language of texts shown untranslated, for the site pages to tag them
            labels["pack_title_lang"] = "" if found is not None else SOURCE_LANGUAGE
            labels["event_name"] = (
                self.translate(lang, pack.id, contexts.pack(pack.id, "event"), pack.event.name)
                or pack.event.name
            )
            labels["event_place"] = (
                self.translate(lang, pack.id, contexts.pack(pack.id, "place"), pack.event.place)
                or pack.event.place
            )
            house = self.house
            for product in house.profile.products:
                labels[product.id] = house.product_label(product.id, lang)
            labels["draft_caps"] = caps(labels["Draft"], lang)
            labels["byline"] = house.byline(lang)
            if house.profile.logo:
                labels["logo_href"] = "assets/house-logo" + Path(house.profile.logo.file).suffix
                labels["logo_alt"] = house.profile.logo.alt.get(
                    lang, house.profile.logo.alt[SOURCE_LANGUAGE]
                )
            labels["publisher"] = (
                house.text("service", lang)[0] or house.text("organisation", lang)[0]
            )
            # the pack's unit, where it is in the reader's language (never as untranslated text)
            unit = pack.service and self.translate(
                lang, pack.id, contexts.pack(pack.id, "service"), pack.service
            )
            labels["service_line"] = " · ".join(
                x for x in (labels["byline"], unit, pack.author) if x
            )
            text = pack.disclaimer and (
                self.translate(lang, pack.id, contexts.pack(pack.id, "disclaimer"), pack.disclaimer)
                or pack.disclaimer
            )
            text = text or house.text("disclaimer", lang)[0]
            labels["disclaimer"] = text.replace("{year}", str(pack.publication_date.year))
            self._labels[key] = labels
        return self._labels[key]

    def headlines(self, lang: str) -> dict[str, str]:
        """Each product's name as a document's headline shows it in `lang`: 'BRIEFING',
        'ΜΕ ΜΙΑ ΜΑΤΙΑ'."""
        if lang not in self._headlines:
            house = self.house
            self._headlines[lang] = {
                p.id: caps(house.product_label(p.id, lang), lang) for p in house.profile.products
            }
        return self._headlines[lang]

    # --- the pipeline ---

    def compose(self, pack: Pack, pdoc: PackDocument, lang: str) -> Composed[m.Document]:
        """The Document of one unit, with its coverage, dependencies and warnings; raises
        BriefingsError with the unit's errors (its language's catalogue errors included)."""
        self.tr.switch(lang)
        unit = (pack.id, pdoc.id, lang)
        source, units = self.template(pdoc.template)
        file = NAMES.template(pdoc.template).as_posix()
        labels = self.labels(pack, lang)
        if lang != SOURCE_LANGUAGE:
            self.tr.reviews(lang)  # its problems are the language's catalogue problems
        catalog = self.tr.problems(lang)
        if catalog.errors:
            raise BriefingsError(catalog.errors)
        replacements: dict[int, str] = {}
        translated, fallback = 0, 0
        uses: frozenset[tuple[str, str]] = (
            frozenset()
        )  # facts and terms of values a translation wrote out
        if lang != SOURCE_LANGUAGE:
            for i, u in enumerate(units):
                if not is_translatable(u.text):
                    continue
                found = self.translate(lang, pack.id, unit_context(pdoc.template, u), u.text)
                if found is None:
                    replacements[i] = marks.fallback_unit(u.text, SOURCE_LANGUAGE)
                    fallback += 1
                else:
                    replacements[i] = found
                    translated += 1
                    uses |= self.content(lang, pack.id).uses(unit_context(pdoc.template, u), u.text)
        else:
            translated = sum(1 for u in units if is_translatable(u.text))
        localized = localize(source, units, replacements) if replacements else source
        rendered = self.renderer.render(pack, pdoc, lang, localized, file)
        rendered.facts |= {name for kind, name in uses if kind == "fact"}  # still depends on them
        rendered.terms |= {name for kind, name in uses if kind == "term"}
        rendered.problems.raise_errors()
        if lang != SOURCE_LANGUAGE:  # facts are translation units too
            missing = sum(
                1
                for f in rendered.facts
                if self.translate(lang, pack.id, contexts.fact(f), self.lib.facts[f].text) is None
            )
            translated, fallback = translated + len(rendered.facts) - missing, fallback + missing
        else:
            translated += len(rendered.facts)
        figures = {n: self.figure(pack, lang, spec, labels) for n, spec in rendered.figures.items()}
        blocks, notes, problems = self.parser.parse(
            rendered.markdown, file, figures, rendered.footnotes
        )
        problems.raise_errors()
        blocks, notes = merge_repeated(blocks, notes)
        blocks = capitalise_cells(blocks)
        product = self.house.product(pdoc.product)
        dense = bool(product and product.dense)
        contents = bool(product and product.contents)
        untranslated = []
        title = self.translate(lang, pack.id, contexts.document(pack.id, pdoc.id), pdoc.title)
        if title is None:
            fallback += 1
            untranslated.append("title")
            title = pdoc.title
        else:
            translated += 1
        for name, context, text in (
            ("event_name", "event", pack.event.name),
            ("event_place", "place", pack.event.place),
        ):
            if self.translate(lang, pack.id, contexts.pack(pack.id, context), text) is None:
                untranslated.append(name)
        meta = m.Meta(
            pack=pack.id,
            document=pdoc.id,
            lang=lang,
            title=title,
            product=pdoc.product,
            date=pack.publication_date,
            event_name=labels["event_name"],
            event_place=labels["event_place"],
            event_date=pack.event.date,
            reference=pack.reference,
            author=pack.author,
            service=labels["service_line"],
            dense=dense,
            draft=pack.draft,
            contents=contents,
            # shown in the source language and where translated (never as untranslated text)
            subtitle=self.translate(
                lang, pack.id, contexts.pack(pack.id, "subtitle"), pack.subtitle
            )
            if pack.subtitle
            else None,
            keywords=tuple(self.lib.documents[d].short_title_in(lang) for d in rendered.documents),
            translated=translated,
            fallback=fallback,
            untranslated=tuple(untranslated),
        )
        doc = m.Document(
            meta,
            blocks,
            notes,
            self.references(rendered.documents, lang, short=dense),
            labels,
            self.headlines(lang),
        )
        deps = Deps(
            tuple(sorted(rendered.facts)), tuple(sorted(rendered.terms)), rendered.whole_glossary
        )
        review = None
        if lang != SOURCE_LANGUAGE:
            review = self.review(pack, pdoc, lang, rendered.facts, doc)
            line = review.line(labels, lambda day: format_date(day, lang))
            doc = dataclasses.replace(doc, meta=dataclasses.replace(meta, translation=line))
        return Composed(
            unit,
            doc,
            deps,
            measure(doc),
            tuple(catalog.warnings) + tuple(problems.warnings),
            review,
        )

    def entry_keys(
        self, pack: Pack, pdoc: PackDocument, facts: Iterable[str]
    ) -> list[tuple[str, str]]:
        """(msgctxt, msgid) of the catalogue entries a document's own text is made of: its
        template's units, the facts it uses (`facts`, from its composition) and its title."""
        _source, units = self.template(pdoc.template)
        keys = [(unit_context(pdoc.template, u), u.text) for u in units if is_translatable(u.text)]
        keys += [(contexts.fact(f), self.lib.facts[f].text) for f in facts]
        keys.append((contexts.document(pack.id, pdoc.id), pdoc.title))
        return keys

    def review(
        self, pack: Pack, pdoc: PackDocument, lang: str, facts: Iterable[str], doc: m.Document
    ) -> ReviewState:
        """The translation status of a composed document: its sign-off (valid if the digest of
        what it shows is the one approved), and whether any entry it uses (the pack's title
        too) is machine-assisted."""
        content = self.content(lang, pack.id)
        keys = self.entry_keys(pack, pdoc, facts) + [(contexts.pack(pack.id), pack.title)]
        machine = any(content.machine(context, text) for context, text in keys)
        found = self.tr.reviews(lang).get((pack.id, pdoc.id))
        return state_of(found, digest(doc), machine, content.translator)

    def references(
        self, doc_ids: Iterable[str], lang: str, short: bool = False
    ) -> tuple[m.Reference, ...]:
        """The 'Main references' list: full titles, or short titles in a one-page note."""
        out = []
        eurlex = BY_CODE[lang].eurlex
        for doc_id in doc_ids:
            d = self.lib.documents[doc_id]
            url = d.link(eurlex)
            name = d.short_title_in(lang) if short else d.title_in(lang)
            shown_in, original = title_language(d, lang, short)
            # a list item starts with a capital
            title = m.Text(name[:1].upper() + name[1:], shown_in, original)
            nodes: list[m.Inline] = [m.Link(url, (title,)) if url else title]
            tail = source_details(d, lang, self.interface(lang))
            end = ", " + ", ".join(tail) if tail else ""
            nodes.append(m.Text(end + ("" if end.endswith(".") else ".")))  # HU « 2024.7.12. »
            out.append(m.Reference(tuple(nodes)))
        return tuple(out)

    def figure(self, pack: Pack, lang: str, spec: FigureSpec, labels: Labels) -> m.Figure:
        entries = []
        for fact_id in spec["facts"]:
            fact = self.lib.facts[fact_id]
            assert fact.date is not None  # timeline() keeps only the facts that have a date
            label = (
                self.translate(lang, pack.id, contexts.fact_label(fact.id), fact.label)
                if fact.label
                else None
            )
            shown_in = None
            if label is None:
                shown_in, text = marks.split_fallback(self.fact_text(fact, lang, pack.id))
                label = _label_from_text(text)
            entries.append(m.TimelineEntry(fact.date, (m.Text(label, shown_in),)))
        event = f"{labels['event_name']}, {labels['event_place']} ({labels['this event']})"
        entries.append(m.TimelineEntry(pack.event.date, (m.Text(event),), highlight=True))
        entries.sort(key=lambda e: (e.date, not e.highlight))
        colon, semicolon = punctuation(": ", lang), punctuation("; ", lang)  # FR '\u00a0: '
        alt = (
            labels["Timeline"]
            + colon
            + semicolon.join(
                f"{format_date(e.date, lang)}{colon}{m.plain_text(e.label)}" for e in entries
            )
        )
        caption = (m.Text(spec["caption"]),) if spec["caption"] else (m.Text(labels["Timeline"]),)
        return m.Figure("timeline", tuple(entries), alt, caption)


def _label_from_text(text: str) -> str:
    text = marks.strip(text)
    text = re.sub(r"\s*(?:\b\w{1,5}\b\s+)?\{date\}", "", text)
    text = text.replace("{value}", "").strip()
    return re.sub(r"\s+([,.;:])", r"\1", text).rstrip(".")
