"""Interface text (the `messages` domain) to the label mapping writers and layouts use."""

from __future__ import annotations

import datetime as dt
import gettext
from typing import TypeVar, overload

from babel.dates import format_date as babel_format_date

from ..languages import BY_CODE, SOURCE_LANGUAGE
from .formatting import format_date


def N_(message: str) -> str:
    """Marks a message for extraction; translated later with the reader's catalogue."""
    return message


# key -> message id. Keys are what writers and layouts ask for; ids are the English text.
MESSAGES: dict[str, str] = {
    # TRANSLATORS: shown after the product's name ("BRIEFING · DRAFT") while a pack is a draft.
    "Draft": N_("Draft"),
    "Summary": N_("Summary"),
    "In this briefing": N_("In this briefing"),
    "Main references": N_("Main references"),
    "Notes": N_("Notes"),
    "Note": N_("Note"),
    "Back to text": N_("Back to text"),
    "Event": N_("Event"),
    "Service": N_("Service"),
    "Reference": N_("Reference"),
    "Language": N_("Language"),
    "not yet assigned": N_("not yet assigned"),
    "Disclaimer and copyright": N_("Disclaimer and copyright"),
    # TRANSLATORS: page footer of Word documents; {page} and {pages} are page numbers.
    "Page {page} of {pages}": N_("Page {page} of {pages}"),
    # TRANSLATORS: notice at the top of a document published although nothing of it is
    # translated yet.
    "notice_not_translated": N_(
        "This document is not yet translated into this language: it is shown in English."
    ),
    # TRANSLATORS: notice at the top of a partly translated document; {percent} is a whole number.
    "notice_partly": N_(
        "Partly translated: {percent} % of this document is in this language; the rest is "
        "shown in English."
    ),
    # TRANSLATORS: a document's metadata line about its translation ("Translation: not yet
    # revised").
    "Translation": N_("Translation"),
    # TRANSLATORS: after "Translation:"; a reviser approved the text. {name} is a person,
    # {date} a date.
    "status_revised": N_("revised by {name}, {date}"),
    # TRANSLATORS: after "Translation:"; made with machine translation, no human has revised it.
    "status_machine": N_("machine-assisted, not yet revised"),
    # TRANSLATORS: after "Translation:"; {name} is the translator.
    "status_translated_by": N_("by {name}, not yet revised"),
    # TRANSLATORS: after "Translation:"; translated, nobody has revised it yet.
    "status_translated": N_("not yet revised"),
    # TRANSLATORS: follows the notice on web pages.
    "legend_html": N_("Passages in English are marked with a dotted underline."),
    # TRANSLATORS: follows the notice in Word and PDF documents.
    "legend_docx": N_("Passages in English are shaded."),
    # TRANSLATORS: in a pack's list of documents, for a document not published in this language;
    # a list of the languages it is published in follows.
    "not_available": N_("Not yet available in this language. Available in:"),
    # TRANSLATORS: status of a document in a pack's list; {percent} is a whole number.
    "partly_status": N_("partly translated, {percent} %"),
    "Skip to main content": N_("Skip to main content"),
    "Other languages": N_("Other languages"),
    "Briefing packs": N_("Briefing packs"),
    "Accessibility statement": N_("Accessibility statement"),
    "All documents of this pack": N_("All documents of this pack"),
    "Official terms": N_("Official terms"),
    "Defined in": N_("Defined in"),
    "Timeline": N_("Timeline"),
    # TRANSLATORS: label of the highlighted entry of the timeline figure.
    "this event": N_("this event"),
    "Documents": N_("Documents"),
    "Languages": N_("Languages"),
    "complete": N_("complete"),
    "partly in English": N_("partly in English"),
    "Page not found": N_("Page not found"),
    "Word document": N_("Word document"),
    "Web page": N_("Web page"),
    # TRANSLATORS: accessibility statement page, first paragraph.
    "a11y_aim": N_(
        "This site aims to conform with the Web Content Accessibility Guidelines (WCAG) 2.1 at "
        "level AA, the level that Directive (EU) 2016/2102 and the harmonised standard EN 301 549 "
        "require of public-sector websites."
    ),
    "How this is checked": N_("How this is checked"),
    "a11y_checks": N_(
        "Every page type is checked automatically at each release: valid HTML with the Nu HTML "
        "Checker, and no violations reported by axe-core in a headless browser. Pages have "
        "landmarks, a skip link, one main heading with ordered headings below it, table captions "
        "and header cells, text alternatives for figures, visible keyboard focus and colour "
        "contrast of at least 4.5:1. Every passage in a language other than the page's own is "
        "marked as such."
    ),
    "Known limitations": N_("Known limitations"),
    "a11y_limits": N_(
        "Where a translation is not yet available, passages are shown in English and marked as "
        "such. The Word documents use real headings, lists, table header rows and alternative "
        "text for figures; their accessibility also depends on the program used to open them."
    ),
    "Feedback": N_("Feedback"),
    "a11y_feedback": N_(
        "If you find a barrier on this site, please tell the service that published it, "
        "naming the page."
    ),
    # TRANSLATORS: on a language switcher, marks a language version that is not fully translated.
    "fallback_legend": N_("* partly in English"),
    "PDF document": N_("PDF document"),
}

