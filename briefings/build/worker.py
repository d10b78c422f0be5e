"""Units of work, (pack, document, language): compose one, then write its files.

A `Workshop` holds what a process sets up once (library, composer, writers) and does two
things, each returning a value and keeping nothing: `compose(unit)` gives the unit's
Composed value (its Document, coverage, dependencies and warnings), and `write(composed,
...)` writes the unit's files in the formats asked for. The build composes every unit it
needs first, decides from the coverage what is published and what each page's language
switcher lists, and only then writes. For `-j N` the same two steps run in worker
processes; a forked worker finds its process's workshop set up already (`_local`, read only
inside the worker functions at the end of this module, never by the parent).
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .. import model as m
from ..compose.composer import Composed, Composer
from ..errors import BriefingsError, Problem
from ..project import NAMES
from ..safefs import write_atomic
from ..site.pages import Site, human_size
from ..sources.library import Library, load_library
from ..writers import WriteContext
from ..writers.html import Page
from ..writers.registry import FORMATS, ordered
from .fingerprint import content_hash

Unit = tuple[str, str, str]


@dataclass(frozen=True)
class Packed:
    """A composed Document set aside from composing to writing, compressed in a file of the
    build's staging folder (a 1 224-document pack would otherwise be held in memory whole).
    Its header and labels stay at hand; the pickle is our own, written by this build."""

    meta: m.Meta
    labels: Mapping[str, str]
    path: str

    @classmethod
    def of(cls, doc: m.Document, spool: str, unit: Unit) -> Packed:
        path = os.path.join(spool, "-".join(unit) + ".pickle.z")
        with open(path, "wb") as fh:
            fh.write(zlib.compress(pickle.dumps(doc, protocol=5), 1))
        return cls(doc.meta, doc.labels, path)

    def unpack(self) -> m.Document:
        with open(self.path, "rb") as fh:
            doc = pickle.loads(zlib.decompress(fh.read()))
        os.unlink(self.path)
        if not isinstance(doc, m.Document):  # our own file of this build: never happens
            raise TypeError(f"{self.path} does not hold a Document")
        return doc


AnyComposed = Composed[m.Document] | Composed[Packed]


@dataclass
class Composition:
    """What composing a unit gave: the value, or the problems that stopped it (picklable)."""

    unit: Unit
    composed: AnyComposed | None = None
    errors: list[Problem] = field(default_factory=list)


@dataclass
class Written:
    """What writing a unit's files gave (picklable, sent back from workers)."""

    unit: Unit
    sizes: dict[str, int] = field(default_factory=dict)  # format -> bytes written
    hashes: dict[str, str] = field(default_factory=dict)  # format -> content hash written
    errors: list[Problem] = field(default_factory=list)


def epoch_problem(epoch: str | None) -> str | None:
    """Why SOURCE_DATE_EPOCH cannot be used (it must be seconds since 1970 up to 2107), or None."""
    if not epoch:
        return None
    if not epoch.strip().isdigit() or int(epoch) > 4354819199:
        return (
            f"SOURCE_DATE_EPOCH must be a number of seconds between 0 and 4354819199 "
            f"(1970-2107), got {epoch[:30]!r}"
        )
    return None


