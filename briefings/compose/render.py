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
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import FrameType
from typing import Any, TypedDict, TypeVar

import jinja2
from jinja2 import nodes
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

from .. import marks
from ..errors import BriefingsError, Problem, Problems, did_you_mean
from ..i18n.formatting import format_date, format_value, punctuation
from ..i18n.notation import (
    capitalize_first,
    read_pinpoint,
    render_oj,
    render_pinpoint,
    short_date,
    with_date_suffix,
)
from ..languages import BY_CODE, SOURCE_LANGUAGE
from ..marks import CAPITAL
from ..sources.library import (
    Fact,
    Library,
    Pack,
    PackDocument,
    SourceDocument,
    Value,
    pinpoint_definitions,
)
from .tidy import capital_starts, capitalise_first, merge_notes, plain_numbers

# Characters Python-Markdown gives meaning to anywhere in a line (and accepts a backslash
# before); '(' and ')' only matter after ']', which is escaped. Escaping less keeps the
# inline parser fast: every escape is a token it must process.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]!|])")
# Block markers matter only where a value starts a line (a value may open a paragraph).
_MD_LEADING = re.compile(r"^(\s*)(\d*)([#>+\-=.)])")
COMPILED_KEEP = 6  # compiled (template, language) pairs kept; each language has its own
_WS = re.compile(r"[ \t\r\n\f\v\u2028\u2029]+")
_T = TypeVar("_T")


class Markdown(str):
    """Markdown a helper produced: passed through as it is, never escaped again."""


# --- resource limits of one render (templates are trusted but error-prone) ---

MAX_ITERATIONS = 100_000  # loop iterations, all loops of one render together
MAX_STRING = 1_000_000  # characters (or items) one expression may build
MAX_INT_BITS = 4_096  # an integer of about 1 200 digits
MAX_CALL_DEPTH = 50  # nested macro and helper calls (recursion)
MAX_OUTPUT = 100_000_000  # characters one render may output
MAX_SECONDS = 20.0  # one render's running time
_limits = threading.local()


class LimitError(Exception):
    """A template went past one of the limits above."""


def _begin_limits() -> None:
    _limits.iterations, _limits.depth, _limits.output = 0, 0, 0
    _limits.started = time.perf_counter()


def _tick() -> None:
    if time.perf_counter() - getattr(_limits, "started", time.perf_counter()) > MAX_SECONDS:
        raise LimitError(f"the template took longer than {MAX_SECONDS:.0f} s to render")


def _loop_guard(iterable: Iterable[_T]) -> Iterator[_T]:
    """Wraps every `for` loop's iterable: counts iterations against the render's budget."""
    for item in iterable:
        _limits.iterations = getattr(_limits, "iterations", 0) + 1
        if _limits.iterations > MAX_ITERATIONS:
            raise LimitError(f"loops ran more than {MAX_ITERATIONS} times")
        if _limits.iterations % 1024 == 0:
            _tick()
        yield item


def _sized(value: _T) -> _T:
    """A value an expression built: bounded in length (text, lists) and size (integers)."""
    if isinstance(value, (str, list, tuple, dict)) and len(value) > MAX_STRING:
        raise LimitError(
            f"an expression built {len(value)} characters or items (at most {MAX_STRING})"
        )
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
        raise LimitError(f"an expression built a number of more than {MAX_INT_BITS} bits")
    return value


