"""The straight-line build: load and check everything, write into staging, then publish.

Nothing is written to the output folder until every document has been built; the new
site replaces the old one by renaming, so a failed or killed build leaves the
previously published site as it was. Units whose inputs did not change are taken from
the published site as they are (hard links), so a small change costs little.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import worker
from .errors import BriefingsError, Problem, Problems, did_you_mean
from .fingerprint import fingerprint
from .incremental import Inputs, load_manifest, save_manifest, unit_name
from .languages import BY_CODE, protocol_sorted
from .publish import Publisher
from .site import write_site
from .sources import Library, load_library
from .writers.html import Page

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

    def fingerprint_options(self) -> dict:
        """What, besides the input files, decides the output (for the no-change check)."""
        return {"packs": self.packs, "langs": self.langs, "formats": list(self.formats),
                "base_url": self.base_url, "out": str(self.out.resolve())}


@dataclass
class Report:
    units: int = 0
    built: int = 0
    outputs: int = 0
    seconds: float = 0.0
    out: Path | None = None
    warnings: list[Problem] = field(default_factory=list)
    stages: dict = field(default_factory=dict)


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


def _files(unit, formats) -> list[str]:
    pack, doc, lang = unit
    return [f"{pack}/{lang}/{doc}.{fmt}" for fmt in formats]


def _dedupe(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


class _Run:
    """One build: decides what is stale, builds it, links the rest, writes the site."""

    def __init__(self, opts: Options, progress):
        self.opts, self.progress = opts, progress
        self.done = self.total = 0
        self.stages = {"load": 0.0, "units": 0.0, "html": 0.0, "site": 0.0, "publish": 0.0}

    def timed(self, stage: str, started: float) -> float:
        now = time.perf_counter()
        self.stages[stage] += now - started
        return now

    def run(self) -> Report:
        opts = self.opts
        t = time.perf_counter()
        lib = load_library(opts.root)
        units = select(lib, opts)
        worker.setup(str(opts.root), opts.formats)       # here first: set-up errors surface once
        inputs = Inputs(lib, opts.formats, opts.base_url)
        old = load_manifest(opts.out)
        old_units = old.get("units", {}) if old.get("formats") == list(opts.formats) else {}
        t = self.timed("load", t)
        report = Report(out=opts.out, units=len(units))
        self.total = len(units)
        publisher = Publisher(opts.out)
        with publisher.staging() as staging:
            records, results, warnings = self.build_units(lib, units, inputs, old_units, staging)
            report.built = len(results)
            t = self.timed("units", t)
            if opts.strict:
                strict = [Problem(p.message, p.file, p.line, p.entry, p.field) for p in warnings]
                strict += _coverage_failures(lib, records)
                if strict:
                    raise BriefingsError(strict)
            report.warnings = warnings
            files = self.write_html(lib, units, records, results, staging)
            t = self.timed("html", t)
            files += write_site(lib, opts, staging, units, records, worker.state()["composer"])
            t = self.timed("site", t)
            report.outputs = len(files)
            publisher.publish()
            save_manifest(opts.out, {"fingerprint": fingerprint(opts.root, opts.fingerprint_options()),
                                     "formats": list(opts.formats), "units": records, "files": sorted(files)})
            self.timed("publish", t)
        report.stages = self.stages
        return report

    def build_units(self, lib, units, inputs: Inputs, old_units: dict, staging: Path):
        """Stale units are built; fresh ones are linked from the published site."""
        records: dict[str, dict] = {}
        stale = []
        for unit in units:
            rec = old_units.get(unit_name(unit))
            if rec and rec["key"] == inputs.key(unit, rec["deps"]) and self._link(unit, staging):
                records[unit_name(unit)] = rec
                self.tick(unit)
            else:
                stale.append(unit)
        results, errors, warnings = self._build(stale, staging)
        # A unit's page lists which languages are complete: if that changed for a pack,
        # its fresh pages are stale too (rare: a translation was finished or lost).
        changed = {u[0] for u in stale if old_units.get(unit_name(u), {}).get("complete")
                   != (results[u].complete if u in results else None)}
        again = [u for u in units if u[0] in changed and u not in results and unit_name(u) in records]
        if again:
            more, e2, w2 = self._build(again, staging)
            results.update(more)
            errors += e2
            warnings += w2
        if errors:
            raise BriefingsError(_dedupe(errors))
        for unit, res in results.items():
            records[unit_name(unit)] = {
                "key": inputs.key(unit, res.deps), "deps": res.deps, "title": res.title,
                "product": res.product, "complete": res.complete, "translated": res.translated,
                "fallback": res.fallback, "sizes": res.sizes}
        return records, results, _dedupe(warnings)

    def _link(self, unit, staging: Path) -> bool:
        """Hard-link a fresh unit's published files into staging (copy where links fail)."""
        names = _files(unit, self.opts.formats)
        sources = [self.opts.out / n for n in names]
        if not all(s.is_file() for s in sources):
            return False
        for name, src in zip(names, sources):
            dst = staging / name
            dst.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(src, dst)
            except OSError:
                shutil.copy2(src, dst)
        return True

    def _build(self, units, staging: Path):
        results, errors, warnings = {}, [], []
        def take(res: worker.UnitResult):
            errors.extend(res.errors)
            warnings.extend(res.warnings)
            if not res.errors:
                results[res.unit] = res
            self.tick(res.unit)
        jobs = max(1, min(self.opts.jobs, len(units)))
        if jobs == 1:
            for unit in units:
                take(worker.build_unit(unit, str(staging)))
        elif units:
            ctx = multiprocessing.get_context("fork")
            with cf.ProcessPoolExecutor(jobs, mp_context=ctx, initializer=worker.setup,
                                        initargs=(str(self.opts.root), self.opts.formats)) as pool:
                chunk = max(1, min(8, len(units) // (jobs * 4)))
                for res in pool.map(worker.build_unit, units, [str(staging)] * len(units), chunksize=chunk):
                    take(res)
        return results, errors, warnings

    def tick(self, unit):
        self.done += 1
        if self.progress:
            self.progress(unit, self.done, self.total)

    def write_html(self, lib, units, records, results, staging: Path) -> list[str]:
        """HTML pages of the units built now (fresh ones were linked); returns every unit file."""
        files = []
        html = worker.state()["html"]
        for unit in units:
            pack_id, doc_id, lang = unit
            files += [n for n in _files(unit, self.opts.formats) if not n.endswith(".html")]
            if html is None:
                continue
            files.append(f"{pack_id}/{lang}/{doc_id}.html")
            res = results.get(unit)
            if res is None:
                continue
            pack = lib.packs[pack_id]
            complete = {l: records.get(unit_name((pack_id, doc_id, l)), {}).get("complete", True)
                        for l in pack.languages}
            page = _page(unit, res, complete, pack, self.opts)
            (staging / pack_id / lang / f"{doc_id}.html").write_bytes(html.write(res.document, page))
        return files


def _page(unit, res: worker.UnitResult, complete: dict, pack, opts: Options) -> Page:
    from .site import Site, human_size
    pack_id, doc_id, lang = unit
    labels = res.document.labels
    downloads = []
    if "docx" in res.sizes:
        downloads.append((f"{labels['Word document']} (DOCX)", f"{doc_id}.docx", human_size(res.sizes["docx"])))
    site = Site(opts.root / "templates" / "html", opts.base_url)
    return Page(root="../../", index_href="index.html", downloads=tuple(downloads),
                alternates=site.alternates(pack_id, pack.languages, complete, lang, f"{doc_id}.html", "../"),
                canonical=site.url(f"{pack_id}/{lang}/{doc_id}.html"))


def _coverage_failures(lib: Library, records: dict) -> list[Problem]:
    out, totals = [], {}
    for name, rec in records.items():
        pack, _doc, lang = name.split("/")
        t = totals.setdefault((pack, lang), [0, 0])
        t[0] += rec["translated"]
        t[1] += rec["fallback"]
    for (pack, lang), (done, missing) in sorted(totals.items()):
        need = lib.packs[pack].coverage_threshold
        pct = 100 * done / (done + missing) if done + missing else 100
        if pct < need:
            out.append(Problem(f"translation coverage {pct:.0f} % is below the pack's threshold of {need} % "
                               "(--strict)", entry=f"pack '{pack}' language '{lang}'"))
    return out


def build(opts: Options, progress=None) -> Report:
    """Build everything asked for; raise BriefingsError (all problems) and publish nothing on error."""
    started = time.perf_counter()
    report = _Run(opts, progress).run()
    report.seconds = time.perf_counter() - started
    return report
