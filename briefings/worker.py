"""One unit of work, (pack, document, language) to files: compose, then write DOCX, PDF and Markdown.

Runs in worker processes for `-j N`; each sets up its library, templates, catalogues and
writers once (`setup`) and then builds many units.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from .compose import Composer
from .fingerprint import content_hash
from .errors import BriefingsError, Problem, rel
from .sources import load_library
from .writers.docx import DocxWriter
from .site import Site, human_size
from .writers.html import HtmlWriter, Page
from .writers.md import write_markdown

_state: dict = {}


@dataclass
class UnitResult:
    """What the build needs to know of one built unit (picklable, sent back from workers)."""

    unit: tuple[str, str, str]
    title: str = ""
    product: str = ""
    complete: bool = True
    translated: int = 0
    fallback: int = 0
    sizes: dict = field(default_factory=dict)           # format -> bytes written
    hashes: dict = field(default_factory=dict)          # format -> content hash of what was written
    deps: dict = field(default_factory=dict)            # facts, terms, glossary used
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    labels: dict | None = None                          # the language's interface text, for site pages


def epoch_problem(epoch: str | None) -> str | None:
    """Why SOURCE_DATE_EPOCH cannot be used (it must be seconds since 1970 up to 2107), or None."""
    if not epoch:
        return None
    if not epoch.strip().isdigit() or int(epoch) > 4354819199:
        return (f"SOURCE_DATE_EPOCH must be a number of seconds between 0 and 4354819199 "
                f"(1970-2107), got {epoch[:30]!r}")
    return None


def source_date(pack_date: dt.date) -> dt.datetime:
    """SOURCE_DATE_EPOCH when set, else the pack's own date: never the wall clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and not epoch_problem(epoch):
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).replace(tzinfo=None)
    return dt.datetime.combine(pack_date, dt.time())


def setup(root: str, formats: tuple[str, ...], lib=None, base_url: str | None = None) -> None:
    """Once per process. A forked worker finds it done already (the parent's state is copied)."""
    if lib is None and _state.get("root") == root and _state.get("formats") == formats:
        return
    lib = lib or load_library(Path(root))
    _state.update(lib=lib, composer=Composer(lib), formats=formats, root=root,
                  site=Site(lib.root / "templates" / "html", base_url),
                  html=html_writer(lib.root) if "html" in formats else None,
                  docx=docx_writer(lib.root, lib) if "docx" in formats else None,
                  pdf=pdf_writer(lib.root, lib) if "pdf" in formats else None)


def html_page(unit, sizes: dict, complete: dict, labels) -> Page:
    pack_id, doc_id, lang = unit
    pack = _state["lib"].packs[pack_id]
    site = _state["site"]
    downloads = []
    if "docx" in sizes:
        downloads.append((f"{labels['Word document']} (DOCX)", f"{doc_id}.docx", human_size(sizes["docx"])))
    if "pdf" in sizes:
        downloads.append((f"{labels['PDF document']} (PDF)", f"{doc_id}.pdf", human_size(sizes["pdf"])))
    return Page(root="../../", index_href="index.html", downloads=tuple(downloads),
                alternates=site.alternates(pack_id, pack.languages, complete, lang, f"{doc_id}.html", "../"),
                canonical=site.url(f"{pack_id}/{lang}/{doc_id}.html"))


def state() -> dict:
    return _state


def html_writer(root: Path) -> HtmlWriter:
    import jinja2
    from .safefs import UnsafeFile, check_file, walk_files
    for path in walk_files(root / "templates" / "html"):       # layouts: regular files inside the project
        try:
            check_file(path, root)
        except UnsafeFile as exc:
            raise BriefingsError(Problem(f"cannot read layout: {exc.reason}", file=rel(path, root)))
    try:
        return HtmlWriter(root / "templates" / "html")
    except jinja2.TemplateNotFound as exc:
        raise BriefingsError(Problem("layout missing", file=f"templates/html/{exc.name}"))
    except jinja2.TemplateSyntaxError as exc:
        raise BriefingsError(Problem(f"layout syntax: {exc.message}",
                                     file=f"templates/html/{exc.name or 'briefing.html'}", line=exc.lineno))