def _check_binop(op: str, left: object, right: object) -> None:
    """Refuse an operation before it runs when its result would be too large."""

    def length(v: object) -> int | None:
        return len(v) if isinstance(v, (str, list, tuple)) else None

    # both operands, when both are integers (not bools): [left, right]
    ints = [v for v in (left, right) if isinstance(v, int) and not isinstance(v, bool)]
    if op == "*":
        seq, count = (left, right) if length(left) is not None else (right, left)
        seq_length = length(seq)
        if (
            seq_length is not None
            and isinstance(count, int)
            and seq_length * max(count, 0) > MAX_STRING
        ):
            raise LimitError(
                f"repeating a text or list would build more than {MAX_STRING} characters or items"
            )
        if len(ints) == 2 and ints[0].bit_length() + ints[1].bit_length() > MAX_INT_BITS:
            raise LimitError(f"a product of more than {MAX_INT_BITS} bits")
    elif op == "**":  # floats only overflow (an error); integers would grow without bound
        if len(ints) == 2:
            base, exponent = ints
            if abs(base) > 1 and exponent > 0 and exponent * abs(base).bit_length() > MAX_INT_BITS:
                raise LimitError(f"a power of more than {MAX_INT_BITS} bits")
    elif op == "+":
        left_length, right_length = length(left), length(right)
        if (
            left_length is not None
            and right_length is not None
            and left_length + right_length > MAX_STRING
        ):
            raise LimitError(f"joining would build more than {MAX_STRING} characters or items")
    elif op == "%" and isinstance(left, str):
        raise LimitError("'%' formatting of text is not available in briefing templates")


class _Sandbox(ImmutableSandboxedEnvironment):
    """The sandbox with limits: operators checked before they run, calls nested at most
    MAX_CALL_DEPTH deep, every loop counted, text built by `~` bounded."""

    intercepted_binops = frozenset(["+", "-", "*", "/", "//", "**", "%"])

    def call_binop(self, context: Context, operator: str, left: object, right: object) -> object:
        _check_binop(operator, left, right)
        return _sized(self.binop_table[operator](left, right))

    def call(  # noqa: N805 (Jinja's own signature)
        __self, __context: Context, __obj: object, *args: object, **kwargs: object
    ) -> object:
        _limits.depth = getattr(_limits, "depth", 0) + 1
        try:
            if _limits.depth > MAX_CALL_DEPTH:
                raise LimitError(
                    f"calls nested more than {MAX_CALL_DEPTH} deep (a recursive macro?)"
                )
            _tick()
            result = super().call(__context, __obj, *args, **kwargs)
            return result if isinstance(result, Markdown) else _sized(result)
        finally:
            _limits.depth -= 1

    def wrap_str_format(self, value: object) -> Callable[..., str] | None:
        return None  # str.format is refused below, not sandboxed

    def is_safe_attribute(self, obj: object, attr: str, value: object) -> bool:
        if isinstance(obj, str) and attr in ("format", "format_map"):
            return False  # a format width would allocate without bound
        return super().is_safe_attribute(obj, attr, value)


# Jinja's decorators that mark a filter as taking the context, eval context or environment
# first, by the name of the mark they set (`jinja_pass_arg`).
_PASS_ARG: dict[str, Callable[[Callable[..., Any]], Callable[..., Any]]] = {
    "context": jinja2.pass_context,
    "eval_context": jinja2.pass_eval_context,
    "environment": jinja2.pass_environment,
}


def _guarded_filter(func: Callable[..., Any]) -> Callable[..., Any]:
    """A built-in filter with bounded arguments and result (e.g. no `replace` that
    multiplies a text, no width of a billion)."""
    pass_arg = getattr(func, "jinja_pass_arg", None)
    skip = 1 if pass_arg else 0  # the context or environment

    def guarded(*args: Any, **kwargs: Any) -> Any:  # a filter's own arguments and result
        value, rest = (
            (args[skip] if len(args) > skip else None),
            list(args[skip + 1 :]) + list(kwargs.values()),
        )
        for arg in rest:
            if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > 10_000:
                raise LimitError(f"a filter argument of {arg} (at most 10000)")
            if isinstance(arg, str) and len(arg) > 10_000:
                raise LimitError("a filter argument of more than 10000 characters")
        if func is _REPLACE and isinstance(value, str) and rest and isinstance(rest[0], str):
            new = rest[1] if len(rest) > 1 and isinstance(rest[1], str) else ""
            if (
                len(value) + (value.count(rest[0]) if rest[0] else len(value) + 1) * len(new)
                > MAX_STRING
            ):
                raise LimitError(f"replace would build more than {MAX_STRING} characters")
        result = func(*args, **kwargs)
        return result if isinstance(result, Markdown) else _sized(result)

    if pass_arg:
        return _PASS_ARG[pass_arg.name](guarded)  # the same mark on the wrapper
    return guarded


