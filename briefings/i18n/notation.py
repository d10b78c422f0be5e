"""Citation notation in the 24 EU languages: pinpoints, Official Journal references, short dates.

The sources write pinpoints once, in the English notation of the Official Journal
(`Art. 55(1)(c)`, `Recitals 110 and 111`, `Annex III, point 2`). `parse_pinpoint` turns that
text into a structured `Pinpoint`; `render_pinpoint` writes it the way each language version of
the Official Journal writes it (word order, genitive chains, abbreviations, point letters).

Rules and sources: docs/citations.md. Every rendering that could not be checked against the
Interinstitutional Style Guide (ISG) or EUR-Lex carries a `# to confirm` comment here and is
listed in that document. This module imports nothing from the rest of the package.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, NoReturn

__all__ = [
    "KINDS",
    "LANGS",
    "Step",
    "Pinpoint",
    "parse_pinpoint",
    "read_pinpoint",
    "render_pinpoint",
    "format_source",
    "render_oj",
    "short_date",
    "date_suffix",
    "with_date_suffix",
    "capitalize_first",
    "UNVERIFIED",
]

NBSP = "\u00a0"

# Subdivisions of an act (ISG 2.7), plus what the shipped non-legal sources use: an appendix
# (also an ISG subdivision), a measure of a code of practice, and a named part ("List of
# signatories") whose name is kept as written.
KINDS = (
    "article",
    "paragraph",
    "subparagraph",
    "point",
    "indent",
    "recital",
    "annex",
    "part",
    "section",
    "chapter",
    "title",
    "appendix",
    "measure",
    "named",
)

LANGS = (
    "bg",
    "es",
    "cs",
    "da",
    "de",
    "et",
    "el",
    "en",
    "fr",
    "ga",
    "hr",
    "it",
    "lv",
    "lt",
    "hu",
    "mt",
    "nl",
    "pl",
    "pt",
    "ro",
    "sk",
    "sl",
    "fi",
    "sv",
)

ORDINAL_KINDS = ("subparagraph", "indent")
_CONTAINERS = ("annex", "appendix", "part", "section", "chapter", "title")


class Step(NamedTuple):
    """One level of a reference: its kind, its label as the act prints it ('55', '1', 'c',
    'III', '2' for 'second subparagraph'), and the end of a range ('Art. 73(2)-(4)')."""

    kind: str
    label: str
    to: str | None = None


@dataclass(frozen=True)
class Pinpoint:
    """A tuple of references; each reference is a path of steps from the general to the
    particular: `Art. 55(1)(c)` is ((article 55, paragraph 1, point c),)."""

    refs: tuple[tuple[Step, ...], ...]

    def __post_init__(self) -> None:
        if not self.refs or any(not ref for ref in self.refs):
            raise ValueError("a pinpoint needs at least one reference, each with at least one step")
        for ref in self.refs:
            for step in ref:
                if step.kind not in KINDS:
                    raise ValueError(f"unknown kind of subdivision {step.kind!r}")

    @property
    def names(self) -> tuple[str, ...]:
        """Labels kept as written in English (named chapters, 'List of signatories'): the
        caller must mark them as English text (lang="en") or have them translated."""
        return tuple(s.label for ref in self.refs for s in ref if _is_name(s.label))


# ---------------------------------------------------------------------------------------------
# Parsing the English source notation

_ORDINALS_EN = ("first", "second", "third", "fourth", "fifth", "sixth")
_HEADS = {
    "Art.": ("article", False),
    "Article": ("article", False),
    "Arts": ("article", True),
    "Articles": ("article", True),
    "Recital": ("recital", False),
    "Recitals": ("recital", True),
    "Annex": ("annex", False),
    "Annexes": ("annex", True),
    "Chapter": ("chapter", False),
    "Chapters": ("chapter", True),
    "Section": ("section", False),
    "Sections": ("section", True),
    "Part": ("part", False),
    "Parts": ("part", True),
    "Title": ("title", False),
    "Titles": ("title", True),
    "Appendix": ("appendix", False),
    "Measure": ("measure", False),
    "point": ("point", False),
    "points": ("point", True),
}
_HEAD_RE = re.compile(
    r"(" + "|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True)) + r")(?= )"
)
_NUM = r"\d+[a-z]?"
_ROMAN = r"[IVXLC]+"
_LABEL = {
    "article": _NUM,
    "recital": r"\d+",
    "annex": rf"{_ROMAN}|[A-Z]",
    "chapter": rf"{_ROMAN}|\d+",
    "section": r"\d+",
    "part": rf"{_ROMAN}|[A-Z]",
    "title": rf"{_ROMAN}",
    "appendix": r"\d+(?:\.\d+)*",
    "measure": r"\d+(?:\.\d+)*",
    "point": r"\d+",
}
_PARENS = re.compile(r"\((\w+)\)(?:-\((\w+)\))?")
_NAME = r"[A-Z][A-Za-z]*(?: (?:and|of|the|[A-Z][A-Za-z]*))*"


def parse_pinpoint(text: str, *, definitions: Iterable[str] = ()) -> Pinpoint:
    """Parse the English source notation.

    `definitions` names the articles of the act whose numbered subdivisions are points, not
    paragraphs (a definitions article: AI Act `Art. 3(63)` is point 63 of Article 3). The
    notation itself cannot tell them apart. Raises ValueError saying what could not be read.
    """
    if not isinstance(text, str):
        raise ValueError(f"pinpoint must be text, not {type(text).__name__}")
    parser = _Parser(text, frozenset(str(d) for d in definitions))
    return parser.parse()


@functools.lru_cache(maxsize=4096)
def read_pinpoint(text: str, definitions: frozenset[str] = frozenset()) -> Pinpoint:
    """`parse_pinpoint`, once per distinct text (cached), and written once in every language
    in the note style (what the build shows), so that a pinpoint that parses but that some
    language cannot write (a sixth subparagraph) fails here, where the content is checked,
    and never while a document is rendered. Raises ValueError as `parse_pinpoint` and
    `render_pinpoint` do."""
    p = parse_pinpoint(text, definitions=definitions)
    for lang in LANGS:
        try:
            render_pinpoint(p, lang, "note")
        except ValueError as exc:
            raise ValueError(
                f"pinpoint {text!r} cannot be written in every language: {exc}"
            ) from None
    return p


class _Parser:
    def __init__(self, text: str, definitions: frozenset[str]):
        self.text, self.pos, self.defs = text, 0, definitions

    def fail(self, what: str) -> NoReturn:
        shown = self.text[: self.pos] + "⟨here⟩" + self.text[self.pos :]
        raise ValueError(
            f"cannot read pinpoint {self.text!r}: {what} at character {self.pos + 1} ({shown})"
        )

    def eat(self, pattern: str) -> re.Match[str] | None:
        m = re.compile(pattern).match(self.text, self.pos)
        if m:
            self.pos = m.end()
        return m

    def parse(self) -> Pinpoint:
        if not self.text.strip():
            raise ValueError(
                "empty pinpoint: write e.g. 'Art. 55(1)(c)', 'Recital 110', 'Annex III, point 2'"
            )
        if self.text != self.text.strip() or "  " in self.text:
            raise ValueError(f"cannot read pinpoint {self.text!r}: stray spaces")
        refs: list[tuple[Step, ...]] = []
        while True:
            refs.extend(self.group())
            if self.pos == len(self.text):
                return Pinpoint(tuple(refs))
            if not self.eat(r", | and "):
                self.fail("expected ', ' or ' and ' before the next reference")

    def group(self) -> list[tuple[Step, ...]]:
        head = _HEAD_RE.match(self.text, self.pos)
        if head:
            kind, plural = _HEADS[head.group(1)]
            self.pos = head.end() + 1
            items = [self.item(kind)]
            while plural:
                save = self.pos
                if self.eat(r", | and ") and re.compile(rf"(?:{_LABEL[kind]})(?![\w.])").match(
                    self.text, self.pos
                ):
                    items.append(self.item(kind))
                else:
                    self.pos = save
                    break
            if plural and len(items) == 1:
                self.fail(f"'{head.group(1)}' needs two or more numbers")
            if not plural and kind in ("article", "recital", "annex") and self.eat(r"(?= and \d)"):
                plural_head = {"article": "Arts", "recital": "Recitals", "annex": "Annexes"}[kind]
                self.fail(f"a list needs the plural ('{plural_head}')")
            return items
        named = self.eat(rf"({_NAME}) chapter(?=,|$| and )")
        if named:
            ref = (Step("chapter", named.group(1)),)
            return [ref + tuple(self.tail(ref))]
        named = self.eat(r"[A-Z][a-z]+(?: [a-z]+)+(?=,|$| and )")
        if named and not re.search(r"\d", named.group(0)):
            return [(Step("named", named.group(0)),)]
        self.fail(
            "expected 'Art.', 'Arts', 'Recital', 'Annex', 'Chapter', 'Section', 'Part', 'Title', "
            "'Appendix', 'Measure', 'point' or a named chapter"
        )

    def item(self, kind: str) -> tuple[Step, ...]:
        m = self.eat(rf"(?:{_LABEL[kind]})(?![\w.])")
        if not m:
            self.fail(f"expected the number of the {kind}")
        steps = [Step(kind, m.group(0))]
        if kind == "article":
            steps += self.parens(m.group(0))
        return tuple(steps) + tuple(self.tail(steps))

    def parens(self, article: str) -> list[Step]:
        steps: list[Step] = []
        while self.pos < len(self.text) and self.text[self.pos] == "(":
            m = _PARENS.match(self.text, self.pos)
            if not m:
                self.fail("expected '(1)', '(a)' or a range '(2)-(4)'")
            self.pos = m.end()
            label, to = m.group(1), m.group(2)
            if steps and steps[-1].to is not None:
                self.fail("nothing can follow a range")
            if label.isdigit():
                if steps:
                    self.fail("a number in brackets must come right after the article number")
                kind = "point" if article in self.defs else "paragraph"
            elif re.fullmatch(r"[a-z]{1,2}", label):
                if steps and steps[-1].kind == "point" and not steps[-1].label.isdigit():
                    self.fail(
                        "sub-points such as '(i)' under a lettered point are not supported yet"
                    )
                kind = "point"
            else:
                self.fail(f"cannot read '({label})'")
            if to is not None and (to.isdigit() != label.isdigit()):
                self.fail("a range must join two numbers or two letters")
            steps.append(Step(kind, label, to))
        return steps

    def tail(self, steps: Sequence[Step]) -> list[Step]:
        """', second subparagraph', ', first indent', ', point 2', ', Measure 9.3' after a
        reference."""
        out: list[Step] = []
        while True:
            m = self.eat(rf", ({'|'.join(_ORDINALS_EN)}) (subparagraph|indent)(?=,|$| and )")
            if m:
                out.append(Step(m.group(2), str(_ORDINALS_EN.index(m.group(1)) + 1)))
                continue
            m = self.eat(r", point (\d+|\([a-z]{1,2}\))(?=,|$| and )")
            if m:
                out.append(Step("point", m.group(1).strip("()")))
                continue
            m = self.eat(r", (Measure|Appendix) (\d+(?:\.\d+)*)(?=,|$| and )")
            if m:
                out.append(Step(m.group(1).lower(), m.group(2)))
                continue
            return out


def _is_name(label: str) -> bool:
    return " " in label or bool(re.fullmatch(r"[A-Z][a-z]{2,}", label))


def format_source(p: Pinpoint) -> str:
    """The English source notation of a pinpoint (what `parse_pinpoint` reads). A run of
    references of one kind shares a plural head: 'Art. 20 and Annexes I and II'."""
    words = {
        "article": ("Art. ", "Arts "),
        "recital": ("Recital ", "Recitals "),
        "annex": ("Annex ", "Annexes "),
    }
    runs: list[list[str]] = []
    last = None
    for ref in p.refs:
        head = ref[0].kind if ref[0].kind in words else None
        part = _en_ref(ref)
        if head is not None and head == last:
            runs[-1].append(part[len(words[head][0]) :])
        else:
            runs.append([part])
        last = head
    texts = []
    for run in runs:
        if len(run) > 1:
            head = next(k for k, (word, _pl) in words.items() if run[0].startswith(word))
            run = [words[head][1] + run[0][len(words[head][0]) :]] + run[1:]
        texts.append(_and(run))
    return _and(texts)


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _en_ref(ref: tuple[Step, ...]) -> str:
    out = ""
    for i, s in enumerate(ref):
        rng = f"-({s.to})" if s.to else ""
        if s.kind == "article":
            out += f"Art. {s.label}"
        elif (
            s.kind in ("paragraph", "point")
            and i
            and ref[i - 1].kind in ("article", "paragraph", "point")
        ):
            out += f"({s.label}){rng}"
        elif s.kind == "point":
            label = f"({s.label})" if s.label.isalpha() else s.label
            out += (", " if out else "") + f"point {label}"
        elif s.kind in ORDINAL_KINDS:
            out += f", {_ORDINALS_EN[int(s.label) - 1]} {s.kind}"
        elif s.kind == "chapter" and _is_name(s.label):
            out += f"{s.label} chapter"
        elif s.kind == "named":
            out += s.label
        else:
            out += (", " if out else "") + f"{s.kind.capitalize()} {s.label}"
    return out


# ---------------------------------------------------------------------------------------------
# Rendering


class T(NamedTuple):
    """How one kind is written: `sg` alone or last in a chain, `chain` when a smaller unit
    follows (the genitive in the languages that chain genitives), `pl` for a list or range,
    `poss` last after a container (Hungarian possessive), `du` for exactly two (Slovenian dual),
    `rg` for a range alone (Latvian « no 2. līdz 4. punktam »).
    `{n}` is the formatted label (or labels), `{o}` the ordinal word."""

    sg: str
    chain: str | None = None
    pl: str | None = None
    fmt: str | Callable[[str], str] = "{}"
    poss: str | None = None
    du: str | None = None
    rg: str | None = None


@dataclass(frozen=True)
class Lang:
    code: str
    terms: dict[str, T]
    sep: str = " "
    conj: str = " and "
    rng: tuple[str, str] = ("", "–")
    comma_conj: bool = False  # FR, IT, ES, PT: « …, point a), et art. 71 »
    # kind -> ((nominative, chain form), ...) for 1..n
    ordinals: dict[str, tuple[tuple[str, str], ...]] | None = None
    letters: Sequence[str] | None = None  # point letters of the alphabet of the language
    note: dict[str, T] | None = None  # abbreviated terms for style="note"
    note_nominative: bool = False  # HU: notes chain nominatives, running text possessives
    first_nominative: bool = False  # HU: « az 1. cikk (1) bekezdésének második mondata »
    compact_paragraph: bool = False  # EN, GA, MT, SL: « 55(1) »
    reverse: bool = False  # SL: « točka (c) člena 55(1) »
    annex_last: bool = False  # CS, SK: « bod 2 přílohy III »
    range_dot_last: bool = False  # HU: « 2–4. cikk » (the dot only after the last number)


def _dot(label: str) -> str:
    return label + "."


def _dot_arabic(label: str) -> str:
    return label + "." if label[:1].isdigit() else label


def _pt_article(label: str) -> str:
    return label + ".º" if label[:1].isdigit() else label


def _fr_article(label: str) -> str:
    return "1er" if label == "1" else label


_LATIN = "abcdefghijklmnopqrstuvwxyz"
# Bulgarian and Greek letter their points in their own alphabets: (a) а) α), (c) в) γ) ...
_BG_LETTERS = "абвгдежзийклмнопрстуфхцчшщюя"
_EL_LETTERS = [
    "α",
    "β",
    "γ",
    "δ",
    "ε",
    "στ",
    "ζ",
    "η",
    "θ",
    "ι",
    "ια",
    "ιβ",
    "ιγ",
    "ιδ",
    "ιε",
    "ιστ",
    "ιζ",
    "ιη",
    "ιθ",
    "κ",
    "κα",
    "κβ",
    "κγ",
    "κδ",
    "κε",
    "κστ",
]


def _ords(*words: str | tuple[str, str]) -> tuple[tuple[str, str], ...]:
    """Ordinal words as (nominative, chain form) pairs; a bare word serves as both."""
    return tuple((w, w) if isinstance(w, str) else w for w in words)


_L = Lang


_LANG: dict[str, Lang] = {}

# French: ISG FR 3.2.3 (« l'article 1er, paragraphe 2, point a), du règlement », comma before « et »
# after a subdivided reference); review FR-9/FR-11 for the note form « art. ».
_LANG["fr"] = _L(
    "fr",
    {
        "article": T("article {n}", pl="articles {n}", fmt=_fr_article),
        "paragraph": T("paragraphe {n}", pl="paragraphes {n}"),
        "subparagraph": T("{o} alinéa"),
        "point_letter": T("point {n}", pl="points {n}", fmt="{})"),
        "point_num": T("point {n}", pl="points {n}", fmt="{})"),
        "point_annex": T("point {n}", pl="points {n}"),
        "indent": T("{o} tiret"),
        "recital": T("considérant {n}", pl="considérants {n}"),
        "annex": T("annexe {n}", pl="annexes {n}"),
        "part": T("partie {n}", pl="parties {n}"),
        "section": T("section {n}", pl="sections {n}"),
        "chapter": T("chapitre {n}", pl="chapitres {n}"),
        "title": T("titre {n}", pl="titres {n}"),
        "appendix": T("appendice {n}", pl="appendices {n}"),
        "measure": T("mesure {n}", pl="mesures {n}"),
    },
    sep=", ",
    conj=" et ",
    rng=("", " à "),
    comma_conj=True,
    ordinals={
        "subparagraph": _ords("premier", "deuxième", "troisième", "quatrième", "cinquième"),
        "indent": _ords("premier", "deuxième", "troisième", "quatrième", "cinquième"),
    },
    note={"article": T("art. {n}", pl="art. {n}", fmt=_fr_article)},
)

# German: ISG DE 2.7 and 3.2.3 (« Artikel 1 Absatz 2 Buchstabe a », « Absätze 2 und 3 », « Artikel 2
# bis 4 », « erster Gedankenstrich », « Nummer », « Anlage »); review DE-10/11/12 for the note
# abbreviations.
_LANG["de"] = _L(
    "de",
    {
        "article": T("Artikel {n}", pl="Artikel {n}"),
        "paragraph": T("Absatz {n}", pl="Absätze {n}"),
        "subparagraph": T("Unterabsatz {o}"),
        "point_letter": T("Buchstabe {n}", pl="Buchstaben {n}"),
        "point_num": T("Nummer {n}", pl="Nummern {n}"),
        "indent": T("{o} Gedankenstrich"),
        "recital": T("Erwägungsgrund {n}", pl="Erwägungsgründe {n}"),
        "annex": T("Anhang {n}", pl="Anhänge {n}"),
        "part": T("Teil {n}", pl="Teile {n}"),
        "section": T("Abschnitt {n}", pl="Abschnitte {n}"),
        "chapter": T("Kapitel {n}", pl="Kapitel {n}"),
        "title": T("Titel {n}", pl="Titel {n}"),
        "appendix": T("Anlage {n}", pl="Anlagen {n}"),
        "measure": T("Maßnahme {n}", pl="Maßnahmen {n}"),
    },
    conj=" und ",
    rng=("", " bis "),
    ordinals={
        "subparagraph": _ords("1", "2", "3", "4", "5", "6"),
        "indent": _ords("erster", "zweiter", "dritter", "vierter", "fünfter"),
    },
    note={
        "article": T("Art. {n}", pl="Art. {n}"),
        "paragraph": T("Abs. {n}", pl="Abs. {n}"),
        "subparagraph": T("Unterabs. {o}"),
        "point_letter": T("Buchst. {n}", pl="Buchst. {n}"),
        "point_num": T("Nr. {n}", pl="Nr. {n}"),
    },
)

# Italian: ISG IT 3.2.3 (« l'articolo 1, paragrafo 2, lettera a), », « capi I e II », « articoli
# da 2 a 4 », « primo trattino », comma before « e »). Note abbreviations: # to confirm
_LANG["it"] = _L(
    "it",
    {
        "article": T("articolo {n}", pl="articoli {n}"),
        "paragraph": T("paragrafo {n}", pl="paragrafi {n}"),
        "subparagraph": T("{o} comma"),
        "point_letter": T("lettera {n}", pl="lettere {n}", fmt="{})"),
        "point_num": T("punto {n}", pl="punti {n}", fmt="{})"),
        "point_annex": T("punto {n}", pl="punti {n}"),
        "indent": T("{o} trattino"),
        "recital": T("considerando {n}", pl="considerando {n}"),
        "annex": T("allegato {n}", pl="allegati {n}"),
        "part": T("parte {n}", pl="parti {n}"),
        "section": T("sezione {n}", pl="sezioni {n}"),
        "chapter": T("capo {n}", pl="capi {n}"),
        "title": T("titolo {n}", pl="titoli {n}"),
        "appendix": T("appendice {n}", pl="appendici {n}"),  # to confirm
        "measure": T("misura {n}", pl="misure {n}"),  # to confirm
    },
    sep=", ",
    conj=" e ",
    rng=("da ", " a "),
    comma_conj=True,
    ordinals={k: _ords("primo", "secondo", "terzo", "quarto", "quinto") for k in ORDINAL_KINDS},
    note={
        "article": T("art. {n}", pl="artt. {n}"),
        "paragraph": T("par. {n}", pl="parr. {n}"),  # to confirm
        "point_letter": T("lett. {n}", pl="lett. {n}", fmt="{})"),
    },
)  # to confirm

# Spanish: EUR-Lex ES usage (« artículo 55, apartado 1, letra c) »), not checked.  # to confirm
_LANG["es"] = _L(
    "es",
    {
        "article": T("artículo {n}", pl="artículos {n}"),
        "paragraph": T("apartado {n}", pl="apartados {n}"),
        "subparagraph": T("párrafo {o}"),
        "point_letter": T("letra {n}", pl="letras {n}", fmt="{})"),
        "point_num": T("punto {n}", pl="puntos {n}"),
        "indent": T("{o} guion"),  # to confirm
        "recital": T("considerando {n}", pl="considerandos {n}"),
        "annex": T("anexo {n}", pl="anexos {n}"),
        "part": T("parte {n}", pl="partes {n}"),
        "section": T("sección {n}", pl="secciones {n}"),
        "chapter": T("capítulo {n}", pl="capítulos {n}"),
        "title": T("título {n}", pl="títulos {n}"),
        "appendix": T("apéndice {n}", pl="apéndices {n}"),
        "measure": T("medida {n}", pl="medidas {n}"),
    },
    sep=", ",
    conj=" y ",
    rng=("", " a "),
    comma_conj=True,
    ordinals={
        "subparagraph": _ords("primero", "segundo", "tercero", "cuarto", "quinto"),
        "indent": _ords("primer", "segundo", "tercer", "cuarto", "quinto"),
    },
    note={"article": T("art. {n}", pl="arts. {n}")},
)  # to confirm

# Portuguese: ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a), subalínea i),
# ponto 1), primeiro travessão », « considerando 1 », « apêndice 1 »). Lists, note abbreviations:
# to confirm
_LANG["pt"] = _L(
    "pt",
    {
        "article": T("artigo {n}", pl="artigos {n}", fmt=_pt_article),
        "paragraph": T("n.º {n}", pl="n.os {n}"),
        "subparagraph": T("{o} parágrafo"),
        "point_letter": T("alínea {n}", pl="alíneas {n}", fmt="{})"),
        "point_num": T("ponto {n}", pl="pontos {n}", fmt="{})"),
        "point_annex": T("ponto {n}", pl="pontos {n}"),
        "indent": T("{o} travessão"),
        "recital": T("considerando {n}", pl="considerandos {n}"),
        "annex": T("anexo {n}", pl="anexos {n}"),
        "part": T("parte {n}", pl="partes {n}"),
        "section": T("secção {n}", pl="secções {n}"),
        "chapter": T("capítulo {n}", pl="capítulos {n}"),
        "title": T("título {n}", pl="títulos {n}"),
        "appendix": T("apêndice {n}", pl="apêndices {n}"),
        "measure": T("medida {n}", pl="medidas {n}"),  # to confirm
    },
    sep=", ",
    conj=" e ",
    rng=("", " a "),
    comma_conj=True,
    ordinals={
        k: _ords("primeiro", "segundo", "terceiro", "quarto", "quinto") for k in ORDINAL_KINDS
    },
    note={"article": T("art. {n}", pl="arts. {n}", fmt=_pt_article)},
)  # to confirm

# Romanian: ISG RO 2.7 and 3.2.3 (« articolul 1 alineatul (2) litera (a) », no commas, « al doilea
# paragraf », « prima liniuță », « articolele 2-4 », « punctul 1 », « apendicele 1 »). Note
# abbreviations: # to confirm
_LANG["ro"] = _L(
    "ro",
    {
        "article": T("articolul {n}", pl="articolele {n}"),
        "paragraph": T("alineatul {n}", pl="alineatele {n}", fmt="({})"),
        "subparagraph": T("{o} paragraf"),
        "point_letter": T("litera {n}", pl="literele {n}", fmt="({})"),
        "point_num": T("punctul {n}", pl="punctele {n}"),
        "indent": T("{o} liniuță"),
        "recital": T("considerentul {n}", pl="considerentele {n}"),
        "annex": T("anexa {n}", pl="anexele {n}"),
        "part": T("partea {n}", pl="părțile {n}"),
        "section": T("secțiunea {n}", pl="secțiunile {n}"),
        "chapter": T("capitolul {n}", pl="capitolele {n}"),
        "title": T("titlul {n}", pl="titlurile {n}"),
        "appendix": T("apendicele {n}", pl="apendicele {n}"),
        "measure": T("măsura {n}", pl="măsurile {n}"),  # to confirm
    },
    conj=" și ",
    rng=("", "-"),
    ordinals={
        "subparagraph": _ords("primul", "al doilea", "al treilea", "al patrulea", "al cincilea"),
        "indent": _ords("prima", "a doua", "a treia", "a patra", "a cincea"),
    },
    note={
        "article": T("art. {n}", pl="art. {n}"),
        "paragraph": T("alin. {n}", pl="alin. {n}", fmt="({})"),  # to confirm
        "point_letter": T("lit. {n}", pl="lit. {n}", fmt="({})"),
        "point_num": T("pct. {n}", pl="pct. {n}"),
    },
)

# Dutch: EUR-Lex NL usage (« artikel 55, lid 1, punt c) »), not checked.  # to confirm
_LANG["nl"] = _L(
    "nl",
    {
        "article": T("artikel {n}", pl="artikelen {n}"),
        "paragraph": T("lid {n}", pl="leden {n}"),
        "subparagraph": T("{o} alinea"),
        "point_letter": T("punt {n}", pl="punten {n}", fmt="{})"),
        "point_num": T("punt {n}", pl="punten {n}", fmt="{})"),
        "point_annex": T("punt {n}", pl="punten {n}"),
        "indent": T("{o} streepje"),
        "recital": T("overweging {n}", pl="overwegingen {n}"),
        "annex": T("bijlage {n}", pl="bijlagen {n}"),
        "part": T("deel {n}", pl="delen {n}"),
        "section": T("afdeling {n}", pl="afdelingen {n}"),
        "chapter": T("hoofdstuk {n}", pl="hoofdstukken {n}"),
        "title": T("titel {n}", pl="titels {n}"),
        "appendix": T("aanhangsel {n}", pl="aanhangsels {n}"),
        "measure": T("maatregel {n}", pl="maatregelen {n}"),
    },
    sep=", ",
    conj=" en ",
    rng=("", " tot en met "),
    ordinals={k: _ords("eerste", "tweede", "derde", "vierde", "vijfde") for k in ORDINAL_KINDS},
    note={"article": T("art. {n}", pl="art. {n}")},
)  # to confirm

# Danish: ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « artikel 2, nr. 2) », « andet afsnit »,
# « første led », « artikel 3-5 », comma before « og »). Recitals, annex points: # to confirm
_LANG["da"] = _L(
    "da",
    {
        "article": T("artikel {n}", pl="artikel {n}"),
        "paragraph": T("stk. {n}", pl="stk. {n}"),
        "subparagraph": T("{o} afsnit"),
        "point_letter": T("litra {n}", pl="litra {n}", fmt="{})"),
        "point_num": T("nr. {n}", pl="nr. {n}", fmt="{})"),
        "point_annex": T("punkt {n}", pl="punkt {n}"),
        "indent": T("{o} led"),
        "recital": T("betragtning {n}", pl="betragtning {n}"),
        "annex": T("bilag {n}", pl="bilag {n}"),
        "part": T("del {n}", pl="del {n}"),
        "section": T("afdeling {n}", pl="afdeling {n}"),
        "chapter": T("kapitel {n}", pl="kapitel {n}"),
        "title": T("afsnit {n}", pl="afsnit {n}"),
        "appendix": T("tillæg {n}", pl="tillæg {n}"),  # to confirm
        "measure": T("foranstaltning {n}", pl="foranstaltning {n}"),  # to confirm
    },
    sep=", ",
    conj=" og ",
    rng=("", "-"),
    comma_conj=True,
    ordinals={k: _ords("første", "andet", "tredje", "fjerde", "femte") for k in ORDINAL_KINDS},
    note={"article": T("art. {n}", pl="art. {n}")},
)

# Swedish: ISG SV 3.2.3 (« artikel 2.2 a andra stycket första strecksatsen », « artiklarna 1, 4
# och 9 », « artiklarna 2.2 och 3 », « kapitlen I och II »). Annex points, paragraph ranges:
# to confirm
_LANG["sv"] = _L(
    "sv",
    {
        "article": T("artikel {n}", pl="artiklarna {n}"),
        "article_sub": T("artikel {n}", pl="artikel {n}"),
        "subparagraph": T("{o} stycket"),
        "point_letter": T("{n}", pl="{n}"),
        "point_annex": T("punkt {n}", pl="punkterna {n}"),
        "point_num": T("punkt {n}", pl="punkterna {n}"),
        "indent": T("{o} strecksatsen"),
        "recital": T("skäl {n}", pl="skälen {n}"),
        "annex": T("bilaga {n}", pl="bilagorna {n}"),
        "part": T("del {n}", pl="delarna {n}"),
        "section": T("avsnitt {n}", pl="avsnitten {n}"),
        "chapter": T("kapitel {n}", pl="kapitlen {n}"),
        "title": T("avdelning {n}", pl="avdelningarna {n}"),
        "appendix": T("tillägg {n}", pl="tilläggen {n}"),  # to confirm
        "measure": T("åtgärd {n}", pl="åtgärderna {n}"),  # to confirm
    },
    conj=" och ",
    rng=("", "–"),
    ordinals={k: _ords("första", "andra", "tredje", "fjärde", "femte") for k in ORDINAL_KINDS},
)

# Finnish: ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « 1, 4 ja 9 artikla », « 2–4 artikla »,
# « liitteessä olevassa 2 kohdassa », not « liitteen 2 kohdassa »); review ALL-8 for recitals.
_LANG["fi"] = _L(
    "fi",
    {
        "article": T("{n} artikla", "{n} artiklan", "{n} artikla"),
        "paragraph": T("{n} kohta", "{n} kohdan", "{n} kohta"),
        "subparagraph": T("{o} alakohta", "{o} alakohdan"),
        "point_letter": T("{n} alakohta", "{n} alakohdan", "{n} alakohta"),
        "point_num": T("{n} kohta", "{n} kohdan", "{n} kohta"),
        "indent": T("{o} luetelmakohta", "{o} luetelmakohdan"),
        "recital": T(
            "johdanto-osan {n} kappale", "johdanto-osan {n} kappaleen", "johdanto-osan {n} kappale"
        ),
        "annex": T("liite {n}", "liitteessä {n} oleva", "liitteet {n}"),
        "part": T("{n} osa", "{n} osan", "{n} osa"),
        "section": T("{n} jakso", "{n} jakson", "{n} jakso"),
        "chapter": T("{n} luku", "{n} luvun", "{n} luku"),
        "title": T("{n} osasto", "{n} osaston", "{n} osasto"),
        "appendix": T(
            "lisäys {n}", "lisäyksen {n}", "lisäykset {n}"
        ),  # Finlex EU drafting guide 6.3
        "measure": T("toimenpide {n}", "toimenpiteen {n}", "toimenpiteet {n}"),  # to confirm
    },
    conj=" ja ",
    rng=("", "–"),
    ordinals={
        k: (
            ("ensimmäinen", "ensimmäisen"),
            ("toinen", "toisen"),
            ("kolmas", "kolmannen"),
            ("neljäs", "neljännen"),
            ("viides", "viidennen"),
        )
        for k in ORDINAL_KINDS
    },
)

# Hungarian: ISG HU 3.2.3 and 2.7 (« az 1. cikk (1) bekezdésének második mondata »); notes chain
# nominatives (« 55. cikk (1) bekezdés c) pont », review ALL-8).
_LANG["hu"] = _L(
    "hu",
    {
        "article": T("{n} cikk", "{n} cikkének", "{n} cikk", fmt=_dot, poss="{n} cikke"),
        "paragraph": T(
            "{n} bekezdés", "{n} bekezdésének", "{n} bekezdés", fmt="({})", poss="{n} bekezdése"
        ),
        "subparagraph": T("{o} albekezdés", "{o} albekezdésének", poss="{o} albekezdése"),
        "point_letter": T("{n} pont", "{n} pontjának", "{n} pont", fmt="{})", poss="{n} pontja"),
        "point_num": T("{n} pont", "{n} pontjának", "{n} pont", fmt=_dot, poss="{n} pontja"),
        "indent": T("{o} franciabekezdés", "{o} franciabekezdésének", poss="{o} franciabekezdése"),
        "recital": T(
            "{n} preambulumbekezdés",
            "{n} preambulumbekezdésének",
            "{n} preambulumbekezdés",
            fmt="({})",
            poss="{n} preambulumbekezdése",
        ),
        "annex": T(
            "{n} melléklet", "{n} mellékletének", "{n} melléklet", fmt=_dot, poss="{n} melléklete"
        ),
        "part": T("{n} rész", "{n} részének", "{n} rész", fmt=_dot, poss="{n} része"),
        "section": T(
            "{n} szakasz", "{n} szakaszának", "{n} szakasz", fmt=_dot, poss="{n} szakasza"
        ),
        "chapter": T(
            "{n} fejezet", "{n} fejezetének", "{n} fejezet", fmt=_dot, poss="{n} fejezete"
        ),
        "title": T("{n} cím", "{n} címének", "{n} cím", fmt=_dot, poss="{n} címe"),
        "appendix": T(
            "{n} függelék", "{n} függelékének", "{n} függelék", fmt=_dot, poss="{n} függeléke"
        ),
        "measure": T(
            "{n} intézkedés",
            "{n} intézkedésének",
            "{n} intézkedés",
            fmt=_dot,
            poss="{n} intézkedése",
        ),  # to confirm
    },
    conj=" és ",
    rng=("", "–"),
    note_nominative=True,
    first_nominative=True,
    range_dot_last=True,
    ordinals={k: _ords("első", "második", "harmadik", "negyedik", "ötödik") for k in ORDINAL_KINDS},
)

# Latvian: ISG LV 2.7 and 3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « 1., 4. un 9. pants »,
# « no 4. līdz 6. pantam », « pirmais un trešais ievilkums », « I pielikums », « 1. iedaļa »);
# number first, dot after arabic numbers only, genitive chain, singular after a list, dative in a
# range.
_LANG["lv"] = _L(
    "lv",
    {
        "article": T("{n} pants", "{n} panta", "{n} pants", fmt=_dot_arabic, rg="{n} pantam"),
        "paragraph": T("{n} punkts", "{n} punkta", "{n} punkts", fmt=_dot_arabic, rg="{n} punktam"),
        "subparagraph": T("{o} daļa", "{o} daļas"),
        "point_letter": T(
            "{n} apakšpunkts",
            "{n} apakšpunkta",
            "{n} apakšpunkts",
            fmt="{})",
            rg="{n} apakšpunktam",
        ),
        "point_num": T("{n} punkts", "{n} punkta", "{n} punkts", fmt=_dot_arabic, rg="{n} punktam"),
        "indent": T("{o} ievilkums", "{o} ievilkuma"),
        "recital": T(
            "{n} apsvērums", "{n} apsvēruma", "{n} apsvērums", fmt=_dot_arabic, rg="{n} apsvērumam"
        ),
        "annex": T(
            "{n} pielikums", "{n} pielikuma", "{n} pielikums", fmt=_dot_arabic, rg="{n} pielikumam"
        ),
        "part": T("{n} daļa", "{n} daļas", "{n} daļa", fmt=_dot_arabic, rg="{n} daļai"),
        "section": T("{n} iedaļa", "{n} iedaļas", "{n} iedaļa", fmt=_dot_arabic, rg="{n} iedaļai"),
        "chapter": T("{n} nodaļa", "{n} nodaļas", "{n} nodaļa", fmt=_dot_arabic, rg="{n} nodaļai"),
        "title": T("{n} sadaļa", "{n} sadaļas", "{n} sadaļa", fmt=_dot_arabic, rg="{n} sadaļai"),
        "appendix": T(
            "{n} papildinājums", "{n} papildinājuma", "{n} papildinājums", fmt=_dot_arabic
        ),
        "measure": T("{n} pasākums", "{n} pasākuma", "{n} pasākums", fmt=_dot_arabic),  # to confirm
    },
    conj=" un ",
    rng=("no ", " līdz "),
    ordinals={
        "subparagraph": (
            ("pirmā", "pirmās"),
            ("otrā", "otrās"),
            ("trešā", "trešās"),  # to confirm (genitive)
            ("ceturtā", "ceturtās"),
            ("piektā", "piektās"),
        ),
        "indent": (
            ("pirmais", "pirmā"),
            ("otrais", "otrā"),
            ("trešais", "trešā"),
            ("ceturtais", "ceturtā"),
            ("piektais", "piektā"),
        ),
    },
)

# Lithuanian: ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai », « I priedas »,
# « antraštinė dalis »); review ALL-8 « 110 konstatuojamoji dalis ». Subparagraph « pastraipa »
# to confirm
_LANG["lt"] = _L(
    "lt",
    {
        "article": T("{n} straipsnis", "{n} straipsnio", "{n} straipsniai"),
        "paragraph": T("{n} dalis", "{n} dalies", "{n} dalys"),
        "subparagraph": T("{o} pastraipa", "{o} pastraipos"),
        "point_letter": T("{n} punktas", "{n} punkto", "{n} punktai"),
        "point_num": T("{n} punktas", "{n} punkto", "{n} punktai"),
        "indent": T("{o} įtrauka", "{o} įtraukos"),
        "recital": T(
            "{n} konstatuojamoji dalis",
            "{n} konstatuojamosios dalies",
            "{n} konstatuojamosios dalys",
        ),
        "annex": T("{n} priedas", "{n} priedo", "{n} priedai"),
        "part": T("{n} dalis", "{n} dalies", "{n} dalys"),
        "section": T("{n} skirsnis", "{n} skirsnio", "{n} skirsniai"),
        "chapter": T("{n} skyrius", "{n} skyriaus", "{n} skyriai"),
        "title": T("{n} antraštinė dalis", "{n} antraštinės dalies", "{n} antraštinės dalys"),
        "appendix": T("{n} priedėlis", "{n} priedėlio", "{n} priedėliai"),  # to confirm
        "measure": T("{n} priemonė", "{n} priemonės", "{n} priemonės"),  # to confirm
    },
    conj=" ir ",
    rng=("", "–"),
    ordinals={
        k: (
            ("pirma", "pirmos"),
            ("antra", "antros"),
            ("trečia", "trečios"),
            ("ketvirta", "ketvirtos"),
            ("penkta", "penktos"),
        )
        for k in ORDINAL_KINDS
    },
)

# Estonian: word first for articles, number first for annexes, genitive chain
# (ISG ET 3.2.3: « artikli 1 lõike 2 punkt a », « artiklid 2–4 », « artikli 5 lõiked 2 ja 3 »,
# « I lisa », « esimene taane »). Recitals, parts, sections: # to confirm
_LANG["et"] = _L(
    "et",
    {
        "article": T("artikkel {n}", "artikli {n}", "artiklid {n}"),
        "paragraph": T("lõige {n}", "lõike {n}", "lõiked {n}"),
        "subparagraph": T("{o} lõik", "{o} lõigu"),
        "point_letter": T("punkt {n}", "punkti {n}", "punktid {n}"),
        "point_num": T("punkt {n}", "punkti {n}", "punktid {n}"),
        "indent": T("{o} taane", "{o} taande"),
        "recital": T("põhjendus {n}", "põhjenduse {n}", "põhjendused {n}"),
        "annex": T("{n} lisa", "{n} lisa", "{n} lisa"),
        "part": T("{n} osa", "{n} osa", "{n} osa"),
        "section": T("{n} jagu", "{n} jao", "{n} jagu", fmt=_dot),
        "chapter": T("{n} peatükk", "{n} peatüki", "{n} peatükk"),
        "title": T("{n} jaotis", "{n} jaotise", "{n} jaotis"),
        "appendix": T("{n} liide", "{n} liite", "{n} liide"),  # to confirm
        "measure": T("meede {n}", "meetme {n}", "meetmed {n}"),  # to confirm
    },
    conj=" ja ",
    rng=("", "–"),
    ordinals={
        k: (
            ("esimene", "esimese"),
            ("teine", "teise"),
            ("kolmas", "kolmanda"),
            ("neljas", "neljanda"),
            ("viies", "viienda"),
        )
        for k in ORDINAL_KINDS
    },
)  # to confirm

# Polish: ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) pkt (i) », « motyw 1 »); plurals and
# ranges (« motywy », « ust. 2–4 »)  # to confirm
_LANG["pl"] = _L(
    "pl",
    {
        "article": T("art. {n}", pl="art. {n}"),
        "paragraph": T("ust. {n}", pl="ust. {n}"),
        "subparagraph": T("akapit {o}"),
        "point_letter": T("lit. {n}", pl="lit. {n}", fmt="{})"),
        "point_num": T("pkt {n}", pl="pkt {n}"),
        "indent": T("tiret {o}"),
        "recital": T("motyw {n}", pl="motywy {n}"),
        "annex": T("załącznik {n}", pl="załączniki {n}"),
        "part": T("część {n}", pl="części {n}"),
        "section": T("sekcja {n}", pl="sekcje {n}"),
        "chapter": T("rozdział {n}", pl="rozdziały {n}"),
        "title": T("tytuł {n}", pl="tytuły {n}"),
        "appendix": T("dodatek {n}", pl="dodatki {n}"),
        "measure": T("środek {n}", pl="środki {n}"),  # to confirm
    },
    conj=" i ",
    rng=("", "–"),
    ordinals={
        "subparagraph": _ords("pierwszy", "drugi", "trzeci", "czwarty", "piąty"),
        "indent": _ords("pierwsze", "drugie", "trzecie", "czwarte", "piąte"),
    },
)

# Czech: ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « článek 2 a čl. 3 », « články 2 až 4 », « první
# odrážka », annex provisions last in the genitive « bod … přílohy I »). Recitals: # to confirm
_LANG["cs"] = _L(
    "cs",
    {
        "article": T("článek {n}", "čl. {n}", "články {n}"),
        "paragraph": T("odst. {n}", pl="odst. {n}"),
        "subparagraph": T("{o} pododstavec"),
        "point_letter": T("písm. {n}", pl="písm. {n}", fmt="{})"),
        "point_num": T("bod {n}", pl="body {n}"),
        "indent": T("{o} odrážka"),
        "recital": T("bod {n} odůvodnění", pl="body {n} odůvodnění"),
        "annex": T("příloha {n}", "přílohy {n}", "přílohy {n}"),
        "part": T("část {n}", pl="části {n}"),
        "section": T("oddíl {n}", pl="oddíly {n}"),
        "chapter": T("kapitola {n}", pl="kapitoly {n}"),
        "title": T("hlava {n}", pl="hlavy {n}"),
        "appendix": T("dodatek {n}", pl="dodatky {n}"),  # to confirm
        "measure": T("opatření {n}", pl="opatření {n}"),  # to confirm
    },
    conj=" a ",
    rng=("", " až "),
    annex_last=True,
    ordinals={
        "subparagraph": _ords("první", "druhý", "třetí", "čtvrtý", "pátý"),
        "indent": _ords("první", "druhá", "třetí", "čtvrtá", "pátá"),
    },
)

# Slovak: ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) », the article never abbreviated, « články 2
# až 4 », « prvá zarážka »). Recitals and annex points: # to confirm
_LANG["sk"] = _L(
    "sk",
    {
        "article": T("článok {n}", pl="články {n}"),
        "paragraph": T("ods. {n}", pl="ods. {n}"),
        "subparagraph": T("{o} pododsek"),
        "point_letter": T("písm. {n}", pl="písm. {n}", fmt="{})"),
        "point_num": T("bod {n}", pl="body {n}"),
        "indent": T("{o} zarážka"),
        "recital": T("odôvodnenie {n}", pl="odôvodnenia {n}"),
        "annex": T(
            "príloha {n}", "prílohy {n}", "prílohy {n}"
        ),  # to confirm (« bod 2 prílohy III »)
        "part": T("časť {n}", pl="časti {n}"),
        "section": T("oddiel {n}", pl="oddiely {n}"),
        "chapter": T("kapitola {n}", pl="kapitoly {n}"),
        "title": T("hlava {n}", pl="hlavy {n}"),
        "appendix": T("dodatok {n}", pl="dodatky {n}"),  # to confirm
        "measure": T("opatrenie {n}", pl="opatrenia {n}"),  # to confirm
    },
    conj=" a ",
    rng=("", " až "),
    annex_last=True,
    ordinals={
        "subparagraph": _ords("prvý", "druhý", "tretí", "štvrtý", "piaty"),
        "indent": _ords("prvá", "druhá", "tretia", "štvrtá", "piata"),
    },
)

# Croatian: ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. », « uvodna izjava 1. »), dot after
# every number. Plurals and ranges (« stavci od 2. do 4. »)  # to confirm
_LANG["hr"] = _L(
    "hr",
    {
        "article": T("članak {n}", pl="članci {n}", fmt=_dot),
        "paragraph": T("stavak {n}", pl="stavci {n}", fmt=_dot),
        "subparagraph": T("{o} podstavak"),
        "point_letter": T("točka {n}", pl="točke {n}", fmt="({})"),
        "point_num": T("točka {n}", pl="točke {n}", fmt=_dot),
        "indent": T("{o} alineja"),
        "recital": T("uvodna izjava {n}", pl="uvodne izjave {n}", fmt=_dot),
        "annex": T("Prilog {n}", pl="prilozi {n}", fmt=_dot),
        "part": T("dio {n}", pl="dijelovi {n}", fmt=_dot),
        "section": T("odjeljak {n}", pl="odjeljci {n}", fmt=_dot),
        "chapter": T("poglavlje {n}", pl="poglavlja {n}", fmt=_dot),
        "title": T("glava {n}", pl="glave {n}", fmt=_dot),
        "appendix": T("Dodatak {n}", pl="dodaci {n}", fmt=_dot),
        "measure": T("mjera {n}", pl="mjere {n}", fmt=_dot),  # to confirm
    },
    conj=" i ",
    rng=("od ", " do "),
    ordinals={
        "subparagraph": _ords("prvi", "drugi", "treći", "četvrti", "peti"),
        "indent": _ords("prva", "druga", "treća", "četvrta", "peta"),
    },
)

# Slovenian: smallest unit first, containers in the genitive, « 55(1) » kept together
# (« točka (c) člena 55(1) »). Duals for exactly two. Not checked.  # to confirm
_LANG["sl"] = _L(
    "sl",
    {
        "article": T("člen {n}", "člena {n}", "členi {n}", du="člena {n}"),
        "subparagraph": T("{o} pododstavek", "{o} pododstavka"),
        "point_letter": T("točka {n}", "točke {n}", "točke {n}", fmt="({})", du="točki {n}"),
        "point_num": T("točka {n}", "točke {n}", "točke {n}", du="točki {n}"),
        "indent": T("{o} alinea", "{o} alinee"),
        "recital": T(
            "uvodna izjava {n}", "uvodne izjave {n}", "uvodne izjave {n}", du="uvodni izjavi {n}"
        ),
        "annex": T("Priloga {n}", "Priloge {n}", "Priloge {n}", du="Prilogi {n}"),
        "part": T("del {n}", "dela {n}", "deli {n}"),
        "section": T("oddelek {n}", "oddelka {n}", "oddelki {n}"),
        "chapter": T("poglavje {n}", "poglavja {n}", "poglavja {n}"),
        "title": T("naslov {n}", "naslova {n}", "naslovi {n}"),
        "appendix": T("Dodatek {n}", "Dodatka {n}", "Dodatki {n}"),
        "measure": T("ukrep {n}", "ukrepa {n}", "ukrepi {n}"),
    },
    conj=" in ",
    rng=("", " do "),
    compact_paragraph=True,
    reverse=True,
    ordinals={
        "subparagraph": (
            ("prvi", "prvega"),
            ("drugi", "drugega"),
            ("tretji", "tretjega"),
            ("četrti", "četrtega"),
            ("peti", "petega"),
        ),
        "indent": (
            ("prva", "prve"),
            ("druga", "druge"),
            ("tretja", "tretje"),
            ("četrta", "četrte"),
            ("peta", "pete"),
        ),
    },
)

# Bulgarian: ISG BG 3.2.3 (« член 1, параграф 2, буква а) », « членове 2—4 », « втора алинея »,
# « първо тире »), Cyrillic point letters. Recitals, annexes, note abbreviations: # to confirm
_LANG["bg"] = _L(
    "bg",
    {
        "article": T("член {n}", pl="членове {n}"),
        "paragraph": T("параграф {n}", pl="параграфи {n}"),
        "subparagraph": T("{o} алинея"),
        "point_letter": T("буква {n}", pl="букви {n}", fmt="{})"),
        "point_num": T("точка {n}", pl="точки {n}"),
        "indent": T("{o} тире"),
        "recital": T("съображение {n}", pl="съображения {n}"),
        "annex": T("приложение {n}", pl="приложения {n}"),
        "part": T("част {n}", pl="части {n}"),
        "section": T("раздел {n}", pl="раздели {n}"),
        "chapter": T("глава {n}", pl="глави {n}"),
        "title": T("дял {n}", pl="дялове {n}"),
        "appendix": T("допълнение {n}", pl="допълнения {n}"),  # to confirm
        "measure": T("мярка {n}", pl="мерки {n}"),  # to confirm
    },
    sep=", ",
    conj=" и ",
    rng=("", "—"),
    letters=_BG_LETTERS,
    ordinals={
        "subparagraph": _ords("първа", "втора", "трета", "четвърта", "пета"),
        "indent": _ords("първо", "второ", "трето", "четвърто", "пето"),
    },
    note={"article": T("чл. {n}", pl="чл. {n}"), "paragraph": T("пар. {n}", pl="пар. {n}")},
)  # to confirm

# Greek: ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) », « άρθρα 2 έως 4 », « πρώτη
# περίπτωση »), Greek point letters. Definitions points, recitals, annexes, note abbreviations:
# to confirm
_LANG["el"] = _L(
    "el",
    {
        "article": T("άρθρο {n}", pl="άρθρα {n}"),
        "paragraph": T("παράγραφος {n}", pl="παράγραφοι {n}"),
        "subparagraph": T("{o} εδάφιο"),
        "point_letter": T("στοιχείο {n}", pl="στοιχεία {n}", fmt="{})"),
        "point_num": T("σημείο {n}", pl="σημεία {n}", fmt="{})"),  # to confirm
        "point_annex": T("σημείο {n}", pl="σημεία {n}"),
        "indent": T("{o} περίπτωση"),
        "recital": T("αιτιολογική σκέψη {n}", pl="αιτιολογικές σκέψεις {n}"),
        "annex": T("παράρτημα {n}", pl="παραρτήματα {n}"),
        "part": T("μέρος {n}", pl="μέρη {n}"),
        "section": T("τμήμα {n}", pl="τμήματα {n}"),
        "chapter": T("κεφάλαιο {n}", pl="κεφάλαια {n}"),
        "title": T("τίτλος {n}", pl="τίτλοι {n}"),
        "appendix": T("προσάρτημα {n}", pl="προσαρτήματα {n}"),  # to confirm
        "measure": T("μέτρο {n}", pl="μέτρα {n}"),  # to confirm
    },
    conj=" και ",
    rng=("", " έως "),
    letters=_EL_LETTERS,
    ordinals={
        "subparagraph": _ords("πρώτο", "δεύτερο", "τρίτο", "τέταρτο", "πέμπτο"),
        "indent": _ords("πρώτη", "δεύτερη", "τρίτη", "τέταρτη", "πέμπτη"),
    },
    note={"article": T("άρθ. {n}", pl="άρθ. {n}"), "paragraph": T("παρ. {n}", pl="παρ. {n}")},
)  # to confirm

# Irish: EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d), (e) agus (g) »); other
# kinds  # to confirm
_LANG["ga"] = _L(
    "ga",
    {
        "article": T("Airteagal {n}", pl="Airteagail {n}"),
        "subparagraph": T("an {o} mír"),
        "point_letter": T("pointe {n}", pl="pointí {n}", fmt="({})"),
        "point_num": T("pointe {n}", pl="pointí {n}", fmt="({})"),
        "point_annex": T("pointe {n}", pl="pointí {n}"),
        "indent": T("an {o} fleasc"),
        "recital": T("aithris {n}", pl="aithrisí {n}"),
        "annex": T("Iarscríbhinn {n}", pl="Iarscríbhinní {n}"),
        "part": T("Cuid {n}", pl="Codanna {n}"),
        "section": T("Roinn {n}", pl="Ranna {n}"),
        "chapter": T("Caibidil {n}", pl="Caibidlí {n}"),
        "title": T("Teideal {n}", pl="Teidil {n}"),
        "appendix": T("Aguisín {n}", pl="Aguisíní {n}"),
        "measure": T("Beart {n}", pl="Bearta {n}"),
    },
    sep=", ",
    conj=" agus ",
    rng=("", " go "),
    compact_paragraph=True,
    ordinals={k: _ords("chéad", "dara", "tríú", "ceathrú", "cúigiú") for k in ORDINAL_KINDS},
)

# Maltese: ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) », « l-Artikoli 2 sa 4 », « l-Artikolu
# 5(2) u (3) », « l-ewwel inċiż », « l-Anness I »), without the article « l- » in notes. Recitals,
# subparagraphs, others: # to confirm
_LANG["mt"] = _L(
    "mt",
    {
        "article": T("Artikolu {n}", pl="Artikoli {n}"),
        "subparagraph": T("{o} subparagrafu"),
        "point_letter": T("il-punt {n}", pl="il-punti {n}", fmt="({})"),
        "point_num": T("il-punt {n}", pl="il-punti {n}", fmt="({})"),
        "point_annex": T("il-punt {n}", pl="il-punti {n}"),
        "indent": T("{o} inċiż"),
        "recital": T("premessa {n}", pl="premessi {n}"),
        "annex": T("Anness {n}", pl="Annessi {n}"),
        "part": T("Parti {n}", pl="Partijiet {n}"),
        "section": T("Taqsima {n}", pl="Taqsimiet {n}"),
        "chapter": T("Kapitolu {n}", pl="Kapitoli {n}"),
        "title": T("Titolu {n}", pl="Titoli {n}"),
        "appendix": T("Appendiċi {n}", pl="Appendiċijiet {n}"),
        "measure": T("Miżura {n}", pl="Miżuri {n}"),
    },
    sep=", ",
    conj=" u ",
    rng=("", " sa "),
    compact_paragraph=True,
    ordinals={
        k: _ords("l-ewwel", "it-tieni", "it-tielet", "ir-raba’", "il-ħames") for k in ORDINAL_KINDS
    },
)

# English running text: ISG EN 3.2.3 / EUR-Lex (« Article 55(1)(c) », « Article 14(3), second
# subparagraph », « Annex III, point 2 »). Notes keep the source notation (format_source).
_LANG["en"] = _L(
    "en",
    {
        "article": T("Article {n}", pl="Articles {n}"),
        "subparagraph": T("{o} subparagraph"),
        "point_letter": T("point {n}", pl="points {n}", fmt="({})"),
        "point_num": T("point {n}", pl="points {n}", fmt="({})"),
        "point_annex": T("point {n}", pl="points {n}"),
        "indent": T("{o} indent"),
        "recital": T("Recital {n}", pl="Recitals {n}"),
        "annex": T("Annex {n}", pl="Annexes {n}"),
        "part": T("Part {n}", pl="Parts {n}"),
        "section": T("Section {n}", pl="Sections {n}"),
        "chapter": T("Chapter {n}", pl="Chapters {n}"),
        "title": T("Title {n}", pl="Titles {n}"),
        "appendix": T("Appendix {n}", pl="Appendices {n}"),
        "measure": T("Measure {n}", pl="Measures {n}"),
    },
    sep=", ",
    conj=" and ",
    rng=("", " to "),
    compact_paragraph=True,
    ordinals={k: _ords(*_ORDINALS_EN) for k in ORDINAL_KINDS},
)

assert set(_LANG) == set(LANGS)


def _lang(lang: str) -> Lang:
    try:
        return _LANG[lang]
    except KeyError:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGS)}") from None


def render_pinpoint(p: Pinpoint, lang: str, style: str = "note") -> str:
    """A pinpoint as `lang` writes it: `style="note"` (footnotes, abbreviated where the
    language abbreviates) or `style="text"` (running text)."""
    if style not in ("note", "text"):
        raise ValueError(f"style must be 'note' or 'text', not {style!r}")
    L = _lang(lang)
    if lang == "sv":
        merged = _sv_merge(p.refs)
        if merged:
            return "artiklarna " + ", ".join(merged[:-1]) + L.conj + merged[-1]
    if lang == "en":
        source = format_source(p)
        if style == "note":
            return source
        return re.sub(r"\bArts (?=\d)", "Articles ", re.sub(r"\bArt\. (?=\d)", "Article ", source))
    groups = _groups(p.refs)
    texts = [_render_group(prefix, items, L, style) for prefix, items in groups]
    out = texts[0]
    for i, text in enumerate(texts[1:], 1):
        last = i == len(texts) - 1
        subdivided = len(groups[i - 1][0]) > 0 or any(len(it) > 1 for it in groups[i - 1][1])
        if last:
            out += ("," if L.comma_conj and subdivided else "") + L.conj + text
        else:
            out += ", " + text
    return out


def _sv_merge(refs: Sequence[tuple[Step, ...]]) -> list[str] | None:
    """Swedish repeats no article word when the lower levels are numbered: « artiklarna 2.2
    och 3 » (ISG SV 3.2.3); refs qualify when each is an article with at most a numbered
    paragraph or point."""
    if len(refs) < 2:
        return None
    labels = []
    for ref in refs:
        if ref[0].kind != "article" or len(ref) > 2 or any(s.to for s in ref):
            return None
        if len(ref) == 2 and not (ref[1].kind in ("paragraph", "point") and ref[1].label.isdigit()):
            return None
        labels.append(".".join(s.label for s in ref))
    return labels


def _groups(
    refs: Sequence[tuple[Step, ...]],
) -> list[tuple[tuple[Step, ...], list[tuple[Step, ...]]]]:
    """Consecutive references that differ only in their last step, of the same kind, are one
    group: 'Arts 13, 19 and 20' -> ((), [13, 19, 20]); 'Arts 64(2) and 64(10)' ->
    ((64,), [2, 10])."""
    groups: list[tuple[tuple[Step, ...], list[tuple[Step, ...]]]] = []
    for ref in refs:
        prefix, last = ref[:-1], ref[-1]
        if (
            groups
            and groups[-1][0] == prefix
            and groups[-1][1][-1][-1].kind == last.kind
            and last.kind not in ORDINAL_KINDS
            and last.kind != "named"
            and not _is_name(last.label)
        ):
            groups[-1][1].append(ref[-1:])
        else:
            groups.append((prefix, [ref[-1:]]))
    # an item is a one-step tuple; ranges of two neighbours become two items
    out: list[tuple[tuple[Step, ...], list[tuple[Step, ...]]]] = []
    for prefix, items in groups:
        flat: list[Step] = []
        for (s,) in items:
            if s.to is not None and _succ(s.label) == s.to:
                flat += [Step(s.kind, s.label), Step(s.kind, s.to)]
            else:
                flat.append(s)
        out.append((prefix, [(s,) for s in flat]))
    return out


def _succ(label: str) -> str | None:
    if label.isdigit():
        return str(int(label) + 1)
    if re.fullmatch(r"[a-y]", label):
        return chr(ord(label) + 1)
    return None


def _key(step: Step, parent: Step | None, L: Lang) -> str:
    if step.kind != "point":
        return step.kind
    if re.fullmatch(r"[a-z]{1,2}", step.label):
        return "point_letter"
    if parent is not None and parent.kind in _CONTAINERS and "point_annex" in L.terms:
        return "point_annex"
    return "point_num"


def _term(key: str, L: Lang, style: str) -> T:
    if style == "note" and L.note and key in L.note:
        return L.note[key]
    if key not in L.terms:
        raise ValueError(f"no {key.replace('_', ' ')} in the {L.code} notation")
    return L.terms[key]


def _label(step_label: str, key: str, t: T, L: Lang) -> str:
    if _is_name(step_label):
        return step_label
    label = step_label
    if key == "point_letter" and L.letters:
        idx = _LATIN.index(label) if len(label) == 1 else None
        if idx is None or idx >= len(L.letters):
            raise ValueError(f"cannot write point ({label}) in {L.code}")
        label = L.letters[idx]
    return t.fmt(label) if callable(t.fmt) else t.fmt.format(label)


def _ordinal(step: Step, L: Lang, form: int) -> str:
    n = int(step.label)
    table = (L.ordinals or {}).get(step.kind, ())
    if not 1 <= n <= len(table):
        raise ValueError(
            f"cannot write the {step.label}th {step.kind} in {L.code}: "
            f"ordinals go up to {len(table)}"
        )
    return table[n - 1][form]


def _one(step: Step, parent: Step | None, L: Lang, style: str, form: str) -> str:
    """One step with a single label; form is 'sg', 'chain' or 'poss'."""
    if step.kind == "named":
        return step.label
    key = _key(step, parent, L)
    t = _term(key, L, style)
    template = {"sg": t.sg, "chain": t.chain or t.sg, "poss": t.poss or t.sg}[form]
    if step.kind in ORDINAL_KINDS:
        return template.replace("{o}", _ordinal(step, L, 1 if form == "chain" else 0))
    if step.to is not None:
        return _many([step], parent, L, style)
    return template.replace("{n}", _label(step.label, key, t, L))


def _many(
    items: list[Step],
    parent: Step | None,
    L: Lang,
    style: str,
    form: str = "pl",
    possessed: bool = False,
) -> str:
    key = _key(items[0], parent, L)
    t = _term(key, L, style)
    labels = []
    for s in items:
        a = _label(s.label, key, t, L)
        if s.to is not None and L.range_dot_last and t.fmt is _dot:
            a = s.label
        labels.append(a if s.to is None else L.rng[0] + a + L.rng[1] + _label(s.to, key, t, L))
    joined = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + L.conj + labels[-1]
    if possessed and t.poss:
        template = t.poss
    elif len(items) == 1 and items[0].to is not None and t.rg:
        template = t.rg
    elif len(items) == 2 and all(s.to is None for s in items) and t.du:
        template = t.du
    else:
        template = t.pl or t.sg
    return template.replace("{n}", joined)


def _render_group(
    prefix: tuple[Step, ...], items: Sequence[tuple[Step, ...]], L: Lang, style: str
) -> str:
    steps = list(prefix)
    last = [it[0] for it in items]
    chain_forms = not (L.note_nominative and style == "note")
    if L.code == "sv":
        return _render_sv(steps, last, L, style)
    if L.compact_paragraph:
        return _render_compact(steps, last, L, style)
    if L.annex_last and steps and steps[0].kind in _CONTAINERS:
        inner = (
            _render_group(tuple(steps[1:]), [(s,) for s in last], L, style)
            if len(steps) > 1 or last
            else ""
        )
        container = _one(steps[0], None, L, style, "chain")
        if len(steps) == 1:
            parent: Step | None = steps[0]
            inner = (
                _one(last[0], parent, L, style, "sg")
                if len(last) == 1 and last[0].to is None
                else _many(last, parent, L, style)
            )
        return f"{inner} {container}"
    parts = []
    for i, s in enumerate(steps):
        parent = steps[i - 1] if i else None
        first = i == 0 and L.first_nominative
        parts.append(_one(s, parent, L, style, "chain" if chain_forms and not first else "sg"))
    parent = steps[-1] if steps else None
    possessed = bool(steps) and chain_forms and L.first_nominative
    if len(last) == 1 and last[0].to is None:
        parts.append(_one(last[0], parent, L, style, "poss" if possessed else "sg"))
    else:
        parts.append(_many(last, parent, L, style, possessed=possessed))
    return _join(parts, steps, L.sep)


def _join(parts: list[str], steps: list[Step], sep: str) -> str:
    """Parts joined by the language's separator; after a name kept as written ('Safety and
    Security' chapter) a comma, so the name does not run into the next word."""
    out = parts[0]
    for i, part in enumerate(parts[1:]):
        named = i < len(steps) and _is_name(steps[i].label) and parts[i].endswith(steps[i].label)
        out += (", " if named and sep == " " else sep) + part
    return out


