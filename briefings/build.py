"""The straight-line build: load and check everything, write into staging, then publish.

Nothing is written to the output folder until every document has been built; the new
site replaces the old one by renaming, so a failed or killed build leaves the
previously published site as it was.
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import multiprocessing
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from .compose import Composer
from .errors import BriefingsError, Problem, Problems, did_you_mean
from .languages import BY_CODE, protocol_sorted
from .publish import Publisher
from .site import Built, Site, human_size
from .sources import Library, load_library
from .writers.docx import DocxWriter
from .writers.html import HtmlWriter, Page
from .writers.md import write_markdown

FORMATS = ("html", "docx", "md")


@dataclass
class Options:
    root: Path
    out: Path
    packs: list[str] | None = None
    langs: list[str] | None = None
    formats: tuple[str, ...] = ("html", "docx")
    jobs: int = 1
    strict: bool = False
    base_url: str | None = None


@dataclass
class Report:
    outputs: int = 0
    units: int = 0
    seconds: float = 0.0
    out: Path | None = None
    warnings: list[Problem] = field(default_factory=list)


def source_date(pack_date: dt.date) -> dt.datetime:
    """SOURCE_DATE_EPOCH when set, else the pack's own date: never the wall clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).replace(tzinfo=None)
    return dt.datetime.combine(pack_date, dt.time())


def select(lib: Library, opts: Options) -> list[tuple[str, str, str]]:
    """(pack, document, language) units to build; unknown names are usage problems."""
    problems = Problems()
    packs = opts.packs or sorted(lib.packs)
    for p in packs:
        if p not in lib.packs:
            problems.add(f"unknown pack '{p}'{did_you_mean(p, lib.packs)}", entry="--pack")
    for lang in opts.langs or []:
        if lang not in BY_CODE:
            problems.add(f"unknown language code '{lang}'{did_you_mean(lang, BY_CODE)}", entry="--lang")
    problems.raise_errors()
    units = []
    for p in packs:
        pack = lib.packs[p]
        langs = [lang for lang in protocol_sorted(pack.languages) if not opts.langs or lang in opts.langs]
        for doc in pack.documents:
            units.extend((p, doc.id, lang) for lang in langs)
    if not units:
        have = "; ".join(f"{p}: {' '.join(lib.packs[p].languages)}" for p in packs)
        raise BriefingsError(Problem(f"nothing to build: no pack has the language(s) {', '.join(opts.langs or [])} "
                                     f"(add them to the pack's `languages`; packs have {have})", entry="--lang"))
    return units


# --- one unit of work (runs in a worker process when -j > 1) --------------------------

_worker: dict = {}


def _setup(root: str, formats: tuple[str, ...]):
    lib = load_library(Path(root))
    _worker.update(lib=lib, composer=Composer(lib), formats=formats,
                   html=_html_writer(lib.root) if "html" in formats else None,
                   docx=_docx_writer(lib.root) if "docx" in formats else None)


def _html_writer(root: Path) -> HtmlWriter:
    import jinja2
    folder = root / "templates" / "html"
    try:
        return HtmlWriter(folder)
    except jinja2.TemplateNotFound as exc:
        raise BriefingsError(Problem("layout missing", file=f"templates/html/{exc.name}"))
    except jinja2.TemplateSyntaxError as exc:
        raise BriefingsError(Problem(f"layout syntax: {exc.message}",
                                     file=f"templates/html/{exc.name or 'briefing.html'}", line=exc.lineno))


def _docx_writer(root: Path) -> DocxWriter:
    path = root / "templates" / "docx" / "reference.docx"
    file = "templates/docx/reference.docx"
    if not path.is_file():
        raise BriefingsError(Problem("reference document missing (regenerate it with `make reference`)", file=file))
    problem = DocxWriter.check_reference(path)
    if problem:
        raise BriefingsError(Problem(problem, file=file))
    return DocxWriter(path)


