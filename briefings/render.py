"""A briefing template (Markdown + Jinja2) to resolved Markdown, in a sandbox.

Helpers insert facts, citations, dates, terms and figures. Every value they insert is
escaped for Markdown, so the text of a fact can never become markup; citations become
footnotes numbered in order of first use.
"""

from __future__ import annotations

import datetime as dt
import gettext
import re
import sys
from dataclasses import dataclass, field

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .errors import BriefingsError, Problem, Problems, did_you_mean
from .formatting import format_date, format_value
from .languages import BY_CODE
from .sources import Fact, Library, Pack, PackDocument
from .tidy import merge_notes, plain_numbers

# Characters Python-Markdown gives meaning to anywhere in a line (and accepts a backslash
# before); '(' and ')' only matter after ']', which is escaped. Escaping less keeps the
# inline parser fast: every escape is a token it must process.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]!|])")
# Block markers matter only where a value starts a line (a value may open a paragraph).
_MD_LEADING = re.compile(r"^(\s*)(\d*)([#>+\-=.)])")
FIGURE_TOKEN = "⟦figure:{}⟧"
NOTE_OPEN, NOTE_CLOSE = "\ue010", "\ue011"
_PRIVATE = re.compile("[\ue000-\ue01f]")
COMPILED_KEEP = 6        # compiled (template, language) pairs kept; each language has its own
_WS = re.compile(r"[ \t\r\n\f\v\u2028\u2029]+")


class Markdown(str):
    """Markdown a helper produced: passed through as it is, never escaped again."""


def note_marker(number: int) -> str:
    """A citation footnote's place in the text. The notes' own text is parsed apart (and
    cached: the same citation recurs across documents and languages), not appended to the
    Markdown; Markdown output turns markers back into `[^n]`."""
    return f"{NOTE_OPEN}{number}{NOTE_CLOSE}"


def escape_markdown(text: str) -> str:
    """Plain text to Markdown that shows exactly that text (and no markup)."""
    # Line breaks would end a paragraph or start a block: fold ASCII white space only
    # (a non-breaking space is meant, as in 'EUR 15 000 000').
    text = _PRIVATE.sub("", _WS.sub(" ", str(text)))      # our own marks cannot be forged
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LEADING.sub(_escape_leading, text)


def _escape_leading(match: re.Match) -> str:
    """'# ', '- ', '1. ', '= ' at the start of a line would open a block: as a character reference
    (decoded back to the character by the parser) they are plain text."""
    lead, digits, marker = match.groups()
    if marker in ".)" and (digits == "" or match.string[match.end():match.end() + 1] not in ("", " ", "\t")):
        return match.group(0)                  # '2.8.2026', '1.4 %': no list marker, no escape
    return f"{lead}{digits}&#{ord(marker)};"


def _finalize(value):
    if isinstance(value, Markdown):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    return escape_markdown("" if value is None else value)


@dataclass
class Rendered:
    """The result of one template in one language."""

    markdown: str
    footnotes: list[str]
    documents: list[str]                   # cited document ids, in order of first use
    facts: set[str]
    terms: set[str]
    figures: dict[int, dict] = field(default_factory=dict)
    whole_glossary: bool = False             # glossary_table() lists every term
    problems: Problems = field(default_factory=Problems)