def _render_sv(steps: list[Step], last: list[Step], L: Lang, style: str) -> str:
    """Swedish joins the article and its paragraph or numbered point: « artikel 55.1 c »,
    « artikel 3.63 », « artikel 73.2–73.4 », « artikel 64.2 och 64.10 »."""
    if steps and steps[0].kind == "article":
        art = steps[0].label
        if len(steps) > 1 and steps[1].kind in ("paragraph", "point") and steps[1].label.isdigit():
            steps = [Step("article_sub", f"{art}.{steps[1].label}")] + steps[2:]
        elif len(steps) == 1 and last[0].kind in ("paragraph", "point") and last[0].label.isdigit():
            last = [Step("article_sub", f"{art}.{s.label}", s.to and f"{art}.{s.to}") for s in last]
            steps = []
    elif not steps and last[0].kind == "paragraph":
        raise ValueError("a paragraph needs its article")
    parts = [_one(s, steps[i - 1] if i else None, L, style, "sg") for i, s in enumerate(steps)]
    parent = steps[-1] if steps else None
    parts.append(
        _one(last[0], parent, L, style, "sg")
        if len(last) == 1 and last[0].to is None
        else _many(last, parent, L, style)
    )
    return " ".join(parts)


def _render_compact(steps: list[Step], last: list[Step], L: Lang, style: str) -> str:
    """GA, MT: « Airteagal 55(1), pointe (c) »; SL reversed: « točka (c) člena 55(1) ». The article
    and its paragraph(s) are one unit, « 55(1) »."""
    head: list[tuple[Step, str]] = []  # the article and its label with any paragraphs
    i = 0
    if steps and steps[0].kind == "article":
        art = steps[0]
        if len(steps) > 1 and steps[1].kind == "paragraph":
            unit = (
                art,
                f"{art.label}({steps[1].label})" + (f"-({steps[1].to})" if steps[1].to else ""),
            )
            i = 2
        elif len(steps) == 1 and last[0].kind == "paragraph":
            paras = [
                f"({s.label})" if s.to is None else f"({s.label}){L.rng[1]}({s.to})" for s in last
            ]
            joined = paras[0] if len(paras) == 1 else ", ".join(paras[:-1]) + L.conj + paras[-1]
            unit = (art, art.label + joined)
            last = []
            i = 1
        else:
            unit = (art, art.label)
            i = 1
        head = [unit]
    rest = steps[i:]
    chain = bool(rest or last) and L.reverse
    pieces = []
    if head:
        art, label = head[0]
        t = _term("article", L, style)
        tmpl = (t.chain or t.sg) if chain else t.sg
        pieces.append(tmpl.replace("{n}", label))
    seq = steps[:i]
    for j, s in enumerate(rest):
        parent = (seq + rest[:j])[-1] if (seq or j) else None
        is_last = j == len(rest) - 1 and not last
        pieces.append(_one(s, parent, L, style, "sg" if (is_last or not L.reverse) else "chain"))
    if last:
        parent = steps[-1] if steps else None
        pieces.append(
            _one(last[0], parent, L, style, "sg")
            if len(last) == 1 and last[0].to is None
            else _many(last, parent, L, style)
        )
    if L.reverse:
        return " ".join(reversed(pieces))
    return L.sep.join(pieces)