def _build_unit(unit: tuple[str, str, str], staging: str, langs_complete: dict | None = None):
    pack_id, doc_id, lang = unit
    lib, composer = _worker["lib"], _worker["composer"]
    pack = lib.packs[pack_id]
    pdoc = next(d for d in pack.documents if d.id == doc_id)
    try:
        composed = composer.compose(pack, pdoc, lang)
    except BriefingsError as exc:
        return unit, None, exc.problems, list(composer.problems.items)
    doc = composed.document
    folder = Path(staging) / pack_id / lang
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    when = source_date(pack.publication_date)
    if "docx" in _worker["formats"]:
        data = _worker["docx"].write(doc, when)
        (folder / f"{doc_id}.docx").write_bytes(data)
        written["docx"] = len(data)
    if "md" in _worker["formats"]:
        data = write_markdown(doc, composed.markdown)
        (folder / f"{doc_id}.md").write_bytes(data)
        written["md"] = len(data)
    built = Built(pack_id, doc_id, lang, doc.meta.title, doc.labels[pdoc.product],
                  doc.meta.fallback == 0, tuple(written))
    return unit, (built, doc, written), [], list(composer.problems.items)


def _write_html(unit, doc, written, staging: Path, site: Site, complete: dict, pack):
    pack_id, doc_id, lang = unit
    downloads = []
    labels = doc.labels
    if "docx" in written:
        downloads.append((f"{labels['Word document']} (DOCX)", f"{doc_id}.docx", human_size(written["docx"])))
    page = Page(root="../../", index_href="index.html", downloads=tuple(downloads),
                alternates=site.alternates(pack_id, pack.languages, complete, lang, f"{doc_id}.html", "../"),
                canonical=site.url(f"{pack_id}/{lang}/{doc_id}.html"))
    data = _worker["html"].write(doc, page)
    (staging / pack_id / lang / f"{doc_id}.html").write_bytes(data)


def build(opts: Options, progress=None) -> Report:
    """Build everything asked for; raise BriefingsError (all problems) and publish nothing on error."""
    started = time.perf_counter()
    lib = load_library(opts.root)
    units = select(lib, opts)
    publisher = Publisher(opts.out)
    report = Report(out=opts.out)
    with publisher.staging() as staging:
        results, problems, warnings = _run_units(units, opts, staging, progress)
        if problems:
            raise BriefingsError(_dedupe(problems))
        warnings = _dedupe(warnings)
        if opts.strict:
            strict = [Problem(p.message, p.file, p.line, p.entry, p.field) for p in warnings]
            strict += _coverage_failures(lib, results)
            if strict:
                raise BriefingsError(strict)
        report.warnings = warnings
        report.outputs = _write_site(lib, opts, staging, results)
        report.units = len(results)
        publisher.publish()
    report.seconds = time.perf_counter() - started
    return report


def _run_units(units, opts: Options, staging: Path, progress):
    results, problems, warnings = [], [], []
    def take(res):
        unit, built, errs, found = res
        problems.extend(errs)
        problems.extend(p for p in found if p.level == "error")
        warnings.extend(p for p in found if p.level != "error")
        if built:
            results.append((unit, built))
        if progress:
            progress(unit)
    jobs = max(1, min(opts.jobs, len(units)))
    _setup(str(opts.root), opts.formats)     # in this process first: set-up errors surface once
    if jobs == 1:
        for unit in units:
            take(_build_unit(unit, str(staging)))
    else:
        ctx = multiprocessing.get_context("fork")
        with cf.ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_setup,
                                    initargs=(str(opts.root), opts.formats)) as pool:
            for res in pool.map(_build_unit, units, [str(staging)] * len(units), chunksize=4):
                take(res)
    order = {u: i for i, u in enumerate(units)}
    results.sort(key=lambda r: order[r[0]])
    return results, problems, warnings


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def _coverage_failures(lib: Library, results) -> list[Problem]:
    out = []
    totals: dict[tuple[str, str], list[int]] = {}
    for (pack, _doc, lang), (_built, doc, _w) in results:
        t = totals.setdefault((pack, lang), [0, 0])
        t[0] += doc.meta.translated
        t[1] += doc.meta.fallback
    for (pack, lang), (done, missing) in totals.items():
        need = lib.packs[pack].coverage_threshold
        pct = 100 * done / (done + missing) if done + missing else 100
        if pct < need:
            out.append(Problem(f"translation coverage {pct:.0f} % is below the pack's threshold of {need} % "
                               "(--strict)", entry=f"pack '{pack}' language '{lang}'"))
    return out