class _Call:
    """The state of one render: footnotes, used facts, problems with template lines."""

    def __init__(self, renderer: "Renderer", pack: Pack, lang: str, file: str, template):
        self.r, self.pack, self.lang, self.file, self.template = renderer, pack, lang, file, template
        self.footnotes: list[str] = []
        self.cites: list[tuple[str, str | None]] = []     # (document, pinpoint) of each marker
        self.documents: list[str] = []
        self.facts: set[str] = set()
        self.terms: set[str] = set()
        self.figures: dict[int, dict] = {}
        self.whole_glossary = False
        self.problems = Problems()

    # --- bookkeeping ---

    def line(self) -> int | None:
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_code.co_filename == self.template.filename:
                return self.template.get_corresponding_lineno(frame.f_lineno)
            frame = frame.f_back
        return None

    def problem(self, message: str, helper: str) -> Markdown:
        self.problems.add(message, file=self.file, line=self.line(), entry=f"{helper}()")
        return Markdown("")

    def note(self, doc_id: str, pinpoint: str | None) -> Markdown:
        """A marker for each citation; merge_notes() then makes the notes (one per passage
        and sentence, as Word numbers them)."""
        self.cites.append((doc_id, pinpoint))
        if doc_id not in self.documents:
            self.documents.append(doc_id)
        return Markdown(note_marker(len(self.cites)))

    def get_fact(self, fact_id, helper: str) -> Fact | None:
        fact = self.r.lib.facts.get(fact_id) if isinstance(fact_id, str) else None
        if fact is None:
            self.problem(f"unknown fact '{fact_id}'{did_you_mean(str(fact_id), self.r.lib.facts)}", helper)
            return None
        self.facts.add(fact.id)
        return fact

    # --- helpers exposed to templates ---

    def fact(self, fact_id, cite=True) -> Markdown:
        fact = self.get_fact(fact_id, "fact")
        if fact is None:
            return Markdown("")
        text = self.r.fact_text(fact, self.lang)
        parts = re.split(r"(\{date\}|\{value\})", text)
        out = []
        for part in parts:
            if part == "{date}":
                out.append(escape_markdown(format_date(fact.date, self.lang)) if fact.date else "")
            elif part == "{value}":
                out.append(escape_markdown(self.r.value_text(fact, self.lang)) if fact.value else "")
            else:
                out.append(escape_markdown(part))
        body = "".join(out)
        return Markdown(body + (self.note(fact.citation.document, fact.citation.pinpoint) if cite else ""))

    def cite(self, doc_id, pinpoint=None) -> Markdown:
        if doc_id not in self.r.lib.documents:
            return self.problem(f"unknown document '{doc_id}'{did_you_mean(str(doc_id), self.r.lib.documents)}", "cite")
        return self.note(doc_id, None if pinpoint is None else str(pinpoint))

    def date(self, what, format="long", cite=True) -> Markdown:
        if format not in ("long", "short"):
            return self.problem(f"format must be 'long' or 'short', got {format!r}", "date")
        if isinstance(what, dt.date):
            return Markdown(escape_markdown(format_date(what, self.lang, format)))
        if isinstance(what, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", what):
            try:
                return Markdown(escape_markdown(format_date(dt.date.fromisoformat(what), self.lang, format)))
            except ValueError:
                return self.problem(f"expected YYYY-MM-DD, got {what!r}", "date")
        fact = self.get_fact(what, "date")
        if fact is None:
            return Markdown("")
        if fact.date is None:
            return self.problem(f"fact '{fact.id}' has no date", "date")
        text = escape_markdown(format_date(fact.date, self.lang, format))
        return Markdown(text + (self.note(fact.citation.document, fact.citation.pinpoint) if cite else ""))

    def value(self, fact_id, cite=True) -> Markdown:
        fact = self.get_fact(fact_id, "value")
        if fact is None:
            return Markdown("")
        if fact.value is None:
            return self.problem(f"fact '{fact.id}' has no value", "value")
        text = escape_markdown(self.r.value_text(fact, self.lang))
        return Markdown(text + (self.note(fact.citation.document, fact.citation.pinpoint) if cite else ""))

    def term(self, term_id) -> Markdown:
        term = self.r.lib.terms.get(term_id) if isinstance(term_id, str) else None
        if term is None:
            return self.problem(f"unknown term '{term_id}'{did_you_mean(str(term_id), self.r.lib.terms)}", "term")
        self.terms.add(term.id)
        return Markdown(escape_markdown(term.terms.get(self.lang, term.terms["en"])))

    def doc(self, doc_id, full=False) -> Markdown:
        document = self.r.lib.documents.get(doc_id) if isinstance(doc_id, str) else None
        if document is None:
            return self.problem(f"unknown document '{doc_id}'{did_you_mean(str(doc_id), self.r.lib.documents)}", "doc")
        text = document.title_in(self.lang) if full else document.short_title_in(self.lang)
        return Markdown(escape_markdown(text))

    def timeline(self, fact_ids, caption=None) -> Markdown:
        if not isinstance(fact_ids, (list, tuple)):
            return self.problem("expected a list of fact ids", "timeline")
        entries = []
        for fact_id in fact_ids:
            fact = self.get_fact(fact_id, "timeline")
            if fact is None:
                continue
            if fact.date is None:
                self.problem(f"fact '{fact.id}' has no date", "timeline")
                continue
            entries.append(fact)
        number = len(self.figures) + 1
        self.figures[number] = {"facts": [f.id for f in entries], "caption": caption}
        return Markdown("\n\n" + FIGURE_TOKEN.format(number) + "\n\n")

    def glossary_table(self) -> Markdown:
        self.whole_glossary = True
        labels = self.r.labels(self.lang)
        terms = sorted(self.r.lib.terms.values(), key=lambda t: t.terms["en"].lower())
        langs = ["en"] + [code for code in ("fr", "de") if code != "en"]
        if self.lang not in langs:
            langs.append(self.lang)
        head = [BY_CODE[code].native for code in langs] + [labels["Defined in"]]
        rows = [f"Table: {escape_markdown(labels['Official terms'])}", "",
                "| " + " | ".join(escape_markdown(h) for h in head) + " |",
                "|" + "---|" * len(head)]
        for term in terms:
            self.terms.add(term.id)
            cells = [escape_markdown(term.terms.get(code, "–")) for code in langs]
            # The cell is the citation (the act linked, the pinpoint as in the notes); the act
            # also goes to the references.
            doc = self.r.lib.documents[term.defined_in.document]
            url = doc.link(BY_CODE[self.lang].eurlex)
            ref = escape_markdown(doc.short_title_in(self.lang))
            where = f"[{ref}]({url.replace('(', '%28').replace(')', '%29')})" if url else ref
            if term.defined_in.pinpoint:
                where += ", " + escape_markdown(localize_citation(term.defined_in.pinpoint, labels))
            cells.append(where)
            if term.defined_in.document not in self.documents:
                self.documents.append(term.defined_in.document)
            rows.append("| " + " | ".join(cells) + " |")
        return Markdown("\n\n" + "\n".join(rows) + "\n\n")


class Renderer:
    """Compiles templates once and renders them per language."""

    def __init__(self, lib: Library, translations=None, labels=None, fact_text=None):
        self.lib = lib
        self._translations = translations or (lambda lang: gettext.NullTranslations())
        self._labels = labels or (lambda lang: _DefaultLabels())
        self._fact_text = fact_text or (lambda fact, lang: fact.text)
        self.env = ImmutableSandboxedEnvironment(
            undefined=jinja2.StrictUndefined, autoescape=False, finalize=_finalize,
            keep_trailing_newline=True, cache_size=0)
        self._compiled: dict[tuple[str, int], jinja2.Template] = {}

    def labels(self, lang: str):
        return self._labels(lang)

    def fact_text(self, fact: Fact, lang: str) -> str:
        return self._fact_text(fact, lang)

    def value_text(self, fact: Fact, lang: str) -> str:
        return format_value(fact.value.amount, fact.value.unit, lang, self._translations(lang))

    def citation(self, doc_id: str, pinpoint: str | None, lang: str) -> str:
        """Footnote Markdown: short title (linked to the official text), pinpoint, OJ reference."""
        return self.citations([(doc_id, pinpoint)], lang)

    def citations(self, cites, lang: str) -> str:
        """One footnote for several citations, separated by semicolons."""
        return "; ".join(self._cited(doc_id, pinpoint, lang) for doc_id, pinpoint in cites) + "."

    def _cited(self, doc_id: str, pinpoint: str | None, lang: str) -> str:
        doc = self.lib.documents[doc_id]
        short = doc.short_title_in(lang)
        title = escape_markdown(short[:1].upper() + short[1:])      # a footnote starts with a capital
        url = doc.link(BY_CODE[lang].eurlex)
        url = url and url.replace("(", "%28").replace(")", "%29")
        parts = [f"[{title}]({url})" if url else title]
        labels = self.labels(lang)
        if pinpoint:
            parts.append(escape_markdown(localize_citation(pinpoint, labels)))
        parts += [escape_markdown(part) for part in source_details(doc, lang, labels)]
        return ", ".join(parts)

    def compile(self, name: str, source: str, file: str) -> jinja2.Template:
        key = (name, hash(source))
        if key not in self._compiled:
            if len(self._compiled) >= COMPILED_KEEP:
                self._compiled.pop(next(iter(self._compiled)))  # oldest first: memory stays flat
            try:
                code = self.env.compile(source, name=name, filename=file)
            except jinja2.TemplateSyntaxError as exc:
                raise BriefingsError(Problem(f"template syntax: {exc.message}", file=file, line=exc.lineno))
            self._compiled[key] = self.env.template_class.from_code(
                self.env, code, self.env.make_globals(None), None)
        return self._compiled[key]

    def render(self, pack: Pack, doc: PackDocument, lang: str, source: str, file: str) -> Rendered:
        template = self.compile(doc.template, source, file)
        call = _Call(self, pack, lang, file, template)
        context = {
            "fact": call.fact, "cite": call.cite, "date": call.date, "value": call.value,
            "term": call.term, "doc": call.doc, "timeline": call.timeline,
            "glossary_table": call.glossary_table,
            "pack": {"id": pack.id, "title": pack.title, "reference": pack.reference},
            "event": {"name": pack.event.name, "place": pack.event.place, "date": pack.event.date},
            "lang": lang,
        }
        try:
            text = template.render(context)
        except jinja2.UndefinedError as exc:
            call.problems.add(f"undefined: {exc.message}", file=file, line=_tb_line(exc, template))
            text = ""
        except jinja2.exceptions.SecurityError as exc:
            call.problems.add(f"not allowed in a template: {exc}", file=file, line=_tb_line(exc, template))
            text = ""
        except (TypeError, ValueError, AttributeError, jinja2.TemplateError) as exc:
            call.problems.add(f"template error: {exc}", file=file, line=_tb_line(exc, template))
            text = ""
        text, notes = merge_notes(plain_numbers(text), call.cites)
        call.footnotes = [self.citations(note, lang) for note in notes]
        return Rendered(markdown=text.rstrip("\n") + "\n",
                        footnotes=call.footnotes, documents=call.documents, facts=call.facts,
                        terms=call.terms, figures=call.figures, problems=call.problems,
                        whole_glossary=call.whole_glossary)


# The words of a pinpoint, only where they are citation words: 'point' before a lettered
# point ('point (b)'; a numbered point has another word in many languages), 'and' between
# two references (not inside a name such as 'Safety and Security chapter').
_CITATION_WORDS = re.compile(r"\b(Arts|Art\.|Recital|Annex|Chapter|Section|Title|OJ)(?=[\s,])"
                             r"|\b(point)(?= \()|(?<=[\d)] )(and)(?= (?:\d|Arts?\b|Annex|Recital|Chapter|Section|Title))")


def source_details(doc, lang: str, labels) -> list[str]:
    """What follows a document's name in a citation: its OJ reference (or, for what is not
    law, its number), and the date of a press report."""
    parts = []
    if doc.oj:
        parts.append(localize_citation(doc.oj, labels))
    elif doc.number and doc.tier != "primary-law":
        parts.append(doc.number)
    if doc.tier == "media-report" and doc.published:
        parts.append(format_date(doc.published, lang, "short"))
    return parts


def localize_citation(text: str, labels) -> str:
    """'Art. 14(2)', 'Recital 110', 'OJ L, 2024/1689' with the words as the reader's language writes them."""
    def swap(match):
        word = match.group(match.lastindex)
        return labels.get(word, word)
    return _CITATION_WORDS.sub(swap, text)


def _tb_line(exc: BaseException, template) -> int | None:
    """The template line of an exception (Jinja has already rewritten the traceback to it)."""
    tb, line = exc.__traceback__, None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == template.filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


class _DefaultLabels(dict):
    def __missing__(self, key):
        return key