_REPLACE = jinja2.filters.FILTERS["replace"]
_UNSAFE_FILTERS = (
    "center",
    "indent",
    "wordwrap",
    "format",
    "xmlattr",
    "pprint",
    "urlize",
    "filesizeformat",
)


class _Guard(NodeTransformer):
    """Every loop counted, every `~` bounded, no recursive loops (their inner iterables
    would escape the count)."""

    def visit_For(self, node: nodes.For) -> nodes.For:
        if node.recursive:
            raise jinja2.TemplateSyntaxError(
                "recursive loops are not available in briefing templates", node.lineno
            )
        self.generic_visit(node)
        node.iter = nodes.Filter(
            node.iter, "_briefings_loop", [], [], None, None, lineno=node.lineno
        )
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Filter:
        self.generic_visit(node)
        return nodes.Filter(node, "_briefings_size", [], [], None, None, lineno=node.lineno)


def title_language(d: SourceDocument, lang: str, short: bool = False) -> tuple[str | None, bool]:
    """(language the shown title is in when not the reader's, whether that is only because the
    source exists in no other: not a gap) for a cited document; (None, False) when the title
    is in the reader's language."""
    shown = d.short_title_lang(lang) if short else d.title_lang(lang)
    if shown == lang:
        return None, False
    return shown, not d.exists_in(lang)


def shown_title(d: SourceDocument, lang: str, short: bool = True, capital: bool = False) -> str:
    """A cited document's (short) title as Markdown, tagged with its language when that is
    not the reader's (a gap as fallback, a source in one language only as original)."""
    text = d.short_title_in(lang) if short else d.title_in(lang)
    if capital:
        text = capitalize_first(text, lang)
    body = escape_markdown(text)
    shown_in, original = title_language(d, lang, short)
    if shown_in is None:
        return body
    return marks.original(body, shown_in) if original else marks.fallback(body, shown_in)


def note_marker(number: int) -> str:
    """A citation footnote's place in the text (marks.note). The notes' own text is parsed
    apart (and cached: the same citation recurs across documents and languages), not appended
    to the Markdown."""
    return marks.note(number)


def escape_markdown(text: object) -> str:
    """Plain text (or any value, as its str()) to Markdown that shows exactly that text (and
    no markup)."""
    # Line breaks would end a paragraph or start a block: fold ASCII white space only
    # (a non-breaking space is meant, as in 'EUR 15 000 000').
    text = marks.strip(_WS.sub(" ", str(text)))  # our own marks cannot be forged
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LEADING.sub(_escape_leading, text)


def _escape_leading(match: re.Match[str]) -> str:
    """'# ', '- ', '1. ', '= ' at the start of a line would open a block: as a character
    reference (decoded back to the character by the parser) they are plain text."""
    lead, digits, marker = match.groups()
    if marker in ".)" and (
        digits == "" or match.string[match.end() : match.end() + 1] not in ("", " ", "\t")
    ):
        whole: str = match.group(0)
        return whole  # '2.8.2026', '1.4 %': no list marker, no escape
    return f"{lead}{digits}&#{ord(marker)};"


def _finalize(value: object) -> str:
    out: str
    if isinstance(value, Markdown):
        out = value
    elif isinstance(value, dt.date):
        out = value.isoformat()
    else:
        out = escape_markdown("" if value is None else value)
    _limits.output = getattr(_limits, "output", 0) + len(out)
    if _limits.output > MAX_OUTPUT:
        raise LimitError(f"the template output more than {MAX_OUTPUT} characters")
    return out


