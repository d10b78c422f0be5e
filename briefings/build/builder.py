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
import dataclasses
import json
import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..compose.composer import Deps
from ..compose.coverage import Coverage
from ..errors import (
    BriefingsError,
    EnvironmentFailure,
    Problem,
    Problems,
    UsageError,
    did_you_mean,
)
from ..i18n.labels import Labels
from ..languages import BY_CODE, SOURCE_LANGUAGE, protocol_sorted
from ..safefs import write_atomic
from ..site.pages import SiteInputs, write_site
from ..sources.library import Library, Pack, load_library
from . import worker
from .fingerprint import (
    MANIFEST,
    MANIFEST_VERSION,
    Hashes,
    build_options,
    default_formats,
    effective,
    fingerprint,
    formats_of,
    read_manifest,
)
from .incremental import Inputs, unit_name
from .publish import Publisher
from .worker import AnyComposed

Unit = tuple[str, str, str]
_R = TypeVar("_R")


class BadRecord(ValueError):
    """A manifest's record of a unit that this version cannot use (the unit is rebuilt)."""


def _strs(obj: object, values: type) -> dict[str, Any]:
    """`obj` if it is a JSON object whose values are all of type `values` (bool is no int)."""
    if not isinstance(obj, dict) or not all(
        isinstance(k, str) and isinstance(v, values) and not (values is int and isinstance(v, bool))
        for k, v in obj.items()
    ):
        raise ValueError(f"is not an object of {values.__name__} values")
    return obj


def _field(obj: dict[str, Any], name: str, kind: type, optional: bool = False) -> Any:
    value = obj.get(name)
    if optional and value is None:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise BadRecord(f"{name} is {type(value).__name__}, not {kind.__name__}")
    return value


def _coverage(obj: object) -> Coverage:
    try:
        counts = _strs(obj, int)
    except ValueError as exc:
        raise BadRecord(f"coverage {exc}") from None
    got = Coverage(counts.get("words", 0), counts.get("fallback", 0), counts.get("original", 0))
    if got.as_dict() != counts:
        raise BadRecord(
            "coverage does not have the words, fallback, original and percent it implies"
        )
    return got


def _warning(obj: object) -> Problem:
    if not isinstance(obj, dict) or set(obj) != set(Problem.__dataclass_fields__):
        raise BadRecord("a warning does not have a problem's fields")
    texts = {k: v for k, v in obj.items() if k != "line"}
    if not isinstance(obj["message"], str) or not all(
        v is None or isinstance(v, str) for v in texts.values()
    ):
        raise BadRecord("a warning's fields are not text")
    if obj["line"] is not None and (type(obj["line"]) is not int):
        raise BadRecord("a warning's line is not a number")
    return Problem(**obj)


@dataclass(frozen=True)
class UnitRecord:
    """One unit as the manifest records it: what it was built from and what it published."""

    keys: Mapping[str, str]  # format -> the key of the inputs it was built from
    sizes: Mapping[str, int]  # format -> bytes published
    deps: Deps
    title: str
    product: str  # the product's name in the unit's language
    title_lang: str | None  # the title's language where it is not the unit's
    complete: bool
    translated: int
    fallback: int
    coverage: Coverage
    published: bool
    map: Mapping[str, bool] | None  # the page's language switcher (_switcher); None: no page
    warnings: tuple[Problem, ...]

    def to_json(self) -> dict[str, Any]:
        """The record as the manifest holds it."""
        return {
            "keys": dict(self.keys),
            "sizes": dict(self.sizes),
            "deps": self.deps.to_json(),
            "title": self.title,
            "product": self.product,
            "title_lang": self.title_lang,
            "complete": self.complete,
            "translated": self.translated,
            "fallback": self.fallback,
            "coverage": self.coverage.as_dict(),
            "published": self.published,
            "map": None if self.map is None else dict(self.map),
            "warnings": [w.as_dict() for w in self.warnings],
        }

    @classmethod
    def parse(cls, obj: object) -> UnitRecord:
        """A record read back from a manifest; BadRecord says what is wrong with one that does
        not have the shape this version writes."""
        if not isinstance(obj, dict):
            raise BadRecord(f"the record is {type(obj).__name__}, not an object")
        try:
            keys, sizes = _strs(obj.get("keys"), str), _strs(obj.get("sizes"), int)
        except ValueError as exc:
            raise BadRecord(f"keys or sizes {exc}") from None
        published = _field(obj, "published", bool)
        if published and set(keys) != set(sizes):
            raise BadRecord("a published unit's keys and sizes name different formats")
        try:
            deps = Deps.from_json(obj.get("deps"))
            switcher = None if obj.get("map") is None else _strs(obj["map"], bool)
        except ValueError as exc:
            raise BadRecord(str(exc)) from None
        return cls(
            keys=keys,
            sizes=sizes,
            deps=deps,
            title=_field(obj, "title", str),
            product=_field(obj, "product", str),
            title_lang=_field(obj, "title_lang", str, optional=True),
            complete=_field(obj, "complete", bool),
            translated=_field(obj, "translated", int),
            fallback=_field(obj, "fallback", int),
            coverage=_coverage(obj.get("coverage")),
            published=published,
            map=switcher,
            warnings=tuple(_warning(w) for w in _field(obj, "warnings", list)),
        )

    @classmethod
    def from_json(cls, obj: object) -> UnitRecord | None:
        """The record, or None when it does not have the shape this version writes (the
        unit is then rebuilt)."""
        try:
            return cls.parse(obj)
        except BadRecord:
            return None


