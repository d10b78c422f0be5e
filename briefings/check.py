"""Everything a build needs, validated without writing anything: a list of problems.

Beyond what a build checks (schemas, references, templates, translations) it warns about
what a build tolerates: stale facts, dates or amounts typed into templates instead of
coming from facts, translations that do not use the official term, broken internal links.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from . import model as m
from .compose.composer import Composer, unit_context
from .errors import BriefingsError, Problem, Problems
from .i18n import contexts
from .i18n.units import is_translatable
from .languages import SOURCE_LANGUAGE
from .project import NAMES, ProjectLayout
from .sources.library import Library, Pack, Term, load_library
from .sources.yamlread import line_of

if TYPE_CHECKING:
    from .sources.library import Pack

_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
TYPED = [
    (re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b"), "a date"),
    (re.compile(rf"\b(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}\b"), "a date"),
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), "a date"),
    (re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b"), "a date"),
    (re.compile(r"\b(?:19|20)\d{2}\b"), "a year"),
    (re.compile(r"(?:\bEUR|€|\$|\bUSD)\s?\d|\d\s?(?:EUR\b|€)"), "an amount"),
    (re.compile(r"\d\s?%"), "a percentage"),
    (re.compile(r"\b\d+\s*(?:hours?|days?|weeks?|months?|years?)\b"), "a deadline"),
    (re.compile(r"\b\d[\d\s.,]*\s*(?:million|billion)\b"), "an amount"),
]


def check(root: Path, packs: list[str] | None = None) -> list[Problem]:
    """Every problem of the project, or of the packs named (the sources are loaded whole)."""
    lib = load_library(root)
    problems = Problems()
    unknown = [p for p in packs or [] if p not in lib.packs]
    if unknown:
        from .errors import UsageError, did_you_mean

        raise UsageError(
            [
                Problem(f"unknown pack '{p}'{did_you_mean(p, lib.packs)}", entry="--pack")
                for p in unknown
            ]
        )
    chosen = [lib.packs[p] for p in packs] if packs else list(lib.packs.values())
    composer = Composer(lib)
    ids: dict[str, set[str]] = {}
    _writers(root, problems)
    used: dict[str, set[str]] = {}  # pack -> the facts its documents use
    for pack in chosen:
        for pdoc in pack.documents:
            for lang in pack.languages:
                try:
                    composed = composer.compose(pack, pdoc, lang)
                except BriefingsError as exc:
                    problems.extend(exc.problems)
                    continue
                except Exception as exc:  # a bug of ours: one line naming the unit, not a traceback
                    problems.add(
                        f"internal error while checking {pack.id}/{lang}/{pdoc.id}: "
                        f"{type(exc).__name__}: {str(exc)[:200]} (please report it)",
                        file=NAMES.template(pdoc.template).as_posix(),
                    )
                    continue
                if lang == SOURCE_LANGUAGE:
                    ids[pdoc.template] = _anchors(composed.document)
                    used.setdefault(pack.id, set()).update(composed.deps.facts)
    problems.extend(composer.problems)
    _invisible(lib, composer, problems)
    _manifest(root, problems)
    _epoch(problems)
    for template in sorted({d.template for p in chosen for d in p.documents}):
        source, _units = composer.template(template)
        _typed_values(template, source, problems)
        _internal_links(template, source, ids.get(template, set()), problems)
    _stale_facts(lib, chosen, used, problems)
    _references(lib, chosen, problems)
    _products(lib, chosen, composer, problems)
    _glossary_usage(lib, composer, problems, chosen)
    seen, out = set(), []
    for p in problems.items:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


NOT_A_FACT = "{# not a fact #}"  # on a line: its numbers are meant as typed (documented)
_NUMBER = re.compile(r"(?<![\w.])\d[\d.,]*(?!\w)")
_CITING = re.compile(r"\{\{-?\s*(?:fact|cite|date|value)\(")
_LIST_MARK = re.compile(r"^\s*(?:\d+\.|[-*+])\s")


def _writers(root: Path, problems: Problems) -> None:
    """What the writers refuse at set-up (layouts, the reference document), and what the
    reference document's sanitising drops."""
    from .writers.registry import FORMATS

    for fmt in ("html", "docx"):
        try:
            writer = FORMATS[fmt].setup(root, None)
        except BriefingsError as exc:
            problems.extend(exc.problems)
            continue
        for what in getattr(writer, "dropped", ()):
            problems.warn(
                f"dropped from the reference document: {what}",
                file=NAMES.reference_docx.as_posix(),
            )
        for what in getattr(writer, "notes", ()):  # what the writer assumes for it
            problems.warn(what, file=NAMES.reference_docx.as_posix())