# ---------------------------------------------------------------------------------------------
# Dates and the Official Journal


def short_date(d: dt.date, lang: str) -> str:
    """The numeric date of OJ references, notes and tables: no leading zeros (ISG 3.1/7.1)."""
    _lang(lang)
    day, month, year = d.day, d.month, d.year
    if lang == "hu":
        return f"{year}.{month}.{day}."  # to confirm (review ALL-9; ISG HU 3.1 not read)
    if lang == "lt":
        return f"{year} {month} {day}"  # ISG LT 3.1: « 2008 8 20 »
    if lang in ("lv", "hr"):
        return f"{day}.{month}.{year}."  # ISG LV 3.1, ISG HR 3.1: « 20.8.2008. »
    return f"{day}.{month}.{year}"


_SUFFIX = {"pl": NBSP + "r.", "bg": NBSP + "г."}  # bg: to confirm


def date_suffix(lang: str) -> str:
    """What running text adds after a date: Polish « r. » (« 2.8.2025 r. », « 18 maja 2026 r. »),
    Bulgarian « г. ». Not used inside OJ references. Empty for the other languages."""
    _lang(lang)
    return _SUFFIX.get(lang, "")


def with_date_suffix(text: str, lang: str) -> str:
    """`text` (a date) followed by the language's date suffix, unless it already ends with it
    (Babel's Bulgarian long date already ends « г. »)."""
    suffix = date_suffix(lang)
    return text if not suffix or text.endswith(suffix.strip()) else text + suffix