class FigureSpec(TypedDict):
    """A timeline() call's figure, composed later: its facts (ids, in order) and caption."""

    facts: list[str]
    caption: str | None


@dataclass
class Rendered:
    """The result of one template in one language."""

    markdown: str
    footnotes: list[str]
    documents: list[str]  # cited document ids, in order of first use
    facts: set[str]
    terms: set[str]
    figures: dict[int, FigureSpec] = field(default_factory=dict)
    whole_glossary: bool = False  # glossary_table() lists every term
    problems: Problems = field(default_factory=Problems)


class HelperCalls:
    """The state of one render: footnotes, used facts, problems with template lines."""

    def __init__(
        self, renderer: Renderer, pack: Pack, lang: str, file: str, template: jinja2.Template
    ):
        self.r, self.pack, self.lang, self.file, self.template = (
            renderer,
            pack,
            lang,
            file,
            template,
        )
        self.footnotes: list[str] = []
        self.cites: list[tuple[str, str | None]] = []  # (document, pinpoint) of each marker
        self.documents: list[str] = []
        self.facts: set[str] = set()
        self.terms: set[str] = set()
        self.figures: dict[int, FigureSpec] = {}
        self.whole_glossary = False
        self.problems = Problems()
        self.outer: list[str] = []  # languages outside the untranslated units being rendered

    # --- bookkeeping ---

    def line(self) -> int | None:
        """The template line of the helper call being run. Jinja2 compiles a template to a
        Python function and maps its lines back only for tracebacks, and a helper called from
        the template is given no line: the interpreter's frames are walked up to the template's
        own code (its `co_filename` is the template's) and its line mapped back, the same
        lookup Jinja2 makes when it rewrites a traceback."""
        frame: FrameType | None = sys._getframe(1)
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

    # The helpers take what a template passes: any value, checked here.

    def get_fact(self, fact_id: object, helper: str) -> Fact | None:
        fact = self.r.lib.facts.get(fact_id) if isinstance(fact_id, str) else None
        if fact is None:
            self.problem(
                f"unknown fact '{fact_id}'{did_you_mean(str(fact_id), self.r.lib.facts)}", helper
            )
            return None
        self.facts.add(fact.id)
        return fact

    # --- inside an untranslated unit, helpers write the source language ---

    def fallback_start(self) -> Markdown:
        self.outer.append(self.lang)
        self.lang = SOURCE_LANGUAGE
        return Markdown("")

    def fallback_end(self) -> Markdown:
        if self.outer:
            self.lang = self.outer.pop()
        return Markdown("")

    # --- helpers exposed to templates ---

    def fact(self, fact_id: object, cite: object = True) -> Markdown:
        fact = self.get_fact(fact_id, "fact")
        if fact is None:
            return Markdown("")
        text = self.r.fact_text(fact, self.lang, self.pack.id)
        shown_in, text = marks.split_fallback(text)  # shown untranslated: the marks stay around
        lang = shown_in or self.lang  # an English sentence has English dates
        parts = re.split(r"(\{date\}|\{value\})", text)
        out: list[str] = []
        for part in parts:
            if part == "{date}":
                out.append(escape_markdown(format_date(fact.date, lang)) if fact.date else "")
            elif part == "{value}":
                out.append(
                    escape_markdown(self.r.value_text(fact.value, lang)) if fact.value else ""
                )
            else:
                out.append(escape_markdown(part))
        body = "".join(out)
        if shown_in:  # the escaped text (no 'en' left glued on)
            body = marks.fallback(body, shown_in)
        return Markdown(
            body + (self.note(fact.citation.document, fact.citation.pinpoint) if cite else "")
        )

    def cite(self, doc_id: object, pinpoint: object = None) -> Markdown:
        if not isinstance(doc_id, str) or doc_id not in self.r.lib.documents:
            return self.problem(
                f"unknown document '{doc_id}'{did_you_mean(str(doc_id), self.r.lib.documents)}",
                "cite",
            )
        if pinpoint is not None:
            try:
                read_pinpoint(str(pinpoint), pinpoint_definitions(self.r.lib.documents[doc_id]))
            except ValueError as exc:
                return self.problem(str(exc), "cite")
        return self.note(doc_id, None if pinpoint is None else str(pinpoint))

    def date(self, what: object, format: object = "long", cite: object = True) -> Markdown:
        if not isinstance(format, str) or format not in ("long", "short"):
            return self.problem(f"format must be 'long' or 'short', got {format!r}", "date")
        if isinstance(what, dt.date):
            return Markdown(escape_markdown(format_date(what, self.lang, format)))
        if isinstance(what, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", what):
            try:
                return Markdown(
                    escape_markdown(format_date(dt.date.fromisoformat(what), self.lang, format))
                )
            except ValueError:
                from ..sources.fields import impossible_date

                return self.problem(impossible_date(what), "date")
        fact = self.get_fact(what, "date")
        if fact is None:
            return Markdown("")
        if fact.date is None:
            return self.problem(f"fact '{fact.id}' has no date", "date")
        text = escape_markdown(format_date(fact.date, self.lang, format))
        return Markdown(
            text + (self.note(fact.citation.document, fact.citation.pinpoint) if cite else "")
        )

    def value(self, fact_id: object, cite: object = True) -> Markdown:
        fact = self.get_fact(fact_id, "value")
        if fact is None:
            return Markdown("")
        if fact.value is None:
            return self.problem(f"fact '{fact.id}' has no value", "value")
        text = escape_markdown(self.r.value_text(fact.value, self.lang))
        return Markdown(
            text + (self.note(fact.citation.document, fact.citation.pinpoint) if cite else "")
        )

    def term(self, term_id: object) -> Markdown:
        term = self.r.lib.terms.get(term_id) if isinstance(term_id, str) else None
        if term is None:
            return self.problem(
                f"unknown term '{term_id}'{did_you_mean(str(term_id), self.r.lib.terms)}", "term"
            )
        self.terms.add(term.id)
        # capitalised where it starts a sentence or cell (tidy.capital_starts)
        return Markdown(CAPITAL + escape_markdown(term.terms.get(self.lang, term.terms["en"])))

    def doc(self, doc_id: object, full: object = False) -> Markdown:
        document = self.r.lib.documents.get(doc_id) if isinstance(doc_id, str) else None
        if document is None:
            return self.problem(
                f"unknown document '{doc_id}'{did_you_mean(str(doc_id), self.r.lib.documents)}",
                "doc",
            )
        text = document.title_in(self.lang) if full else document.short_title_in(self.lang)
        return Markdown(CAPITAL + escape_markdown(text))  # capitalised at a sentence's start

    def timeline(self, fact_ids: object, caption: object = None) -> Markdown:
        if not isinstance(fact_ids, (list, tuple)):
            return self.problem("expected a list of fact ids", "timeline")
        if caption is not None and not isinstance(caption, str):
            return self.problem(f"caption must be text, got {type(caption).__name__}", "timeline")
        if caption is not None:
            caption = caption.replace(CAPITAL, "")  # a doc() or term() in it: no mark in a figure
        entries: list[Fact] = []
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
        return Markdown(marks.figure(number))

    def glossary_table(self) -> Markdown:
        self.whole_glossary = True
        labels = self.r.labels(self.lang)
        terms = sorted(self.r.lib.terms.values(), key=lambda t: t.terms["en"].lower())
        langs = ["en"] + [code for code in ("fr", "de") if code != "en"]
        if self.lang not in langs:
            langs.append(self.lang)
        head = [BY_CODE[code].native for code in langs] + [labels["Defined in"]]
        rows = [
            f"Table: {escape_markdown(labels['Official terms'])}",
            "",
            "| "
            + " | ".join(
                escape_markdown(h)
                if code in (self.lang, None)
                else marks.original(escape_markdown(h), code)
                for h, code in zip(head, [*langs, None], strict=True)
            )
            + " |",  # names in their language
            "|" + "---|" * len(head),
        ]
        for term in terms:
            self.terms.add(term.id)
            # each column's term in its own language (tagged as such on a page in another one),
            # starting with a capital as every cell does
            # the reader's own column without a term shows the English one, as untranslated
            cells: list[str] = []
            for code in langs:
                if code in term.terms:
                    cell = escape_markdown(capitalise_first(term.terms[code], code))
                    cells.append(cell if code == self.lang else marks.original(cell, code))
                elif code == self.lang:
                    english = escape_markdown(
                        capitalise_first(term.terms[SOURCE_LANGUAGE], SOURCE_LANGUAGE)
                    )
                    cells.append(marks.fallback(english, SOURCE_LANGUAGE))
                else:
                    cells.append("–")
            # The cell is the citation (the act linked, the pinpoint as in the notes); the act
            # also goes to the references.
            doc = self.r.lib.documents[term.defined_in.document]
            url = doc.link(BY_CODE[self.lang].eurlex)
            ref = shown_title(doc, self.lang, capital=True)
            where = f"[{ref}]({url.replace('(', '%28').replace(')', '%29')})" if url else ref
            if term.defined_in.pinpoint:
                where += ", " + pinpoint_markdown(doc, term.defined_in.pinpoint, self.lang)
            cells.append(where)
            if term.defined_in.document not in self.documents:
                self.documents.append(term.defined_in.document)
            rows.append("| " + " | ".join(cells) + " |")
        return Markdown("\n\n" + "\n".join(rows) + "\n\n")


class Renderer:
    """Compiles templates once and renders them per language."""

    def __init__(
        self,
        lib: Library,
        translations: Callable[[str], gettext.NullTranslations] | None = None,
        labels: Callable[[str], Mapping[str, str]] | None = None,
        fact_text: Callable[[Fact, str, str], str] | None = None,  # fact, language, pack
    ):
        self.lib = lib
        self._translations = translations or (lambda lang: gettext.NullTranslations())
        self._labels = labels or (lambda lang: _DefaultLabels())
        self._fact_text = fact_text or (lambda fact, lang, pack: fact.text)
        self.env = _Sandbox(
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            finalize=_finalize,
            keep_trailing_newline=True,
            cache_size=0,
        )
        for name in _UNSAFE_FILTERS:
            self.env.filters.pop(name, None)
        self.env.filters = {name: _guarded_filter(f) for name, f in self.env.filters.items()}
        self.env.filters["_briefings_loop"] = _loop_guard
        self.env.filters["_briefings_size"] = _sized
        self._compiled: dict[tuple[str, int], jinja2.Template] = {}

    def labels(self, lang: str) -> Mapping[str, str]:
        return self._labels(lang)

    def fact_text(self, fact: Fact, lang: str, pack: str) -> str:
        """A fact's sentence in `lang` as the pack's catalogue gives it."""
        return self._fact_text(fact, lang, pack)

    def value_text(self, value: Value, lang: str) -> str:
        """A fact's value (amount and unit) as `lang` writes it."""
        return format_value(value.amount, value.unit, lang, self._translations(lang))

    def citation(self, doc_id: str, pinpoint: str | None, lang: str) -> str:
        """Footnote Markdown: short title (linked to the official text), pinpoint, OJ reference."""
        return self.citations([(doc_id, pinpoint)], lang)

    def citations(self, cites: Iterable[tuple[str, str | None]], lang: str) -> str:
        """One footnote for several citations, separated by semicolons, ending with a full
        stop (one only: a Hungarian OJ reference already ends with one, « 2024.7.12. »)."""
        separator = punctuation("; ", lang)  # French '\u00a0; ', Greek '· '
        text = separator.join(self._cited(doc_id, pinpoint, lang) for doc_id, pinpoint in cites)
        return text if text.endswith(".") else text + "."

    def _cited(self, doc_id: str, pinpoint: str | None, lang: str) -> str:
        doc = self.lib.documents[doc_id]
        title = shown_title(doc, lang, capital=True)  # a footnote starts with a capital
        url = doc.link(BY_CODE[lang].eurlex)
        url = url and url.replace("(", "%28").replace(")", "%29")
        parts = [f"[{title}]({url})" if url else title]
        if pinpoint:
            parts.append(pinpoint_markdown(doc, pinpoint, lang))
        parts += [_escape_inline(part) for part in source_details(doc, lang)]
        return ", ".join(parts)

    def compile(self, name: str, source: str, file: str) -> jinja2.Template:
        key = (name, hash(source))
        if key not in self._compiled:
            if len(self._compiled) >= COMPILED_KEEP:
                self._compiled.pop(next(iter(self._compiled)))  # oldest first: memory stays flat
            try:
                tree = _Guard().visit(self.env.parse(source, name=name, filename=file))
                code = self.env.compile(tree, name=name, filename=file)
            except jinja2.TemplateSyntaxError as exc:
                raise BriefingsError(
                    Problem(f"template syntax: {exc.message}", file=file, line=exc.lineno)
                ) from None
            except (RecursionError, MemoryError):
                raise BriefingsError(
                    Problem("template syntax: nested too deeply", file=file)
                ) from None
            self._compiled[key] = self.env.template_class.from_code(
                self.env, code, self.env.make_globals(None), None
            )
        return self._compiled[key]

    def render(self, pack: Pack, doc: PackDocument, lang: str, source: str, file: str) -> Rendered:
        template = self.compile(doc.template, source, file)
        call = HelperCalls(self, pack, lang, file, template)
        context = {
            "fact": call.fact,
            "cite": call.cite,
            "date": call.date,
            "value": call.value,
            "term": call.term,
            "doc": call.doc,
            "timeline": call.timeline,
            "glossary_table": call.glossary_table,
            marks.UNIT_START: call.fallback_start,
            marks.UNIT_END: call.fallback_end,
            "pack": {"id": pack.id, "title": pack.title, "reference": pack.reference},
            "event": {"name": pack.event.name, "place": pack.event.place, "date": pack.event.date},
            "lang": lang,
        }
        _begin_limits()
        try:
            text = template.render(context)
        except LimitError as exc:
            call.problems.add(f"template limit: {exc}", file=file, line=_tb_line(exc, template))
            text = ""
        except RecursionError as exc:
            call.problems.add(
                "template error: recursion too deep", file=file, line=_tb_line(exc, template)
            )
            text = ""
        except MemoryError as exc:
            call.problems.add(
                "template error: out of memory", file=file, line=_tb_line(exc, template)
            )
            text = ""
        except jinja2.UndefinedError as exc:
            call.problems.add(f"undefined: {exc.message}", file=file, line=_tb_line(exc, template))
            text = ""
        except jinja2.exceptions.SecurityError as exc:
            call.problems.add(
                f"not allowed in a template: {exc}", file=file, line=_tb_line(exc, template)
            )
            text = ""
        except (TypeError, ValueError, AttributeError, jinja2.TemplateError) as exc:
            call.problems.add(
                f"template error: {_helper_message(exc)}", file=file, line=_tb_line(exc, template)
            )
            text = ""
        except BriefingsError:
            raise
        except Exception as exc:  # 1/0, an overflow, cycler(): the template's error, with its line
            call.problems.add(
                f"template error: {type(exc).__name__}: {exc}",
                file=file,
                line=_tb_line(exc, template),
            )
            text = ""
        text, notes = merge_notes(plain_numbers(capital_starts(text, lang)), call.cites)
        call.footnotes = [self.citations(note, lang) for note in notes]
        return Rendered(
            markdown=text.rstrip("\n") + "\n",
            footnotes=call.footnotes,
            documents=call.documents,
            facts=call.facts,
            terms=call.terms,
            figures=call.figures,
            problems=call.problems,
            whole_glossary=call.whole_glossary,
        )


def _helper_message(exc: Exception) -> str:
    """A helper called with the wrong arguments, said in the template's terms (no internal
    names): "date(): no argument 'cit' (did you mean 'cite'?); it takes what, format, cite"."""
    import inspect

    text = str(exc)
    found = re.match(r"HelperCalls\.(\w+)\(\) (.*)", text)
    if not found or not hasattr(HelperCalls, found.group(1)):
        return text
    name, rest = found.groups()
    params = list(inspect.signature(getattr(HelperCalls, name)).parameters)[1:]
    takes = f"; it takes {', '.join(params)}" if params else "; it takes no arguments"
    bad = re.match(r"got an unexpected keyword argument '(\w+)'", rest)
    if bad:
        return f"{name}(): no argument '{bad.group(1)}'{did_you_mean(bad.group(1), params)}{takes}"
    return f"{name}(): {rest}{takes}"


def pinpoint_markdown(doc: SourceDocument, pinpoint: str, lang: str) -> str:
    """A pinpoint of `doc` as `lang` writes it in a note (notation.render_pinpoint), as
    Markdown. The source notation is read once (cached) and was checked when the sources
    loaded or when cite() was called (a combination of such pinpoints, tidy.combine_pinpoints,
    parses too; tests/test_citations.py checks every pair of the shipped ones). A part known
    only by its English name ('Safety and Security' chapter of a code that exists only in
    English) stays English and is marked so (lang="en") in the other languages. In English,
    the source notation is the note's notation: the pinpoint is shown as written (once it has
    parsed)."""
    p = read_pinpoint(pinpoint, pinpoint_definitions(doc))
    if lang == SOURCE_LANGUAGE:
        return _escape_inline(pinpoint)
    text = _escape_inline(render_pinpoint(p, lang, "note"))
    if p.names:
        for name in dict.fromkeys(p.names):
            escaped = _escape_inline(name)  # the source's own name, marked as English
            text = text.replace(escaped, marks.original(escaped, SOURCE_LANGUAGE))
    return text


def _escape_inline(text: str) -> str:
    """escape_markdown for text that never starts a line (it follows ', ' in a note or a
    cell): '55. cikk' needs no guard against a list marker ('55&#46; cikk' in the .md
    output)."""
    return escape_markdown(", " + text)[2:]


def source_details(
    doc: SourceDocument, lang: str, labels: Mapping[str, str] | None = None
) -> list[str]:
    """What follows a document's name in a citation: its Official Journal reference as `lang`
    writes it (notation.render_oj: « JO L 333 du 27.12.2022, p. 80 ») or, for what is not law,
    its number, and the date of a press report as a short date (« 2025.8.2. » in Hungarian,
    « 2.8.2025 r. » in Polish). `labels` is not used any more (the citation words are the
    notation module's); it stays accepted for callers that still pass it."""
    parts: list[str] = []
    if doc.oj:
        parts.append(render_oj(doc.oj, lang))
    elif doc.number and doc.tier != "primary-law":
        parts.append(doc.number)
    if doc.tier == "media-report" and doc.published:
        parts.append(with_date_suffix(short_date(doc.published, lang), lang))
    return parts


def _tb_line(exc: BaseException, template: jinja2.Template) -> int | None:
    """The template line of an exception (Jinja has already rewritten the traceback to it)."""
    tb, line = exc.__traceback__, None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == template.filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


class _DefaultLabels(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return key