Progress = Callable[[Unit, int, int], None]


@dataclass
class Options:
    root: Path
    out: Path
    packs: list[str] | None = None
    langs: list[str] | None = None
    formats: tuple[str, ...] | None = None  # None: the defaults plus every format the site has
    jobs: int = 1
    strict: bool = False
    base_url: str | None = None
    only: bool = False  # publish the selection alone, dropping the rest

    def fingerprint_options(self) -> dict[str, Any]:  # fingerprint.build_options' JSON
        return build_options(self.packs, self.langs, self.formats, self.base_url, self.only)


@dataclass
class Report:
    units: int = 0
    built: int = 0
    kept: int = 0  # outputs of other packs/languages kept as they were
    rebuilt: list[str] = field(default_factory=list)  # pack/document/language of each unit built
    outputs: int = 0
    seconds: float = 0.0
    out: Path | None = None
    warnings: list[Problem] = field(default_factory=list)
    stages: dict[str, float] = field(default_factory=dict)


def select(lib: Library, opts: Options) -> list[Unit]:
    """(pack, document, language) units to build; unknown names are usage problems."""
    problems = Problems()
    packs = opts.packs or sorted(lib.packs)
    for p in packs:
        if p not in lib.packs:
            problems.add(f"unknown pack '{p}'{did_you_mean(p, lib.packs)}", entry="--pack")
    for lang in opts.langs or []:
        if lang not in BY_CODE:
            problems.add(
                f"unknown language code '{lang}'{did_you_mean(lang, BY_CODE)}", entry="--lang"
            )
    if problems.errors:
        raise UsageError(problems.errors)
    units: list[Unit] = []
    for p in packs:
        pack = lib.packs[p]
        langs = [
            lang for lang in protocol_sorted(pack.languages) if not opts.langs or lang in opts.langs
        ]
        for lang in langs:  # language by language: a worker holds one language's data at a time
            units.extend((p, doc.id, lang) for doc in pack.documents)
    if not units:
        have = "; ".join(f"{p}: {' '.join(lib.packs[p].languages)}" for p in packs)
        raise BriefingsError(
            Problem(
                f"nothing to build: no pack has the language(s) {', '.join(opts.langs or [])} "
                f"(add them to the pack's `languages`; packs have {have})",
                entry="--lang",
            )
        )
    return units


def site_order(lib: Library, units: Iterable[Unit]) -> list[Unit]:
    """Units in the order a full build lists them, whichever build made them."""
    have = set(units)
    return [
        (p, d.id, lang)
        for p in sorted(lib.packs)
        for lang in protocol_sorted(lib.packs[p].languages)
        for d in lib.packs[p].documents
        if (p, d.id, lang) in have
    ]


def _file(unit: Unit, fmt: str) -> str:
    pack, doc, lang = unit
    return f"{pack}/{lang}/{doc}.{fmt}"