def docx_writer(root: Path, lib=None) -> DocxWriter:
    path = root / "templates" / "docx" / "reference.docx"
    file = "templates/docx/reference.docx"
    if not os.path.lexists(path):
        raise BriefingsError(Problem("reference document missing (regenerate it with `make reference`)", file=file))
    from .safefs import UnsafeFile, check_file
    try:
        check_file(path, root)
    except UnsafeFile as exc:
        raise BriefingsError(Problem(f"cannot read the reference document: {exc.reason}", file=file))
    problem = DocxWriter.check_reference(path)
    if problem:
        raise BriefingsError(Problem(problem, file=file))
    house = lib.house if lib is not None else None
    logo = house.profile.logo if house else None
    png = (root / logo.word_image).read_bytes() if logo and logo.word_image else None
    return DocxWriter(path, png)


def pdf_writer(root: Path, lib=None):
    from .writers.pdf import Logo, PdfWriter     # Typst loads only in the writer's compile server
    house = lib.house if lib is not None else None
    logo = house.profile.logo if house else None
    if logo is None:
        return PdfWriter()
    name = logo.file if logo.file.endswith(".svg") else logo.word_image      # vector where there is one
    return PdfWriter(logo=Logo((root / name).read_bytes(), name.rsplit(".", 1)[1]))


def _write(path: Path, data: bytes) -> None:
    """A new file, never an overwrite in place: staging may hold hard links to the
    published site, and writing through one would change the live file."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def build_unit(unit: tuple[str, str, str], staging: str, complete: dict[str, bool],
               formats: tuple[str, ...] | None = None, kept: dict[str, int] | None = None) -> UnitResult:
    """Compose one unit and write its files in `formats` (default: all set up); `complete` is
    the pack's language map, predicted before the build, for the page's language switcher;
    `kept` gives the sizes of the unit's files kept from the published site (the page links them)."""
    pack_id, doc_id, lang = unit
    lib, composer = _state["lib"], _state["composer"]
    pack = lib.packs[pack_id]
    pdoc = next(d for d in pack.documents if d.id == doc_id)
    before = len(composer.problems.items)
    try:
        composed = composer.compose(pack, pdoc, lang)
    except BriefingsError as exc:
        return UnitResult(unit, errors=exc.problems, warnings=composer.problems.items[before:])
    doc = composed.document
    folder = Path(staging) / pack_id / lang
    folder.mkdir(parents=True, exist_ok=True)
    formats = _state["formats"] if formats is None else formats
    sizes, hashes = {}, {}

    def put(fmt: str, data: bytes) -> None:
        _write(folder / f"{doc_id}.{fmt}", data)
        sizes[fmt] = len(data)
        hashes[fmt] = content_hash(data)
    if "docx" in formats:
        put("docx", _state["docx"].write(doc, source_date(pack.publication_date)))
    if "pdf" in formats:
        from .writers import WriteContext
        from .writers.pdf import PdfError
        try:
            put("pdf", _state["pdf"].write(doc, WriteContext(when=source_date(pack.publication_date))))
        except PdfError as exc:
            problem = Problem(f"PDF not written: {exc}", file=f"templates/briefings/{pdoc.template}.md",
                              entry=f"{pack_id}/{lang}/{doc_id}")
            return UnitResult(unit, errors=[problem], warnings=composer.problems.items[before:])
    if "md" in formats:
        put("md", write_markdown(doc, composed.markdown, composed.rendered.footnotes, composed.figures))
    if "html" in formats:
        page = html_page(unit, {**(kept or {}), **sizes}, complete, doc.labels)
        put("html", _state["html"].write(doc, page))
    r = composed.rendered
    deps = {"facts": sorted(r.facts), "terms": sorted(r.terms), "glossary": r.whole_glossary}
    found = composer.problems.items[before:]
    return UnitResult(unit, doc.meta.title, doc.labels[pdoc.product], doc.meta.fallback == 0,
                      doc.meta.translated, doc.meta.fallback, sizes, hashes, deps, labels=dict(doc.labels),
                      errors=[p for p in found if p.level == "error"],
                      warnings=[p for p in found if p.level != "error"])
