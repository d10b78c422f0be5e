"""Source files (documents, facts, glossary, pack manifests) to a validated Library."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, Self, TypeVar

from pydantic import (
    BeforeValidator,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ..errors import BriefingsError, Problem, Problems, did_you_mean, rel
from ..i18n.notation import read_pinpoint, render_oj
from ..languages import SOURCE_LANGUAGE
from ..project import NAMES, SOURCES, ProjectLayout
from .fields import (
    Date,
    Id,
    LangCode,
    Strict,
    Text,
    Url,
    validate_model,
)
from .yamlread import LinedDict, LinedList, YamlValue, line_of, load_yaml

if TYPE_CHECKING:
    from .house import House

# Types of document that are legal acts or proposals for one: EUR-Lex publishes them in all
# 24 official languages, so a title missing in a language is a missing translation.
LEGAL_ACT_TYPES = frozenset(
    {
        "regulation",
        "directive",
        "decision",
        "implementing-regulation",
        "delegated-regulation",
        "proposal",
    }
)


class SourceDocument(Strict):
    """A cited document: a legal act, an official statement or a media report."""

    id: Id
    type: Literal[
        "regulation",
        "directive",
        "decision",
        "implementing-regulation",
        "delegated-regulation",
        "proposal",
        "communication",
        "guidelines",
        "code-of-practice",
        "press-release",
        "news-report",
        "other",
    ]
    tier: Literal["primary-law", "official-statement", "media-report"]
    title: Text
    short_title: Text
    titles: dict[LangCode, Text] = {}
    short_titles: dict[LangCode, Text] = {}
    number: Text | None = None
    celex: Annotated[
        str | None, Field(pattern=r"^[0-9CE][0-9]{4}[A-Z]{1,2}[0-9]{1,4}[0-9A-Z()_-]*$")
    ] = None
    eli: Url = None
    url: Url = None
    oj: Text | None = None
    date: Date | None = None
    published: Date | None = None
    in_force: Date | None = None
    publisher: Text
    procedure: Text | None = None
    # Articles whose numbered subdivisions are points, not paragraphs (the definitions
    # article): with ["3"], the pinpoint `Art. 3(63)` is point 63 of Article 3.
    definitions: list[Annotated[str, Field(pattern=r"^[0-9]+[a-z]?$")]] = []
    source_lang: LangCode | None = None
    unverified_titles: list[LangCode] = []

    @field_validator("unverified_titles")
    @classmethod
    def _no_repeats(cls, codes: list[str]) -> list[str]:
        repeated = sorted({c for c in codes if codes.count(c) > 1})
        if repeated:
            raise ValueError(f"names {', '.join(repeated)} more than once")
        return codes

    @model_validator(mode="after")
    def _languages_agree(self) -> Self:
        if self.source_lang is not None and self.is_legal_act:
            raise PydanticCustomError(
                "source_lang",
                f"a {self.type} exists in all 24 official languages: 'source_lang:' is "
                "only for other sources",
            )
        missing = [
            c
            for c in self.unverified_titles
            if c != self.original_lang and c not in self.titles and c not in self.short_titles
        ]
        if missing:
            raise PydanticCustomError(
                "unverified_titles",
                f"'unverified_titles:' names {', '.join(missing)}, but the document "
                "has no title in that language",
            )
        return self

    @property
    def is_legal_act(self) -> bool:
        """A legal act or a proposal for one (published in all 24 official languages)."""
        return self.type in LEGAL_ACT_TYPES

    @property
    def original_lang(self) -> str:
        """The language of `title` and `short_title`: `source_lang`, else English."""
        return self.source_lang or SOURCE_LANGUAGE

    def exists_in(self, lang: str) -> bool:
        """Whether the source itself exists in `lang` (so an English title there is a missing
        translation, not the source's own title): legal acts in every language, other sources
        in their own language and in those they have an official title in."""
        return self.is_legal_act or lang == self.original_lang or lang in self.titles

    def title_in(self, lang: str) -> str:
        return self.titles.get(lang, self.title)

    def short_title_in(self, lang: str) -> str:
        return self.short_titles.get(lang, self.short_title)

    def title_lang(self, lang: str) -> str:
        """The language `title_in(lang)` is written in (for `lang=` marks)."""
        return lang if lang in self.titles else self.original_lang

    def short_title_lang(self, lang: str) -> str:
        """The language `short_title_in(lang)` is written in."""
        return lang if lang in self.short_titles else self.original_lang

    def title_verified(self, lang: str) -> bool:
        """Whether the title and short title shown in `lang` were checked against the official
        text: false for a language listed in `unverified_titles`."""
        return self.title_lang(lang) not in self.unverified_titles

    def link(self, eurlex_lang: str) -> str | None:
        """The official text in a language: EUR-Lex from the CELEX, else the document's URL."""
        if self.celex:
            return (
                f"https://eur-lex.europa.eu/legal-content/{eurlex_lang}/TXT/?uri=CELEX:{self.celex}"
            )
        return self.url or self.eli


class Citation(Strict):
    document: Id
    pinpoint: Text | None = None


MAX_AMOUNT = 10**30  # more than any real amount (the AI Act's compute threshold is 10^25 FLOP)


def _amount(value: object) -> float | int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"expected a number, got {type(value).__name__}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"expected a finite number, got {value!r}")
    if abs(value) > MAX_AMOUNT:
        raise ValueError("the number is too large (at most 10^30)")
    return value


class Value(Strict):
    amount: Annotated[float | int, BeforeValidator(_amount)]
    unit: Literal["EUR", "USD", "percent", "hours", "days", "weeks", "months", "FLOP", "count"]


class Fact(Strict):
    """One verifiable statement with its citation."""

    id: Id
    text: Text
    label: Text | None = None  # short form for timelines and tables
    date: Date | None = None
    value: Value | None = None
    citation: Citation
    as_of: Date
    review_by: Date | None = None
    tags: list[Text] = []

    @field_validator("text")
    @classmethod
    def _placeholders(cls, text: str, info: ValidationInfo) -> str:
        for name in re.findall(r"\{(\w*)\}", text):
            if name not in ("date", "value"):
                raise ValueError(
                    f"unknown placeholder {{{name}}}: a fact's text may use {{date}} and {{value}}"
                )
        return text

    @model_validator(mode="after")
    def _filled(self) -> Self:
        """A placeholder with nothing to fill it would print as a gap in the sentence."""
        for name in ("date", "value"):
            if "{" + name + "}" in self.text and getattr(self, name) is None:
                raise PydanticCustomError(
                    "missing_field", f"the text uses {{{name}}} but the fact has no '{name}:' field"
                )
        return self


class Term(Strict):
    """An official term in each language, the article defining it, the languages not yet checked.

    `unverified` lists the languages whose wording was not checked against the text of the
    defining provision in that language; `iate` is the concept's IATE entry, where a source
    states it."""

    id: Id
    terms: dict[LangCode, Text]
    # inflected forms a translation may write instead of term()
    forms: dict[LangCode, list[Text]] = {}
    defined_in: Citation
    unverified: list[LangCode] = []  # languages not yet checked against the defining provision
    # IATE entry id, only from a source
    iate: Annotated[int, Field(ge=1, le=99_999_999)] | None = None
    note: Text | None = None

    @field_validator("terms")
    @classmethod
    def _has_source(cls, terms: dict[str, str]) -> dict[str, str]:
        if SOURCE_LANGUAGE not in terms:
            raise ValueError(f"the source language '{SOURCE_LANGUAGE}' is required")
        return terms

    @field_validator("unverified")
    @classmethod
    def _unverified_are_term_languages(cls, codes: list[str], info: ValidationInfo) -> list[str]:
        repeated = sorted({c for c in codes if codes.count(c) > 1})
        if repeated:
            raise ValueError(f"'unverified:' names {', '.join(repeated)} more than once")
        terms = info.data.get("terms")  # absent when `terms` itself is invalid
        missing = [c for c in codes if terms is not None and c not in terms]
        if missing:
            raise ValueError(
                f"'unverified:' names {', '.join(missing)}, but the term has no wording in "
                f"{'that language' if len(missing) == 1 else 'those languages'}"
            )
        return codes

    def verified(self, lang: str) -> bool:
        """Whether the term has a wording in `lang` that was checked against the text of the
        defining provision in that language (false for a language listed in `unverified`)."""
        return lang in self.terms and lang not in self.unverified

    @property
    def iate_url(self) -> str | None:
        return f"https://iate.europa.eu/entry/result/{self.iate}" if self.iate is not None else None


class Event(Strict):
    name: Text
    place: Text
    date: Date


class PackDocument(Strict):
    id: Id
    template: Id
    title: Text
    product: Id = "briefing"  # one of the house profile's products


class Pack(Strict):
    """A pack manifest: one event, its documents and languages."""

    id: Id
    title: Text
    subtitle: Text | None = None
    event: Event
    reference: Text | None = None
    date: Date | None = None
    author: Text | None = None
    service: Text | None = None  # the unit, if not the house profile's
    languages: list[LangCode] = Field(min_length=1)
    documents: list[PackDocument] = Field(min_length=1)
    disclaimer: Text | None = None  # replaces the standard disclaimer; {year} is the year
    draft: bool = False  # marked as a draft on every document
    coverage_threshold: Annotated[int, Field(ge=0, le=100)] = 100
    publish_threshold: Annotated[int, Field(ge=0, le=100)] = 80
    require_review: bool = False  # a translation is published only once a reviser approved it
    max_fact_age_days: Annotated[int, Field(ge=1)] | None = None

    @field_validator("id")
    @classmethod
    def _not_a_catalogue_name(cls, value: str) -> str:
        if value in ("messages", "content"):  # the interface's catalogue; version 1's content.po
            raise ValueError(
                f"'{value}' is the name of a translation catalogue (locales/<lang>/LC_MESSAGES/"
                f"{value}.po); choose another pack id"
            )
        return value

    @property
    def publication_date(self) -> dt.date:
        return self.date or self.event.date


@dataclass(frozen=True)
class Origin:
    file: str
    line: int | None


@dataclass
class Library:
    """Everything under sources/, validated and cross-checked."""

    root: Path
    documents: dict[str, SourceDocument] = field(default_factory=dict)
    facts: dict[str, Fact] = field(default_factory=dict)
    terms: dict[str, Term] = field(default_factory=dict)
    packs: dict[str, Pack] = field(default_factory=dict)
    origins: dict[tuple[str, str], Origin] = field(default_factory=dict)
    # raw manifests, for lines in messages
    pack_data: dict[str, LinedDict] = field(default_factory=dict)
    house: House | None = None  # sources/house.yaml (or the neutral profile)

    @property
    def layout(self) -> ProjectLayout:
        return ProjectLayout(self.root)

    def origin(self, kind: str, id_: str) -> Origin:
        return self.origins.get((kind, id_), Origin(SOURCES, None))

    def files(self) -> list[Path]:
        src = self.layout.sources
        return sorted(p for p in src.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


# An entry kind that `_load_kind` stores.
E = TypeVar("E", SourceDocument, Fact, Term)


def _entries(path: Path, key: str, root: Path, problems: Problems) -> tuple[str, list[YamlValue]]:
    """The list under `key` in a YAML file, each with its line."""
    file = rel(path, root)
    try:
        data = load_yaml(path, root)
    except BriefingsError as exc:
        problems.extend(exc.problems)
        return file, []
    if not isinstance(data, LinedDict) or not isinstance(data.get(key), LinedList):
        problems.add(
            f"expected a top-level '{key}:' list", file=file, line=getattr(data, "line", 1)
        )
        return file, []
    extra = [k for k in data if k != key]
    for k in extra:
        problems.add(
            f"unknown top-level key '{k}'{did_you_mean(k, [key])}", file=file, line=data.lines[k]
        )
    return file, data[key]


def _load_kind(
    lib: Library,
    paths: list[Path],
    key: str,
    kind: str,
    model: type[E],
    store: dict[str, E],
    problems: Problems,
) -> None:
    for path in paths:
        file, entries = _entries(path, key, lib.root, problems)
        for data in entries:
            obj = validate_model(model, data, file, kind, problems)
            if obj is None:
                continue
            if obj.id in store:
                first = lib.origin(kind, obj.id)
                problems.add(
                    f"duplicate id (first defined at {first.file}:{first.line})",
                    file=file,
                    line=data.line,
                    entry=f"{kind} '{obj.id}'",
                    field="id",
                )
                continue
            store[obj.id] = obj
            lib.origins[(kind, obj.id)] = Origin(file, data.line)
            _check_notation(lib, kind, obj, data, file, problems)


def _check_notation(
    lib: Library,
    kind: str,
    obj: SourceDocument | Fact | Term,
    data: YamlValue,
    file: str,
    problems: Problems,
) -> None:
    """A pinpoint or an Official Journal reference the notation module cannot read would
    show in the notes as it is written, in English notation, in every language: an error,
    here, with its line (documents load first, so a fact's act and its definitions are known)."""
    entry = f"{kind} '{obj.id}'"
    if isinstance(obj, SourceDocument):
        if obj.oj:
            try:
                render_oj(obj.oj, "en")
            except ValueError as exc:
                problems.add(
                    str(exc), file=file, line=line_of(data, ("oj",)), entry=entry, field="oj"
                )
        return
    fld, citation = (
        ("citation", obj.citation) if isinstance(obj, Fact) else ("defined_in", obj.defined_in)
    )
    if citation.pinpoint is None:
        return
    doc = lib.documents.get(citation.document)
    try:
        read_pinpoint(citation.pinpoint, pinpoint_definitions(doc))
    except ValueError as exc:
        problems.add(
            str(exc),
            file=file,
            line=line_of(data, (fld, "pinpoint")),
            entry=entry,
            field=f"{fld}.pinpoint",
        )


def pinpoint_definitions(doc: SourceDocument | None) -> frozenset[str]:
    """The articles of `doc` whose numbered subdivisions are points (see SourceDocument)."""
    return frozenset(doc.definitions) if doc is not None else frozenset()


def _load_packs(lib: Library, problems: Problems) -> None:
    for path in lib.layout.pack_files():
        file = rel(path, lib.root)
        try:
            data = load_yaml(path, lib.root)
        except BriefingsError as exc:
            problems.extend(exc.problems)
            continue
        pack = validate_model(
            Pack, data if data is not None else LinedDict(), file, "pack", problems
        )
        if pack is None:
            continue
        if pack.id != path.stem:
            problems.add(
                f"the pack id must match the file name '{path.stem}'",
                file=file,
                line=line_of(data, ("id",)),
                entry=f"pack '{pack.id}'",
                field="id",
            )
            continue
        lib.packs[pack.id] = pack
        lib.origins[("pack", pack.id)] = Origin(file, data.line)
        lib.pack_data[pack.id] = data


def _check_refs(lib: Library, problems: Problems) -> None:
    def unknown_doc(doc_id: str, kind: str, id_: str, fld: str) -> None:
        origin = lib.origin(kind, id_)
        problems.add(
            f"unknown document '{doc_id}'{did_you_mean(doc_id, lib.documents)}",
            file=origin.file,
            line=origin.line,
            entry=f"{kind} '{id_}'",
            field=fld,
        )

    for fact in lib.facts.values():
        if fact.citation.document not in lib.documents:
            unknown_doc(fact.citation.document, "fact", fact.id, "citation.document")
    for term in lib.terms.values():
        if term.defined_in.document not in lib.documents:
            unknown_doc(term.defined_in.document, "term", term.id, "defined_in.document")
    known = sorted(p.stem for p in lib.layout.template_files())
    for pack in lib.packs.values():
        data = lib.pack_data[pack.id]
        origin = lib.origin("pack", pack.id)
        seen: set[str] = set()
        for i, doc in enumerate(pack.documents):
            line = line_of(data, ("documents", i, "template"))
            if doc.template not in known:
                problems.add(
                    f"no template {NAMES.template(doc.template).as_posix()}"
                    f"{did_you_mean(doc.template, known)}",
                    file=origin.file,
                    line=line,
                    entry=f"pack '{pack.id}'",
                    field=f"documents.{i}.template",
                )
            if doc.id in seen:
                problems.add(
                    f"duplicate document id '{doc.id}'",
                    file=origin.file,
                    line=line_of(data, ("documents", i, "id")),
                    entry=f"pack '{pack.id}'",
                    field=f"documents.{i}.id",
                )
            seen.add(doc.id)
        for i, doc in enumerate(pack.documents):
            if lib.house is not None and lib.house.product(doc.product) is None:
                products = [p.id for p in lib.house.profile.products]
                problems.add(
                    f"got '{doc.product}'; the house profile's products are "
                    f"{', '.join(repr(p) for p in products)}{did_you_mean(doc.product, products)}",
                    file=origin.file,
                    line=line_of(data, ("documents", i, "product")),
                    entry=f"pack '{pack.id}'",
                    field=f"documents.{i}.product",
                )
        if len(set(pack.languages)) != len(pack.languages):
            problems.add(
                "a language is listed twice",
                file=origin.file,
                line=line_of(data, ("languages",)),
                entry=f"pack '{pack.id}'",
                field="languages",
            )


def load_library(root: Path) -> Library:
    """Load and validate everything under `root/sources`, reporting all problems at once."""
    root = Path(root)
    problems = Problems()
    lib = Library(root=root)
    src = lib.layout.sources
    if not src.is_dir():
        raise BriefingsError(
            Problem(
                f"no sources/ folder in {root.resolve()} "
                "(run inside a briefings project or pass --root)"
            )
        )
    docs = lib.layout.document_files()
    _load_kind(lib, docs, "documents", "document", SourceDocument, lib.documents, problems)
    facts = lib.layout.fact_files()
    _load_kind(lib, facts, "facts", "fact", Fact, lib.facts, problems)
    glossary = lib.layout.glossary_files()
    _load_kind(lib, glossary, "terms", "term", Term, lib.terms, problems)
    _load_packs(lib, problems)
    from .house import load_house

    try:
        lib.house = load_house(root)
    except BriefingsError as exc:
        problems.extend(exc.problems)
    if not problems.errors:
        _check_refs(lib, problems)
    problems.raise_errors()
    return lib