def _write_site(lib: Library, opts: Options, staging: Path, results) -> int:
    """Pages around the documents: HTML documents (they link their siblings), indexes, sitemap."""
    site = Site(lib.root / "templates" / "html", opts.base_url)
    complete: dict[tuple[str, str], bool] = {}
    for (pack, _doc, lang), (built, _doc_obj, _w) in results:
        complete[(pack, lang)] = complete.get((pack, lang), True) and built.complete
    count = 0
    sitemap = []
    by_pack_lang: dict[tuple[str, str], list] = {}
    for unit, (built, doc, written) in results:
        pack = lib.packs[unit[0]]
        pack_complete = {lang: complete.get((pack.id, lang), True) for lang in pack.languages}
        if "html" in opts.formats:
            _write_html(unit, doc, written, staging, site, pack_complete, pack)
            count += 1
            langs = [lang for lang in protocol_sorted(pack.languages) if (pack.id, lang) in complete]
            sitemap.append((f"{pack.id}/{unit[2]}/{unit[1]}.html",
                            [(lang, f"{pack.id}/{lang}/{unit[1]}.html") for lang in langs]))
        count += len(written)
        by_pack_lang.setdefault((pack.id, unit[2]), []).append((built, doc, written))
    home_labels = None
    packs_listing = []
    for pack_id in sorted({p for p, _ in by_pack_lang}):
        pack = lib.packs[pack_id]
        langs = [lang for lang in protocol_sorted(pack.languages) if (pack_id, lang) in by_pack_lang]
        pack_complete = {lang: complete.get((pack_id, lang), True) for lang in pack.languages}
        for lang in langs:
            entries = by_pack_lang[(pack_id, lang)]
            labels = entries[0][1].labels
            if lang == "en" or home_labels is None:
                home_labels = labels if lang == "en" or home_labels is None else home_labels
            docs = []
            for built, doc, written in entries:
                downloads = []
                if "docx" in written:
                    downloads.append((f"{labels['Word document']} (DOCX)", f"{built.document}.docx",
                                      human_size(written["docx"])))
                docs.append({"title": built.title, "href": f"{built.document}.html" if "html" in opts.formats
                             else f"{built.document}.docx", "product": built.product,
                             "complete": built.complete, "downloads": downloads})
            if "html" in opts.formats:
                (staging / pack_id / lang / "index.html").write_bytes(
                    site.pack_index(pack, lang, labels, docs, pack_complete))
                count += 1
                sitemap.append((f"{pack_id}/{lang}/index.html",
                                [(x, f"{pack_id}/{x}/index.html") for x in langs]))
        en = by_pack_lang.get((pack_id, "en")) or by_pack_lang[(pack_id, langs[0])]
        packs_listing.append({
            "title": en[0][1].labels["pack_title"],
            "event": f"{pack.event.name}, {pack.event.place}, {en[0][1].labels['event_date']}",
            "languages": [{"lang": lang, "native": BY_CODE[lang].native, "href": f"{pack_id}/{lang}/index.html",
                           "complete": pack_complete[lang]} for lang in langs]})
    if "html" in opts.formats and home_labels is not None:
        (staging / "index.html").write_bytes(site.home(packs_listing, home_labels))
        (staging / "404.html").write_bytes(site.simple("404.html", home_labels))
        (staging / "accessibility.html").write_bytes(site.simple("accessibility.html", home_labels))
        sitemap[:0] = [("index.html", []), ("accessibility.html", [])]
        (staging / "sitemap.xml").write_bytes(site.sitemap(sitemap))
        assets = staging / "assets"
        assets.mkdir(exist_ok=True)
        shutil.copyfile(lib.root / "templates" / "html" / "briefings.css", assets / "briefings.css")
        count += 5
    return count