def _dedupe(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


def _defined(lib: Library, unit: Unit) -> bool:
    pack = lib.packs.get(unit[0])
    return (
        pack is not None
        and unit[2] in pack.languages
        and any(d.id == unit[1] for d in pack.documents)
    )


@dataclass
class _Plan:
    """What happens to one unit: formats to build, and formats kept as published."""

    build: tuple[str, ...]
    keep: tuple[str, ...]
    selected: bool


class _Run:
    """One build: decides what is stale, builds it, links the rest, writes the site."""

    def __init__(
        self,
        opts: Options,
        progress: Progress | None,
        waiting: Callable[[Path], None] | None = None,
    ):
        self.opts, self.progress, self.waiting = opts, progress, waiting
        self.done = self.total = 0
        self.rebuilt: set[Unit] = set()
        self.ticked: set[Unit] = set()
        # (pack, lang) -> interface text, as workers computed it
        self.labels: dict[tuple[str, str], dict[str, str]] = {}
        self.files: dict[str, str] = {}  # published name -> content hash
        self.widen: tuple[str, ...] = ()  # formats found in a site that has no usable manifest
        # usable records of the published site, by unit name
        self.published: dict[str, UnitRecord] = {}
        self.stages = {"load": 0.0, "units": 0.0, "site": 0.0, "publish": 0.0}
        self.pool: cf.ProcessPoolExecutor | None = None
        # content hashes of inputs and published files, trusted while their stat data holds
        self.hashes = Hashes(opts.root, Path(os.path.realpath(opts.out)))

    def timed(self, stage: str, started: float) -> float:
        now = time.perf_counter()
        self.stages[stage] += now - started
        return now

    def run(self) -> Report:
        opts = self.opts
        t = time.perf_counter()
        published, _why = read_manifest(self.hashes.out)
        # fingerprinted before reading: a file saved mid-build then makes the next build run again
        inputs_digest = fingerprint(
            opts.root, effective(opts.fingerprint_options(), published), self.hashes
        )
        lib = load_library(opts.root)
        selected = select(lib, opts)
        publisher = Publisher(opts.root, opts.out)  # refuses a folder it must not replace
        report = Report(out=opts.out, units=len(selected))
        try:
            with publisher.staging(self.waiting) as staging:
                self.staging = staging
                found = publisher.found  # read under the lock
                old = found.manifest
                if found.unlisted is not None and not opts.only:
                    # a site with no usable manifest: rebuild all of it, never a part
                    selected = select(lib, Options(opts.root, opts.out))
                    seen = {n.rsplit(".", 1)[-1] for n in found.unlisted if n.count("/") == 2}
                    self.widen = tuple(f for f in ("html", "docx", "md", "pdf") if f in seen)
                    report.units = len(selected)
                plans, formats = self.plan(lib, selected, old)
                self.shop = worker.Workshop(lib, formats, opts.base_url)
                worker.start(self.shop)  # forked workers inherit it
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
                    strict = [
                        Problem(p.message, p.file, p.line, p.entry, p.field) for p in warnings
                    ]
                    strict += _coverage_failures(lib, mine)
                    if strict:
                        raise BriefingsError(strict)
                report.warnings = found.warnings + warnings
                composer = self.shop.composer

                def labels(pack: Pack, lang: str) -> Labels:
                    found = self.labels.get((pack.id, lang))
                    return Labels(found) if found is not None else composer.labels(pack, lang)

                units = site_order(lib, plans)
                site = SiteInputs(lib, units, records, labels, maps, opts.base_url)
                self.files.update(write_site(site, staging))
                t = self.timed("site", t)
                report.outputs = len(self.files)
                shutil.rmtree(staging / ".composed", ignore_errors=True)  # never published
                manifest = {
                    "briefings": MANIFEST_VERSION,
                    "fingerprint": inputs_digest,
                    "units": {unit_name(u): records[unit_name(u)].to_json() for u in units},
                    "files": dict(sorted(self.files.items())),
                }
                text = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True)
                write_atomic(staging / MANIFEST, text.encode("utf-8"))
                self.hashes.record_site(staging, self.files)
                publisher.publish()
                self.hashes.save()
                self.timed("publish", t)
        except OSError as exc:  # disk full, permission denied, a folder gone: the user's to fix
            where = exc.filename or publisher.out
            raise EnvironmentFailure(
                Problem(
                    f"cannot write the site: {exc.strerror or exc}; nothing was "
                    "published, the previous site is as it was",
                    file=str(where),
                )
            ) from exc
        report.stages = self.stages
        return report

    def plan(
        self, lib: Library, selected: list[Unit], old: dict[str, Any]
    ) -> tuple[dict[Unit, _Plan], tuple[str, ...]]:
        """Every unit the new site holds: the selection, built in the chosen formats, and
        (unless `only`) every other published unit, kept as it is."""
        published: dict[Unit, UnitRecord] = {}
        for name, rec in old.get("units", {}).items():
            parts = name.split("/")
            if len(parts) != 3:
                continue
            unit = (parts[0], parts[1], parts[2])
            usable = UnitRecord.from_json(rec)
            if usable is not None and _defined(lib, unit):
                published[unit] = usable
        self.published = {unit_name(u): rec for u, rec in published.items()}  # the usable records
        had = formats_of(rec.to_json() for rec in published.values())
        chosen = self.opts.formats or default_formats(had)
        chosen = tuple(dict.fromkeys(tuple(chosen) + self.widen))
        plans: dict[Unit, _Plan] = {}
        for unit in selected:
            rec = published.get(unit)
            keep = (
                () if self.opts.only or not rec else tuple(f for f in rec.keys if f not in chosen)
            )
            plans[unit] = _Plan(tuple(chosen), keep, True)
        if not self.opts.only:
            for unit, rec in published.items():
                if unit not in plans:
                    plans[unit] = _Plan((), tuple(rec.keys), False)
        return plans, tuple(dict.fromkeys(tuple(chosen) + had))

    def build_units(
        self,
        lib: Library,
        plans: dict[Unit, _Plan],
        inputs: Inputs,
        old: dict[str, Any],
        staging: Path,
    ) -> tuple[dict[str, UnitRecord], dict[tuple[str, str], dict[str, int]], list[Problem]]:
        """Every unit the site holds, known before any page is written.

        Fresh units (inputs unchanged, files intact) are linked from the published site with
        their records; stale ones are composed. From every unit's coverage the gate decides
        which documents are published in which language, and so what each page's language
        switcher lists; a fresh page whose list changed is composed again. Only then are files
        written: each page once, with its final list. Kept pages stay exactly as they were.
        """
        published = self.published  # records of the right shape only (see plan)
        hashes: dict[str, str] = old.get("files", {})
        records: dict[str, UnitRecord] = {}
        warnings: list[Problem] = []
        stale: list[Unit] = []
        for unit, plan in plans.items():
            rec = published.get(unit_name(unit))
            shown = rec is None or rec.published
            wanted = (plan.build + plan.keep) if shown else ()
            kept = {f: rec.keys[f] for f in plan.keep if f in rec.keys} if rec else {}
            fresh = rec is not None and (
                not plan.selected
                or all(
                    rec.keys.get(f) == k
                    for f, k in inputs.format_keys(unit, rec.deps, plan.build, kept).items()
                )
            )
            if rec is not None and fresh and self._link(unit, wanted, staging, hashes):
                records[unit_name(unit)] = dataclasses.replace(
                    rec,
                    keys={f: rec.keys[f] for f in plan.build + plan.keep if f in rec.keys},
                    sizes={f: rec.sizes[f] for f in wanted},
                )
                warnings += rec.warnings  # reported again, every build
                self.count_done(unit)
            else:
                if not plan.selected or not (
                    rec and shown and self._link(unit, plan.keep, staging, hashes)
                ):
                    # damaged: built anew
                    plans[unit] = _Plan(plan.build + plan.keep, (), plan.selected)
                stale.append(unit)
        composed = self._compose(stale)
        gate = {u: self._published(lib, c) for u, c in composed.items()}
        available = _availability(plans, records, composed, gate)
        again = [
            u
            for u, plan in plans.items()
            if u not in composed
            and plan.selected
            and "html" in plan.build
            and "html" in records[unit_name(u)].sizes  # a published page
            and records[unit_name(u)].map != _switcher(available[u[:2]])
        ]
        composed.update(self._compose(again))  # a linked page whose switcher changed
        writes = [(u, plans[u].build if u in stale else ("html",)) for u in plans if u in composed]
        for c in composed.values():
            warnings += list(c.warnings)
        self._write(writes, plans, staging, composed, gate, available, inputs, records, published)
        return records, available, _dedupe(warnings)

    def _published(self, lib: Library, composed: AnyComposed) -> bool:
        """The gate: a document is published in a language when at least the pack's
        `publish_threshold` of its words are in that language and, if the pack has
        `require_review`, a reviser approved its current text (the source language always)."""
        _pack, _doc, lang = composed.unit
        pack = lib.packs[_pack]
        if lang == SOURCE_LANGUAGE:
            return True
        revised = not pack.require_review or (
            composed.review is not None and composed.review.revised
        )
        return composed.coverage.percent >= pack.publish_threshold and revised

    def _compose(self, units: list[Unit]) -> dict[Unit, AnyComposed]:
        """Compose units (in the process pool for -j > 1); all their errors at once."""
        errors: list[Problem] = []
        out: dict[Unit, AnyComposed] = {}
        spool = self.staging / ".composed"  # Documents wait there to be written
        spool.mkdir(exist_ok=True)
        for res in self._map(worker.compose_task, [(u, str(spool)) for u in units]):
            errors.extend(res.errors)
            if res.composed is not None:
                out[res.unit] = res.composed
        if errors:
            raise BriefingsError(_dedupe(errors))
        return out

    def _write(
        self,
        writes: list[tuple[Unit, tuple[str, ...]]],
        plans: dict[Unit, _Plan],
        staging: Path,
        composed: dict[Unit, AnyComposed],
        gate: dict[Unit, bool],
        available: dict[tuple[str, str], dict[str, int]],
        inputs: Inputs,
        records: dict[str, UnitRecord],
        published: Mapping[str, UnitRecord],
    ) -> None:
        """Write the composed units' files; their records go into `records`."""
        errors: list[Problem] = []
        args: list[tuple[AnyComposed, str, tuple[str, ...], dict[str, int], dict[str, int]]] = []
        for unit, formats in writes:
            c = composed[unit]
            old = published.get(unit_name(unit))
            if unit in gate and not gate[unit]:
                formats = ()  # below the gate: no file in any format
            if unit in gate:
                had = old.sizes if old else {}
                kept = {f: had[f] for f in plans[unit].keep if f in had}
            else:  # the page again: its files stay
                kept = {f: n for f, n in records[unit_name(unit)].sizes.items() if f != "html"}
            args.append((c, str(staging), tuple(formats), available[unit[:2]], kept))
        for res in self._map(worker.write_task, args):
            errors.extend(res.errors)
            if res.errors:
                continue
            unit = res.unit
            c = composed[unit]
            plan = plans[unit]
            old = published.get(unit_name(unit))
            for fmt, digest in res.hashes.items():
                self.files[_file(unit, fmt)] = digest
            self.labels.setdefault((unit[0], unit[2]), dict(c.document.labels))
            if unit not in gate:  # only its page was written again
                again = records[unit_name(unit)]
                records[unit_name(unit)] = dataclasses.replace(
                    again, map=_switcher(available[unit[:2]]), sizes={**again.sizes, **res.sizes}
                )
                self.rebuilt.add(unit)
                continue
            old_keys = old.keys if old else {}
            kept_keys = {f: old_keys[f] for f in plan.keep if f in old_keys}
            old_sizes = old.sizes if old else {}
            meta = c.document.meta
            shown = gate[unit]
            records[unit_name(unit)] = UnitRecord(
                keys=inputs.format_keys(unit, c.deps, plan.build, kept_keys),
                deps=c.deps,
                title=meta.title,
                product=c.document.labels[meta.product],
                title_lang=SOURCE_LANGUAGE if "title" in meta.untranslated else None,
                complete=c.coverage.complete,
                translated=meta.translated,
                fallback=meta.fallback,
                coverage=c.coverage,
                published=shown,
                sizes={**{f: old_sizes[f] for f in plan.keep if shown}, **res.sizes},
                map=(
                    _switcher(available[unit[:2]])
                    if "html" in res.sizes
                    else (old.map if old else None)
                ),
                warnings=tuple(c.warnings),
            )
            self.rebuilt.add(unit)
            self.count_done(unit)
        if errors:
            raise BriefingsError(_dedupe(errors))

    def _map(self, task: Callable[..., _R], args: list[tuple[Any, ...]]) -> Iterator[_R]:
        """Run `task(*a)` for each a, in order; in a process pool for -j > 1 (one pool for both
        phases, forked before the first: its workers never copy what the build holds since)."""
        if self.opts.jobs <= 1 or len(args) <= 1:
            for a in args:
                yield task(*a)
            return
        if self.pool is None:
            # workers inherit the loaded library and writers
            ctx = multiprocessing.get_context("fork")
            self.pool = cf.ProcessPoolExecutor(
                self.opts.jobs,
                mp_context=ctx,
                initializer=worker.init,
                initargs=(str(self.opts.root), self.shop.formats, self.opts.base_url),
            )
        chunk = 1 if len(args) < 200 else 4  # small chunks: no worker idles at the end
        yield from self.pool.map(task, *zip(*args, strict=True), chunksize=chunk)

    def _link(
        self, unit: Unit, formats: Iterable[str], staging: Path, hashes: dict[str, str]
    ) -> bool:
        """Hard-link a unit's published files into staging (copy where links fail), if each
        still has the content the manifest recorded."""
        names = [_file(unit, f) for f in formats]
        if not all(n in hashes and self.hashes.site_file(n, hashes[n]) for n in names):
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

    def count_done(self, unit: Unit) -> None:
        """One more unit finished, for the progress bar."""
        if unit in self.ticked:  # a page written again: the count stays per unit
            return
        self.ticked.add(unit)
        self.done += 1
        if self.progress:
            self.progress(unit, self.done, self.total)


