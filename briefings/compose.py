"""One (pack, document, language) from template to Document: translate, render, parse."""

from __future__ import annotations

import re
from pathlib import Path
from dataclasses import dataclass

from . import model as m
from .house import load_house
from .errors import BriefingsError, Problem, Problems, rel
from .tidy import capitalise_cells, merge_repeated
from .formatting import caps, format_date, release_locale_data
from .i18n.catalogs import Content, load_content, load_messages
from .i18n.units import Unit, is_translatable, localize, mark_fallback, split_units
from .labels import Labels, interface, labels_for
from .languages import BY_CODE, SOURCE_LANGUAGE
from .parse import Parser
from .render import Rendered, Renderer, source_details
from .safefs import UnsafeFile, read_text
from .sources import Fact, Library, Pack, PackDocument


_EXPR = re.compile(r"\{\{.*?\}\}", re.S)
_QUOTED = re.compile(r"[\"']([a-z0-9][a-z0-9.-]*)[\"']")


@dataclass
class Composed:
    document: m.Document
    markdown: str                     # the resolved Markdown (for the md output)
    rendered: Rendered
    figures: dict                     # the renderer's figure number -> Figure


def unit_context(template: str, unit: Unit) -> str:
    return f"{template}: {unit.kind}"


class Composer:
    """Holds what is set up once per process: templates, catalogues, renderer, parser."""

    def __init__(self, lib: Library):
        self.lib = lib
        self.root = lib.root
        self.house = lib.house or load_house(lib.root)     # a Library built by hand may have none
        self.problems = Problems()
        self._templates: dict[str, tuple[str, list[Unit]]] = {}
        self._messages: dict = {}
        self._content: dict[str, Content] = {}
        self.renderer = Renderer(lib, translations=self.messages, labels=self.interface,
                                 fact_text=self.fact_text)
        self.parser = Parser()
        self._interface: dict[str, Labels] = {}
        self._labels: dict[tuple[str, str], Labels] = {}
        self._doc_fallbacks: set[str] = set()     # facts shown untranslated in the current document

    # --- cached inputs ---

    def template(self, template_id: str) -> tuple[str, list[Unit]]:
        if template_id not in self._templates:
            path = self.root / "templates" / "briefings" / f"{template_id}.md"
            try:
                source = read_text(path, self.root).removeprefix("\ufeff")   # a BOM some editors write
            except UnsafeFile as exc:
                raise BriefingsError(Problem(f"cannot read template: {exc.reason}", file=rel(path, self.root)))
            except (OSError, UnicodeDecodeError) as exc:
                raise BriefingsError(Problem(f"cannot read template: {exc}", file=rel(path, self.root)))
            self._templates[template_id] = (source, split_units(source))
        return self._templates[template_id]

    def messages(self, lang: str):
        if lang not in self._messages:
            self._messages[lang] = load_messages(self.root, lang, self.problems)
        return self._messages[lang]

    def content(self, lang: str) -> Content:
        if lang not in self._content:
            self._content[lang] = load_content(self.root, lang, self.problems)
        return self._content[lang]

    def interface(self, lang: str) -> Labels:
        """Pack-independent interface text (citation words, table headings) for helpers."""
        if lang not in self._interface:
            self._interface[lang] = interface(self.messages(lang))
        return self._interface[lang]

    # --- translation lookups ---

    def translate(self, lang: str, context: str, text: str) -> str | None:
        if lang == SOURCE_LANGUAGE:
            return text
        return self.content(lang).lookup(context, text)

    def fact_text(self, fact: Fact, lang: str) -> str:
        found = self.translate(lang, f"fact:{fact.id}", fact.text)
        if found is not None:
            return found
        self._doc_fallbacks.add(fact.id)
        return mark_fallback(fact.text, SOURCE_LANGUAGE)

    def labels(self, pack: Pack, lang: str) -> Labels:
        key = (pack.id, lang)
        if key not in self._labels:
            title = self.translate(lang, f"pack:{pack.id}", pack.title) or pack.title
            labels = labels_for(lang, self.messages(lang), pack_title=title,
                                event_date=pack.event.date, publication_date=pack.publication_date)
            labels["event_name"] = self.translate(lang, f"pack:{pack.id}:event", pack.event.name) or pack.event.name
            labels["event_place"] = self.translate(lang, f"pack:{pack.id}:place", pack.event.place) or pack.event.place
            house = self.house
            for product in house.profile.products:
                labels[product.id] = house.product_label(product.id, lang)
            headline = {p.id: caps(house.product_label(p.id, lang), lang) for p in house.profile.products}
            labels["product_caps"] = headline        # 'BRIEFING', 'ΜΕ ΜΙΑ ΜΑΤΙΑ'
            labels["draft_caps"] = caps(labels["Draft"], lang)
            labels["byline"] = house.byline(lang)
            if house.profile.logo:
                labels["logo_href"] = "assets/house-logo" + Path(house.profile.logo.file).suffix
                labels["logo_alt"] = house.profile.logo.alt.get(lang, house.profile.logo.alt[SOURCE_LANGUAGE])
            labels["publisher"] = house.text("service", lang)[0] or house.text("organisation", lang)[0]
            # the pack's unit, where it is in the reader's language (never as untranslated text)
            unit = pack.service and self.translate(lang, f"pack:{pack.id}:service", pack.service)
            labels["service_line"] = " · ".join(x for x in (labels["byline"], unit, pack.author) if x)
            text = pack.disclaimer and (self.translate(lang, f"pack:{pack.id}:disclaimer", pack.disclaimer)
                                        or pack.disclaimer)
            text = text or house.text("disclaimer", lang)[0]
            labels["disclaimer"] = text.replace("{year}", str(pack.publication_date.year))
            self._labels[key] = labels
        return self._labels[key]

    # --- the pipeline ---

    def switch_language(self, lang: str) -> None:
        """Units come language by language: what only the previous language needed is dropped."""
        if getattr(self, "_lang", lang) != lang:
            release_locale_data()
            self._content = {k: v for k, v in self._content.items() if k == lang}
            self._messages = {k: v for k, v in self._messages.items() if k == lang}
            self._interface = {k: v for k, v in self._interface.items() if k == lang}
        self._lang = lang

    def compose(self, pack: Pack, pdoc: PackDocument, lang: str) -> Composed:
        self.switch_language(lang)
        source, units = self.template(pdoc.template)
        file = f"templates/briefings/{pdoc.template}.md"
        labels = self.labels(pack, lang)
        replacements, translated, fallback = {}, 0, 0
        if lang != SOURCE_LANGUAGE:
            for i, unit in enumerate(units):
                if not is_translatable(unit.text):
                    continue
                found = self.translate(lang, unit_context(pdoc.template, unit), unit.text)
                if found is None:
                    replacements[i] = mark_fallback(unit.text, SOURCE_LANGUAGE)
                    fallback += 1
                else:
                    replacements[i] = found
                    translated += 1
        else:
            translated = sum(1 for u in units if is_translatable(u.text))
        localized = localize(source, units, replacements) if replacements else source
        self._doc_fallbacks = set()
        rendered = self.renderer.render(pack, pdoc, lang, localized, file)
        fallback += len(self._doc_fallbacks)
        rendered.problems.raise_errors()
        figures = {n: self.figure(pack, lang, spec, labels) for n, spec in rendered.figures.items()}
        blocks, notes, problems = self.parser.parse(rendered.markdown, file, figures, rendered.footnotes)
        problems.raise_errors()
        self.problems.extend(problems.warnings)
        blocks, notes = merge_repeated(blocks, notes)
        blocks = capitalise_cells(blocks)
        product = self.house.product(pdoc.product)
        dense = bool(product and product.dense)
        contents = bool(product and product.contents)
        title = self.translate(lang, f"document:{pack.id}/{pdoc.id}", pdoc.title)
        if title is None:
            fallback += 1
            title = pdoc.title
        meta = m.Meta(
            pack=pack.id, document=pdoc.id, lang=lang, title=title, product=pdoc.product,
            date=pack.publication_date, event_name=labels["event_name"], event_place=labels["event_place"],
            event_date=pack.event.date, reference=pack.reference, author=pack.author,
            service=labels["service_line"], dense=dense, draft=pack.draft, contents=contents,
            # shown in the source language and where translated (never as untranslated text)
            subtitle=self.translate(lang, f"pack:{pack.id}:subtitle", pack.subtitle) if pack.subtitle else None,
            keywords=tuple(self.lib.documents[d].short_title_in(lang) for d in rendered.documents),
            translated=translated, fallback=fallback)
        doc = m.Document(meta, blocks, notes,
                         self.references(rendered.documents, lang, short=dense), labels)
        return Composed(doc, _clean_markdown(rendered.markdown), rendered, figures)

    def predict_complete(self, pack: Pack, lang: str) -> bool:
        """Whether every document of the pack will be fully translated in `lang`, from the
        catalogue alone (no rendering): template units, titles and the facts the templates name."""
        if lang == SOURCE_LANGUAGE:
            return True
        for pdoc in pack.documents:
            if self.translate(lang, f"document:{pack.id}/{pdoc.id}", pdoc.title) is None:
                return False
            source, units = self.template(pdoc.template)
            for unit in units:
                if is_translatable(unit.text) and \
                        self.translate(lang, unit_context(pdoc.template, unit), unit.text) is None:
                    return False
            for fact_id in set(_QUOTED.findall(" ".join(_EXPR.findall(source)))) & self.lib.facts.keys():
                if self.translate(lang, f"fact:{fact_id}", self.lib.facts[fact_id].text) is None:
                    return False
        return True

    def references(self, doc_ids, lang: str, short: bool = False) -> tuple[m.Reference, ...]:
        """The 'Main references' list: full titles, or short titles in a one-page note."""
        out = []
        eurlex = BY_CODE[lang].eurlex
        for doc_id in doc_ids:
            d = self.lib.documents[doc_id]
            url = d.link(eurlex)
            name = d.short_title_in(lang) if short else d.title_in(lang)
            title = m.Text(name[:1].upper() + name[1:])          # a list item starts with a capital
            nodes: list[m.Inline] = [m.Link(url, (title,)) if url else title]
            tail = source_details(d, lang, self.interface(lang))
            end = ", " + ", ".join(tail) if tail else ""
            nodes.append(m.Text(end + ("" if end.endswith(".") else ".")))     # HU « 2024.7.12. »
            out.append(m.Reference(tuple(nodes)))
        return tuple(out)

    def figure(self, pack: Pack, lang: str, spec: dict, labels: Labels) -> m.Figure:
        entries = []
        for fact_id in spec["facts"]:
            fact = self.lib.facts[fact_id]
            label = self.translate(lang, f"fact-label:{fact.id}", fact.label) if fact.label else None
            if label is None:
                label = _label_from_text(self.fact_text(fact, lang))
            entries.append(m.TimelineEntry(fact.date, (m.Text(label),)))
        event = f"{labels['event_name']}, {labels['event_place']} ({labels['this event']})"
        entries.append(m.TimelineEntry(pack.event.date, (m.Text(event),), highlight=True))
        entries.sort(key=lambda e: (e.date, not e.highlight))
        alt = labels["Timeline"] + ": " + "; ".join(
            f"{format_date(e.date, lang)}: {m.plain_text(e.label)}" for e in entries)
        caption = (m.Text(spec["caption"]),) if spec.get("caption") else (m.Text(labels["Timeline"]),)
        return m.Figure("timeline", tuple(entries), alt, caption)


def _label_from_text(text: str) -> str:
    from .i18n.units import strip_marks
    text = strip_marks(text)
    text = re.sub(r"\s*(?:\b\w{1,5}\b\s+)?\{date\}", "", text)
    text = text.replace("{value}", "").strip()
    return re.sub(r"\s+([,.;:])", r"\1", text).rstrip(".")


def _clean_markdown(text: str) -> str:
    """The resolved Markdown without fallback marks, language code included (footnote
    markers and figure places stay for the md writer)."""
    return re.sub("\ue000[a-z]{2}\ue001|[\ue000-\ue002]", "", text)
