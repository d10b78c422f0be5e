"""Project sources to gettext templates: `messages` (interface) and `content` (briefings, facts).

Deterministic: the same inputs give byte-identical POT files (sorted by location, fixed
creation date). `babel_extract` is registered as Babel's `briefings` extraction method,
so `pybabel extract -F babel.cfg` gives the same content units.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from .. import __version__
from ..project import NAMES
from ..sources.library import Library, Pack
from . import contexts
from .labels import MESSAGES, PLURALS
from .units import is_translatable, split_units

if TYPE_CHECKING:
    from .values import Call

# (line, context, msgid, translator comments) of one template unit
TemplateUnit = tuple[int, str, str, list[str]]

PLACEHOLDER_NOTE = (
    "Keep every {{ … }} exactly as it is: it is replaced by a date, a fact or a citation in "
    "your language."
)
KEEP_NOTE = (
    "Keep fact(), cite(), and date() or value() without cite=false, exactly as they are "
    "(you may move them): they carry a note."
)
REPLACE_NOTE = (
    "You may replace a date(), value(), term() or doc() below by your own wording where your "
    "grammar needs it (a case ending, an inflected term, an act's short form after its first "
    "mention); it is accepted only if your text has the same value (see docs/translating.md). "
    "In English: {values}."
)
FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _new_catalog(domain: str) -> Catalog:
    return Catalog(
        project="briefings",
        version=__version__,
        domain=domain,
        copyright_holder="the briefings authors",
        msgid_bugs_address="",
        creation_date=FIXED_DATE,
        revision_date=FIXED_DATE,
        fuzzy=False,
    )


def _labels_locations() -> dict[str, tuple[int, list[str]]]:
    """msgid -> (line in labels.py, its TRANSLATORS comment) for every `N_("…")` there, read
    with Python's own parser (a call may span lines; a comment block may too): the line is the
    one the entry starts on, the comment the `# TRANSLATORS:` block just above it."""
    import ast

    path = Path(__file__).resolve().parent / "labels.py"
    source = path.read_text(encoding="utf-8-sig")
    lines = source.split("\n")
    starts: dict[int, int] = {}  # a call's line -> the line its entry starts on
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if key is not None:
                    for call in ast.walk(value):
                        if isinstance(call, ast.expr):
                            starts[call.lineno] = key.lineno
        elif isinstance(node, ast.Tuple):
            for item in node.elts:
                starts.setdefault(item.lineno, node.lineno)
    out: dict[str, tuple[int, list[str]]] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "N_"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            line = starts.get(node.lineno, node.lineno)
            block: list[str] = []
            n = line - 2
            while n >= 0 and lines[n].strip().startswith("#"):
                block.insert(0, lines[n].strip()[1:].strip())
                n -= 1
            first = next(
                (i for i, text in enumerate(block) if text.startswith("TRANSLATORS:")), None
            )
            comment = [" ".join(block[first:])] if first is not None else []
            out.setdefault(node.args[0].value, (line, comment))
    return out


def messages_catalog() -> Catalog:
    catalog = _new_catalog("messages")
    where = _labels_locations()
    for _key, msgid in MESSAGES.items():
        line, auto = where.get(msgid, (0, []))
        flags = ("python-brace-format",) if "{" in msgid else ()
        catalog.add(
            msgid, locations=[("briefings/i18n/labels.py", line)], auto_comments=auto, flags=flags
        )
    for _key, (one, many) in PLURALS.items():
        line, _auto = where.get(one, (0, []))
        catalog.add(
            (one, many),
            locations=[("briefings/i18n/labels.py", line)],
            auto_comments=["{n} is a number, already formatted."],
            flags=("python-brace-format",),
        )
    return catalog


def template_units(name: str, source: str, lib: Library | None = None) -> Iterator[TemplateUnit]:
    """(line, context, msgid, comments) for each translatable unit of one template. With the
    library, a unit's comments say which placeholders must stay and what the others are."""
    for unit in split_units(source):
        if not is_translatable(unit.text):
            continue
        comments = [c for c in (unit.comment,) if c]
        if "{{" in unit.text:
            comments += placeholder_notes(unit.text, lib, name)
        yield unit.line, contexts.unit(name, unit.kind), unit.text, comments