class _OJ(NamedTuple):
    abbr: str
    conn: str  # between the number and the date (old series)
    page: str  # '{}' is the page number


# ISG 3.1 per language (abbreviated form). conn/page as in the footnote examples.
_OJ_FORMS = {
    "en": _OJ("OJ", ", ", "p. {}"),
    "fr": _OJ("JO", " du ", "p. {}"),  # review FR-10; ISG FR 3.1 not read
    "de": _OJ("ABl.", " vom ", "S. {}"),  # ISG DE 3.1
    "it": _OJ("GU", " del ", "pag. {}"),  # ISG IT 3.1
    "es": _OJ("DO", " de ", "p. {}"),  # to confirm
    "pt": _OJ("JO", " de ", "p. {}"),  # to confirm
    "nl": _OJ("PB", " van ", "blz. {}"),  # ISG NL 3.1
    "da": _OJ("EUT", " af ", "s. {}"),  # ISG DA 3.1
    "sv": _OJ("EUT", ", ", "s. {}"),  # ISG SV 3.1
    "fi": _OJ("EUVL", ", ", "s. {}"),  # ISG FI 3.1
    "et": _OJ("ELT", ", ", "lk {}"),  # to confirm
    "lv": _OJ("OV", ", ", "{}. lpp."),  # ISG LV 3.1
    "lt": _OJ("OL", ", ", "p. {}"),  # ISG LT 3.1
    "pl": _OJ("Dz.U.", " z ", "s. {}"),  # ISG PL 3.1
    "cs": _OJ("Úř. věst.", ", ", "s. {}"),  # ISG CS 3.1
    "sk": _OJ("Ú. v. EÚ", ", ", "s. {}"),  # ISG SK 3.2.4 example
    "sl": _OJ("UL", ", ", "str. {}"),  # ISG SL 3.1
    "hr": _OJ("SL", ", ", "str. {}."),  # ISG HR 3.1
    "hu": _OJ("HL", "., ", "{}. o."),  # to confirm (review ALL-7)
    "ro": _OJ("JO", ", ", "p. {}"),  # ISG RO 3.2.4 example
    "bg": _OJ("ОВ", ", ", "стр. {}"),  # to confirm
    "el": _OJ("ΕΕ", " της ", "σ. {}"),  # to confirm
    "ga": _OJ("IO", ", ", "lch. {}"),  # ISG GA 3.2.4 example
    "mt": _OJ("ĠU", ", ", "p. {}"),  # ISG MT 3.1
}
# New act-by-act form since 1 October 2023 (« OJ L, 2024/1689, 12.7.2024 »), checked for
# EN (ISG EN 3.1), FR and DE (EUR-Lex), LT (ISG LT 3.1); the others follow the same pattern with
# the language's abbreviation and date.  # to confirm
assert set(_OJ_FORMS) == set(LANGS)
NEW_STYLE_CHECKED = frozenset({"en", "fr", "de", "lt"})

