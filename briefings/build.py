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
from .errors import BriefingsError, Problem, Problems, UsageError, did_you_mean
from .fingerprint import build_options, fingerprint, manifest_path
from .incremental import Inputs, load_manifest, save_manifest, unit_name
from .labels import Labels
from .languages import BY_CODE, protocol_sorted
from .publish import Publisher
from .site import write_site
from .sources import Library, load_library

@dataclass
class Options:
    root: Path
    out: Path
    packs: list[str] | None = None
    langs: list[str] | None = None
    formats: tuple[str, ...] = ("html", "docx", "pdf")
    jobs: int = 1
    strict: bool = False
    base_url: str | None = None

    def fingerprint_options(self) -> dict:
        return build_options(self.packs, self.langs, self.formats, self.base_url, self.out)


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
    if problems.errors:
        raise UsageError(problems.errors)
    units = []
    for p in packs:
        pack = lib.packs[p]
        langs = [lang for lang in protocol_sorted(pack.languages) if not opts.langs or lang in opts.langs]
        for lang in langs:           # language by language: a worker holds one language's data at a time
            units.extend((p, doc.id, lang) for doc in pack.documents)
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
        self.rebuilt: set = set()
        self.ticked: set = set()
        self.labels: dict = {}            # (pack, lang) -> interface text, as workers computed it
        self.stages = {"load": 0.0, "units": 0.0, "site": 0.0, "publish": 0.0}

    def timed(self, stage: str, started: float) -> float:
        now = time.perf_counter()
        self.stages[stage] += now - started
        return now

    def run(self) -> Report:
        opts = self.opts
        t = time.perf_counter()
        printed = fingerprint(opts.root, opts.fingerprint_options())    # before reading: a file saved mid-build
        lib = load_library(opts.root)                                   # then makes the next build run again
        units = select(lib, opts)
        worker.setup(str(opts.root), opts.formats, lib, opts.base_url)   # set-up errors surface once
        inputs = Inputs(lib, opts.formats, opts.base_url)
        t = self.timed("load", t)
        report = Report(out=opts.out, units=len(units))
        self.total = len(units)
        publisher = Publisher(opts.out)
        with publisher.staging() as staging:
            old = load_manifest(opts.out)                  # under the lock: the site it describes
            records, maps, warnings = self.build_units(lib, units, inputs, old, staging)
            report.built = len(self.rebuilt)
            t = self.timed("units", t)
            if opts.strict:
                strict = [Problem(p.message, p.file, p.line, p.entry, p.field) for p in warnings]
                strict += _coverage_failures(lib, records)
                if strict:
                    raise BriefingsError(strict)
            report.warnings = warnings
            files = [n for u in units for n in _files(u, opts.formats)]
            composer = worker.state()["composer"]
            def labels(pack, lang):
                found = self.labels.get((pack.id, lang))
                return Labels(found) if found is not None else composer.labels(pack, lang)
            files += write_site(lib, opts, staging, units, records, labels, maps)
            t = self.timed("site", t)
            report.outputs = len(files)
            manifest_path(opts.out).unlink(missing_ok=True)    # killed before the next line: a full
            publisher.publish()                                 # rebuild next time, never a stale reuse
            save_manifest(opts.out, {"fingerprint": printed,
                                     "formats": list(opts.formats), "units": records, "complete": maps,
                                     "files": sorted(files)})
            self.timed("publish", t)
        report.stages = self.stages
        return report

    def build_units(self, lib, units, inputs: Inputs, old: dict, staging: Path):
        """Stale units are built; fresh ones are linked from the published site.

        Each page's language switcher shows which languages are complete. New pages are
        written with a map predicted from the catalogues, linked pages carry the map of
        the build that wrote them; any page whose map differs from the actual one (known
        once every unit is built) is written again in a second pass.
        """
        composer = worker.state()["composer"]
        langs = {}
        for pack_id, _doc, lang in units:
            langs.setdefault(pack_id, []).append(lang)
        maps = {p: {lang: composer.predict_complete(lib.packs[p], lang) for lang in dict.fromkeys(ls)}
                for p, ls in langs.items()}
        loaded = composer.problems.items            # catalogues read for the prediction
        if any(p.level == "error" for p in loaded):
            raise BriefingsError(_dedupe([p for p in loaded if p.level == "error"]))
        old_units = old.get("units", {}) if old.get("formats") == list(self.opts.formats) else {}
        old_maps = old.get("complete", {})
        records: dict[str, dict] = {}
        page_map: dict[tuple, dict] = {}
        stale, warnings = [], list(loaded)
        for unit in units:
            rec = old_units.get(unit_name(unit))
            if rec and rec["key"] == inputs.key(unit, rec["deps"]) and unit[0] in old_maps \
                    and self._link(unit, staging):
                records[unit_name(unit)] = rec
                page_map[unit] = old_maps[unit[0]]
                warnings += [Problem(**w) for w in rec.get("warnings", [])]   # reported again, every build
                self.tick(unit)
            else:
                stale.append(unit)
                page_map[unit] = maps[unit[0]]
        warnings += self._build(stale, staging, maps, inputs, records)
        actual = {p: {lang: all(records[unit_name((p, d, lang))]["complete"] for (p2, d, l2) in units
                                if p2 == p and l2 == lang) for lang in m} for p, m in maps.items()}
        wrong = [u for u in units if page_map[u] != actual[u[0]]]
        if wrong:
            warnings += self._build(wrong, staging, actual, inputs, records)
        return records, actual, _dedupe(warnings)

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

    def _build(self, units, staging: Path, maps: dict, inputs: Inputs, records: dict) -> list[Problem]:
        """Build units (in a process pool for -j > 1); their records go into `records`."""
        errors, warnings = [], []
        def take(res: worker.UnitResult):
            errors.extend(res.errors)
            warnings.extend(res.warnings)
            if not res.errors:
                if res.labels is not None:
                    self.labels.setdefault((res.unit[0], res.unit[2]), res.labels)
                records[unit_name(res.unit)] = {
                    "key": inputs.key(res.unit, res.deps), "deps": res.deps, "title": res.title,
                    "product": res.product, "complete": res.complete, "translated": res.translated,
                    "fallback": res.fallback, "sizes": res.sizes,
                    "warnings": [w.as_dict() for w in res.warnings]}
            self.rebuilt.add(res.unit)
            self.tick(res.unit)
        jobs = max(1, min(self.opts.jobs, len(units)))
        args = [(u, str(staging), maps[u[0]]) for u in units]
        if jobs == 1:
            for a in args:
                take(worker.build_unit(*a))
        elif units:
            ctx = multiprocessing.get_context("fork")   # workers inherit the loaded library
            with cf.ProcessPoolExecutor(jobs, mp_context=ctx, initializer=worker.setup,
                                        initargs=(str(self.opts.root), self.opts.formats, None,
                                                  self.opts.base_url)) as pool:
                chunk = 1 if len(units) < 200 else 4     # small chunks: no worker idles at the end
                for res in pool.map(worker.build_unit, *zip(*args), chunksize=chunk):
                    take(res)
        if errors:
            raise BriefingsError(_dedupe(errors))
        return warnings

    def tick(self, unit):
        if unit in self.ticked:            # a second pass rewrites pages; the count stays per unit
            return
        self.ticked.add(unit)
        self.done += 1
        if self.progress:
            self.progress(unit, self.done, self.total)


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