def placeholder_notes(text: str, lib: Library | None, template: str) -> list[str]:
    """The translator's rules for a unit's placeholders (see i18n/values.py)."""
    if lib is None:
        return [PLACEHOLDER_NOTE]
    from .units import ConstructError, template_constructs
    from .values import ValueMatcher, parse_call

    try:
        constructs = list(dict.fromkeys(re.findall(r"\{\{.*?\}\}", text, re.S)))
        template_constructs(text)
    except ConstructError:
        return [PLACEHOLDER_NOTE]
    matcher = ValueMatcher(lib, "en")
    keep = False
    values: list[str] = []
    for construct in constructs:
        call = parse_call(construct)
        if call is None or isinstance(matcher.expected(call, template), str):
            keep = True
        else:
            values.append(f"{call.show()[3:-3]} = {_english(call, lib, template)}")
    notes = [KEEP_NOTE] if keep else []
    if values:
        notes.append(REPLACE_NOTE.format(values="; ".join(values)))
    return notes


def _english(call: Call, lib: Library, template: str) -> str:
    """What a value placeholder shows in English (`call` is one: ValueMatcher.expected() gave
    what replaces it)."""
    import gettext

    from .formatting import format_date, format_value

    # the id as ValueMatcher.expected() reads it: the first argument, or its keyword
    keyword = {"date": "what", "value": "fact_id", "term": "term_id", "doc": "doc_id"}
    arg = call.args[0] if call.args else call.kwarg(keyword.get(call.helper, ""))
    assert isinstance(arg, str)  # expected() takes only a text: an id, a date, 'event.date'
    if call.helper == "term":
        return f"'{lib.terms[arg].terms['en']}' (official term)"
    if call.helper == "doc":
        document = lib.documents[arg]
        return f"'{document.title if call.kwarg('full') else document.short_title}'"
    if call.helper == "value":
        value = lib.facts[arg].value
        assert value is not None  # expected() refuses value() of a fact without one
        return format_value(value.amount, value.unit, "en", gettext.NullTranslations()).replace(
            "\u00a0", " "
        )
    if arg in lib.facts:
        day = lib.facts[arg].date
        assert day is not None  # expected() refuses date() of a fact without one
        return format_date(day, "en")
    if arg == "event.date":
        return (
            "the event's date ("
            + ", ".join(
                sorted(
                    {
                        format_date(p.event.date, "en")
                        for p in lib.packs.values()
                        if any(d.template == template for d in p.documents)
                    }
                )
            )
            + ")"
        )
    return format_date(dt.date.fromisoformat(arg), "en")


def content_catalog(lib: Library) -> Catalog:
    """Every unit of every template, every fact text and label, pack and document titles."""
    catalog = _new_catalog("content")
    for path in lib.layout.template_files():
        rel = NAMES.template(path.stem).as_posix()
        for line, context, msgid, comments in template_units(
            path.stem, path.read_text(encoding="utf-8-sig"), lib
        ):
            _add(catalog, msgid, context, (rel, line), comments)
    for pack in sorted(lib.packs.values(), key=lambda p: p.id):
        origin = lib.origin("pack", pack.id)
        own: list[tuple[str | None, str | None, str]] = [  # (text, context field, comment)
            (pack.title, None, "Title of the pack"),
            (pack.subtitle, "subtitle", "Subtitle of the pack (shown under each document's title)"),
            (
                pack.event.name,
                "event",
                "Name of the event the pack is for (shown with its place and date)",
            ),
            (
                pack.event.place,
                "place",
                "Place of the event (the city's name in your language, e.g. Straßburg)",
            ),
            (
                pack.service,
                "service",
                "The unit that prepared the pack, shown after the service's name",
            ),
            (
                pack.disclaimer,
                "disclaimer",
                "Disclaimer and copyright notice at the end of every document; {year} is the year.",
            ),
        ]
        for text, name, comment in own:
            if text:
                _add(
                    catalog,
                    text,
                    contexts.pack(pack.id, name),
                    (origin.file, origin.line),
                    [comment],
                )
        for doc in pack.documents:
            _add(
                catalog,
                doc.title,
                contexts.document(pack.id, doc.id),
                (origin.file, origin.line),
                [f"Title of the {doc.product.replace('-', ' ')} '{doc.id}'"],
            )
    for fact in sorted(
        lib.facts.values(),
        key=lambda f: (lib.origin("fact", f.id).file, lib.origin("fact", f.id).line or 0),
    ):
        origin = lib.origin("fact", fact.id)
        source = lib.documents[fact.citation.document].short_title
        pinpoint = ", " + fact.citation.pinpoint if fact.citation.pinpoint else ""
        note = [f"Fact cited to {source}{pinpoint}."]
        if fact.date:
            note.append(
                f"{{date}} becomes the date ({fact.date.isoformat()}) written in your language; "
                "you may write the date yourself instead (e.g. with a case ending), if it is the "
                "same date."
            )
        if fact.value:
            note.append(
                f"{{value}} becomes the amount ({fact.value.amount:g} {fact.value.unit}) written "
                "in your language; you may write it yourself instead (e.g. in another case), with "
                "the same number."
            )
        if lib.documents[fact.citation.document].tier == "media-report":
            note.append("A press report: keep the attribution ('according to…').")
        _add(catalog, fact.text, contexts.fact(fact.id), (origin.file, origin.line), note)
        if fact.label:
            _add(
                catalog,
                fact.label,
                contexts.fact_label(fact.id),
                (origin.file, origin.line),
                ["Short label on the timeline figure."],
            )
    return catalog


