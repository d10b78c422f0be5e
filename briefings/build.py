"""The straight-line build: load and check everything, write into staging, then publish.

Nothing is written to the output folder until every document has been built; the new
site replaces the old one in one swap, so a failed or killed build leaves the previously
published site as it was. Outputs whose inputs did not change are taken from the
published site as they are (hard links), after checking that they still have the content
the manifest recorded. A partial build (`--pack`, `--lang`, `--format`) rebuilds only what
it names: every other published output is kept exactly as it was, and the site pages go
on listing everything that is published (`only=True` publishes the selection alone).
"""

from __future__ import annotations

import concurrent.futures as cf
import json
import multiprocessing
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import worker
from .errors import BriefingsError, EnvironmentFailure, Problem, Problems, UsageError, did_you_mean
from .fingerprint import (MANIFEST, MANIFEST_VERSION, build_options, default_formats, effective, fingerprint,
                          formats_of, intact, read_manifest)
from .incremental import Inputs, unit_name
from .labels import Labels
from .languages import BY_CODE, protocol_sorted
from .publish import Publisher
from .site import write_site
from .sources import Library, load_library

Unit = tuple[str, str, str]


@dataclass
class Options:
    root: Path
    out: Path
    packs: list[str] | None = None
    langs: list[str] | None = None
    formats: tuple[str, ...] | None = None     # None: the defaults plus every format the site has
    jobs: int = 1
    strict: bool = False
    base_url: str | None = None
    only: bool = False                         # publish the selection alone, dropping the rest

    def fingerprint_options(self) -> dict:
        return build_options(self.packs, self.langs, self.formats, self.base_url, self.only)


@dataclass
class Report:
    units: int = 0
    built: int = 0
    kept: int = 0                  # outputs of other packs/languages kept as they were
    rebuilt: list[str] = field(default_factory=list)     # pack/document/language of each unit built
    outputs: int = 0
    seconds: float = 0.0
    out: Path | None = None
    warnings: list[Problem] = field(default_factory=list)
    stages: dict = field(default_factory=dict)


def select(lib: Library, opts: Options) -> list[Unit]:
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


def site_order(lib: Library, units) -> list[Unit]:
    """Units in the order a full build lists them, whichever build made them."""
    have = set(units)
    return [(p, d.id, lang) for p in sorted(lib.packs) for lang in protocol_sorted(lib.packs[p].languages)
            for d in lib.packs[p].documents if (p, d.id, lang) in have]


def _file(unit: Unit, fmt: str) -> str:
    pack, doc, lang = unit
    return f"{pack}/{lang}/{doc}.{fmt}"