# Characters that make text lie about itself: bidirectional embeddings, overrides and
# isolates (the "Trojan Source" characters), zero-width and other invisible characters.
INVISIBLE = re.compile("[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def invisible_problem(text: str) -> str | None:
    found = INVISIBLE.search(text or "")
    if not found:
        return None
    return (
        f"contains the invisible character U+{ord(found.group()):04X} (a bidirectional override or "
        "a zero-width character can make the text read differently from what it says): remove it"
    )


def _invisible(lib: Library, composer: Composer, problems: Problems) -> None:
    for fact in lib.facts.values():
        origin = lib.origin("fact", fact.id)
        for name in ("text", "label"):
            why = invisible_problem(getattr(fact, name) or "")
            if why:
                problems.warn(
                    why, file=origin.file, line=origin.line, entry=f"fact '{fact.id}'", field=name
                )
    for term in lib.terms.values():
        origin = lib.origin("term", term.id)
        for lang, text in term.terms.items():
            why = invisible_problem(text)
            if why:
                problems.warn(
                    why,
                    file=origin.file,
                    line=origin.line,
                    entry=f"term '{term.id}'",
                    field=f"terms.{lang}",
                )
        for lang, forms in term.forms.items():
            for i, text in enumerate(forms):
                why = invisible_problem(text)
                if why:
                    problems.warn(
                        why,
                        file=origin.file,
                        line=origin.line,
                        entry=f"term '{term.id}'",
                        field=f"forms.{lang}.{i}",
                    )
    for doc in lib.documents.values():
        origin = lib.origin("document", doc.id)
        for name, text in [
            ("title", doc.title),
            ("short_title", doc.short_title),
            *((f"titles.{k}", v) for k, v in doc.titles.items()),
            *((f"short_titles.{k}", v) for k, v in doc.short_titles.items()),
        ]:
            why = invisible_problem(text)
            if why:
                problems.warn(
                    why,
                    file=origin.file,
                    line=origin.line,
                    entry=f"document '{doc.id}'",
                    field=name,
                )
    for pack in lib.packs.values():
        origin = lib.origin("pack", pack.id)
        for name, value in [
            ("title", pack.title),
            ("subtitle", pack.subtitle),
            ("event.name", pack.event.name),
            ("event.place", pack.event.place),
            ("disclaimer", pack.disclaimer),
            *((f"documents.{i}.title", d.title) for i, d in enumerate(pack.documents)),
        ]:
            why = invisible_problem(value or "")
            if why:
                problems.warn(
                    why, file=origin.file, line=origin.line, entry=f"pack '{pack.id}'", field=name
                )
    for template in sorted({d.template for p in lib.packs.values() for d in p.documents}):
        try:
            source, _units = composer.template(template)
        except BriefingsError:
            continue
        for n, line in enumerate(source.split("\n"), 1):
            why = invisible_problem(line)
            if why:
                problems.warn(why, file=NAMES.template(template).as_posix(), line=n)
    pairs = {(lang, p.id) for p in lib.packs.values() for lang in p.languages}
    for lang, pack_id in sorted(pair for pair in pairs if pair[0] != SOURCE_LANGUAGE):
        content = composer.content(lang, pack_id)
        for (_context, msgid), entry in content.entries.items():
            why = invisible_problem(entry.string)
            if why:
                problems.warn(
                    why, file=content.file, line=entry.lineno, entry=f"msgid {msgid[:50]!r}"
                )


def _manifest(root: Path, problems: Problems) -> None:
    """The default site's manifest, if it is not one (hand-edited, or written by something else)."""
    from .build.fingerprint import MANIFEST, read_manifest

    _found, why = read_manifest(ProjectLayout(root).site)
    if why:
        problems.warn(
            f"the site's manifest {why}; the next build ignores it and rebuilds every output",
            file=(NAMES.site / MANIFEST).as_posix(),
        )


def _epoch(problems: Problems) -> None:
    import os

    from .build.worker import epoch_problem

    why = epoch_problem(os.environ.get("SOURCE_DATE_EPOCH"))
    if why:
        problems.warn(why)


def _typed_values(template: str, source: str, problems: Problems) -> None:
    """Warn where a date, amount or deadline is typed into prose instead of coming from a fact,
    and where a number stands in a paragraph that cites nothing."""
    file = NAMES.template(template).as_posix()
    original = source.split("\n")
    # Jinja blanked out, keeping the line numbers
    blanked = _JINJA.sub(lambda found: re.sub(r"[^\n]", " ", found.group()), source)
    for n, line in enumerate(blanked.split("\n"), 1):
        if NOT_A_FACT in original[n - 1]:
            continue
        prose = re.sub(r"\]\([^)]*\)", "]", line)  # link targets are not prose
        for pattern, what in TYPED:
            match = pattern.search(prose)
            if match:
                problems.warn(
                    f"{what} typed into the text ({match.group(0).strip()!r}): use a fact, "
                    "date() or value() so it is cited and formatted per language",
                    file=file,
                    line=n,
                )
                break
        else:
            number = _NUMBER.search(_LIST_MARK.sub("", prose))
            if number and not _CITING.search(original[n - 1]):
                problems.warn(
                    f"a number typed into the text ({number.group(0).rstrip('.,')!r}) with no "
                    "citation in its paragraph: use a fact, or add cite(); mark a number that is "
                    f"meant as typed with {NOT_A_FACT} on the line",
                    file=file,
                    line=n,
                )


def _anchors(document: m.Document) -> set[str]:
    """Every heading's anchor, as the writers link to it (nested headings too)."""
    return set(m.section_ids(document).values())


def _internal_links(template: str, source: str, anchors: set[str], problems: Problems) -> None:
    file = NAMES.template(template).as_posix()
    for n, line in enumerate(source.split("\n"), 1):
        for target in re.findall(r"\]\(#([^)\s]+)\)", line):
            if target not in anchors:
                problems.add(
                    f"internal link to '#{target}', which no heading has", file=file, line=n
                )


class _Where(TypedDict):
    """Where a fact's problem is reported (Problem's fields of that name)."""

    file: str
    line: int | None
    entry: str


def _stale_facts(
    lib: Library, packs: Sequence[Pack], used: dict[str, set[str]], problems: Problems
) -> None:
    """A fact is judged against the date of each pack that uses it, and no other."""
    for pack in packs:
        on = pack.publication_date
        for fact in (lib.facts[f] for f in sorted(used.get(pack.id, ())) if f in lib.facts):
            origin = lib.origin("fact", fact.id)
            where: _Where = {"file": origin.file, "line": origin.line, "entry": f"fact '{fact.id}'"}
            if fact.review_by and fact.review_by < on:
                problems.warn(
                    f"review_by {fact.review_by.isoformat()} has passed (pack '{pack.id}' is dated "
                    f"{on.isoformat()})",
                    field="review_by",
                    **where,
                )
            if pack.max_fact_age_days and on - fact.as_of > dt.timedelta(
                days=pack.max_fact_age_days
            ):
                problems.warn(
                    f"as_of {fact.as_of.isoformat()} is more than {pack.max_fact_age_days} days "
                    f"before pack '{pack.id}' ({on.isoformat()}): verify it again",
                    field="as_of",
                    **where,
                )
            if fact.as_of > on:
                problems.warn(
                    f"as_of {fact.as_of.isoformat()} is after pack '{pack.id}' is dated: "
                    "the pack must not state what was verified later",
                    field="as_of",
                    **where,
                )


def _references(lib: Library, packs: Sequence[Pack], problems: Problems) -> None:
    """A pack's reference number follows the house profile's pattern (e.g. 'PE 765.432')."""
    pattern = lib.house.profile.reference_pattern if lib.house else None
    if not pattern:
        return
    for pack in packs:
        if pack.reference and not re.fullmatch(pattern, pack.reference):
            origin = lib.origin("pack", pack.id)
            problems.warn(
                f"'{pack.reference}' does not follow the house profile's reference pattern "
                f"{pattern}",
                file=origin.file,
                line=line_of(lib.pack_data[pack.id], ("reference",)),
                entry=f"pack '{pack.id}'",
                field="reference",
            )


def _products(lib: Library, packs: Sequence[Pack], composer: Composer, problems: Problems) -> None:
    """A document has the parts its product has: no summary box or timeline where the house
    profile says that product has none."""
    if lib.house is None:
        return
    for pack in packs:
        for pdoc in pack.documents:
            product = lib.house.product(pdoc.product)
            if product is None:
                continue
            source, _units = composer.template(pdoc.template)
            file = NAMES.template(pdoc.template).as_posix()
            for n, line in enumerate(source.split("\n"), 1):
                if not product.summary and line.startswith("!!! summary"):
                    problems.warn(
                        f"a summary box, but the house profile's product '{product.id}' has none",
                        file=file,
                        line=n,
                    )
                if not product.timeline and "timeline(" in line:
                    problems.warn(
                        f"a timeline, but the house profile's product '{product.id}' has none",
                        file=file,
                        line=n,
                    )


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower().replace("’", "'"))