# Plural messages: key -> (singular, plural). Formatting uses them with the catalogue.
PLURALS: dict[str, tuple[str, str]] = {
    "hours": (N_("{n} hour"), N_("{n} hours")),
    "days": (N_("{n} day"), N_("{n} days")),
    "weeks": (N_("{n} week"), N_("{n} weeks")),
    "months": (N_("{n} month"), N_("{n} months")),
}


# What labels_for and the composer (compose.Composer.labels) add to the interface text for a
# pack's documents; with MESSAGES' keys and the house profile's product ids (each product's
# name), these are all the keys a writer or layout may ask for. `logo_href` and `logo_alt` are
# there only when the house profile has a logo.
PACK_KEYS = frozenset(
    {
        "event_date",
        "month_year",
        "pack_title",
        "lang",
        "a11y_href",
        "home_href",
        "source_lang",
        "pack_title_lang",
        "event_name",
        "event_place",
        "draft_caps",
        "byline",
        "logo_href",
        "logo_alt",
        "publisher",
        "service_line",
        "disclaimer",
    }
)
KNOWN_KEYS = frozenset(MESSAGES) | PACK_KEYS

_T = TypeVar("_T")


class UnknownLabel(KeyError):
    """A writer or layout asked for a key that is no label: a misspelt key, a bug in the code
    (the build stops with an internal error rather than print the key in every language)."""


class Labels(dict[str, str]):
    """Translated interface text for one language, by key. A key that is no label (not in
    KNOWN_KEYS, nor one this mapping holds, such as a product id) raises UnknownLabel, with
    `[]` and with `get`; `get` gives its default only for a known key not set here (the
    logo's, without a logo). In a Jinja layout a key that raises is undefined, which
    StrictUndefined refuses."""

    def __missing__(self, key: str) -> str:
        if key in KNOWN_KEYS:
            raise UnknownLabel(f"the interface label {key!r} is not set for this document")
        raise UnknownLabel(f"{key!r} is no interface label (labels.MESSAGES, labels.PACK_KEYS)")

    @overload
    def get(self, key: str, default: None = None, /) -> str | None: ...
    @overload
    def get(self, key: str, default: str, /) -> str: ...
    @overload
    def get(self, key: str, default: _T, /) -> str | _T: ...
    def get(self, key: str, default: object = None, /) -> object:
        if key in self:
            return self[key]
        if key in KNOWN_KEYS:
            return default
        return self.__missing__(key)


def interface(translations: gettext.NullTranslations) -> Labels:
    """The interface text of one language, as it is in every pack."""
    _ = translations.gettext
    return Labels({key: _(msgid) for key, msgid in MESSAGES.items()})


def accessibility_page(lang: str) -> str:
    """The accessibility statement's file in a language (at the site's root)."""
    return "accessibility.html" if lang == SOURCE_LANGUAGE else f"accessibility-{lang}.html"


def home_page(lang: str) -> str:
    """The home page's file in a language (at the site's root)."""
    return "index.html" if lang == SOURCE_LANGUAGE else f"index-{lang}.html"


def labels_for(
    lang: str,
    translations: gettext.NullTranslations,
    *,
    pack_title: str,
    event_date: dt.date,
    publication_date: dt.date,
) -> Labels:
    labels = interface(translations)
    labels["event_date"] = format_date(event_date, lang)
    labels["month_year"] = babel_format_date(publication_date, "LLLL y", locale=BY_CODE[lang].babel)
    labels["pack_title"] = pack_title
    labels["lang"] = lang
    labels["a11y_href"] = accessibility_page(lang)
    labels["home_href"] = home_page(lang)
    labels["source_lang"] = SOURCE_LANGUAGE
    return labels
