"""`briefings new pack`: a pack's manifest, starter template, facts, documents and glossary
files, each the pack's own (so that two advisers preparing different events never edit the
same file), valid from the start, so that the new pack builds at once."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BriefingsError, Problem, UsageError, did_you_mean
from ..languages import BY_CODE, SOURCE_LANGUAGE
from ..project import ProjectLayout
from .schema import modeline

if TYPE_CHECKING:
    from .house import Product

PACK_ID = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")


@dataclass(frozen=True)
class NewPack:
    id: str
    title: str
    event: str
    place: str
    date: dt.date
    languages: tuple[str, ...]
    product: str = "briefing"


def _q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def parse(id_: str, title: str, event: str, place: str, date: str, languages: str) -> NewPack:
    """Check the command-line values; every problem is a usage error (exit 2)."""
    problems = []
    if not PACK_ID.fullmatch(id_ or "") or len(id_) > 60:
        problems.append(
            Problem(
                f"'{id_}' is not a valid pack id (lower-case letters, digits and '-', "
                "at most 60 characters, e.g. itre-2026-06-03)",
                entry="ID",
            )
        )
    try:
        when = (
            dt.date.fromisoformat(date) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date or "") else None
        )
    except ValueError as exc:
        problems.append(Problem(f"{date}: {exc}", entry="--date"))
        when = dt.date.min
    if when is None:
        problems.append(Problem(f"expected YYYY-MM-DD, got {date!r}", entry="--date"))
    langs = tuple(dict.fromkeys(x.strip() for x in (languages or "").split(",") if x.strip()))
    for lang in langs:
        if lang not in BY_CODE:
            problems.append(
                Problem(
                    f"unknown language code '{lang}'{did_you_mean(lang, BY_CODE)}",
                    entry="--languages",
                )
            )
    if SOURCE_LANGUAGE not in langs:
        langs = (SOURCE_LANGUAGE,) + langs
    for name, value in (("--title", title), ("--event", event), ("--place", place)):
        if not (value or "").strip():
            problems.append(Problem("must not be empty", entry=name))
        elif re.search(r"[\x00-\x1f\x7f]", value):
            problems.append(Problem("must be one line of text", entry=name))
    if problems or when is None:  # no date is a problem already
        raise UsageError(problems)
    return NewPack(id_, title.strip(), event.strip(), place.strip(), when, langs)


def files(
    root: Path, p: NewPack, today: dt.date, product: Product | None = None
) -> dict[Path, str]:
    """The files to create, by path; `product` is the house profile's briefing product."""
    out = _files(root, p, today)
    starter = ProjectLayout(root).template(f"{p.id}-briefing")
    if product is not None and product.template:
        out[starter] = (root / product.template).read_text(encoding="utf-8")
    elif product is not None:
        text = out[starter]
        if not product.summary:
            text = re.sub(r"!!! summary\n\n    [^\n]*\n\n", "", text)
        if not product.timeline:
            text = re.sub(r"## Key dates\n\n[^\n]*\n\n", "", text)
        out[starter] = text
    return out