_OJ_OLD = re.compile(r"OJ (L|C) (\d+)( [A-Z])?, (\d{1,2})\.(\d{1,2})\.(\d{4})(?:, p\. (\d+))?")
_OJ_NEW = re.compile(r"OJ (L|C), ((?:C/)?\d{4}/\d+), (\d{1,2})\.(\d{1,2})\.(\d{4})")


def render_oj(ref: str, lang: str) -> str:
    """An Official Journal reference (English form as in sources/documents.yaml) in `lang`."""
    _lang(lang)  # an unknown language: ValueError
    form = _OJ_FORMS[lang]
    m = _OJ_OLD.fullmatch(ref)
    if m:
        series, number, suffix, day, month, year, page = m.groups()
        date = _oj_date(dt.date(int(year), int(month), int(day)), lang)
        num = number + (suffix or "")
        text = f"{form.abbr} {series} {num}{form.conn}{date}"
        return text + (", " + form.page.format(page) if page else "")
    m = _OJ_NEW.fullmatch(ref)
    if m:
        series, number, day, month, year = m.groups()
        date = _oj_date(dt.date(int(year), int(month), int(day)), lang)
        return f"{form.abbr} {series}, {number}, {date}"
    raise ValueError(
        f"cannot read Official Journal reference {ref!r}: expected 'OJ L 333, 27.12.2022, p. 80' "
        "or, since October 2023, 'OJ L, 2024/1689, 12.7.2024'"
    )