def uses_term(text: str, term: str, forms: Sequence[str] = ()) -> bool:
    """Whether `text` uses `term` or one of its listed inflected `forms` (the glossary term's
    `forms` in that language: 'Urzędu ds. AI', 'συστημικού κινδύνου'), allowing inflection:
    each word of the term must start a word of the text, in order, with the word's ending (up
    to 3 letters) free, so that 'modèles d'IA à usage général' and 'KI-Modelle mit allgemeinem
    Verwendungszweck' count."""
    return any(_uses_words(text, wording) for wording in (term, *forms))


def _uses_words(text: str, term: str) -> bool:
    have = _words(text)
    want = [w[:-3] if len(w) > 6 else w[:-1] if len(w) > 4 else w for w in _words(term)]
    start = 0
    for stem in want:
        for i in range(start, len(have)):
            if stem in have[i]:  # German compounds: "Modellanbieter"
                start = i + 1
                break
        else:
            return False
    return True


def _glossary_usage(
    lib: Library, composer: Composer, problems: Problems, packs: Sequence[Pack]
) -> None:
    """A translated unit whose source uses a glossary term should use the official rendering."""
    terms = [(t, t.terms[SOURCE_LANGUAGE].lower()) for t in lib.terms.values()]
    facts = [(contexts.fact(f.id), f.text) for f in lib.facts.values()]
    for pack in sorted(packs, key=lambda p: p.id):
        units = []
        for template in sorted({d.template for d in pack.documents}):
            source, template_units = composer.template(template)
            units += [
                (unit_context(template, u), u.text)
                for u in template_units
                if is_translatable(u.text)
            ]
        _pack_glossary_usage(composer, problems, pack, units + facts, terms)


def _pack_glossary_usage(
    composer: Composer,
    problems: Problems,
    pack: Pack,
    units: list[tuple[str, str]],
    terms: list[tuple[Term, str]],
) -> None:
    for lang in sorted(lang for lang in pack.languages if lang != SOURCE_LANGUAGE):
        content = composer.content(lang, pack.id)
        for context, text in units:
            translated = content.lookup(context, text)
            if not translated:
                continue
            low = text.lower()
            for term, english in terms:
                official = term.terms.get(lang)
                forms = term.forms.get(lang, [])
                if official and english in low and not uses_term(translated, official, forms):
                    entry = content.entries.get((context, text))
                    problems.warn(
                        f"the source uses '{term.terms[SOURCE_LANGUAGE]}' but the translation does "
                        f"not use the official term '{official}'",
                        file=content.file,
                        line=entry.lineno if entry else None,
                        entry=f"msgid {text[:50]!r}",
                    )