def _dedupe(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


_RECORD = {"keys": dict, "sizes": dict, "deps": dict, "title": str, "product": str, "complete": bool,
           "translated": int, "fallback": int, "warnings": list}


def _record_ok(rec) -> bool:
    """A published unit's record has the shape this version writes (else it is rebuilt)."""
    return isinstance(rec, dict) and all(isinstance(rec.get(k), t) for k, t in _RECORD.items()) \
        and set(rec["keys"]) == set(rec["sizes"]) and (rec.get("map") is None or isinstance(rec["map"], dict))


def _defined(lib: Library, unit: Unit) -> bool:
    pack = lib.packs.get(unit[0])
    return pack is not None and unit[2] in pack.languages and any(d.id == unit[1] for d in pack.documents)


@dataclass
class _Plan:
    """What happens to one unit: formats to build, and formats kept as published."""

    build: tuple[str, ...]
    keep: tuple[str, ...]
    selected: bool


class _Run:
    """One build: decides what is stale, builds it, links the rest, writes the site."""

    def __init__(self, opts: Options, progress, waiting=None):
        self.opts, self.progress, self.waiting = opts, progress, waiting
        self.done = self.total = 0
        self.rebuilt: set = set()
        self.ticked: set = set()
        self.labels: dict = {}            # (pack, lang) -> interface text, as workers computed it
        self.files: dict[str, str] = {}   # published name -> content hash
        self.widen: tuple[str, ...] = ()  # formats found in a site that has no usable manifest
        self.published: dict[str, dict] = {}   # usable records of the published site, by unit name
        self.stages = {"load": 0.0, "units": 0.0, "site": 0.0, "publish": 0.0}

    def timed(self, stage: str, started: float) -> float:
        now = time.perf_counter()
        self.stages[stage] += now - started
        return now

    def run(self) -> Report:
        opts = self.opts
        t = time.perf_counter()
        published, _why = read_manifest(Path(os.path.realpath(opts.out)))
        printed = fingerprint(opts.root, effective(opts.fingerprint_options(), published))   # before reading:
        lib = load_library(opts.root)               # a file saved mid-build then makes the next build run again
        selected = select(lib, opts)
        publisher = Publisher(opts.root, opts.out)                      # refuses a folder it must not replace
        report = Report(out=opts.out, units=len(selected))
        try:
            with publisher.staging(self.waiting) as staging:
                found = publisher.found                                 # read under the lock
                old = found.manifest
                if found.unlisted is not None and not opts.only:        # a site with no usable manifest:
                    selected = select(lib, Options(opts.root, opts.out))  # rebuild all of it, never a part
                    seen = {n.rsplit(".", 1)[-1] for n in found.unlisted if n.count("/") == 2}
                    self.widen = tuple(f for f in ("html", "docx", "md", "pdf") if f in seen)
                    report.units = len(selected)
                plans, formats = self.plan(lib, selected, old)
                worker.setup(str(opts.root), formats, lib, opts.base_url)
                inputs = Inputs(lib, opts.base_url)
                t = self.timed("load", t)
                self.total = len(plans)
                records, maps, warnings = self.build_units(lib, plans, inputs, old, staging)
                report.built = sum(1 for u in self.rebuilt if plans[u].selected)
                report.rebuilt = sorted(unit_name(u) for u in self.rebuilt)
                report.kept = sum(1 for p in plans.values() if not p.selected)
                t = self.timed("units", t)
                mine = {unit_name(u): records[unit_name(u)] for u in selected}
                if opts.strict:
                    strict = [Problem(p.message, p.file, p.line, p.entry, p.field) for p in warnings]
                    strict += _coverage_failures(lib, mine)
                    if strict:
                        raise BriefingsError(strict)
                report.warnings = found.warnings + warnings
                composer = worker.state()["composer"]

                def labels(pack, lang):
                    found = self.labels.get((pack.id, lang))
                    return Labels(found) if found is not None else composer.labels(pack, lang)
                units = site_order(lib, plans)
                self.files.update(write_site(lib, opts.base_url, staging, units, records, labels, maps))
                t = self.timed("site", t)
                report.outputs = len(self.files)
                manifest = {"briefings": MANIFEST_VERSION, "fingerprint": printed,
                            "units": {unit_name(u): records[unit_name(u)] for u in units},
                            "files": dict(sorted(self.files.items()))}
                (staging / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1,
                                                           sort_keys=True), encoding="utf-8")
                publisher.publish()
                self.timed("publish", t)
        except OSError as exc:             # disk full, permission denied, a folder gone: the user's to fix
            where = exc.filename or publisher.out
            raise EnvironmentFailure(Problem(f"cannot write the site: {exc.strerror or exc}; nothing was "
                                             "published, the previous site is as it was",
                                             file=str(where))) from exc
        report.stages = self.stages
        return report

    def plan(self, lib: Library, selected: list[Unit], old: dict) -> tuple[dict[Unit, _Plan], tuple[str, ...]]:
        """Every unit the new site holds: the selection, built in the chosen formats, and
        (unless `only`) every other published unit, kept as it is."""
        published = {}
        for name, rec in old.get("units", {}).items():
            unit = tuple(name.split("/"))
            if len(unit) == 3 and _record_ok(rec) and _defined(lib, unit):
                published[unit] = rec
        self.published = {unit_name(u): rec for u, rec in published.items()}    # the usable records
        had = formats_of(published.values())
        chosen = self.opts.formats or default_formats(had)
        chosen = tuple(dict.fromkeys(tuple(chosen) + self.widen))
        plans: dict[Unit, _Plan] = {}
        for unit in selected:
            rec = published.get(unit)
            keep = () if self.opts.only or not rec else tuple(f for f in rec["keys"] if f not in chosen)
            plans[unit] = _Plan(tuple(chosen), keep, True)
        if not self.opts.only:
            for unit, rec in published.items():
                if unit not in plans:
                    plans[unit] = _Plan((), tuple(rec["keys"]), False)
        return plans, tuple(dict.fromkeys(tuple(chosen) + had))

    def build_units(self, lib, plans: dict[Unit, _Plan], inputs: Inputs, old: dict, staging: Path):
        """Stale units are built; fresh ones and kept ones are linked from the published site.

        Each page's language switcher shows which languages are complete. New pages are
        written with a map predicted from the catalogues (kept languages count as their
        records say), linked pages carry the map of the build that wrote them; any page of
        the selection whose map differs from the actual one (known once every unit is
        built) is written again in a second pass. Kept pages stay exactly as they were.
        """
        composer = worker.state()["composer"]
        published = self.published                  # records of the right shape only (see plan)
        hashes = old.get("files", {})
        records: dict[str, dict] = {}
        groups: dict[tuple[str, str], list[Unit]] = {}
        for unit in plans:
            groups.setdefault((unit[0], unit[2]), []).append(unit)
        maps: dict[str, dict[str, bool]] = {}
        for (p, lang), members in groups.items():
            if plans[members[0]].selected:
                maps.setdefault(p, {})[lang] = composer.predict_complete(lib.packs[p], lang)
            else:
                maps.setdefault(p, {})[lang] = all(published[unit_name(u)]["complete"] for u in members)
        loaded = composer.problems.items            # catalogues read for the prediction
        if any(p.level == "error" for p in loaded):
            raise BriefingsError(_dedupe([p for p in loaded if p.level == "error"]))
        page_map: dict[Unit, dict | None] = {}
        stale: list[Unit] = []
        warnings = list(loaded)
        for unit, plan in plans.items():
            rec = published.get(unit_name(unit))
            wanted = plan.build + plan.keep
            kept = {f: rec["keys"][f] for f in plan.keep} if rec else {}
            fresh = rec is not None and (not plan.selected or all(
                rec["keys"].get(f) == k for f, k in inputs.format_keys(unit, rec["deps"], plan.build, kept).items()))
            if fresh and self._link(unit, wanted, staging, hashes):
                records[unit_name(unit)] = {**rec, "keys": {f: rec["keys"][f] for f in wanted},
                                            "sizes": {f: rec["sizes"][f] for f in wanted}}
                page_map[unit] = rec.get("map")
                warnings += [Problem(**w) for w in rec.get("warnings", [])]   # reported again, every build
                self.tick(unit)
            else:
                if not plan.selected or not (rec and self._link(unit, plan.keep, staging, hashes)):
                    plans[unit] = plan = _Plan(wanted, (), plan.selected)    # damaged: built anew
                stale.append(unit)
                page_map[unit] = maps[unit[0]]
        warnings += self._build(stale, plans, staging, maps, inputs, records, published)
        actual = {p: {lang: all(records[unit_name(u)]["complete"] for u in groups[(p, lang)]) for lang in m}
                  for p, m in maps.items()}
        wrong = [u for u, plan in plans.items() if "html" in plan.build and page_map[u] != actual[u[0]]]
        if wrong:
            warnings += self._build(wrong, plans, staging, actual, inputs, records, published)
        return records, actual, _dedupe(warnings)

    def _link(self, unit: Unit, formats, staging: Path, hashes: dict[str, str]) -> bool:
        """Hard-link a unit's published files into staging (copy where links fail), if each
        still has the content the manifest recorded."""
        names = [_file(unit, f) for f in formats]
        if not all(n in hashes and intact(self.opts.out, n, hashes[n]) for n in names):
            return False
        for name in names:
            src, dst = self.opts.out / name, staging / name
            dst.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(src, dst)
            except OSError:
                shutil.copy2(src, dst)
            self.files[name] = hashes[name]
        return True

    def _build(self, units, plans, staging: Path, maps: dict, inputs: Inputs, records: dict,
               published: dict) -> list[Problem]:
        """Build units (in a process pool for -j > 1); their records go into `records`."""
        errors, warnings = [], []

        def take(res: worker.UnitResult):
            errors.extend(res.errors)
            warnings.extend(res.warnings)
            if not res.errors:
                plan = plans[res.unit]
                old = published.get(unit_name(res.unit), {})
                kept = {f: old["keys"][f] for f in plan.keep}
                if res.labels is not None:
                    self.labels.setdefault((res.unit[0], res.unit[2]), res.labels)
                for fmt, digest in res.hashes.items():
                    self.files[_file(res.unit, fmt)] = digest
                records[unit_name(res.unit)] = {
                    "keys": inputs.format_keys(res.unit, res.deps, plan.build, kept), "deps": res.deps,
                    "title": res.title, "product": res.product, "complete": res.complete,
                    "translated": res.translated, "fallback": res.fallback,
                    "sizes": {**{f: old["sizes"][f] for f in plan.keep}, **res.sizes},
                    "map": maps[res.unit[0]] if "html" in plan.build else old.get("map"),
                    "warnings": [w.as_dict() for w in res.warnings]}
            self.rebuilt.add(res.unit)
            self.tick(res.unit)
        jobs = max(1, min(self.opts.jobs, len(units)))
        args = []
        for u in units:
            plan, old = plans[u], published.get(unit_name(u), {})
            args.append((u, str(staging), maps[u[0]], plan.build, {f: old["sizes"][f] for f in plan.keep}))
        if jobs == 1:
            for a in args:
                take(worker.build_unit(*a))
        elif units:
            ctx = multiprocessing.get_context("fork")   # workers inherit the loaded library
            with cf.ProcessPoolExecutor(jobs, mp_context=ctx, initializer=worker.setup,
                                        initargs=(str(self.opts.root), worker.state()["formats"], None,
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


def build(opts: Options, progress=None, waiting=None) -> Report:
    """Build everything asked for; raise BriefingsError (all problems) and publish nothing on error.
    `waiting(folder)` is called when another build of the same folder holds the lock."""
    started = time.perf_counter()
    report = _Run(opts, progress, waiting).run()
    report.seconds = time.perf_counter() - started
    return report