def _oj_date(d: dt.date, lang: str) -> str:
    text = short_date(d, lang)
    return text + " г." if lang == "bg" else text  # to confirm


# ---------------------------------------------------------------------------------------------
# What could not be checked
#
# Per language, the aspects whose rendering comes from memory of EUR-Lex usage and was not
# checked against the Style Guide or EUR-Lex while this module was written (docs/citations.md
# says what each aspect covers). The lead can show these as unverified; a test keeps this
# table and the documentation in step.
UNVERIFIED: dict[str, tuple[str, ...]] = {
    "bg": (
        "recitals and annexes",
        "appendix",
        "measure",
        "note abbreviations",
        "OJ",
        "OJ new style",
        "short date",
        "date suffix",
    ),
    "es": ("pinpoints", "note abbreviations", "indent", "OJ", "OJ new style", "short date"),
    "cs": ("recitals", "appendix", "measure", "OJ new style"),
    "da": ("recitals and annex points", "appendix", "measure", "OJ new style"),
    "de": ("lists and ranges",),
    "et": (
        "recitals, parts and sections",
        "ordinals",
        "appendix",
        "measure",
        "OJ",
        "OJ new style",
        "short date",
    ),
    "el": (
        "definitions points, recitals and annexes",
        "appendix",
        "measure",
        "note abbreviations",
        "OJ",
        "OJ new style",
        "short date",
    ),
    "en": (),
    "fr": (),
    "ga": ("pinpoints", "indent", "OJ new style"),
    "hr": ("lists and ranges", "measure", "OJ new style"),
    "it": ("note abbreviations", "appendix", "measure", "OJ new style"),
    "lv": ("ordinals", "measure", "OJ new style"),
    "lt": ("subparagraphs", "appendix", "measure", "OJ new style"),
    "hu": ("measure", "OJ", "OJ new style", "short date"),
    "mt": ("recitals, subparagraphs and other kinds", "OJ new style"),
    "nl": ("pinpoints", "note abbreviations", "OJ new style"),
    "pl": ("lists and ranges", "measure", "OJ new style"),
    "pt": ("lists and ranges", "measure", "note abbreviations", "OJ", "OJ new style", "short date"),
    "ro": ("note abbreviations", "measure", "OJ new style"),
    "sk": ("recitals and annex points", "appendix", "measure", "OJ new style"),
    "sl": ("pinpoints", "lists and ranges", "OJ new style"),
    "fi": ("measure", "OJ new style"),
    "sv": ("annex points and paragraph ranges", "appendix", "measure", "OJ new style"),
}
assert set(UNVERIFIED) == set(LANGS)


# ---------------------------------------------------------------------------------------------
# Capitals


def capitalize_first(text: str, lang: str | None = None) -> str:
    """Capitalise the first letter of a pinpoint or title at the start of a sentence or cell.

    Leading punctuation, quotes and brackets are skipped (« règlement » -> « Règlement »); a
    string that starts with a digit is left as it is (« 55. cikk », « 3 artiklan »): the number
    is the start, and so is a point label (« c) pont », « γ) »). Greek keeps its accent on an
    initial capital (ά -> Ά); Dutch capitalises the digraph ij (ijs -> IJs)."""
    if re.match(r"[^\w]*[^\W\d_]{1,2}\)", text):
        return text
    for i, ch in enumerate(text):
        if ch.isdigit():
            return text
        if ch.isalpha():
            if lang == "nl" and text[i : i + 2] == "ij":
                return text[:i] + "IJ" + text[i + 2 :]
            up = ch.upper()
            if len(up) != 1:  # 'ß' and the like: no single capital, leave the word
                return text
            return text[:i] + up + text[i + 1 :]
    return text