def _switcher(available: dict[str, int]) -> dict[str, bool]:
    """What a page's language switcher shows of the document's languages: each one, and
    whether it is complete (a page is written again only when this changes)."""
    return {lang: pct >= 100 for lang, pct in available.items()}


def _availability(
    plans: Iterable[Unit],
    records: Mapping[str, UnitRecord],
    composed: Mapping[Unit, AnyComposed],
    gate: Mapping[Unit, bool],
) -> dict[tuple[str, str], dict[str, int]]:
    """(pack, document) -> {language: coverage %} for every language the document is published
    in."""
    out: dict[tuple[str, str], dict[str, int]] = {}
    for unit in plans:
        out.setdefault(unit[:2], {})
        if unit in composed:
            if gate[unit]:
                out[unit[:2]][unit[2]] = composed[unit].coverage.percent
        else:
            rec = records[unit_name(unit)]
            if rec.published:
                out[unit[:2]][unit[2]] = rec.coverage.percent
    return {k: dict(sorted(v.items())) for k, v in out.items()}


def _coverage_failures(lib: Library, records: Mapping[str, UnitRecord]) -> list[Problem]:
    """--strict: every document of the selection at or above its pack's coverage_threshold
    (words in the reader's language, rounded down)."""
    out = []
    for name, rec in sorted(records.items()):
        pack, doc, lang = name.split("/")
        need = lib.packs[pack].coverage_threshold
        pct = rec.coverage.percent
        if pct < need:
            out.append(
                Problem(
                    f"translation coverage {pct} % of the words is below the pack's threshold of "
                    f"{need} % (--strict)",
                    entry=f"{pack}/{lang}/{doc}",
                )
            )
    return out


def build(
    opts: Options,
    progress: Progress | None = None,
    waiting: Callable[[Path], None] | None = None,
) -> Report:
    """Build everything asked for; raise BriefingsError (all problems) and publish nothing on error.
    `waiting(folder)` is called when another build of the same folder holds the lock."""
    started = time.perf_counter()
    run = _Run(opts, progress, waiting)
    try:
        report = run.run()
    finally:
        if run.pool is not None:
            run.pool.shutdown(cancel_futures=True)
    report.seconds = time.perf_counter() - started
    return report