def used_keys(lib: Library, pack: Pack, document: str | None = None) -> set[tuple[str, str]]:
    """(msgctxt, msgid) of every content entry the pack's documents (or one of them) use: their
    template units and titles, and the facts (and timeline labels) their English rendering
    uses, found as the build finds them (by rendering)."""
    from ..compose.composer import Composer
    from ..languages import SOURCE_LANGUAGE
    from ..model import Figure

    composer = Composer(lib)
    keys: set[tuple[str, str]] = set()
    for pdoc in pack.documents:
        if document is not None and pdoc.id != document:
            continue
        source, _units = composer.template(pdoc.template)
        keys.update(
            (context, msgid) for _line, context, msgid, _c in template_units(pdoc.template, source)
        )
        keys.add((contexts.document(pack.id, pdoc.id), pdoc.title))
        composed = composer.compose(pack, pdoc, SOURCE_LANGUAGE)
        for fact_id in composed.deps.facts:
            keys.add((contexts.fact(fact_id), lib.facts[fact_id].text))
        shown = {e for b in composed.document.blocks if isinstance(b, Figure) for e in b.entries}
        dates = {e.date for e in shown}
        for fact_id in composed.deps.facts:  # a label is used by a timeline entry of its date
            fact = lib.facts[fact_id]
            if fact.label and fact.date in dates:
                keys.add((contexts.fact_label(fact_id), fact.label))
    return keys


def is_pack_entry(context: str, pack_id: str) -> bool:
    """Whether an entry is one of the pack's own texts (title, event, place, subtitle...)."""
    return contexts.is_pack_text(context, pack_id)


def pack_catalog(lib: Library, pack: Pack) -> Catalog:
    """The template of one pack's catalogue (`locales/<pack>.pot`): the units of its documents'
    templates, its own texts and document titles, and the facts and timeline labels its
    documents use, in the order of `content_catalog`. A fact two packs use is in both."""
    keys = used_keys(lib, pack)
    catalog = _new_catalog(pack.id)
    for message in content_catalog(lib):
        if not message.id:
            continue
        context = message.context or ""
        if (context, message.id) in keys or is_pack_entry(context, pack.id):
            catalog.add(
                message.id,
                context=message.context,
                locations=message.locations,
                auto_comments=message.auto_comments,
                flags=message.flags,
            )
    return catalog


def _add(
    catalog: Catalog,
    msgid: str,
    context: str,
    location: tuple[str, int | None],
    comments: list[str],
) -> None:
    # Babel annotates a location as (file, int), yet reads '#: file' as (file, None) and writes
    # a location without a line as '#: file': a source entry without a line is such a location.
    existing = catalog.get(msgid, context)
    if existing is not None:
        existing.locations.append(location)  # type: ignore[arg-type]  # see above
        return
    flags = ("python-brace-format",) if re.search(r"\{(date|value)\}", msgid) else ()
    catalog.add(
        msgid,
        context=context,
        locations=[location],  # type: ignore[list-item]  # see above
        auto_comments=comments,
        flags=flags,
    )


def pot_bytes(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_po(buf, catalog, width=0, sort_output=False, include_previous=True)
    return buf.getvalue()


def babel_extract(
    fileobj: IO[bytes],
    keywords: Mapping[str, object],
    comment_tags: Collection[str],
    options: Mapping[str, str],
) -> Iterator[tuple[int, str, tuple[str, str], list[str]]]:
    """Babel extraction method `briefings` for templates/briefings/*.md."""
    name = Path(getattr(fileobj, "name", "template.md")).stem
    source = fileobj.read().decode(options.get("encoding", "utf-8"))
    for line, context, msgid, comments in template_units(name, source):
        yield line, "pgettext", (context, msgid), comments