def source_date(pack_date: dt.date) -> dt.datetime:
    """SOURCE_DATE_EPOCH when set, else the pack's own date: never the wall clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and not epoch_problem(epoch):
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).replace(tzinfo=None)
    return dt.datetime.combine(pack_date, dt.time())


class Workshop:
    """What one process sets up once to compose and write many units."""

    def __init__(self, lib: Library, formats: tuple[str, ...], base_url: str | None = None):
        self.lib = lib
        self.formats = tuple(formats)
        self.base_url = base_url
        self.composer = Composer(lib)
        self.site = Site(lib.layout.layouts, base_url)
        self.writers = {f: FORMATS[f].setup(lib.root, lib) for f in ordered(formats)}

    def compose(self, unit: Unit, spool: str | None = None) -> Composition:
        """`spool`: a folder to set the Document aside in until it is written (else it stays
        in the value)."""
        pack_id, doc_id, lang = unit
        pack = self.lib.packs[pack_id]
        pdoc = next(d for d in pack.documents if d.id == doc_id)
        try:
            composed = self.composer.compose(pack, pdoc, lang)
            if spool is None:
                return Composition(unit, composed)
            return Composition(
                unit, composed.with_document(Packed.of(composed.document, spool, unit))
            )
        except BriefingsError as exc:
            return Composition(unit, errors=list(exc.problems))

    def page(
        self,
        unit: Unit,
        sizes: dict[str, int],
        available: dict[str, int],
        labels: Mapping[str, str],
    ) -> Page:
        """The web page's place: downloads beside it, the languages it is published in."""
        pack_id, doc_id, lang = unit
        downloads = tuple(
            (f"{labels[key]} ({f.upper()})", f"{doc_id}.{f}", human_size(sizes[f]))
            for f in ordered(sizes)
            if (key := FORMATS[f].download)
        )
        return Page(
            root="../../",
            index_href="index.html",
            downloads=downloads,
            alternates=self.site.alternates(
                pack_id, available, available, lang, f"{doc_id}.html", "../"
            ),
            canonical=self.site.url(f"{pack_id}/{lang}/{doc_id}.html"),
        )

    def write(
        self,
        composed: AnyComposed,
        staging: str,
        formats: tuple[str, ...],
        available: dict[str, int],
        kept: dict[str, int] | None = None,
    ) -> Written:
        """Write the unit's files in `formats`; `available` maps each language the document is
        published in to its coverage (the page's language switcher); `kept` gives the sizes of
        the unit's files kept from the published site (the page links them)."""
        unit, held = composed.unit, composed.document
        doc = held.unpack() if isinstance(held, Packed) else held
        pack_id, doc_id, lang = unit
        pack = self.lib.packs[pack_id]
        folder = Path(staging) / pack_id / lang
        folder.mkdir(parents=True, exist_ok=True)
        out = Written(unit)
        when = source_date(pack.publication_date)
        for fmt in ordered(formats):
            page = (
                self.page(unit, {**(kept or {}), **out.sizes}, available, doc.labels)
                if fmt == "html"
                else None
            )
            ctx = WriteContext(when, page, coverage=composed.coverage)
            try:
                data = self.writers[fmt].write(doc, ctx)
            except BriefingsError as exc:
                out.errors.extend(exc.problems)
                return out
            except Exception as exc:  # the PDF engine's own failure: one line
                from ..writers.pdf import PdfError

                if fmt != "pdf" or not isinstance(exc, PdfError):
                    raise
                pdoc = next(d for d in pack.documents if d.id == doc_id)
                out.errors.append(
                    Problem(
                        f"PDF not written: {exc}",
                        file=NAMES.template(pdoc.template).as_posix(),
                        entry=f"{pack_id}/{lang}/{doc_id}",
                    )
                )
                return out
            write_atomic(folder / f"{doc_id}.{fmt}", data)
            out.sizes[fmt] = len(data)
            out.hashes[fmt] = content_hash(data)
        return out


# --- worker processes -------------------------------------------------------------

_local: dict[str, Workshop] = {}


def start(workshop: Workshop) -> None:
    """In the parent, before the pool forks: each worker inherits this process's workshop."""
    _local["workshop"] = workshop


def init(root: str, formats: tuple[str, ...], base_url: str | None) -> None:
    """A worker's initializer: a forked worker has its workshop already; another sets one up."""
    shop = _local.get("workshop")
    if shop is None or str(shop.lib.root) != root or shop.formats != tuple(formats):
        _local["workshop"] = Workshop(load_library(Path(root)), formats, base_url)


def compose_task(unit: Unit, spool: str | None = None) -> Composition:
    return _local["workshop"].compose(unit, spool)


def write_task(
    composed: AnyComposed,
    staging: str,
    formats: tuple[str, ...],
    available: dict[str, int],
    kept: dict[str, int],
) -> Written:
    return _local["workshop"].write(composed, staging, formats, available, kept)