def _files(root: Path, p: NewPack, today: dt.date) -> dict[Path, str]:
    """The files to create, by path."""
    as_of = min(today, p.date).isoformat()
    doc, fact, term = f"{p.id}-source", p.id, f"{p.id}-term"
    layout = ProjectLayout(root)
    paths = {
        "pack": layout.packs / f"{p.id}.yaml",
        "documents": layout.documents / f"{p.id}.yaml",
        "facts": layout.facts / f"{p.id}.yaml",
        "glossary": layout.glossary / f"{p.id}.yaml",
    }
    starter = layout.template(f"{p.id}-briefing")
    out = {
        paths["pack"]: f"""{modeline("pack", paths["pack"], root)}
# Pack manifest made by `briefings new pack`. Fields: docs/authoring.md.
id: {p.id}
title: {_q(p.title)}
event: {{name: {_q(p.event)}, place: {_q(p.place)}, date: {p.date.isoformat()}}}
reference: "Reference number to be assigned"
languages: [{", ".join(p.languages)}]
documents:
  - {{id: briefing, template: {p.id}-briefing, title: {_q(p.title)}, product: {p.product}}}
""",
        paths["documents"]: f"""{modeline("documents", paths["documents"], root)}
# The documents this pack cites. Replace the example with the real sources: a legal act
# (with its CELEX number, EUR-Lex links are made in each reader's language), an official
# statement or a press report (with its outlet, date and URL).
documents:
  - id: {doc}
    type: other
    tier: official-statement
    title: "Example source: replace with the full title of the document you cite"
    short_title: "Example source"
    publisher: "Publisher of the example source"
    date: {as_of}
""",
        paths["facts"]: f"""{modeline("facts", paths["facts"], root)}
# The facts this pack states, each with the document and pinpoint it comes from and the
# date it was last checked (as_of). {{date}} and {{value}} in a text are filled in from the
# fact's own date and value, in each reader's language.
facts:
  - id: {fact}.example-date
    text: "The example source was published on {{date}}."
    label: "Example source published"
    date: {as_of}
    citation: {{document: {doc}, pinpoint: "point 1"}}
    as_of: {as_of}
  - id: {fact}.example-amount
    text: "The example source mentions a budget of {{value}}."
    value: {{amount: 1000000, unit: EUR}}
    citation: {{document: {doc}, pinpoint: "point 2"}}
    as_of: {as_of}
""",
        paths["glossary"]: f"""{modeline("glossary", paths["glossary"], root)}
# Official terms with their rendering in each language and the article that defines them.
terms:
  - id: {term}
    terms: {{en: "example term"}}
    defined_in: {{document: {doc}, pinpoint: "point 3"}}
""",
        starter: f"""{{# Starter briefing made by `briefings new pack` (docs/authoring.md explains every helper).
   Replace the example text; keep facts, dates and figures in helpers so that each is cited.
     {{{{ fact("{fact}.example-date") }}}}      the fact's sentence, its citation as a note
     {{{{ cite("{doc}", "point 1") }}}}        a note citing a document at a pinpoint
     {{{{ date("{fact}.example-date") }}}}      a fact's date; date("{p.date.isoformat()}"); format="short"
     {{{{ value("{fact}.example-amount") }}}}   a fact's amount (EUR 1 000 000, 3 %, 72 hours)
     {{{{ doc("{doc}") }}}}                   a document's short title
     {{{{ term("{term}") }}}}                 the official term in the reader's language
     {{{{ timeline(["{fact}.example-date"]) }}}}  a timeline figure
     {{{{ glossary_table() }}}}              the key-terms table
   cite=false on fact(), date() or value() leaves the note out. #}}
!!! summary

    {{{{ doc("{doc}") }}}} is the example source of this starter briefing. {{{{ fact("{fact}.example-date") }}}}

## Background

{{{{ fact("{fact}.example-amount") }}}} In the glossary, *{{{{ term("{term}") }}}}* is defined by the same source{{{{ cite("{doc}", "point 3") }}}}.

## Key dates

{{{{ timeline(["{fact}.example-date"]) }}}}

## Questions for the debate

1. What should the committee ask at the meeting on {{{{ date("{p.date.isoformat()}") }}}}?
""",  # noqa: E501 (the starter's lines are what the author gets: not wrapped here)
    }
    return out


def create(root: Path, p: NewPack, today: dt.date | None = None) -> list[Path]:
    """Create the pack's files, or none of them if any exists already."""
    from .house import load_house

    house = load_house(root)
    product = house.product("briefing") or house.profile.products[0]
    if product.id != "briefing":
        p = NewPack(p.id, p.title, p.event, p.place, p.date, p.languages, product.id)
    if product.template and not (root / product.template).is_file():
        raise BriefingsError(
            Problem(
                f"the product's starter template {product.template} does not exist",
                file=house.file,
                entry=f"product '{product.id}'",
                field="template",
            )
        )
    planned = files(root, p, today or dt.date.today(), product)
    taken = [path for path in planned if path.exists()]
    if taken:
        raise BriefingsError(
            [
                Problem("exists already; nothing was created", file=str(path.relative_to(root)))
                for path in taken
            ]
        )
    if not ProjectLayout(root).sources.is_dir():
        raise BriefingsError(
            Problem(
                f"no sources/ folder in {root.resolve()} (run inside a briefings "
                "project or pass --root)"
            )
        )
    made = []
    try:
        for path, text in planned.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "x", encoding="utf-8") as f:
                f.write(text)
            made.append(path)
    except OSError as exc:
        for path in made:
            path.unlink(missing_ok=True)
        raise BriefingsError(
            Problem(
                f"cannot create the file: {exc.strerror}; nothing was created",
                file=str(exc.filename),
            )
        ) from exc
    return made
